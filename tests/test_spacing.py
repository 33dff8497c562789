"""Digits a PDF's text layer letter-spaced (2 0 2 0 年, 8 0 %) are joined back, and only in such documents
(kg/text/spacing.py). The pool's 501 prints every number so; a sample of targets found its 50% read as 0."""
from pathlib import Path

import pytest

from kg.text.clean import clean
from kg.text.spacing import letter_spaced

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon"

SPACED = ("2 0 2 0 年全省单位地区生产总值二氧化碳排放比 2 0 0 5 年累计下降 5 5 % 左右。\n"
          "到 2 0 2 5 年，非化石能源消费比重达到 1 8 % ，年降水量增加 2 2 . 5 毫米，新增产能 2 5 5 万吨。\n")

POS = [  # in a letter-spaced document: the number as printed without its spaces
    ("percent", "5 5 % 左右", "55%左右"),
    ("year", "2 0 2 5 年", "2025年"),
    ("decimal", "2 2 . 5 毫米", "22.5毫米"),
    ("multiplier", "2 5 5 万吨", "255万吨"),
]
NEG = [  # ordinary documents keep their spaces between numbers
    ("table-row", "指标 单位 2020年 2025年\n单位GDP能耗 % 13.5 14 约束性\n序号 1 2 3\n", "13.5 14"),
    ("two-spaced-years", "2 0 2 0 年和 2 0 2 5 年，序号 1 2 3。\n", "1 2 3"),
]


@pytest.mark.parametrize("case,printed,joined", POS, ids=[c[0] for c in POS])
def test_spaced_digits_joined(case, printed, joined):
    assert letter_spaced(SPACED)
    text = clean(SPACED).text
    assert joined in text and printed not in text


def test_offsets_still_point_at_the_source():
    c = clean(SPACED)
    i = c.text.index("55%")
    assert [SPACED[c.offsets[i + k]] for k in range(3)] == ["5", "5", "%"]


def test_cleaning_twice_changes_nothing():
    once = clean(SPACED).text
    assert clean(once).text == once


@pytest.mark.parametrize("case,text,kept", NEG, ids=[c[0] for c in NEG])
def test_ordinary_documents_keep_spaces(case, text, kept):
    assert not letter_spaced(text)
    assert kept in clean(text).text


def test_pool_letter_spaced_document_values():
    path = POOL / "501.txt"
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests read the development pool from ../shared/dual-carbon")
    from kg.pipeline import process_bytes

    doc = process_bytes(path.read_bytes(), path.name)
    values = {(str(t.get("value")), t.get("unit")) for t in doc.annotations["target"]}
    assert ("50", "%") in values and ("18", "%") in values and ("0", "%") not in values

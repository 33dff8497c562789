"""scripts/check_key_quotes.py flags target quotes the scorer cannot find (corpus/keys/README.md convention 75): a sentence's
end inside, a list mark opening, a table attribute followed by the next row's label. Quotes are from development keys before
C12 fixed them (213, 157, 564) and rows that stay (434's OCR-spaced value, 564's own cells)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import check_key_quotes  # noqa: E402

FLAGGED = [
    ("213-past-the-sentence", "比重达到30%左右。保障", ["sentence-end"]),
    ("157-list-mark", "（三）培育省级以上龙头企业 5 家", ["list-mark"]),
    ("list-mark-dun", "一、到2025年新增10个", ["list-mark"]),
    ("564-next-row-label", "57.4 60 预期性 抽水蓄能", ["attribute-then-more"]),
]
CLEAN = [
    ("a-full-stop-closing", "下降13.5%。"),
    ("434-ocr-spaced-value", "5. 4"),
    ("a-decimal", "1.2万吨"),
    ("564-own-cells", "57.4 60 预期性"),
    ("564-label-and-cells", "常规水电 亿千瓦时 57.4 60 预期性"),
]


@pytest.mark.parametrize("case,quote,expected", FLAGGED, ids=[c[0] for c in FLAGGED])
def test_quotes_the_scorer_cannot_find_are_flagged(case, quote, expected):
    assert check_key_quotes.flags(quote) == expected


@pytest.mark.parametrize("case,quote", CLEAN, ids=[c[0] for c in CLEAN])
def test_a_rows_own_characters_are_not_flagged(case, quote):
    assert check_key_quotes.flags(quote) == []


def test_every_key_quote_is_clean_of_these_forms():
    """Every key (dev and test; quotes only, no held-out text opened) holds none of the three forms."""
    assert check_key_quotes.main([]) == 0

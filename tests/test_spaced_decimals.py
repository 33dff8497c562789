"""A decimal printed with a space after its point (an OCR text's 83. 3%, a cell 50. 25) is read whole
(kg.text.spaced_decimals): the space goes, every other character keeps its offset. A list's number opening a paragraph
or a sentence keeps its space. Forms from pool documents 434 (dev14), 506, 86, 543 and 418 (none held out).
"""
from __future__ import annotations

import pytest

from kg.pipeline import process_bytes
from kg.text.clean import clean


def _text(src: str) -> str:
    return clean(src + "\n").text


@pytest.mark.parametrize("src, read", [
    ("到2025年，全市主要流域水质优良率达到83. 3%以上。", "达到83.3%以上"),  # 434
    ("整治修复岸线长度不少于5. 4千米，大陆自然岸线保有率完成上级下达任务。", "不少于5.4千米"),
    ("专项再贷款额度为2000亿元，利率1. 75%，期限1年。", "利率1.75%"),  # 506
    ("城市空气质量达到有PM 2. 5监测记录以来的历史最好水平。", "PM 2.5监测"),  # 418
    ("约束性\n50. 25\n完成", "\n50.25\n"),  # 86: a table's cell
])
def test_spaced_decimal_read_whole(src, read):
    assert read in _text(src)


@pytest.mark.parametrize("src, kept", [
    ("17. 2021年度北京经济技术开发区绿色建筑适用技术项目奖励资金申报书", "17. 2021年度"),  # 120: a list's number
    ("（三）发展目标。\n1. 2035年远景目标", "1. 2035年"),  # 332
    ("按照以下要求执行：1. 5个工作日内完成审核。", "1. 5个"),  # a list's number after a colon
    ("完成整改。2. 3个以上项目纳入清单。", "2. 3个"),  # after a sentence end
])
def test_list_numbers_keep_their_space(src, kept):
    assert kept in _text(src)


def test_value_and_offsets():
    src = "一、主要目标\n到2025年，全市岸线生态修复长度不少于5. 4千米。\n"
    doc = process_bytes(src.encode(), "x.txt")
    values = [dict(a.value)["value"] for a in doc.annotations.get("target", [])]
    assert "5.4" in values
    cleaned = clean(src)
    i = cleaned.text.index("5.4")
    assert [src[cleaned.offsets[i + k]] for k in range(3)] == ["5", ".", "4"]


@pytest.mark.xfail(strict=True, reason="known gap: a space before the point (418's PM 2 .5, one pool document) is left")
def test_space_before_the_point():
    assert "PM 2.5浓度" in _text("中心城区PM 2 .5浓度均值为38微克/立方米。")

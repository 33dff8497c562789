"""Wrapped prose in a document with no regular wrap width (tables of short cells outnumber the prose
lines, and the text layer spaces digits so that full lines differ by up to 4 em): a full-width line
that stops between two Chinese characters is joined to the next (kg.text.wraps._cut_mid_word).

Lines from pool document 403 (not held out), laid out as its text layer prints them.
"""
from __future__ import annotations

import pytest

from kg.text.clean import clean
from kg.text.wraps import _wrap_width, join_lines
from kg.text.lines import split_lines

PROSE = [
    "（三）报送发电行业重点排放单位名录和相关材料。各省级生态环境主管",
    "部门应于 2021 年 6 月 30 日前，向我部报送本行政区域 2021 年度发电行业重",
    "点排放单位名录，并向社会公开，同时参照《关于做好全国碳排放权交易",
    "发电行业重点排放单位名单和相关材料报送工作的通知》要求报送材料。",
    "（四）监督检查。省级生态环境主管部门应加强对重点排放单位温室气体",
    "排放的日常管理，重点对相关实测数据、台账记录等进行监督检查，并将",
    "及时在省级生态环境主管部门官方网站公开。对未能按时报告的重点排放单",
    "位，省级生态环境主管部门应书面告知相关单位，并责令其限期报告。",
    "三、保障措施",
    "（一）加强组织领导。各省级生态环境主管部门应高度重视碳排放权交易",
    "市场建设工作，明确责任分工，加强组织协调，确保各项工作按时完成到位",
    "（二）加强能力建设。各省级生态环境主管部门要根据工作的实际需要，加强",
]
CELLS = ["序号", "省份", "单位名称", "统一社会信用代码", "备注", "1", "北京", "2", "天津"] * 12


def _paragraphs(lines: list[str]) -> list[str]:
    return [p for p in clean("\n".join(lines) + "\n").text.split("\n") if p]


def test_no_regular_width_in_this_layout():
    assert _wrap_width(split_lines("\n".join(PROSE + CELLS) + "\n")) is None


@pytest.mark.parametrize("joined", [
    "各省级生态环境主管部门应于2021年",  # a name cut by the wrap
    "对未能按时报告的重点排放单位，省级",
    "（四）监督检查。省级生态环境主管部门应加强对重点排放单位温室气体排放的日常管理",
])
def test_full_line_cut_between_two_characters_joins(joined):
    assert any(joined in p for p in _paragraphs(PROSE + CELLS))


@pytest.mark.parametrize("first, second", [
    ("责令其限期报告。", "三、保障措施"),  # a sentence ends: a paragraph ends
    ("三、保障措施", "（一）加强组织领导"),  # a heading is a line of its own
    ("确保各项工作按时完成到位", "（二）加强能力建设"),  # a heading after a full line with no 。 is not its wrap
    ("序号", "省份"),  # table cells stay a line each
    ("单位名称", "统一社会信用代码"),
])
def test_not_joined(first, second):
    pars = _paragraphs(PROSE + CELLS)
    assert not any(first in p and second in p for p in pars)


def test_known_gap_short_line_cut_mid_word_stays_apart():
    # known gap: a line well short of the width that stops mid-word ("引导中小企" then "业聚焦主业…",
    # 362) is not joined: a short line may be a label or a cell.
    pars = _paragraphs(PROSE[:8] + ["引导中小企", "业聚焦主业增强核心竞争力"] + CELLS)
    assert "引导中小企" in pars and not any("引导中小企业" in p for p in pars)


def test_known_gaps_wider_line_and_table_after_prose():
    # known gap: a line wider than the band (35.5 em where most are 31-34: "…2021 年度发电行业重") stays cut;
    # a table whose first cell follows a full line of prose that stops mid-sentence is joined to it.
    pars = _paragraphs(PROSE + CELLS)
    assert any(p.endswith("2021年度发电行业重") for p in pars)
    assert any(p.endswith("加强序号") for p in pars)

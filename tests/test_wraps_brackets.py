"""Line breaks inside an open bracket （…）〔…〕: a note wrapped over a few lines ("（牵头单位：市经"
then "信局；…）") is one paragraph, so the names it cuts (市经|信局, 责任单|位：) are whole again.

Tables of what must be joined, what must NOT be joined (headings, table columns printed side by
side, cells of a table) and the known gaps, each from the printed text of a development-pool document
(kg.text.wraps.mark_bracket_breaks).
"""
from __future__ import annotations

import pytest

from kg.text.clean import clean
from kg.text.wraps import open_depth


def paragraphs(src: str) -> list[str]:
    return clean(src).text.split("\n")


MEASURE = "（五）鼓励社会节能降碳。积极推进超低能耗建筑，推动既有建筑节能改造。\n"  # 185.txt, shortened

# (id, printed lines, a paragraph the cleaned text must contain)
POSITIVE = [
    ("185-name-cut-in-note", MEASURE + "〔责任单位：市经\n信局、市财政局〕\n", "〔责任单位：市经信局、市财政局〕"),
    (
        "185-note-over-four-lines",
        MEASURE + "（牵头单位：市经信局；责任单\n位：市发改委、市住建局、市交通运输局、市规划和自\n"
        "然资源局，国网成都供电公司、国网天府供电公司，各\n区（市）县政府）\n",
        "（牵头单位：市经信局；责任单位：市发改委、市住建局、市交通运输局、市规划和自然资源局，"
        "国网成都供电公司、国网天府供电公司，各区（市）县政府）",
    ),
    (
        "57-label-cut-in-note",
        MEASURE + "（责任单\n位：重庆市能源局、市经济信息委；四川省能源局、经济和信息\n化厅、省粮食和储备局）\n",
        "（责任单位：重庆市能源局、市经济信息委；四川省能源局、经济和信息化厅、省粮食和储备局）",
    ),
    ("528-title-of-attachment", "附件：\n2.深圳市近零碳排放区试点项目创建方案（编制\n大纲）\n", "2.深圳市近零碳排放区试点项目创建方案（编制大纲）"),
    ("408-table-cell", "燃煤发电机组\n390MW以下（不包含分布式热电\n联产机组）\n", "390MW以下（不包含分布式热电联产机组）"),
]

# (id, printed lines, paragraphs that must stay apart, as cleaned: spaces between characters are dropped)
NEGATIVE = [
    # two columns of a table printed side by side, a space between them (the NDRC opinions of 2021)
    ("column-gap", "指标单位\n粉煤（包括无烟 单位产品\n粉煤、烟煤） 能耗\n", ["粉煤（包括无烟单位产品", "粉煤、烟煤）能耗"]),
    # a heading before the bracket closes: a cell of a table of goals, then the next row (445.txt)
    ("heading-before-close", "（5）二氧化硫排放总量减少（%）\n5.08（较 2015\n（6）化学需氧量排放总量减少（%）\n",
     ["5.08（较2015", "（6）化学需氧量排放总量减少（%）"]),
    # short cells of a table's columns between the opening line and the closer (552.txt)
    ("short-middle-lines", "石灰生产过程（碳酸盐分解产生二\n\n钢铁企业：石灰烧\n\n钢铁企业：石灰\n\n过程\n\n氧化碳）、钢铁生产过程\n",
     ["石灰生产过程（碳酸盐分解产生二", "钢铁企业：石灰烧"]),
]

# (id, printed lines, the paragraph a reader sees, why it is not produced)
KNOWN_GAPS = [
    # a note that ends a sentence inside the bracket is not joined: 省|市场监管局 stays cut (311.txt)
    ("sentence-end-inside-note",
     "平的比例超过 30%。（省工信厅、省发展改革委、省生态环境厅、省水利厅、省\n"
     "市场监管局等按职责分工负责，各市州政府、兰州新区管委会负责落实。以下均需落实，不再列出）\n",
     "（省工信厅、省发展改革委、省生态环境厅、省水利厅、省市场监管局等按职责分工负责"),
]


@pytest.mark.parametrize("name,src,want", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_bracket_break_joined(name, src, want):
    assert want in paragraphs(src)


@pytest.mark.parametrize("name,src,apart", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_bracket_break_not_joined(name, src, apart):
    pars = paragraphs(src)
    for text in apart:
        assert text in pars


@pytest.mark.parametrize("name,src,want", KNOWN_GAPS, ids=[g[0] for g in KNOWN_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_bracket_known_gaps(name, src, want):
    assert any(want in p for p in paragraphs(src))


@pytest.mark.parametrize("text,depth", [("（牵头单位：市经", 1), ("区（市）县政府）", 0), ("〔责任单位：（市", 2), ("）", 0)])
def test_open_depth(text, depth):
    assert open_depth(text) == depth

"""A measure whose numeral the text layer printed as a dash, （-）/(-) (ontology/structure.tsv measure-dash; numbered in
kg/text/tree.py after the measure before it; lane SG, corpus/sg-structure-survey.md). Pool: 3 measures in 2 documents
(262 txt and pdf: （-） for 二; 477: (-) for 一 twice), all right; before, each was text of the measure above it.

Lines from pool documents 262 and 477 (not held out).
"""
from __future__ import annotations

import pytest

from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

GUARANTEES = [  # pool 262
    "绿色金融支持三明碳达峰、碳中和工作方案",
    "一、总体目标",
    "围绕省级绿色金融改革试验区建设重点，推动绿色金融总量持续增长。",
    "二、保障措施",
    "（一）加强组织领导。各银行保险机构要强化主体责任担当，成立行动领导小组。",
    "（-）加强监管督导。各机构监管科室要按照对口机构绿色金融阶段性发展目标加强督导。",
    "（三）加强总结宣导。各银行保险机构要认真总结绿色金融发展阶段性工作推进情况。",
]
PILOTS = [  # pool 477
    "关于开展重点行业建设项目碳排放环境影响评价试点的通知",
    "一、试点范围",
    "(-)试点地区",
    "在河北、吉林、山东、广东、重庆开展试点。",
    "(二)试点行业",
    "电力、钢铁、建材、有色、石化和化工等重点行业。",
    "二、工作任务",
    "(-)建立方法体系",
    "根据试点地区重点行业碳排放特点，因地制宜开展碳排放评价。",
    "(二)测算碳排放水平",
    "核算建设项目全过程碳排放量。",
]


def _measures(lines: list[str]) -> list[tuple[str, str, str]]:
    text = "\n".join(lines) + "\n"
    doc = parse(Source(name="t.txt", sha256="0", encoding="utf-8", format="txt", text=text), clean(text))
    return [(n.number, n.provision or "", n.title) for n in doc.root.walk() if n.kind == "measure"]


@pytest.mark.parametrize("lines, expected", [
    (GUARANTEES, [("一", "measure", "加强组织领导"), ("二", "measure", "加强监管督导"), ("三", "measure", "加强总结宣导")]),
    (PILOTS, [("一", "measure", "试点地区"), ("二", "measure", "试点行业"),
              ("一", "measure", "建立方法体系"), ("二", "measure", "测算碳排放水平")]),
])
def test_dash_measure_numbered_after_its_sibling(lines, expected):
    assert _measures(lines) == expected


def test_no_numbering_gap_left_and_the_reading_is_reported():
    text = "\n".join(GUARANTEES) + "\n"
    doc = parse(Source(name="t.txt", sha256="0", encoding="utf-8", format="txt", text=text), clean(text))
    assert not [i for i in doc.issues if i.code == "numbering-gap"]
    inferred = [i for i in doc.issues if i.code == "numbering-inferred"]
    assert [(i.message, i.line, i.column) for i in inferred] == [
        ("measure printed with a dash for its number: read as 二, after the one before it", 6, 1)]


@pytest.mark.parametrize("line", [
    "（-）",  # a table's empty cell
    "(-)5%",  # a value
    "（—）—",
    "（-） 12.3",
])
def test_not_a_measure(line):
    lines = GUARANTEES[:5] + [line] + GUARANTEES[6:]
    assert [n for n, _, _ in _measures(lines)] == ["一", "三"]  # （三） as printed, no measure between

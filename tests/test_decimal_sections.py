"""Decimal section numbers (2.1 重点排放单位, 4.1.1 核查安排) read as sections where their numbers run in order
(kg/text/decimal_sections.py; ontology/text_cues.tsv decimal-section; lane SG, corpus/sg-structure-survey.md).

Pool: 147 nodes in 7 sources of 6 documents (552 69, 463 29, 51 and 51.pdf 19 each, 180 7, 339 2, 332.pdf 2); read
by hand 94 (all of 51, 180, 339, 332.pdf, 463 and 17 of 552's): 92 right, 2 rows of an indicator table 332.pdf's
text layer prints without a table (1.1 可再生能源电力总量消纳责任权重 % 28.…), neutral: no value changed. Tagging on
the 7 sources: the same targets, actors and roles, 463's goals no longer opening with their number (5.1“十四五”期间… →
“十四五”期间…). Lines from pool documents 51, 463 and 81 (not held out).
"""
from __future__ import annotations

import pytest

from kg.model import Source
from kg.text.clean import clean
from kg.text.decimal_sections import decimal_of
from kg.text.item_lists import ItemList
from kg.text.structure import parse

GUIDE = [  # pool 51 (a verification guide): items 1. 2. 4., decimal sections under them
    "企业温室气体排放报告核查指南",
    "1.适用范围",
    "本指南规定了重点排放单位温室气体排放报告的核查原则和依据。",
    "2.术语和定义",
    "2.1 重点排放单位",
    "全国碳排放权交易市场覆盖行业内年度温室气体排放量达到2.6万吨二氧化碳当量及以上的企业。",
    "2.2 温室气体排放报告",
    "重点排放单位根据生态环境部制定的核算方法与报告指南编制的报告。",
    "3.核查原则和依据",
    "核查工作应遵循客观独立、诚实守信、公平公正、专业严谨的原则。",
    "4.核查程序和要点",
    "4.1 核查程序",
    "核查程序包括核查安排、建立核查技术工作组、文件评审等。",
    "4.1.1 核查安排",
    "省级生态环境主管部门应综合考虑核查任务、进度安排及所需资源。",
    "4.1.2 建立核查技术工作组",
    "省级生态环境主管部门应根据核查任务和进度安排，建立一个或多个核查技术工作组。",
    "4.2 核查要点",
    "4.2.1 文件评审要点",
    "4.2.1.1 重点排放单位基本情况",
    "技术工作组应通过查阅重点排放单位的营业执照核实基本情况。",
    "5.核查复核",
    "重点排放单位对核查结果有异议的，可申请复核。",
]
PLAN = [  # pool 463: 5.1 5.2 under 五、 while a （二） of a table's labels stands open
    "大同市“十四五”生态环境保护规划",
    "五、重点项目及投资",
    "（一）大气环境质量改善治理项目",
    "（二）水环境质量改善治理项目",
    "环保治理资金主要来源有：中央专项资金、省级专项资金、市级专项资金。",
    "5.1“十四五”期间大气环境质量改善重点项目及投资根据大同市“十四五”规划目标，确定重点项目。大气环境质量改善治理项目14项。",
    "5.1.1非电行业超低排放改造工程非电行业超低排放改造工程5项。",
    "5.2 “十四五”期间水环境质量改善重点项目及投资大同市水环境保护规划重点项目及投资计划具体见附表。",
]


def _sections(lines: list[str]) -> list[tuple[str, str, str]]:
    text = "\n".join(lines) + "\n"
    doc = parse(Source(name="t.txt", sha256="0", encoding="utf-8", format="txt", text=text), clean(text))
    out = []

    def walk(node, parent):
        for c in node.children:
            if c.kind == "subitem":
                out.append((c.number, c.title, parent.number or parent.kind))
            walk(c, c)
    walk(doc.root, doc.root)
    return out


def test_guide_sections_nest_under_their_items():
    assert _sections(GUIDE) == [
        ("2.1", "重点排放单位", "2"), ("2.2", "温室气体排放报告", "2"),
        ("4.1", "核查程序", "4"), ("4.1.1", "核查安排", "4.1"), ("4.1.2", "建立核查技术工作组", "4.1"),
        ("4.2", "核查要点", "4"), ("4.2.1", "文件评审要点", "4.2"), ("4.2.1.1", "重点排放单位基本情况", "4.2.1"),
    ]


def test_plan_sections_belong_to_the_part_of_their_first_number():
    assert _sections(PLAN) == [
        ("5.1", "“十四五”期间大气环境质量改善重点项目及投资根据大同市“十四五”规划目标", "五"),
        ("5.1.1", "非电行业超低排放改造工程非电行业超低排放改造工程5项", "5.1"),
        ("5.2", "“十四五”期间水环境质量改善重点项目及投资大同市水环境保护规划重点项目及投资计划具体见附表", "五"),
    ]


OUTLINE = [  # pool 180: an annex's list 1.–4., then the next annex's outline 2 … / 2.1 … / 3 … / 3.1 … (附录 read as no annex)
    "建设项目碳排放环境影响评价技术指南",
    "一、计算方法",
    "建设项目碳排放计算工作流程一般包括以下步骤：",
    "1.参考相关行业的核算方法与报告指南识别碳排放源；",
    "2.参考表B.1开展活动水平数据收集；",
    "3.核算碳排放量；",
    "4.建设项目碳排放量汇总。",
    "碳排放环境影响评价章节（不仅限于）如下：",
    "2 建设项目碳排放分析",
    "2.1 碳排放源分析",
    "识别碳排放源，明确建设项目能源结构及各种能源消费量。",
    "2.2 碳排放源强核算",
    "从燃料燃烧排放、工业生产过程排放核算建设项目的碳排放量。",
    "3 碳减排措施及其可行性论证",
    "3.1 拟采取的碳减排措施",
    "明确提出建设项目拟采取的碳减排措施。",
    "3.2 碳减排措施的经济技术可行性",
    "分析论证建设项目拟采取的碳减排措施技术可行性。",
]


def test_sections_never_stand_in_an_item_of_another_number():
    """2.1 … 3.2 after item 4. of a list above: beside the item, in the part (before, 4.'s children, their paths
    subitem_1_dup2 … beside its own)."""
    assert _sections(OUTLINE) == [("2.1", "碳排放源分析", "一"), ("2.2", "碳排放源强核算", "一"),
                                  ("3.1", "拟采取的碳减排措施", "一"), ("3.2", "碳减排措施的经济技术可行性", "一")]



def test_section_paths_are_their_whole_numbers():
    """A section's path (its provision's IRI) names its whole number, so 1.1 and 2.1 standing side by side (pool 180's
    outline, whose 1 总则 / 2 … lines open no node) keep distinct paths, not subitem_1 and subitem_1_dup2 by order."""
    text = "\n".join(GUIDE) + "\n"
    doc = parse(Source(name="t.txt", sha256="0", encoding="utf-8", format="txt", text=text), clean(text))
    paths = [n.path.split("/", 1)[1] for n in doc.root.walk() if n.kind == "subitem"]
    assert paths == ["subitem_2_1", "subitem_2_2", "subitem_4_1", "subitem_4_1/subitem_4_1_1", "subitem_4_1/subitem_4_1_2",
                     "subitem_4_2", "subitem_4_2/subitem_4_2_1", "subitem_4_2/subitem_4_2_1/subitem_4_2_1_1"]
    side = ["碳排放环境影响评价章节编制大纲", "一、总则", "1.1 评价依据", "国家、地方碳排放管控相关政策。", "1.2 评价标准",
            "选择合适的碳排放绩效标准。", "2.1 碳排放源分析", "识别碳排放源。", "2.2 碳排放源强核算", "核算碳排放量。"]
    text = "\n".join(side) + "\n"
    doc = parse(Source(name="t.txt", sha256="0", encoding="utf-8", format="txt", text=text), clean(text))
    paths = [n.path for n in doc.root.walk() if n.kind == "subitem"]
    assert len(set(paths)) == len(paths) and not any("_dup" in p for p in paths)

@pytest.mark.parametrize("lines, expected", [
    # a value opening a wrapped line (pool 81's layout): no run of sections
    (["一、主要目标", "（一）空气质量", "到2025年，全市细颗粒物浓度比2020年下降，臭氧浓度", "2.5 年平均浓度下降比例达到10%以上。"], []),
    # a lone 1.1 with no item 1. above it and no 1.2 after it
    (["一、总体要求", "1.1 万吨标准煤以上企业全部纳入监测。", "加快推进。"], []),
    # out of order: 2.4 two after 2.1 (one section skipped, 2.3 after 2.1, is read: one run into a sentence)
    (["一、术语", "2.术语和定义", "2.1 重点排放单位", "全国碳市场覆盖的企业。", "2.4 数据质量控制计划", "企业制定的计划。"], ["2.1"]),
    # the first number is not the open item's and nothing follows in order
    (["一、术语", "3.核查原则", "2.1 重点排放单位", "全国碳市场覆盖的企业。"], []),
])
def test_not_a_section(lines, expected):
    assert [n for n, _, _ in _sections(lines)] == expected


@pytest.mark.parametrize("text, expected", [
    ("2.1 重点排放单位", (2, 1)),
    ("4.1.1核查安排", (4, 1, 1)),
    ("4.2.1.4 核算数据", (4, 2, 1, 4)),
    ("2.5%以上", None),
    ("2.500 千伏电网", None),
    ("4.2.1.4.1活动数据", None),  # five numbers: not read
    ("1.1", None),
])
def test_decimal_of(text, expected):
    found = decimal_of(text)
    assert (found[0] if found else None) == expected


@pytest.mark.xfail(strict=True, reason="known gap: a section run into the middle of a line after a sentence (…可不实施现场"
                                       "核查。4.1.5实施现场核查… on one line) is no paragraph, so neither it nor its 4.1.5.1 are read "
                                       "(pool: none since the wrap rule; 51's 4.1.5 opens a line of its source)")
def test_known_gap_section_run_into_a_sentence():
    lines = GUIDE[:17] + ["4.1.3 文件评审", "技术工作组应根据相应行业的核算方法开展文件评审，经同意后可不实施现场核查。4.1.5实施现场核查",
                          "4.1.5.1 核查准备", "现场核查组应做好准备。"] + GUIDE[17:]
    assert "4.1.5" in [n for n, _, _ in _sections(lines)]


# Sections the wrap joined to a full line above (lane SG2: kg/text/item_lists.py follows decimal sections). Pool: 24
# section lines in 5 sources of 4 documents (463 13, 51 and 51.pdf 3 each, 180 2, 209 2, 332.pdf 1 a table row), and 65
# sections more read after them (463 65, 51 8, 180 4); the 17 decimal lines still joined are values (2.6万吨, 83.11万公顷,
# 33.5万吨/天, 3.3万亿千瓦时). Lines laid out as pool 51's text layer prints them: 26 characters a line.
def _wrapped(text: str, width: int = 26) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


_FULL = "技术工作组应根据相应行业的核算方法与报告指南开展文件评审，经省级生态环境主管部门同意后可不实施现场核查。"  # 52 = 2 lines
WRAPPED_GUIDE = GUIDE[:17] + ["4.1.3 文件评审", *_wrapped(_FULL), "4.1.4 现场核查", *_wrapped(_FULL),
                              "4.1.5实施现场核查", *_wrapped(_FULL), "4.1.5.1核查准备", *_wrapped(_FULL)] + GUIDE[17:]


def test_sections_after_a_full_line_are_read():
    assert len(_FULL) % 26 == 0
    numbers = [n for n, _, _ in _sections(WRAPPED_GUIDE)]
    assert numbers[:9] == ["2.1", "2.2", "4.1", "4.1.1", "4.1.2", "4.1.3", "4.1.4", "4.1.5", "4.1.5.1"]
    assert ("4.1.5", "实施现场核查", "4.1") in _sections(WRAPPED_GUIDE)


# a value after a full line: 2.3万吨 after section 2.2 (pool 51's 2.6万吨二氧化碳当量, 332's 3.3万亿千瓦时) stays its wrap
_VALUE = "全国碳排放权交易市场覆盖行业内年度温室气体排放量达到"  # 26: a full line
VALUE_GUIDE = GUIDE[:5] + [*_wrapped(_FULL), "2.2 核查", *_wrapped(_FULL), _VALUE, "2.3万吨二氧化碳当量及以上的企业。",
                           "3.核查原则和依据", *_wrapped(_FULL)]


def test_value_after_a_full_line_stays_joined():
    assert [n for n, _, _ in _sections(VALUE_GUIDE)] == ["2.1", "2.2"]


@pytest.mark.parametrize("line, above, expected", [
    ("4.1.5实施现场核查", ["4.1 核查程序", "4.1.4 现场核查"], True),  # the next at its depth
    ("4.1.5.1核查准备", ["4.1.5 实施现场核查"], True),  # the first below the last
    ("4.2 核查要点", ["4.1 核查程序", "4.1.8 告知核查结果"], True),  # back up a depth
    ("5.1 重点项目", ["4.7 环境监管能力建设", "4.7.6 环保宣传"], True),  # the next first number
    ("2.1 面临的机遇", ["1.3 主要成绩", "第二章 形势分析"], True),  # X.1 under a heading numbered X
    ("4.1.6 保存记录", ["4.1.4 现场核查"], False),  # out of order: left to the wrap rules
    ("2.6万吨二氧化碳当量", ["2.5 核查"], False),  # a value: a unit follows
    ("3.3万亿千瓦时左右", ["3.2 基本原则"], False),
    ("1.1 评价依据", [], False),  # no section above
    ("2.1 重点排放单位", ["2.术语和定义"], False),  # X.1 under item X. with no section yet: left to the wrap rules
])
def test_item_list_follows_sections(line, above, expected):
    items = ItemList()
    for text in above:
        items.paragraph(text)
    assert items.opens(line) is expected

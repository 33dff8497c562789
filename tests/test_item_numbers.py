"""Issue 14, target recall (lane TR, session 13): the items of a plan's 专栏 box printed one after another in one
paragraph, each opened by its number (…重点工程。（3）创建80个左右国家级、省级生态工业园区。, 149; …示范园区. （2）开展10家…,
77, whose items end with an ASCII "." and a space). The item's number is no part of the text before a value
(``item-number-open`` of ontology/target_cues.tsv), and an ASCII "." before a spaced item number is a full stop
(kg/text/punctuation.py). Before, the label held the number (（2）在淄博、济宁、德州等市) and failed, or the verb of making
was not the clause's first word: 41 rejected labels and about 50 unclaimed counts in 77 and 149.

Sentences are from pool documents outside the split (77, 149; none held out), shortened.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.lines import Paragraph
from kg.text.punctuation import normalise
from kg.text.structure import parse


def doc(body: str):
    text = f"关于测试的实施方案\n一、重点任务\n（一）重点工程。到2025年，实施以下重点工程。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def rows(d, layer="target"):
    return [(a.get("value"), a.get("unit"), a.get("comparator"), a.get("indicator_label")) for a in d.annotations.get(layer, [])]


def normalised(text: str) -> str:
    return "".join(normalise(Paragraph(list(text), list(range(len(text))))).chars)


# (case, body, expected target rows (value, unit, comparator, label), in text order)
POSITIVE = [
    ("made-after-number-149", "煤炭消费压减工程。（3）完成800万户农村地区散煤替代任务。",
     [("8000000", "count", "=", "农村地区散煤替代任务")]),
    ("places-after-number-77", "车船油路港联合防控工程。（2）在济南、济宁、泰安、临沂等市实施15个左右机动车遥感监测系统建设项目。",
     [("15", "count", "~", "机动车遥感监测系统建设项目")]),
    ("examples-after-number-149", "铁路专用线建设工程。（1）新建水发国际物流铁路专用线、山东钢铁集团日照有限公司铁路专用线等16条铁路专用线。",
     [("16", "count", "=", "铁路专用线")]),
    ("more-than-after-number-149", "柴油货车淘汰工程。（2）淘汰50余万辆国三及以下柴油货车，完成国家下达的淘汰任务。",
     [("500000", "count", ">", "国三及以下柴油货车")]),
    # 77: the items end with an ASCII "." and a space before the next number
    ("ascii-stop-then-number-77", "生态环保产业发展工程. （1）在济南、青岛等市建设8个生态环保产业示范园区. （2）在济南、淄博等市实施10个左右地下水污染风险管控与修复工程.",
     [("8", "count", "=", "生态环保产业示范园区"), ("10", "count", "~", "地下水污染风险管控与修复工程")]),
]

# (case, body): no target, whatever the item's number
NEGATIVE = [
    ("grant-after-number", "资金支持。（2）给予最高200万元补助。"),
    ("per-household-after-number", "资金支持。（3）每户补贴3000元。"),
    ("time-length-after-number", "工作安排。（1）收到通知后5个工作日内完成整改。"),
]


@pytest.mark.parametrize("case,body,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_item_number_opens_no_label(case, body, expected):
    assert rows(doc(body)) == expected


@pytest.mark.parametrize("case,body", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_item_number_makes_no_target(case, body):
    assert rows(doc(body)) == []


def test_threshold_after_number_stays_a_condition():
    d = doc("核查工作。（1）对年排放量2.6万吨以上的企业开展核查。")
    assert rows(d) == [] and [r[0] for r in rows(d, "condition")] == ["26000"]


# the punctuation step: (case, printed, after it)
STOPS = [
    ("spaced-item-number", "生态环保产业示范园区. （2）开展10家", "生态环保产业示范园区。（2）开展10家"),
    ("spaced-ascii-item-number", "生态环保产业示范园区. (2)开展10家", "生态环保产业示范园区。 （2）开展10家"),
]
KEPT = [
    ("heading-mark-before-number", "一. （1）总体要求"),
    ("no-item-number", "生态环保产业示范园区. 2处"),
    ("latin-before-number", "详见附件www.mee.gov. （1）"),
]


@pytest.mark.parametrize("case,printed,expected", STOPS, ids=[c[0] for c in STOPS])
def test_ascii_stop_before_an_item_number(case, printed, expected):
    assert normalised(printed) == expected


@pytest.mark.parametrize("case,printed", KEPT, ids=[c[0] for c in KEPT])
def test_other_dots_before_numbers_kept(case, printed):
    assert "。" not in normalised(printed)  # the "." stays (the spacing step may take the space off)


# known gaps: the item's number is off, but the label is still not the one a reader gives (the same sentence with no
# number reads the same)
GAPS = [
    ("class-list-149", "工业园区工程。（3）创建80个左右国家级、省级生态工业园区。", [("80", "count", "~", "国家级、省级生态工业园区")]),
    ("value-inside-thing-149", "煤电工程。（2）淘汰97台总装机容量209.05万千瓦火电机组。", [("97", "count", "=", "火电机组")]),
]


@pytest.mark.xfail(strict=True, reason="labels of a count before a list of levels, and a thing holding a value")
@pytest.mark.parametrize("case,body,expected", GAPS, ids=[c[0] for c in GAPS])
def test_item_number_label_gaps(case, body, expected):
    assert rows(doc(body)) == expected

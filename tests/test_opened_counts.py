"""Issue 14, target recall (lane TR, session 13): a count that opens its clause, the counted things and the state they
are to reach after it (到2025年，…，340个重点村庄完成治理; 12条入海河流水质实现巩固提升), under a printed deadline: a count target
labelled by the state and the things (kg/annotate/opened_counts.py; was TR::test_recall_known_gaps[count-opens-clause]).

Sentences are from dev documents of corpus/keys/split.tsv (416) or pool documents outside the split (86, 216, 443, 451,
465, 466, 77; none held out), shortened.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

_PLAN = "某市“十四五”生态环境保护规划"


def doc(body: str, title: str = "关于测试的实施方案"):
    text = f"{title}\n一、重点任务\n（一）测试措施。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def rows(d):
    return [(a.get("value"), a.get("unit"), a.get("comparator"), a.get("indicator_label"), a.get("year"))
            for a in d.annotations.get("target", [])]


# (case, body, expected target rows (value, unit, comparator, label, year), in text order)
POSITIVE = [
    ("villages-treated-465", "到2025年，全市农村生活污水治理率达到67%，340个重点村庄完成治理。",
     [("67", "%", "=", "农村生活污水治理率", 2025), ("340", "count", "=", "完成治理重点村庄", 2025)]),
    ("rivers-two-clauses-416", "到2025年，12条入海河流水质实现巩固提升，8条国控河流完成国家下达的入海断面总氮控制目标。",
     [("12", "count", "=", "水质实现巩固提升入海河流", 2025), ("8", "count", "=", "完成入海断面总氮控制目标国控河流", 2025)]),
    ("parks-built-443", "2023年底前，31个化工园区完成环境空气VOCs自动站建设及联网。",
     [("31", "count", "=", "完成环境空气VOCs自动站建设及联网化工园区", 2023)]),
    ("adverb-off-86", "到2025年，5个地级市全部达到国家节水型城市标准。", [("5", "count", "=", "达到国家节水型城市标准地级市", 2025)]),
    ("floor-after-count", "到2025年，4个以上县区全面完成治理。", [("4", "count", ">=", "完成治理县区", 2025)]),
]

# (case, body): no target
NEGATIVE = [
    ("already-216", "到2025年，193个村庄已纳入示范小城镇建设。"),
    ("not-yet-216", "到2025年，29个村庄未纳入城镇化建设范围。"),
    ("perfective-466", "到2025年，23个国家和地区通过行政手段建立了荒野区。"),
    ("no-verb-of-attainment", "到2025年，20个国考断面水质稳定。"),
    ("document-period-only", "340个重点村庄完成治理。"),
]


@pytest.mark.parametrize("case,body,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_a_count_opening_its_clause(case, body, expected):
    assert rows(doc(body)) == expected


@pytest.mark.parametrize("case,body", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_no_count_opening_its_clause(case, body):
    assert rows(doc(body, title=_PLAN)) == []


def test_a_rate_after_the_count_is_the_target():
    """77: the count scopes a rate printed after it (39条入湖河流水质优良比例达到100%): the rate alone is the target."""
    assert [r[1] for r in rows(doc("到2025年，39条入湖河流水质优良比例达到100%。"))] == ["%"]


# known gaps: (case, body, expected)
GAPS = [
    # a list inside the bracket of the counted places (451)
    ("bracketed-places-451", "到2025年，5个以上县（市、区）基本建成城乡生活垃圾分类示范县。",
     [("5", "count", ">=", "建成城乡生活垃圾分类示范县县（市、区）", 2025)]),
]


@pytest.mark.xfail(strict=True, reason="a list in the bracket of the counted places")
@pytest.mark.parametrize("case,body,expected", GAPS, ids=[c[0] for c in GAPS])
def test_opened_count_gaps(case, body, expected):
    assert rows(doc(body)) == expected

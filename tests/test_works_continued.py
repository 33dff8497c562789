"""Issue 14, target recall (lane TR, session 13): a plan's 专栏 box lists works and their extents one clause each, the
first opened by a verb of works, the rest by the work alone (营造防护林0.88万亩，封山育林82.76万亩，建设国家储备林12.86万亩，森林
抚育68.96万亩，低效林改造6.66万亩, 465). After a target of an area, length or capacity, a clause that is only a work closed
by a work's word (``amount-continued-work`` of ontology/target_cues.tsv) and its extent in the same unit goes on with the
aims: a target labelled as ``made_amounts`` labels the first (封山育林面积; kg/annotate/made_amounts.py ``continued``).

Sentences are from pool documents outside the split (157, 161, 418, 465, 467; none held out), shortened.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def doc(body: str):
    text = f"关于测试的实施方案\n一、重点任务\n（一）重点工程。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def rows(d):
    return [(a.get("value"), a.get("unit"), a.get("indicator_label"), a.get("year")) for a in d.annotations.get("target", [])]


# (case, body, expected target rows (value, unit, label, year), in text order)
POSITIVE = [
    ("forest-works-465", "到2025年，营造防护林0.88万亩，封山育林82.76万亩，森林抚育68.96万亩，低效林改造6.66万亩。",
     [("8800", "mu", "营造防护林面积", 2025), ("827600", "mu", "封山育林面积", 2025), ("689600", "mu", "森林抚育面积", 2025),
      ("66600", "mu", "低效林改造面积", 2025)]),
    ("after-a-made-work-418", "到2025年，完成人工造林10万亩，封山育林36万亩。",
     [("100000", "mu", "人工造林面积", 2025), ("360000", "mu", "封山育林面积", 2025)]),
    ("length-467", "到2025年，新建堤防20公里，堤防加固44公里。", [("20", "km", "新建堤防", 2025), ("44", "km", "堤防加固长度", 2025)]),
]

# (case, body, expected target rows): the clause after the works target is NOT read as a work going on
NEGATIVE = [
    ("breakdown", "到2025年，营造防护林0.88万亩，其中封山育林0.5万亩。", [("8800", "mu", "营造防护林面积", 2025)]),
    ("other-unit", "到2025年，新建堤防20公里，封山育林82.76万亩。", [("20", "km", "新建堤防", 2025)]),
    ("after-a-rate", "到2025年，全市森林覆盖率达到45%，封山育林82.76万亩。", [("45", "%", "森林覆盖率", 2025)]),
    ("no-target-before", "到2025年，封山育林82.76万亩，森林抚育68.96万亩。", []),
    ("a-thing-not-a-work", "到2025年，建设光伏电站100万千瓦，风电50万千瓦。", [("1000000", "kW", "光伏电站", 2025)]),
    ("scope-before-the-work", "到2025年，营造防护林0.88万亩，全市封山育林82.76万亩。", [("8800", "mu", "营造防护林面积", 2025)]),
]


@pytest.mark.parametrize("case,body,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_works_go_on_after_a_works_target(case, body, expected):
    assert rows(doc(body)) == expected


@pytest.mark.parametrize("case,body,expected", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_other_clauses_after_a_works_target(case, body, expected):
    assert rows(doc(body)) == expected


# known gaps: (case, body, expected)
GAPS = [
    # the first work's verb (新造) is no verb of works, so no target opens the list (161)
    ("first-verb-unlisted-161", "到2025年，新造竹林30万亩，改培笋用竹林270万亩。",
     [("300000", "mu", "新造竹林面积", 2025), ("2700000", "mu", "改培笋用竹林面积", 2025)]),
]


@pytest.mark.xfail(strict=True, reason="a list of works whose first verb no cue lists")
@pytest.mark.parametrize("case,body,expected", GAPS, ids=[c[0] for c in GAPS])
def test_works_continued_gaps(case, body, expected):
    assert rows(doc(body)) == expected

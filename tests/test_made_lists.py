"""Issue 14 class 4–5 (lane LR): a list of things one verb of making counts, one count for them all, the label the
noun-phrase check refused for its 、 (kg/annotate/made_lists.py, called from made_counts.made_thing): one target, the
list as printed its label (convention 9 of the keys). Positives, negatives (must NOT be read so) and known gaps
(strict xfail).

Sentences are shortened from pool documents outside corpus/keys/split.tsv (the number is the pool file; none held out).
"""
from __future__ import annotations

import pytest

from tests.test_targets_recall import doc, rows

# (case, body, expected (value, unit, comparator, indicator label) rows, in text order)
MADE_LISTS = [
    # grades of one thing (540)
    ("grades-of-bases", "到2025年，建成国家级、省级森林康养基地100个以上。", [("100", "count", ">=", "国家级、省级森林康养基地")]),
    # things of one class, 和 inside the list (106)
    ("green-factories-products", "力争到2025年新增国家级和省级绿色工厂、绿色产品、绿色园区和绿色供应链管理企业100个以上。",
     [("100", "count", ">=", "国家级和省级绿色工厂、绿色产品、绿色园区和绿色供应链管理企业")]),
    # standards of three levels (161)
    ("standards-levels", "到2025年，制定花卉国家、省级和行业标准10项以上。", [("10", "count", ">=", "花卉国家、省级和行业标准")]),
    # a thing with no list is read as before
    ("no-list", "到2025年，新建220千伏变电站13座。", [("13", "count", "=", "新建220千伏变电站")]),
]

MADE_LISTS_NOT = [
    # each item given the count (各 after the list): no one target with the list; (TR2) a row an item
    # (kg/annotate/each_listed.py, convention 9)
    ("each-after", "到2025年，建成国家级、省级森林康养基地各100个。",
     [("100", "count", "=", "国家级森林康养基地"), ("100", "count", "=", "省级森林康养基地")]),
    # places listed: where the things go, not what is made
    ("places-listed", "到2025年，建成青岛市、东营市3处。", []),
    # examples then 等 and a length (64): a scope, no list label
    ("examples-deng", "到2025年，推动沈庄塘、淡水河等约40公里骨干河湖综合整治。", []),
    # measured heads listed: several indicators, never a list of things made
    ("heads-listed", "到2025年，建成化肥施用量、农药施用量10个。", []),
    # two values joined by 、 (213): made_amounts' label holds the first value, never passed as a list; since 千伏安
    # has a row (lane UN: kVA), each value is a target of its own, no list label
    ("two-values-joined", "到2025年，新增220千伏变电容量720万千伏安、线路1103.84公里。",
     [("7200000", "kVA", "=", "新增220千伏变电容量"), ("1103.84", "km", "=", "新增线路")]),  # 新增 carried since lane LB8 (the keys of 213)
]

GAPS = [
    # 分别 before the verb (each item is given the count): read as one list today
    ("each-before-verb", "到2025年，分别建成国家级、省级森林康养基地100个。", []),
    # 共 and a comparator between the list and its count (189)
    ("total-between", "到2025年，力争建成近零碳园区、工业企业、公共机构、景区共不少于30个。",
     [("30", "count", ">=", "近零碳园区、工业企业、公共机构、景区")]),
    # a level of a list of bases sharing one head (151): 速生丰产林基地 and 工业原料林基地, one area
    ("shared-head-level", "到2025年，全省速生丰产林、工业原料林基地达到100万公顷以上。",
     [("1000000", "ha", ">=", "速生丰产林、工业原料林基地面积")]),
]


@pytest.mark.parametrize("case,body,expected", MADE_LISTS + MADE_LISTS_NOT, ids=[c[0] for c in MADE_LISTS + MADE_LISTS_NOT])
def test_made_lists(case, body, expected):
    assert rows(doc(body)) == expected


@pytest.mark.xfail(strict=True, reason="known gap: no rule reads these lists yet")
@pytest.mark.parametrize("case,body,expected", GAPS, ids=[c[0] for c in GAPS])
def test_made_lists_known_gaps(case, body, expected):
    assert rows(doc(body)) == expected

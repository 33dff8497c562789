"""Key conventions 4, 26 and 30 of corpus/keys/README.md for a list of bare fields closed by 等 and a class of parks a
pivot verb makes act (kg/annotate/park_lists.py, lane AR11): 鼓励化工等产业园区配套建设危险废物集中贮存… (the national
绿色低碳循环发展经济体系 template, 9 documents of the non-held-out pool) names the class 产业园区, a collective of the
document's jurisdiction; 鼓励化工、冶炼等工业园区… also each field completed with the class (化工工业园区, 冶炼工业园区).
Positives, negatives (what must NOT be read so) and known gaps (strict xfail); sentences from development documents
(dev18 75, dev17 111, dev4 81, dev9 356) and unkeyed pool documents (shortened), never from a held-out half; the number in
each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

FJ = "福建省加快建立健全绿色低碳循环发展经济体系实施方案"
HN = "湖南省“十四五”生态环境保护规划"
SJZ = "石家庄市加快建立健全绿色低碳循环发展经济体系工作措施"
WH = "武汉市加快建立健全绿色低碳循环发展经济体系实施方案"
SD = "山东省“十四五”生态环境保护规划"

POSITIVES = [
    # (case, title, body, printed surface, label of its actor, jurisdiction)
    ("75-one-field", FJ, "鼓励化工等产业园区配套建设危险废物利用处置设施。", "产业园区", "产业园区", "fujian"),
    ("111-bare-park", SJZ, "鼓励化工等园区配套建设集中贮存、预处理和再利用处置设施。", "园区", "园区", "石家庄"),
    ("356-industrial", WH, "鼓励化工等工业园区配套建设危险废物集中贮存、预处理和处置设施。", "工业园区", "工业园区", "武汉"),
    ("81-two-fields-class", HN, "鼓励化工、冶炼等工业园区配套建设危险废物集中贮存、预处理和处置设施。", "工业园区", "工业园区", "hunan"),
    ("81-two-fields-first", HN, "鼓励化工、冶炼等工业园区配套建设危险废物集中贮存、预处理和处置设施。", "化工", "化工工业园区", "hunan"),
    ("81-two-fields-second", HN, "鼓励化工、冶炼等工业园区配套建设危险废物集中贮存、预处理和处置设施。", "冶炼", "冶炼工业园区", "hunan"),
]


@pytest.mark.parametrize("case,title,body,surface,label,jur", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_park_list(case, title, body, surface, label, jur):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][0] == jur and got[surface][2].endswith(label), got  # as find_acting_classes: the place's class


NEGATIVES = [
    # (case, title, body, surface that must not be tagged with the label, label)
    ("451-no-pivot", SD, "推进化工、焦化等工业园区雨污分流改造和初期雨水收集处理。", "工业园区", "工业园区"),  # the measure's object
    ("451-no-pivot-field", SD, "推进化工、焦化等工业园区雨污分流改造和初期雨水收集处理。", "化工", "化工工业园区"),
    ("one-field-not-completed", FJ, "鼓励化工等产业园区配套建设危险废物利用处置设施。", "化工", "化工产业园区"),  # an example of the class
    ("no-act", FJ, "推动化工等园区规范化发展。", "园区", "园区"),  # only changing (convention 30)
    ("inside-a-noun", FJ, "鼓励化工等园区内企业配套建设危险废物利用处置设施。", "园区", "园区"),  # 园区内企业: a site
    ("64-named-zones", SD, "引导嘉定工业园区、临港装备区等重点园区创建绿色示范园区。", "嘉定工业园区", "重点园区"),  # named zones: no field completed
]


@pytest.mark.parametrize("case,title,body,surface,label", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_not_a_park_list(case, title, body, surface, label):
    got = tagged(body, title)
    assert surface not in got or not got[surface][2].endswith(label), got


GAPS = [
    # (case, title, body, surface, label it should carry)
    # named places before 等 and a class opening its clause with no pivot (362): convention 30's class given an act
    ("362-places-then-class", SD, "大孤山、松木岛、长兴岛等化工产业园区配套建设危险废物集中贮存设施。", "化工产业园区", "化工产业园区"),
    # a class after named zones and a pivot (64): the class of 等, convention 26, left with the named zones to doers.py
    ("64-class-after-zones", SD, "引导嘉定工业园区、临港装备区等重点园区创建绿色示范园区。", "重点园区", "重点园区"),
]


@pytest.mark.xfail(strict=True, reason="known gap of conventions 26/30 for park classes after a list (park_lists.add_park_lists)")
@pytest.mark.parametrize("case,title,body,surface,label", GAPS, ids=[c[0] for c in GAPS])
def test_known_gaps(case, title, body, surface, label):
    got = tagged(body, title)
    assert surface in got and got[surface][2].endswith(label), got

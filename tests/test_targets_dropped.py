"""Lane TK8 (session 17): values the target tagger read and then dropped (a rejected label, a gate's status) whose
shape the non-held-out pool prints as an aim in three or more documents (corpus/tk8-dropped-and-fresh.md), as tables
of positives, negatives (must NOT be targets) and known gaps (strict xfail).

Sentences are from pool documents outside the held-out halves (the number is the pool file), shortened.
"""
from __future__ import annotations

import pytest

from tests.target_tagging import measure_doc as doc, target_rows as rows, text_doc


# Places listed before a verb of making say where the counted things go (count-where-listed of
# ontology/target_cues.tsv, beside count-where's 在…): the label was the list of places, rejected, and the count lost.
PLACES_BEFORE = [
    ("lead-bing-zai", "到2025年，并在黔东南、黔西南、铜仁、遵义、毕节、安顺、六盘水新建7个省级陆生野生动物疫源疫病监测站。",  # 543
     [("7", "count", "=", "省级陆生野生动物疫源疫病监测站")]),
    ("lead-tansuo-zai", "到2025年，探索在青岛市、东营市、烟台市建设3处省级海洋生态环境综合保障基地。",  # 420 dev16
     [("3", "count", "=", "省级海洋生态环境综合保障基地")]),
    ("places-deng-di-range", "到2025年，铜仁市、黔东南州、黔西南州、黔南州等地建设5~8个木材精深加工产业园区。",  # 161
     [("5", "count", "=", "木材精深加工产业园区")]),
    ("places-deng-di", "到2025年，遵义市、黔东南州、黔西南州等地建设3个木材交易市场。",  # 161
     [("3", "count", "=", "木材交易市场")]),
    # count-where as before (77)
    ("zai-deng-shi", "到2025年，在淄博、济宁、德州等市完成22个水资源优化调度工程。",
     [("22", "count", "=", "水资源优化调度工程")]),
]


@pytest.mark.parametrize("case,body,expected", PLACES_BEFORE, ids=[c[0] for c in PLACES_BEFORE])
def test_places_before_a_verb_of_making_leave_the_count(case, body, expected):
    assert rows(doc(body)) == expected


PLACES_NOT = [
    # what was built: a record, not a target
    ("record", "截至2020年底，已在青岛市、东营市建设3处海洋生态环境综合保障基地。"),
    # places before the thing, the count in a clause of its own: nothing counted after the value
    ("count-in-next-clause", "到2025年，铜仁市、黔东南州等地建设木材交易市场，建成3个以上。"),
]


@pytest.mark.parametrize("case,body", PLACES_NOT, ids=[c[0] for c in PLACES_NOT])
def test_places_before_give_no_target(case, body):
    assert rows(doc(body)) == []


PLACES_GAPS = [
    # a count of where inside the places (全省17个市): 151 dev12, one document
    ("count-inside-places", "到2025年，在全省17个市（州、林区）新建30个省级原地、异地保存库。",
     [("30", "count", "=", "省级原地、异地保存库")]),
    # a capacity, not a count, after the places (564, one document)
    ("capacity-after-places", "到2025年，在通辽市、兴安盟建成400万千瓦风电基地。",
     [("4000000", "kW", "=", "风电基地")]),
    # the verb before the places (544, one document)
    ("verb-before-places", "到2025年，实施来宾、崇左、防城港等地不少于56个农村饮用水水源保护示范项目。",
     [("56", "count", ">=", "农村饮用水水源保护示范项目")]),
]


@pytest.mark.parametrize("case,body,expected", PLACES_GAPS, ids=[c[0] for c in PLACES_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap: one pool document each (corpus/tk8-dropped-and-fresh.md)")
def test_places_before_known_gaps(case, body, expected):
    assert rows(doc(body)) == expected


# The copula 在 glued to the end of a name before a level printed with 以上/以下/左右 (label-end-copula of
# ontology/target_cues.tsv, kg/annotate/label_repair.py): the name failed the phrase check and the target was lost.
COPULA_ZAI = [
    ("rate-above", "到2025年，质量安全监测总体合格率在97%以上。",  # 151 dev12
     [("97", "%", ">=", "质量安全监测总体合格率")]),
    ("capacity-about", "到2025年，发电装机总规模约2.71亿千瓦，煤电装机在1.33亿千瓦左右。",  # 574
     [("271000000", "kW", "~", "发电装机容量"), ("133000000", "kW", "~", "煤电装机")]),
    # the name lists the classes of one indicator and closes with its abbreviation (217 dev19)
    ("listed-classes-abbreviation", "到2025年，新建大型、超大型数据中心的平均电能利用效率（PUE值）在1.25以下。",
     [("1.25", "", "<=", "新建大型、超大型数据中心平均电能利用效率")]),
]


@pytest.mark.parametrize("case,body,expected", COPULA_ZAI, ids=[c[0] for c in COPULA_ZAI])
def test_a_name_cut_of_its_copula_zai_keeps_the_target(case, body, expected):
    assert rows(doc(body)) == expected


COPULA_ZAI_NOT = [
    # a line of a scoring rubric (548): its criterion, no aim
    ("rubric-line", "22.社区绿化（3分）\n地植物比例在85%以上，树种在5种以上得3分；"),
    # a state that has long held (86): no aim
    ("long-held-state", "重工业占规模以上工业能耗比重长期在80%以上。"),
    # a norm laid down (187)
    ("norm-must", "新上数据中心项目电能利用效率值必须在1.25以下。"),
]


@pytest.mark.parametrize("case,body", COPULA_ZAI_NOT, ids=[c[0] for c in COPULA_ZAI_NOT])
def test_copula_zai_cut_gives_no_target(case, body):
    assert rows(doc(body)) == []


COPULA_ZAI_GAPS = [
    # places listed before a name holding 实施 (536, one document): 实施比例 names no indicator to the phrase check
    ("places-before-a-name", "到2025年，肥西县、肥东县、长丰县、庐江县、巢湖市的装配式建筑实施比例在30%以上。",
     [("30", "%", ">=", "装配式建筑实施比例")]),
]


@pytest.mark.parametrize("case,body,expected", COPULA_ZAI_GAPS, ids=[c[0] for c in COPULA_ZAI_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap: one pool document (corpus/tk8-dropped-and-fresh.md)")
def test_copula_zai_known_gaps(case, body, expected):
    assert rows(doc(body)) == expected


# A voltage class joined to a second one, or followed by 及以上, opening a name (label-class-joined of
# ontology/target_cues.tsv, read with label-class-lead by indicators.label_ok): the name of one class of grid, no value;
# the phrase check rejected it for the digits after 和 and the target was lost.
VOLTAGE_JOINED = [
    ("and-second-class", "“十四五”期间，新增110千伏和35千伏变电容量855万千伏安，新增线路长度2429公里。",  # 336 dev14
     [("8550000", "kVA", "=", "新增110千伏和35千伏变电容量"), ("2429", "km", "=", "新增线路长度")]),
    ("and-above", "到2025年，新增220千伏及以上变电容量4944万千伏安，新增线路4056公里。",  # 213 dev8
     [("49440000", "kVA", "=", "新增220千伏及以上变电容量"), ("4056", "km", "=", "新增线路")]),
    ("share-of-two-classes", "加快建设智能变电站，2025年110千伏和220千伏智能变电站覆盖率达到25%以上。",  # 574
     [("25", "%", ">=", "110千伏和220千伏智能变电站覆盖率")]),
]


@pytest.mark.parametrize("case,body,expected", VOLTAGE_JOINED, ids=[c[0] for c in VOLTAGE_JOINED])
def test_a_name_opening_with_joined_voltage_classes_keeps_its_target(case, body, expected):
    assert rows(doc(body)) == expected


VOLTAGE_JOINED_NOT = [
    # a class of plants with 及以上 and 的: a threshold that scopes the work (30万千瓦及以上的机组), no target
    ("plant-threshold", "到2025年，关停整合30万千瓦及以上热电联产电厂15公里供热半径范围内的燃煤锅炉。"),
    # a value with 以上 after its class alone: no name opened by a class
    ("hours-above", "到2025年，应急响应时间24小时以上的。"),
]


@pytest.mark.parametrize("case,body", VOLTAGE_JOINED_NOT, ids=[c[0] for c in VOLTAGE_JOINED_NOT])
def test_joined_voltage_classes_give_no_target(case, body):
    assert rows(doc(body)) == []


def test_joined_voltage_classes_in_a_review_stay_records():
    """新增110千伏及以上变电容量3244万千伏安 in 213's 发展成果: the name now passes, the value is the section's record."""
    text = ("关于测试的规划\n一、发展基础与面临形势\n（一）发展成果\n电网结构不断增强，供电能力显著提升。"
            "新增110千伏及以上变电容量3244万千伏安，线路长度4023公里。\n二、发展目标\n到2025年，新增线路4056公里。\n")
    d = text_doc(text)
    assert ("32440000", "kVA", "=", "新增110千伏及以上变电容量") in rows(d, "record")
    assert all(r[0] != "32440000" for r in rows(d))

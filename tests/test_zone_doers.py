"""Named zones a measure makes act (issue 14, class 7; lane nz of session 13; kg/annotate/zone_doers.py): a named zone
given an act of its own is a body of the document's place, or of the place its name opens with (conventions 6, 30 of
corpus/keys/README.md). Tables of positives, negatives (must NOT be tagged) and known gaps (strict xfail). Sentences
are from development documents (185, 356) or the non-held-out pool (82, 88, 125, 464, 433, 432), shortened; the number
in each id is the document.
"""
from __future__ import annotations

import pytest

from kg.annotate.places import Place
from kg.annotate.zone_doers import find_leading_zones, find_zone_doers
from tests.actor_tagging import tagged

HN = "海南省碳达峰实施方案"
CD = "成都市能源结构调整行动方案"
WH = "武汉市碳达峰实施方案"
GD = "广东省碳达峰实施方案"
BZ = "巴中市“十四五”生态环境保护规划"
SC = "四川省“十四五”生态环境保护规划"

ZONES = [
    ("82-develop-zone-creates", "支持洋浦经济开发区创建世界一流绿色低碳循环园区。", HN, "洋浦经济开发区", "hainan"),
    ("356-model-city-creates", "支持中法武汉生态示范城创建新能源汽车低碳产业园区。", WH, "中法武汉生态示范城", "武汉"),
    ("185-first-of-two-builds", "推动欧洲产业城、淮州新城等建设“高载电产业+清洁能源”示范区。", CD, "欧洲产业城", "成都"),
    ("185-second-of-two-builds", "推动欧洲产业城、淮州新城等建设“高载电产业+清洁能源”示范区。", CD, "淮州新城", "成都"),
    ("88-free-trade-zone-explores", "支持自贸试验区探索建立气候投融资试点。", GD, "自贸试验区", "guangdong"),
    ("125-zone-of-the-city", "支持巴中经济开发区、平昌经济开发区开展碳近零排放方案编制工作。", BZ, "巴中经济开发区", "巴中"),
    ("125-second-zone", "支持巴中经济开发区、平昌经济开发区开展碳近零排放方案编制工作。", BZ, "平昌经济开发区", "巴中"),
]
NOT_ZONES = [
    # a zone that is built, not one that builds (464, 433)
    ("464-zone-built", "推动国泰新能源汽车产业园建设。", CD, "国泰新能源汽车产业园"),
    ("433-zone-built-no-deng", "支持中明循环产业园建设固体废物治理智慧化信息管理平台。", SC, "中明循环产业园"),
    # a zone as a site or an object
    ("site", "在洋浦经济开发区开展碳普惠试点。", HN, "洋浦经济开发区"),
    ("object", "加快洋浦经济开发区建设。", HN, "洋浦经济开发区"),
]
CQ = "重庆市工业领域碳达峰实施方案"
GS = "甘肃省“十四五”生态环境保护规划"
# named zones a measure tells to lead (发挥…引领作用: dev 482's key, pool 413)
LEADING = [
    ("482-first-zone-leads", "发挥两江新区、西部科学城重庆高新区、广阳湾智创生态城引领作用，积极探索未来形态的低碳园区建设模式。", CQ, "两江新区", "chongqing"),
    ("482-zone-with-a-city-name", "发挥两江新区、西部科学城重庆高新区、广阳湾智创生态城引领作用，积极探索未来形态的低碳园区建设模式。", CQ, "西部科学城重庆高新区", "chongqing"),
    ("482-last-zone", "发挥两江新区、西部科学城重庆高新区、广阳湾智创生态城引领作用，积极探索未来形态的低碳园区建设模式。", CQ, "广阳湾智创生态城", "chongqing"),
    ("413-zone-drives", "发挥白银高新技术产业开发区龙头带动作用，强化工业集中区环境风险防控。", GS, "白银高新技术产业开发区", "白银"),
]
NOT_LEADING = [
    # classes in the list (convention 30's rules), the building's lead, a zone whose administration is printed (311's key)
    ("311-national-class", "发挥兰州新区、国家级经济技术开发区、省级园区的示范引领作用。", GS, "国家级经济技术开发区"),
    ("446-building-leads", "发挥生态文明试验区建设示范引领作用。", GS, "生态文明试验区"),
    ("311-administration-printed", "兰州新区管委会负责组织实施。发挥兰州新区、国家级经济技术开发区、省级园区的示范引领作用。", GS, "兰州新区"),
]


@pytest.mark.parametrize("case,body,title,surface,jur", LEADING, ids=[c[0] for c in LEADING])
def test_named_zone_told_to_lead_is_a_body(case, body, title, surface, jur):
    got = tagged(body, title)
    assert surface in got and jur in (got[surface][0] or ""), got


@pytest.mark.parametrize("case,body,title,surface", NOT_LEADING, ids=[c[0] for c in NOT_LEADING])
def test_no_leading_named_zone(case, body, title, surface):
    assert [text for text in [body] for s, e, *_ in find_leading_zones(body, Place("gansu", None)) if body[s:e] == surface] == []


# a class of zones is convention 30's collective (actor_conventions.find_acting_classes), never a named zone's body
CLASSES = [
    ("class-of-parks", "鼓励化工产业园开展危险废物集中贮存。"),
    ("level-class", "支持省级以上经济开发区开展循环化改造。"),
    ("model-class", "支持生态工业示范城创建绿色园区。"),
]
GAPS = [
    # a named zone as the subject of a modal: 3 documents in the pool only (355, 416, 446), no rule yet
    ("355-zones-subject", "各县（市、区）、上饶经济技术开发区、三清山风景名胜区要结合本地实际，强化政策支撑。",
     "上饶市碳达峰实施方案", "上饶经济技术开发区", "上饶"),
]


@pytest.mark.parametrize("case,body,title,surface,jur", ZONES, ids=[c[0] for c in ZONES])
def test_named_zone_given_an_act_is_a_body(case, body, title, surface, jur):
    got = tagged(body, title)
    assert surface in got, got
    assert jur in (got[surface][0] or ""), got[surface]
    assert got[surface][1] not in ("non-state", "collective"), got[surface]


@pytest.mark.parametrize("case,body,title,surface", NOT_ZONES, ids=[c[0] for c in NOT_ZONES])
def test_zone_not_acting_is_no_named_zone_actor(case, body, title, surface):
    assert surface not in tagged(body, title)


@pytest.mark.parametrize("case,body", CLASSES, ids=[c[0] for c in CLASSES])
def test_class_of_zones_is_no_named_zone(case, body):
    assert list(find_zone_doers(body, Place("sichuan", None))) == []


@pytest.mark.parametrize("case,body,title,surface,jur", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="no rule reads a named zone as a modal's subject yet")
def test_named_zone_known_gaps(case, body, title, surface, jur):
    got = tagged(body, title)
    assert surface in got and jur in (got[surface][0] or "")

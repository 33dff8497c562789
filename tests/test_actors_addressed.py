"""Non-state groups a measure addresses (issue 14, class 7; kg/annotate/addressed.py): the object of a verb
that makes it act (鼓励/支持/引导/推动/督促/倡导 …) and before its act, ending in a head of
``body_forms.tsv`` addressed-head; and places that share one government (kg/annotate/doers.py
find_shared_government). Tables of positives, negatives (must NOT be tagged) and known gaps (strict
xfail). Sentences from development-half documents of ../shared/dual-carbon/ (14, 46, 186, 255, 353, 416, 486,
511, 514, 519) and from pool documents no half holds (106, 181, 230, 415, 463, 574), shortened or made up (no id
number); the number in each id is the document. Groups beside known actors in one list (发挥行业协会、智库…) and
departments listed by their domain (渔政、海警、海事多部门) are here too.
"""
from __future__ import annotations

import pytest

from tests.test_actors_doers import tagged

PLAN = "某省碳达峰实施方案"
CD = "成都市优化能源结构促进城市绿色低碳发展行动方案"

POS = [
    ("353-platforms", "鼓励电商平台设立绿色产品销售专区。", "电商平台"),
    ("353-couriers", "开展过度包装治理，督促寄递企业采购绿色快递包装产品。", "寄递企业"),
    ("353-local-logistics", "支持市内物流企业构建数字化运营平台。", "市内物流企业"),  # the place word narrows it (convention 32; lane AR5)
    ("486-manufacturers", "支持制造企业加强绿色设计，提高网络设备等信息通信产品能效。", "制造企业"),
    ("486-users", "推动使用企业开展设备能效水平和运行维护情况诊断。", "使用企业"),
    ("486-small-firms", "引导中小企业应用节能提效技术工艺装备。", "中小企业"),
    ("486-going-abroad", "鼓励节能技术装备服务企业“走出去”，开展能效合作项目。", "节能技术装备服务企业"),
    ("511-hotels", "积极倡导星级饭店、旅游景区和文博场馆等践行节约用能理念。", "星级饭店"),
    ("511-sights-in-a-list", "积极倡导星级饭店、旅游景区和文博场馆等践行节约用能理念。", "旅游景区"),
    ("511-venues-after-and", "积极倡导星级饭店、旅游景区和文博场馆等践行节约用能理念。", "文博场馆"),
    ("514-property-firms", "鼓励物业服务企业大力发展线上线下社区服务。", "物业服务企业"),
    ("514-second-of-two-banks", "鼓励开发性银行和商业银行创新金融产品支持社会资本参与老旧小区改造。", "商业银行"),
    ("46-related-producers", "鼓励相关生产企业建立回收利用体系。", "相关生产企业"),
    ("186-power-plants", "鼓励电厂实施热电联供，助力低碳园区建设。", "电厂"),
    ("463-two-verbs", "引导督促货运企业制定车辆退出计划。", "货运企业"),
    ("255-everyone", "举办碳中和技术博览会，引导全民参与低碳行动。", "全民"),
    ("519-industry-players", "指导行业企业加大研发投入，积极引导行业主体争创科学技术进步奖。", "行业主体"),
    ("181-having-leaders", "优先支持有地方龙头企业参与共建的新型研发机构项目。", "地方龙头企业"),
    # a group named beside known actors in one list (find_list_members)
    ("486-think-tanks", "发挥行业协会、智库、第三方机构等桥梁纽带作用。", "智库"),
    ("511-schools-beside-households", "鼓励多元参与，家庭、学校、社会多管齐下，营造全社会节能氛围。", "学校"),
    ("46-associations-last", "充分发挥政府、集群、企业、协会等机构合力，提升公共服务水平。", "协会"),
]
NEG = [
    # a noun after the head: the verb acts on a thing the group owns or builds
    ("platform-built", "推动绿色低碳产业平台建设。", "产业平台"),
    ("firm-centre", "支持企业技术中心建设。", "企业技术中心"),
    # a verb inside the name: the first noun acts on the second (14)
    ("14-university-with-firms", "不断深化校地合作，支持高校联合科技企业开展技术攻关。", "高校联合科技企业"),
    # two joined, the first no group (106)
    ("106-parks-and-firms", "鼓励园区和企业实施绿色制造和安全生产改造。", "园区和企业"),
    # the second verb of two is no part of the name (463, 415)
    ("463-two-verbs-no-name", "引导督促货运企业制定车辆退出计划。", "督促货运企业"),
    ("415-and-regulate", "引导并规范生产企业与回收企业共享信息。", "并规范生产企业"),
    # a preposition inside: no name (574)
    ("574-price-to-users", "推动现货市场分时电价向用户侧的传导。", "现货市场分时电价向用户"),
    # a place word before a group a pivot moves is part of its name, another set (convention 32; lane AR5): the bare group is
    # no span of its own there (353)
    ("353-local-logistics-bare", "支持市内物流企业构建数字化运营平台。", "物流企业"),
    ("230-and-stimulate", "引导和激励金融机构以市场化的方式支持新能源、储能。", "激励金融机构"),
    # titles a campaign awards, listed beside 节约型机关 (an actor's name inside): no groups
    ("353-green-schools", "深入开展节约型机关、绿色家庭、绿色学校、绿色社区创建行动。", "绿色学校"),
    # no known actor beside it in the list
    ("hospitals-as-places", "推进学校、医院、体育场馆等公共建筑节能改造。", "医院"),
]
GAPS = [
    # the act follows the group's goods, not the group (港口…煤炭、矿石…采用铁路): no verb after the list
    ("511-ports", "鼓励港口和大型工矿企业煤炭、矿石、焦炭等物资采用铁路运输。", "港口"),
    # (519-subdistricts-first, 发挥街道、社区等基层组织作用: closed by lane az, actor_conventions' grassroots members;
    # now tests/test_actors_places_zones.py::test_local_levels_places_and_zones[519-street-offices])
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_addressed_group(case, body, surface):
    got = tagged(body, PLAN)
    assert surface in got and got[surface][1] == "non-state" and got[surface][0] is None, got


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_not_an_addressed_group(case, body, surface):
    assert surface not in tagged(body, PLAN)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_addressed_known_gaps(case, body, surface):
    assert surface in tagged(body, PLAN)


def test_places_sharing_one_government():
    """186: 彭州市、金堂县、大邑县政府 names three governments, each of the document's city."""
    got = tagged("推进天然气开发利用。（责任单位：市经信局，彭州市、金堂县、大邑县政府）", CD)
    assert got["彭州市"][2].endswith("彭州市政府") and got["金堂县"][2].endswith("金堂县政府"), got
    assert got["彭州市"][0] == got["金堂县"][0] == "成都", got


def test_level_words_share_no_government():
    got = tagged("各省、自治区、直辖市人民政府要加强组织领导。", "工业能效提升行动计划")
    assert not any(k in ("自治区", "各省") for k in got), got


def test_departments_listed_by_domain():
    """416 (dev): 渔政、海警、海事 listed with 生态环境 as departments (…多部门联动执法) are the city's bodies."""
    got = tagged("建立健全生态环境、渔政、海警、海监、海事多部门联动执法机制。", "天津市海洋生态环境保护“十四五”规划")
    assert all(got.get(k, (None,))[0] == "tianjin" for k in ("渔政", "海警", "海事", "海监")), got

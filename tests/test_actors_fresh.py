"""Actors of forms found on the fresh development half dev7 (51 553 345 578 …; issue 14, class 7) and
counted over the pool before a rule was written: levels sharing one body (市、区两级生态文明建设委员会:
one body per level, ``jurisdiction.find_tiers``), the parties a scheme takes in (纳入配额管理的单位,
``collectives.find_managed_groups``), people a verb makes act (倡导居民…, 引导市民…: ``body_forms.tsv``
addressed-head). Tables of positives, negatives (must NOT be tagged) and known gaps (strict xfail);
sentences from development documents and unkeyed pool documents (shortened), never from a held-out
half; the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

BJ = "北京市深入打好污染防治攻坚战实施方案"
CENTRAL_NOTICE = "关于征集应对气候变化典型案例的通知"
SH = "上海市碳达峰碳中和实施意见"
JN = "济宁市“十四五”生态环境保护规划"
SZ = "深圳市碳排放权交易管理办法"


def labels(body: str, title: str) -> dict[str, str]:
    """label → jurisdiction of every actor tagged (surfaces repeat: 市 of 市、区两级 …)."""
    return {label: jur for jur, _, label in tagged(body, title).values()}


POS = [
    # levels listed before 两级/三级 share the body after it: one body per level, of the document's place
    ("348-city-and-district-committees", "市、区两级生态文明建设委员会要充分发挥总体谋划作用。", BJ,
     ["北京市生态文明建设委员会", "北京市区生态文明建设委员会"]),
    ("453-three-levels-of-departments", "升级改造省、市、县三级生态环境部门监控中心。", JN,
     ["山东省生态环境主管部门", "山东省济宁市生态环境主管部门", "山东省济宁市各县（市、区）生态环境主管部门"]),
    ("450-city-and-county-committees", "成立市、县两级生态环境委员会。", JN, ["山东省济宁市生态环境委员会", "山东省济宁市县生态环境委员会"]),
    ("450-city-and-county-governments", "市、县两级政府要加强组织领导。", JN, ["山东省济宁市人民政府", "山东省济宁市各县（市、区）人民政府"]),
]


@pytest.mark.parametrize("case,body,title,want", POS, ids=[c[0] for c in POS])
def test_levels_sharing_a_body(case, body, title, want):
    got = labels(body, title)
    assert set(want) <= set(got), got


GROUPS = [
    # the parties a scheme takes in, named by it: non-state, of no jurisdiction
    ("553-every-party-of-the-scheme", "各纳入配额管理的单位应按照本市温室气体排放核算方法的要求编制报告。", SH, "各纳入配额管理的单位"),
    # 480's parties heard (听取纳入配额管理的单位…的意见) are consulted there, no actor (key convention 55; lane ap4,
    # tests/test_actors_unacting.py 480-heard): the same parties named where they act
    ("480-party-reports", "纳入配额管理的单位应当按照规定报送上一年度碳排放报告。", SZ, "纳入配额管理的单位"),
    ("480-enterprises-of-the-scheme", "纳入碳排放配额管理的企业对核查结果有异议的，可以申请复核。", SZ, "纳入碳排放配额管理的企业"),
    ("369-enterprises-of-a-citys-scheme", "其中，139家纳入天津碳排放配额管理的企业完成履约。", SH, "纳入天津碳排放配额管理的企业"),
    # groups given something to do (the keys' convention 1; dev7 494): people, traders, schools; a list closed by
    # 等 and the class it belongs to (商场、超市等流通企业设立…); a head jieba's dictionary tags as a verb (超市)
    ("494-sellers-of-a-class", "推动电商平台和商场、超市等流通企业设立绿色低碳产品销售专区。", "河北省促进绿色消费实施方案", "超市"),
    ("494-travel-agencies", "规范引导景区、旅行社、游客等践行绿色旅游消费。", "河北省促进绿色消费实施方案", "旅行社"),
    ("494-tourists", "规范引导景区、旅行社、游客等践行绿色旅游消费。", "河北省促进绿色消费实施方案", "游客"),
    ("494-workers-and-students", "引导职工、学生和居民开展节粮、节水、节电。", "河北省促进绿色消费实施方案", "学生"),
    ("494-suppliers", "推动上游供应商和服务商开展生产领域绿色化改造。", "河北省促进绿色消费实施方案", "上游供应商"),
    ("494-individuals-beside-other-groups", "引导下游企业、商户和个人自觉开展绿色采购。", "河北省促进绿色消费实施方案", "个人"),
    ("157-individuals-beside-enterprises", "引导和鼓励企业和个人利用金融保险扶持政策。", "辽宁省林草发展规划", "个人"),
    ("543-sales-platforms", "鼓励销售平台出台绿色产品消费激励办法。", "河北省促进绿色消费实施方案", "销售平台"),
    # named banks (actors.tsv)
    ("404-named-banks", "引入进出口银行、中国银行、农业银行、建设银行、海峡银行、兴业银行等金融机构。", "福州市“数字·绿色”技术改造专项行动方案", "农业银行"),
    # people a verb makes act
    ("578-residents", "倡导居民优先选择绿色低碳的出行方式。", SH, "居民"),
    ("82-citizens-of-a-city", "引导市民购买节能环保低碳商品。", SH, "市民"),
]


@pytest.mark.parametrize("case,body,title,surface", GROUPS, ids=[c[0] for c in GROUPS])
def test_named_groups(case, body, title, surface):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][:2] == (None, "non-state"), got


OFFICES = [
    # a ministry's office or department, named after it (actors.tsv): the nation's, not the ministry
    ("341-general-office", "根据生态环境部办公厅《关于做好2022年企业温室气体排放报告管理相关重点工作的通知》要求。", "天津市生态环境局关于做好温室气体排放报告工作的通知",
     "生态环境部办公厅"),
    ("225-department-of-a-ministry", "请各单位将相关案例发送至生态环境部应对气候变化司。", CENTRAL_NOTICE, "生态环境部应对气候变化司"),
]


@pytest.mark.parametrize("case,body,title,surface", OFFICES, ids=[c[0] for c in OFFICES])
def test_offices_of_a_ministry(case, body, title, surface):
    got = tagged(body, title)
    assert surface in got and got[surface][0] == "national", got
    assert "生态环境部" not in got, got


NEG = [
    # 两级 before what the levels own (capacity, water use, funds) names no body
    ("418-monitoring-capacity", "强化市、县两级生态环境监测能力建设。", JN, "市、县两级"),
    ("426-water-use-totals", "健全市、县两级行政区域用水总量、用水强度控制指标体系。", JN, "市、县两级"),
    ("450-pipelines-of-three-levels", "开创国家、省、市三级管网在济宁互联互通新局面。", JN, "市三级管网在济宁互联互通新局"),
    # 个人/居民 that a verb does not make act: the owner of a thing, a price's tier
    ("149-individuals-idle-resources", "鼓励个人闲置资源有效利用。", SH, "个人"),
    ("185-individuals-own-chargers", "推动小区个人充电设施“应装能装”。", SH, "小区个人"),
    ("204-individuals-own-scenes", "有序推动个人减排场景接入与开发。", SH, "个人"),
    ("578-residents-tiered-price", "完善差别化电价、分时电价和居民阶梯电价政策。", SH, "居民"),
    # a platform is a thing a verb acts on (推动节能信息化平台整合), no group: 平台 alone is no head
    ("483-platform-integrated", "推动节能信息化平台整合及节能数据共享。", "福建省“十四五”节能减排综合工作实施方案", "节能信息化平台"),
    # 中国银行 inside the regulator's full name
    ("515-regulator-not-a-bank", "中国银行保险监督管理委员会北京监管局负责监督。", BJ, "中国银行"),
    # a scheme's parties end at a cut: 纳入…管理的 before a longer noun names no group
    ("467-described-not-the-scheme", "将纳入排污许可管理的单位产品能耗纳入信用评价。", SH, "纳入排污许可管理的单位"),
    # a group named after 的 is that group's own name (the keys of 340, 312)
    ("340-known-group-after-de", "纳入国家或北京市试点碳市场管理的重点排放单位加强排放数据管理。", SH, "纳入国家或北京市试点碳市场管理的重点排放单位"),
    ("339-the-parties-reports", "做好本市纳入全国碳市场管理的企业温室气体排放报告工作。", SH, "纳入全国碳市场管理的企业"),
]


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_not_fresh_actors(case, body, title, surface):
    assert surface not in tagged(body, title)


GAPS = [
    # (578-individuals 鼓励个人新购…: closed on branch ns, actors.tsv individuals; a positive of tests/test_actors_acting.py 578-persons)
    # levels that act without a body after them (市县两级要统筹…): the collective is not read
    ("450-levels-acting", "市县两级要统筹任用生态环保干部。", JN, "市县两级"),
    # (51-verification-working-group, 核查技术工作组: read since branch a4, tests/test_actors_named_units.py)
    # (345-branches-of-a-bureau, 市生态环境局各管理局: read since branch a2, tests/test_actors_branches.py)
]


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,title,surface", GAPS, ids=[c[0] for c in GAPS])
def test_fresh_known_gaps(case, body, title, surface):
    assert surface in tagged(body, title)


SUPERIOR = [
    # the body one level up (jurisdiction.find_superior): a central document's the nation's, a city's its province's
    ("51-superior-department", "上级生态环境主管部门转办交办的其他有关温室气体排放的事项。", "企业温室气体排放报告核查指南（试行）",
     "上级生态环境主管部门", "national"),
    ("381-one-level-up-of-a-city", "报上一级人民政府生态环境主管部门备案。", "深圳市生态环境保护条例", "上一级人民政府生态环境主管部门", "guangdong"),
    # the departments a regulation names by the government they serve: one collective, not the government and a department
    # the statutory name of the MEE (an alias of actors.tsv's row)
    ("406-state-council-department", "本办法所称生态环境标准，是指由国务院生态环境主管部门和省级人民政府依法制定的标准。", "生态环境标准管理办法",
     "国务院生态环境主管部门", "national"),
    ("303-departments-of-provincial-governments", "与应对气候变化工作相关的省级以上人民政府有关部门。", "中国清洁发展机制基金管理办法",
     "省级以上人民政府有关部门", "national"),
    ("371-superior-departments", "积极争取中央资金和上级部门投入支持。", "上饶市碳达峰实施方案", "上级部门", "jiangxi"),
]


@pytest.mark.parametrize("case,body,title,surface,jur", SUPERIOR, ids=[c[0] for c in SUPERIOR])
def test_superior_body(case, body, title, surface, jur):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][0] == jur, got


SUPERIOR_NOT = [
    # the funds of the level above, no body
    ("234-superior-finance-funds", "积极争取上级财政资金和预算内投资支持。", "梧州市碳达峰实施方案", "上级财政"),
    ("426-superior-government-funds", "受上级政府资金以及地方财政资金投入限制。", "驻马店市生态环境保护规划", "上级政府"),
    # a county-level city's name inside a common word (海城市 of 沿海城市政府)
    ("443-coastal-city-governments", "以沿海城市政府为主体，锚定2035年美丽海洋建设目标。", "辽宁省海洋生态环境保护规划", "海城市政府"),
    # an office after no city's name (a scan's noise)
    ("434-noise-before-an-office", "医门市海洋发展局园门海警局厦环联", "厦门市海洋生态环境保护规划", "园门海警局"),
]


@pytest.mark.parametrize("case,body,title,surface", SUPERIOR_NOT, ids=[c[0] for c in SUPERIOR_NOT])
def test_not_superior_or_named_body(case, body, title, surface):
    assert surface not in tagged(body, title)


def test_state_council_and_departments_stay_two():
    # 国务院及有关部门 joins two actors; the State Council is not read inside a collective of departments
    got = tagged("要重点宣传党中央、国务院及有关部门关于碳达峰碳中和的决策部署。", "上饶市碳达峰实施方案")
    assert "国务院" in got and "国务院及有关部门" not in got, got


FZ = "福州市“数字·绿色”技术改造专项行动方案"
GOVERNMENTS = [
    # a county or district of the document's province named in full before 政府 (doers.find_shared_government)
    ("404-district-governments", "鼓楼区政府、仓山区政府要加强组织领导。", FZ, "仓山区政府", "福建省福州市仓山区政府"),
    ("404-member-list-of-an-annex", "市统计局副局长林渊鼓楼区政府副区长高晓健", FZ, "鼓楼区政府", "福建省福州市鼓楼区政府"),
]


@pytest.mark.parametrize("case,body,title,surface,label", GOVERNMENTS, ids=[c[0] for c in GOVERNMENTS])
def test_named_governments(case, body, title, surface, label):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][2] == label, got


def test_government_of_another_province_is_no_county_of_this_one():
    # 大邑县 is Sichuan's: in a Fujian document its name is no county of the document's
    assert "大邑县政府" not in tagged("（市发改委，金堂县、大邑县政府）", FZ)


SD = "山东省碳达峰实施方案"
LISTED = [
    # party offices, mass organisations, courts and customs in responsibility lists (local_bodies.tsv, body_forms.tsv
    # suffix 海关): before, 省委网信办 and 团省委 were read as 省委, the others not at all
    ("494-cyberspace-office", "加强宣传引导。（省委宣传部、省委网信办、省发展改革委按职责分工负责）", SD, "省委网信办", "山东省党委网信办"),
    ("357-staffing-office", "完善执法体制。（省公安厅、省委编办、省司法厅按职责分工负责）", SD, "省委编办", "山东省党委编办"),
    ("495-trade-union", "开展节能宣传。（省总工会、团省委、省妇联按职责分工负责）", SD, "省总工会", "山东省总工会"),
    ("451-youth-league", "开展节能宣传。（省总工会、团省委、省妇联按职责分工负责）", SD, "团省委", "山东省团委"),
    ("438-maritime-office-of-a-city", "加强应急处置能力。（市发改委、市资规局、三亚海事局、三亚海警局、市水务局按职责分工负责）", "三亚市海洋生态环境保护规划",
     "三亚海警局", "海南省三亚市三亚海警局"),
    ("451-customs-of-a-city", "打击走私。（省商务厅、德州海关等按职责分工负责）", SD, "德州海关", "山东省德州海关"),
    ("234-intermediate-court-short", "建立生态检察工作机制。（市司法局、市中级法院、市检察院按职责分工负责）", "德州市碳达峰实施方案",
     "市中级法院", "山东省德州市人民法院"),
]


@pytest.mark.parametrize("case,body,title,surface,label", LISTED, ids=[c[0] for c in LISTED])
def test_listed_local_bodies(case, body, title, surface, label):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][2] == label, got


LISTED_NOT = [
    # the party committee is no body of these names
    ("494-no-party-committee-in-the-office", "加强宣传引导。（省委网信办、省发展改革委按职责分工负责）", SD, "省委"),
    ("451-no-party-committee-in-the-league", "开展节能宣传。（省总工会、团省委按职责分工负责）", SD, "省委"),
    # 海关 after a word that is no place (自贸港海关 names the customs' policies, 取得海关… a document)
    ("438-free-trade-port-customs", "精准宣贯自贸港海关核心政策。", "三亚市海洋生态环境保护规划", "自贸港海关"),
    ("329-customs-document", "应按规定取得海关进口增值税专用缴款书。", SD, "取得海关"),
    # a union or league named bare belongs to whatever holds it (a company's, a school's)
    ("258-a-companys-union", "职工之家建设由集团公司工会负责。", SD, "工会"),
]


@pytest.mark.parametrize("case,body,title,surface", LISTED_NOT, ids=[c[0] for c in LISTED_NOT])
def test_not_listed_local_bodies(case, body, title, surface):
    assert surface not in tagged(body, title)


CQ = "重庆四川两省市贯彻落实《成渝地区双城经济圈建设规划纲要》联合实施方案"
HEIRS = [
    # a level (or a province's name) printed once for a list: the items after it are that level's bodies
    ("57-province-printed-once-in-a-municipalitys-document", "加强储备能力建设。（责任单位：重庆市发展改革委；四川省能源局、经济和信息化厅、水利厅）", CQ,
     "水利厅", "sichuan"),
    # items no lexicon stem names, completed with the level printed before them (市房管局)
    ("528-housing-bureau-after-a-city-body", "市工业和信息化局、住房建设局、教育局等有关部门协同推进。", "深圳市碳达峰实施方案", "住房建设局", "深圳"),
    ("267-service-centre-after-city-bodies", "从市发展改革委、生态环境局、工业和信息化局、节能服务中心等单位抽调业务骨干。", "柳州市碳达峰实施方案",
     "节能服务中心", "柳州"),
]


@pytest.mark.parametrize("case,body,title,surface,jur", HEIRS, ids=[c[0] for c in HEIRS])
def test_level_printed_once_for_a_list(case, body, title, surface, jur):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][0] == jur, got


HEIRS_NOT = [
    # a generic item closes the list: 有关企业 is no body of the city's named so (各有关单位 there is the city's
    # collective, of the keys' 355, read by collectives.find_unit_collectives: tests/test_actors_groups.py)
    ("355-generic-item", "加大宣传力度，树立先进典型。（市发改委、有关企业等按职责分工负责）", "上饶市加快建立健全绿色低碳循环发展经济体系的实施方案",
     "江西省上饶市有关企业"),
    # a list ending in a colon opens a notice (its addressees, front matter the keys leave out): the level is not shared
    ("205-addressee-line", "各设区市发展改革委、经信局、生态环境局、市场监管局、能源局：为深入贯彻落实有关要求。", "浙江省节能降碳技术改造实施方案",
     "浙江省各市工业和信息化局"),
]


@pytest.mark.parametrize("case,body,title,label", HEIRS_NOT, ids=[c[0] for c in HEIRS_NOT])
def test_level_not_shared(case, body, title, label):
    assert label not in {lab for _, _, lab in tagged(body, title).values()}

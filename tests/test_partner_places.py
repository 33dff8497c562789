"""Places outside the document's own named as the other party of a cooperation (issue 14, class 7; lane ar4; key
convention 51): 加强与上海、浙江等地的合作, 与四川省签署…合作协议, 协同吉林、内蒙古、河北等省区，共同推进… — each province or
prefecture-level city a body of its own place (``kg/annotate/partner_places.py``, ``actor_cues.tsv`` partner-place-*).
Tables of positives, negatives (must NOT be tagged) and known gaps (strict xfail); sentences of development documents (58,
213, 355, 573) and non-held-out pool documents (221, 230, 388, 415, 433, 443, 543), shortened; the number in each id is
the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

TIANJIN = "天津市电力发展“十四五”规划"
CHONGQING = "重庆市电力发展“十四五”规划"
JIANGXI = "上饶市碳达峰实施方案"
HUAINAN = "淮南市水污染防治工作方案"
MEISHAN = "眉山市生态环境保护规划"
HEILONGJIANG = "黑龙江省生态环境保护规划"

POS = [
    # (case, body, title, surface, jurisdiction)
    ("213-provinces-then-class", "加强与新疆、山西、甘肃、宁夏、青海等资源富集省市的能源合作。", TIANJIN, "青海", "qinghai"),
    ("213-first-of-a-list", "深化与山西、内蒙古、甘肃等省份电力合作。", TIANJIN, "内蒙古", "neimenggu"),
    ("58-municipality-and-province", "本市加强与北京市、河北省及其他地区碳达峰、碳中和工作沟通协作。", TIANJIN, "河北省", "hebei"),
    ("58-municipality", "本市加强与北京市、河北省及其他地区碳达峰、碳中和工作沟通协作。", TIANJIN, "北京市", "beijing"),
    ("573-signing", "与四川省签署推动成渝地区双城经济圈能源一体化高质量发展合作协议。", CHONGQING, "四川省", "sichuan"),
    ("573-joint-verb", "会同四川做好水电、新能源的开发布局。", CHONGQING, "四川", "sichuan"),
    ("573-provinces-bracketed-class", "与宁夏、甘肃、青海、贵州等省（区）就电能资源优化配置积极推动合作。", CHONGQING, "贵州", "guizhou"),
    ("355-places-cooperation", "加强与上海、浙江等地的合作，共建“飞地园区”。", JIANGXI, "浙江", "zhejiang"),
    ("443-coordinated-provinces", "协同吉林、内蒙古、河北等省区，共同推进跨省界河流系统治理。", HEILONGJIANG, "吉林", "jilin"),
    ("415-cities-with-tong", "强力推进联防联控，同蚌埠市、阜阳市分别签订跨界水污染联防联控合作协议。", HUAINAN, "阜阳市", "阜阳"),
    ("433-city-short-joint", "联合成都、德阳共建都市圈西部生态屏障。", MEISHAN, "德阳", "德阳"),
    ("221-provinces-signing", "与四川、贵州等省签订跨省流域上下游突发水污染事件联防联控协议。", CHONGQING, "四川", "sichuan"),
]


@pytest.mark.parametrize("case,body,title,surface,jur", POS, ids=[c[0] for c in POS])
def test_partner_places_are_actors(case, body, title, surface, jur):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][0] == jur, got


def test_short_and_full_name_are_one_actor():
    """573: 四川省 and 四川 (会同四川…) are one partner (convention 51: a short form adds no row)."""
    got = tagged("与四川省签署合作协议。会同四川做好水电开发布局。", CHONGQING)
    assert got["四川省"][2] == got["四川"][2], got


NEG = [
    # a Han noun glued after the place: part of a name, or the place a possessor
    ("57-zone-of-a-city", "建立重庆西部片区与成都西部片区改革试验联动机制。", CHONGQING, "成都"),
    ("422-university", "加强与上海大学、东方电气集团等合作。", MEISHAN, "上海"),
    ("454-port-of-a-city", "加强与西安国际陆港联动，提高物流效率。", "宝鸡市物流发展规划", "西安"),
    ("463-plan-of-a-city", "与大同市“三线一单”生态环境分区管控有效衔接。", "朔州市生态环境保护规划", "大同市"),
    # a body after the list: the partner is the body (the provinces' departments, the places' exchanges)
    ("221-departments-of-provinces", "建立健全与湖北、湖南等周边省份生态环境部门突发环境事件联防联控机制。", CHONGQING, "湖北"),
    ("388-exchanges-of-places", "推动交易集团与上海、广东等地碳市场交易机构进行对接。", HEILONGJIANG, "广东"),
    # no joint act: a source, a model, a comparison
    ("213-source", "向山西、新疆、甘肃等地购电。", TIANJIN, "山西"),
    ("573-model", "学习四川等受端省份经验。", CHONGQING, "四川"),
    ("comparison", "与上海相比，我市单位产值能耗偏高。", JIANGXI, "上海"),
    # the document's own place
    ("482-own-municipality", "做好与重庆市碳达峰碳中和工作领导小组的沟通衔接。", CHONGQING, "重庆市"),
]


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_not_partner_places(case, body, title, surface):
    assert surface not in tagged(body, title)


GAPS = [
    # a place printed with its province before it (陕西汉中: the list stops at the province glued to the city)
    ("125-city-with-its-province", "与达州、广元、陕西汉中、安康共建米仓山-大巴山生态廊道。", "巴中市生态环境保护规划", "汉中"),
    # a class after the first of a list of classes (周边地区 after 东部沿海发达地区、): only the first is read
    ("543-second-class-of-a-list", "加快我省与东部沿海发达地区、周边地区的经济交流合作。", "贵州省生态环境保护规划", "周边地区"),
    # the act glued after a prefecture's short form with 州 that is no word of the end list (同城化)
    ("444-prefecture-then-act", "在生态环境联防联控等方面与海东市、临夏州同城化谋划、联动式合作。", "兰州市生态环境保护规划", "临夏州"),
]


@pytest.mark.parametrize("case,body,title,surface", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap of partner_places")
def test_partner_places_known_gaps(case, body, title, surface):
    assert surface in tagged(body, title)


CLASSES = [
    # (case, body, title, surface): a class of provinces or cities as partners, the nation's (convention 51)
    ("213-class-heading-a-list", "加强与新疆、山西、甘肃、宁夏、青海等资源富集省市的能源合作。", TIANJIN, "资源富集省市"),
    ("573-sending-provinces", "积极与送端省份协调优化“外电入渝”曲线。", CHONGQING, "送端省份"),
    ("573-big-provinces", "进一步加大与青海、甘肃、陕西、宁夏等能源资源大省合作力度。", CHONGQING, "能源资源大省"),
    ("573-advanced-provinces", "加强与电力行业治理先进省份沟通交流。", CHONGQING, "电力行业治理先进省份"),
    ("312-other-provinces-of-the-country", "探索与国内其他省市和国际碳排放权交易体系建立碳排放权交易合作。", "深圳市碳排放权交易管理办法", "国内其他省市"),
    ("381-other-cities-of-a-region", "市、区人民政府应当与粤港澳大湾区其他城市加强生态环境保护合作。", "广州市生态环境保护条例", "粤港澳大湾区其他城市"),
    ("578-rich-regions", "加强与非化石能源资源丰富地区合作，布局建设市外大型非化石能源基地。", "上海市碳达峰实施方案", "非化石能源资源丰富地区"),
    ("183-sister-provinces", "加强与兄弟省市协同协作，建立区域绿色认证联盟。", JIANGXI, "兄弟省市"),
    ("459-upwind-cities-joint", "推进夏季联合上风向城市开展臭氧污染联防联控。", HUAINAN, "上风向城市"),
    ("427-neighbouring-cities", "探索建立与周边城市在空气质量预报方面的合作机制。", MEISHAN, "周边城市"),  # a negative of AR3's before convention 51
]


@pytest.mark.parametrize("case,body,title,surface", CLASSES, ids=[c[0] for c in CLASSES])
def test_partner_classes_are_actors_of_the_nation(case, body, title, surface):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][0] == "national", got


NOT_CLASSES = [
    ("146-region-with-ji", "加强与京津冀及周边地区联动，共同应对重污染天气。", "山东省大气污染防治方案", "周边地区"),
    ("455-scope-with-ji", "积极参与全省及周边地区大气污染联防联控。", HUAINAN, "全省及周边地区"),
    ("221-departments-of-the-class", "建立健全与湖北、湖南等周边省份生态环境部门突发环境事件联防联控机制。", CHONGQING, "周边省份"),
    ("181-units-of-the-class", "优先支持省内单位联合长三角其他地区科研单位申报的项目。", "安徽省科技计划项目申报指南", "长三角其他地区"),
    ("35-regions-helped", "协同促进欠发达地区能源可及性，努力解决能源贫困问题。", "关于促进新时代新能源高质量发展的实施方案", "促进欠发达地区"),
    ("abroad", "加强与先进国家和地区在绿色低碳领域的交流合作。", JIANGXI, "先进国家和地区"),
    ("362-pair-reaching-abroad", "加强与先进地区和先进国家在绿色低碳循环发展领域的政策沟通。", JIANGXI, "先进地区"),
    ("no-cooperation", "与周边城市相比，我市空气质量仍有差距。", HUAINAN, "周边城市"),
]


@pytest.mark.parametrize("case,body,title,surface", NOT_CLASSES, ids=[c[0] for c in NOT_CLASSES])
def test_not_partner_classes(case, body, title, surface):
    assert surface not in tagged(body, title)

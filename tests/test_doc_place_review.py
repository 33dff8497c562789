"""Review of kg/annotate/doc_place.py (RV10d): gazetteer names that are part of another place's name.
鞍山 is the tail of 马鞍山 (安徽), 朝阳/大同/西安/中山/兴安 also name districts and counties of other
prefectures (北京市朝阳区, 大庆市大同区, 牡丹江市西安区, 大连市中山区, 桂林市兴安县: ontology/counties.tsv)."""
import pytest

from kg.annotate.doc_place import city_of_text, city_opening


def test_a_longer_city_name_is_not_counted_for_its_tail():
    # 马鞍山市 three times, 鞍山市 once: the text names 马鞍山 (was None: 鞍山 counted inside 马鞍山市, a tie)
    p = city_of_text("马鞍山市人民政府办公室。推进马鞍山市绿色发展，马鞍山市各县区；学习鞍山市经验。")
    assert (p.province, p.city) == ("anhui", "马鞍山")
    # 马鞍山市 once, 鞍山市 twice: 鞍山 (辽宁) by its own two, not three
    p = city_of_text("马鞍山市与鞍山市、鞍山市合作。")
    assert (p.province, p.city) == ("liaoning", "鞍山")
    assert city_of_text("马鞍山市与鞍山市合作。") is None  # one each: a tie


@pytest.mark.parametrize("title,expected", [
    ("南京江北新区碳达峰、碳中和行动计划", ("jiangsu", "南京")),  # a new area of the city: the city
    ("关于组织申报2022年度徐州碳达峰碳中和科技创新专项资金项目的通知", ("jiangsu", "徐州")),
    ("朝阳区碳达峰实施方案", None),  # 北京市朝阳区 (or 长春市朝阳区), not 辽宁 朝阳
    ("大同区“十四五”生态环境保护规划", None),  # 大庆市大同区, not 山西 大同
    ("兴安县绿色低碳发展实施方案", None),  # 桂林市兴安县, not 兴安盟
])
def test_city_opening_is_no_district_of_the_same_name(title, expected):
    p = city_opening(title)
    assert (None if p is None else (p.province, p.city)) == expected


BODY = "一、工作要求\n（一）加强组织领导。各单位要加强组织领导。\n"


@pytest.mark.parametrize("text,expected", [
    # a province document (全省, 各市（州）) naming its capital twice and its province never: 四川, not 成都
    ("为推进全省碳达峰工作，成都市、成都市先行先试。", ("sichuan", None)),
    # a city document (我市) naming itself: the city (182)
    ("推进我市绿色低碳技术创新，在南京市注册的企业，南京市。", ("jiangsu", "南京")),
    # no home word: the city
    ("在苏州市注册的企业，苏州市。", ("jiangsu", "苏州")),
])
def test_a_province_document_is_no_city_document(text, expected):
    p = city_of_text(text)
    assert (p.province, p.city) == expected


def test_document_place_of_a_province_notice_naming_its_capital():
    from kg.annotate.jurisdiction import document_place
    from kg.model import Source
    from kg.text.clean import clean
    from kg.text.structure import parse

    text = "关于开展碳达峰工作的通知\n各市（州）发展改革委：\n为推进全省碳达峰工作，成都市、成都市先行先试。\n" + BODY
    p = document_place(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    assert (p.province, p.city) == ("sichuan", None)


@pytest.mark.parametrize("title,expected", [
    ("长沙县绿色低碳发展实施方案", ("hunan", "长沙")),  # 长沙县 belongs to 长沙市: its city
    ("朝阳县碳达峰实施方案", ("liaoning", "朝阳")),  # 朝阳县 belongs to 朝阳市 (辽宁)
    ("临夏县“十四五”生态环境保护规划", ("gansu", "临夏")),  # 临夏县 belongs to 临夏回族自治州
])
def test_city_opening_keeps_a_county_of_its_own_city(title, expected):
    p = city_opening(title)
    assert (p.province, p.city) == expected

"""The error classes of issue 14 as tables: positives, negatives (must NOT be extracted), known gaps.

Sentences are from development-half and non-key documents of ../shared/dual-carbon/ (shortened),
never from the test half. Each document is built in memory around the sentences, with a title that
gives its jurisdiction where the class needs one.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.annotate.actors import actor_table
from kg.annotate.jurisdiction import document_place, place_key
from kg.annotate.targets import label_ok
from kg.text.clean import clean
from kg.link import links
from kg.model import Source
from kg.text.structure import parse


def doc(body: str, title: str = "关于测试的实施方案", heading: str = "（一）测试措施。"):
    text = f"{title}\n一、重点任务\n{heading}{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def layer(d, name, *keys):
    return [tuple(a.get(k) for k in keys) for a in d.annotations.get(name, [])]


# 1. Deadlines from context, with where they came from -----------------------------------------

DEADLINE_POS = [
    ("sentence", "到2025年，单位地区生产总值能耗比2020年下降13.5%。", "关于测试的实施方案", "（一）测试措施。", [(2025, "sentence")]),
    ("span-of-list", "到2025年，化学需氧量、氨氮排放总量分别比2020年下降8%、8%。", "关于测试的实施方案", "（一）测试措施。",
     [(2025, "sentence"), (2025, "sentence")]),
    ("paragraph", "\n到2025年，体系初步形成。森林覆盖率达到24.1%。", "关于测试的实施方案", "（一）测试措施。", [(2025, "paragraph")]),
    ("section-heading", "森林覆盖率达到24.1%。", "关于测试的实施方案", "（一）到2025年主要目标。", [(2025, "section")]),
    ("document-period", "可再生能源发电装机达到6700万千瓦。", "甘肃省“十四五”节能减排综合工作方案", "（一）测试措施。", [(2025, "document")]),
    ("document-year", "可再生能源发电装机达到6700万千瓦。", "山东省绿色低碳转型2022年行动计划", "（一）测试措施。", [(2022, "document")]),
]
DEADLINE_NEG = [
    # a year inside a document's title is no deadline of its targets: 2030年前 names the plan
    ("title-before", "可再生能源发电装机达到6700万千瓦。", "关于贯彻2030年前碳达峰行动方案的实施意见", "（一）测试措施。"),
    ("no-context", "可再生能源发电装机达到6700万千瓦。", "关于测试的实施方案", "（一）测试措施。"),
]


@pytest.mark.parametrize("case,body,title,heading,expected", DEADLINE_POS, ids=[c[0] for c in DEADLINE_POS])
def test_deadline_from_context(case, body, title, heading, expected):
    assert layer(doc(body, title, heading), "target", "year", "deadline_source") == expected


@pytest.mark.parametrize("case,body,title,heading", DEADLINE_NEG, ids=[c[0] for c in DEADLINE_NEG])
def test_no_deadline_without_context(case, body, title, heading):
    got = layer(doc(body, title, heading), "target", "year", "deadline_source")
    assert got and all(y is None and s is None for y, s in got)


# 2. Records of the past and forecasts are not targets -----------------------------------------

RECORD_POS = [  # (body, heading): a record, never a target
    ("cumulative", "全省累计完成3629个行政村环境整治。", "（一）测试措施。"),
    ("as-of", "截至2020年底，全省森林覆盖率达到24%。", "（一）测试措施。"),
    ("already-built", "全省已建成污水处理厂120座。", "（一）测试措施。"),
    ("perfective", "单位生产总值能耗比2015年下降了18.5%。", "（一）测试措施。"),
    ("years-since", "近10年来光伏发电项目单位千瓦平均造价下降75%左右。", "（一）测试措施。"),
    ("forecast", "预计到2025年全省能源消费总量达到1.2亿吨标准煤。", "（一）测试措施。"),
    ("background-section", "受污染耕地安全利用率达到93.3%。", "（一）“十三五”工作进展。"),
    ("situation-section", "城镇污水集中处理率达到97%。", "（一）发展基础。"),
]
RECORD_NEG = [  # targets that look like records
    ("year-on-year-plan", "公共机构人均综合能耗同比下降1.2%。", "（一）测试措施。"),
    ("plan-section", "到2025年，城镇污水集中处理率达到97%以上。", "（一）主要目标。"),
]


@pytest.mark.parametrize("case,body,heading", RECORD_POS, ids=[c[0] for c in RECORD_POS])
def test_records_are_not_targets(case, body, heading):
    d = doc(body, heading=heading)
    assert d.annotations["target"] == []
    assert [a.get("status") for a in d.annotations["record"]] == ["forecast" if case == "forecast" else "record"]


@pytest.mark.parametrize("case,body,heading", RECORD_NEG, ids=[c[0] for c in RECORD_NEG])
def test_targets_are_not_records(case, body, heading):
    d = doc(body, heading=heading)
    assert len(d.annotations["target"]) == 1 and d.annotations["record"] == []


# 3. Conditions and thresholds -----------------------------------------------------------------

CONDITION_POS = [
    ("emitters", "年度温室气体排放量达到2.6万吨二氧化碳当量的企业纳入重点排放单位名录。", "26000", "t"),
    ("units", "推动30万千瓦及以上机组开展节能改造。", "300000", "kW"),
    ("energy-users", "对年综合能耗1万吨标准煤以上企业开展节能监察。", "10000", "tce"),
    ("households-above", "30户以上自然村寨亮化工程全覆盖。", "30", "count"),
    ("negated", "连续二年温室气体排放未达到2.6万吨二氧化碳当量的，移出名录。", "26000", "t"),
    ("criteria-list", "排放单位有下列情形之一的，列入名录：\n年度碳排放量与前一年度相差20%以上。", "20", "%"),
]
CONDITION_NEG = [  # shares of a population are targets, not thresholds
    ("share-of-organs", "到2025年，推动全省不低于85%的县级及以上党政机关建成节约型机关。", "85", "%"),
    ("level-above", "到2025年，可再生能源发电装机达到600万千瓦以上。", "6000000", "kW"),
]


@pytest.mark.parametrize("case,body,value,unit", CONDITION_POS, ids=[c[0] for c in CONDITION_POS])
def test_conditions_are_not_targets(case, body, value, unit):
    d = doc(body)
    assert d.annotations["target"] == []
    assert layer(d, "condition", "value", "unit") == [(value, unit)]


@pytest.mark.parametrize("case,body,value,unit", CONDITION_NEG, ids=[c[0] for c in CONDITION_NEG])
def test_targets_are_not_conditions(case, body, value, unit):
    d = doc(body)
    assert layer(d, "target", "value", "unit") == [(value, unit)] and d.annotations["condition"] == []


# 4. Values: ranges, counts, compound units, base years ------------------------------------------

VALUE_POS = [
    ("range-count", "到2025年，打造1-2个大数据产业融合示范园区。", [("1", "2", "count", None)]),
    ("range-percent", "到2025年，清洁取暖率达到70%—80%。", [("70", "80", "%", None)]),
    ("count-indicator", "到2025年，创建绿色工厂1000家。", [("1000", None, "count", None)]),
    ("per-day", "到2025年，新增污水处理能力20万立方米/日。", [("200000", None, "m3/d", None)]),
    ("intensity", "到2025年，单位地区生产总值能耗降至0.5吨标准煤/万元以下。", [("0.5", None, "tce/10k-yuan", None)]),
    ("base-year", "到2025年，单位地区生产总值二氧化碳排放比2020年下降18%。", [("18", None, "%", 2020)]),
    ("yuan", "到2022年，工业技改投资突破5000亿元。", [("500000000000", None, "yuan", None)]),
    # a PDF font's private-use glyph for the decimal point (kg/text/normalize.py maps it): 92.5%, not 925%
    ("private-use-decimal-point", "到2025年，工业用水重复利用率达到92\U001001b05%。", [("92.5", None, "%", None)]),
]
VALUE_NEG = [
    ("section-number", "（3）加强管理。"),
    ("date", "2022年3月底前完成。"),
    ("phone", "联系电话：0931-8610235。"),
    ("document-number", "落实《国务院关于印发2030年前碳达峰行动方案的通知》（国发〔2021〕23号）。"),
    ("legal-citation", "依照《中华人民共和国大气污染防治法》第三十二条的规定处罚。"),
    ("ordinal-batch", "组织第二批试点申报。"),
    ("damaged-decimal", "到2025年，工业用水重复利用率达到92\U000f00015%。"),  # an unknown glyph inside a figure
]


@pytest.mark.parametrize("case,body,expected", VALUE_POS, ids=[c[0] for c in VALUE_POS])
def test_values(case, body, expected):
    assert layer(doc(body), "target", "value", "value_max", "unit", "base_year") == expected


def test_count_target_indicator_is_the_counted_thing():
    assert layer(doc("到2025年，创建绿色工厂1000家。"), "target", "indicator_label") == [("绿色工厂",)]
    assert layer(doc("到2030年，建设100个零碳试点。"), "target", "indicator_label") == [("零碳试点",)]


@pytest.mark.parametrize("case,body", VALUE_NEG, ids=[c[0] for c in VALUE_NEG])
def test_no_false_values(case, body):
    d = doc(body)
    assert d.annotations["target"] == [] and d.annotations["record"] == [] and d.annotations["condition"] == []


# 5. Indicator labels are noun phrases ----------------------------------------------------------

LABEL_POS = ["森林覆盖率", "单位地区生产总值能耗", "城镇污水集中处理率", "绿色工厂"]
LABEL_NEG = ["近岸海域水质优良（一比例", "/日", "目标值是", "将年综合能耗", "推进节能改造", "二类）比例", "比重年均的",
             ".322单位生产总值二氧化碳排放", "单位国内生产总值能源消耗降低"]


@pytest.mark.parametrize("label", LABEL_POS)
def test_label_is_noun_phrase(label):
    assert label_ok(label)


@pytest.mark.parametrize("label", LABEL_NEG)
def test_label_fragment_rejected(label):
    assert not label_ok(label)


def test_rejected_label_is_not_emitted():
    d = doc("到2025年，推进节能改造达到100个。")
    assert all(label_ok(a.get("indicator_label")) for a in d.annotations["target"])


# 7. Actors of every level, with their jurisdiction ----------------------------------------------

def actors(body: str, title: str):
    d = doc(body, title)
    return {(d.text[a.start:a.end], a.get("jurisdiction")) for a in d.annotations["actor"] if a.start > len(title)}


ACTOR_POS = [
    ("province-body", "省生态环境厅负责监督。", "江苏省2022年推动碳达峰碳中和工作计划", ("省生态环境厅", "jiangsu")),
    ("city-body", "市发展改革委负责统筹。", "天水市关于加快建立健全绿色低碳循环发展经济体系实施方案", ("市发展改革委", "天水")),
    ("prefectures", "各市（州）人民政府要抓好落实。", "甘肃省“十四五”节能减排综合工作方案", ("各市（州）人民政府", "gansu")),
    ("provincial-departments", "省直有关部门要密切配合。", "甘肃省“十四五”节能减排综合工作方案", ("省直有关部门", "gansu")),
    ("finance-all-levels", "各级财政部门要加大支持。", "浙江省关于严格能效约束推动重点领域节能降碳工作的实施方案", ("各级财政部门", "zhejiang")),
    ("county-and-above", "县级以上人民政府应当加强领导。", "沈阳市碳排放权交易管理办法", ("县级以上人民政府", "沈阳")),
    ("named-province", "会同江苏省发展改革委开展核查。", "浙江省关于严格能效约束推动重点领域节能降碳工作的实施方案", ("江苏省发展改革委", "jiangsu")),
    ("bare-in-local", "能源局负责组织实施。", "江苏省2022年推动碳达峰碳中和工作计划", ("能源局", "jiangsu")),
    ("central", "国家发展改革委加强指导。", "江苏省2022年推动碳达峰碳中和工作计划", ("国家发展改革委", "national")),
]
ACTOR_NEG = [
    ("title-inside-book", "贯彻《中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见》。", "江苏省2022年推动碳达峰碳中和工作计划"),
    ("city-word", "推进城市政府治理能力提升。", "江苏省2022年推动碳达峰碳中和工作计划"),
]


@pytest.mark.parametrize("case,body,title,expected", ACTOR_POS, ids=[c[0] for c in ACTOR_POS])
def test_local_actors(case, body, title, expected):
    assert expected in actors(body, title)


@pytest.mark.parametrize("case,body,title", ACTOR_NEG, ids=[c[0] for c in ACTOR_NEG])
def test_no_false_actors(case, body, title):
    assert actors(body, title) == set()


def test_same_body_of_two_provinces_is_two_actors():
    a = doc("省发展改革委负责。", "江苏省2022年推动碳达峰碳中和工作计划").annotations["actor"]
    b = doc("省发展改革委负责。", "甘肃省“十四五”节能减排综合工作方案").annotations["actor"]
    ida = next(x.get("actor") for x in a if x.get("jurisdiction") == "jiangsu")
    idb = next(x.get("actor") for x in b if x.get("jurisdiction") == "gansu")
    assert ida != idb
    assert actor_table()[ida]["label_zh"] == "江苏省发展改革委" and actor_table()[idb]["label_zh"] == "甘肃省发展改革委"


PLACE = [
    ("江苏省2022年推动碳达峰碳中和工作计划", "jiangsu"),
    ("天水市关于加快建立健全绿色低碳循环发展经济体系实施方案", "天水"),
    ("上海市碳达峰实施方案", "shanghai"),
    ("广西壮族自治区能源发展规划", "guangxi"),
]


@pytest.mark.parametrize("title,expected", PLACE)
def test_document_place_from_title(title, expected):
    assert document_place(doc("加强管理。", title)).jurisdiction == expected


def test_national_document_has_no_place():
    assert document_place(doc("加强管理。", "关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见")) is None


@pytest.mark.parametrize("printed,key", [("江苏省", "jiangsu"), ("江苏", "jiangsu"), ("天水市", "天水"), ("国家", "national"),
                                         ("广西壮族自治区", "guangxi")])
def test_place_key(printed, key):
    assert place_key(printed) == key


# 8. Roles from responsibility lists -------------------------------------------------------------

def roles(body: str, title: str):
    d = doc(body, title)
    table = actor_table()
    out = {}
    for ul in links(d).values():
        for actor, (role, _) in ul.roles.items():
            out[table[actor]["label_zh"]] = role
    return out


JS = "江苏省关于“十四五”全社会节能的实施意见"
ROLE_POS = [
    ("lead-then-duty", "推动产业结构绿色转型。（省发展改革委牵头，省工业和信息化厅、省生态环境厅按职责分工负责）", JS,
     {"江苏省发展改革委": "lead", "江苏省工业和信息化厅": "co-lead", "江苏省生态环境厅": "co-lead"}),
    ("two-leads", "加强重点区域污染物减排。（省生态环境厅、省水利厅牵头，省住房城乡建设厅等按职责分工负责）", JS,
     {"江苏省生态环境厅": "lead", "江苏省水利厅": "lead", "江苏省住房城乡建设厅": "co-lead"}),
    ("labels", "加快淘汰落后低效产能。（牵头单位：省工业和信息化厅，配合单位：省发展改革委、省生态环境厅）", JS,
     {"江苏省工业和信息化厅": "lead", "江苏省发展改革委": "participant", "江苏省生态环境厅": "participant"}),
    ("separately-lead", "省发展改革委、省经信厅根据分工分别牵头制定实施方案。", JS,
     {"江苏省发展改革委": "lead", "江苏省工业和信息化厅": "lead"}),
    # a central document that states no convention: no lead (corpus/keys/README.md, convention 8)
    ("central-list-no-lead", "推进绿色制造。（工业和信息化部、国家发展改革委等按职责分工负责）", "关于推动城乡建设绿色发展的意见",
     {"工业和信息化部": "co-lead", "国家发展改革委": "co-lead"}),
]
ROLE_NEG = [
    # a local list with no 牵头 names no lead (the first body is not the lead unless the document says so)
    ("local-duty-list-no-lead", "推进节能改造。（省发展改革委、省工业和信息化厅按职责分工负责）", JS, "lead"),
    ("responsible-units-local", "摸清能效底数。（责任单位：省发展改革委、省工业和信息化厅）", JS, "lead"),
]


@pytest.mark.parametrize("case,body,title,expected", ROLE_POS, ids=[c[0] for c in ROLE_POS])
def test_roles_from_lists(case, body, title, expected):
    assert roles(body, title) == expected


@pytest.mark.parametrize("case,body,title,role", ROLE_NEG, ids=[c[0] for c in ROLE_NEG])
def test_no_lead_from_unmarked_local_lists(case, body, title, role):
    got = roles(body, title)
    assert got and role not in got.values()


def test_stated_convention_makes_first_lead():
    body = "推进节能改造。（省发展改革委、省工业和信息化厅按职责分工负责）\n各项任务排在第一位的为牵头单位。"
    assert roles(body, JS)["江苏省发展改革委"] == "lead"


def test_forward_as_of_is_a_deadline():
    d = doc("到2025年，森林覆盖率达到25%。截至2025年底，新能源装机达到500万千瓦。")
    assert layer(d, "target", "value", "year", "deadline_source") == [("25", 2025, "sentence"), ("5000000", 2025, "sentence")]


# In the graph: deadline source on targets, records and conditions typed, the query's last column ----

def test_graph_and_targets_query():
    from rdflib import RDF, Literal

    from kg.query.sparql import named_queries
    from kg.graph.rdf import document_graph
    from kg.graph.iris import PKG

    d = doc("森林覆盖率达到24.1%。截至2020年底，城镇污水集中处理率达到95%。对年综合能耗1万吨标准煤以上企业开展节能监察。",
            "甘肃省“十四五”节能减排综合工作方案")
    g = document_graph(d)
    assert set(g.objects(None, PKG.deadlineSource)) == {Literal("document")}
    assert len(list(g.subjects(RDF.type, PKG.Record))) == 1 and len(list(g.subjects(RDF.type, PKG.Condition))) == 1
    assert len(list(g.subjects(RDF.type, PKG.Target))) == 1
    rows = list(g.query(named_queries()["targets"].text))
    assert [str(r[-1]) for r in rows] == ["document"] and str(rows[0][8]) == "2025"


COMPARATOR = [
    ("break-through", "到2022年，工业技改投资突破5000亿元。", [(">", None)]),
    ("control-about", "到2025年，煤电装机控制在5500万千瓦左右。", [("~", None)]),
    ("year-on-year", "到2022年，公共机构人均综合能耗同比下降1.2%。", [("=", 2021)]),
]


@pytest.mark.parametrize("case,body,expected", COMPARATOR, ids=[c[0] for c in COMPARATOR])
def test_comparators_and_base_years(case, body, expected):
    assert layer(doc(body), "target", "comparator", "base_year") == expected



LABELS_OF_VALUES = [
    ("created-capacity", "到2025年，全市累计新增污水处理能力42万吨/日以上。", [("新增污水处理能力", "420000", "t/d", ">=")]),
    ("measured-noun", "到2025年，公共建筑能效提升改造面积2000万平方米以上。", [("公共建筑能效提升改造面积", "20000000", "m2", ">=")]),
    ("about", "到2025年，岸线整治修复长度约400公里。", [("岸线整治修复长度", "400", "km", "~")]),
    ("parallel-items", "到2022年，确保整合退出地炼产能740万吨、焦化装置产能115万吨。",
     [("地炼产能", "7400000", "t", "="), ("焦化装置产能", "1150000", "t", "=")]),
]
LABELS_OF_VALUES_NEG = [
    ("list-of-places", "到2025年，新建19个省界、12个市界水质自动监测站。"),
]


@pytest.mark.parametrize("case,body,expected", LABELS_OF_VALUES, ids=[c[0] for c in LABELS_OF_VALUES])
def test_indicator_of_values(case, body, expected):
    assert layer(doc(body), "target", "indicator_label", "value", "unit", "comparator") == expected


@pytest.mark.parametrize("case,body", LABELS_OF_VALUES_NEG, ids=[c[0] for c in LABELS_OF_VALUES_NEG])
def test_no_place_names_as_indicators(case, body):
    assert all(a.get("indicator_label") not in ("省界", "市界") for a in doc(body).annotations["target"])


# 6. Indicator tables flattened by the text layer (one cell per line, rows closed by 约束性/预期性) ----

TABLE = ("\n主要指标\n序\n号\n指标名称\n现状值\n（2020年）\n2025年\n指标\n类别\n"
         "1\n自然岸线保有量（公里）\n18\n18\n约束性\n"
         "2\n滨海湿地整治修复面积（公顷）\n——\n180\n②\n预期性\n"
         "3\n城镇污水集中处理率（%）\n95\n98%以上\n约束性\n"
         "4\n说明文字\n有效保障\n约束性\n")


def test_indicator_table_rows():
    d = doc(TABLE, "天津市“十四五”海洋生态环境保护规划")
    rows = layer(d, "target", "indicator_label", "value", "unit", "comparator", "year", "binding", "base_year")
    assert rows == [("自然岸线保有量", "18", "km", "=", 2025, "binding", 2020),
                    ("滨海湿地整治修复面积", "180", "ha", "=", 2025, "expected", None),
                    ("城镇污水集中处理率", "98", "%", ">=", 2025, "binding", 2020)]


def test_no_table_rows_without_markers():
    d = doc("\n自然岸线保有量（公里）\n18\n18\n", "天津市“十四五”海洋生态环境保护规划")
    assert d.annotations["target"] == []


def test_elliptical_indicator_takes_the_previous_one():
    d = doc("到2025年，全省单位地区生产总值能源消耗比2020年累积下降12.5%，“十四五”期间年均下降2.6%。")
    # 全省 is the scope; the provincial form is an altLabel of the national indicator (ontology/indicators.tsv)
    assert layer(d, "target", "indicator_label", "value") == [("单位国内生产总值能耗", "12.5"), ("单位国内生产总值能耗年均降幅", "2.6")]
    assert layer(d, "target", "scope", "indicator_text")[0] == ("全省", "单位地区生产总值能源消耗")


def test_no_elliptical_indicator_across_sentences():
    d = doc("到2025年，森林覆盖率达到25%。到2025年，年均下降2.6%。")
    assert layer(d, "target", "indicator_label", "value") == [("森林覆盖率", "25")]


# scripts/score.py: matching by quotes, never by provision numbers ---------------------------------

def test_score_matches_quotes_not_numbers(tmp_path):
    import sys

    from tests.conftest import ROOT

    sys.path.insert(0, str(ROOT / "scripts"))
    import score

    pool, keys = tmp_path / "pool", tmp_path / "keys"
    pool.mkdir()
    keys.mkdir()
    text = ("江苏省关于“十四五”全社会节能的实施意见\n一、主要目标\n到2025年，单位地区生产总值能耗比2020年下降14%左右。\n"
            "二、重点任务\n（一）推动产业结构绿色转型。加快淘汰落后产能。（省发展改革委牵头，省工业和信息化厅按职责分工负责）\n")
    (pool / "1.txt").write_text(text, encoding="utf-8")
    (keys / "split.tsv").write_text("number\thalf\tgenre\n1\tdev\tlocal_plan\n", encoding="utf-8")
    (keys / "1.targets.tsv").write_text(
        "quote\tindicator\tvalue\tvalue_max\tunit\tcomparator\tchange\tbase_year\tyear\tbinding\taspirational\n"
        "下降 14%\t能耗\t14\t\t%\t~\tdecrease\t2020\t2025\t\t\n"
        "下降99%\t不存在\t99\t\t%\t=\t\t\t2025\t\t\n", encoding="utf-8")
    (keys / "1.actors.tsv").write_text("actor\tjurisdiction\tkind\n省发展改革委\t江苏省\tbody\n省工业和信息化厅\t江苏省\tbody\n"
                                       "省发展改革委\t甘肃省\tbody\n", encoding="utf-8")
    (keys / "1.roles.tsv").write_text("quote\tactor\trole\n推动产业结构绿色转型\t省发展改革委\tlead\n", encoding="utf-8")
    r = score.score("dev", keys, pool)
    t, a, ro = r["pooled"]["targets"], r["pooled"]["actors"], r["pooled"]["roles"]
    assert (t["key"], t["matched"], t["predicted"]) == (2, 1, 1) and t["comparator_accuracy"] == 1.0 and t["year_accuracy"] == 1.0
    assert (a["key"], a["matched"]) == (3, 2)  # Gansu's commission is not Jiangsu's
    assert (ro["key"], ro["matched"], ro["predicted"]) == (1, 1, 1)
    assert score.score("test", keys, pool)["documents"] == []


COUNT_LISTS = [
    ("each-noun-follows", "到2025年，创建80家国家级节约型公共机构示范单位、10家能效领跑者、5家水效领跑者。",
     [("国家级节约型公共机构示范单位", "80"), ("能效领跑者", "10"), ("水效领跑者", "5")]),
    ("and", "到2025年，累计创建350个省级公共机构节能示范单位和80个省级能效领跑者。",
     [("省级公共机构节能示范单位", "350"), ("省级能效领跑者", "80")]),
    ("range-then-verb", "到2025年，选择1-2家商贸企业开展绿色供应链试点。", [("开展绿色供应链试点商贸企业", "1")]),  # the act first since lane LB8 (353 key 绿色供应链试点商贸企业)
]


@pytest.mark.parametrize("case,body,expected", COUNT_LISTS, ids=[c[0] for c in COUNT_LISTS])
def test_count_lists(case, body, expected):
    assert layer(doc(body), "target", "indicator_label", "value") == expected


def test_count_list_of_percentages_is_not_counts():
    d = doc("到2025年，秸秆综合利用率达到90%、畜禽粪污综合利用率达到85%。")
    assert layer(d, "target", "unit") == [("%",), ("%",)]


def test_compressed_department_list():
    got = actors("统计、金融、财政、发展改革等相关部门按照各自职责配合。", "沈阳市碳排放权交易管理办法")
    assert got == {("统计", "沈阳"), ("金融", "沈阳"), ("财政", "沈阳"), ("发展改革", "沈阳")}
    labels = {actor_table()[a.get("actor")]["label_zh"]
              for a in doc("统计、金融等部门配合。", "沈阳市碳排放权交易管理办法").annotations["actor"]}
    assert labels == {"辽宁省沈阳市统计部门", "辽宁省沈阳市金融部门"}  # 沈阳 is in 辽宁 (ontology/cities.tsv)


def test_no_compressed_list_of_plain_words():
    assert actors("加强统计、监测等工作。", "沈阳市碳排放权交易管理办法") == set()


# Second round (issue 14): rules of the genre surveyed over the pool, not fitted to keyed documents ---

ROUND2_DEADLINE_POS = [
    # （责任部门：X，完成期限：2021年四季度）: the task's own deadline, printed in its list (pool 73, 55)
    ("due-in-list", "推进可再生能源项目建设，新增非化石能源装机300万千瓦。做好服务保障（责任部门：综合处，完成期限：2021年四季度）。",
     "黑龙江省生态环境厅2021-2023年度推动碳达峰碳中和工作滚动实施方案", "（一）测试措施。", [(2021, "paragraph")]),
    # a year opening the sentence covers its clauses: 2025年底…，…比例超过30% (pool 134)
    ("year-opens-sentence", "2025年底能效低于基准水平的产能全面退出，能效达到标杆水平的产能比例超过30%。",
     "关于测试的实施方案", "（一）测试措施。", [(2025, "sentence")]),
    # no year in the title: the one horizon the text states (到2025年 …, 到2025年 …) (pool 353, 134)
    ("text-horizon", "到2025年，体系初步形成。\n（二）测试任务。到2025年，制度基本完善。\n（三）测试任务。打造1-2个大数据产业融合示范园区。",
     "关于加快建立健全绿色低碳循环发展经济体系实施方案", "（一）测试措施。", [(2025, "document")]),
]
ROUND2_DEADLINE_POS.append(
    # several horizons, none dominant: the first deadline of the goals part is the tasks' horizon (pool 60, 311)
    ("goals-part-horizon", "到2025年，体系初步形成。到2030年，全面建成。到2030年，根本好转。\n二、重点任务\n（二）测试任务。打造1-2个大数据产业融合示范园区。",
     "关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的实施意见", "（一）主要目标。", [(2025, "document")]))
ROUND2_DEADLINE_NEG = [
    # two horizons of comparable weight (到2027年, 到2035年): a standing red line takes neither
    ("two-horizons", "到2027年，体系初步形成。到2035年，全面建成。到2027年，制度完善。到2035年，根本好转。\n（二）测试任务。生态保护红线面积不低于315万平方公里。",
     "关于全面推进美丽中国建设的意见", "（一）测试措施。"),
]


@pytest.mark.parametrize("case,body,title,heading,expected", ROUND2_DEADLINE_POS, ids=[c[0] for c in ROUND2_DEADLINE_POS])
def test_round2_deadlines(case, body, title, heading, expected):
    got = layer(doc(body, title, heading), "target", "year", "deadline_source")
    assert got[-len(expected):] == expected and all(y == expected[0][0] for y, _ in got)


@pytest.mark.parametrize("case,body,title,heading", ROUND2_DEADLINE_NEG, ids=[c[0] for c in ROUND2_DEADLINE_NEG])
def test_round2_no_horizon(case, body, title, heading):
    got = layer(doc(body, title, heading), "target", "value", "year")
    assert ("3150000", None) in got


WUHAN = "武汉市二氧化碳排放达峰评估工作方案"
ROUND2_ACTOR_POS = [
    # a level word as its own token + a stem ending in a body suffix (pool 451, 357, 546, 352)
    ("city-bureau-unlisted", "市房管局负责组织实施。", WUHAN, ("市房管局", "武汉")),
    ("city-enforcement-committee", "市城管执法委要加强监管。", WUHAN, ("市城管执法委", "武汉")),
    ("province-fire-corps", "省消防救援总队负责指导。", "四川省关于加强县城绿色低碳建设的实施意见", ("省消防救援总队", "sichuan")),
    # every item of a responsibility list is a body, whatever its name (pool 73, 55, 186, 357)
    ("listed-division", "开展考核（责任部门：综合处、气候处，完成期限：2022年四季度）。", "黑龙江省生态环境厅工作要点", ("气候处", "heilongjiang")),
    ("listed-zone-committee", "推进园区改造。（责任单位：市工业和信息化局、辽源高新区管委会）", "辽源市人民政府关于印发实施方案的通知", ("辽源高新区管委会", "辽源")),
    ("listed-company", "推进电能替代。［责任单位：市商务局、国网成都供电公司］", "成都市优化能源结构促进城市绿色低碳发展行动方案", ("国网成都供电公司", None)),
]
ROUND2_ACTOR_NEG = [
    # the level word inside another word: 市场, 城区, 市民 (no token of its own)
    ("market-word", "完善市场监管体系建设。", WUHAN),
    ("urban-district", "加快城区污水处理中心建设。", WUHAN),
    ("citizen-service", "建设市民服务中心。", WUHAN),
    # a list's fields are no bodies: 完成期限, 下同
    ("list-fields", "开展考核（完成期限：2022年四季度）。", "黑龙江省生态环境厅工作要点"),
]


@pytest.mark.parametrize("case,body,title,expected", ROUND2_ACTOR_POS, ids=[c[0] for c in ROUND2_ACTOR_POS])
def test_round2_actors(case, body, title, expected):
    assert expected in actors(body, title)


@pytest.mark.parametrize("case,body,title", ROUND2_ACTOR_NEG, ids=[c[0] for c in ROUND2_ACTOR_NEG])
def test_round2_no_false_actors(case, body, title):
    assert actors(body, title) == set()


def test_generic_body_reads_back_with_its_jurisdiction():
    d = doc("市房管局负责组织实施。", WUHAN)
    (a,) = [a for a in d.annotations["actor"] if d.text[a.start:a.end] == "市房管局"]
    row = actor_table()[a.get("actor")]
    assert row["label_zh"] == "湖北省武汉市房管局" and row["type"] == "local" and "市房管局" in row["aliases"]


def role_rules(body: str, title: str):
    d = doc(body, title)
    return {d.text[a.start:a.end]: (a.get("role"), a.rule) for a in d.annotations["role"]}


ROUND2_ROLE_POS = [
    # ［责任单位：A、B，C；逗号前为牵头单位，下同］: the bodies before the comma lead (pool 186)
    ("before-comma-convention", "推进电能替代。［责任单位：市经信局、市生态环境局，各区（市）县政府；逗号前为牵头单位，下同］",
     "成都市优化能源结构促进城市绿色低碳发展行动方案", {"市经信局": "lead", "市生态环境局": "lead", "各区（市）县政府": "co-lead"}),
    # ［…］ and 〔…〕 hold lists as （…） does (pool 451, 185)
    ("square-bracket-list", "推进节能改造。〔牵头单位：市生态环境局；配合单位：市发展改革委〕", "德州市“十四五”生态环境保护规划",
     {"市生态环境局": "lead", "市发展改革委": "participant"}),
    # an unlisted body in a list gets its role too (pool 73)
    ("unlisted-body-in-list", "开展温室气体监测（责任部门：监测处、省监测中心牵头，财审处配合）。", "黑龙江省生态环境厅工作要点",
     {"监测处": "lead", "省监测中心": "lead", "财审处": "participant"}),
]
ROUND2_ROLE_POS += [
    # （责任单位：A，配合单位：B、C）: the responsible body is paired with helpers, so it leads (pool 485)
    ("responsible-paired-with-helpers", "推进园区循环化改造。（责任单位：省发展改革委，配合单位：省经济和信息化厅等）",
     "安徽省“十四五”节能减排实施方案", {"省发展改革委": "lead", "省经济和信息化厅": "participant"}),
    # （牵头单位：A；责任单位：B、C）: after the lead's label the responsible bodies co-lead (pool 546)
    ("responsible-after-lead", "核算排放数据。（牵头单位：市发改委、市统计局；责任单位：市经信局、市生态环境局）",
     "武汉市二氧化碳排放达峰评估工作方案", {"市发改委": "lead", "市统计局": "lead", "市经信局": "co-lead", "市生态环境局": "co-lead"}),
]
ROUND2_ROLE_SUBJECT = [
    # X会同Y… in prose and an article's 负责 are duties stated by a subject, not responsibility lists
    ("prose-with", "省生态环境厅会同相关部门对规划实施情况进行调度。", "江西省“十四五”土壤、地下水和农村生态环境保护规划", "省生态环境厅"),
    ("article-duty", "第五条 市生态环境主管部门负责碳排放权交易的监督管理。\n第六条 市统计部门负责统计。", "深圳市碳排放权交易管理办法", "市生态环境主管部门"),
]


@pytest.mark.parametrize("case,body,title,expected", ROUND2_ROLE_POS, ids=[c[0] for c in ROUND2_ROLE_POS])
def test_round2_roles(case, body, title, expected):
    got = role_rules(body, title)
    assert {k: got[k][0] for k in expected if k in got} == expected


@pytest.mark.parametrize("case,body,title,actor", ROUND2_ROLE_SUBJECT, ids=[c[0] for c in ROUND2_ROLE_SUBJECT])
def test_round2_prose_duties_are_subjects(case, body, title, actor):
    assert role_rules(body, title)[actor] == ("lead", "role-subject")


ROUND2_VALUE_POS = [
    # 提升X至72%: 至 after the object (pool 186, 185)
    ("object-then-to", "到2025年，提升新建民用建筑节能设计标准至72%。", [("72", "%", "新建民用建筑节能设计标准")]),
    # A、B、C等X: examples of one indicator (pool 185, 186)
    ("examples-then-indicator", "到2025年，建材、冶金、化工等高耗能产业产值占工业产值比重下降1.6%。",
     [("1.6", "%", "高耗能产业产值占工业产值比例")]),
    # 形成 creates a capacity; 发电量 is a measured noun (pool 186, 185)
    ("form-capacity", "到2025年，力争形成20亿立方米年天然气产能。", [("2000000000", "m3", "年天然气产能")]),
    ("generation-measured", "到2025年，年新增可再生能源发电量8.5亿千瓦时。", [("850000000", "kWh", "新增可再生能源发电量")]),
    # 新建改造X400公里: two verbs, the object is the indicator (pool 185)
    ("two-verbs-object", "到2025年，新建改造城镇燃气管道400公里。", [("400", "km", "新建改造城镇燃气管道")]),
]
ROUND2_VALUE_NEG = [
    # an incentive's amount is no aim (pool 185, 343)
    ("incentive-ceiling", "对完成改造的项目，按改造成本给予最高200万元补助。"),
    ("incentive-per-level", "按系统建设级别分别给予10万元、15万元奖励。"),
]


@pytest.mark.parametrize("case,body,expected", ROUND2_VALUE_POS, ids=[c[0] for c in ROUND2_VALUE_POS])
def test_round2_values(case, body, expected):
    assert layer(doc(body), "target", "value", "unit", "indicator_label") == expected


@pytest.mark.parametrize("case,body", ROUND2_VALUE_NEG, ids=[c[0] for c in ROUND2_VALUE_NEG])
def test_round2_no_incentive_targets(case, body):
    assert doc(body).annotations["target"] == []


ROUND2_GROUP_POS = [
    # non-state groups asked to act, named by a modifier and a head (pool 486, 28, 580)
    ("producer", "鼓励电机生产企业开展性能优化。", "电机生产企业"),
    ("listed-kind", "支持物流企业、寄递企业使用新能源车辆。", "寄递企业"),
    ("certifier", "发挥专业绿色认证机构作用。", "专业绿色认证机构"),
]
ROUND2_GROUP_NEG = [
    # 单位 beginning another noun, a verb alone before the head, a one-character word
    ("unit-of-measure", "持续降低单位国内生产总值能耗。"),
    ("verb-governs", "着力提高企业创新能力。"),
]


@pytest.mark.parametrize("case,body,expected", ROUND2_GROUP_POS, ids=[c[0] for c in ROUND2_GROUP_POS])
def test_round2_groups(case, body, expected):
    assert expected in {n for n, _ in actors(body, "关于测试的实施方案")}


@pytest.mark.parametrize("case,body", ROUND2_GROUP_NEG, ids=[c[0] for c in ROUND2_GROUP_NEG])
def test_round2_no_false_groups(case, body):
    d = doc(body)
    assert [d.text[a.start:a.end] for a in d.annotations["actor"] if a.rule == "actor-group"] == []


def test_compressed_list_takes_unknown_items_beside_known_ones():
    # 工业和信息化、发展改革、财政、生态环境、国资、市场监管等部门 (pool 486): 国资 → 国资部门
    names = {n for n, _ in actors("工业和信息化、发展改革、财政、国资、市场监管等部门要加强协同。", "工业能效提升行动计划")}
    assert {"国资", "财政", "市场监管"} <= names


def test_no_compressed_list_of_unknown_words_alone():
    # two known domains at least: 蓝天、碧水等部门 is no list of departments
    assert not any(n.startswith(("蓝天", "碧水")) for n, _ in actors("蓝天、碧水、净土等部门协同推进。", "工业能效提升行动计划"))


# 6. Indicator tables read from a PDF's structure (Source.tables, pdfplumber rows; pool 430) ------

def _pdf_doc(rows):
    from kg.model import Table

    text = "关于测试的规划\n一、主要指标\n（一）指标。受污染耕地安全利用率、农村生活污水治理率、化肥使用量实现负增长见表。\n"
    src = Source("t.pdf", "0" * 64, "utf-8", "pdf", text, (Table(3, (0.0, 0.0, 1.0, 1.0), tuple(rows)),))
    return annotate(parse(src, clean(text)))


def test_pdf_table_rows_are_targets_with_base_and_binding():
    d = _pdf_doc([("类型", "指标名称", "2020 年", "2025年", "指标属性"),
                  ("土壤生态环境", "受污染耕地安全利用率", "98%", "≥98%", "约束性"),
                  ("", "农村生活污水治理率（%）", "25", "32", "预期性")])
    got = [(a.get("indicator_label"), a.get("value"), a.get("unit"), a.get("comparator"), a.get("year"), a.get("base_year"), a.get("binding"))
           for a in d.annotations["target"] if a.rule == "target-table-pdf"]
    assert got == [("受污染耕地安全利用率", "98", "%", ">=", 2025, 2020, "binding"),
                   ("农村生活污水治理率", "32", "%", "=", 2025, 2020, "expected")]


def test_pdf_table_of_past_figures_and_wordy_cells_give_nothing():
    d = _pdf_doc([("类型", "序号", "指标名称", "目标值", "完成值", "完成情况"),
                  ("土壤生态环境", "1", "受污染耕地安全利用率", "98%", "100%", "完成")])
    assert [a for a in d.annotations["target"] if a.rule == "target-table-pdf"] == []
    d = _pdf_doc([("指标名称", "2020年", "2025年", "属性"), ("化肥使用量实现负增长", "—", "降低", "预期性")])
    assert [a for a in d.annotations["target"] if a.rule == "target-table-pdf"] == []


def test_compressed_list_after_with_gives_a_department_per_field():
    # 会同科技、…、体育、文物等有关部门 (pool 352, 170): the partners of 会同 are the fields' departments at the
    # document's level, one actor each (corpus/keys/README.md conventions 36 and 40; kg/annotate/field_lists.py)
    d = doc("省住房城乡建设厅会同科技、民政、体育、文物等有关部门推进落实。", "四川省关于加强县城绿色低碳建设的实施意见")
    fields = {d.text[a.start:a.end]: a for a in d.annotations["actor"] if d.text[a.start:a.end] in {"科技", "民政", "体育", "文物"}}
    assert set(fields) == {"科技", "民政", "体育", "文物"}
    assert len({a.get("actor") for a in fields.values()}) == 4
    assert {a.get("jurisdiction") for a in fields.values()} == {"sichuan"}
    assert not any(d.text[a.start:a.end] == "有关部门" for a in d.annotations["actor"])  # 等有关部门: no row of its own


def test_generic_department_answers_to_its_level_name():
    # 市工业和信息化、财政、住房建设…等部门 (pool 312): 住房建设 is 市住房建设部门 of 深圳
    d = doc("市工业和信息化、财政、住房建设等部门应当按照职责做好相关工作。", "深圳市碳排放权交易管理办法")
    (a,) = [a for a in d.annotations["actor"] if d.text[a.start:a.end] == "住房建设"]
    row = actor_table()[a.get("actor")]
    assert row["label_zh"] == "广东省深圳市住房建设部门" and "市住房建设部门" in row["aliases"].split("|")

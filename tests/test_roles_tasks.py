"""The part of a provision a responsibility list or a table cell answers for (issue 14, class 8): a later list of one
item (kg/annotate/role_tasks.py) and a body cell of an indicator table (kg/annotate/table_roles.py ``cell_rows``) carry
it as ``task`` / ``task_end``, and the link stage gives a row's target its own bodies (``UnitLinks.target_roles``).
Tables of positives, negatives and known gaps.

Texts are shortened from development-half documents of ../shared/dual-carbon/, never from a held-out half: 73 (dev2:
several (责任部门：X，完成期限：…) closing the sentences of one item), 546 (dev2: 由A牵头… repeated by the list that
closes it), 490 (dev6: 牵头单位：… and 责任单位：… on adjacent lines), 438 (dev7: a block of 牵头 cells after the
page's rows, a note glued to an attribute cell), and the unkeyed 177 (a 牵头部门 cell after each row's values).
"""
from __future__ import annotations

import re

import pytest

from kg.annotate import annotate
from kg.link import linked
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

HLJ = "黑龙江省生态环境厅2021-2023年度推动碳达峰、碳中和工作滚动实施方案\n"
WH = "武汉市二氧化碳排放达峰评估工作方案\n"
SY = "三亚市“十四五”海洋生态环境保护规划\n"
HN = "海南省“十四五”海洋生态环境保护规划\n"


def _doc(text: str):
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def _tasks(d) -> set[tuple[str, str, str]]:
    """(body, role, first characters of its task) of every role carrying a task."""
    return {(d.text[a.start:a.end].replace("\n", ""), a.get("role"), re.sub(r"\s+", "", d.text[a.get("task"):a.get("task_end")])[:8])
            for a in d.annotations["role"] if a.get("task") is not None}


LISTS_POSITIVE = [
    # 73: the item's second list closes sentences of its own → its roles answer for them
    ("73-second-list-of-an-item",
     HLJ + "一、主要任务\n（三）推动减污降碳协同增效。严格控制煤炭消费，削减替代燃煤140万吨(责任部门：大气环境处，完成期限：2021年四季度)。"
     "积极推进燃煤锅炉和小热电关停整合，提高清洁取暖率(责任部门：大气环境处，完成期限：持续推进)。\n",
     {("大气环境处", "lead", "积极推进燃煤锅炉")}),
    # three lists in one item: the second and the third each answer for their own sentences
    ("73-three-lists",
     HLJ + "一、主要任务\n（五）推动碳排放权交易。督促企业按时完成配额清缴履约工作(责任部门：气候处，完成期限：2021年四季度)。"
     "推进碳普惠及碳汇交易平台建设，探索建立碳普惠机制(责任部门：气候处，完成期限：2023年)。"
     "开展温室气体与大气污染物协同治理研究工作(责任部门：环科院，完成期限：2021年四季度)。\n",
     {("气候处", "lead", "推进碳普惠及碳汇"), ("环科院", "lead", "开展温室气体与大")}),
]

# 490: the wraps step glued the next item's opening to a label line (…人民政府3.建立…): the item's own label lines, the
# 牵头 line and the 责任 line after it, answer for it
LISTS_POSITIVE.append(
    ("490-label-lines-after-a-glued-item",
     "三明市林业碳汇工作方案\n三、主要任务\n（三）建设区域碳汇交易体系\n2.积极开展林业碳汇交易。争取到2025年，全市交易林业碳汇碳减排量累计达到150万吨以上，助力林农增收。\n"
     "牵头单位：市生态环境局、林业局责任单位：市发改委、自然资源局，各县（市、区）人民政府3.建立林业碳汇收储机制。引导培育林业碳汇中介机构，"
     "为林业碳汇项目开发企业快速交易提供便利。\n牵头单位：市生态环境局、林业局\n责任单位：各县（市、区）人民政府\n",
     {("市生态环境局", "lead", "建立林业碳汇收储"), ("林业局", "lead", "建立林业碳汇收储"), ("各县（市、区）人民政府", "co-lead", "建立林业碳汇收储")}))

LISTS_NEGATIVE = [
    # one list per item: it answers for the item, no task
    ("73-one-list-per-item",
     HLJ + "一、主要任务\n（一）制定实施方案。编制重点领域碳达峰实施方案(责任部门：气候处，完成期限：根据省委、省政府工作安排)。\n"
     "（二）开展排查。对有关要求落实情况进行排查(责任部门：环评处，完成期限：持续推进)。\n"),
    # 546: a prose 由A牵头… repeated by the list closing the item is one task
    ("546-prose-lead-then-list",
     WH + "二、工作任务\n（二）核算排放数据。由市发改委、市统计局牵头负责2005年、2010—2020年能源活动二氧化碳排放核算，"
     "做好基础数据报送等工作。（牵头单位：市发改委、市统计局；责任单位：市经信局、市生态环境局）\n"),
    # 490: two label lines with no sentence between them are one list
    ("490-adjacent-label-lines",
     "三明市林业碳汇工作方案\n三、主要任务\n（一）建立林业碳汇收储机制。引导培育林业碳汇中介机构，开展碳汇收储。\n"
     "牵头单位：市林业局、市生态环境局\n责任单位：各县（市、区）人民政府\n"),
    # a list after a short clause (no sentence of its own between the lists) keeps the item's task
    ("short-clause-between-lists",
     HLJ + "一、主要任务\n（四）加强监测。开展监测(责任部门：气候处，完成期限：2022年)，并报送(责任部门：气候处，完成期限：2022年)。\n"),
]


@pytest.mark.parametrize("case,text,want", LISTS_POSITIVE, ids=[c[0] for c in LISTS_POSITIVE])
def test_later_list_answers_for_its_own_sentences(case, text, want):
    assert _tasks(_doc(text)) == want


@pytest.mark.parametrize("case,text", LISTS_NEGATIVE, ids=[c[0] for c in LISTS_NEGATIVE])
def test_list_answers_for_the_whole_item(case, text):
    assert _tasks(_doc(text)) == set()


def _table_doc(title: str, table: str):
    return _doc(f"{title}一、主要目标\n（一）目标。到2025年，海洋生态环境持续改善。\n{table}二、重点任务\n（一）加强监管。\n")


ROWS_POSITIVE = [
    # 177: the cell after its row's values answers for that row
    ("177-cell-after-each-row", HN,
     "表1 海南省“十四五”海洋生态环境保护规划主要指标\n指标\n类别\n2020年\n现状值\n2025年\n目标值\n牵头部门\n"
     "近岸海域优良（一、二类）水质面积比例（%）\n约束性\n99.88\n≥99\n生态环境厅\n"
     "海南岛自然岸线保有率（%）\n约束性\n62.72\n＞60\n自然资源和规划厅\n",
     {("自然资源和规划厅", "lead", "海南岛自然岸线保")}),
    # 438: a block of K cells after K rows, in order (the first row from the table's start: its header cells print among
    # the first row's); a note glued to an attribute cell (约束性滩涂池塘）) still ends its row
    ("438-block-after-rows", SY,
     "表3-1 三亚市“十四五”海洋生态环境保护规划指标\n指标\n2020年现状\n2025年规划\n牵头\n"
     "1\n自然岸线保有率%\n64.89\n≥63\n约束性\n2\n滨海湿地恢复修复面积\n公顷\n/\n（修复已清退\n约束性滩涂池塘）\n"
     "3\n岸线修复长度\n千米\n7.4\n22.95\n约束性\n市生态环\n境局\n崖州区\n政府\n市资规局\n"
     "类别\n风险防控\n2020年现状\n2025年规划\n指标\n牵头\n目标\n4\n入海排污口整治率%\n69.7\n100\n约束性\n市林业局\n",
     {("市生态环境局", "lead", "表3-1三亚市“"), ("崖州区政府", "lead", "2滨海湿地恢复修"), ("市资规局", "lead", "3岸线修复长度千")}),
]

ROWS_NEGATIVE = [
    # a block of two cells after three rows: the layout does not say which row each answers for
    ("438-counts-disagree", SY,
     "表3-1 三亚市“十四五”海洋生态环境保护规划指标\n指标\n2020年现状\n2025年规划\n牵头\n"
     "1\n自然岸线保有率%\n64.89\n≥63\n约束性\n2\n岸线修复长度\n千米\n7.4\n22.95\n约束性\n"
     "3\n入海排污口整治率%\n69.7\n100\n约束性\n市资规局\n市林业局\n"),
]

ROWS_KNOWN_GAPS = [
    # 438 page 23: the text layer interleaves wrapped names with attribute cells (市生态环 / 指导性 / 境局): no cell, no row
    ("438-interleaved-cells", SY,
     "类别\n风险防控\n2025年规划\n指标\n牵头\n8\n海草（藻）床生境增加面积\n9\n市生态环\n指导性\n境局\n市生态环\n指导性\n境局\n",
     {("市生态环境局", "lead", "8海草（藻）床生")}),
]


@pytest.mark.parametrize("case,title,table,want", ROWS_POSITIVE, ids=[c[0] for c in ROWS_POSITIVE])
def test_table_cell_answers_for_its_row(case, title, table, want):
    assert want <= _tasks(_table_doc(title, table))


@pytest.mark.parametrize("case,title,table", ROWS_NEGATIVE, ids=[c[0] for c in ROWS_NEGATIVE])
def test_table_cell_without_a_certain_row(case, title, table):
    assert _tasks(_table_doc(title, table)) == set()


@pytest.mark.xfail(strict=True, reason="known gap: cells the text layer interleaves with other cells")
@pytest.mark.parametrize("case,title,table,want", ROWS_KNOWN_GAPS, ids=[c[0] for c in ROWS_KNOWN_GAPS])
def test_table_cell_rows_known_gaps(case, title, table, want):
    assert want <= _tasks(_table_doc(title, table))


def test_row_target_takes_the_row_body():
    """The link stage gives a row's target the body of that row's cell, and no other row's."""
    d = _table_doc(HN, "表1 海南省“十四五”海洋生态环境保护规划主要指标\n指标\n类别\n2020年\n现状值\n2025年\n目标值\n牵头部门\n"
                       "近岸海域优良（一、二类）水质面积比例（%）\n约束性\n99.88\n≥99\n生态环境厅\n"
                       "海南岛自然岸线保有率（%）\n约束性\n62.72\n＞60\n自然资源和规划厅\n")
    got = {}
    for ul in linked(d).units.values():
        for k, roles in ul.target_roles.items():
            got[str(ul.targets[k].get("value"))] = sorted(roles.items())
    # each row's target its own row's body (the actor ids of ontology/actors.tsv), no other row's
    assert {v: [a.split(".")[-1] for a, _ in r] for v, r in got.items()} == {"99": ["eco_env"], "60": ["natres"]}
    assert all(role == "lead" for r in got.values() for _, role in r)


def test_row_target_body_in_the_graph():
    """The graph states the row's body on the row's target (pkg:leadBody), and on no target of another row."""
    from rdflib import RDF

    from kg.graph.iris import PKG
    from kg.graph.rdf import document_graph

    d = _table_doc(HN, "表1 海南省“十四五”海洋生态环境保护规划主要指标\n指标\n类别\n2020年\n现状值\n2025年\n目标值\n牵头部门\n"
                       "近岸海域优良（一、二类）水质面积比例（%）\n约束性\n99.88\n≥99\n生态环境厅\n"
                       "海南岛自然岸线保有率（%）\n约束性\n62.72\n＞60\n自然资源和规划厅\n")
    g = document_graph(d)
    led = {str(g.value(t, PKG.value)): t for t in g.subjects(RDF.type, PKG.Target) if (t, PKG.leadBody, None) in g}
    assert set(led) == {"99", "60"}
    assert all(len(list(g.objects(t, PKG.leadBody))) == 1 for t in led.values())  # one row, one body
    # the first row's body is its own, not the second row's
    assert set(g.objects(led["99"], PKG.leadBody)) != set(g.objects(led["60"], PKG.leadBody))

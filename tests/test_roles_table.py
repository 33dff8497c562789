"""Roles stated by a table's column of bodies (issue 14; corpus/keys/README.md, convention 8: a table cell
with one unit → lead), read by kg/annotate/table_roles.py, as tables of positives, negatives and known gaps.

Tables are from development-half and unkeyed pool documents of ../shared/dual-carbon/ (shortened), never from a
held-out half: 177 (unkeyed: 牵头部门 cells after each row's values), 438 (dev7: the 牵头 column printed as a
block after the page's rows, names wrapped over two lines).
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

HN = "海南省“十四五”海洋生态环境保护规划"
SY = "三亚市“十四五”海洋生态环境保护规划"


def _doc(title: str, table: str):
    text = f"{title}\n一、主要目标\n（一）目标。到2025年，海洋生态环境持续改善。\n{table}二、重点任务\n（一）加强监管。\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def _roles(d, rule="role-table-column"):
    return {(d.text[a.start:a.end].replace("\n", ""), a.get("role")) for a in d.annotations["role"] if a.rule == rule}


POSITIVE = [
    ("177-lead-column-row-by-row", HN,
     "表1 海南省“十四五”海洋生态环境保护规划主要指标\n指标\n类别\n2020年\n现状值\n2025年\n目标值\n牵头部门\n"
     "近岸海域优良（一、二类）水质面积比例（%）\n约束性\n99.88\n≥99\n生态环境厅\n"
     "海南岛自然岸线保有率（%）\n约束性\n62.72\n＞60\n自然资源和规划厅\n",
     {("生态环境厅", "lead"), ("自然资源和规划厅", "lead")}),
    ("438-lead-column-block-wrapped-names", SY,
     "表3-1 三亚市“十四五”海洋生态环境保护规划指标\n类别\n序号\n1\n指标\n近岸海域优良（一、二类）水质\n面积比例\n"
     "2020年现状\n2025年规划\n指标\n牵头\n目标\n单位%\n99.39\n＞99.39\n约束性\n2\n自然岸线保有率%\n64.89\n≥63\n约束性\n"
     "3\n岸线修复长度\n千米\n7.4\n22.95\n约束性\n市生态环\n境局\n市资规局\n崖州区\n政府\n"
     "类别\n风险防控\n2020年现状\n2025年规划\n指标\n牵头\n目标\n4\n入海排污口整治率%\n69.7\n100\n约束性\n市林业局\n",
     {("市生态环境局", "lead"), ("市资规局", "lead"), ("崖州区政府", "lead"), ("市林业局", "lead")}),
    ("438-responsible-column-one-body-leads-two-share", SY,
     "表3-2 三亚市海洋生态环境保护重点指标\n指标\n2025年\n目标值\n责任单位\n"
     "自然岸线保有率%\n64.89\n≥63\n市资规局\n红树林湿地修复面积（公顷）\n728.43\n878.43\n市林业局、市资规局\n"
     "入海排污口整治率%\n69.7\n100\n市生态环境局\n",
     {("市资规局", "lead"), ("市林业局", "co-lead"), ("市资规局", "co-lead"), ("市生态环境局", "lead")}),
    # the block of body cells closing the table, after its last values
    ("438-body-block-after-last-values", SY,
     "表3-1 三亚市“十四五”海洋生态环境保护规划指标\n指标\n2020年现状\n2025年规划\n牵头\n"
     "1\n自然岸线保有率%\n64.89\n≥63\n约束性\n2\n岸线修复长度\n千米\n7.4\n22.95\n约束性\n市资规局\n市林业局\n",
     {("市资规局", "lead"), ("市林业局", "lead")}),
]


@pytest.mark.parametrize("case,title,table,want", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_table_column_roles(case, title, table, want):
    assert _roles(_doc(title, table)) == want


NEGATIVE = [
    # no column of bodies: a body in a row's text is no cell of one
    ("177-no-body-column", HN,
     "表1 海南省“十四五”海洋生态环境保护规划主要指标\n指标\n类别\n2020年\n现状值\n2025年\n目标值\n"
     "近岸海域优良（一、二类）水质面积比例（%）\n约束性\n99.88\n≥99\n生态环境厅\n"),
    # a 牵头 and a 配合 column flattened: cells cannot be told apart by column
    ("lead-and-co-columns", SY,
     "表3-1 三亚市“十四五”海洋生态环境保护规划指标\n指标\n2025年\n目标值\n牵头单位\n配合单位\n"
     "自然岸线保有率%\n≥63\n市资规局\n市生态环境局\n"),
    # an attribute cell before a wrapped tail: 指导性 / 境局 glued is no body
    ("438-attribute-before-tail", SY,
     "表3-1 三亚市“十四五”海洋生态环境保护规划指标\n指标\n2025年\n目标值\n牵头\n"
     "海洋环境应急处置能力\n吨\n1000\n指导性\n境局\n"),
    # a body inside the row's text (林业局海草床…: the wraps glued two cells) is no cell of bodies only
    ("177-body-glued-to-next-row", HN,
     "表1 海南省“十四五”海洋生态环境保护规划主要指标\n指标\n类别\n2025年\n目标值\n牵头部门\n"
     "红树林修复面积（公顷）\n预期性\n≥4900\n林业局海草床生态系统修复面积（公顷）\n预期性\n≥250\n"),
]


@pytest.mark.parametrize("case,title,table", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_no_table_column_roles(case, title, table):
    d = _doc(title, table)
    assert _roles(d) == set()
    assert not [a for a in d.annotations["actor"] if a.rule == "actor-table-cell" and "性" in d.text[a.start:a.end]]


GAPS = [
    # 438's second page: the wraps interleave a name's two lines with the attribute cells (市生态环 / 指导性 / 境局)
    ("438-interleaved-wrapped-name", SY,
     "表3-1 三亚市“十四五”海洋生态环境保护规划指标\n指标\n2025年\n目标值\n牵头\n"
     "海洋环境应急处置能力\n吨\n1000\n8\n市生态环\n指导性\n境局\n",
     {("市生态环境局", "lead")}),
]


@pytest.mark.xfail(strict=True, reason="known gap: a wrapped name whose lines the text layer interleaves with other cells")
@pytest.mark.parametrize("case,title,table,want", GAPS, ids=[c[0] for c in GAPS])
def test_table_column_roles_known_gap(case, title, table, want):
    assert _roles(_doc(title, table)) == want

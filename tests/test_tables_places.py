"""Target tables by place (issue 14, kg/annotate/place_tables.py): an annex's table of targets per district, one
cell a line (404 dev7: 2021年各县（市）区工业技改投资预期目标, 序号 / 县（市）区 / 总量（亿元） / 比增（%）).
Positives, negatives (must NOT be read) and known gaps (strict xfail).

The cells are 404's (the only non-held-out document of the pool that prints the form: scripts/survey_place_tables.py),
shortened and renumbered; each document is built in memory around the table, as tests/test_table_layouts.py does.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.annotate.place_tables import _subject, tables
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

TITLE = "某市人民政府关于印发2021年实施技术改造专项行动方案的通知"
KEYS = ("indicator_label", "value", "unit", "comparator", "change", "base_year", "year", "binding")


def rows(table: str, title: str = TITLE, keys=KEYS):
    text = (f"{title}\n一、年度目标\n全年完成技改投资1120亿元以上。具体预期目标详见附件1。\n二、保障措施\n"
            f"（一）加强组织。落实责任。\n附件1\n{table}\n附件2\n推动企业技术改造工作领导小组成员名单\n组长：市政府副市长\n")
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return [tuple(a.get(k) for k in keys) for a in d.annotations.get("target", []) if a.rule == "target-table-place"]


TABLE_TITLE = "2021年各县（市）区工业技改投资预期目标\n"
# 404 as pdftotext prints it: a header cell a line; 台江区's cells empty; 闽侯县's number printed after the last row
RAW = (TABLE_TITLE + "序号\n县（市）区\n总量（亿元）\n比增（%）\n全市\n1120\n12\n1\n鼓楼区\n21\n9\n2\n台江区\n/\n/\n"
       "3\n仓山区\n22.5\n10\n闽侯县\n122\n13\n其中：高新区\n34\n13\n5\n连江县\n193.5\n12\n4\n")
# the same after the wraps step glued two header cells (县（市）区总量（亿元）) and the title to its subtitle
GLUED = ("2021年各县（市）区工业技改投资预期目标2021年工业技改投资预期目标\n序号\n县（市）区总量（亿元）\n比增（%）\n"
         "全市\n1120\n12\n1\n鼓楼区\n21\n9\n2\n仓山区\n22.5\n10\n")

ROW_404 = [
    ("全市工业技改投资总量", "112000000000", "yuan", "=", None, None, 2021, "expected"),
    ("全市工业技改投资比增", "12", "%", "=", "increase", 2020, 2021, "expected"),
    ("鼓楼区工业技改投资总量", "2100000000", "yuan", "=", None, None, 2021, "expected"),
    ("鼓楼区工业技改投资比增", "9", "%", "=", "increase", 2020, 2021, "expected"),
]

POSITIVE = [
    ("cell-a-line-404", RAW, ROW_404 + [
        ("仓山区工业技改投资总量", "2250000000", "yuan", "=", None, None, 2021, "expected"),
        ("仓山区工业技改投资比增", "10", "%", "=", "increase", 2020, 2021, "expected"),
        ("闽侯县工业技改投资总量", "12200000000", "yuan", "=", None, None, 2021, "expected"),
        ("闽侯县工业技改投资比增", "13", "%", "=", "increase", 2020, 2021, "expected"),
        ("高新区工业技改投资总量", "3400000000", "yuan", "=", None, None, 2021, "expected"),
        ("高新区工业技改投资比增", "13", "%", "=", "increase", 2020, 2021, "expected"),
        ("连江县工业技改投资总量", "19350000000", "yuan", "=", None, None, 2021, "expected"),
        ("连江县工业技改投资比增", "12", "%", "=", "increase", 2020, 2021, "expected"),
    ]),
    ("glued-header-cells-404", GLUED, ROW_404 + [
        ("仓山区工业技改投资总量", "2250000000", "yuan", "=", None, None, 2021, "expected"),
        ("仓山区工业技改投资比增", "10", "%", "=", "increase", 2020, 2021, "expected"),
    ]),
    # the document's year when the title prints none; no 预期 in the title: no binding
    ("no-year-in-title", "各县（市）区工业技改投资目标\n县（市）区\n总量（亿元）\n全市\n1120\n鼓楼区\n21\n",
     [("全市工业技改投资总量", "112000000000", "yuan", "=", None, None, 2021, None),
      ("鼓楼区工业技改投资总量", "2100000000", "yuan", "=", None, None, 2021, None)]),
]


@pytest.mark.parametrize("case,table,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_place_table_rows_read(case, table, expected):
    assert rows(table) == expected


def test_row_clause_is_the_row():
    """A row's clause runs from its place to its last cell: the keys quote a row by its name and cells."""
    text = f"{TITLE}\n附件1\n{GLUED}"
    found = tables(text)
    assert [(r.place, text[r.start:r.end].replace("\n", "")) for r in found[0].rows] == [
        ("全市", "全市112012"), ("鼓楼区", "鼓楼区219"), ("仓山区", "仓山区22.510")]


NEGATIVE = [
    # a cell missing: 鼓楼区 takes the next row's number as its cell, the serial numbers then skip one
    ("serial-taken-as-cell", TABLE_TITLE + "序号\n县（市）区\n总量（亿元）\n比增（%）\n全市\n1120\n12\n1\n鼓楼区\n21\n"
     "2\n台江区\n/\n/\n3\n仓山区\n22.5\n10\n"),
    # the same when the swallowed number is the last one: the numbers left run 1…N, but a row after the first (no
    # total, no 其中 row) has no number and none is printed after the table (review RV8b)
    ("last-serial-taken-as-cell", TABLE_TITLE + "序号\n县（市）区\n总量（亿元）\n比增（%）\n全市\n1120\n12\n1\n鼓楼区\n21\n"
     "2\n台江区\n30\n8\n"),
    # a row a cell short with no serial column: the next place is no cell
    ("counts-disagree", TABLE_TITLE + "县（市）区\n总量（亿元）\n比增（%）\n全市\n1120\n鼓楼区\n21\n9\n仓山区\n22.5\n10\n"),
    # a title that reports (完成情况) or estimates (测算): records, not targets
    ("results-title", "2020年各县（市）区工业技改投资完成情况\n序号\n县（市）区\n总量（亿元）\n比增（%）\n全市\n1120\n12\n1\n"
     "鼓楼区\n21\n9\n"),
    ("estimate-title", "各县（市）区工业技改投资测算目标\n县（市）区\n总量（亿元）\n全市\n1120\n鼓楼区\n21\n"),
    # a title that sets no targets (no 目标/任务)
    ("title-without-target-word", "2021年各县（市）区工业技改投资\n县（市）区\n总量（亿元）\n全市\n1120\n鼓楼区\n21\n"),
    # rows that are not places
    ("rows-not-places", TABLE_TITLE + "县（市）区\n总量（亿元）\n钢铁行业\n1120\n有色金属\n21\n"),
    # 538's shape: places down, year columns across (a 测算 of the period): no header of target columns
    ("year-columns-538", "表3 各市县十四五期间新开工建筑面积测算（万平方米）\n2021年\n2022年\n全省总计\n4126.02\n4531.37\n"
     "海口市\n1590.80\n1797.60\n三亚市\n754.21\n867.34\n"),
    # one row only: no table to pair
    ("one-row", TABLE_TITLE + "县（市）区\n总量（亿元）\n全市\n1120\n"),
]


@pytest.mark.parametrize("case,table", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_place_tables_not_read(case, table):
    assert rows(table) == []


GAPS = [
    # a row a line (全市 1120 12): no non-held-out document prints it; the reader takes only a cell a line
    ("row-a-line", TABLE_TITLE + "序号 县（市）区 总量（亿元） 比增（%）\n全市 1120 12\n1 鼓楼区 21 9\n",
     ["112000000000", "12", "2100000000", "9"]),
    # a column of tasks instead of places (重点任务 / 目标（万吨）): no non-held-out document prints it with a unit
    # in the header's brackets, and a task's name is no place
    ("task-rows", "2021年重点任务预期目标\n序号\n重点任务\n目标（万吨）\n1\n压减粗钢产量\n120\n2\n压减焦炭产能\n40\n",
     ["1200000", "400000"]),
]


@pytest.mark.parametrize("case,table,expected", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_place_table_known_gaps(case, table, expected):
    assert [r[1] for r in rows(table)] == expected


SUBJECTS = [
    ("2021年各县（市）区工业技改投资预期目标", "工业技改投资"),  # 404
    ("2021年各县（市）区工业技改投资预期目标2021年工业技改投资预期目标", "工业技改投资"),  # 404 glued to its subtitle
    ("附表1 2021年各县（市）区工业技改投资预期目标", "工业技改投资"),
    ("表3-1各市（州）地区生产总值能耗降低目标", "地区生产总值能耗降低"),  # 地区 inside the subject stays
    ("2020年各县（市）区工业技改投资完成情况", None),  # results
    ("2021年各县（市）区工业技改投资", None),  # no target word
]


@pytest.mark.parametrize("title,subject", SUBJECTS, ids=[t for t, _ in SUBJECTS])
def test_title_subject(title, subject):
    assert _subject(title) == subject


def test_a_unit_of_its_own_is_not_split_at_its_multiplier():
    """（万KW） is a unit of ontology/units.tsv (10,000 kW) as tables.py reads it: no 万 × KW (no unit), which
    dropped every cell of the column (review RV8b)."""
    table = "2021年各县（市）区清洁能源装机预期目标\n县（市）区\n规模（万KW）\n全市\n75\n鼓楼区\n2.5\n"
    # 装机规模 printed: the label is the capacity's concept (…装机容量, indicator_concepts.concept_form)
    assert rows(table) == [("全市清洁能源装机容量", "750000", "kW", "=", None, None, 2021, "expected"),
                           ("鼓楼区清洁能源装机容量", "25000", "kW", "=", None, None, 2021, "expected")]

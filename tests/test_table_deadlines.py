"""Deadlines of indicator-table rows read from the text layout (issue 14, kg/annotate/tables.py): a row's deadline
is the year of its header's target column; a header showing one year column gives that year; a header whose year
cells cannot be found gives the document's period (deadline_source ``document``), never a year of the prose
around the table (到2035年, 2060年前). Positives, negatives and known gaps, shortened from the non-held-out pool
(414 dev; 427, 460, 468, 543, 572 unkeyed) or written in the genre's style; each document built in memory.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

PLAN = "某市“十四五”生态环境保护规划"
# the plan's goals: 2025 and the 2035 vision (the prose every 十四五 plan prints before its table)
GOALS = ("（一）目标指标。到2025年，生态环境持续改善。到2035年，生态环境根本好转，美丽中国建设目标基本实现。\n")
KEYS = ("indicator_label", "value", "year", "base_year", "deadline_source")


def rows(table: str, after: str = "", goals: str = GOALS, title: str = PLAN):
    text = f"{title}\n一、规划目标\n{goals}{table}\n{after}二、重点任务\n（一）加强监管。落实责任。\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return [tuple(a.get(k) for k in KEYS) for a in d.annotations.get("target", []) if a.rule.startswith("target-table")]


POSITIVE = [
    # 427: the title glued to the header's one year cell (…指标体系2025年), the next cell glued to the first name
    ("title-glued-to-year-427", "表1某市“十四五”生态环境规划指标体系2025年\n属性市城区空气质量优良天数比例（%）\n96.7\n约束性\n"
     "市城区细颗粒物（PM2.5）浓度（μg/m3）\n25.2\n约束性\n",
     [("市城区空气质量优良天数比例", "96.7", 2025, None, "section"),
      ("市城区细颗粒物浓度", "25.2", 2025, None, "section")]),
    # 468: one year column (2025年) between the name and attribute cells
    ("one-year-column-468", "表1 “十四五”生态环境保护规划主要指标\n类别\n指标\n序号\n指\n标\n2025年\n属性\n"
     "1\n空气质量优良天数比例（%）\n74\n约束性\n2\n地表水劣Ⅴ类水体比例（%）\n0\n约束性\n",
     [("空气质量优良天数比例", "74", 2025, None, "section"), ("地表水劣Ⅴ类水体比例", "0", 2025, None, "section")]),
    # 543: the year cell without 年 and with its label (2025目标值), the base cell's year glued to the title
    ("year-with-label-543", "表1某省“十四五”生态文明建设主要指标指标2020现状值\n2025目标值\n属性\n"
     "绿色经济占地区生产总值比重（%）\n42\n50\n预期性\n",
     [("绿色经济占国内生产总值比例", "50", 2025, None, "section")]),
    # 414 (dev): the base year glued to the title, the target column's year printed after the first rows
    ("target-year-after-first-rows-414", "专栏1 “十四五”土壤、地下水和农村生态环境保护主要指标2020年\n指标名称\n"
     "受污染耕地安全利用率\n93.3%\n93%左右\n约束性\n（现状值）\n2025年\n属性\n",
     [("受污染耕地安全利用率", "93", 2025, 2020, "section")]),
]


@pytest.mark.parametrize("case,table,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_row_deadline_is_its_header_column(case, table, expected):
    assert rows(table) == expected


DOCUMENT_PERIOD = [
    # 460: the header shows only the base year (现状值（2020年）): the deadline is the document's period, said so
    ("base-year-only-460", "表2\n“十四五”生态环境保护规划指标体系现状值（2020年）\n序\n号\n指标\n"
     "4\n地表水劣Ⅴ类水体比例（%）\n0\n0\n约束性\n",
     [("地表水劣Ⅴ类水体比例", "0", 2025, 2020, "document")]),
    # no year cell at all: the document's period, never the prose's 2035
    ("no-year-cell", "表1 主要指标\n序号\n指标\n属性\n1\n森林覆盖率（%）\n48\n约束性\n",
     [("森林覆盖率", "48", 2025, None, "document")]),
]


@pytest.mark.parametrize("case,table,expected", DOCUMENT_PERIOD, ids=[c[0] for c in DOCUMENT_PERIOD])
def test_row_without_year_gets_the_document_period(case, table, expected):
    assert rows(table) == expected


# the prose after a table (到2035年, 2060年前) is no column of it: no row takes its year
PROSE_AFTER = "（二）远景目标。到2035年，广泛形成绿色生产生活方式；2060年前实现碳中和。\n"


@pytest.mark.parametrize("case,table", [(c, t) for c, t, _ in POSITIVE + DOCUMENT_PERIOD],
                         ids=[c[0] for c in POSITIVE + DOCUMENT_PERIOD])
def test_prose_years_are_no_deadline(case, table):
    years = {r[2] for r in rows(table, PROSE_AFTER)}
    assert years and not years & {2035, 2060}


def test_two_year_columns_keep_the_later():
    """A header with two year columns (2020年 / 2025年): the row's target the later, its base the earlier."""
    table = "表1 主要指标\n序号\n指标\n2020年\n2025年\n属性\n1\n森林覆盖率（%）\n46\n48\n约束性\n"
    assert rows(table, PROSE_AFTER) == [("森林覆盖率", "48", 2025, 2020, "section")]


# was a known gap: 572 (dev16) prints a look-ahead column (2026年展望) after the plan's 2025年; key convention 64 decides
# its cells are a forecast, no target (kg/annotate/outlook_columns.py, lane TB10; tests/test_table_outlook.py): the row
# gives its 2025 target alone
OUTLOOK = [
    ("outlook-column-572", "专栏三“十四五”电力发展主要目标\n指标\n2020年\n2025年\n2026年\n展望\n十四五年\n均增速\n"
     "属性全社会用电量（亿千瓦时）\n382.55\n711.13\n800\n13.20%\n预期性\n",
     [("全社会用电量", "71113000000", 2025, 2020, "section")]),
]


@pytest.mark.parametrize("case,table,expected", OUTLOOK, ids=[c[0] for c in OUTLOOK])
def test_row_deadline_outlook_column(case, table, expected):
    assert rows(table) == expected


def test_row_a_line_with_base_year_only():
    """Rows a line (1 森林覆盖率（%） 46 48 预期性) under a header showing only the base year (2020年, 现状值（2020年）):
    the later cell is the target, due at the document's period (on main: no target), the earlier its base."""
    for year_cell in ("2020年", "现状值（2020年）"):
        table = f"\n主要指标\n序号\n指标名称\n{year_cell}\n属性\n1 森林覆盖率（%） 46 48 预期性\n2 湿地保护率（%） 50 55 约束性\n"
        # (a title as long as its rows' lines: the wraps step keeps the rows apart)
        assert rows(table, goals="（一）目标指标。到2025年，海洋生态环境持续改善。\n", title="某市“十四五”海洋生态环境保护规划") == [
            ("森林覆盖率", "48", 2025, 2020, "document"), ("湿地保护率", "55", 2025, 2020, "document")]

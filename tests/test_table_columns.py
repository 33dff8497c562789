"""Rows of an indicator table with a cell per year column, one cell a line (tables._row_of_columns; lane TB,
issue 14 class 6): each target's clause is its row, from its name's line through the base cell to its attribute
cell, so a reader (and a key quoting the 2020 and 2025 cells, dev8 213) finds the base beside the target."""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

TITLE = "天津市电力发展“十四五”规划"
RATE_HEAD = "\n表1\n指标\n2020年\n2025年\n年均增速\n属性\n"


def doc(body: str, title: str = TITLE):
    text = f"{title}\n一、主要目标\n（一）发展目标。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def rows(d):
    t = d.text
    return [(a.get("indicator_label"), a.get("value"), a.get("unit"), a.get("year"), a.get("base_year"), a.get("base_value"),
             "".join(t[a.get("clause_start"):a.get("clause_end")].split()))
            for a in d.annotations["target"] if a.rule == "target-table-text"]


POSITIVE = [
    # 213's layout: name, 2020 cell, 2025 cell, 年均增速 cell, attribute; the 2020 cell a base, never a target
    ("capacity-per-source", RATE_HEAD + "煤电（万千瓦）\n1229.9\n1245.3\n0.3%\n预期性\n风电（万千瓦）\n84.5\n200\n18.8%\n预期性\n",
     [("煤电装机", "12453000", "kW", 2025, 2020, "12299000", "煤电（万千瓦）1229.91245.30.3%预期性"),
      ("风电装机", "2000000", "kW", 2025, 2020, "845000", "风电（万千瓦）84.520018.8%预期性")]),
    # an empty base cell (——): no base, the row still its clause
    ("empty-base", RATE_HEAD + "需求响应负荷占比（%）\n——\n5\n——\n预期性\n",
     [("需求响应负荷比例", "5", "%", 2025, None, None, "需求响应负荷占比（%）——5——预期性")]),
    # a range cell with 左右
    ("about-cell", RATE_HEAD + "总装机规模（万千瓦）\n1916.8\n2600左右\n6.3%左右\n预期性\n",
     [("总装机容量", "26000000", "kW", 2025, 2020, "19168000", "总装机规模（万千瓦）1916.82600左右6.3%左右预期性")]),
]


@pytest.mark.parametrize("case,body,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_a_row_of_columns_is_its_clause(case, body, expected):
    assert rows(doc(body)) == expected


NEGATIVE = [
    # a table of the last plan's results (完成情况): records, no target
    ("results-table", "\n表1 “十三五”电力发展目标完成情况\n指标\n2015年\n2020年\n年均增速\n属性\n"
     "煤电（万千瓦）\n1074.7\n1229.9\n2.7%\n预期性\n"),
    # every column a year of the last plan: its figures, no target
    ("past-columns", "\n表1\n指标\n2010年\n2015年\n年均增速\n属性\n煤电（万千瓦）\n900\n1074.7\n3.6%\n预期性\n"),
]


@pytest.mark.parametrize("case,body", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_records_and_past_columns_give_no_target(case, body):
    assert rows(doc(body)) == []


# the clean step glues a [ ] change cell (五年累计) to the target cell before it: 213 30 左右 / [15.3] → 30左右[15.3],
# 572 39.08% / [4.04%]: the two cells apart again, the [ ] cell a change of the rate column, never the target
GLUED = [
    ("glued-change-213", RATE_HEAD + "非化石能源发电装机比重（%）\n14.7\n30左右[15.3]\n预期性\n",
     [("非化石能源发电装机比例", "30", "%", 2025, 2020, "14.7", "非化石能源发电装机比重（%）14.730左右[15.3]预期性")]),
    ("glued-change-percent", RATE_HEAD + "供电可靠率（%）\n99.94%\n99.975%[0.035%]\n预期性\n",
     [("供电可靠率", "99.975", "%", 2025, 2020, "99.94", "供电可靠率（%）99.94%99.975%[0.035%]预期性")]),
]


@pytest.mark.parametrize("case,body,expected", GLUED, ids=[c[0] for c in GLUED])
def test_a_change_cell_glued_to_the_target_cell(case, body, expected):
    assert rows(doc(body)) == expected


GLUED_NEG = [
    # a glued [ ] cell with no name above its values: whose row is not certain, nothing
    ("no-name", RATE_HEAD + "16.1\n22左右[5.9]\n预期性\n"),
    # a bracket holding words, no value: no cell of the rate column, the row not read
    ("words-in-bracket", RATE_HEAD + "森林覆盖率（%）\n24\n25[省下达]\n预期性\n"),
]


@pytest.mark.parametrize("case,body", GLUED_NEG, ids=[c[0] for c in GLUED_NEG])
def test_a_glued_cell_that_cannot_be_split_gives_nothing(case, body):
    assert rows(doc(body)) == []


def test_values_before_names():
    # was a known gap: 213's last rows print their cells before their names (values, [ ] change, attribute, then
    # the names after the table); table_layouts.trailing_name_rows pairs them (tests/test_table_trailing_names.py)
    body = (RATE_HEAD + "14.7\n30 左右\n[15.3]\n预期性\n16.1\n22 左右\n[5.9]\n预期性\n非化石能源发电装机比重（%）\n"
            "非化石能源电力消纳量比重\n（%）\n注：[ ]为 5 年累计数。\n")
    assert [r[:2] for r in rows(doc(body))] == [("非化石能源发电装机比例", "30"), ("非化石能源电力消纳量比例", "22")]


# 564's capacity table: a 单位 column (万千瓦 a line), hierarchical row numbers (二 / 2.1 / 2.1.1); a source's
# two-character name (风电) under its row number alone is the row's name, never the group heading above it
UNIT_HEAD = "\n专栏 1 2025 年可再生能源开发利用主要指标\n序号\n类别\n单位\n2020 年 2025 年\n属性\n"
GROUPED = UNIT_HEAD + "二\n可再生能源发电装机\n2.1\n风电\n万千瓦\n3785\n8900\n预期性\n2.1.1\n本地\n万千瓦\n3200\n5700\n预期性\n"


def test_a_short_name_under_its_row_number():
    assert [r[:6] for r in rows(doc(GROUPED, "内蒙古自治区“十四五”可再生能源发展规划"))] == [
        ("风电装机", "89000000", "kW", 2025, 2020, "37850000")]


def test_a_sub_row_gives_no_target():
    # 2.1.1 本地: a share of the row above (风电 本地), no name of its own: nothing, never 本地 alone
    got = rows(doc(GROUPED, "内蒙古自治区“十四五”可再生能源发展规划"))
    assert all(r[0] != "本地" and r[1] != "57000000" for r in got)


def test_units_the_table_reader_knows():
    # 572 (unkeyed) 专栏三: capacities in （兆瓦） and coal use in （克标煤/千瓦时） (branch tt: table-bracket-unit; 14 rows
    # over the non-held-out pool, all 572's, all right); a unit units.tsv does not know (千瓦时/人) still reads nothing
    body = (RATE_HEAD + "光伏发电装机（兆瓦）\n2142.7\n4000\n13.30%\n预期性\n火电机组平均供电煤耗（克标煤/千瓦时）\n299\n295\n——\n"
            "约束性\n人均用电量（千瓦时/人）\n4083\n6773\n10.65%\n预期性\n")
    assert [r[:6] for r in rows(doc(body, "合肥市“十四五”电力发展规划"))] == [
        ("光伏发电装机", "4000000", "kW", 2025, 2020, "2142700"), ("火电机组平均供电煤耗", "295", "gce/kWh", 2025, 2020, "299")]

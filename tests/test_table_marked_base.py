"""Indicator tables read whole (lane TB9, issue 14 class 6, corpus/tb9-table-coverage.md): a base cell carrying a
mark (a base-year cell printed 19.8*, or ≥26, ＞65, 90以上 beside a marked target, is the base column's cell, so the
row's target beside it is read: table_layouts.base_cell), and tables printed with no attribute column (name, 现状值,
2025年 under a title naming 主要指标: kg/annotate/plain_tables.py); positives, negatives (what must NOT be read) and
known gaps (strict xfail), on small tables written in the genre's style and shortened from the non-held-out pool
(320, 498, 67, 434; 420, 171 and 436)."""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.annotate.table_layouts import base_cell
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

TITLE = "某市“十四五”生态环境保护规划"


def doc(body: str, title: str = TITLE):
    text = f"{title}\n一、主要目标\n（一）发展目标。到2025年，生态环境质量持续改善。\n{body}\n二、重点任务\n（一）加强监管。落实责任。\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def rows(d):
    return [(a.get("indicator_text"), a.get("value"), a.get("unit"), a.get("comparator"), a.get("year"),
             a.get("base_year"), a.get("base_value"), a.get("binding"))
            for a in d.annotations.get("target", []) if a.rule.startswith("target-table")]


# 320's layout: the attribute column before the year columns, each row's values after its attribute cell
ATTRIBUTE_FIRST = ("专栏2:“十四五”生态环境保护主要指标\n指标\n序\n类别\n号\n指标名称\n指标\n属性\n2020年（现状）\n2025年（目标）\n"
                   "1\n空气质量优良天数比率（%）\n约束性\n93.7\n93.8\n")
# the row-by-row layout: name, base, target, attribute
ROW_BY_ROW = "表1 主要指标\n序号\n指标\n2020年\n2025年\n指标属性\n1\n森林覆盖率（%）\n24.1\n25\n约束性\n"

POSITIVE = [
    ("attribute-first-geq-320", ATTRIBUTE_FIRST + "15非化石能源占一次能源消费比重（%）\n预期性\n≥26\n≥30\n",
     ("非化石能源占一次能源消费比重", "30", "%", ">=", 2025, 2020, "26", "expected")),
    ("attribute-first-above-67", ATTRIBUTE_FIRST + "2\n地级城市空气质量优良天数比率（%）\n预期性\n90以上\n≥92\n",
     ("地级城市空气质量优良天数比率", "92", "%", ">=", 2025, 2020, "90", "expected")),
    ("row-by-row-both-marked", ROW_BY_ROW + "2\n工业园区内工业废水集中处理率（%）\n＞65\n≥90\n预期性\n",
     ("工业园区内工业废水集中处理率", "90", "%", ">=", 2025, 2020, "65", "expected")),
    ("row-by-row-star-498", ROW_BY_ROW + "3\n非化石能源占一次能源消费比重（%）\n19.8*\n24\n约束性\n",
     ("非化石能源占一次能源消费比重", "24", "%", "=", 2025, 2020, "19.8", "binding")),
]


@pytest.mark.parametrize("case,body,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_a_marked_base_cell_is_the_rows_base(case, body, expected):
    assert expected in rows(doc(body))


NEGATIVE = [
    # a results table (完成情况): a marked figure under 2020年 is a record, the row no target
    ("results-table", "表1 “十三五”主要指标完成情况\n序号\n指标\n2020年目标\n2020年完成情况\n指标属性\n1\n"
                      "工业园区内工业废水集中处理率（%）\n＞65\n100\n预期性\n"),
    # a marked cell beside a bare number (434's OCR-scrambled 表1: 整治亲海岸滩长度 / 预期性 / > 12 / 5, the key's aim
    # the marked > 12, the 5 another cell): the marked cell is no base, the bare one no target
    ("marked-beside-bare-434", ATTRIBUTE_FIRST.replace("1\n空气质量优良天数比率（%）\n约束性\n93.7\n93.8\n", "")
     + "8整治亲海岸滩长度（千米）\n预期性\n> 12\n5\n"),
    # the target cell in words (完成省下达目标): no value, no target, whatever the base cell prints
    ("word-target", ROW_BY_ROW.replace("24.1\n25\n", "≥24\n完成省下达目标\n")),
]


@pytest.mark.parametrize("case,body", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_no_target_from_a_marked_base_alone(case, body):
    got = rows(doc(body))
    assert all(r[0] not in ("工业园区内工业废水集中处理率", "森林覆盖率", "整治亲海岸滩长度") for r in got)


@pytest.mark.parametrize("cell,base", [("66.4", "66.4"), ("≥26", "26"), ("＞65", "65"), ("90以上", "90"), ("19.8*", "19.8"),
                                       ("93%", "93")])
def test_base_cell_reads_the_figure(cell, base):
    assert base_cell(cell, "≥30").group("num") == base


@pytest.mark.parametrize("cell", ["≥26", "＞65", "90以上"])
def test_a_marked_cell_beside_a_bare_target_is_no_base(cell):
    assert base_cell(cell, "5") is None


@pytest.mark.parametrize("cell", ["［13.5］", "[28]", "60-65", "完成省下达目标", "—", "约束性"])
def test_base_cell_refuses_changes_ranges_and_words(cell):
    """A cumulative ［13.5］ cell is a change over the period, a range no single figure, words no figure."""
    assert base_cell(cell, "≥30") is None


# Tables with no attribute column (kg/annotate/plain_tables.py): 420's 表1 (现状值 | 2025年) and 171's 专栏 (2025年
# glued before the first row's name, one value column); the keys of 420 (dev16) hold each row as a target, binding empty.
PLAIN_420 = ("表1\n山东省“十四五”海洋生态环境保护规划主要指标序号\n指标类别\n现状值\n2025年\n1\n"
             "近岸海域优良（一、二类）水质面积比例（%）\n86.8\n92\n2\n入海河流国控断面消除劣V类水质比例（%）\n100\n100\n"
             "3大陆自然岸线保有率（%）\n—\n≥35\n4岸线生态修复长度（公里）\n—\n58\n6基本建成“美丽海湾”数量（个）\n—\n≥5\n"
             "注：近岸海域优良水质面积比例现状值为2018—2020年的平均值。\n")
PLAIN_171 = ("专栏1 “十四五”时期建筑节能和绿色建筑发展总体指标主要指标\n2025年建筑运行一次二次能源消费总量（亿吨标准煤）\n11.5\n"
             "城镇新建公共建筑能效水平提升（%）\n20\n")

PLAIN = [
    ("two-columns-420", PLAIN_420,
     [("近岸海域优良（一、二类）水质面积比例", "92", "%", "=", 2025, None, None, None),
      ("入海河流国控断面消除劣V类水质比例", "100", "%", "=", 2025, None, None, None),
      ("大陆自然岸线保有率", "35", "%", ">=", 2025, None, None, None),
      ("岸线生态修复长度", "58", "km", "=", 2025, None, None, None),
      ("基本建成“美丽海湾”数量", "5", "count", ">=", 2025, None, None, None)]),
    ("one-column-glued-year-171", PLAIN_171,
     [("建筑运行一次二次能源消费总量", "1150000000", "tce", "=", 2025, None, None, None),
      ("城镇新建公共建筑能效水平提升", "20", "%", "=", 2025, None, None, None)]),
]


@pytest.mark.parametrize("case,body,expected", PLAIN, ids=[c[0] for c in PLAIN])
def test_a_table_without_an_attribute_column_is_read(case, body, expected):
    assert [r for r in rows(doc(body))] == expected


PLAIN_NEGATIVE = [
    # a results table (完成情况): records, not targets
    ("results", PLAIN_420.replace("主要指标序号", "主要指标完成情况序号").replace("现状值\n2025年", "2020年目标\n2020年完成情况")),
    # the last period's table (2015 | 2020 in a 十四五 plan): its figures, not targets
    ("last-period", PLAIN_420.replace("现状值\n2025年", "2015年\n2020年")),
    # a value cell more than the header's columns: which cell is the target is not certain, nothing read
    ("one-cell-too-many", PLAIN_420.replace("86.8\n92\n", "86.8\n90\n92\n").split("2\n入海")[0]),
    # no title naming the plan's indicators (a data table: 基准值 per product): nothing read
    ("no-indicator-title", PLAIN_420.replace("山东省“十四五”海洋生态环境保护规划主要指标序号", "各类产品碳排放基准值序号")),
    # a single row: no table is certain
    ("single-row", PLAIN_420.split("2\n入海")[0]),
]


@pytest.mark.parametrize("case,body", PLAIN_NEGATIVE, ids=[c[0] for c in PLAIN_NEGATIVE])
def test_no_plain_row_where_the_table_is_not_certain(case, body):
    assert rows(doc(body)) == []


@pytest.mark.xfail(strict=True, reason="436's 表1: names without unit brackets and cells scrambled by the layer (a name "
                                       "glued to the next row's base 69.2%, names of rows 7–8 printed apart): no row pairs")
def test_known_gap_scrambled_plain_table_436():
    body = ("表1\n“十四五”海洋生态环境保护目标指标标2020\n年\n近岸海域水质优良（一、二类）比例\n—\n"
            "主要入海河流水质优良（达到或者优于III类）比例69.2%\n主要入海河流国控断面劣V类水质比例\n0%\n0%\n"
            "海水浴场水质优良率\n85.7%\n90%\n大陆自然岸线保有率\n≥35%\n≥35%\n")
    assert ("海水浴场水质优良率", "90", "%", "=", 2025, 2020, "85.7", None) in rows(doc(body))

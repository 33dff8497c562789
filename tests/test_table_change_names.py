"""Indicator-table rows whose name closes with its verb of change (城镇新建居住建筑能效水平提升（%） / ≥30; lane TB7,
kg/annotate/table_change.py, corpus/tb7-change-names.md): the row read with the verb's change and the name as its
label; a base year inside the name (…较2020年下降) the base year, the label what comes before it; a name closing with
a rate of change (…降低比例) the verb's direction. Positives, negatives (rows whose pairing is not certain, a verb
that is no change), known gaps. Tables shortened from the pool's 338 (dev18), 146, 149, 444, 445 and 67, laid out as
their text layers print them; and 338's own text read from ../shared where the pool is present.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.annotate import annotate
from kg.annotate.table_change import closing_change, read_name
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

TITLE = "某市“十四五”生态环境保护规划"
HEAD = "\n表1 主要指标\n序号\n\n指标\n\n2020年\n\n2025年\n\n属性\n\n"
POOL_338 = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon" / "338.txt"


def _rows(body: str, head: str = HEAD) -> list[dict]:
    full = f"{TITLE}\n一、发展目标\n（一）主要目标。到2025年，生态环境持续改善。\n{head}{body}\n二、重点任务\n（一）加强监管。落实责任。\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", full), clean(full)))
    return [{k: a.get(k) for k in ("indicator_text", "value", "unit", "comparator", "change", "base_year", "year")}
            for a in d.annotations.get("target", []) if a.rule.startswith("target-table")]


def _of(rows: list[dict], value: str) -> dict | None:
    return next((r for r in rows if r["value"] == value), None)


FIRST = "1\n\n森林覆盖率（%）\n\n20.5\n\n21\n\n约束性\n\n"


@pytest.mark.parametrize("body,value,label,change,base_year", [
    # 338: a level raised, no base printed; the label keeps its verb, as 338's key
    ("2\n\n城镇新建居住建筑能效水平提升（%）\n\n—\n\n≥30\n\n预期性\n\n", "30", "城镇新建居住建筑能效水平提升", "increase", None),
    # 146: an intensity lowered, its attribute 导向性
    ("2\n\n单位GDP大气污染物排放强度降低（%）\n\n—\n\n≥30\n\n预期性\n\n", "30", "单位GDP大气污染物排放强度降低", "decrease", None),
    # 498: 降低 closing a name with its unit after it
    ("2\n\n单位工业增加值能耗降低（%）\n\n-\n\n16\n\n预期性\n\n", "16", "单位工业增加值能耗降低", "decrease", None),
    # 149: the base year inside the name: the label what comes before it
    ("2\n\n营运车辆单位周转量二氧化碳排放较2020年下降（%）\n\n—\n\n5\n\n预期性\n\n", "5", "营运车辆单位周转量二氧化碳排放",
     "decrease", 2020),
])
def test_a_name_closed_by_its_change_verb_is_read(body, value, label, change, base_year):
    row = _of(_rows(FIRST + body), value)
    assert row is not None
    assert (row["indicator_text"], row["change"], row["base_year"], row["year"], row["unit"]) == \
        (label, change, base_year, 2025, "%")


def test_a_rate_of_change_takes_its_verbs_direction():
    row = _of(_rows(FIRST + "2\n\n化肥施用量减少比例（%）\n\n—\n\n≥5\n\n预期性\n\n"), "5")
    assert row is not None and (row["indicator_text"], row["change"]) == ("化肥施用量减少比例", "decrease")


def test_the_first_row_is_read_as_before():
    assert _of(_rows(FIRST), "21") == {"indicator_text": "森林覆盖率", "value": "21", "unit": "%", "comparator": "=",
                                       "change": None, "base_year": 2020, "year": 2025}


@pytest.mark.parametrize("case,body,value", [
    # 444: a target column first, its cell in words; the number after it is the 2020 base, no target
    ("word-cell", "8\n\n氮氧化物排放总量较2020年减少（%）\n\n完成国家和省\n\n上下达的目标\n\n16.87\n\n约束性\n\n", "16.87"),
    # 445: rows run together, another row's value above the name: whose 67.6 it is is not certain
    ("run-together", "格尔木市空气质量优良天数比例（%）\n\n92.5\n\n国控站点城市细颗粒物浓度下降（%）\n\n67.6\n\n约束性\n\n", "67.6"),
    # 67: a category cell split around the name (应对 / 气候… / 变化): its first characters are the category's
    ("category-split", "7\n\n应对\n\n气候单位国内生产总值能源消耗降低（%）\n\n变化\n\n6.89\n\n15.5\n\n约束性\n\n", "15.5"),
    # 426: 巩固提升 is no change (comparators.tsv): the name stays refused
    ("no-change-verb", "5\n\n农村居民饮水巩固提升（万人）\n\n100\n\n128.89\n\n预期性\n\n", "1288900"),
    # the verb off, nothing of a name left
    ("bare-verb", "5\n\n累计下降（%）\n\n3\n\n5\n\n预期性\n\n", "5"),
])
def test_uncertain_rows_are_not_read(case, body, value):
    assert _of(_rows(FIRST + body), value) is None


def test_a_cumulative_cell_keeps_its_reading():
    # ［13.5］: the change over the period from the value cell; the verb off the label, as before this rule
    row = _of(_rows(FIRST + "2\n\n单位地区生产总值能源消耗降低（%）\n\n—\n\n［13.5］\n\n约束性\n\n"), "13.5")
    assert row is not None and (row["indicator_text"], row["change"]) == ("单位地区生产总值能源消耗", "decrease")


@pytest.mark.parametrize("name,change", [
    ("城镇新建居住建筑能效水平提升", "increase"), ("城镇建筑单位面积综合供暖能耗降低比例", "decrease"),
    ("万元地区生产总值用水量下降率", "decrease"), ("农村居民饮水巩固提升", None), ("森林覆盖率", None),
    ("公共建筑能效提升改造面积", None),
])
def test_the_closing_verb(name, change):
    found = closing_change(name)
    assert (found[1] if found else None) == change


def test_a_name_is_passed_through_and_a_fragment_refused():
    assert read_name("森林覆盖率", "\n1\n森林覆盖率（%）\n", None, 2020) == ("森林覆盖率", None, 2020)
    assert read_name("", "", None, None) == ("", None, None)
    assert read_name("排放降低", "\n排放降低（%）\n", None, None) == ("", None, None)


@pytest.mark.xfail(strict=True, reason="a unit bracket holding a base year (（与2020年相比，%）: 338's row 16, one row in the "
                   "non-held-out pool) is no unit tables.py reads: the row gives nothing")
def test_a_base_year_inside_the_unit_bracket():
    row = _of(_rows(FIRST + "城镇建筑单位面积综合供暖能耗\n降低比例（与2020年相比，%）\n\n≥20\n\n预期性\n\n"), "20")
    assert row is not None and (row["change"], row["base_year"]) == ("decrease", 2020)


def _pool_338() -> list[dict]:
    text = POOL_338.read_text(encoding="utf-8")
    d = annotate(parse(Source("338.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return [{k: a.get(k) for k in ("indicator_text", "value", "change", "base_year")}
            for a in d.annotations.get("target", []) if a.rule.startswith("target-table")]


@pytest.mark.skipif(not POOL_338.exists(), reason="the pool's texts (../shared) are not present")
def test_338_reads_its_two_raised_levels():
    rows = _pool_338()
    assert {"indicator_text": "城镇新建居住建筑能效水平提升", "value": "30", "change": "increase", "base_year": None} in rows
    assert {"indicator_text": "城镇新建公共建筑能效水平提升", "value": "20", "change": "increase", "base_year": None} in rows


@pytest.mark.parametrize("body,value,base_year", [
    # a 2020 cell under a name closed by its change verb is the last period's change (十三五's 18.6% fall), no level
    ("2\n\n单位地区生产总值二氧化碳排放降低（%）\n\n18.6\n\n18\n\n约束性\n\n", "18", 2020),
    ("2\n\n城镇新建居住建筑能效水平提升（%）\n\n20\n\n30\n\n预期性\n\n", "30", 2020),
    # a rate of change (…减少比例): its 2020 cell the last period's rate
    ("2\n\n化肥施用量减少比例（%）\n\n3\n\n≥5\n\n预期性\n\n", "5", 2020),
])
def test_a_change_rows_base_cell_is_no_base_value(body, value, base_year):
    """Review RV18: a change read from the name (table_change.read_name) keeps the base year but gives no base value,
    as a change read from the value cell (［13.5］) never did: the base cell holds the earlier period's change."""
    full = f"{TITLE}\n一、发展目标\n（一）主要目标。到2025年，生态环境持续改善。\n{HEAD}{FIRST + body}\n二、重点任务\n（一）加强监管。落实责任。\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", full), clean(full)))
    got = {a.get("value"): a for a in d.annotations.get("target", []) if a.rule.startswith("target-table")}
    assert got[value].get("change") is not None and got[value].get("base_year") == base_year
    assert got[value].get("base_value") is None
    assert got["21"].get("base_value") == "20.5"  # a level's base cell stays its base value

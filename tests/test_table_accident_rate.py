"""Indicator tables (issue 14 class 6, lane TB4): the radiation-source accident rate row environmental plans print,
放射源辐射事故年发生率（起/万枚） or （起/每万枚）, read as a target in its unit (ontology/units.tsv: count/10^4
sources; target_cues.tsv table-bracket-unit), and a row whose name stands over another row's whole name
(tables.py through table_cells.row_unit) labelled by the name that opens with its row number. Positives, negatives
(must NOT be read, or not as the other row) and known gaps (strict xfail), rows shortened from the non-held-out pool
(none of them keyed); each document is built in memory around the table, as tests/test_tables_scrambled.py does.

Survey behind them: corpus/tb4-tables.md (21 non-held-out documents print the row; scripts/survey_table_rows.py).
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

PLAN = "某市“十四五”生态环境保护规划"
HEAD = "\n专栏1 “十四五”生态环境保护规划主要指标\n序号\n指标\n2020年\n2025年\n属性\n"
ROW = "1\n城市空气质量优良天数比率（%）\n93.7\n95\n约束性\n"


def rows(table: str, *keys):
    text = f"{PLAN}\n一、规划目标\n（一）目标指标。到2025年，生态环境持续改善。\n{table}\n二、重点任务\n（一）加强监管。落实责任。\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    keys = keys or ("indicator_text", "value", "unit", "comparator", "base_value", "binding")
    return [tuple(a.get(k) for k in keys) for a in d.annotations.get("target", []) if a.rule.startswith("target-table")]


FIRST = ("城市空气质量优良天数比率", "95", "%", "=", "93.7", "binding")
RATE = "count/10^4 sources"

POSITIVE = [
    # 465: base 0, target ＜1.0, the unit 起/每万枚
    ("below-one-465", HEAD + ROW + "2\n放射源辐射事故年发生率（起/每万枚）\n0\n＜1.0\n预期性\n",
     [FIRST, ("放射源辐射事故年发生率", "1", RATE, "<", "0", "expected")]),
    # 67: 0 / 0, no row number
    ("zero-67", HEAD + ROW + "放射源辐射事故发生率（起/每万枚）\n0\n0\n预期性\n",
     [FIRST, ("放射源辐射事故发生率", "0", RATE, "=", "0", "expected")]),
    # 146: a five-year count, 起/万枚, an orienting attribute (导向性: expected)
    ("five-years-146", HEAD + ROW + "19\n放射源辐射事故5年累计发生率（起/万枚）\n0\n≤5\n导向性\n",
     [FIRST, ("放射源辐射事故5年累计发生率", "5", RATE, "<=", "0", "expected")]),
    # 86: no base (—), 454: an empty cell after the target
    ("empty-base-86", HEAD + ROW + "放射源辐射事故年发生率（起/每万枚）\n—\n＜1.3\n预期性\n",
     [FIRST, ("放射源辐射事故年发生率", "1.3", RATE, "<", None, "expected")]),
    ("empty-cells-454", HEAD + ROW + "（19）放射源辐射事故年发生率（起/每万枚）\n—\n0\n—\n预期性\n",
     [FIRST, ("放射源辐射事故年发生率", "0", RATE, "=", None, "expected")]),
]


@pytest.mark.parametrize("case,table,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_accident_rate_rows_are_read(case, table, expected):
    assert rows(table) == expected


NEGATIVE = [
    # 415, 445: the target in words (完成省下达, 不发生): no value, nothing
    ("words-415", HEAD + ROW + "放射源辐射事故年发生率（起/万枚）\n—\n完成省下达\n预期性\n", [FIRST]),
    ("words-445", HEAD + ROW + "放射源辐射事故年发生率（起/每万枚）\n未发生\n不发生\n预期性\n", [FIRST]),
    # 388: the next row's whole name printed over this row's values, the row number on the first name: the values
    # 48.9 / 50 stay 湿地保护率's, never the accident rate's (the rate's own group, 1.5 / <1.3, has no name: known gap)
    ("stacked-names-388", HEAD + ROW + "20湿地保护率（%）\n放射源辐射事故年发生率（起/每万枚）\n48.9\n50\n预期性\n1.5\n<1.3\n预期性\n",
     [FIRST, ("湿地保护率", "50", "%", "=", "48.9", "expected")]),
    # 446: names of rows printed apart stacked over the numbered row's name: the numbered (last) one's, as before
    ("stacked-names-last-numbered-446", HEAD + ROW + "城市空气质量优良天数比例（%）\n设区城市细颗粒物年均浓度（μg/m3）\n"
     "7重污染天气比率（%）\n0\n0\n约束性\n", [FIRST, ("重污染天气比率", "0", "%", "=", "0", "binding")]),
    # stacked names, none numbered: the last, as before (543: 生态保护红线比例（%） / 26.06森林覆盖率（%） / 61.51 / 64)
    ("stacked-names-none-numbered", HEAD + ROW + "生态保护红线比例（%）\n森林覆盖率（%）\n61.51\n64\n约束性\n",
     [FIRST, ("森林覆盖率", "64", "%", "=", "61.51", "binding")]),
    # 456: cells of several columns run together, an attribute word inside the name (完成省上下达目预期性): no row
    ("attribute-inside-name-456", HEAD + ROW + "生态\n20\n完成省上下达目预期性（起/万枚）\n19\n预期性\n", [FIRST]),
    # the accident rate in prose is no table row (no attribute cell): nothing from the table reader
    ("prose", HEAD + ROW + "放射源辐射事故年发生率控制在每万枚1起以内。\n", [FIRST]),
]


@pytest.mark.parametrize("case,table,expected", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_rows_not_read_or_not_as_the_rate(case, table, expected):
    assert rows(table) == expected


KNOWN_GAPS = [
    # 388: the accident rate's own value group (1.5 / <1.3) after 湿地保护率's, its name printed above both: unread
    ("second-group-388", HEAD + ROW + "20湿地保护率（%）\n放射源辐射事故年发生率（起/每万枚）\n48.9\n50\n预期性\n1.5\n<1.3\n预期性\n",
     [FIRST, ("湿地保护率", "50", "%", "=", "48.9", "expected"),
      ("放射源辐射事故年发生率", "1.3", RATE, "<", "1.5", "expected")]),
    # 320, 423: attribute first, the target glued to the next row's number (＜1.319生态质量指数): unread
    ("target-glued-to-next-number-320", HEAD + ROW + "18放射源辐射事故年发生率（起/万枚）\n预期性\n0\n＜1.319生态质量指数（新EI）\n预期性\n",
     [FIRST, ("放射源辐射事故年发生率", "1.3", RATE, "<", "0", "expected")]),
]


@pytest.mark.parametrize("case,table,expected", KNOWN_GAPS, ids=[c[0] for c in KNOWN_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_accident_rate_known_gaps(case, table, expected):
    assert rows(table) == expected

"""Capacity units printed with the Latin symbol after 万 (万kW, 万KW, 万kw; 万kWh …, ontology/units.tsv):
positives (also in a table's brackets: （万KW）) and negatives (must NOT be read as a capacity target).

Sentences are from unkeyed pool text (563, a provincial renewable-energy plan: 新增装机规模500万kW) or written
in the genre's style; none from a held-out half.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.annotate.tables import _UNIT_IN_BRACKETS
from kg.annotate.values import value_of, value_rx
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

TITLE = "关于测试的实施方案"


def targets(body: str) -> list[tuple[str, str]]:
    text = f"{TITLE}\n一、重点任务\n（一）测试措施。{body}\n"
    doc = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return [(a.get("value"), a.get("unit")) for a in doc.annotations.get("target", [])]


VALUES = [  # (printed, value in the code's unit, code)
    ("500万kW", "5000000", "kW"),
    ("2043万KW", "20430000", "kW"),
    ("50万kw", "500000", "kW"),
    ("1.5万kWh", "15000", "kWh"),  # 万kW never takes the front of 万kWh
    ("3万KWh", "30000", "kWh"),
    ("500万千瓦", "5000000", "kW"),  # the Chinese unit as before
]


@pytest.mark.parametrize("printed,value,code", VALUES, ids=[v[0] for v in VALUES])
def test_latin_capacity_after_wan(printed, value, code):
    m = value_rx().search(printed)
    assert m is not None and m.group() == printed
    v, unit = value_of(m)
    assert (v, unit["code"]) == (value, code)


SENTENCES = [  # 563: “十四五”期间新增装机规模500万kW
    ("563-wind", "“十四五”期间新增风电装机规模达到500万kW。", ("5000000", "kW")),
    ("table-style", "到2025年，清洁能源装机总量达到120万KW。", ("1200000", "kW")),
]


@pytest.mark.parametrize("case,body,expected", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_latin_capacity_targets(case, body, expected):
    assert expected in targets(body)


NEGATIVES = [  # a bare Latin symbol is mostly a threshold or a project's size: no unit of units.tsv
    ("threshold-mw", "支持300MW级燃煤机组开展灵活性改造。"),
    ("project-kw", "对装机容量100kW以上的分布式光伏项目给予补贴。"),
    ("unit-price", "单位千瓦投资按3500元/kW计。"),
]


@pytest.mark.parametrize("case,body", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_bare_latin_symbol_is_no_capacity(case, body):
    assert not [t for t in targets(body) if t[1] in ("kW", "kWh")]


BRACKETED = [  # 466 (dev3): 清洁能源装机总量（万KW） in an indicator table (445 prints it too, its values lost to a page break)
    ("bracket-unit-of-table", "（万KW）", "万KW"),
    ("bracket-unit-of-table-lower", "（万kW）", "万kW"),
]


@pytest.mark.parametrize("case,cell,unit", BRACKETED, ids=[g[0] for g in BRACKETED])
def test_table_bracket_unit(case, cell, unit):
    m = _UNIT_IN_BRACKETS.search(cell)
    assert m is not None and m.group(1) == unit

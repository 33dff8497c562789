"""A value printed after the coal it is an amount of, its unit a bare 吨 (折合标煤约4048万吨): tonnes of coal equivalent
(kg/annotate/values.py values_in; ontology/target_cues.tsv coal-before-value, coal-before-gap, coal-before-unit).

Pool (the 288 texts and 25 PDFs outside the held-out halves, every clause of the cleaned text through values_in): 5
values retyped in 3 sources, all read right (563, dev20: 折合标煤约4048万吨 and 可节约标煤4048万吨; 566, dev10:
折合标煤625万吨, 折合标煤超过1000万吨; 572, dev16: 相当于节省了标煤360万吨); 563's and 566's keys read them in tce. The
pool prints 折合标准煤 and 折标煤 before no value (折标煤 only as 折标煤系数, 528 and 552). The coal words leave the
indicator's label (可再生能源消费量, not 可再生能源消费量折合标煤: target_cues.tsv trailing-unit; 563's and 566's keys).
"""
from __future__ import annotations

import pytest

from kg.annotate.values import value_of, values_in
from tests.target_tagging import measure_doc, target_rows


def read(clause: str) -> list[tuple[str, str]]:
    return [(value, unit["code"]) for value, unit in (value_of(m) for m in values_in(clause))]


@pytest.mark.parametrize("clause, values", [
    ("可再生能源利用总量折合标煤约4048万吨", [("40480000", "tce")]),  # 563
    ("可再生能源消费量折合标煤超过1000万吨", [("10000000", "tce")]),  # 566
    ("可再生能源消费量折合标煤 625 万吨", [("6250000", "tce")]),  # 566, spaced as printed
    ("每年可节约标煤4048万吨", [("40480000", "tce")]),  # 563
    ("相当于节省了标煤360万吨", [("3600000", "tce")]),  # 572
    ("节约标准煤1.2亿吨", [("120000000", "tce")]),
])
def test_coal_before_the_value(clause, values):
    assert read(clause) == values


@pytest.mark.parametrize("clause, values", [
    ("年综合能耗1万吨标准煤以上", [("10000", "tce")]),  # 55: the unit after the value, read as before
    ("可再生能源消费量折合标煤625万吨，减少二氧化碳排放1600万吨", [("6250000", "tce"), ("16000000", "t")]),  # only the one after 标煤
    ("年节能7700万吨标准煤，相当于减排二氧化碳1.48亿吨", [("77000000", "tce"), ("148000000", "t")]),
    ("煤炭消费量控制在3000万吨以内", [("30000000", "t")]),  # coal, not its equivalent
    ("吨标准煤/吨纸2吨", [("2", "t")]),  # 552's table: a unit and a cell, no value after the coal
    ("电力的折标煤系数0.1229", []),  # 528, 552: a coefficient, no tonnes
])
def test_not_coal_before_the_value(clause, values):
    assert read(clause) == values


@pytest.mark.parametrize("body, row", [
    ("到2025年，可再生能源消费量折合标煤超过1000万吨。", ("10000000", "tce", ">", "可再生能源消费量")),  # 566's key
    ("到2025年，可再生能源利用总量折合标准煤约4048万吨。", ("40480000", "tce", "~", "可再生能源利用总量")),
    # the unit printed after the value: as before
    ("到2025年，可再生能源利用总量达到4048万吨标准煤。", ("40480000", "tce", "=", "可再生能源利用总量")),
])
def test_target_in_tce(body, row):
    """The value in tce, and the indicator without the coal words (target_cues.tsv trailing-unit)."""
    assert target_rows(measure_doc(body))[0] == row

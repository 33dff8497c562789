"""Issue 14 class 5 (lane LB6, for lane TB4's note in corpus/tb4-tables.md): an indicator table's row name opening with a
voltage class (500 千伏变电站数（座）, 572) keeps its number: ``tables._clean_name`` took any run of digits opening a name
for the row number (千伏变电站数). A run of digits followed by a class word (``label-class-lead`` of
ontology/target_cues.tsv: 千伏, kV, 级, 米, 小时 …) is no row number. Non-held-out pool, branch lb6: 6 labels of 572
changed (千伏变电站 → 500千伏变电站 ×2, 千伏公用变电站 → 220/110千伏公用变电站 ×4), 6 better, no target found or lost.

Rows shortened from 572 (outside the held-out halves of corpus/keys/split.tsv); the document is built in memory around
the table, as tests/test_tables_scrambled.py does."""
from __future__ import annotations

import pytest

from kg.annotate.tables import _clean_name
from tests.test_tables_scrambled import HEAD, rows

VOLTAGE = (HEAD + "1\n500 千伏变电站数（座）\n4\n9\n预期性\n"
           "2\n220 千伏公用变电站数量（座）\n37\n67\n预期性\n"
           "3\n城镇污水处理率（%）\n95\n97\n约束性\n")


def test_a_voltage_class_opening_a_row_name_is_kept():
    labels = [r[0] for r in rows(VOLTAGE, "indicator_label")]
    assert labels == ["500千伏变电站", "220千伏公用变电站", "城镇污水处理率"]


@pytest.mark.parametrize("cell,name", [
    ("500千伏变电站数", "500千伏变电站数"),       # a voltage class: no row number
    ("35kV线路长度", "35kV线路长度"),
    ("10千伏联络率", "10千伏联络率"),
    ("3城镇污水处理率", "城镇污水处理率"),        # a row number glued to the name still goes
    ("（4）森林覆盖率", "森林覆盖率"),
])
def test_clean_name_row_numbers(cell, name):
    assert _clean_name(cell) == name

"""kg/query/ keeps the house rules of issue 16 (scripts/house_check.py): no cycle, no kg import
inside a function, no file over 450 lines, no markup or SPARQL in a Python string."""
from __future__ import annotations

import runpy
from pathlib import Path

HOUSE = runpy.run_path(str(Path(__file__).resolve().parent.parent / "scripts" / "house_check.py"))


def test_query_package_keeps_the_house_rules():
    found = HOUSE["check"]()
    mine = [f"{rule}: {item}" for rule, items in found.items() for item in items
            if item.startswith(("kg/query/", "kg/table.py")) or (rule == "cycle" and "kg.query." in item)]
    assert mine == []

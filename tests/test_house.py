"""The house rules of issue 16, as tests: the layout a newcomer can rely on (ARCHITECTURE.md).

The measuring is scripts/house_check.py (also runnable by hand); these tests fail on any
violation and name it."""
import importlib.util
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("house_check", ROOT / "scripts" / "house_check.py")
house = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(house)


@pytest.fixture(scope="module")
def found():
    return house.check()


@pytest.mark.parametrize("rule", ["cycle", "inner", "size", "markup", "sparql", "document", "private"])
def test_house_rule_holds(found, rule):
    assert found[rule] == [], "\n".join(found[rule])


def test_the_checker_sees_what_it_must(tmp_path, monkeypatch):
    """The checker itself can fail: a cycle through a function-level import, an inner import,
    a long file, markup in a string and another module's private name are each reported on a small fake package."""
    kg = tmp_path / "kg"
    kg.mkdir()
    (kg / "__init__.py").write_text("")
    (kg / "a.py").write_text("from kg.b import x\n")
    (kg / "b.py").write_text(textwrap.dedent('''
        x = 1
        def f():
            from kg import a
            return "<div class='x'>" + "SELECT ?s WHERE { ?s ?p ?o }"
    '''))
    (kg / "long.py").write_text("y = 1\n" * 451)
    (kg / "c.py").write_text("from kg.b import _g, x\nfrom kg.b import __doc__\n_h = 1\n")
    (kg / "d.py").write_text("from .c import _h\n")
    monkeypatch.setattr(house, "ROOT", tmp_path)
    monkeypatch.setattr(house, "KG", kg)
    got = house.check()
    assert got["cycle"] == ["import cycle: kg.a → kg.b"]
    assert got["inner"] == ["kg/b.py:4: imports kg.a inside a function"]
    assert got["size"] == ["kg/long.py: 451 lines (> 450)"]
    assert len(got["markup"]) == 1 and len(got["sparql"]) == 1
    assert got["private"] == ["kg/c.py:1: imports kg.b._g, a private name of another module",
                              "kg/d.py:1: imports kg.c._h, a private name of another module"]

"""Every named query names a provision the way `measures` does: a part that is itself the
provision (nothing numbered below it) has its number in `part` and an empty `measure`, so a
researcher joining two queries on (doc, part, measure) loses no row."""
from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query.sparql import named_queries

# A work arrangement whose provisions are its parts 一、二、 (no （一） or 1. below them), with a
# target, lead and co roles, a goal, a sector, a place and an instrument in each part.
PARTS_ONLY = (
    "济南市节能降碳工作安排\n"
    "一、分解能耗目标。到2025年，全市单位地区生产总值能源消耗比2020年下降14%。"
    "推进钢铁行业节能降碳改造，加强黄河流域生态保护。由市发展改革委牵头，市工业和信息化局配合。\n"
    "二、加强考核评价。到2025年，非化石能源消费比重达到20%。"
    "完善绿色金融政策，支持青岛市开展建筑领域节能试点。市生态环境局负责，市财政局按职责分工负责。\n"
)


def _csv(out, name, params=()):
    args = ["query", "--graph", str(out), "--name", name, "--format", "csv"]
    for p in params:
        args += ["--param", p]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


@pytest.fixture(scope="module")
def parts_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("parts")
    src = root / "安排.txt"
    src.write_text(PARTS_ONLY, encoding="utf-8")
    out = root / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_measures_names_a_part_by_its_part_column(parts_build):
    rows = _csv(parts_build, "measures")
    assert [(r["kind"], r["part"], r["measure"]) for r in rows] == [("part", "一", ""), ("part", "二", "")]


# Queries that need a parameter get one that selects rows of the document.
PARAMS = {"targets_due": ("year_max=2030",), "measures_by_actor": ("actor=山东省济南市发展改革委",)}
UNIT_QUERIES = sorted(n for n, q in named_queries().items()
                      if {"doc", "part", "measure"} <= set(q.columns) and n != "measures")


def test_every_unit_query_is_checked():
    assert {"targets", "actors", "goals", "sectors", "responsibilities", "instruments", "places"} <= set(UNIT_QUERIES)


@pytest.mark.parametrize("name", UNIT_QUERIES)
def test_part_and_measure_agree_with_measures(parts_build, name):
    provisions = {(r["doc"], r["part"], r["measure"]) for r in _csv(parts_build, "measures")}
    rows = _csv(parts_build, name, PARAMS.get(name, ()))
    assert rows, f"{name} gives no row on the parts-only document: the check would be empty"
    units = {(r["doc"], r["part"], r["measure"]) for r in rows}
    assert units - {(r["doc"], "", "") for r in rows} <= provisions  # ("", ""): the title, in no provision
    assert any(u[1] for u in units)


def test_measures_by_actor_finds_a_body_by_its_printed_form(parts_build):
    """The build labels 市发展改革委 of a 济南 document 山东省济南市发展改革委; the printed form finds it too."""
    by_label = _csv(parts_build, "measures_by_actor", ("actor=山东省济南市发展改革委",))
    by_form = _csv(parts_build, "measures_by_actor", ("actor=市发展改革委",))
    assert by_label and by_form == by_label
    assert _csv(parts_build, "measures_by_actor", ("actor=省发展改革委",)) == []

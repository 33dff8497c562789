"""pkg:year (targets, goals) and a relatedness's pkg:rank are no longer written: said where a user looks (review RV12).

A user's query written before 2026-12-01 that reads them finds nothing; the ontology marks pkg:year deprecated and
says what to read instead, and the README's SPARQL section gives the rewrite, which must answer what pkg:year did.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import OWL, RDFS

from tests.conftest import run, write_docs
from tests.test_incremental import CENTRAL

ROOT = Path(__file__).resolve().parents[1]
PKG = Namespace("https://w3id.org/policykg/ontology#")
PREFIXES = "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX time: <http://www.w3.org/2006/time#> "


def test_the_ontology_says_what_replaced_them():
    g = Graph().parse(ROOT / "ontology" / "policykg.ttl", format="turtle")
    assert (PKG.year, OWL.deprecated, Literal(True)) in g
    year = " ".join(str(c) for c in g.objects(PKG.year, RDFS.comment))
    assert "pkg:deadline/time:inXSDgYear" in year
    rank = " ".join(str(c) for c in g.objects(PKG.rank, RDFS.comment))
    assert "pkg:Relatedness holds none" in rank and "pkg:score" in rank
    assert (PKG.rank, OWL.deprecated, Literal(True)) not in g  # an Implementation keeps its rank


def test_the_readme_gives_the_rewrite():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## SPARQL for researchers"):text.index("### The endpoint")]
    assert "Queries written before 2026-12-01" in section
    assert "pkg:deadline/time:inXSDgYear" in section and "DESC(?score) STR(?related_measure)" in section


def test_an_old_query_finds_nothing_and_the_rewrite_finds_the_years(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL)
    out = tmp_path / "out"
    assert run("build", src, "--out", out).exit_code == 0
    old = run("query", "--graph", out, "--format", "csv",
              PREFIXES + "SELECT ?t ?y WHERE { ?t a pkg:Target ; pkg:year ?y }")
    new = run("query", "--graph", out, "--format", "csv",
              PREFIXES + "SELECT ?y WHERE { ?t a pkg:Target ; pkg:deadline/time:inXSDgYear ?y } ORDER BY ?y")
    assert old.exit_code == new.exit_code == 0
    assert old.output.strip().splitlines()[0] == "t,y" and "\n2030" not in old.output  # no rows, and a note:
    assert ("note: the query names pkg:year: No longer written (2026-12-01): a target's or goal's year is its "
            "pkg:deadline's time:inXSDgYear") in old.output
    assert new.output.strip().splitlines() == ["y", "2030", "2030"]  # 能耗 −13.5% and 森林覆盖率 25% by 2030
    assert "note:" not in new.output


def test_the_note_names_the_term_as_the_query_wrote_it_and_no_other():
    from kg.query.retired import _forms

    prefixes = [("pkg", "https://w3id.org/policykg/ontology#"), ("", "https://w3id.org/policykg/ontology#")]
    term = "https://w3id.org/policykg/ontology#year"
    assert _forms(term, prefixes) == [f"<{term}>", "pkg:year", ":year"]


def test_a_query_with_rows_or_naming_a_longer_name_gets_no_note(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL)
    out = tmp_path / "out"
    assert run("build", src, "--out", out).exit_code == 0
    for q in ("SELECT ?t ?y WHERE { ?t pkg:yearComparison ?y }",  # empty, but no deprecated term
              "SELECT ?t WHERE { ?t a pkg:Target . OPTIONAL { ?t pkg:year ?y } }"):  # rows: nothing to explain
        r = run("query", "--graph", out, "--format", "csv", PREFIXES + q)
        assert r.exit_code == 0 and "note:" not in r.output, q
    r = run("query", "--graph", out, "--format", "csv",
            "SELECT ?y WHERE { ?t <https://w3id.org/policykg/ontology#year> ?y }")
    assert "note: the query names <https://w3id.org/policykg/ontology#year>:" in r.output


def test_validate_says_a_folder_of_an_earlier_version_needs_building_again(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL)
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "--formats", "nq").exit_code == 0
    assert run("validate", "--graph", out).exit_code == 0
    # as a build before 2026-12-01 wrote it: a target's pkg:year beside its deadline
    nq = out / "graph.nq"
    target = next(ln.split(b" ")[0] for ln in nq.read_bytes().splitlines()
                  if b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Target>" in ln)
    graph = nq.read_bytes().splitlines()[0].rsplit(b" <", 1)[1]
    nq.write_bytes(nq.read_bytes() + target + b' <https://w3id.org/policykg/ontology#year> '
                   b'"2030"^^<http://www.w3.org/2001/XMLSchema#gYear> <' + graph + b"\n")
    r = run("validate", "--graph", out)
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "before 2026-12-01" in r.output and "holds pkg:year, no longer written" in r.output
    assert f"policykg build SOURCES --out {out}" in r.output

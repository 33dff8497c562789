"""kg/graph/ontology_lines.py: the ontology's N-Triples lines kept once per machine are those rdflib parses afresh,
and an edited ontology is parsed again (its old entry replaced)."""
from __future__ import annotations

import pytest

from kg.graph import ontology_lines as module
from kg.graph.rdf import ontology_graph
from kg.graph.serialize import nt_lines


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICYKG_MACHINE_CACHE", raising=False)
    return tmp_path


def test_kept_lines_are_the_parsed_ones(home, monkeypatch):
    parsed = nt_lines(ontology_graph())
    assert len(parsed) > 400 and parsed == sorted(parsed)
    assert module.ontology_lines() == parsed  # parsed, then kept
    monkeypatch.setattr(module, "ontology_graph", lambda: pytest.fail("parsed again"))
    assert module.ontology_lines() == parsed  # read back from the cache
    assert len(list((home / "policykg").glob("ontology-lines-*.entry"))) == 1


def test_an_edited_ontology_is_parsed_again(home, tmp_path, monkeypatch):
    from kg.graph import rdf

    onto = tmp_path / "onto"
    onto.mkdir()
    ttl = onto / "policykg.ttl"
    ttl.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", encoding="utf-8")
    monkeypatch.setattr(module, "ontology_dir", lambda: onto)
    monkeypatch.setattr(rdf, "ontology_dir", lambda: onto)
    assert module.ontology_lines() == ["<http://example.org/a> <http://example.org/b> <http://example.org/c> ."]
    ttl.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:d .\n", encoding="utf-8")
    assert module.ontology_lines() == ["<http://example.org/a> <http://example.org/b> <http://example.org/d> ."]
    assert len(list((home / "policykg").glob("ontology-lines-*.entry"))) == 1


def test_off_parses_every_time(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("POLICYKG_MACHINE_CACHE", "0")
    assert module.ontology_lines() == nt_lines(ontology_graph())
    assert not (tmp_path / "policykg").exists()

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


def test_lines_another_code_kept_are_not_read(home, monkeypatch):
    """The entry is shared by every checkout of the machine (its key is the ontology's bytes and rdflib's version): a
    checkout whose ``rdf.ontology_graph`` or ``serialize.nt_lines`` writes other lines (another branch) must not read
    them back as its own (its graph.nq would hold another code's ontology lines, whatever its own code writes)."""
    parsed = nt_lines(ontology_graph())
    other = ["<http://example.org/another> <http://example.org/code> <http://example.org/wrote> ."]
    monkeypatch.setattr(module, "nt_lines", lambda graph: other)  # another checkout's code, the same ontology and rdflib
    monkeypatch.setattr(module, "code_digest", lambda: "f" * 64, raising=False)
    assert module.ontology_lines() == other
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("POLICYKG_MACHINE_CACHE", raising=False)
    assert module.ontology_lines() == parsed
    assert len(list((home / "policykg").glob("ontology-lines-*.entry"))) == 2  # each code its own entry, none replaced

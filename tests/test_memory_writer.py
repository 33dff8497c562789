"""The lean N-Triples writer a build uses gives the bytes rdflib's Graph would, and holds no Graph."""
from __future__ import annotations

import gc
import pickle
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef

from kg.graph import ntriples as ntwriter
from kg.build import document_result
from kg.graph.serialize import nt_lines
from kg.graph.rdf import add_document, document_graph, document_lines

from tests.conftest import SEED, SHARED, parsed

# a few short documents of the pool, of different shapes, and the seed (conftest.SEED)
POOL = ["217.txt", "207.txt", "91.txt"]


def _rdflib_bytes(doc) -> bytes:
    """What a build wrote before the lean writer: rdflib's N-Triples of the Graph, sorted."""
    return ("\n".join(nt_lines(document_graph(doc))) + "\n").encode("utf-8")


def _docs():
    return [SEED] + [SHARED / "dual-carbon" / n for n in POOL]


@pytest.mark.parametrize("path", _docs(), ids=lambda p: Path(p).name)
def test_same_bytes_as_rdflib(path):
    if not Path(path).exists():
        pytest.fail(f"{path} is missing: the tests read the pool from ../shared")
    doc = parsed(str(path))
    lines = document_lines(doc)
    expected = _rdflib_bytes(doc)
    assert lines.getvalue() == expected
    assert lines.count == expected.count(b"\n") == len(document_graph(doc))


def test_spilled_runs_give_the_same_bytes(seed_doc, tmp_path):
    """A long document goes to disk in sorted runs; merged, they are the same bytes, and the runs are gone."""
    w = ntwriter.NTriplesWriter(spill=100_000)
    add_document(w, seed_doc)
    assert len(w._runs) > 3
    runs = list(w._runs)
    lines = w.finish()
    assert not any(Path(r).exists() for r in runs)
    assert lines.getvalue() == _rdflib_bytes(seed_doc)
    # pickled (as from a worker process) it travels as its bytes
    assert pickle.loads(pickle.dumps(lines)).getvalue() == lines.getvalue()
    temp = lines._path
    lines.write_to(tmp_path / "doc.nt")
    assert (tmp_path / "doc.nt").read_bytes() == _rdflib_bytes(seed_doc)
    assert not Path(temp).exists()


def test_dropped_spill_leaves_no_file(seed_doc):
    w = ntwriter.NTriplesWriter(spill=100_000)
    add_document(w, seed_doc)
    lines = w.finish()
    temp = lines._path
    assert Path(temp).exists()
    del lines
    gc.collect()
    assert not Path(temp).exists()


def test_duplicates_and_escapes_as_rdflib():
    from rdflib.namespace import XSD

    s = URIRef("https://w3id.org/policykg/x")
    triples = [(s, URIRef("https://w3id.org/policykg/p"), Literal('a "q"\nb\\c\r', lang="zh")),
               (s, URIRef("https://w3id.org/policykg/p"), Literal(3)),
               (s, URIRef("https://w3id.org/policykg/p"), Literal("3", datatype=XSD.integer)),  # the same triple
               (s, URIRef("https://w3id.org/policykg/p"), Literal(True)),
               (s, URIRef("https://w3id.org/policykg/q"), URIRef("https://w3id.org/policykg/中文"))]
    g, w = rdflib.Graph(), ntwriter.NTriplesWriter()
    for t in triples:
        g.add(t)
        w.add(t)
    expected = ("\n".join(nt_lines(g)) + "\n").encode("utf-8")
    assert w.finish().getvalue() == expected
    assert expected.count(b"\n") == 4


def test_document_result_holds_no_rdflib_graph(monkeypatch):
    """The build's path for a document never makes an rdflib Graph (the ontology and SHACL still may)."""
    made = []
    original = rdflib.Graph.__init__

    def spy(self, *a, **k):
        made.append(type(self).__name__)
        original(self, *a, **k)

    doc = parsed(str(SHARED / "dual-carbon" / POOL[0]))
    monkeypatch.setattr(rdflib.Graph, "__init__", spy)
    r = document_result(doc)
    assert made == []
    assert r.lines.getvalue() == _rdflib_bytes(doc)
    assert made  # the spy does see a Graph made (by _rdflib_bytes): it would have caught one

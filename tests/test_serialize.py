"""The one set of streamed writers (kg/graph/serialize.py): graph.nq first, every other format from it.

What must hold: each format holds exactly the triples of graph.nq; the bytes do not depend on the
size of the pieces the writers stream (so memory is bounded and the output is still that of
serialising the whole graph at once); the store's default graph is the union.
"""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.build import Build, document_result
from kg.graph import serialize
from kg.graph.iris import CONCEPTS_GRAPH, ONTOLOGY_GRAPH
from kg.query.store import union_kwargs

from tests.conftest import nq_bytes, nq_text


@pytest.fixture(scope="module")
def built(seed_doc, tmp_path_factory):
    out = tmp_path_factory.mktemp("ser") / "out"
    out.mkdir()
    b = Build(out)
    b.add(document_result(seed_doc))
    b.finish(with_store=True, formats=("nt", "ttl", "trig", "jsonld"))
    return out


def _quads(path):
    ds = Dataset()
    if path.name == "graph.nq.gz":  # the build's N-Quads, one gzip member per graph (kg/nqfile.py)
        ds.parse(data=nq_text(path.parent), format="nquads")
        return {(s, p, o, str(g)) for s, p, o, g in ds.quads()}
    ds.parse(path, format="nquads" if path.suffix == ".nq" else path.suffix.lstrip(".").replace("jsonld", "json-ld"))
    return {(s, p, o, str(g)) for s, p, o, g in ds.quads()}


def test_ntriples_is_the_sorted_union_of_the_quads_but_the_ontology(built):
    nt = (built / "graph.nt").read_bytes().split(b"\n")
    assert nt[-1] == b"" and nt[:-1] == sorted(set(nt[:-1]))  # sorted, each triple once
    quads = _quads(built / "graph.nq.gz")
    union = {(s, p, o) for s, p, o, g in quads if g != ONTOLOGY_GRAPH}
    assert set(Graph().parse(built / "graph.nt", format="nt")) == union
    assert set(Graph().parse(built / "graph.ttl", format="turtle")) == union
    assert {g for *_, g in quads} >= {CONCEPTS_GRAPH, ONTOLOGY_GRAPH}


def test_trig_and_jsonld_hold_the_quads_of_graph_nq(built):
    quads = _quads(built / "graph.nq.gz")
    assert len(quads) > 1000
    assert _quads(built / "graph.trig") == quads
    assert _quads(built / "graph.jsonld") == quads


def test_bytes_do_not_depend_on_the_pieces(built, tmp_path):
    """External sort in runs of 7 lines, JSON-LD in pieces of 5 triples: the same bytes."""
    nq = built / "graph.nq.gz"
    serialize.write_ntriples(nq, tmp_path / "small.nt", tmp_path / "work", lines=7)
    assert (tmp_path / "small.nt").read_bytes() == (built / "graph.nt").read_bytes()
    assert not list((tmp_path / "work").iterdir())  # the runs are gone
    serialize.write_jsonld(nq, tmp_path / "small.jsonld", chunk=5)
    assert (tmp_path / "small.jsonld").read_bytes() == (built / "graph.jsonld").read_bytes()


def test_jsonld_bytes_are_those_of_the_whole_document(built):
    """The definition the streamed writer must equal: one @graph per named graph, dumped at once."""
    graphs: dict[str, list] = {}
    for quad in ox.parse(nq_bytes(built), format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    whole = {"@context": serialize._prefixes(),
             "@graph": [{"@id": g, "@graph": json.loads(ox.serialize(t, format=ox.RdfFormat.JSON_LD))}
                        for g, t in graphs.items()]}
    expected = json.dumps(whole, ensure_ascii=False, indent=1) + "\n"
    assert (built / "graph.jsonld").read_text(encoding="utf-8") == expected


def test_headers_are_sorted_and_turtle_is_oxigraphs(built):
    for name in ("graph.ttl", "graph.trig", "ontology.ttl"):
        lines = (built / name).read_text(encoding="utf-8").split("\n")
        head = [ln for ln in lines if ln.startswith("@prefix")]
        assert head == sorted(head) and lines[:len(head)] == head, name
    onto = Graph().parse(built / "ontology.ttl", format="turtle")
    in_nq = {(s, p, o) for s, p, o, g in _quads(built / "graph.nq.gz") if g == ONTOLOGY_GRAPH}
    assert set(onto) == in_nq


def test_store_holds_the_union_of_the_graphs_as_triples(built):
    store = ox.Store.read_only(str(built / "store"))
    assert not list(store.named_graphs())  # the graphs stay in graph.nq.gz (kg/query/named.py reads them)
    held = list(store)
    assert all(q.graph_name == ox.DefaultGraph() for q in held)
    # the documents, relations, concepts, and the ontology: graph.nq's quads without their graph (as a store
    # holds them: its decimals canonical, 0.1070 → 0.107)
    memory = ox.Store()
    memory.bulk_load(nq_bytes(built), format=ox.RdfFormat.N_QUADS)
    assert {str(q.triple) for q in held} == {str(q.triple) for q in memory}
    seen = [str(ox.Triple(*sol)) for sol in store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", **union_kwargs("", store=store))]
    assert sorted(seen) == sorted(str(q.triple) for q in held)
    in_file = sum(1 for line in nq_bytes(built).split(b"\n") if line.strip())
    assert len(held) == in_file  # each line of graph.nq one statement of the store: no statement in two graphs


def test_parse_formats():
    assert serialize.parse_formats("ttl, NT,,jsonld") == ("nt", "ttl", "jsonld")
    assert serialize.parse_formats("") == ()
    assert serialize.parse_formats("nq,ttl") == ("nq", "ttl")  # nq: graph.nq plain instead of graph.nq.gz
    with pytest.raises(ValueError, match="unknown format xml; choose among nq, nt, ttl, trig, jsonld"):
        serialize.parse_formats("ttl,xml")

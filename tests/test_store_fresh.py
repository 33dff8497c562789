"""A build's fresh store (kg/store_fresh.py) holds exactly what query.store.write_store puts in it."""
from __future__ import annotations

import os

import pyoxigraph as ox
import pytest

from kg.graph.iris import CONCEPTS_GRAPH, ONTOLOGY_GRAPH
from kg.graph.serialize import write_nquads, write_ontology
from kg.query.store import union_kwargs, write_store
from kg.store_fresh import write_fresh_store
from tests.conftest import nq_bytes

B = "https://w3id.org/policykg/"
# two documents' graphs (a literal holding " <" and a newline escape, a typed literal, a language tag),
# a line about a shared thing (diverted into the concepts graph), and the ontology's lines
DOC_A = [
    f'<{B}a/1> <{B}label> "低碳 <试点> 城市" .\n',
    f'<{B}a/1> <{B}year> "2025"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n',
    f'<{B}a/1> <{B}concerns> <{B}concept/x> .\n',
    f'<{B}concept/x> <http://www.w3.org/2004/02/skos/core#prefLabel> "节能"@zh .\n',
]
DOC_B = [
    f'<{B}b/1> <{B}label> "第一行\\n第二行" .\n',
    f'<{B}b/1> <{B}concerns> <{B}concept/x> .\n',
]
ONTOLOGY = [
    f"<{B}Measure> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Class> .",
    f'<{B}Measure> <http://www.w3.org/2000/01/rdf-schema#label> "措施"@zh .',
]


def _graph(folder, name="graph.nq"):
    folder.mkdir()
    graphs = [(f"{B}a", sorted(x.encode() for x in DOC_A)), (f"{B}b", sorted(x.encode() for x in DOC_B))]
    write_nquads(folder / name, graphs, ONTOLOGY)
    write_ontology(folder / "ontology.ttl", ONTOLOGY)
    return folder / name


def _quads(store_dir):
    store = ox.Store.read_only(str(store_dir))
    try:
        return sorted(str(q) for q in store.quads_for_pattern(None, None, None, None))
    finally:
        del store


@pytest.mark.parametrize("name", ["graph.nq", "graph.nq.gz"])
@pytest.mark.parametrize("piece", [125_000, 3, 1])
def test_the_same_quads_as_write_store(tmp_path, piece, name):
    nq = _graph(tmp_path / "g", name)
    write_store(tmp_path / "g" / "store", nq)
    expected = _quads(tmp_path / "g" / "store")
    loads = write_fresh_store(tmp_path / "fresh", nq, piece=piece)
    assert _quads(tmp_path / "fresh") == expected
    lines = len(nq_bytes(tmp_path / "g").splitlines())
    assert loads == -(-lines // piece)  # one load per piece of graph.nq's lines


def test_what_the_store_holds(tmp_path):
    nq = _graph(tmp_path / "g")
    write_fresh_store(tmp_path / "fresh", nq)
    store = ox.Store.read_only(str(tmp_path / "fresh"))
    assert not list(store.named_graphs())  # the union as triples; the graphs stay in graph.nq
    triples = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    # the union: every document's and the concepts' triples once, and the ontology's (ontology.ttl's) triples
    assert len(triples) == len(store) == len(set(DOC_A) | set(DOC_B)) + len(ONTOLOGY)
    assert union_kwargs("", store=store) == {}  # queried on its default graph as it is
    label = ox.Literal("低碳 <试点> 城市")
    assert list(store.quads_for_pattern(ox.NamedNode(f"{B}a/1"), None, label, ox.DefaultGraph()))
    assert bool(store.query("ASK { ?s ?p ?o } VALUES ?o { " + str(label) + " }"))
    assert list(store.quads_for_pattern(None, None, ox.Literal("第一行\n第二行"), None))  # the escaped newline
    del store


def test_only_live_files_and_a_bad_line_refused(tmp_path):
    nq = _graph(tmp_path / "g")
    write_fresh_store(tmp_path / "fresh", nq)
    names = {p.name for p in (tmp_path / "fresh").iterdir()}
    assert not any(n.startswith("LOG") or n == "LOCK" for n in names), names
    assert not (tmp_path / "fresh.live").exists()
    nq.write_bytes(nq.read_bytes() + f'<{B}a/bad iri> <{B}label> "x" <{B}a> .\n'.encode("utf-8"))
    with pytest.raises(SyntaxError):  # the quads are checked as they are loaded (their union with them)
        write_fresh_store(tmp_path / "bad", nq)


def test_a_fresh_store_updated_by_named_graph_equals_one_written_afresh(tmp_path):
    from kg.store_update import replace_graphs

    old = _graph(tmp_path / "old")
    (tmp_path / "new").mkdir()
    new = tmp_path / "new" / "graph.nq"
    write_nquads(new, [(f"{B}a", sorted(x.encode() for x in DOC_A[:2])), (f"{B}c", [DOC_B[0].encode()])], ONTOLOGY)
    write_fresh_store(tmp_path / "store", old)
    replace_graphs(tmp_path / "store", old, new)
    write_fresh_store(tmp_path / "expected", new)
    assert _quads(tmp_path / "store") == _quads(tmp_path / "expected")


# -- the store loaded as graph.nq is written (StreamedStore) --------------------------------------

def _streamed(tmp_path, name, graphs, piece=125_000, nq="graph.nq", lenient=False):
    from kg.store_fresh import streamed_store

    folder = tmp_path / name
    folder.mkdir()
    stream = streamed_store(folder / "store", folder / nq, folder / "store.fifo", piece=piece, lenient=lenient)
    try:
        write_nquads(folder / nq, graphs, ONTOLOGY, sink=stream.write)
    except BaseException:
        stream.abort()
        raise
    return folder, stream.finish()


@pytest.mark.parametrize("name", ["graph.nq", "graph.nq.gz"])  # a gzip file read past the first load: seek in its lines
@pytest.mark.parametrize("piece", [125_000, 3, 1])
def test_a_streamed_store_holds_what_a_fresh_one_holds(tmp_path, piece, name):
    nq = _graph(tmp_path / "g", name)
    write_fresh_store(tmp_path / "fresh", nq)
    graphs = [(f"{B}a", sorted(x.encode() for x in DOC_A)), (f"{B}b", sorted(x.encode() for x in DOC_B))]
    folder, loads = _streamed(tmp_path, "s", graphs, piece, name)
    assert (folder / name).read_bytes() == nq.read_bytes()  # the sink changes nothing written
    assert _quads(folder / "store") == _quads(tmp_path / "fresh")
    assert not (folder / "store.fifo").exists()
    assert not any(n.name.startswith("LOG") or n.name == "LOCK" for n in (folder / "store").iterdir())
    # the first load is fed as written, up to a piece (here: graph a's one run of lines); the rest from the file
    lines = nq_bytes(tmp_path / "g").splitlines()
    first = sum(1 for ln in lines if ln.endswith(f" <{B}a> .".encode()))
    assert loads == (1 if piece >= len(lines) else 1 - (-(len(lines) - first) // piece))


def test_a_streamed_store_refuses_a_bad_line(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    from kg.store_fresh import streamed_store

    # a line that is not N-Quads is refused
    graphs = [(f"{B}a", [x.encode() for x in sorted(DOC_A)] + [b"not a statement\n"])]
    stream = streamed_store(folder / "store", folder / "graph.nq", folder / "store.fifo")
    with pytest.raises(SyntaxError):
        try:
            write_nquads(folder / "graph.nq", graphs, ONTOLOGY, sink=stream.write)
        except BaseException:
            stream.abort()
            raise
        stream.finish()


def test_an_aborted_stream_ends_its_load(tmp_path):
    from kg.store_fresh import streamed_store

    stream = streamed_store(tmp_path / "store", tmp_path / "graph.nq", tmp_path / "store.fifo")
    stream.write(f'<{B}a/1> <{B}label> "x" <{B}a> .\n'.encode(), f" <{B}a> .\n".encode())
    stream.abort()
    assert not stream.thread.is_alive()
    assert not (tmp_path / "store.fifo").exists()  # no FIFO left where it was made (finish() removes it too)


@pytest.mark.parametrize("piece", [125_000, 1])
def test_a_streamed_store_refuses_a_bad_iri_as_the_store_from_graph_nq_does(tmp_path, piece):
    """The streamed load is the build's only check of graph.nq's IRIs (the fallback, ``write_fresh_store``,
    and an incremental update, ``store_update``, check them): a line the other paths refuse is refused
    here too, whether it reaches the store through the FIFO or from the file past the first piece."""
    bad = f'<{B}b/m 9> <{B}label> "x" .\n'.encode()  # graph b: past the first piece when a piece is 1 line
    graphs = [(f"{B}a", sorted(x.encode() for x in DOC_A)), (f"{B}b", sorted(x.encode() for x in DOC_B) + [bad])]
    write_nquads(tmp_path / "graph.nq", graphs, ONTOLOGY)
    with pytest.raises(SyntaxError):
        write_fresh_store(tmp_path / "fresh", tmp_path / "graph.nq")
    with pytest.raises(SyntaxError):
        _streamed(tmp_path, "s", graphs, piece)


def test_a_stream_that_fails_to_open_its_fifo_leaves_no_load_waiting(tmp_path, monkeypatch):
    """An error (a Ctrl-C included) while the writer opens the FIFO: the load, already waiting in its
    open for a writer, is let go and joined, and the FIFO removed; nothing is left running."""
    import threading

    import kg.store_fresh

    real, failed = kg.store_fresh.os.open, []

    def interrupted(path, flags, *a):
        if flags & os.O_WRONLY and not failed:
            failed.append(path)
            while not [t for t in threading.enumerate() if t.name == "policykg-store"]:
                pass
            raise KeyboardInterrupt
        return real(path, flags, *a)

    monkeypatch.setattr(kg.store_fresh.os, "open", interrupted)
    with pytest.raises(KeyboardInterrupt):
        kg.store_fresh.streamed_store(tmp_path / "store", tmp_path / "graph.nq", tmp_path / "store.fifo")
    assert failed
    for t in threading.enumerate():
        if t.name == "policykg-store":
            t.join(5)
            assert not t.is_alive()
    assert not (tmp_path / "store.fifo").exists()


@pytest.mark.parametrize("piece", [125_000, 1])
def test_a_build_s_lenient_stream_holds_the_same_quads_and_checks_no_iri(tmp_path, piece):
    """A build loads its own lines ``lenient`` (their IRIs checked where minted, tests/test_iris_checked.py): the same
    quads as the strict load, through the FIFO and past the first piece; and the load itself no longer refuses a bad
    IRI, which is why lines from elsewhere are loaded strictly (the default, above)."""
    graphs = [(f"{B}a", sorted(x.encode() for x in DOC_A)), (f"{B}b", sorted(x.encode() for x in DOC_B))]
    strict, _ = _streamed(tmp_path, "strict", graphs, piece)
    lenient, _ = _streamed(tmp_path, "lenient", graphs, piece, lenient=True)
    assert _quads(lenient / "store") == _quads(strict / "store")
    bad = [(f"{B}a", sorted(x.encode() for x in DOC_A) + [f'<{B}a/m 9> <{B}label> "x" .\n'.encode()])]
    folder, _ = _streamed(tmp_path, "bad", bad, piece, lenient=True)
    assert any("m 9" in q for q in _quads(folder / "store"))

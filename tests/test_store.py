"""kg.query.store: a build's store written (the union of graph.nq's graphs as triples), loaded from quads, and
queried: a query naming graphs answered from graph.nq (kg.query.named), a store of an earlier version (named
graphs) as it is.

Small synthetic builds (a few named graphs, one triple shared by two of them, an ontology graph),
so that every invariant is checked quad by quad in well under a second.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query.errors import QueryError
from kg.query.sparql import run_query
from kg.query.named import BuildStore, load_graphs
from kg.query.store import load_quads, open_store, read_nquads, union_kwargs, write_store

P = "https://w3id.org/policykg/"
ONTOLOGY = P + "ontology"
SHARED = (ox.NamedNode(P + "concept/a"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("共享"))


def _graph(name: str, n: int, shared: bool = False) -> list:
    g = ox.NamedNode(P + name)
    quads = [ox.Quad(ox.NamedNode(f"{P}{name}/m{i}"), ox.NamedNode(P + "ontology#text"), ox.Literal(f"{name} 第{i}条"), g)
             for i in range(n)]
    quads.append(ox.Quad(g, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         ox.NamedNode(P + "ontology#PolicyDocument"), g))
    if shared:
        quads.append(ox.Quad(*SHARED, g))
    return quads


def _ontology() -> list:
    g = ox.NamedNode(ONTOLOGY)
    return [ox.Quad(ox.NamedNode(P + "ontology#PolicyDocument"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                    ox.Literal("政策文件", language="zh"), g)]


def _build_folder(folder: Path, graphs: dict[str, list], store: bool = True) -> Path:
    """What a build writes for the store: graph.nq (sorted), graph.nt (the union but the ontology), ontology.ttl."""
    folder.mkdir(parents=True)
    quads = [q for qs in graphs.values() for q in qs] + _ontology()
    (folder / "graph.nq").write_bytes(b"".join(sorted(
        ox.serialize([q], format=ox.RdfFormat.N_QUADS) for q in quads)))
    triples = sorted({ox.serialize([q.triple], format=ox.RdfFormat.N_TRIPLES) for q in quads
                      if q.graph_name.value != ONTOLOGY})
    (folder / "graph.nt").write_bytes(b"".join(triples))
    (folder / "ontology.ttl").write_bytes(ox.serialize([q.triple for q in _ontology()], format=ox.RdfFormat.TURTLE))
    if store:
        write_store(folder / "store", folder / "graph.nq")
    return folder


def _triples(store_dir: Path) -> set[str]:
    store = ox.Store.read_only(str(store_dir))
    out = {str(q.triple) for q in store}
    del store
    return out


def _quads(store_dir: Path) -> set[str]:
    store = ox.Store.read_only(str(store_dir))
    out = {str(q) for q in store}
    del store
    return out


def _union_holds(store_dir: Path) -> None:
    """The store holds no named graph; its default graph holds every triple of graph.nq once, the ontology's too."""
    store = ox.Store.read_only(str(store_dir))
    assert not list(store.named_graphs())
    held = {str(q.triple) for q in store}
    assert all(q.graph_name == ox.DefaultGraph() for q in store)
    nq = store_dir.parent / "graph.nq"
    assert held == {str(q.triple) for q in ox.parse(nq.read_bytes(), ox.RdfFormat.N_QUADS)}
    del store


def _named_store(folder: Path) -> ox.Store:
    """The store of an earlier version: graph.nq's named graphs, nothing in the default graph."""
    old = ox.Store(str(folder / "store"))
    old.bulk_load(path=str(folder / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    old.flush()
    del old
    return folder


def test_written_store_holds_each_graph_and_their_union(tmp_path):
    folder = _build_folder(tmp_path / "b", {"doc/a": _graph("doc/a", 3, shared=True), "doc/b": _graph("doc/b", 2)})
    _union_holds(folder / "store")
    store = open_store(folder)
    assert isinstance(store, BuildStore)  # its graphs are graph.nq's (what a FROM may name)
    assert {g.value for g in store.named_graphs()} == {P + "doc/a", P + "doc/b", ONTOLOGY}
    _, rows = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert rows == [["9"]]  # 3 + 1 + 1 quads of a, 2 + 1 of b, 1 of the ontology: 9 distinct triples


def test_in_memory_store_from_quads_equals_the_written_one(tmp_path):
    graphs = {"doc/a": _graph("doc/a", 4, shared=True), "doc/b": _graph("doc/b", 3, shared=True)}
    folder = _build_folder(tmp_path / "b", graphs)
    memory = ox.Store()
    assert load_quads(memory, read_nquads(folder / "graph.nq")) == 4 + 1 + 1 + 3 + 1 + 1 + 1
    assert {str(q.triple) for q in memory} == _triples(folder / "store")
    assert {str(q) for q in open_store(folder, in_memory=True)} == {str(q) for q in memory}  # named graphs in memory


def test_store_written_from_a_stream_of_quads_equals_the_one_from_files(tmp_path):
    graphs = {"doc/a": _graph("doc/a", 3, shared=True), "doc/b": _graph("doc/b", 2, shared=True)}
    folder = _build_folder(tmp_path / "b", graphs)
    write_store(tmp_path / "streamed", read_nquads(folder / "graph.nq"))
    assert _quads(tmp_path / "streamed") == _quads(folder / "store")


def test_the_size_of_the_bulk_loaders_pieces_changes_no_quad(tmp_path, monkeypatch):
    """The store is loaded a piece of graph.nq at a time (kg.query.store._STORE_LINES, tuned for speed
    and size): a piece ending anywhere, even between two quads of one graph, gives the same store."""
    from kg.query import store as stores

    graphs = {"doc/a": _graph("doc/a", 5, shared=True), "doc/b": _graph("doc/b", 4, shared=True)}
    folder = _build_folder(tmp_path / "b", graphs)
    monkeypatch.setattr(stores, "_STORE_LINES", 3)
    write_store(folder / "pieces", folder / "graph.nq")  # beside the build's ontology.ttl, as a build writes it
    assert _quads(folder / "pieces") == _quads(folder / "store")
    _union_holds(folder / "pieces")


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(QueryError, match="policykg build --out"):
        open_store(tmp_path)


TEXT = "<https://w3id.org/policykg/ontology#text>"


@pytest.mark.parametrize("query, count", [
    (f"SELECT ?s WHERE {{ ?s {TEXT} ?o }}", 5),  # no dataset named: the union of the named graphs
    (f"SELECT ?s FROM <{P}doc/a> WHERE {{ ?s {TEXT} ?o }}", 3),  # FROM: that graph only, not the union
    (f"PREFIX d: <{P}doc/> SELECT ?s FROM d:b WHERE {{ ?s {TEXT} ?o }}", 2),
    (f"SELECT ?s FROM NAMED <{P}doc/b> WHERE {{ GRAPH ?g {{ ?s {TEXT} ?o }} }}", 2),
    (f"SELECT ?s FROM NAMED <{P}doc/b> WHERE {{ ?s {TEXT} ?o }}", 0),  # FROM NAMED alone: an empty default graph
    (f'SELECT ?s WHERE {{ ?s {TEXT} ?o FILTER(?o != "FROM <{P}doc/a>") }}', 5),  # FROM in a string names nothing
    (f"select ?s\n  from\n  <{P}doc/a> WHERE {{ ?s {TEXT} ?o }}", 3),  # any case and spacing
    (f"SELECT ?s WHERE {{ GRAPH <{P}doc/b> {{ ?s {TEXT} ?o }} }}", 2),
    (f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s {TEXT} ?o }} }} GROUP BY ?g", 2),  # one row per graph
    (f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s {TEXT} ?o }} ?s {TEXT} ?o }}", 5),  # GRAPH beside the union
    (f"SELECT ?s FROM <{P}doc/a> FROM <{P}doc/b> WHERE {{ ?s {TEXT} ?o }}", 5),
    (f"SELECT ?s WHERE {{ ?s {TEXT} ?o OPTIONAL {{ ?s <{P}graph> ?graph }} }}", 5),  # no GRAPH keyword: the store
], ids=["union", "from", "from-prefixed", "from-named-graph", "from-named-only", "from-in-a-string", "from-spaced",
        "graph", "graph-variable", "graph-and-union", "from-two", "graph-as-a-name"])
@pytest.mark.parametrize("layout", ["triples", "named"])
def test_a_query_reads_the_union_unless_it_names_its_dataset(tmp_path, query, count, layout, request):
    """The same answers from a build's store of triples (a query naming graphs answered from graph.nq) and
    from a store of an earlier version (the named graphs, their union the default graph)."""
    folder = _build_folder(tmp_path / "b", {"doc/a": _graph("doc/a", 3, shared=True), "doc/b": _graph("doc/b", 2)},
                           store=layout == "triples")
    if layout == "named":
        _named_store(folder)
    notes = []
    store = open_store(folder, note=notes.append)
    assert isinstance(store, BuildStore) == (layout == "triples")
    _, rows = run_query(store, query)
    assert len(rows) == count
    if layout == "triples":  # a query naming graphs is slower: said once, why
        plain = request.node.callspec.id.split("-", 1)[1] in ("union", "from-in-a-string", "graph-as-a-name")
        assert len(notes) == (0 if plain else 1)


def test_a_from_query_loads_only_the_graphs_it_names(tmp_path):
    from kg import nqfile
    from kg.graph.serialize import write_nquads

    folder = tmp_path / "b"
    _build_folder(folder, {"doc/a": _graph("doc/a", 3), "doc/b": _graph("doc/b", 2)})
    lines = sorted(ox.serialize([q.triple], format=ox.RdfFormat.N_TRIPLES) for q in _graph("doc/a", 3))
    other = sorted(ox.serialize([q.triple], format=ox.RdfFormat.N_TRIPLES) for q in _graph("doc/b", 2))
    (folder / "graph.nq").unlink()
    write_nquads(folder / nqfile.GZ, [(P + "doc/a", lines), (P + "doc/b", other)], [])
    notes = []
    store = open_store(folder, note=notes.append)
    _, rows = run_query(store, f"SELECT ?s FROM <{P}doc/b> WHERE {{ ?s {TEXT} ?o }}")
    assert len(rows) == 2 and notes == [
        "note: the query names graphs (FROM); the store holds only their union, so the graphs it names (1) are loaded "
        "from graph.nq.gz to answer it (slower)"]
    only = load_graphs(folder / nqfile.GZ, folder, {P + "doc/b"})  # of a graph.nq.gz, the member of doc/b only
    assert {g.value for g in only.named_graphs()} == {P + "doc/b"} and len(only) == 3


def test_a_serve_worker_loads_graph_nq_once(tmp_path):
    folder = _build_folder(tmp_path / "b", {"doc/a": _graph("doc/a", 3), "doc/b": _graph("doc/b", 2)})
    notes = []
    store = open_store(folder, note=notes.append, whole=True)
    for _ in range(3):
        _, rows = run_query(store, f"SELECT ?s FROM <{P}doc/a> WHERE {{ ?s {TEXT} ?o }}")
        assert len(rows) == 3
        _, rows = run_query(store, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
        assert len(rows) == 3  # a, b and the ontology
    assert len(notes) == 1 and "all its graphs" in notes[0]
    # the protocol's dataset (serve's default-graph-uri, named-graph-uri), as the workers pass it
    got = store.query(f"SELECT ?s WHERE {{ ?s {TEXT} ?o }}",
                      **union_kwargs("", default_graphs=[P + "doc/b"], store=store))
    assert len(list(got)) == 2


def test_a_store_with_its_union_copied_into_the_default_graph_gives_the_same_answers(tmp_path):
    """A build folder written before the store kept its named graphs only (the union materialised in the
    default graph), queried by this version: its default graph as it is, not the union mode (which would
    add the default graph to the named graphs: every triple twice)."""
    folder = _build_folder(tmp_path / "b", {"doc/a": _graph("doc/a", 3, shared=True), "doc/b": _graph("doc/b", 2)})
    old = ox.Store(str(tmp_path / "old"))
    quads = list(ox.parse((folder / "graph.nq").read_bytes(), ox.RdfFormat.N_QUADS))
    old.bulk_extend(quads + [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads])
    old.flush()
    query = f"SELECT ?s WHERE {{ ?s {TEXT} ?o }}"
    assert len(run_query(old, query)[1]) == len(run_query(open_store(folder), query)[1]) == 5


# ADJUST (SPARQL 1.2, Oxigraph has it) is a text rdflib cannot parse: what it looks like decides (guard.has_dataset)
ADJUSTED = '(ADJUST(NOW(), "PT0S"^^<http://www.w3.org/2001/XMLSchema#dayTimeDuration>) AS ?t)'


@pytest.mark.parametrize("query, count", [
    (f"SELECT ?s {ADJUSTED} WHERE {{ ?s {TEXT} ?o }} # taken from <{P}doc/a>", 5),  # FROM in a comment
    (f'SELECT ?s {ADJUSTED} WHERE {{ ?s {TEXT} ?o FILTER(?o != "from <{P}doc/a>") }}', 5),  # in a string
    (f"SELECT ?s {ADJUSTED} WHERE {{ ?s {TEXT} ?o FILTER(?o != '''x\nfrom <{P}doc/a>''') }}", 5),
    (f"SELECT ?s {ADJUSTED} FROM <{P}doc/a> WHERE {{ ?s {TEXT} ?o }}", 3),  # a FROM clause
    (f"SELECT ?s {ADJUSTED} FROM <{P}doc/a#x> WHERE {{ ?s {TEXT} ?o }} # a comment", 0),  # '#' in an IRI
], ids=["comment", "string", "long-string", "clause", "hash-in-iri"])
def test_a_text_rdflib_cannot_parse_reads_the_union_unless_a_from_clause_names_its_dataset(tmp_path, query, count):
    folder = _build_folder(tmp_path / "b", {"doc/a": _graph("doc/a", 3, shared=True), "doc/b": _graph("doc/b", 2)})
    _, rows = run_query(open_store(folder), query)
    assert len(rows) == count


def test_a_store_without_its_graph_nq_answers_the_union_and_says_what_a_graph_query_needs(tmp_path):
    folder = _build_folder(tmp_path / "b", {"doc/a": _graph("doc/a", 3), "doc/b": _graph("doc/b", 2)})
    (folder / "graph.nq").unlink()
    store = open_store(folder)
    assert list(store.named_graphs()) == []
    assert len(run_query(store, f"SELECT ?s WHERE {{ ?s {TEXT} ?o }}")[1]) == 5  # the union: the store
    with pytest.raises(QueryError, match="has no graph.nq.gz: the query names graphs"):
        run_query(store, f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s {TEXT} ?o }} }}")

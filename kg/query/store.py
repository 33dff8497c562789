"""A build's embedded store (Oxigraph): written, opened, loaded (updated: ``kg.store_update``).

The store holds the union of ``graph.nq``'s graphs (the documents, the shared concepts, the
relations, the alignments and the ontology) as triples of its default graph, each statement once
(no statement of a build is in two graphs: ``tests/test_graphs_disjoint.py``); graph.nq.gz keeps
the named graphs. Measured on the corpus + seeds with pyoxigraph 0.5.13 (2026-12-02,
scripts/bench_bytes.py, README "The store holds the union"): 17.1 → 9.5 MB and its load 0.84 →
0.41 s of CPU against the named graphs queried as their union, the same answers. A query naming
graphs is answered from graph.nq (``kg.query.named``: ``open_store`` gives its ``BuildStore``); a
store of an earlier version (its named graphs, queried with Oxigraph's ``use_default_graph_as_union``,
``union_kwargs``) is queried as it is.

Imports only pyoxigraph, so that ``policykg query`` starts fast.
"""
from __future__ import annotations

import shutil
import zlib
from itertools import islice
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg import nqfile
from kg.query.errors import QueryError, unloadable
from kg.query.guard import has_dataset
from kg.query.named import BuildStore

STORE_DIR = "store"
NQUADS = "graph.nq.gz"  # or a plain graph.nq (--formats nq, an earlier version): kg/nqfile.py

# Lines handed to Oxigraph's bulk loader at once. One call over a whole file holds about 400 bytes
# per quad (1.5 GB for the 4 million quads of a 1,000,000-character document), so a big graph goes
# in pieces; but each piece is ingested as files of its own that RocksDB then compacts into
# uncompressed ones. On the corpus (128,000 quads, a loaded machine): 25,000-line pieces made a
# 61.4 MB store in 2.9–3.9 s of CPU (14–18 s wall), one piece of 200,000 lines 42.8 MB in 2.7–3.3 s
# (10–11 s wall), the same quads and query times; on 96 pool documents (2 million quads) 26.3 →
# 21.0 s of CPU, the same 440 MB; the loading process's peak memory 96 → 207 MB on the corpus and
# 104 → 316 MB on the pool (2026-11-30, scripts/bench_store_load.py).
_STORE_LINES = 200_000
# Quads (Python objects, several times a line's bytes) handed to ``bulk_extend`` at once.
_STORE_QUADS = 25_000


def open_store(graph_dir: Path, in_memory: bool = False, note=None, whole: bool = False):
    """The embedded store that ``build`` wrote.

    By default the persistent store is opened read-only: nothing is parsed, so a one-shot
    ``policykg query`` starts fast; a store of triples (no named graph) comes as a
    ``named.BuildStore``, which answers a query naming graphs from graph.nq (``note``: told why that
    is slower; ``whole``: graph.nq loaded once and kept, for a ``serve`` worker). ``in_memory=True``
    loads the build's N-Quads, with their named graphs, into an in-memory Oxigraph store instead
    (about 1.5 s for the seed plus corpus), where queries run about four times faster: what a
    long-running ``serve`` worker wants. Without a persistent store (``build --no-store``) the
    N-Quads are always loaded into memory.
    """
    store_path = graph_dir / STORE_DIR
    nq = nqfile.find(graph_dir)
    if store_path.is_dir() and not (in_memory and nq is not None):
        try:
            store = ox.Store.read_only(str(store_path))
            return store if holds_named_graphs(store) else BuildStore(store, graph_dir, note, whole)
        except (OSError, RuntimeError) as exc:  # RocksDB's corruption (a truncated file) is a RuntimeError
            raise QueryError(
                f"the store in {store_path} could not be opened ({_first_line(exc)}): it is damaged; run "
                f"'policykg build --out {graph_dir}' with the same sources again (it writes the store afresh "
                f"from {NQUADS})") from exc
    if nq is not None:
        store = ox.Store()
        try:
            with nqfile.open_lines(nq) as fh:
                store.bulk_load(fh, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError, ValueError, EOFError, zlib.error) as exc:  # a graph.nq.gz cut short: EOFError
            raise QueryError(unloadable(nq, graph_dir, exc)) from exc
        return store
    raise QueryError(
        f"{graph_dir} holds no policykg graph (no {STORE_DIR}/ and no {NQUADS}); "
        f"run 'policykg build --out {graph_dir}' first"
    )


def store_damaged(store_dir: Path) -> str | None:
    """Why the persistent store in ``store_dir`` cannot be opened (None when it opens): a missing
    file, a truncated one (RocksDB checks every file's size as it opens, in milliseconds). What a
    rebuild checks before it trusts the store it would keep or update."""
    try:
        store = ox.Store.read_only(str(store_dir))
    except (OSError, RuntimeError) as exc:
        return _first_line(exc)
    del store
    return None


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def holds_named_graphs(store) -> bool:
    """Whether a store holds named graphs: one of an earlier version (before 2026-12-02), or N-Quads loaded
    in memory, queried with the union of its named graphs (``union_kwargs``); a build's store of triples
    holds none. One look-up in its index."""
    return next(iter(store.named_graphs()), None) is not None


def triples(lines) -> bytes:
    """N-Quads lines of a build (each ending in its graph name and a full stop) as N-Triples: the graph
    name dropped (an IRI holds no space, so the last `` <`` of a line starts it)."""
    return b"".join(line[:line.rindex(b" <")] + b" .\n" for line in lines)


def union_kwargs(text: str, default_graphs=None, store=None, named_graphs=None) -> dict:
    """The keyword arguments of ``Store.query`` for the query ``text`` on a build's store: the default
    graph is the union of the named graphs (``use_default_graph_as_union``), unless the protocol gives the
    dataset (``default_graphs``, ``named_graphs``: IRIs of ``default-graph-uri``, ``named-graph-uri``) or the
    query names its own (``FROM``): Oxigraph's union would take the place of either. A protocol's dataset is
    whole (SPARQL 1.1 Protocol 2.1.4, as Oxigraph's own server reads it): named graphs without default
    graphs give an empty default graph, default graphs without named graphs no named graph. A ``store``
    whose default graph holds triples (written before 2026-12-01 with the union copied into it, or graph
    lines loaded without graphs) is queried on its default graph as it is: Oxigraph's union mode adds the
    default graph to the named graphs and gives a triple once per graph holding it, so every answer would
    come twice or more."""
    if default_graphs or named_graphs:
        return {"default_graph": [ox.NamedNode(g) for g in default_graphs or ()],
                "named_graphs": [ox.NamedNode(g) for g in named_graphs or ()]}
    if has_dataset(text) or (store is not None and _default_graph_holds_triples(store)):
        return {}
    return {"use_default_graph_as_union": True}


def _default_graph_holds_triples(store) -> bool:
    """Whether the store's default graph holds a triple: one look-up in its index, microseconds."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def write_store(folder: Path, nquads) -> None:
    """The embedded store of a build folder: the union of its graphs as triples of the default graph.

    ``nquads`` is the build's N-Quads file or a stream of quads (``pyoxigraph.Quad``, for a build
    that streams its graph). The reference ``kg.store_fresh`` is checked against.
    """
    store = ox.Store(str(folder))
    if isinstance(nquads, (str, Path)):
        with nqfile.open_lines(Path(nquads)) as fh:
            while chunk := triples(islice(fh, _STORE_LINES)):
                store.bulk_load(chunk, format=ox.RdfFormat.N_TRIPLES)
    else:
        load_quads(store, (ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in nquads))
    store.flush()
    store.optimize()
    live_copy(store, folder)
    del store
    keep_live_copy(folder)


def live_copy(store, folder: Path) -> None:
    """RocksDB's checkpoint of ``store`` (open on ``folder``, written and flushed) beside it: its live
    files only (the SST files hard-linked), without the write-ahead logs its writes made obsolete, its
    info logs (``LOG``, and a ``LOG.old.*`` per earlier opening, which a store updated build after build
    would otherwise carry forward) or its lock. ``keep_live_copy(folder)`` puts it in the store's place
    once the store is closed. The same quads, the same files to query: only what RocksDB no longer reads goes.
    """
    live = _live(folder)
    if live.exists():
        shutil.rmtree(live)
    store.backup(str(live))


def keep_live_copy(folder: Path) -> None:
    """The checkpoint ``live_copy`` made in the place of the (closed) store in ``folder``."""
    shutil.rmtree(folder)
    _live(folder).rename(folder)


def _live(folder: Path) -> Path:
    return Path(folder).with_name(Path(folder).name + ".live")


def bulk_load_lines(store, lines, fmt, **kw) -> None:
    """Bulk-load an N-Triples or N-Quads file (a path) or lines, a piece of lines at a time (a line is
    a whole statement)."""
    fh = nqfile.open_lines(lines) if isinstance(lines, (str, Path)) else lines
    try:
        while chunk := b"".join(islice(fh, _STORE_LINES)):
            store.bulk_load(chunk, format=fmt, **kw)
    finally:
        if hasattr(fh, "close"):
            fh.close()


def load_quads(store, quads: Iterable) -> int:
    """Bulk-load a stream of quads (``pyoxigraph.Quad``, each in a named graph) a piece at a time;
    return how many quads came.

    For a build that streams its quads instead of writing N-Quads first: one pass, never the
    whole graph in memory.
    """
    count = 0
    quads = iter(quads)
    while chunk := list(islice(quads, _STORE_QUADS)):
        count += len(chunk)
        store.bulk_extend(chunk)
    return count


def read_nquads(path: Path) -> Iterable:
    """The quads of an N-Quads file (gzip or plain), streamed (for ``load_quads`` and ``write_store``)."""
    return ox.parse(nqfile.open_lines(path), format=ox.RdfFormat.N_QUADS)

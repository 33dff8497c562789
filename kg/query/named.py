"""Queries that name graphs, on a store that holds the union of a build's graphs as triples (issue 17).

A build's store holds every statement of graph.nq.gz once, in its default graph, without the graph
that states it (``kg.store_fresh``): half the bytes and half the load of the named graphs it held
before. graph.nq.gz keeps the named graphs (the file is the record, the store the index for
queries). A query that names graphs (a ``GRAPH`` pattern, ``FROM``, ``FROM NAMED``; the protocol's
``default-graph-uri``, ``named-graph-uri``) is answered from graph.nq.gz: the members it names (its
``FROM`` and ``FROM NAMED``, or the protocol's graphs), or all of it (a ``GRAPH`` pattern over the
union), loaded with their graph names into an in-memory store, where it reads what it read in the
named-graph store (the default graph the union of the named graphs). ``serve`` loads all of it once
per worker process (``whole``); ``query`` loads what the query names, each time, and says so on
stderr (``note``). A store of an earlier version (its named graphs) is queried as it is
(``query.store.open_store`` wraps only a store without named graphs).

Imports only pyoxigraph and the stdlib of ``kg.nqfile``, so that ``policykg query`` starts fast.
"""
from __future__ import annotations

import zlib
from pathlib import Path

import pyoxigraph as ox

from kg import nqfile
from kg.query.errors import QueryError, unloadable
from kg.query.guard import dataset_graphs, has_dataset, names_graphs

_DATASET = ("default_graph", "named_graphs")  # Store.query's keywords for a dataset the protocol gives


class BuildStore:
    """A build's persistent store of triples, with its graph.nq for the queries that name graphs.

    Everything but ``query`` and ``named_graphs`` is the store's own (``quads_for_pattern``, ``len``…).
    ``query(text, **kw)``: the store's answer, or, for a query naming graphs or a dataset in ``kw``
    (``default_graph``, ``named_graphs``), graph.nq's. ``named_graphs()``: graph.nq's graphs (what a
    ``FROM`` may name). ``note(line)``: told once before graph.nq is loaded, why the query is slower;
    ``whole``: graph.nq loaded whole the first time and kept (a ``serve`` worker)."""

    def __init__(self, store, graph_dir: Path, note=None, whole: bool = False):
        self.store, self.graph_dir, self.note, self.whole = store, Path(graph_dir), note, whole
        self.loaded: ox.Store | None = None  # all of graph.nq, once loaded (``whole``)
        self._names: list | None = None

    def __getattr__(self, name):
        return getattr(self.store, name)

    def __len__(self) -> int:
        return len(self.store)

    def __iter__(self):
        return iter(self.store)

    def named_graphs(self):
        if self._names is None:  # none without graph.nq (a query naming one is then told to rebuild)
            nq = nqfile.find(self.graph_dir)
            self._names = [ox.NamedNode(g) for g in graph_names(nq)] if nq is not None else []
        return iter(self._names)

    def _nq(self) -> Path:
        nq = nqfile.find(self.graph_dir)
        if nq is None:
            raise QueryError(f"{self.graph_dir} has no {nqfile.GZ}: the query names graphs, which only it holds (the "
                             f"store holds their union); rebuild it with 'policykg build --out {self.graph_dir}'")
        return nq

    def query(self, text: str, **kw):
        given = [ox_term.value for key in _DATASET for ox_term in kw.get(key) or ()]
        dataset = any(key in kw for key in _DATASET)
        if not dataset and not names_graphs(text):
            return self.store.query(text, **kw)
        wanted = None if self.whole else given if dataset else dataset_graphs(text) or None
        store = self._graphs(wanted, "the request's dataset" if dataset else
                             "FROM" if has_dataset(text) else "GRAPH")
        if not dataset and not has_dataset(text):  # the default graph: the union, as the named-graph store gave it
            kw = {k: v for k, v in kw.items() if k != "use_default_graph_as_union"}
            kw["use_default_graph_as_union"] = True
        return store.query(text, **kw)

    def _graphs(self, wanted: list[str] | None, why: str) -> ox.Store:
        """graph.nq's graphs ``wanted`` (None: all of them) in an in-memory store."""
        if self.loaded is not None:
            return self.loaded
        nq = self._nq()
        if self.note is not None:
            what = "all its graphs" if wanted is None else f"the graphs it names ({len(set(wanted))})"
            self.note(f"note: the query names graphs ({why}); the store holds only their union, so {what} are "
                      f"loaded from {nq.name} to answer it (slower)")
        store = load_graphs(nq, self.graph_dir, None if wanted is None else set(wanted))
        if wanted is None and self.whole:
            self.loaded = store
        return store


def load_graphs(nq: Path, graph_dir: Path, wanted: set[str] | None = None) -> ox.Store:
    """An in-memory store of the named graphs of ``nq`` (a build's graph.nq.gz or graph.nq) in ``wanted``
    (None: all). Of a graph.nq.gz only the members of the wanted graphs are parsed (each member one
    graph's lines)."""
    store = ox.Store()
    tails = None if wanted is None else tuple(f" <{g}> .\n".encode() for g in sorted(wanted))
    try:
        if tails is None:
            with nqfile.open_lines(nq) as fh:
                store.bulk_load(fh, format=ox.RdfFormat.N_QUADS)
        elif nqfile.is_gz(nq):
            for _, _, data in nqfile.members(nq):
                if data.endswith(tails):
                    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        else:
            with nqfile.open_lines(nq) as fh:
                store.bulk_load(b"".join(line for line in fh if line.endswith(tails)), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, OSError, ValueError, EOFError, zlib.error) as exc:  # a graph.nq.gz cut short: EOFError
        raise QueryError(unloadable(nq, graph_dir, exc)) from exc
    return store


def graph_names(nq: Path) -> list[str]:
    """The named graphs of a build's graph.nq (a graph.nq.gz: each member's first line; a plain one: every line)."""
    names: set[str] = set()
    try:
        if nqfile.is_gz(nq):
            for _, _, data in nqfile.members(nq):
                if data:
                    names.add(_graph(data[:data.find(b"\n") + 1]))
        else:
            with nqfile.open_lines(nq) as fh:
                names.update(_graph(line) for line in fh if line.strip())
    except (OSError, ValueError, EOFError, zlib.error) as exc:
        raise QueryError(unloadable(nq, nq.parent, exc)) from exc
    return sorted(names)


def _graph(line: bytes) -> str:
    return line[line.rfind(b" <") + 2:line.rfind(b">")].decode("utf-8")

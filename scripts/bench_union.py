#!/usr/bin/env python3
"""How a build's store should give queries the union of its named graphs: measured (issue 17).

    python scripts/bench_union.py BUILD [--rounds 3] [--kinds materialised,union-mode] [--memory]

On the graph.nq and ontology.ttl of the build folder BUILD, three stores are written afresh in a
temporary folder and every named query is run on each (median of --rounds, after one warm-up),
its answer checked to be the same rows as on the first. Times are CPU seconds of this process
(Oxigraph's threads included), which a shared machine disturbs less than the wall clock:

* ``materialised``: every named graph, and their union copied into the default graph (queries
  read the default graph);
* ``union-mode``: the named graphs only; queries run with Oxigraph's
  ``use_default_graph_as_union`` (the union computed, and deduplicated, at query time);
* ``default-only``: the union only, as triples, no named graphs: what builds write since 2026-12-02
  (``kg/store_fresh.py``; a query naming graphs reads graph.nq, ``kg/query/named.py``).

Prints, per store: the seconds to load it, its bytes on disk, the seconds to open it read-only,
and per query the milliseconds (each query run on every store in turn, round after round, so that a
shared machine's drift falls on all alike; ``--kinds`` to compare two); then the sum over the queries.
Builds wrote ``union-mode`` stores on 2026-12-01, ``default-only`` ones since 2026-12-02.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.graph.serialize import triple_lines  # noqa: E402
from kg.query.sparql import _term, bind_values, named_queries  # noqa: E402
from kg.query.store import bulk_load_lines  # noqa: E402
from kg import nqfile  # noqa: E402

PARAMS = {"measures_by_actor": {"actor": "生态环境部"}, "targets_due": {"year_max": "2030"}}
KINDS = ("materialised", "union-mode", "default-only")


def _load(kind: str, build: Path, folder: Path | None):
    """The store of ``kind`` written in ``folder`` (closed again), or in memory (``folder`` None: returned)."""
    store = ox.Store(str(folder)) if folder is not None else ox.Store()
    nq, ttl = nqfile.path_in(build), build / "ontology.ttl"
    if kind in ("materialised", "union-mode"):
        bulk_load_lines(store, nq, ox.RdfFormat.N_QUADS)
    if kind in ("materialised", "default-only"):
        bulk_load_lines(store, triple_lines(nq), ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    if folder is None:
        return store
    store.flush()
    store.optimize()
    del store
    return None


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _rows(result) -> list:
    if isinstance(result, ox.QueryBoolean):
        return [bool(result)]
    return sorted(tuple("" if t is None else str(t) for t in sol) for sol in result)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--kinds", default=",".join(KINDS), help="which stores, comma-separated (default: all three)")
    ap.add_argument("--memory", action="store_true", help="in-memory stores (what serve's workers load), not on disk")
    args = ap.parse_args()
    kinds = tuple(k for k in KINDS if k in args.kinds.split(","))
    queries = {name: bind_values(q.text, {k: _term(v) for k, v in PARAMS.get(name, {}).items()})
               if name in PARAMS else q.text for name, q in named_queries().items()}
    work = Path(tempfile.mkdtemp(prefix="policykg-union-"))
    table: dict[str, dict] = {}
    answers: dict[str, list] = {}
    stores = {}
    try:
        for kind in kinds:
            folder = None if args.memory else work / kind
            t0 = time.process_time()  # CPU seconds: the machine is shared, wall clock says little
            in_memory = _load(kind, args.build, folder)
            load = time.process_time() - t0
            t0 = time.perf_counter()
            stores[kind] = in_memory if folder is None else ox.Store.read_only(str(folder))
            opened = time.perf_counter() - t0
            size = _size(folder) if folder is not None else 0
            table[kind] = {"load": load, "bytes": size, "open": opened, "queries": {}}
            print(f"{kind}: loaded in {load:.2f} s CPU, {size / 1e6:.1f} MB, opened in {opened:.3f} s", flush=True)
        # every query on each store in turn, round after round: a shared machine's drift falls on all alike
        for name, text in queries.items():
            spent: dict[str, list] = {k: [] for k in kinds}
            rows_of = {}
            for kind in kinds:
                kw = {"use_default_graph_as_union": True} if kind == "union-mode" else {}
                rows = _rows(stores[kind].query(text, **kw))  # warm-up, and the answer
                rows_of[kind] = (len(rows), answers.setdefault(name, rows) == rows)
            for _ in range(args.rounds):
                for kind in kinds:
                    kw = {"use_default_graph_as_union": True} if kind == "union-mode" else {}
                    t0 = time.process_time()
                    _rows(stores[kind].query(text, **kw))
                    spent[kind].append(time.process_time() - t0)
            for kind in kinds:
                table[kind]["queries"][name] = (statistics.median(spent[kind]) * 1000,) + rows_of[kind]
    finally:
        stores.clear()
        shutil.rmtree(work, ignore_errors=True)
    print()
    print("| query | rows | " + " | ".join(f"{k} (ms CPU)" for k in kinds) + " |")
    print("|---|---|" + "---|" * len(kinds))
    for name in queries:
        cells = []
        for k in kinds:
            ms, _, same = table[k]["queries"][name]
            cells.append(f"{ms:,.1f}" + ("" if same else " (other rows!)"))
        print(f"| {name} | {table[kinds[0]]['queries'][name][1]:,} | " + " | ".join(cells) + " |")
    print("| **sum** | | " + " | ".join(f"**{sum(v[0] for v in table[k]['queries'].values()):,.0f}**" for k in kinds) + " |")
    print("| load (s CPU) | | " + " | ".join(f"{table[k]['load']:.2f}" for k in kinds) + " |")
    print("| bytes on disk (MB) | | " + " | ".join(f"{table[k]['bytes'] / 1e6:.1f}" for k in kinds) + " |")
    print("| open read-only (s) | | " + " | ".join(f"{table[k]['open']:.3f}" for k in kinds) + " |")


if __name__ == "__main__":
    main()

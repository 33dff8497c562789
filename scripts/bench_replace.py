#!/usr/bin/env python3
"""The store updated in place by named graph (``kg.query.store.replace_graphs``) against writing it afresh.

    python scripts/bench_replace.py --graph DIR [--doc IRI]

On a copy of the build's store in a temporary folder: the time of ``write_store`` for the whole
build, then of ``replace_graphs`` replacing one document's graph (the largest unless --doc) by
its own quads, and a check that the store holds exactly the quads it held before.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.query.store import read_nquads, replace_graphs, write_store  # noqa: E402
from kg import nqfile  # noqa: E402


def quads(store_dir: Path) -> set[str]:
    store = ox.Store.read_only(str(store_dir))
    out = {str(q) for q in store}
    del store
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graph", type=Path, required=True, help="a build folder (policykg build --out DIR)")
    ap.add_argument("--doc", help="the IRI of the document graph to replace (default: the largest)")
    args = ap.parse_args()
    nq = nqfile.path_in(args.graph)
    sizes = Counter(q.graph_name.value for q in read_nquads(nq))
    doc = args.doc or next(g for g, _ in sizes.most_common() if "/eli/" in g)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in (nq.name, "graph.nt", "ontology.ttl"):
            shutil.copy(args.graph / name, work / name)
        t = time.perf_counter()
        write_store(work / "store", work / nq.name)
        fresh = time.perf_counter() - t
        before = quads(work / "store")
        mine = [q for q in read_nquads(nq) if q.graph_name.value == doc]
        t = time.perf_counter()
        removed, added = replace_graphs(work / "store", remove=[doc], add=mine)
        update = time.perf_counter() - t
        same = quads(work / "store") == before
    print(f"store: {len(before):,} quads in {len(sizes)} named graphs (and their union)")
    print(f"write_store, the whole build:        {fresh:6.2f} s")
    print(f"replace_graphs, one document:        {update:6.2f} s  ({removed:,} quads out, {added:,} in: {doc})")
    print(f"same quads afterwards:               {same}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()

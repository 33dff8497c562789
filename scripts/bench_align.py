"""Benchmark and survey of central → local alignment over the development pool (issue 15.4).

    python scripts/bench_align.py                 # the whole pool (375 documents) + ../shared/corpus
    python scripts/bench_align.py --limit 60      # the first 60 pool documents only

Builds every document (timed apart), makes one Pool (provisions + one BM25 index of the central
provisions), then for every non-central document finds its parent and aligns it. Prints time per
document for (a) the implementations of each central document of ../shared/corpus found in the pool
and (b) the whole pool, and the parent found for every document with a cited or aligned parent.
A script, not a test: it takes minutes.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.analysis.align import Pool  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402
from kg.text.read import ReadError  # noqa: E402
from kg.text.structure import StructureError  # noqa: E402

POOL = ROOT.parent / "shared" / "dual-carbon"
CORPUS = ROOT.parent / "shared" / "corpus"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pool documents")
    args = ap.parse_args(argv)
    files = sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.limit:
        files = files[: args.limit]
    t0 = time.perf_counter()
    docs = {}
    for p in sorted(CORPUS.glob("*.txt")) + files:
        try:
            docs[p.stem] = process_bytes(p.read_bytes(), p.name)
        except (ReadError, StructureError) as e:
            print(f"skip {p.name}: {e}")
    t1 = time.perf_counter()
    pool = Pool(docs)
    t2 = time.perf_counter()
    n_prov = sum(len(v) for v in pool.provs.values())
    print(f"{len(docs)} documents, {n_prov} provisions ({sum(len(pool.provs[k]) for k in pool.central)} central "
          f"in {len(pool.central)} central documents); build {t1 - t0:.1f}s, pool+index {t2 - t1:.1f}s")
    per_parent: dict[str, list[float]] = defaultdict(list)
    times = []
    hows = defaultdict(int)
    rows = []
    for k in sorted(docs, key=lambda s: (not s.isdigit(), int(s) if s.isdigit() else 0, s)):
        if pool.levels[k].level == "central":
            continue
        s = time.perf_counter()
        al = pool.align(k)
        dt = time.perf_counter() - s
        times.append(dt)
        hows[al.how or al.relation] += 1
        if al.central:
            per_parent[al.central].append(dt)
            rows.append((k, al.central, al.how, len(al.pairs), len(al.local_provisions)))
    t3 = time.perf_counter()
    print(f"aligned {len(times)} non-central documents in {t3 - t2:.1f}s: {1000 * (t3 - t2) / max(len(times), 1):.0f} ms per document; "
          f"parents: {dict(sorted(hows.items()))}")
    for c, ts in sorted(per_parent.items()):
        print(f"  implementations of {c}: {len(ts)} documents, {1000 * sum(ts) / len(ts):.0f} ms per document")
    print("\ndocument\tparent\thow\tpairs\tprovisions")
    for r in rows:
        print("\t".join(map(str, r)))


if __name__ == "__main__":
    main()

"""Every named query's time on two or more stores of the same graph, interleaved (issue 17).

    python scripts/bench_store_queries.py BUILD_A/store BUILD_B/store [...] [--rounds 5]

For each named query (the parameters of ``scripts/record_outputs.sh``), each store in turn, ``--rounds``
times; the best time per store, the rows (which must agree), and the sum. Interleaving store by store
within a query keeps a shared machine's load from favouring one store. What it showed (2026-12-01,
corpus + seeds, 25 queries): a store written afresh and compacted 4.6 s; the same store before its
compaction 6.6 s (1.4×); a store updated by named graph twice and never compacted (as rebuilds left
it) 6.9 s (1.5×), 4.6 s once compacted.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAMS = {"measures_by_actor": {"actor": "生态环境部"}, "targets_due": {"year_max": "2030"}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", nargs="+", type=Path, help="store folders (BUILD/store)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import pyoxigraph as ox

    from kg.query.sparql import _term, bind_values, named_queries, run_query

    stores = [ox.Store.read_only(str(p)) for p in args.stores]
    total = [0.0] * len(stores)
    print("| query | " + " | ".join(str(p) for p in args.stores) + " |")
    print("|---|" + "---:|" * len(stores))
    for name, q in named_queries().items():
        params = PARAMS.get(name, {})
        text = bind_values(q.text, {k: _term(v) for k, v in params.items()}) if params else q.text
        best: list = [None] * len(stores)
        rows: list = [None] * len(stores)
        for _ in range(args.rounds):
            for i, store in enumerate(stores):
                t = time.perf_counter()
                result = run_query(store, text)
                spent = time.perf_counter() - t
                best[i] = spent if best[i] is None else min(best[i], spent)
                rows[i] = len(result[1])
        for i, b in enumerate(best):
            total[i] += b
        flag = "" if len(set(rows)) == 1 else "  ← rows differ"
        print(f"| {name} | " + " | ".join(f"{b * 1000:.1f} ms ({n})" for b, n in zip(best, rows)) + f" |{flag}")
    print("| **sum** | " + " | ".join(f"**{t:.2f} s**" for t in total) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

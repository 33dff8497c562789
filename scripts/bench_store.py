#!/usr/bin/env python3
"""rdflib's in-memory store against embedded Oxigraph on the seed plus the whole corpus, side by side.

    python scripts/bench_store.py [--rounds 5] [--graph DIR] [--rdflib-limit 30]

Builds the seed and corpus (unless --graph names a build), then, in one run and on the same
graph (documents plus ontology in the default graph):

* load time: rdflib ``Dataset`` parsing graph.nq, Oxigraph in memory (what ``serve`` workers
  do), and opening the persistent Oxigraph store that ``build`` wrote (what ``query`` does);
* each named query's median over --rounds rounds in the three setups, with row counts checked
  to agree; rdflib gets at most --rdflib-limit seconds per query (reported as '>limit' past it);
* the cold time of ``policykg query --name measures --format csv`` as a fresh process.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from kg import nqfile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARAMS = {"measures_by_actor": {"actor": "生态环境部"}, "targets_due": {"year_max": "2030"}}


def timed(fn, rounds: int, cap: float | None = None):
    times, result = [], None
    for _ in range(rounds):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        if cap is not None and times[-1] > cap:
            break
    return statistics.median(times) * 1000, result, len(times)


def rdflib_timed(ds, text: str, init: dict, rounds: int, limit: float):
    """Median ms and row count of an rdflib query, run in a forked child that is killed past ``limit`` s.

    Returns (None, None) when a single run exceeds the limit: rdflib's evaluator takes many
    minutes on some joins, and the benchmark must still finish.
    """
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()

    def work():
        times, rows = [], 0
        for _ in range(rounds):
            t = time.perf_counter()
            rows = len(list(ds.query(text, initBindings=init)))
            times.append(time.perf_counter() - t)
            child.send((statistics.median(times) * 1000, rows, len(times)))
            if sum(times) > limit:
                break
        child.send(None)

    proc = ctx.Process(target=work)
    proc.start()
    best, deadline = None, time.perf_counter() + limit * 2
    while True:
        left = deadline - time.perf_counter()
        if left <= 0 or not parent.poll(left):
            break
        msg = parent.recv()
        if msg is None:
            break
        best = msg
    proc.kill()
    proc.join()
    return best if best else (None, None, 0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--graph", type=Path, help="a build folder (default: build seed + corpus into a temporary folder)")
    ap.add_argument("--rdflib-limit", type=float, default=30.0,
                    help="seconds an rdflib query may take; slower ones are reported as '>limit'")
    args = ap.parse_args()

    from rdflib import Dataset, Literal

    from kg.query.sparql import _term, bind_values, named_queries, open_store, run_query

    out = args.graph
    if out is None:
        out = Path(tempfile.mkdtemp()) / "out"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT.parent / "shared" / "corpus"),
                        str(ROOT / "seeds"), "--out", str(out)], check=True, capture_output=True)
        print(f"build of seed + corpus: {time.perf_counter() - t:.1f} s")

    def load_rdflib():
        ds = Dataset(default_union=True)
        with nqfile.open_lines(nqfile.path_in(out)) as fh:
            ds.parse(data=fh.read().decode("utf-8"), format="nquads")
        ds.parse(out / "ontology.ttl", format="turtle")
        return ds

    rd_load, ds, _ = timed(load_rdflib, 1)
    mem_load, mem, _ = timed(lambda: open_store(out, in_memory=True), 3)
    disk_open, disk, _ = timed(lambda: open_store(out), 3)
    print(f"graph: {out}  ({len(disk)} quads in the store, union included)")
    print(f"load: rdflib {rd_load / 1000:.2f} s | oxigraph in memory {mem_load / 1000:.2f} s "
          f"({rd_load / mem_load:.1f}x faster) | open persistent oxigraph store {disk_open:.0f} ms")
    print(f"\n{'query':20} {'rows':>6} {'rdflib ms':>10} {'ox memory ms':>13} {'ox disk ms':>11} {'rdflib/mem':>11}")
    worst_mem = worst_disk = 0.0
    for name, q in named_queries().items():
        params = PARAMS.get(name, {})
        text = bind_values(q.text, {k: _term(v) for k, v in params.items()}) if params else q.text
        init = {k: Literal(v) for k, v in params.items()}
        r_ms, r_rows, n = rdflib_timed(ds, q.text, init, args.rounds, args.rdflib_limit)
        m_ms, m_res, _ = timed(lambda: run_query(mem, text), args.rounds)
        d_ms, d_res, _ = timed(lambda: run_query(disk, text), args.rounds)
        rows = len(m_res[1])
        if rows != len(d_res[1]) or (r_rows is not None and r_rows != rows):
            print(f"  ! {name}: row counts differ: rdflib {r_rows}, memory {rows}, disk {len(d_res[1])}")
        worst_mem, worst_disk = max(worst_mem, m_ms), max(worst_disk, d_ms)
        if r_ms is None:
            r_txt, ratio = f">{args.rdflib_limit * 1000:.0f}", f">{args.rdflib_limit * 1000 / m_ms:.0f}x"
        else:
            r_txt, ratio = f"{r_ms:.1f}", f"{r_ms / m_ms:.0f}x"
        note = "" if n in (0, args.rounds) else f"  (rdflib timed {n}x)"
        print(f"{name:20} {rows:6d} {r_txt:>10} {m_ms:13.1f} {d_ms:11.1f} {ratio:>11}{note}", flush=True)
    print(f"slowest named query: oxigraph in memory {worst_mem:.1f} ms, on disk {worst_disk:.1f} ms")

    exe = Path(sys.executable).parent / "policykg"
    cmd = [str(exe), "query", "--graph", str(out), "--name", "measures", "--format", "csv"]
    cold, _, _ = timed(lambda: subprocess.run(cmd, check=True, capture_output=True), args.rounds)
    bare, _, _ = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), args.rounds)
    print(f"cold 'policykg query --name measures --format csv' (fresh process): median {cold:.0f} ms "
          f"(a bare 'python -c pass' takes {bare:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

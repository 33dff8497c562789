"""The fresh store's bytes, CPU and peak memory by the size of its pieces (issue 17: the folder ≤ 40× and
peak memory < 1.5 GB at 500 documents).

    python scripts/bench_store_pieces.py BUILD                          # 125,000 … 1,000,000 lines
    python scripts/bench_store_pieces.py BUILD --lines 125000 250000 --modes compacted uncompacted

Each setting loads ``BUILD``'s graph.nq(.gz) afresh into a temporary folder in a process of its own:
``compacted`` is ``kg.store_fresh.write_fresh_store`` (pieces of ``--lines`` lines, compacted when more
than one), ``uncompacted`` the same pieces without the final ``optimize()`` (RocksDB may still compact in
the background while the pieces load: its size is not the same from run to run), ``one-file`` a single
``bulk_load`` reading an N-Triples file (written beforehand, not counted: Python then holds no line).
Printed: loads, wall and CPU seconds (every thread), the store's bytes and SST files, the process's peak
memory. Timings depend on the machine's load.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from kg import nqfile

ROOT = Path(__file__).resolve().parent.parent


def child(nquads: Path, dest: Path, lines: int, mode: str) -> None:
    import pyoxigraph as ox

    from kg import store_fresh
    from kg.query import store as stores

    folder = dest / "store"
    if mode == "one-file":
        nt = dest / "graph.nt"
        with nqfile.open_lines(nquads) as fh, open(nt, "wb") as out:
            while chunk := list(islice(fh, 100_000)):
                out.write(stores.triples(chunk))
    t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    if mode == "compacted":
        loads = store_fresh.write_fresh_store(folder, nquads, piece=lines)
    else:
        store = ox.Store(str(folder))
        if mode == "one-file":
            store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
            loads = 1
        else:
            with nqfile.open_lines(nquads) as fh:
                loads = store_fresh._load_pieces(store, fh, lines, False)
        store.flush()
        stores.live_copy(store, folder)
        del store
        stores.keep_live_copy(folder)
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    files = [p for p in folder.iterdir() if p.is_file()]
    print(json.dumps({"loads": loads, "wall": time.perf_counter() - t0,
                      "cpu": r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime,
                      "bytes": sum(p.stat().st_size for p in files), "ssts": sum(p.suffix == ".sst" for p in files),
                      "maxrss_mb": r1.ru_maxrss / 1024}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("build", type=Path, help="a build folder (its graph.nq.gz)")
    ap.add_argument("--lines", type=int, nargs="+", default=[125_000, 250_000, 500_000, 1_000_000])
    ap.add_argument("--modes", nargs="+", default=["compacted"], choices=["compacted", "uncompacted", "one-file"])
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    nquads = nqfile.find(args.build)
    if nquads is None:
        sys.exit(f"{args.build}: no graph.nq.gz or graph.nq there; give a build's folder")
    if args.child:
        child(nquads, args.child, args.lines[0], args.modes[0])
        return
    print("| mode | lines a piece | loads | wall | CPU | store | SST files | peak memory |")
    print("|---|---|---|---|---|---|---|---|")
    for mode in args.modes:
        for lines in ([0] if mode == "one-file" else args.lines):
            work = Path(tempfile.mkdtemp(prefix="policykg-pieces-"))
            try:
                proc = subprocess.run([sys.executable, __file__, str(args.build), "--lines", str(lines),
                                       "--modes", mode, "--child", str(work)], cwd=ROOT, capture_output=True, text=True)
            finally:
                shutil.rmtree(work, ignore_errors=True)
            if proc.returncode != 0:
                sys.exit(proc.stderr[-2000:])
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"| {mode} | {f'{lines:,}' if lines else '-'} | {r['loads']} | {r['wall']:.1f} s | {r['cpu']:.1f} s "
                  f"| {r['bytes'] / 1e6:.1f} MB "
                  f"| {r['ssts']} | {r['maxrss_mb']:.0f} MB |")


if __name__ == "__main__":
    main()

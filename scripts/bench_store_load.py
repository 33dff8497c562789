"""How long the embedded store takes to load a build's graph.nq, how big it is and how much memory
the load holds, by the size of the pieces handed to Oxigraph's bulk loader (issue 17).

    python scripts/bench_store_load.py BUILD                  # pieces of 25,000 and 200,000 lines
    python scripts/bench_store_load.py BUILD --lines 25000 100000 200000

Each piece size loads the store afresh in a process of its own (``kg.query.store.write_store``, as a
build does: the named graphs, their union, the ontology, then compacted), into a temporary folder;
printed: wall and CPU seconds (every thread of the process), the store's bytes and files, the
process's peak memory, and the number and a digest of the store's quads (which must not depend on
the piece size). Timings depend on the machine's load.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from kg import nqfile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def child(build: Path, dest: Path, lines: int) -> None:
    import pyoxigraph as ox

    from kg.query import store as stores

    stores._STORE_LINES = lines
    shutil.copyfile(build / "ontology.ttl", dest / "ontology.ttl")  # write_store reads it beside the store
    t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    stores.write_store(dest / "store", nqfile.path_in(build))
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter() - t0
    files = [p for p in (dest / "store").iterdir() if p.is_file()]
    store = ox.Store.read_only(str(dest / "store"))
    digest, count = hashlib.sha256(), 0
    for line in sorted(str(q) for q in store):
        digest.update(line.encode("utf-8") + b"\n")
        count += 1
    print(json.dumps({"lines": lines, "wall": wall, "cpu": r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime,
                      "bytes": sum(p.stat().st_size for p in files), "files": len(files),
                      "maxrss_mb": r1.ru_maxrss / 1024, "quads": count, "digest": digest.hexdigest()[:16]}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("build", type=Path, help="a build folder (its graph.nq and ontology.ttl)")
    ap.add_argument("--lines", type=int, nargs="+", default=[25_000, 200_000])
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.build, args.child, args.lines[0])
        return
    with nqfile.open_lines(nqfile.path_in(args.build)) as fh:
        total = sum(1 for _ in fh)
    print(f"{nqfile.path_in(args.build)}: {total:,} quads")
    print("| lines a piece | wall | CPU | store | files | peak memory | quads | digest |")
    print("|---|---|---|---|---|---|---|---|")
    for lines in args.lines:
        work = Path(tempfile.mkdtemp(prefix="policykg-store-"))
        try:
            proc = subprocess.run([sys.executable, __file__, str(args.build), "--lines", str(lines), "--child", str(work)],
                                  cwd=ROOT, capture_output=True, text=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if proc.returncode != 0:
            sys.exit(proc.stderr[-2000:])
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"| {lines:,} | {r['wall']:.2f} s | {r['cpu']:.2f} s | {r['bytes'] / 1e6:.1f} MB | {r['files']} "
              f"| {r['maxrss_mb']:.0f} MB | {r['quads']:,} | {r['digest']} |")


if __name__ == "__main__":
    main()

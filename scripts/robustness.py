#!/usr/bin/env python3
"""Mutated real documents through the CLI, at scale: how many inputs, how many graphs, errors, crashes.

    python scripts/robustness.py [--seeds 10] [--big-mb 10]

Every document of the manifest (seed, corpus texts, raw PDF and HTML) is mutated by each of
kg.mutate's mutations with --seeds seeds (truncated anywhere, paragraphs shuffled, random
bytes inserted, punctuation width swapped), and built with ``policykg build --no-store``. Then
the corpus texts are concatenated until --big-mb megabytes and built as one file. An outcome
is a graph (exit 0), or a one-line error (exit 1); anything else (an exception, a traceback,
two error lines, output left by a failed build) is a crash and is printed.
"""
from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def outcome(result, out: Path) -> str:
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return f"crash: {result.exception!r}"
    if "Traceback" in result.output:
        return "crash: traceback printed"
    if "internal error" in result.output:  # a bug, contained at the document boundary (traceback in a log)
        return "crash: internal error"
    if result.exit_code == 0:
        return "graph" if any((out / n).exists() for n in ("graph.nq.gz", "graph.nq")) else "crash: exit 0 without graph.nq.gz"
    errors = [ln for ln in result.output.splitlines() if ln.startswith("Error:")]
    if len(errors) != 1:
        return f"crash: {len(errors)} error lines"
    if out.exists():
        return "crash: a failed build left output"
    return "error"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--big-mb", type=float, default=10.0)
    args = ap.parse_args()
    from click.testing import CliRunner

    from kg.cli import main as cli
    from kg.mutate import MUTATIONS, mutate

    with (ROOT / "corpus" / "manifest.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t"))
    docs = [(ROOT / r["path"]).resolve() for r in rows]
    counts: dict[str, int] = {}
    crashes = []
    tmp = Path(tempfile.mkdtemp())
    started = time.perf_counter()
    n = 0
    for doc in docs:
        data = doc.read_bytes()
        for kind in MUTATIONS:
            for seed in range(args.seeds):
                n += 1
                src = tmp / f"m{n}{doc.suffix}"
                src.write_bytes(mutate(data, kind, random.Random(seed)))
                out = tmp / f"out{n}"
                res = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--no-store"])
                o = outcome(res, out)
                key = f"{kind}: {o.split(':')[0]}"
                counts[key] = counts.get(key, 0) + 1
                if o.startswith("crash"):
                    crashes.append((doc.name, kind, seed, o))
                src.unlink()
    mutated_time = time.perf_counter() - started
    print(f"{n} mutated inputs from {len(docs)} documents x {len(MUTATIONS)} mutations x {args.seeds} seeds "
          f"in {mutated_time:.0f} s")
    for key in sorted(counts):
        print(f"  {key:28} {counts[key]}")
    texts = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    big = bytearray()
    while len(big) < args.big_mb * 1e6:
        for t in texts:
            big += t.read_bytes() + b"\n"
    src = tmp / "big.txt"
    src.write_bytes(bytes(big))
    out = tmp / "big-out"
    t = time.perf_counter()
    res = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--no-store"])
    o = outcome(res, out)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(big) / 1e6:.1f} MB concatenation of the corpus: {o} in {time.perf_counter() - t:.0f} s "
          f"(peak memory of this process {peak:.0f} MB); {res.output.strip().splitlines()[-1][:160] if res.output.strip() else ''}")
    if o.startswith("crash"):
        crashes.append(("big.txt", "concatenation", 0, o))
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)  # 216 builds: about 2 GB
    print(f"crashes: {len(crashes)}")
    for c in crashes:
        print("  ", *c)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())

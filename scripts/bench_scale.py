#!/usr/bin/env python3
"""Build time and peak memory as a synthetic corpus grows, side by side in one run.

    python scripts/bench_scale.py [--sizes 100,300,1000] [--jobs 2] [--store]

A synthetic corpus of N documents is made from the real ones (the seed and the corpus texts,
in turn): each copy gets a distinct title (a number is put in front of it), so each is a
document of its own with its own IRIs. Each size is built with
``policykg build DIR --jobs J --no-store`` (``--store``: with the embedded store) in a fresh
process; the script prints the wall time, the time per document, the peak resident memory of
the build process and of its largest worker, the size of the build, and the ratios of
documents, time and main-process memory to the smallest size, measured side by side in one run.
Flat memory means the memory ratio stays near 1 while the document ratio grows.
"""
from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sources() -> list[tuple[str, str]]:
    """(name, source text with a marker slot at the title) for every titled text document."""
    from kg.pipeline import process_bytes

    with (ROOT / "corpus" / "manifest.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t"))
    out = []
    for r in rows:
        p = (ROOT / r["path"]).resolve()
        if p.suffix != ".txt":
            continue
        doc = process_bytes(p.read_bytes(), p.name)
        title = doc.meta.get("title")
        if not title or title not in doc.source.text:
            continue
        # the marker goes before every occurrence of the title (a notice or running header may repeat it),
        # so whichever occurrence the parser takes as the title, each copy is a document of its own
        text = doc.source.text.replace("{", "{{").replace("}", "}}").replace(title, "{marker}" + title)
        out.append((p.stem, text))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,300,1000")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--store", action="store_true", help="also write the embedded store (slower, more disk)")
    ap.add_argument("--keep", action="store_true", help="keep the synthetic corpora and builds (printed)")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    base = sources()
    print(f"{len(base)} titled source texts; sizes {sizes}; --jobs {args.jobs}")
    print(f"{'documents':>9} {'wall s':>8} {'s/doc':>7} {'MB after docs':>14} {'peak MB (main)':>15} {'peak MB (worker)':>17}"
          f" {'build MB':>9} {'docs x':>7} {'time x':>7} {'memory x':>9}")
    first = None
    for n in sizes:
        folder = Path(tempfile.mkdtemp()) / "corpus"
        folder.mkdir()
        for k in range(n):
            name, text = base[k % len(base)]
            marked = text.replace("{marker}", f"第{k + 1}号").replace("{{", "{").replace("}}", "}")
            (folder / f"{k:05d}_{name}.txt").write_text(marked, encoding="utf-8")
        out = folder.parent / "out"
        cmd = [sys.executable, "-c",
               "import resource, sys; from kg.cli import main\n"
               "try:\n    main(standalone_mode=False)\nfinally:\n"
               "    s = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
               "    c = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
               "    print(f'PEAK {s} {c}', file=sys.stderr)",
               "build", str(folder), "--out", str(out), "--jobs", str(args.jobs), "--verbose"] + ([] if args.store else ["--no-store"])
        t = time.perf_counter()
        res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        wall = time.perf_counter() - t
        peak = [ln for ln in res.stderr.splitlines() if ln.startswith("PEAK ")]
        if res.returncode != 0 or not peak:
            print(f"{n:9d} build failed (exit {res.returncode}): {res.stderr[-400:]}")
            return 1
        main_kb, child_kb = (int(x) for x in peak[-1].split()[1:])
        built = [ln for ln in res.stdout.splitlines() if ln.startswith("built")]
        if not built or not built[0].startswith(f"built {n} document(s)"):
            print(f"{n:9d} not every copy became a document of its own: {built}")
            return 1
        first = first or (n, wall, main_kb)
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        # the peak of the main process once every document is written, before the steps that need them all
        docs_mb = next((float(m.group(1).replace(",", "")) for m in
                        (re.search(r"peak memory ([\d,]+) MB\] \d+ document\(s\) written", ln) for ln in res.stderr.splitlines())
                        if m), float("nan"))
        steps = [ln for ln in res.stderr.splitlines() if ln.startswith("[")]
        print(f"{n:9d} {wall:8.1f} {wall / n:7.2f} {docs_mb:14.0f} {main_kb / 1024:15.0f} {child_kb / 1024:17.0f} {size / 2**20:9.0f}"
              f" {n / first[0]:7.1f} {wall / first[1]:7.1f} {main_kb / first[2]:9.2f}   {built[0] if built else ''}",
              flush=True)
        for ln in steps:
            print(f"          {ln}")
        if args.keep:
            print(f"          kept: {folder} → {out}")
        else:
            import shutil

            shutil.rmtree(folder.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build memory of one long document, stage by stage.

    python scripts/bench_memory.py [--chars 250000] [--chars 500000] [--rdflib]

The document is the pool's texts (``../shared/dual-carbon/N.txt`` in number order) joined until
it holds the asked number of characters. Each stage of ``build.document_result`` runs in turn with
every earlier result kept alive, as in a build; after each one the script prints the resident
memory it added (``VmRSS``), the peak during it above the memory before it (``VmHWM``, reset
before each stage through ``/proc/self/clear_refs``), seconds, and bytes per input character;
then the process's resident memory before the document (the interpreter, the libraries and
jieba's dictionary) and its peak while building it. Each size runs in a fresh process.

The document's graph is written by ``rdf.document_lines`` (the lean writer a build uses; a long
document's lines go to a temporary file, so they are not counted as kept); ``--rdflib`` measures
the former way instead, an rdflib Graph then its sorted N-Triples, for comparison.
"""
from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "dual-carbon"
sys.path.insert(0, str(ROOT))


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def synthetic(chars: int) -> str:
    parts, total = [], 0
    for p in sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem)):
        t = p.read_text(encoding="utf-8")
        parts.append(t)
        total += len(t)
        if total >= chars:
            break
    return "\n".join(parts)[:chars]


def worker(chars: int, use_rdflib: bool = False) -> None:
    import jieba

    from kg import build
    from kg.pages import render as html
    from kg.graph import rdf
    from kg.pages import projection as view
    from kg.annotate import annotate
    from kg.annotate.base import tokenizer
    from kg.text.clean import clean
    from kg.analysis.related import doc_profiles
    from kg.text.read import read_bytes
    from kg.text.structure import parse

    jieba.setLogLevel(60)
    tokenizer()  # the dictionary is loaded once per process in a build too: not the document's
    data = synthetic(chars).encode("utf-8")
    keep: dict = {}
    rows = []
    gc.collect()
    base = _status("VmRSS")
    top = [base]

    def stage(name, fn):
        gc.collect()
        before = _status("VmRSS")
        _reset_peak()
        t0 = time.perf_counter()
        keep[name] = fn()
        dt = time.perf_counter() - t0
        top.append(_status("VmHWM"))
        peak = top[-1] - before
        gc.collect()
        rows.append((name, _status("VmRSS") - before, peak, dt))

    stage("read", lambda: read_bytes(data, "long.txt"))
    n = len(keep["read"].text)
    stage("clean", lambda: clean(keep["read"].text))
    stage("structure", lambda: parse(keep["read"], keep["clean"]))
    stage("annotate", lambda: annotate(keep["structure"]))
    doc = keep["annotate"]
    if use_rdflib:
        from kg.graph.serialize import nt_lines

        stage("rdf graph", lambda: rdf.document_graph(doc))
        stage("n-triples", lambda: nt_lines(keep["rdf graph"]))
        triples = len(keep["rdf graph"])
    else:
        stage("n-triples", lambda: rdf.document_lines(doc))
        triples = keep["n-triples"].count
    iri = str(rdf.document_iri(doc))
    stage("view fragment", lambda: view.fragment(iri, doc))
    stage("reading page", lambda: html.render_reading_page(html.reading_view(keep["view fragment"], iri, doc)))
    stage("profiles", lambda: doc_profiles(iri, doc))
    del build  # imported to check the stages above are the ones document_result runs
    json.dump({"chars": n, "rows": rows, "triples": triples, "base": base, "peak": max(top)}, sys.stdout)


def main() -> int:
    sizes = [int(sys.argv[i + 1]) for i, a in enumerate(sys.argv) if a == "--chars"] or [250_000]
    extra = ["--rdflib"] if "--rdflib" in sys.argv else []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--worker", str(size)] + extra, capture_output=True, text=True)
        if out.returncode:
            print(out.stderr[-2000:])
            return 1
        r = json.loads(out.stdout)
        n = r["chars"]
        print(f"\n{n:,} characters, {r['triples']:,} triples")
        print("| stage | kept MB | peak MB | s | kept B/char | peak B/char |")
        print("|---|---|---|---|---|---|")
        kept_total = 0
        for name, kept, peak, dt in r["rows"]:
            kept_total += kept
            print(f"| {name} | {kept / 2**20:.0f} | {peak / 2**20:.0f} | {dt:.1f} | {kept / n:,.0f} | {peak / n:,.0f} |")
        print(f"| all kept | {kept_total / 2**20:.0f} | | | {kept_total / n:,.0f} | |")
        print(f"process: {r['base'] / 2**20:.0f} MB before the document, peak {r['peak'] / 2**20:.0f} MB "
              f"({(r['peak'] - r['base']) / n:,.0f} B/char above it)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        worker(int(sys.argv[2]), "--rdflib" in sys.argv)
    else:
        sys.exit(main())

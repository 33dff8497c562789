"""How long the graph stage takes to turn parsed documents into their sorted N-Triples lines
(``kg.graph.rdf.document_lines``), apart from the rest of the build (issue 17).

    python scripts/bench_graph.py                 # ../shared/corpus + seeds/
    python scripts/bench_graph.py --repeat 20

The documents are parsed first (not timed); then each repeat writes every document's lines, and the
best CPU time of the repeats is printed with the number of lines and a digest of their bytes (the
digest must not change when only the speed does). Timings depend on the machine's load.
"""
from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

from kg.graph.rdf import document_lines
from kg.pipeline import process_bytes

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(p for p in (SHARED / "corpus").iterdir()
                                                             if p.suffix in (".txt", ".html", ".pdf"))
    docs = [process_bytes(p.read_bytes(), p.name) for p in paths]
    best, out = float("inf"), []
    for _ in range(args.repeat):
        t = time.process_time()
        out = [document_lines(d) for d in docs]
        best = min(best, time.process_time() - t)
    digest = hashlib.sha256(b"".join(o.getvalue() for o in out)).hexdigest()[:16]
    lines = sum(o.count for o in out)
    print(f"{len(docs)} documents, {lines:,} lines: best of {args.repeat} {best:.2f} s CPU "
          f"({best / len(docs) * 1000:.0f} ms a document); bytes {digest}")


if __name__ == "__main__":
    main()

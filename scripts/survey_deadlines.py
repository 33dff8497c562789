#!/usr/bin/env python3
"""Where targets' deadlines come from, over the development pool (held-out halves excluded).

    python scripts/survey_deadlines.py            # counts by deadline_source, documents with most undated targets
    python scripts/survey_deadlines.py --show 20  # and 20 undated target sentences to read

Every document of ../shared/dual-carbon/ except the test, test2, test3 and test4 halves of corpus/keys/split.tsv
(those are never read while tuning). For each document: its title scope (deadline.document_scope),
its targets by deadline_source (sentence, paragraph, section, document, none).
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()




def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print this many undated target sentences")
    args = ap.parse_args(argv)
    from kg.annotate import deadline

    skip = held_out()
    by_source: collections.Counter = collections.Counter()
    undated_docs, undated = [], []
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    for path, doc in pool_documents(files):
        targets = doc.annotations.get("target", [])
        if not targets:
            continue
        n_none = 0
        for a in targets:
            src = a.get("deadline_source") or "none"
            by_source[src] += 1
            if src == "none":
                n_none += 1
                undated.append((path.stem, doc.text[a.get("clause_start"):a.get("clause_end")]))
        scope = deadline.document_scope(doc)
        undated_docs.append((n_none / len(targets), path.stem, len(targets), (doc.meta.get("title") or "")[:40], scope.year if scope else None))
    total = sum(by_source.values())
    print(f"documents surveyed: {len(files)} (held-out halves excluded: {len(skip)}); targets: {total}")
    for src, n in by_source.most_common():
        print(f"  {src:10} {n:6} {n / total:6.1%}")
    print("documents with the most undated targets (share, number, targets, title, title scope):")
    for share, stem, n, title, year in sorted(undated_docs, reverse=True)[:15]:
        print(f"  {share:5.0%} {stem:>5} {n:4} {title} {year}")
    for stem, clause in undated[: args.show]:
        print(f"  {stem}: {clause[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

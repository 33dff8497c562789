#!/usr/bin/env python3
"""Goal clauses dropped as past (due before the year the document was written), over the development pool
(held-out halves excluded): which year made each one past, to read whether it is a deadline or a year that
describes a thing (2000年前建成的老旧小区, 2021年度通报的园区).

    python scripts/survey_past_goals.py            # counts, and every dropped clause with its time words
    python scripts/survey_past_goals.py --kept     # and every goal kept (to compare two versions)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402

POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()


def main(argv=None) -> int:
    from kg.annotate import goals

    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    kept_all = dropped_all = 0
    written_in = goals.written_in
    for path, doc in pool_documents(files):
        times = doc.annotations.get("time", [])
        kept = {(a.start, a.end) for a in doc.annotations.get("goal", [])}
        goals.written_in = lambda d: None
        try:
            every = goals.tag(doc, times)
        finally:
            goals.written_in = written_in
        kept_all += len(kept)
        if "--kept" in (argv if argv is not None else sys.argv[1:]):
            for a in doc.annotations.get("goal", []):
                print(f"{path.stem}\tkept\t{a.get('year') or a.get('period')}\t{doc.text[a.start:a.end][:90]}")
        for a in every:
            if (a.start, a.end) in kept:
                continue
            dropped_all += 1
            print(f"{path.stem}\t{written_in(doc)}\t{a.get('year') or a.get('period')}\t{doc.text[a.start:a.end][:90]}")
    print(f"documents: {len(files)} (held out: {len(skip)}); goals kept {kept_all}, dropped as past {dropped_all}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

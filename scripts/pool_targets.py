#!/usr/bin/env python3
"""Every target (and record, condition) policykg finds in the development pool, one row a value, to
compare two versions of the taggers over documents nobody keyed (issue 14: a rule that adds hundreds
of rows elsewhere needs a look).

    python scripts/pool_targets.py > /tmp/before.tsv      # then change a rule, run again, and diff

Reads ../shared/dual-carbon/N.txt for every N that is not in a held-out half (test, test2, test3, test4) of
corpus/keys/split.tsv. Rows: doc, layer, rule, value, value_max, unit, comparator, change, year, surface.
The last line (on stderr) counts rows per layer.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out  # noqa: E402

from kg.pipeline import process_bytes  # noqa: E402

POOL = ROOT.parent / "shared" / "dual-carbon"




def main() -> int:
    skip = held_out()
    counts: Counter = Counter()
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for path in sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 10**9):
        if path.stem in skip or not path.stem.isdigit():
            continue
        try:
            doc = process_bytes(path.read_bytes(), path.name)
        except Exception as exc:  # a document the pipeline refuses is a row, not the end of the survey
            out.writerow([path.stem, "error", type(exc).__name__, "", "", "", "", "", "", str(exc)[:80]])
            continue
        for layer in ("target", "record", "condition"):
            for a in doc.annotations.get(layer, []):
                counts[layer] += 1
                out.writerow([path.stem, layer, a.rule, a.get("value"), a.get("value_max") or "", a.get("unit"),
                              a.get("comparator"), a.get("change") or "", a.get("year") or "",
                              " ".join(doc.text[a.start:a.end].split())])
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

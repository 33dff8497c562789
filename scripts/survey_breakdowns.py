#!/usr/bin/env python3
"""Survey (lane TT, session 12): the parts of a total printed after it (其中包括：煤电1245.3万千瓦、气电516.6万千瓦…) over
the non-held-out pool (pool_survey.pool_files: held-out documents never opened).

    python scripts/survey_breakdowns.py [--jobs 2] [--only 213,151]

Prints, per document printing 其中, every value kg/annotate/breakdowns.py reads (its layer, the part's name, value, unit,
comparator, year, deadline source, the part as printed, and the 50 characters before 其中 to read the total), then the
counts by layer."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import chosen_files, over_pool  # noqa: E402


def one(path: Path):
    from kg.pipeline import process_bytes
    if "其中" not in path.read_text(encoding="utf-8", errors="replace"):
        return path.stem, []
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:  # a text the pipeline refuses reads nothing
        return path.stem, []
    t, out = doc.text, []
    for layer in ("target", "record", "condition"):
        for a in doc.annotations.get(layer, []):
            if a.rule.endswith("-breakdown"):
                s = t.rfind("其中", 0, a.start)
                out.append((layer, a.get("indicator_label") or "", a.get("value"), a.get("unit"), a.get("comparator"),
                            a.get("year"), a.get("deadline_source"), t[a.start:a.end], t[max(0, s - 50):s + 4].replace("\n", "⏎")))
    return path.stem, out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", help="pool numbers joined by commas (held-out numbers refused)")
    args = ap.parse_args()
    layers, docs = Counter(), {}
    for stem, rows in over_pool(one, args.jobs, chosen_files(args.only, ap.error)):
        for r in rows:
            layers[r[0]] += 1
            docs.setdefault(r[0], set()).add(stem)
            print(stem, *r, sep="\t")
    for layer, n in layers.most_common():
        print(f"# {layer}: {n} in {len(docs[layer])} documents ({' '.join(sorted(docs[layer], key=int))})")

#!/usr/bin/env python3
"""Groups read by a head printed once for a list (kg/annotate/group_heads.py, rules actor-carried-head and
actor-field-group) over the pool
outside the held-out halves: one row per item, its completed name and its clause, to count and read by hand.

    python scripts/survey_carried_heads.py --out /tmp/carried               # carried.tsv
    python scripts/survey_carried_heads.py --out /tmp/carried --sample 40   # … and sample.tsv (fixed seed)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import chosen_files, over_pool, tsv_writer, write_sample  # noqa: E402

from kg.annotate.actors import actor_names  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402


def rows(path: Path) -> list[list[str]]:
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:  # a text with no policy structure: nothing to survey
        return []
    text, out = doc.text, []
    for a in doc.annotations.get("actor", []):
        if a.rule not in ("actor-carried-head", "actor-field-group"):
            continue
        s, e = max(0, a.start - 30), min(len(text), a.end + 30)
        clause = (text[s:a.start] + "⟦" + text[a.start:a.end] + "⟧" + text[a.end:e]).replace("\n", "⏎")
        out.append([path.stem, a.rule, text[a.start:a.end], "|".join(sorted(actor_names(a))), clause])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", help="pool numbers joined by commas")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=20261201)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    header = ["doc", "rule", "span", "name", "clause"]
    found = [r for rs in over_pool(rows, args.jobs, chosen_files(args.only, ap.error)) for r in rs]
    with (args.out / "carried.tsv").open("w", encoding="utf-8") as fh:
        w = tsv_writer(fh)
        w.writerow(header)
        w.writerows(found)
    print(f"{len(found)} groups in {len({r[0] for r in found})} documents → {args.out / 'carried.tsv'}")
    if args.sample:
        write_sample(args.out / "sample.tsv", [dict(zip(header, r)) for r in found], args.sample, args.seed, header)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""What kg/annotate/list_items.py adds over the non-held-out pool: each actor it adds and each role that changes.

    python scripts/survey_list_items_added.py [--only 219,518] > /tmp/added.tsv

Each document is read once; its actors are tagged again without the rule (``find_list_items`` off) and
both actor sets' roles compared. Held-out documents (scripts/score.py held_out()) are never read.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402
from survey_roles import POOL  # noqa: E402


def main(argv=None) -> int:
    from kg.annotate import actors, roles

    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    args = ap.parse_args(argv)
    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.only:
        files = [p for p in files if p.stem in set(args.only.split(","))]
    rule = actors.find_list_items
    n_act = n_role = 0
    for path, doc in pool_documents(files):
        t = doc.text
        new = actors.tag_actors(doc)
        actors.find_list_items = lambda text, place: ()
        try:
            old = actors.tag_actors(doc)
        finally:
            actors.find_list_items = rule
        key = lambda a: (a.start, a.end, a.get("actor"))  # noqa: E731
        olds = {key(a) for a in old}
        for a in new:
            if key(a) not in olds:
                n_act += 1
                ctx = re.sub(r"\s", "⏎", t[max(0, a.start - 25):a.start] + "[" + t[a.start:a.end] + "]" + t[a.end:a.end + 25])
                print(f"actor\t{path.stem}\t{t[a.start:a.end]}\t{a.get('actor')}\t{a.get('jurisdiction')}\t{ctx}", flush=True)
        rk = lambda r: (r.start, r.end, r.get("actor"), r.get("role"))  # noqa: E731
        r_old = {rk(r) for r in roles.tag_roles(doc, old) if r.get("role") != "mentioned"}
        for r in roles.tag_roles(doc, new):
            if r.get("role") != "mentioned" and rk(r) not in r_old:
                n_role += 1
                print(f"role\t{path.stem}\t{t[r.start:r.end]}\t{r.get('role')}\t{r.rule}\t", flush=True)
    print(f"# added actors {n_act}, added or changed roles {n_role}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

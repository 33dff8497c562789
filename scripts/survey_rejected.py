#!/usr/bin/env python3
"""The indicator labels the target tagger rejects (a value with its comparator whose name is no noun phrase), over the
pool outside the held-out halves, with the clause each stood in: the map of issue 14's "label rejected" class.

    python scripts/survey_rejected.py --out /tmp/rejected.tsv            # one pass: doc, form, label, printed name, clause
    python scripts/survey_rejected.py --out /tmp/rejected.tsv --sample 60 --seed 20261201   # … and a draw to read by hand

The clause and the printed name are read from the frame that logged the rejection (targets._group_targets' locals:
``clause``, ``ind_text``, ``scope_word``). ``FORMS`` (the first that matches the printed name) tallies them. Held-out
documents (score.held_out()) are never read.
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import count_forms, over_pool, write_sample  # noqa: E402

from kg.pipeline import process_bytes  # noqa: E402

COLUMNS = ["doc", "form", "why", "label", "name", "scope", "clause"]

FORMS = [
    ("bracket", r"[（）()]"),
    ("punct-quote", r"[“”\"《》/：:，,；;]"),
    ("list-、", r"、"),
    ("opens-将", r"^将"),
    ("opens-在", r"^在|^长期在|^稳定在|^保持在|^控制在"),
    ("scope-glued", r"^(?:各|全省|全市|全区|全国|全县|所有|地级以上|县级以上|设区的?市)"),
    ("forecast-预计", r"预计"),
    ("ends-function-word", r"[的和与及或将使把对在是为]$"),
    ("opens-function-word", r"^[的和与及或使把对]"),
    ("requirement", r"要求|目标值|^其中"),
]


def form_of(name: str) -> str:
    return next((f for f, rx in FORMS if re.search(rx, name)), "other")


class _Catch(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.rows: list[tuple[str, str, str, str, str]] = []

    def emit(self, record):
        msg = record.getMessage()
        if "rejected" not in msg:
            return
        why = re.search(r"rejected \(([^)]*)\)", msg)
        f = sys._getframe()
        while f is not None and "clause" not in f.f_locals:
            f = f.f_back
        loc = f.f_locals if f is not None else {}
        label = msg.split(": ", 1)[-1]
        self.rows.append((why.group(1) if why else "", label, str(loc.get("ind_text", loc.get("phrase", ""))),
                          str(loc.get("scope_word") or ""), str(loc.get("clause", ""))))


def survey_one(path: Path) -> list[list[str]]:
    catch = _Catch()
    loggers = [logging.getLogger(n) for n in ("kg.annotate.targets", "kg.annotate.heads")]
    for lg in loggers:
        lg.addHandler(catch)
        lg.setLevel(logging.INFO)
    try:
        process_bytes(path.read_bytes(), path.name)
    except Exception:
        return []
    finally:
        for lg in loggers:
            lg.removeHandler(catch)
    out = []
    for why, label, name, scope, clause in catch.rows:
        clean = lambda s: s.replace("\t", " ").replace("\n", " ")  # noqa: E731
        out.append([path.stem, form_of(name.strip()), why, clean(label), clean(name), scope, clean(clause)])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=20261201)
    args = ap.parse_args()
    rows = []
    for r in over_pool(survey_one, args.jobs):
        rows += r
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    rows = [dict(zip(COLUMNS, r)) for r in rows]
    n, docs = count_forms(rows, lambda r: (r["why"], r["form"]))
    print("why\tform\tvalues\tdocuments")
    for k, v in n.most_common():
        print(f"{k[0]}\t{k[1]}\t{v}\t{len(docs[k])}")
    print(f"all\t\t{len(rows)}\t{len({r['doc'] for r in rows})}")
    if args.sample:
        write_sample(args.out.with_suffix(".sample.tsv"), rows, args.sample, args.seed, ["doc", "form", "label", "name", "clause"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

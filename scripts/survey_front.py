#!/usr/bin/env python3
"""Survey of front matter and tail over the development pool: each document's title and date.

    python scripts/survey_front.py                      # print the summary
    python scripts/survey_front.py --write corpus       # also write corpus/survey-front.tsv
    python scripts/survey_front.py --only 89,239        # a few documents (numbers of the pool)

Runs read → clean → structure over every N.txt of ../shared/dual-carbon that is not held out
(corpus/keys/split.tsv: the test halves are never read). Flags a title that keeps a publication
note (（此件…）), a page number (― 1 ―), an annex marker (附件), unbalanced 《》/«», or is very short
or missing; counts undated documents, and among them those with a date alone on one of the last
lines (a signature date the tail missed). A script, not a test: the whole pool takes minutes.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import chosen_files, over_pool  # noqa: E402

from kg.text.clean import clean  # noqa: E402
from kg.text.read import read_bytes  # noqa: E402
from kg.text.structure import StructureError, parse  # noqa: E402

OUT = "survey-front.tsv"
SHORT = 6  # characters: a title shorter than this is probably a fragment (规划)
DATE_ALONE = re.compile(r"^\s*[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?\s*$")
FLAGS = ("publication-note", "page-number", "annex-marker", "unbalanced", "short", "none")




def title_flags(title: str | None) -> list[str]:
    if not title:
        return ["none"]
    flags = []
    if "此件" in title:
        flags.append("publication-note")
    if re.search(r"[―—–－-]\s*\d{1,4}\s*[―—–－-]", title):
        flags.append("page-number")
    if re.search(r"附\s*件", title):
        flags.append("annex-marker")
    if title.count("《") != title.count("》") or title.count("«") != title.count("»"):
        flags.append("unbalanced")
    if len(title) < SHORT:
        flags.append("short")
    return flags


def survey_one(path: Path) -> dict:
    raw = path.read_bytes()
    source = read_bytes(raw, path.name)
    lines = [ln for ln in source.text.splitlines() if ln.strip()]
    date_alone = any(DATE_ALONE.match(ln) for ln in lines[-12:])
    try:
        doc = parse(source, clean(source.text))
    except StructureError:
        return {"number": path.stem, "title": "", "flags": "no-structure", "date": "", "signed": "",
                "date_alone": date_alone}
    meta = doc.meta
    return {"number": path.stem, "title": meta.get("title") or "", "flags": " ".join(title_flags(meta.get("title"))),
            "date": meta.get("date", ""), "signed": meta.get("signed", ""), "date_alone": date_alone}


def summary(rows: list[dict]) -> list[tuple[str, int]]:
    parsed = [r for r in rows if r["flags"] != "no-structure"]
    flags = Counter(f for r in parsed for f in r["flags"].split())
    out = [("documents", len(rows)), ("no structure (not surveyed)", len(rows) - len(parsed)),
           ("titles flagged", sum(1 for r in parsed if r["flags"] and r["flags"] != "none"))]
    out += [(f"  {f}", flags.get(f, 0)) for f in FLAGS]
    out += [("undated", sum(1 for r in parsed if not r["date"])),
            ("  undated with a date alone on a last line", sum(1 for r in parsed if not r["date"] and r["date_alone"])),
            ("signed (date of a signature block)", sum(1 for r in parsed if r["signed"]))]
    return out


def _summary_of(path: Path) -> dict[str, str]:
    """The summary lines (# label: n) of an earlier survey-front.tsv."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and ": " in line:
            label, n = line[2:].rsplit(": ", 1)
            out[label] = n.split(" ")[0]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", metavar="DIR", help="write DIR/survey-front.tsv")
    ap.add_argument("--only", help="comma-separated pool numbers")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--before", metavar="TSV", help="an earlier survey-front.tsv: its summary is kept as the 'before' column")
    args = ap.parse_args()
    rows = list(over_pool(survey_one, args.jobs, chosen_files(args.only, ap.error)))
    for label, n in summary(rows):
        print(f"{label}\t{n}")
    for r in rows:
        if (r["flags"] and r["flags"] != "no-structure") or (not r["date"] and r["date_alone"]):
            print(f"{r['number']}\t{r['flags'] or '-'}\t{r['date'] or 'undated'}\t{r['title'][:60]}")
    if args.write:
        out = Path(args.write) / OUT
        with out.open("w", encoding="utf-8", newline="") as fh:
            fh.write("# scripts/survey_front.py over the non-held-out pool texts: title flags and dates.\n")
            before = _summary_of(Path(args.before)) if args.before else {}
            for label, n in summary(rows):
                was = f" (before: {before[label.strip()]})" if label.strip() in before else ""
                fh.write(f"# {label.strip()}: {n}{was}\n")
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["number", "flags", "date", "signed", "date_alone_at_end", "title"])
            for r in rows:
                w.writerow([r["number"], r["flags"], r["date"], r["signed"], "yes" if r["date_alone"] else "", r["title"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())

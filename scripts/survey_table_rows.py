#!/usr/bin/env python3
"""What the build reads from the indicator tables of the pool, row by row (issue 14, item 6).

    python scripts/survey_table_rows.py --out FILE.tsv              # table targets of every table document
    python scripts/survey_table_rows.py --out FILE.tsv --text DIR   # also each cleaned text (for reading)
    python scripts/survey_table_rows.py --diff A.tsv B.tsv          # targets added / removed, by document

Held-out documents (halves test* of corpus/keys/split.tsv) are never opened. A document is surveyed when its
text layer prints three attribute cells or more (scripts/survey_tables.py's ``layout``). Per target of a table
rule (``target-table-*``, and the place and project table rules), one line: document, rule, indicator as
printed, value, value_max, unit, comparator, change, year, base year, base value, binding, and the row's
characters (its clause, new lines shown as ⏎), so a reader can check each row against the printed table.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from survey_tables import POOL, held_out, layout  # noqa: E402

FIELDS = ("document", "rule", "indicator", "value", "value_max", "unit", "comparator", "change", "year",
          "base_year", "base_value", "binding", "row")


def _table_documents() -> list[Path]:
    hide = held_out()
    out = []
    for path in sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0):
        if path.stem in hide:
            continue
        found = layout(path.read_text(encoding="utf-8", errors="replace"))
        if found is not None and found["rows"] >= 3:
            out.append(path)
    return out


def survey(out: Path, text_dir: Path | None) -> None:
    from kg.pipeline import process_bytes
    rows = []
    for path in _table_documents():
        try:
            doc = process_bytes(path.read_bytes(), path.name)
        except Exception as exc:  # a text the pipeline refuses reads nothing: say so, go on
            print(f"{path.name}: {exc}", file=sys.stderr)
            continue
        if text_dir is not None:
            text_dir.mkdir(parents=True, exist_ok=True)
            (text_dir / path.name).write_text(doc.text, encoding="utf-8")
        for a in doc.annotations.get("target", []):
            if "table" not in a.rule:
                continue
            g = a.get
            row = doc.text[g("clause_start", a.start):g("clause_end", a.end)].replace("\n", "⏎")
            rows.append([path.stem, a.rule, g("indicator_text") or "", g("value") or "", g("value_max") or "",
                         g("unit") or "", g("comparator") or "", g("change") or "", g("year") or "",
                         g("base_year") or "", g("base_value") or "", g("binding") or "", row])
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(FIELDS)
        w.writerows(rows)


def _read(path: Path) -> list[tuple]:
    with path.open(encoding="utf-8") as fh:
        return [tuple(r[:-1]) for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")][1:]


def diff(a: Path, b: Path) -> None:
    before, after = Counter(_read(a)), Counter(_read(b))
    gone, new = before - after, after - before
    docs = sorted({r[0] for r in gone} | {r[0] for r in new}, key=int)
    for d in docs:
        print(f"{d}: -{sum(n for r, n in gone.items() if r[0] == d)} +{sum(n for r, n in new.items() if r[0] == d)}")
        for r, n in sorted(gone.items()):
            if r[0] == d:
                print("  -", "\t".join(r[1:]), f"×{n}" if n > 1 else "")
        for r, n in sorted(new.items()):
            if r[0] == d:
                print("  +", "\t".join(r[1:]), f"×{n}" if n > 1 else "")
    print(f"total: {sum(before.values())} → {sum(after.values())} (-{sum(gone.values())} +{sum(new.values())})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--text", type=Path, help="write each surveyed document's cleaned text here")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
    elif args.out:
        survey(args.out, args.text)
    else:
        ap.error("give --out FILE or --diff BEFORE AFTER")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Survey of the indicator tables (主要指标) of the pool's plain texts, as the text layer flattened them.

    python scripts/survey_tables.py                 # writes corpus/survey-tables.tsv
    python scripts/survey_tables.py --out FILE      # elsewhere
    python scripts/survey_tables.py --no-read       # the layout only (no pipeline run)

Held-out documents (halves test* of corpus/keys/split.tsv) are never opened. A table row is counted by
its attribute cell (约束性 / 预期性 / 指导性 / 导向性 / 参考性 standing alone as a cell: a line of its own, or a space-separated
token of a line); prose that mentions 约束性指标 is no cell. Per document:

- ``rows``: attribute cells (rows present, counted from the layout);
- ``read``: targets the pipeline reads from the text layout today (rule ``target-table-text``);
- ``form``: ``cell-a-line`` (each row's cells one a line, the name between two attribute cells),
  ``row-a-line`` (most attribute cells share their line with other cells), ``scrambled`` (cells one a
  line but the names of several rows grouped apart from their values: no name between two attribute cells);
- ``past``: the table's header says 完成 (a results table: records, not targets).

The closing lines sum documents, rows and read per form.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "scripts"))
from score import held_out  # noqa: E402  (every document outside the development halves: issue 14)
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()
ATTR = ("约束性", "预期性", "指导性", "导向性", "参考性",  # an expected indicator as some local plans print it (指导性 438, 460; 导向性 146; 参考性 544)
        "约束", "预期")  # printed without 性 as a cell of its own (533 338 81 451 466 585), or its 性 wrapped to the next line (338)
NAME = re.compile(r"[\u4e00-\u9fff]{4,}")


def layout(text: str) -> dict | None:
    lines = text.split("\n")
    cells = []  # (line index, alone on its line)
    for i, line in enumerate(lines):
        tokens = line.split()
        if any(t in ATTR for t in tokens):
            cells.append((i, len(tokens) == 1))
    if not cells:
        return None
    alone = sum(1 for _, a in cells if a)
    if alone * 2 < len(cells):
        form = "row-a-line"
    else:
        named = 0
        for (i, _), (j, _) in zip(cells, cells[1:]):
            if any(NAME.search(ln) and not any(w in ln for w in ATTR) for ln in lines[i + 1:j]):
                named += 1
        form = "cell-a-line" if named * 2 >= len(cells) - 1 else "scrambled"
    first = cells[0][0]
    head = "\n".join(lines[max(0, first - 40):first])
    return {"rows": len(cells), "form": form, "past": "yes" if "完成" in head else "no"}


def read_rows(path: Path) -> int:
    from kg.pipeline import process_bytes
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception as exc:  # a text the pipeline refuses reads nothing: say so, go on
        print(f"{path.name}: {exc}", file=sys.stderr)
        return 0
    return sum(1 for a in doc.annotations.get("target", []) if a.rule == "target-table-text")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "corpus" / "survey-tables.tsv")
    ap.add_argument("--no-read", action="store_true", help="count the layout only")
    args = ap.parse_args()
    hide = held_out()
    rows = []
    for path in sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0):
        if path.stem in hide:
            continue
        found = layout(path.read_text(encoding="utf-8", errors="replace"))
        if found is None or found["rows"] < 3:  # one or two cells: prose or a stray line, no table
            continue
        found["read"] = "" if args.no_read else read_rows(path)
        rows.append({"document": path.stem, **found})
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# indicator tables of the pool's non-held-out .txt files (scripts/survey_tables.py)\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["document", "form", "rows", "read", "past"])
        for r in rows:
            w.writerow([r["document"], r["form"], r["rows"], r["read"], r["past"]])
        fh.write("# form\tdocuments\trows\tread\n")
        for form in ("cell-a-line", "row-a-line", "scrambled"):
            of = [r for r in rows if r["form"] == form]
            read = sum(r["read"] or 0 for r in of)
            fh.write(f"# {form}\t{len(of)}\t{sum(r['rows'] for r in of)}\t{read}\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Survey responsibility tables and columns over the non-held-out pool (issue 14 class 8; lane RL): every line that is
a body column's header cell (牵头单位, 责任单位, 责任部门, 配合单位, 责任城市 …: ``role_cues.tsv`` ``table-*`` and
``row-place`` rows, spaces ignored; a header cell wrapped over two short lines glued), with its layout (a cell a line
before numbered rows, before un-numbered cells, a header of cells on one line), and the roles each table rule gives
(role-table-column, role-project-table, role-row-column) in the document.

    python scripts/survey_row_columns.py --out /tmp/rl/rows.tsv [--only 436,360] [--jobs 1]

One TSV row per role of the table rules (doc, rule, role, actor as printed, task as printed) and one per header cell
(kind header); the counts per layout and per rule are printed. Held-out documents are never listed (pool_survey).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import chosen_files, over_pool, tsv_writer  # noqa: E402

RULES = ("role-table-column", "role-project-table", "role-row-column")


def _survey(path: Path) -> list[list[str]]:
    from kg.annotate import last_column
    from kg.pipeline import process_bytes
    from kg.text.structure import StructureError

    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except StructureError:
        return []  # no policy structure (a text the pipeline refuses): no table either
    text, out = doc.text, []
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for k, ln in enumerate(lines):
        cell = re.sub(r"\s+", "", ln)
        kind = last_column._column(cell) if len(cell) <= 12 else None
        if kind is None and len(cell) <= 3 and k + 1 < len(lines) and len(lines[k + 1]) <= 3:
            kind = last_column._column(cell + lines[k + 1])  # 牵头 / 单位 wrapped
        if kind is None:
            parts = ln.split()
            kind = next((last_column._column(p) for p in parts if len(parts) >= 3 and last_column._column(p)), None)
            layout = "cells-on-one-line" if kind else None
        else:
            after = lines[k + 1] if k + 1 < len(lines) else ""
            layout = "cell-a-line-numbered" if re.fullmatch(r"\d{1,3}[.．、]?", after) else "cell-a-line"
        if kind:
            out.append([path.stem, "header", kind, layout, ln[:40]])
    for r in doc.annotations.get("role", []):
        if r.rule in RULES:
            task = text[r.get("task"):r.get("task_end")] if r.get("task") is not None else ""
            out.append([path.stem, r.rule, r.get("role"), text[r.start:r.end].replace("\n", ""), task.replace("\n", "/")[:60]])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--only", help="pool numbers joined by commas (never a held-out one)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    files = chosen_files(args.only, ap.error)
    rows = [r for found in over_pool(_survey, args.jobs, files) for r in found]
    with args.out.open("w", encoding="utf-8") as fh:
        w = tsv_writer(fh)
        w.writerow(["doc", "rule", "kind", "what", "where"])
        w.writerows(rows)
    headers = Counter((r[2], r[3]) for r in rows if r[1] == "header")
    for (kind, layout), n in sorted(headers.items()):
        docs = sorted({r[0] for r in rows if r[1] == "header" and (r[2], r[3]) == (kind, layout)}, key=int)
        print(f"header {kind:12} {layout:22} {n:4}  docs {' '.join(docs)}")
    for rule in RULES:
        got = [r for r in rows if r[1] == rule]
        print(f"{rule:20} {len(got):4} roles in {len({r[0] for r in got})} documents "
              f"({sum(r[2] == 'lead' for r in got)} lead)  docs {' '.join(sorted({r[0] for r in got}, key=int))}")
    print(f"{len(files)} documents surveyed; rows in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

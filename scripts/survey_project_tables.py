#!/usr/bin/env python3
"""Survey of project and task tables (重点任务分工表, 重点项目表: 序号 / 重点任务 / 目标指标 / 牵头单位 /
完成时限) in the pool, and what the pipeline reads from them.

    python scripts/survey_project_tables.py                  # writes corpus/survey-project-tables.tsv
    python scripts/survey_project_tables.py --out FILE       # elsewhere
    python scripts/survey_project_tables.py --kg DIR         # read with the kg package of another tree (a
                                                             # checkout of main: the "before" figures)

Held-out documents (halves test* of corpus/keys/split.tsv) are never opened, .txt or PDF. A table is
a cluster of header cells (``ontology/project_tables.tsv`` of this tree, whole cells, a narrow column's
wrapped cell glued back) within six lines: at least two, one of them a target, body or deadline column
and one a number, task or content column, none an indicator table's (指标, 属性, 单位, or 约束性 /
预期性 cells near it) or a results table's (完成情况). Per table:

- ``form``: ``cell-a-line`` (header cells one a line), ``row-a-line`` (three or more on one line),
  ``pdf-table`` (a PDF's ruled table, pdfplumber, whose first row holds the header);
- ``header``: the header cells found, in order;
- ``rows``: numbered rows (1, 2, 3 … opening a line) before the next heading, at most 200 lines on;
- ``read``: rows the pipeline makes tasks (``task`` nodes inside the table);
- ``targets``, ``actors``, ``roles``: targets, actors and stated roles (not ``mentioned``) the
  pipeline tags inside the table's lines.

The closing lines sum tables, rows and what is read per form.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(1, str(ROOT / "scripts"))
from score import held_out  # noqa: E402  (every document outside the development halves: issue 14)
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()
HEADERS = ROOT / "ontology" / "project_tables.tsv"
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节]|附件\s*\d*\s*$)")
NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.．、]?(?:\s|$|[^\d.．、%％])")
STRONG = {"target", "lead", "responsible", "co", "deadline"}
WEAK = {"number", "task", "content"}
ATTRIBUTES = ("约束性", "预期性")


def header_words() -> dict[str, str]:
    with HEADERS.open(encoding="utf-8") as fh:
        rows = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return {r["word"]: r["column"] for r in csv.DictReader(rows, delimiter="\t")}


def _cells(line: str, nxt: str, words: dict[str, str]) -> tuple[list[str], int]:
    """Header cells of one line (and the line after, for a cell its column wrapped)."""
    bare = re.sub(r"\s+", "", line)
    if len(bare) <= 3 and words.get(bare + re.sub(r"\s+", "", nxt)):
        return [bare + re.sub(r"\s+", "", nxt)], 2
    tokens = line.split()
    if tokens and all(t in words for t in tokens):
        return tokens, 1
    out, rest = [], bare
    ordered = sorted(words, key=len, reverse=True)
    while rest:  # cells glued on one line (the cleaning step takes spaces between Chinese out)
        w = next((w for w in ordered if rest.startswith(w)), None)
        if w is None:
            return [], 1
        out.append(w)
        rest = rest[len(w):]
    return (out, 1) if len(out) >= 3 else ([], 1)


def find(lines: list[str], words: dict[str, str]) -> list[dict]:
    """Header clusters of a text's lines: where, the cells, the form, the numbered rows after it."""
    out, i = [], 0
    while i < len(lines):
        cells, step = _cells(lines[i], lines[i + 1] if i + 1 < len(lines) else "", words)
        if not cells:
            i += 1
            continue
        found, first, last, one_line, j = list(cells), i, i + step - 1, len(cells) >= 3, i + step
        while j < len(lines) and j - last <= 6:
            more, step = _cells(lines[j], lines[j + 1] if j + 1 < len(lines) else "", words)
            if more:
                found += more
                last = j + step - 1
            j += step
        kinds = {words[c] for c in found}
        near = lines[max(0, first - 10):last + 30]
        indicator = any(ln.strip() in ATTRIBUTES for ln in near)  # 约束性 / 预期性 cells: an indicator table
        if len(found) >= 2 and kinds & STRONG and kinds & WEAK and not kinds & {"indicator", "past"} and not indicator:
            rows, expected = 0, 1
            for k in range(last + 1, min(len(lines), last + 200)):
                if HEADING.match(lines[k]) and rows:
                    break
                m = NUMBER.match(lines[k])
                if m and int(m.group(1)) == expected:
                    rows, expected = rows + 1, expected + 1
            out.append({"line": first, "end": last, "header": found, "rows": rows,
                        "form": "row-a-line" if one_line else "cell-a-line"})
        i = last + 1
    return out


def read(doc, text_lines_start: list[int], table: dict, stop: int) -> dict:
    a = text_lines_start[table["line"]]
    b = stop
    tasks = [n for n in doc.root.walk() if n.kind == "task" and a <= n.start < b]
    targets = [t for t in doc.annotations.get("target", []) if a <= t.start < b]
    actors = [t for t in doc.annotations.get("actor", []) if a <= t.start < b]
    roles = [t for t in doc.annotations.get("role", []) if a <= t.start < b and t.get("role") != "mentioned"]
    return {"read": len(tasks), "targets": len(targets), "actors": len(actors), "roles": len(roles)}


def survey_text(doc, words) -> list[dict]:
    lines = doc.text.split("\n")
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    starts.append(pos)
    tables = find(lines, words)
    for k, t in enumerate(tables):
        stop_line = tables[k + 1]["line"] if k + 1 < len(tables) else len(lines)
        for m in range(t["end"] + 1, min(stop_line, t["end"] + 200)):
            if HEADING.match(lines[m]):
                stop_line = m
                break
        else:
            stop_line = min(stop_line, t["end"] + 200)
        t.update(read(doc, starts, t, starts[stop_line]))
    return tables


def survey_pdf_tables(doc, words) -> list[dict]:
    out = []
    for table in doc.source.tables:
        if not table.rows:
            continue
        head = [re.sub(r"\s+", "", c or "") for c in table.rows[0]]
        kinds = {words[c] for c in head if c in words}
        if kinds & STRONG and kinds & WEAK and not kinds & {"indicator", "past"}:
            out.append({"line": -1, "header": [c for c in head if c in words], "rows": len(table.rows) - 1, "form": "pdf-table",
                        "read": "", "targets": "", "actors": "", "roles": ""})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "corpus" / "survey-project-tables.tsv")
    ap.add_argument("--kg", type=Path, default=ROOT, help="the tree whose kg package reads the documents")
    args = ap.parse_args()
    sys.path.insert(0, str(args.kg.resolve()))
    from kg.pipeline import process_bytes  # noqa: PLC0415  (the tree given by --kg)

    hide, words = held_out(), header_words()
    found = []
    paths = sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    paths += sorted((POOL / "pdf").glob("*.pdf"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    for path in paths:
        if path.stem in hide:
            continue
        raw = path.read_bytes()
        if path.suffix == ".txt":
            text = raw.decode("utf-8", errors="replace")
            if not any(w in text for w in words if words[w] in STRONG and len(w) >= 4):
                continue  # no header word of a target, body or deadline column: no table to read
        try:
            doc = process_bytes(raw, path.name)
        except Exception as exc:  # a text the pipeline refuses reads nothing: say so, go on
            print(f"{path.name}: {exc}", file=sys.stderr)
            continue
        tables = survey_text(doc, words) if path.suffix == ".txt" else survey_pdf_tables(doc, words)
        for t in tables:
            found.append({"document": path.name, **t})
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# project and task tables of the pool's non-held-out texts and PDFs (scripts/survey_project_tables.py)\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["document", "line", "form", "header", "rows", "read", "targets", "actors", "roles"])
        for t in found:
            w.writerow([t["document"], t["line"] + 1, t["form"], " ".join(t["header"]), t["rows"], t["read"], t["targets"],
                        t["actors"], t["roles"]])
        fh.write("# form\ttables\trows\tread\ttargets\tactors\troles\n")
        for form in ("cell-a-line", "row-a-line", "pdf-table"):
            of = [t for t in found if t["form"] == form]
            sums = [sum(t[k] or 0 for t in of) for k in ("rows", "read", "targets", "actors", "roles")]
            fh.write(f"# {form}\t{len(of)}\t" + "\t".join(str(x) for x in sums) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Indicator tables of the non-held-out pool, table by table: attribute cells printed against the rows the build reads
(issue 14 class 6, lane TB4). Reads what scripts/survey_table_rows.py wrote (its TSV and its cleaned texts), so held-out
documents are never opened here either.

    python scripts/survey_table_rows.py --out ROWS.tsv --text TEXTS/
    python scripts/survey_table_coverage.py ROWS.tsv TEXTS/            # a line per table, then the classes
    python scripts/survey_table_coverage.py ROWS.tsv TEXTS/ --cells    # also every unread cell with its context

A table is a run of attribute cells (约束性/预期性/指导性/导向性/参考性, 约束/预期 alone, or one opening a line
with a name or unit glued after it) less than 600 characters apart, three or more. ``results`` when its header (from
its title line: 主要指标, 指标体系, 目标表, 表N) says 完成情况/完成值/实际完成 or names the 十三五 targets. Per table:
cells, cells inside a table target's row (``read``), unread cells whose row holds a number (``number``: the row's cell
right above the attribute a value or a [ ] change, or an empty cell after one, or a name right above and a value right
below), unread cells of
words (``words``: 完成省下达目标, 稳中向好, —: rightly nothing). Unread number cells are classed by the six lines above
them (scripts/survey_table_unread.py's cell shapes), first class that matches: ocr-marks, sub-rows (其中：, 本地,
外送, 总计), attribute-glued-unit (预期性% — the unit of the next row, its name printed apart), cell-per-year
(six values a row), header-cells-between (2020年, 属性, 指标 among the row's cells), names-apart (no name since
the previous attribute cell), named-unread (a name above, the row still unread).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from survey_table_unread import cls  # noqa: E402

CELL = re.compile(r"(?m)^[ \t]*(约束性|预期性|指导性|导向性|参考性|约束|预期)(?!指标)(?=[^\n，。；：]{0,30}$)"
                  r"|(?<=[ \t])(约束性|预期性|指导性|导向性|参考性)(?=[ \t\n])")
TITLE = re.compile(r"主要指标|指标体系|目标表|指标表|^表\s*\d")
RESULTS = re.compile(r"(?m)完成(情况|值)|实际完成|^\s*完成\s*$|十三五.{0,12}目标")


def spans_of(rows: list[str], text: str) -> list[tuple[int, int]]:
    out = []
    for c in rows:
        i = text.find(c)
        while i >= 0:
            out.append((i, i + len(c)))
            i = text.find(c, i + 1)
    return out


def kind(shape: list[str], above: list[str], ctx: str) -> str:
    since = shape[len(shape) - shape[::-1].index("A"):] if "A" in shape else shape
    if re.search(r"[←卜→]|；注|；美|岁", ctx):
        return "ocr-marks"
    if re.search(r"其中：|(^| )(本地|外送|总计|中心城区|县级城市|国控断面|省控及以上监测断面)( |$)", ctx):
        return "sub-rows"
    if any(re.match(r"^(约束性|预期性|指导性|属性)\s*[%‰]", a) for a in above[-4:]):
        return "attribute-glued-unit"
    if shape == ["V"] * 6:
        return "cell-per-year"
    if any(re.match(r"^(20\d\d年?|属性|指标|性质|目标值|基准值|2025年目标|指标属性|类别|单位)$", a) for a in above[-4:]):
        return "header-cells-between"
    if not any(c.startswith("N") for c in since):
        return "names-apart"
    return "named-unread"


def survey(rows_tsv: Path, texts: Path, cells: bool) -> None:
    clauses = defaultdict(list)
    with rows_tsv.open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        next(reader)
        for r in reader:
            clauses[r[0]].append(r[-1].replace("⏎", "\n"))
    classes, class_docs, totals = Counter(), defaultdict(set), Counter()
    print("document\ttable\tresults\tcells\tread\tnumber\twords\ttargets\tclasses\ttitle")
    for path in sorted(texts.glob("*.txt"), key=lambda p: int(p.stem)):
        text = path.read_text(encoding="utf-8")
        spans = spans_of(clauses[path.stem], text)
        runs, cur = [], []
        for m in CELL.finditer(text):
            if cur and m.start() - cur[-1].end() > 600:
                runs.append(cur)
                cur = []
            cur.append(m)
        runs += [cur] if cur else []
        for k, run in enumerate(r for r in runs if len(r) >= 3):
            head = text[max(0, run[0].start() - 800):run[0].start()].split("\n")
            top = max([i for i, ln in enumerate(head) if TITLE.search(ln.strip())] or [len(head) - 15])
            results = bool(RESULTS.search("\n".join(head[top:])))
            read = number = words = 0
            here = Counter()
            for m in run:
                if any(a <= m.start() <= b for a, b in spans):
                    read += 1
                    continue
                above = [ln.strip() for ln in text[max(0, m.start() - 300):m.start()].split("\n") if ln.strip()][-6:]
                below = [ln.strip() for ln in text[m.end():m.end() + 200].split("\n") if ln.strip()][:1]
                shape = [cls(x) for x in above]
                if shape and (shape[-1] in ("V", "C") or shape[-2:] in (["V", "E"], ["C", "E"])
                              or (below and cls(below[0]) == "V" and shape[-1].startswith("N"))):
                    number += 1
                    ctx = " | ".join(above) + " || " + " | ".join(below)
                    c = kind(shape, above, ctx)
                    if not results:
                        here[c] += 1
                        classes[c] += 1
                        class_docs[c].add(path.stem)
                        if cells:
                            print("#cell", path.stem, c, ctx[:200], sep="\t")
                else:
                    words += 1
            targets = len({s for s in spans if run[0].start() - 800 <= s[0] <= run[-1].end()})
            title = next((ln.strip()[:30] for ln in reversed(head) if TITLE.search(ln.strip())), "")
            print(path.stem, k, "yes" if results else "", len(run), read, number, words, targets,
                  " ".join(f"{c}:{n}" for c, n in here.most_common()), title, sep="\t")
            totals["results" if results else "plan", "tables"] += 1
            for key, n in (("cells", len(run)), ("read", read), ("number", number), ("words", words)):
                totals["results" if results else "plan", key] += n
    for part in ("plan", "results"):
        print(f"# {part} tables: " + ", ".join(f"{key} {totals[part, key]}" for key in ("tables", "cells", "read", "number", "words")))
    for c, n in classes.most_common():
        print(f"# {c}\t{n} cells\t{len(class_docs[c])} documents\t" + " ".join(sorted(class_docs[c], key=int)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rows", type=Path, help="scripts/survey_table_rows.py --out")
    ap.add_argument("texts", type=Path, help="scripts/survey_table_rows.py --text")
    ap.add_argument("--cells", action="store_true", help="print every unread number cell of a plan table")
    args = ap.parse_args()
    survey(args.rows, args.texts, args.cells)


if __name__ == "__main__":
    main()

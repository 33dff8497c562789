#!/usr/bin/env python3
"""Indicator tables read whole, without keys (issue 14 class 6, lane TB9): over the non-held-out pool, every table
the text layer prints (a header naming 指标 with a target column: 2025年, 2030年, 目标值 …), its rows, the rows holding
a number, the rows a table target of the build covers, and the rows lost; headers of tables the build reads nothing
from; table targets outside any header found (the survey's own misses).

    python scripts/survey_target_columns.py --build DIR [--jobs 2] [--only 338,464]   # run the pipeline once
    python scripts/survey_target_columns.py DIR                 # a line per table, by rows lost, then the totals
    python scripts/survey_target_columns.py DIR --rows          # also every lost row with its cells (⏎ a new line)
    python scripts/survey_target_columns.py --diff A B          # table targets added / removed, rows read / lost

``--build`` writes, per pool document (scripts/pool_survey.pool_files: held-out documents never opened), its cleaned
text (N.txt), its table targets (N.tsv: rule, value offsets, clause offsets, indicator, value, unit, year) and its
background spans (N.bg); the pool's non-held-out PDFs (../shared/dual-carbon/pdf) likewise as pN.*, read from
the PDF (rule target-table-pdf among them).

A table: a header zone (eight lines or fewer, each a short cell, holding 指标 and a target column: a year 2021–2035
with 年 or 目标, or 目标值/规划值/预期值, and 单位, 属性, 性质, 现状, 基期 or a second year) up to the first line of prose
(40 characters and a stop, or a heading 第X章/一、), 3,000 characters at most. Its rows: where it prints attribute
cells (约束性/预期性/指导性/导向性/参考性 alone), the cells from one attribute cell to the next; otherwise a name line
(four Chinese characters or more) with the value cells after it, or a line holding a name and two values or more.
A row ``has a number`` when one of its cells is a value (12, ≥30, 93%左右, ［13.5］); ``read`` when a table target's
value or clause lies inside it. ``results``: the build's past_header says its header cells are results (完成情况, 2020年完成) or the table sits under a background heading
(records: rightly unread).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import POOL, chosen_files, over_pool  # noqa: E402
from score import held_out  # noqa: E402
from kg.annotate.table_layouts import past_header  # noqa: E402  (the build's own test of a results table)

TARGET_COL = re.compile(r"(?<![比较至到\d—－\-~～])20(2[1-9]|3[05])\s*年?\s*(目标|规划|预期)?|目标值|规划值|预期值|规划目标|目标")
OTHER_COL = re.compile(r"单位|属性|性质|类别|类型|现状|基期|基准|基础|20(1\d|20)\s*年")
NAME_COL = re.compile(r"指\s*标")
ATTR = re.compile(r"^\s*(约束性|预期性|指导性|导向性|参考性|约束|预期)\s*[①②③④⑤⑥⑦⑧⑨⑩]*\s*(?:%|‰|[a-zA-Z/²³]{1,8}|[个吨万亿千公平方米立起/]{1,6})?\s*$")  # 约束性%: the next row's unit glued
ATTR_TOKEN = re.compile(r"(?:^|\s)(约束性|预期性|指导性|导向性|参考性)\s*$")
VALUE = re.compile(r"^[≤≥<>＜＞]?\s*[［\[〔(（]?\s*-?\d[\d.,]*\s*(%|％|‰)?\s*([-－—~～]{1,2}\s*\d[\d.]*\s*(%|％)?)?"
                   r"\s*[］\]〕)）]?\s*(左右|以上|以下|以内|及以上)?\s*[①②③④⑤⑥⑦⑧⑨⑩]*$")
TOKEN = re.compile(r"(?<![\d.])[≤≥<>＜＞]?[［\[〔]?\d+(?:\.\d+)?(?:%|‰)?[］\]〕]?(?![\d.年])")
PROSE = re.compile(r"^(第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
TITLE = re.compile(r"主要指标|指标体系|目标表|指标表|^\s*表\s*\d|^\s*专栏|指标$")
NAME = re.compile(r"[\u4e00-\u9fff]{4,}")


# ---------------------------------------------------------------- build: the pipeline once over the pool

def _one(path: Path) -> tuple[str, str, list[list[str]], list[tuple[int, int]], str]:
    from kg.pipeline import process_bytes
    key = ("p" + path.stem) if path.suffix == ".pdf" else path.stem
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception as exc:  # a text the pipeline refuses: nothing read, said
        return key, "", [], [], f"{type(exc).__name__}: {exc}"
    rows = []
    for a in doc.annotations.get("target", []):
        if "table" not in a.rule:
            continue
        g = a.get
        rows.append([a.rule, str(a.start), str(a.end), str(g("clause_start", a.start)), str(g("clause_end", a.end)),
                     (g("indicator_text") or "").replace("\t", " ").replace("\n", "⏎"), str(g("value") or ""),
                     str(g("unit") or ""), str(g("year") or "")])
    bg = [(n.start, n.end) for n in doc.root.walk() if n.provision == "background"]
    return key, doc.text, rows, bg, ""


def build(out: Path, jobs: int, files: list[Path]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    hide = held_out()
    pdfs = [p for p in sorted((POOL / "pdf").glob("*.pdf"), key=lambda p: int(p.stem))
            if p.stem not in hide and p.stem in {f.stem for f in files}]
    for key, text, rows, bg, err in over_pool(_one, jobs, files + pdfs):
        if err:
            print(f"{key}: {err}", file=sys.stderr)
        (out / f"{key}.txt").write_text(text, encoding="utf-8")
        (out / f"{key}.tsv").write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
        (out / f"{key}.bg").write_text("".join(f"{a}\t{b}\n" for a, b in bg), encoding="utf-8")


# ---------------------------------------------------------------- the survey over what --build wrote

def _lines(text: str) -> list[tuple[int, int, str]]:
    out, i = [], 0
    for ln in text.split("\n"):
        out.append((i, i + len(ln), ln.strip()))
        i += len(ln) + 1
    return out


def _cell(s: str) -> bool:
    return 0 < len(s) <= 30 and not re.search(r"[。；]", s)


HEADISH = re.compile(r"指|标|序号|属性|性质|类别|单位|项目|名称|内容|现状|基期|基准|目标|规划|预期|20[1-3]\d|年")
YEAR_ONLY = re.compile(r"^[（(]?20[1-3]\d\s*年?[）)]?$")


def _header_cell(s: str) -> bool:
    return _cell(s) and (YEAR_ONLY.match(s) or not (VALUE.match(s) or ATTR.match(s)))


def headers(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Header zones: (index of the first line, index after the last) of each: a run of short cells (a year alone
    counts) holding a name column (指标, 指…标 split, 类别, 项目, 名称), a target column and another column, cut after its
    last header word."""
    out, i = [], 0
    while i < len(lines):
        if not _header_cell(lines[i][2]):
            i += 1
            continue
        j = i
        while j < len(lines) and j - i < 14 and _header_cell(lines[j][2]):
            j += 1
        zone = list(range(i, j))
        heads = [k for k in zone if HEADISH.search(lines[k][2]) and len(lines[k][2]) <= 16 or TITLE.search(lines[k][2])]
        cells = "".join(lines[k][2] for k in zone).replace(" ", "")
        if heads and re.search(r"指.{0,30}?标|类别|项目|名称", cells) and TARGET_COL.search(cells) and OTHER_COL.search(cells):
            out.append((i, heads[-1] + 1))
            i = j
        else:
            i = j if j > i else i + 1
    return out


def tables(text: str) -> list[dict]:
    lines = _lines(text)
    found = headers(lines)
    out = []
    for n, (h0, h1) in enumerate(found):
        stop = found[n + 1][0] if n + 1 < len(found) else len(lines)
        end = h1
        while end < stop and lines[end][1] - lines[h1 - 1][1] < 3000:
            s = lines[end][2]
            if (len(s) >= 40 and re.search(r"[。；，]", s)) or PROSE.match(s):
                break
            end += 1
        above = [ln[2] for ln in lines[max(0, h0 - 3):h1] if ln[2] and _cell(ln[2])]
        title = next((s for s in above if TITLE.search(s)), "")
        header = " ".join(lines[k][2] for k in range(h0, h1))
        out.append({"start": lines[h0][0], "body": lines[h1][0] if h1 < len(lines) else len(text),
                    "end": lines[end - 1][1] if end > h1 else lines[h1 - 1][1], "lines": lines[h1:end],
                    "title": title[:40], "header": header[:80], "past": past_header("\n".join(ln[2] for ln in lines[max(0, h0 - 3):h1]))})
    return out


def rows_of(t: dict) -> tuple[str, list[tuple[int, int, list[str]]]]:
    """The table's layout and its rows: (start, end, cells)."""
    lines = [ln for ln in t["lines"] if ln[2]]
    attrs = [k for k, ln in enumerate(lines) if ATTR.match(ln[2]) or ATTR_TOKEN.search(ln[2])]
    rows = []
    runs = sum(1 for a, b in zip(attrs, attrs[1:]) if b == a + 1)
    if len(attrs) >= 3 and runs >= len(attrs) // 2:  # attribute cells one under another: printed column by column
        vals = sum(1 for ln in lines if VALUE.match(ln[2]))
        a, b = lines[attrs[0]][0], lines[attrs[-1]][1]
        return "column-by-column", [(lines[0][0], b, ["(column)"] * (1 if vals >= len(attrs) else 0)) for _ in attrs]
    if len(attrs) >= 2:
        lay = "attribute-cells" if any(ATTR.match(lines[k][2]) for k in attrs) else "row-a-line"
        first = lines[attrs[0]][2]
        after = bool(ATTR.match(first)) and attrs[0] + 1 < len(lines) and VALUE.match(lines[attrs[0] + 1][2]) and \
            not (attrs[0] and VALUE.match(lines[attrs[0] - 1][2]))
        if after:  # 属性 before the years: a row runs from its name through the values after its attribute cell
            lay = "attribute-first"
        prev = 0
        for k in attrs:
            if after:
                nxt = next((a for a in attrs if a > k), len(lines))
                j = k + 1
                while j < nxt and (VALUE.match(lines[j][2]) or re.match(r"^[—\-－/／–]+$", lines[j][2])):
                    j += 1
                rows.append((lines[prev][0], lines[j - 1][1], [ln[2] for ln in lines[prev:j]]))
                prev = j
            else:
                rows.append((lines[prev][0], lines[k][1], [ln[2] for ln in lines[prev:k + 1]]))
                prev = k + 1
        return lay, rows
    k = 0
    while k < len(lines):  # no attribute column: a name, then its value cells
        s = lines[k][2]
        toks = TOKEN.findall(s)
        if NAME.search(s) and len(toks) >= 2 and not VALUE.match(s):
            rows.append((lines[k][0], lines[k][1], [s]))
            k += 1
            continue
        if NAME.search(s) and not VALUE.match(s):
            j = k + 1
            while j < len(lines) and j - k <= 3 and not VALUE.match(lines[j][2]) and not NAME.search(lines[j][2]):
                j += 1  # a unit cell, an empty cell
            v = j
            while v < len(lines) and (VALUE.match(lines[v][2]) or re.match(r"^[—\-－/／–]+$", lines[v][2])):
                v += 1
            if v > j and any(VALUE.match(lines[x][2]) for x in range(j, v)):
                rows.append((lines[k][0], lines[v - 1][1], [ln[2] for ln in lines[k:v]]))
                k = v
                continue
        k += 1
    return "no-attribute", rows


EMPTY = re.compile(r"^[—\-－/／–]+$|^[①②③④⑤⑥⑦⑧⑨⑩]+$")


def target_cell(cells: list[str], lay: str) -> str:
    """The row's cell under its target column: the last cell before its attribute cell (an empty cell or a footnote
    skipped), the last cell after it where the attribute comes first, the last value where none is printed; a line
    holding a whole row: its last value token."""
    if lay == "attribute-first":
        body = cells[next((i for i, c in enumerate(cells) if ATTR.match(c)), 0) + 1:] or cells
    elif cells and (ATTR.match(cells[-1]) or ATTR_TOKEN.search(cells[-1])):
        last = ATTR_TOKEN.sub("", cells[-1]).strip()
        if TOKEN.findall(last) and NAME.search(last):  # a row a line: 1 森林覆盖率（%） 24 25 预期性
            return TOKEN.findall(last)[-1]
        body = ([last] if last else []) + [] if not cells[:-1] else cells[:-1] + ([last] if last else [])
    else:
        body = cells
    for c in reversed(body):
        if c and not EMPTY.match(c):
            toks = TOKEN.findall(c)
            return toks[-1] if len(toks) >= 2 and NAME.search(c) else c
    return ""


def _has_number(cells: list[str], lay: str = "no-attribute") -> bool:
    return bool(VALUE.match(target_cell(cells, lay)))


GLUED_UNIT = re.compile(r"^(约束性|预期性|指导性|导向性|参考性)\s*(%|‰|[a-zA-Z]|[个吨万亿千公平立起])")
GLUED_VALUE = re.compile(r"(约束性|预期性|指导性|导向性)\s*[-\d\[［〔（(—]|[\u4e00-\u9fff（(）)%](约束性|预期性)$")
SHORT = re.compile(r"^(?:\d+(?:\.\d+)*\s*)?(本地|外送|总计|合计|小计|其中|城市|县城|农村|陆域|海域)$")


def cause(cells: list[str], lay: str, title: str) -> str:
    """The lost row's class, first that matches (what its cells show, not a certainty)."""
    joined = " ".join(cells)
    names = [c for c in cells if NAME.search(c) and not ATTR.match(c)]
    if re.search(r"配额|申报|清缴|履约", title):
        return "not-an-indicator-table"
    if re.search(r"[←卜→]|；注|岁", joined):
        return "ocr-marks"
    if any(GLUED_UNIT.match(c) for c in cells):
        return "attribute-glued-unit"
    if any(GLUED_VALUE.search(c) for c in cells):
        return "attribute-glued-to-a-cell"
    if lay == "no-attribute":
        return "no-attribute-column"
    if len(TOKEN.findall(joined)) > 6 and len(cells) > 8:
        return "rows-run-together"
    if sum(1 for c in cells if re.fullmatch(r"[\u4e00-\u9fff]", c)) >= 2:
        return "category-cells-split"
    if not names:
        return "short-name" if any(SHORT.match(c) for c in cells) else "names-apart"
    if lay == "attribute-first":
        return "attribute-first"
    if len(cells) >= 2 and any(re.search(r"[（(][^）)]*$", c) for c in names):
        return "name-wrapped"
    return "named"


def load(d: Path, key: str) -> tuple[str, list[list[str]], list[tuple[int, int]]]:
    text = (d / f"{key}.txt").read_text(encoding="utf-8")
    targets = [r.split("\t") for r in (d / f"{key}.tsv").read_text(encoding="utf-8").splitlines() if r]
    bg = [tuple(map(int, r.split("\t"))) for r in (d / f"{key}.bg").read_text(encoding="utf-8").splitlines() if r]
    return text, targets, bg


def survey_doc(d: Path, key: str) -> tuple[list[dict], list[list[str]]]:
    text, targets, bg = load(d, key)
    spans = [(int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in targets]
    out, inside = [], set()
    for t in tables(text):
        lay, rows = rows_of(t)
        nrows = len(rows)
        results = t["past"] or any(a <= t["start"] < b for a, b in bg)
        got = [i for i, s in enumerate(spans) if t["start"] <= s[0] <= t["end"] + 200]
        inside.update(got)
        lost, read, num, words = [], 0, 0, 0
        if lay == "column-by-column":  # no row's offsets: the targets read count as its rows read
            num = sum(1 for r in rows if r[2])
            read = min(num, len(got))
            rows = []
        for a, b, cells in rows:
            if not _has_number(cells, lay):
                words += bool(target_cell(cells, lay))
                continue
            num += 1
            if any(a <= s[0] < b + 1 or (s[2] < b and s[3] > a) for s in spans):
                read += 1
            else:
                lost.append((a, b, cells))
        out.append({"doc": key, "title": t["title"], "header": t["header"], "layout": lay, "rows": nrows,
                     "number": num, "words": words, "read": read, "targets": len(got), "results": results, "lost": lost,
                     "start": t["start"]})
    outside = [targets[i] for i in range(len(targets)) if i not in inside]
    return out, outside


def survey(d: Path, show_rows: bool) -> None:
    keys = sorted((p.stem for p in d.glob("*.txt")), key=lambda k: (k.startswith("p"), int(k.lstrip("p"))))
    all_tables, outside = [], Counter()
    for key in keys:
        ts, out = survey_doc(d, key)
        all_tables += ts
        for r in out:
            outside[key, r[0]] += 1
    print("document\tlayout\tresults\trows\twords\tnumber\tread\tlost\ttargets\ttitle\theader")
    for t in sorted(all_tables, key=lambda t: (-len(t["lost"]) if not t["results"] else 1, t["doc"])):
        print(t["doc"], t["layout"], "yes" if t["results"] else "", t["rows"], t["words"], t["number"], t["read"], len(t["lost"]),
              t["targets"], t["title"], t["header"], sep="\t")
        if show_rows and not t["results"]:
            for a, b, cells in t["lost"]:
                print("#lost", t["doc"], cause(cells, t["layout"], t["title"] + t["header"]), a, " ⏎ ".join(cells)[:160], sep="\t")
    classes, class_docs = Counter(), {}
    for t in all_tables:
        if t["results"]:
            continue
        for _, _, cells in t["lost"]:
            c = cause(cells, t["layout"], t["title"] + t["header"])
            classes[c] += 1
            class_docs.setdefault(c, set()).add(t["doc"])
    for c, n in classes.most_common():
        print(f"# class {c}\t{n} rows\t{len(class_docs[c])} documents\t" + " ".join(sorted(class_docs[c], key=lambda k: (k.startswith('p'), int(k.lstrip('p'))))))
    tot = Counter()
    for t in all_tables:
        part = "results" if t["results"] else ("found" if t["targets"] else "unread")
        tot[part, "tables"] += 1
        tot[part, "docs:" + t["doc"]] = 1
        for k in ("rows", "words", "number", "read", "targets"):
            tot[part, k] += t[k]
        tot[part, "lost"] += len(t["lost"])
    for part in ("found", "unread", "results"):
        docs = sum(1 for (p, k) in tot if p == part and k.startswith("docs:"))
        print(f"# {part} tables: {tot[part, 'tables']} in {docs} documents; rows {tot[part, 'rows']}, a word target cell "
              f"{tot[part, 'words']}, a number under the target column "
              f"{tot[part, 'number']}, read {tot[part, 'read']}, lost {tot[part, 'lost']}, targets {tot[part, 'targets']}")
    by_rule = Counter(rule for (_, rule) in outside.elements())
    print(f"# table targets outside any header found: {sum(outside.values())} in {len({k for k, _ in outside})} documents "
          + ", ".join(f"{r} {n}" for r, n in by_rule.most_common()))
    print("# their documents: " + " ".join(f"{k}×{n}" for (k, _), n in sorted(outside.items(), key=lambda x: (x[0][0].startswith('p'), int(x[0][0].lstrip('p'))))))


def lost_rows(d: Path) -> set[tuple[str, str]]:
    out = set()
    for p in d.glob("*.txt"):
        for t in survey_doc(d, p.stem)[0]:
            if not t["results"]:
                out |= {(p.stem, " ⏎ ".join(c)) for _, _, c in t["lost"]}
    return out


def diff_targets(before: Path, after: Path) -> None:
    """Table targets added and removed, document by document (rule, indicator, value, unit, year; the row's cells)."""
    added = removed = 0
    for p in sorted(after.glob("*.tsv"), key=lambda p: (p.stem.startswith("p"), int(p.stem.lstrip("p")))):
        text = (after / f"{p.stem}.txt").read_text(encoding="utf-8")
        old = (before / p.name).read_text(encoding="utf-8").splitlines() if (before / p.name).exists() else []
        new = p.read_text(encoding="utf-8").splitlines()
        short = lambda r: tuple(r.split("\t")[i] for i in (0, 5, 6, 7, 8))  # noqa: E731
        a, b = Counter(map(short, old)), Counter(map(short, new))
        for r in new:
            if (b - a)[short(r)]:
                f = r.split("\t")
                print("+", p.stem, *short(r), text[int(f[3]):int(f[4])].replace("\n", "⏎")[:80], sep="\t")
        for r in (a - b).elements():
            print("-", p.stem, *r, sep="\t")
        added, removed = added + sum((b - a).values()), removed + sum((a - b).values())
    print(f"# table targets added {added}, removed {removed}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path, nargs="?")
    ap.add_argument("--build", type=Path, metavar="DIR")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", help="pool numbers joined by commas")
    ap.add_argument("--rows", action="store_true", help="print every lost row")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.build:
        build(args.build, args.jobs, chosen_files(args.only, ap.error))
    elif args.diff:
        diff_targets(*args.diff)
        a, b = lost_rows(args.diff[0]), lost_rows(args.diff[1])
        for doc, row in sorted(a - b):
            print("read now", doc, row, sep="\t")
        for doc, row in sorted(b - a):
            print("lost now", doc, row, sep="\t")
        print(f"# rows read now {len(a - b)}, lost now {len(b - a)}")
    elif args.dir:
        survey(args.dir, args.rows)
    else:
        ap.error("give DIR, --build DIR or --diff A B")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Titles that run on into their paragraph, over the non-held-out pool (its N.txt and its pdf/N.pdf):

    python scripts/survey_run_on_titles.py OUT.tsv [--jobs 2] [--only 51,65]
    python scripts/survey_run_on_titles.py --dump DIR      # every unit's number / title / text, one file per document

Every titled unit of the structure (parts, measures, items, decimal sections, articles, chapters …) read with
read → clean → structure, one row per unit whose title is longer than the genre's headings (> 30 characters) or
whose title characters came from more than one line of the source (the wrap joined them), with its form:

  glued-short-line   the title crosses a source line break and the heading's own line is short (a heading printed
                     alone on its line, the first line of its paragraph joined to it: 2.4 核查 / 根据行业…)
  wrapped-title      the title crosses a source line break after a line of the document's width (a long heading the
                     print wrapped: one title, right)
  inline-long        the title stands on one source line and is longer than 30 characters (a source that prints
                     一、X。Y, X：Y or a long heading on one line: the genre's own form)

Held-out documents (score.held_out()) are never listed, so never read.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import POOL, over_pool, pool_files, tsv_writer  # noqa: E402
from score import held_out  # noqa: E402

LONG = 30
COLUMNS = ["doc", "kind", "number", "form", "chars", "head_line", "next_line", "title"]


def pool_pdfs() -> list[Path]:
    """The pool's PDFs outside the held-out halves, by number."""
    skip = held_out()
    return sorted((p for p in (POOL / "pdf").glob("*.pdf") if p.stem.isdigit() and p.stem not in skip),
                  key=lambda p: int(p.stem))


def _parse(path: Path):
    from kg.text.clean import clean
    from kg.text.read import read_bytes
    from kg.text.errors import ReadError
    from kg.text.structure import StructureError, parse

    try:
        source = read_bytes(path.read_bytes(), path.name)
        return parse(source, clean(source.text))
    except (ReadError, StructureError):  # a document the build refuses (scanned, no structure) is no row here
        return None


def _line_at(src: str, at: int) -> tuple[str, str]:
    """The source line holding offset ``at`` and the line after it."""
    s = src.rfind("\n", 0, at) + 1
    e = src.find("\n", at)
    e = len(src) if e < 0 else e
    n = src.find("\n", e + 1)
    return src[s:e].strip(), src[e + 1:len(src) if n < 0 else n].strip()


def _lines_broken(src: str, s: int, e: int) -> list[str]:
    """The source lines a break inside ``[s, e)`` ends, whole and stripped."""
    out, at = [], src.find("\n", s)
    while 0 <= at < e:
        out.append(src[src.rfind("\n", 0, at) + 1:at].strip(" \t\u3000\f\r"))
        at = src.find("\n", at + 1)
    return [x for x in out if x]


def _bare_number(line: str) -> bool:
    """A heading number printed alone (（一）, 一、, 3, 4.1.2)."""
    return re.fullmatch(r"[（(]?\s*[一二三四五六七八九十\d.．]+\s*[）)、.．]?", line) is not None


def rows(path: Path) -> list[list[str]]:
    doc = _parse(path)
    if doc is None:
        return []
    from kg.text.lines import Line
    from kg.text.wraps import _wrap_width, em_width

    name = path.name if path.suffix == ".pdf" else path.stem
    wrap = _wrap_width([Line(0, t.strip(" \t\u3000\f\r")) for t in doc.source.text.split("\n")
                        if t.strip(" \t\u3000\f\r")])
    out = []
    for n in doc.root.walk():
        if not n.title or n.kind in ("sentence", "preamble", "document"):
            continue
        at = doc.text.find(n.title, n.body_start if n.body_start is not None else n.start)
        if at < 0:
            continue  # a title read from the next paragraph (第一章 / 总则)
        s, e = doc.source_span(at, at + len(n.title))
        joined = "\n" in doc.source.text[s:e]
        if not joined and len(n.title) <= LONG:
            continue
        head, nxt = _line_at(doc.source.text, doc.offsets[n.start])
        if joined:
            short = [ln for ln in _lines_broken(doc.source.text, s, e) if not _bare_number(ln)
                     and (wrap is None or em_width(ln) < wrap - 2.5)]
            form = "glued-short-line" if short else "wrapped-title"
        else:
            form = "inline-long"
        out.append([name, n.kind, n.number or "", form, str(len(n.title)), head, nxt, n.title])
    return out


def dump(path: Path) -> tuple[str, str]:
    doc = _parse(path)
    if doc is None:
        return path.name, ""
    lines = []
    for n in doc.root.walk():
        if n.kind in ("sentence",):
            continue
        lines.append(f"{n.path}\t{n.kind}\t{n.number or ''}\t{n.provision or ''}\t{n.title or ''}\t"
                     f"{doc.text[n.start:n.end]!r}")
    return path.name, "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", help="pool numbers joined by commas (held-out ones refused)")
    args = ap.parse_args()
    files = pool_files() + pool_pdfs()
    if args.only:
        wanted = set(args.only.split(","))
        if wanted & held_out():
            ap.error(f"held-out documents are never surveyed: {', '.join(sorted(wanted & held_out()))}")
        files = [p for p in files if p.stem in wanted]
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for name, text in over_pool(dump, args.jobs, files):
            (args.dump / (name + ".units")).write_text(text, encoding="utf-8")
        return
    if args.out is None:
        ap.error("give OUT.tsv or --dump DIR")
    found = [r for rs in over_pool(rows, args.jobs, files) for r in rs]
    with args.out.open("w", encoding="utf-8") as fh:
        w = tsv_writer(fh)
        w.writerow(COLUMNS)
        w.writerows(found)
    forms = Counter(r[3] for r in found)
    docs = {f: len({r[0] for r in found if r[3] == f}) for f in forms}
    for f, c in forms.most_common():
        print(f"{f}\t{c} titles\t{docs[f]} documents")


if __name__ == "__main__":
    main()

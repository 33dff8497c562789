"""Survey: the numbered markers the pool prints against the structure the build makes (lane SG, session 15).

For every non-held-out document (its text, and its PDF where ../shared/dual-carbon/pdf/ has one), the read, clean and
structure stages are run (no tagging) and three kinds of printed marker are looked for:

- a marker opening a paragraph of the cleaned text (一、 （一） 1. 1、 1． （1） ① 第X条 第X章 第X节, spaces inside a marker,
  half-width brackets): it became a node of the tree, or not (``missed``), with where it stands (table, front matter, a
  provision's or a preamble's text);
- a marker opening a line of the source that the cleaning joined into the line before (``joined``);
- a marker run into a paragraph after a sentence end (。2. / ；（三）) continuing the numbering of the nodes before it
  (``inline``);
- a marker of the source that the cleaning dropped, or an item number printed apart from its ". title" dropped
  (``dropped``: read as a page number, a running header, a table of contents).

Numbering issues of the build (gaps, duplicates, disorder) are counted per kind too. Rows go to a TSV; counts per
cause and document to stdout (markdown), which is what corpus/sg-structure-survey.md holds.

    python scripts/survey_markers.py --jobs 1 --out /tmp/sg/structure.tsv [--only 262,300] [--pdf-only]
"""
from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from pool_survey import POOL, chosen_files, over_pool, read, tsv_writer  # also puts the repository on sys.path

from kg.text.clean import clean  # noqa: E402
from kg.text.read import ReadError, read_bytes  # noqa: E402
from kg.text.structure import StructureError, parse  # noqa: E402
from kg.text.numerals import cn_number  # noqa: E402

CN = "一二三四五六七八九十百零〇"
# Marker forms, broad on purpose (spaces inside, half-width brackets, a lone ASCII dash for 一 in a bracket).
FORMS = [
    ("chapter", re.compile(rf"第\s*[{CN}]+\s*(?:章|部分|篇)")),
    ("section", re.compile(rf"第\s*[{CN}]+\s*节")),
    ("article", re.compile(rf"第\s*[{CN}]+\s*条(?![的和或至、，。；：所及]|规定|第)")),
    ("part", re.compile(rf"[{CN}]{{1,3}}\s*[、，,](?![{CN}])")),
    ("part-dot", re.compile(rf"[{CN}]{{1,3}}\s*[.．](?!\d)")),
    ("measure", re.compile(rf"[（(]\s*[{CN}]{{1,3}}\s*[）)]")),
    ("measure-odd", re.compile(r"[（(]\s*[-—―一]\s*[）)]")),
    ("item", re.compile(r"\d{1,2}\s*[.．、](?!\d(?!\d{3}\s*年))")),
    ("item-bracket", re.compile(r"\d{1,2}\s*[)）]")),
    ("subitem", re.compile(r"[（(]\s*\d{1,2}\s*[）)]")),
    ("circled", re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
]
_INLINE = re.compile(r"(?<=[。；;！])[ \u3000]*(?=(?:\d{1,2}\s*[.．、](?!\d)|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|"
                     r"[（(]\s*\d{1,2}\s*[）)]|[一二三四五六七八九十]{1,2}、))")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
COLUMNS = ["doc", "src", "what", "form", "marker", "number", "node", "provision", "where", "text"]


def form_of(text: str) -> tuple[str, str, int | None] | None:
    """(form, marker, number) of a marker opening ``text``, else None."""
    s = text.lstrip(" \u3000\t\f")
    for name, rx in FORMS:
        m = rx.match(s)
        if m:
            marker = m.group(0)
            digits = re.sub(r"[^0-9" + CN + "]", "", marker)
            if name == "circled":
                n = CIRCLED.index(marker) + 1
            elif digits.isdigit():
                n = int(digits)
            else:
                n = cn_number(digits) if digits else None
            rest = s[m.end():m.end() + 3]
            if name in ("item", "part-dot") and re.match(r"\s*\d", rest) and not re.match(r"\d{4}\s*年", s[m.end():]):
                return None  # 1. 5 (a decimal split by a space) — not a marker
            if name == "item" and re.match(r"\s*[年月日%％]", s[m.end():]):
                return None
            return name, marker, n
    return None


def dropped_why(line: str) -> str:
    """A dropped marker line: an entry of a table of contents (a title, then dots or a space, then its page), else page
    furniture (a number at a page's top read as a page number or a running header)."""
    return "contents" if re.search(r"\S.*?(?:[.…·．]{3,}|\s)\s*\d{1,3}\s*$", line.strip()) else "furniture"


def _where(doc, pos: int) -> str:
    """What holds a position: front matter role, a table, an annex, else the kind of the innermost node."""
    for role, a, b in doc.front:
        if a <= pos < b:
            return f"front:{role}"
    inner = None
    for n in doc.root.walk():
        if n.kind != "sentence" and n.start <= pos < n.end:
            inner = n
    if inner is None:
        return "none"
    return inner.kind + ("/prov" if inner.provision else "") + ("/bg" if inner.provision == "background" else "")


def survey(path: Path, src_name: str | None = None) -> list[list[str]]:
    data = path.read_bytes()
    try:
        source = read_bytes(data, path.name)
        cleaned = clean(source.text)
        doc = parse(source, cleaned)
    except (ReadError, StructureError) as e:
        return [[path.stem, src_name or path.suffix[1:], "failed", "", "", "", "", "", "", str(e)[:80]]]
    rows = []
    src = src_name or path.suffix[1:]
    starts = {}
    for n in doc.root.walk():
        if n.kind != "sentence":
            starts.setdefault(n.start, n)
    # 1. markers opening a cleaned paragraph
    pos = 0
    for chunk in doc.text.split("\n"):
        f = form_of(chunk) if chunk else None
        if f:
            lead = len(chunk) - len(chunk.lstrip(" \u3000\t"))
            node = starts.get(pos) or starts.get(pos + lead)
            rows.append([path.stem, src, "para", f[0], f[1], str(f[2] or ""), node.kind if node else "",
                         (node.provision or "") if node else "", _where(doc, pos), chunk[:40]])
        pos += len(chunk) + 1
    # 2. markers opening a source line that the cleaning joined into the text before
    offs = doc.offsets
    para_starts = {0} | {m.end() for m in re.finditer("\n", doc.text)}
    spos = 0
    for line in source.text.split("\n"):
        f = form_of(line) if line.strip() else None
        if f:
            lead = len(line) - len(line.lstrip(" \u3000\t\f"))
            k = bisect.bisect_left(offs, spos + lead)
            if k < len(offs) and offs[k] == spos + lead and k not in para_starts and doc.text[k - 1:k] != "\n":
                before = doc.text[max(0, k - 12):k]
                rows.append([path.stem, src, "joined", f[0], f[1], str(f[2] or ""), "", "", _where(doc, k),
                             (before + "|" + doc.text[k:k + 24]).replace("\n", "⏎")])
        spos += len(line) + 1
    # 2b. markers of the source the cleaning dropped (read as page furniture: a number at a page's top)
    kept = set(offs)
    raw = source.text.split("\n")
    spos = 0
    for k, line in enumerate(raw):
        lead = len(line) - len(line.lstrip(" \u3000\t\f"))
        split = re.fullmatch(r"\d{1,2}", line.strip()) and k + 1 < len(raw) and re.match(r"[.．]\s*[^\d\s.．]", raw[k + 1].strip())
        f = ("item", line.strip() + ".", int(line.strip())) if split else (form_of(line) if line.strip() else None)
        if f and spos + lead not in kept:
            why = dropped_why(line)
            rows.append([path.stem, src, "dropped", f[0], f[1], str(f[2] or ""), "", "", why,
                         (line.strip() + "⏎" + (raw[k + 1].strip() if k + 1 < len(raw) else ""))[:40]])
        spos += len(line) + 1
    # 3. markers run into a paragraph after a sentence end
    for m in _INLINE.finditer(doc.text):
        k = m.end()
        f = form_of(doc.text[k:k + 12])
        if f:
            rows.append([path.stem, src, "inline", f[0], f[1], str(f[2] or ""), "", "", _where(doc, k),
                         doc.text[max(0, k - 12):k + 24].replace("\n", "⏎")])
    for issue in doc.issues:
        rows.append([path.stem, src, "issue", issue.code, "", "", "", "", "", issue.message[:80]])
    kinds = Counter(n.kind for n in doc.root.walk() if n.kind != "sentence")
    provs = Counter(n.provision for n in doc.root.walk() if n.provision)
    rows.append([path.stem, src, "doc", "", "", "", " ".join(f"{k}:{v}" for k, v in sorted(kinds.items())),
                 " ".join(f"{k}:{v}" for k, v in sorted(provs.items())), "", (doc.meta.get("title") or "")[:40]])
    return rows


def survey_both(path: Path) -> list[list[str]]:
    rows = survey(path, "txt")
    pdf = POOL / "pdf" / f"{path.stem}.pdf"
    if pdf.exists():
        rows += survey(pdf, "pdf")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only")
    ap.add_argument("--out", type=Path, default=Path("/tmp/structure-survey.tsv"))
    ap.add_argument("--read", action="store_true", help="summarise an existing --out instead of surveying")
    args = ap.parse_args()
    if not args.read:
        files = chosen_files(args.only, ap.error)
        with args.out.open("w", encoding="utf-8") as fh:
            w = tsv_writer(fh)
            w.writerow(COLUMNS)
            for rows in over_pool(survey_both, args.jobs, files):
                for r in rows:
                    w.writerow(r)
    summarise(read(args.out))


def summarise(rows: list[dict]) -> None:
    docs = {(r["doc"], r["src"]) for r in rows if r["what"] == "doc"}
    print(f"{len(docs)} sources ({sum(1 for d in docs if d[1] == 'pdf')} PDFs) surveyed\n")
    print("| what | form | outcome | markers | documents |\n|---|---|---|---|---|")
    n, ds = Counter(), defaultdict(set)
    for r in rows:
        if r["what"] == "para":
            out = "node" if r["node"] else "missed@" + r["where"].split(":")[0].split("/")[0]
        elif r["what"] == "dropped":
            out = "@" + dropped_why(r["text"].split("⏎")[0])
        elif r["what"] in ("joined", "inline"):
            out = "@" + r["where"].split(":")[0].split("/")[0]
        elif r["what"] == "issue":
            out = ""
        else:
            continue
        key = (r["what"], r["form"], out)
        n[key] += 1
        ds[key].add(r["doc"])
    for key in sorted(n):
        print(f"| {' | '.join(key)} | {n[key]} | {len(ds[key])} |")


if __name__ == "__main__":
    main()

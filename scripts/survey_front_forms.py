#!/usr/bin/env python3
"""Survey of what kg/text/front.py decides for every document's front matter, and the forms it still misses.

    python scripts/survey_front_forms.py /tmp/fm/front.tsv            # texts and PDFs of the pool
    python scripts/survey_front_forms.py /tmp/fm/front.tsv --only 456  # a few documents (numbers of the pool)

Runs read → clean → structure over every N.txt of ../shared/dual-carbon and every PDF of its pdf/ folder that
is not held out (corpus/keys/split.tsv: pool_survey.pool_files(); the test halves are never read). Writes one
row a document: title, genre, date, issuers, addressee, signatories, the notice's title, and each line before
the body with the front role that covers it (``P`` a line of the preamble, ``-`` a line in no node). Then
prints, per form, the documents that still print it (lane fm, session 13; corpus/issue14-classes.md class 7):

  title-first-line   a short line right above a title line, unmarked, that the title or notice title holds
  glued-addressee    a title glued to its addressee (…的通知各…：) left in the preamble
  addressee-after    a line opening with 各…： under the title or number, no addressee read
  cover-issuer       a short body name in the preamble above a month alone on its line (a cover)
  cover-month        a month alone on a line of the preamble (2021年12月, 二〇二二年四月)
  signature-run      a line of several bodies' names run together above a date, unmarked

A script, not a test: the whole pool takes about a minute in two processes.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import POOL, chosen_files, over_pool, tsv_writer  # noqa: E402
from score import held_out  # noqa: E402

from kg.text.clean import clean  # noqa: E402
from kg.text.genre import genre_of  # noqa: E402
from kg.text.headings import heading_of, paragraphs  # noqa: E402
from kg.text.read import read_bytes  # noqa: E402
from kg.text.structure import BODY_KINDS, parse  # noqa: E402

COLUMNS = ["doc", "error", "title", "genre", "date", "issuers", "addressee", "signatories", "notice_title", "front"]
BODY_END = re.compile(r"(?:人民政府|政府|办公厅|办公室|委员会|委|厅|局|部|院|署|行|中心|会)$")
MONTH = re.compile(r"^(?:\d{4}\s*年\s*\d{1,2}\s*月|[〇○零一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,3}月)$")
DATE = re.compile(r"^[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?$")


def survey_one(path: Path) -> dict:
    try:
        source = read_bytes(path.read_bytes(), path.name)
        doc = parse(source, clean(source.text))
    except Exception as e:  # a text with no policy structure: reported, not surveyed
        return {"doc": path.name, "error": type(e).__name__, "lines": []}
    pars = paragraphs(doc.text)
    body = next((i for i, p in enumerate(pars) if (h := heading_of(p.text)) and h[0].kind in BODY_KINDS), 0)
    pre = next((c for c in doc.root.children if c.kind == "preamble"), None)
    # every line before the body; after it, each date alone on a line with the three lines above it (a signature's place)
    shown = sorted(set(range(body)) | {j for i in range(body, len(pars)) if DATE.match(pars[i].text)
                                       for j in range(max(body, i - 3), i + 1)})
    lines = []
    for i in shown:
        p = pars[i]
        roles = sorted({r for r, s, e in doc.front if s < p.end and e > p.start})
        inside = pre is not None and pre.start <= p.start < pre.end
        lines.append((i, "/".join(roles) or ("P" if inside else "-"), p.text))
    m = doc.meta
    return {"doc": path.name, "error": "", "title": m.get("title") or "", "genre": genre_of(m.get("title")), "date": m.get("date", ""),
            "issuers": "、".join(m.get("issuers", [])), "addressee": m.get("addressee", ""),
            "signatories": "、".join(m.get("signatories", [])), "notice_title": m.get("notice_title", ""), "lines": lines}


def forms_of(r: dict) -> set[str]:
    out = set()
    lines = r["lines"]
    for k, (i, role, text) in enumerate(lines):
        unread = role in ("-", "P")
        nxt = lines[k + 1] if k + 1 < len(lines) else (None, "", "")
        if unread and nxt[0] == i + 1 and nxt[1] in ("title", "notice-title") and len(text) >= 4 \
                and not re.search(r"[。；，：]", text) and text in r["title"] + r["notice_title"]:
            out.add("title-first-line")
        if role == "P" and re.search(r"的通知(?:各|有关)", text):
            out.add("glued-addressee")
        if unread and not r["addressee"] and re.match(r"^(?:各|有关)[^。]{2,200}[：:].", text):
            out.add("addressee-after")
        if role == "P" and len(text) <= 30 and BODY_END.search(text) and not re.search(r"[，。；：、]", text) \
                and any(MONTH.match(t) for _, _, t in lines[k + 1:k + 4]):
            out.add("cover-issuer")
        if role == "P" and MONTH.match(text):
            out.add("cover-month")
        if unread and len(text) > 25 and not re.search(r"[，。；：、（]", text) and len(BODY_END.findall(text)) >= 1 \
                and len(re.findall(r"(?:局|厅|委员会|委|部|行|政府)", text)) >= 3 and DATE.match(nxt[2] or ""):
            out.add("signature-run")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="the TSV to write (one row a document)")
    ap.add_argument("--only", help="comma-separated pool numbers")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    skip = held_out()
    files = chosen_files(args.only, ap.error)
    wanted = {p.stem for p in files}
    files += sorted((p for p in (POOL / "pdf").glob("*.pdf") if p.stem not in skip and p.stem in wanted),
                    key=lambda p: int(p.stem) if p.stem.isdigit() else 10**9)
    rows = list(over_pool(survey_one, args.jobs, files))
    docs = defaultdict(list)
    with open(args.out, "w", encoding="utf-8") as fh:
        w = tsv_writer(fh)
        w.writerow(COLUMNS)
        for r in rows:
            front = " ⏎ ".join(f"{role}:{text[:70]}" for _, role, text in r["lines"])
            w.writerow([r.get(c, "") for c in COLUMNS[:-1]] + [front])
            for f in forms_of(r) if not r["error"] else ():
                docs[f].append(r["doc"])
    print(f"documents\t{len(rows)}\t(no structure: {sum(1 for r in rows if r['error'])})")
    for f in ("title-first-line", "glued-addressee", "addressee-after", "cover-issuer", "cover-month", "signature-run"):
        print(f"{f}\t{len(docs[f])}\t{' '.join(docs[f])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Survey of the tail notes and front lines the text stage leaves inside a provision, over the pool.

    python scripts/survey_front_notes.py                 # forms by documents, and each document's hits
    python scripts/survey_front_notes.py --only 404,423  # a few documents (numbers of the pool)

Runs read → clean → structure over every N.txt of ../shared/dual-carbon that is not held out
(corpus/keys/split.tsv: the test halves are never read; scripts/score.py's held_out()). For each
provision, looks for the forms of the 版记 and of the front matter at a line start or right after a
sentence's end (…落实。抄送：…): 抄送, 印发 lines (…办公室 2022年1月4日印发), publication notes
((此件公开发布), 公开方式：), contact lines (联系人：, 联系电话：), annex lists (附件：1.…), addressee lines
(各…：) and a date alone on a line, unless kg/text/front.py marked it (doc.front). Prints the number of
documents per form, then each hit. A script, not a test.
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
from pool_survey import chosen_files, over_pool  # noqa: E402

from kg.text.clean import clean  # noqa: E402
from kg.text.read import read_bytes  # noqa: E402
from kg.text.structure import StructureError, parse  # noqa: E402

_AT = r"(?:^|(?<=\n)|(?<=[。；）)]))"
FORMS = {
    "copy-note 抄送": re.compile(_AT + r"抄\s*送\s*[:：]"),
    "print-note …日印发": re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发(?:\n|$)"),
    "publication-note 此件/公开方式": re.compile(_AT + r"(?:[（(]此件[^）)\n]{0,20}公开|(?:政府)?(?:信息)?公开(?:方式|属性|选项)\s*[:：])"),
    "contact 联系人/电话": re.compile(_AT + r"[（(]?(?:联系人|联系电话|联系方式|咨询电话)\s*[:：]"),
    "annex-list 附件：": re.compile(_AT + r"附\s*件\s*[:：]\s*(?:\d|[^\n]{2,60}(?:\n|$))"),
    "addressee 各…：": re.compile(r"(?:^|(?<=\n))各[^\n。，]{2,80}[:：](?:\n|$)"),
    "date alone": re.compile(r"(?:^|(?<=\n))\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\n|$)"),
}


def survey_one(path: Path) -> dict:
    source = read_bytes(path.read_bytes(), path.name)
    try:
        doc = parse(source, clean(source.text))
    except StructureError:
        return {"number": path.stem, "hits": None}
    hits = []
    for node in doc.root.walk():
        if not node.provision or any(c.provision for c in node.walk() if c is not node):
            continue
        body = doc.text[node.start:node.end]
        for form, rx in FORMS.items():
            for m in rx.finditer(body):
                if any(s <= node.start + m.start() < e for _, s, e in doc.front):
                    continue  # marked front matter inside the provision (a contact line): no longer policy text
                hits.append((form, body[m.start():m.start() + 50].replace("\n", "⏎")))
    return {"number": path.stem, "hits": hits}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated pool numbers")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    rows = list(over_pool(survey_one, args.jobs, chosen_files(args.only, ap.error)))
    surveyed = [r for r in rows if r["hits"] is not None]
    docs = Counter(form for r in surveyed for form in {f for f, _ in r["hits"]})
    print(f"documents\t{len(rows)}\nno structure (not surveyed)\t{len(rows) - len(surveyed)}")
    for form in FORMS:
        print(f"{form}\t{docs.get(form, 0)}")
    for r in surveyed:
        for form, excerpt in r["hits"]:
            print(f"{r['number']}\t{form}\t{excerpt}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

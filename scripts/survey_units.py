#!/usr/bin/env python3
"""Values no row of ontology/units.tsv reads, over the pool outside the held-out halves (lane UN, corpus/un-units.md):
every number (a decimal, 余/多, 万/亿/万亿) that ``values.value_rx()`` does not read, followed by a run of Latin letters
or of one to four Chinese characters (a compound with / kept), in the text as the pipeline cleans it; counted by the
unit the run opens with, and by document, with how many stand in an aim (their clause prints a deadline, 十四五 or 力争).

    python scripts/survey_units.py --unit 千伏安 --unit 套 --show 10     # rows and documents per unit, a few clauses
    python scripts/survey_units.py --top 60                              # the most frequent first characters

Held-out documents (score.held_out()) are never read (``pool_survey.over_pool``).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import over_pool  # noqa: E402

from kg.annotate.values import value_rx  # noqa: E402
from kg.text.clean import clean  # noqa: E402

NUMBER = re.compile(r"(?<![\d.A-Za-z])(\d+(?:\.\d+)?)\s*(?:余|多)?\s*(万亿|亿|万)?\s*(?:余|多)?")
UNIT_RUN = re.compile(r"[A-Za-zμ㎡²³][A-Za-z0-9μ·²³\.]*(?:/[A-Za-z0-9²³·\u4e00-\u9fff]{1,4})?"
                      r"|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fffA-Za-z0-9²³]{1,4})?")
AIM = re.compile(r"到\s*20\d\d\s*年|20\d\d\s*年(?:前|底|末)|十四五|力争")
YEAR = re.compile(r"(?:19|20)\d\d")


def unread(path: Path) -> list[tuple[str, str, bool, str]]:
    """(doc, unit run, in an aim, clause with the value in ⟦…⟧) for every value of the document no unit row reads."""
    text = clean(path.read_text(encoding="utf-8", errors="replace")).text
    out = []
    for m in NUMBER.finditer(text):
        run = UNIT_RUN.match(text, m.end())
        if not run or value_rx().match(text, m.start()) or (YEAR.fullmatch(m.group(1)) and run.group()[0] in "年届"):
            continue
        start = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        ends = [e for e in (text.find(c, run.end()) for c in "。；\n") if e >= 0]
        clause = text[start:m.start()] + "⟦" + text[m.start():run.end()] + "⟧" + text[run.end():min(ends or [len(text)])]
        out.append((path.stem, run.group(), bool(AIM.search(clause)), clause))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unit", action="append", default=[], help="a unit as printed (a prefix of the run); repeatable")
    ap.add_argument("--top", type=int, default=0, help="list the N most frequent first characters of the runs")
    ap.add_argument("--show", type=int, default=0, help="clauses in an aim shown per unit")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    args = ap.parse_args()
    if not args.unit and not args.top:
        ap.error("give --unit U (repeatable) or --top N")
    rows = [r for doc_rows in over_pool(unread, args.jobs) for r in doc_rows]
    print(f"{len(rows)} values no unit row reads, {len({r[0] for r in rows})} documents")
    keys = args.unit or [k for k, _ in Counter(r[1][0] for r in rows).most_common(args.top)]
    for key in keys:
        sel = [r for r in rows if r[1].startswith(key)]
        aims = [r for r in sel if r[2]]
        docs = defaultdict(int)
        for r in aims:
            docs[r[0]] += 1
        print(f"{key}\t{len(sel)} values\t{len({r[0] for r in sel})} documents\tin an aim {len(aims)} in {len(docs)}")
        for r in aims[:args.show]:
            print(f"    {r[0]}\t{r[3][:140]}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hard wraps the cleaning stage left unjoined, per document of the development pool (held-out halves excluded).

    python scripts/survey_wraps.py OUT.tsv                  # counts with the kg of this checkout
    python scripts/survey_wraps.py OUT.tsv --before B.tsv   # and the counts of B.tsv (an earlier run) beside them

Every document of ../shared/dual-carbon/ except the test, test2, test3 and test4 halves of corpus/keys/split.tsv
(never read while tuning). The cleaned text (kg.text.clean) is read paragraph by paragraph; counted:

  fragment     a paragraph of 1-3 Chinese characters or a lone punctuation mark ("工", "耗和", "键，", "。")
               beside a paragraph of prose (20 or more characters with sentence punctuation); table cells
               flattened one a line ("吨", "约束性", "100") have no prose beside them and are not counted
  open_end     a paragraph of prose that stops mid-phrase (last character a letter, a digit or ，、)
               followed by a fragment or by 10 or more characters that start no heading
  bare_number  a paragraph that is only a heading number ("（一）", "三、") followed by one that starts no heading

A row per document with any count, then a TOTAL row. The totals are printed too.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out  # noqa: E402
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()
KINDS = ("fragment", "open_end", "bare_number")
_BARE_NUMBER = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|第[一二三四五六七八九十百]{1,4}[章节条])$")
_FRAGMENT = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}[，。、；]?|[，。、；：])$")
_OPEN_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z，、,]$")




def counts(text: str) -> dict[str, int]:
    from kg.lexicon import match_heading

    pars = [p for p in text.split("\n") if p]
    out = dict.fromkeys(KINDS, 0)
    prose = [len(p) >= 20 and re.search("[，。；]", p) is not None for p in pars]
    for i, p in enumerate(pars):
        nxt = pars[i + 1] if i + 1 < len(pars) else ""
        next_is_text = bool(nxt) and match_heading(nxt)[0] is None
        if _BARE_NUMBER.match(p):
            out["bare_number"] += next_is_text
        elif _FRAGMENT.match(p) and ((i and prose[i - 1]) or (i + 1 < len(pars) and prose[i + 1])):
            out["fragment"] += 1
        elif prose[i] and _OPEN_END.search(p) and next_is_text and (_FRAGMENT.match(nxt) or len(nxt) >= 10):
            out["open_end"] += 1
    return out


def survey() -> dict[str, dict[str, int]]:
    from kg.text.clean import clean
    from kg.text.read import read_bytes

    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    return {p.stem: counts(clean(read_bytes(p.read_bytes(), p.name).text).text) for p in files}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="the TSV to write")
    ap.add_argument("--before", type=Path, help="an earlier run's TSV: its counts become the before_ columns")
    args = ap.parse_args(argv)
    after = survey()
    before: dict[str, dict[str, int]] = {}
    if args.before:
        with args.before.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                before[row["number"]] = {k: int(row.get(k) or row.get(f"after_{k}") or 0) for k in KINDS}
    zero = dict.fromkeys(KINDS, 0)
    cols = [f"{w}_{k}" for w in ("before", "after") for k in KINDS] if before else list(KINDS)
    total = dict.fromkeys(cols, 0)
    rows = []
    for number, c in after.items():
        b = before.get(number, zero)
        vals = [b[k] for k in KINDS] + [c[k] for k in KINDS] if before else [c[k] for k in KINDS]
        for col, v in zip(cols, vals):
            total[col] += v
        if any(vals):
            rows.append([number, *vals])
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["number", *cols])
        w.writerows(rows)
        w.writerow(["TOTAL", *(total[c] for c in cols)])
    print(f"{len(after)} documents, {len(rows)} with a count")
    print("\t".join(f"{c}={total[c]}" for c in cols))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Target quotes of the answer keys the scorer cannot find (corpus/keys/README.md convention 75).

    python scripts/check_key_quotes.py            # every key: forms read from the key alone
    python scripts/check_key_quotes.py --text     # development keys also against their texts

A quote is the row's own characters within one sentence: printed lines are flagged where a quote holds a sentence's end
(。！？ inside it), opens with a list mark (（三）, 一、, 1., ①) or holds a table attribute (预期性, 约束性) followed by more (the
next row's label). Held-out keys are read (their quotes only); held-out texts are never opened: ``--text`` compares
development keys only (white space ignored, as the scorer compares; a hit there may be page furniture the cleaned text drops).
Prints number, half, what and the quote (a held-out key's quote is not shown); exits 1 when anything is flagged.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402

SENTENCE_END = re.compile(r"[。！？!?](?!$)")
LIST_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\s*\d)|[①-⑳])")
ATTRIBUTE_AND_MORE = re.compile(r"(?:预期性|约束性)\s*\S")


def flags(quote: str) -> list[str]:
    out = []
    if SENTENCE_END.search(quote.rstrip("。！？!?")):
        out.append("sentence-end")
    if LIST_MARK.match(quote):
        out.append("list-mark")
    if ATTRIBUTE_AND_MORE.search(quote):
        out.append("attribute-then-more")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keys", type=Path, default=score.ROOT / "corpus" / "keys")
    ap.add_argument("--text", action="store_true", help="also look for development keys' quotes in their texts")
    args = ap.parse_args(argv)
    if not (args.keys / "split.tsv").exists():
        print(f"error: no split.tsv in {args.keys}: give the keys folder with --keys", file=sys.stderr)
        return 2
    halves = {r["number"]: r["half"] for r in score._rows(args.keys / "split.tsv")}
    hidden = score.held_out(args.keys)
    found = 0
    for path in sorted(args.keys.glob("*.targets.tsv")):
        number = path.name.split(".")[0]
        text = None
        if args.text and number not in hidden and (score.POOL / f"{number}.txt").exists():
            text = score._norm((score.POOL / f"{number}.txt").read_text(encoding="utf-8"))
        for row in score._rows(path):
            what = flags(row["quote"])
            if text is not None and score._norm(row["quote"]) not in text:
                what.append("not-in-text")
            if what:
                found += 1
                shown = "(held out: not shown)" if number in hidden else row["quote"]
                print(f"{number}\t{halves.get(number, '?')}\t{','.join(what)}\t{shown}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Line breaks inside an open bracket （…）〔…〕 and inside a word, over the development pool, and
the cleaned paragraphs of every document so that two versions of the wrap rules can be compared:

    python scripts/survey_wraps.py --dump /tmp/pars-before     # one file of paragraphs per document
    python scripts/survey_wraps.py --count                      # breaks inside brackets / names
    python scripts/survey_wraps.py --diff /tmp/pars-before /tmp/pars-after [--show 20]

Every document of ../shared/dual-carbon/ except the held-out halves of corpus/keys/split.tsv
(scripts/score.py held_out()).
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
POOL = ROOT.parent / "shared" / "dual-carbon"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _files() -> list[Path]:
    from score import held_out

    skip = held_out()
    return sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)


def dump(out: Path) -> None:
    from kg.text.clean import clean

    out.mkdir(parents=True, exist_ok=True)
    for p in _files():
        (out / p.name).write_text(clean(p.read_text(encoding="utf-8")).text + "\n", encoding="utf-8")


def count() -> None:
    """Breaks after a line with an unclosed bracket and breaks between two Han characters: how many,
    in how many documents, how many the wrap step joins without and with the bracket rule."""
    from kg.text import wraps
    from kg.text.furniture import drop_page_furniture
    from kg.text.lines import split_glued_headings, split_lines

    rule = wraps.mark_bracket_breaks
    tally = {k: 0 for k in ("br", "br_docs", "br_before", "br_after", "han", "han_docs", "han_before", "han_after")}
    for p in _files():
        src = p.read_text(encoding="utf-8")
        joined = {}
        for when, mark in (("before", lambda content: None), ("after", rule)):
            wraps.mark_bracket_breaks = mark
            lines = drop_page_furniture(split_glued_headings(split_lines(src)))
            groups = wraps.join_lines(lines)
            joined[when] = {g[i].start for g in groups for i in range(len(g) - 1)}
            content = [ln for ln in lines if not ln.drop]
        wraps.mark_bracket_breaks = rule
        nb = nh = 0
        for a, b in zip(content, content[1:]):
            kind = "br" if wraps.open_depth(a.text) > 0 else "han" if _HAN.match(a.text[-1:]) and _HAN.match(b.text[:1]) else None
            if kind:
                tally[kind] += 1
                nb += kind == "br"
                nh += kind == "han"
                for when in ("before", "after"):
                    tally[f"{kind}_{when}"] += a.start in joined[when]
        tally["br_docs"] += bool(nb)
        tally["han_docs"] += bool(nh)
    print("breaks after a line with an unclosed bracket: {br} in {br_docs} documents; joined before {br_before}, after {br_after}".format(**tally))
    print("breaks between two Han characters (no bracket open): {han} in {han_docs} documents; joined before {han_before}, after {han_after}".format(**tally))


def diff(a: Path, b: Path, show: int) -> None:
    changed = []
    for p in sorted(b.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0):
        x = (a / p.name).read_text(encoding="utf-8").splitlines()
        y = p.read_text(encoding="utf-8").splitlines()
        if x != y:
            changed.append((p.stem, len(x) - len(y), x, y))
    print(f"{len(changed)} documents changed; paragraphs joined: {sum(c[1] for c in changed)}")
    for stem, n, x, y in changed[:show]:
        print(f"== {stem} ({n} fewer paragraphs)")
        for line in difflib.unified_diff(x, y, lineterm="", n=0):
            if line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
                print("  " + line[:160])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--count", action="store_true")
    ap.add_argument("--diff", nargs=2, type=Path)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump)
    if args.count:
        count()
    if args.diff:
        diff(*args.diff, args.show)

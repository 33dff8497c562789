#!/usr/bin/env python3
"""Line breaks inside an open bracket （…）〔…〕 and inside a word, over the development pool, and
the cleaned paragraphs of every document so that two versions of the wrap rules can be compared:

    python scripts/survey_wraps.py --dump /tmp/pars-before     # one file of paragraphs per document
    python scripts/survey_wraps.py --count                      # breaks inside brackets / names
    python scripts/survey_wraps.py --diff /tmp/pars-before /tmp/pars-after [--show 20]
    python scripts/survey_wraps.py --causes                     # breaks left between two Han characters, by cause

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


def causes() -> None:
    """Breaks the wrap step leaves between two Han characters, by cause: the document has no regular
    width; the line is short of the width; the line is wider than the width; a full line not joined.
    Also how many of each cut a name of ontology/actors.tsv."""
    from collections import Counter

    from kg.lexicon import read_tsv
    from kg.text import wraps
    from kg.text.furniture import drop_page_furniture
    from kg.text.lines import split_glued_headings, split_lines

    names = {n for r in read_tsv("actors.tsv") for n in [r["label_zh"], *r["aliases"].split("|")] if len(n) >= 2}
    breaks, cut, docs, cut_docs = Counter(), Counter(), {}, {}
    for p in _files():
        lines = drop_page_furniture(split_glued_headings(split_lines(p.read_text(encoding="utf-8"))))
        joined = {g[i].start for g in wraps.join_lines(lines) for i in range(len(g) - 1)}
        wrap = wraps._wrap_width(lines)
        content = [ln for ln in lines if not ln.drop]
        for a, b in zip(content, content[1:]):
            if a.start in joined or not (_HAN.match(a.text[-1:]) and _HAN.match(b.text[:1])):
                continue
            w = wraps.em_width(a.text)
            kind = "no regular width" if wrap is None else "shorter than the width" if w < wrap - 2.5 \
                else "wider than the width" if w > wrap + 3 else "full line"
            breaks[kind] += 1
            docs.setdefault(kind, set()).add(p.stem)
            s, k = a.text[-12:] + b.text[:12], len(a.text[-12:])
            if any(s.find(n, i) == i for n in names for i in range(max(0, k - len(n) + 1), k)):
                cut[kind] += 1
                cut_docs.setdefault(kind, set()).add(p.stem)
    for kind in breaks:
        print(f"{kind}: {breaks[kind]} breaks in {len(docs[kind])} documents; cutting an actor name "
              f"{cut[kind]} in {len(cut_docs.get(kind, ()))} ({' '.join(sorted(cut_docs.get(kind, ()), key=int))})")


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
    ap.add_argument("--causes", action="store_true")
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump)
    if args.count:
        count()
    if args.causes:
        causes()
    if args.diff:
        diff(*args.diff, args.show)

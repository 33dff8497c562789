#!/usr/bin/env python3
"""Items of responsibility lists that overlap no actor, over the non-held-out pool, by form.

    python scripts/survey_list_items.py [--only 219,153] [--show]

The lists are scripts/survey_roles.py's (``occurrences``: brackets and label lines with list wording);
an item is what stands between 、，；和 inside the list once its role words (牵头, 按职责分工负责 …) are
taken off. Held-out documents (scripts/score.py held_out()) are never read.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402
from survey_roles import POOL, occurrences  # noqa: E402

_SPLIT = re.compile(r"[、，,；;（）()［］\[\]〔〕【】\n]|[^、，,；;（）()［］\[\]〔〕【】\n]*[：:]|按照?职责分工|按职责|负责|牵头|配合|参与|协助|和|及|等")


def form_of(item: str) -> str:
    from kg.annotate.bodies import forms

    ends = forms()["suffix"] + forms()["nonstate"] + ("政府", "人民政府")
    if not re.fullmatch(r"[\u4e00-\u9fff（）()]+", item):
        return "other-chars"
    if re.match(r"(?:各|有关|相关|其他|各有关|各相关)", item):
        return "group:" + ("ends-body" if item.endswith(ends) else "other")
    if re.search(r"的", item):
        return "qualified:" + ("ends-body" if item.endswith(ends) else "other")
    if item.endswith(("政府",)):
        return "government"
    if item.endswith(ends):
        return "ends-body"
    return "no-body-ending"


def main(argv=None) -> int:
    from kg.annotate.roles import comma_convention

    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.only:
        files = [p for p in files if p.stem in set(args.only.split(","))]
    counts, docs = collections.Counter(), collections.defaultdict(set)
    for path, doc in pool_documents(files):
        text = doc.text
        actors = doc.annotations.get("actor", [])
        for form, s, e in occurrences(text, comma_convention(doc)):
            if form.startswith(("prose", "table")):
                continue
            pos = s
            for piece in _SPLIT.split(text[s:e]):
                start = text.find(piece, pos, e) if piece else -1
                if start < 0:
                    continue
                pos = start + len(piece)
                item = piece.strip()
                if not (2 <= len(item) <= 24):
                    continue
                if any(a.start < start + len(piece) and start < a.end for a in actors):
                    continue
                f = form_of(item)
                counts[f] += 1
                docs[f].add(path.stem)
                if args.show:
                    print(f"{path.stem}\t{f}\t{item}\t{re.sub(chr(10), '⏎', text[s:e])[:80]}", flush=True)
    print("form\tdocuments\titems")
    for f, c in counts.most_common():
        print(f"{f}\t{len(docs[f])}\t{c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Local bodies' labels against what was printed, over the development pool: every local actor
(``actor-local``) whose label ends in another body word (厅, 局, 委, 办公厅, 办公室) than the printed
form it was read from (a city's 生态环境局 labelled 生态环境厅).

    python scripts/survey_local_labels.py               # counts by level, then the mismatched pairs
    python scripts/survey_local_labels.py --pdf         # the pool's PDFs too (slower)

Every document of ../shared/dual-carbon/ except the test, test2, test3 and test4 halves of
corpus/keys/split.tsv. A pair counts only where both the label and the printed form end in one of
the body words: 发改委 printed and 发展改革委 labelled is an abbreviation, not another level's form.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()

# the body words that tell a level's form apart, longest first
ENDINGS = ("办公厅", "办公室", "委员会", "厅", "局", "委")


def ending(name: str) -> str | None:
    name = name.rstrip("）)")
    return next((w for w in ENDINGS if name.endswith(w)), None)




def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf", action="store_true", help="the pool's PDFs too")
    ap.add_argument("--top", type=int, default=40, help="how many mismatched pairs to list")
    args = ap.parse_args(argv)
    from kg.annotate.actors import actor_table

    table = actor_table()
    skip = held_out()
    files = [p for p in POOL.glob("*.txt") if p.stem not in skip]
    if args.pdf:
        files += [p for p in (POOL / "pdf").glob("*.pdf") if p.stem not in skip]
    files.sort(key=lambda p: (p.suffix, int(p.stem) if p.stem.isdigit() else 0))
    seen: collections.Counter = collections.Counter()
    wrong: collections.Counter = collections.Counter()
    pairs: collections.Counter = collections.Counter()
    pair_docs: dict[tuple, set] = collections.defaultdict(set)
    for path, doc in pool_documents(files):
        for a in doc.annotations.get("actor", []):
            if a.rule != "actor-local":
                continue
            printed = doc.text[a.start:a.end]
            label = table[a.get("actor")]["label_zh"]
            p_end, l_end = ending(printed), ending(label)
            if p_end is None or l_end is None or (p_end in ("委", "委员会") and l_end in ("委", "委员会")):
                continue
            level = a.get("level") or "?"
            seen[level] += 1
            if p_end != l_end:
                wrong[level] += 1
                pairs[(level, printed, label)] += 1
                pair_docs[(level, printed, label)].add(path.stem)
    lines = [f"# {len(files)} documents surveyed (held-out halves excluded); local actors whose printed form and label end in a body word",
             "level\tactors\tlabel ends in another body word"]
    for level in sorted(seen):
        lines.append(f"{level}\t{seen[level]}\t{wrong[level]}")
    lines.append(f"total\t{sum(seen.values())}\t{sum(wrong.values())}")
    lines.append("")
    lines.append("level\tprinted\tlabel\tmentions\tdocuments")
    for key, n in sorted(pairs.items(), key=lambda kv: (-len(pair_docs[kv[0]]), -kv[1], kv[0]))[:args.top]:
        lines.append("\t".join(key) + f"\t{n}\t{len(pair_docs[key])}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

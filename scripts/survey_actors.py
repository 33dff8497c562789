#!/usr/bin/env python3
"""Every actor policykg tags over the development pool, one line each, so that two versions of the
rules can be compared (what a rule adds or drops, with its sentence):

    python scripts/survey_actors.py --out /tmp/actors-after.tsv
    python scripts/survey_actors.py --diff /tmp/actors-before.tsv /tmp/actors-after.tsv [--show 40]

Every document of ../shared/dual-carbon/ except the held-out halves of corpus/keys/split.tsv (test …
test5). A line is: document, start, end, printed surface, jurisdiction, actor type, and 16 characters of
text on each side. ``--diff`` counts the lines only one file has, grouped by how the surface ends (its
last two characters), and prints a sample of each side.
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def dump(pool: Path, out: Path) -> int:
    from score import held_out, pool_documents
    from kg.annotate.actors import actor_table

    skip = held_out()
    files = sorted((p for p in pool.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    table = actor_table()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for path, doc in pool_documents(files):
            t = doc.text
            for a in doc.annotations.get("actor", []):
                row = table.get(a.get("actor")) or {}
                ctx = (t[max(0, a.start - 16):a.start] + "[" + t[a.start:a.end] + "]" + t[a.end:a.end + 16]).replace("\n", " ").replace("\t", " ")
                surface = t[a.start:a.end].replace("\n", " ").replace("\t", " ")  # a name across a line break (438's 市生态环⏎境局) stays one row
                fh.write(f"{path.stem}\t{a.start}\t{a.end}\t{surface}\t{a.get('jurisdiction') or ''}\t{row.get('type', '')}\t{ctx}\n")
                n += 1
    print(f"{n} actors written to {out}")
    return 0


def _read(path: Path) -> dict[tuple, str]:
    out = {}
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if lines and line.count("\t") < 6 and lines[-1].count("\t") < 6:
            lines[-1] += " " + line  # a surface holding a line break (files written before it was replaced)
        elif line:
            lines.append(line)
    for line in lines:
        doc, s, e, surface, jur, kind, ctx = line.split("\t")
        out[(doc, int(s), int(e), surface, jur)] = f"{doc}\t{surface}@{jur} ({kind})\t{ctx}"
    return out


def diff(before: Path, after: Path, show: int) -> int:
    b, a = _read(before), _read(after)
    for name, only in (("added", sorted(set(a) - set(b))), ("dropped", sorted(set(b) - set(a)))):
        src = a if name == "added" else b
        ends = collections.Counter(k[3][-2:] for k in only)
        docs = len({k[0] for k in only})
        print(f"# {name}: {len(only)} actor mentions in {docs} documents; by ending: "
              + ", ".join(f"{w} {c}" for w, c in ends.most_common(15)))
        rng = random.Random(20261201)
        for k in sorted(rng.sample(only, min(show, len(only)))):
            print(src[k])
    print(f"# totals: {len(b)} → {len(a)}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="write every tagged actor here (TSV)")
    ap.add_argument("--pool", type=Path, default=(ROOT / ".." / "shared" / "dual-carbon").resolve())
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--show", type=int, default=40, help="how many lines of each side --diff prints (a seeded sample)")
    args = ap.parse_args(argv)
    if args.diff:
        return diff(*args.diff, args.show)
    if not args.out:
        ap.error("give --out FILE or --diff BEFORE AFTER")
    return dump(args.pool, args.out)


if __name__ == "__main__":
    sys.exit(main())

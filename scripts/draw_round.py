"""Draw a new held-out round of the pool, before any key of it is written.

    python scripts/draw_round.py --seed 20261201     # prints the drawn documents and their genres

Candidates are the documents of corpus/survey.tsv (genre and provision counts of the pool) that
have no key, no row in any target sample (corpus/samples/) or survey sample (corpus/survey-*sample*.tsv), are not alignment keys, are not
mentioned by any test, and are not named in any comment of corpus/keys/split.tsv (documents seen
while tuning are disclosed there). Each genre is shuffled with random.Random(seed); the first of
each genre (and the second of genres with 30 or more candidates) is drawn. Run it before the round
is recorded in split.tsv: afterwards its documents are keyed and so excluded.
"""
from __future__ import annotations

import argparse
import collections
import csv
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALIGNMENT_KEYS = {60, 297, 75, 85, 71, 298, 69, 79}


def excluded() -> set[int]:
    out = set(ALIGNMENT_KEYS)
    keys = ROOT / "corpus" / "keys"
    for p in keys.glob("*.tsv"):
        if m := re.match(r"(\d+)\.", p.name):
            out.add(int(m.group(1)))
    for line in (keys / "split.tsv").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"(\d+)\t", line):
            out.add(int(m.group(1)))
        elif line.startswith("#"):
            out.update(int(n) for n in re.findall(r"\b(\d{1,3})\b", line))
    # the samples surveys drew and an engineer read (corpus/survey-*-sample.tsv: a `doc` column)
    for p in (ROOT / "corpus").glob("survey-*sample*.tsv"):
        lines = [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        if lines and "doc" in lines[0].split("\t"):
            col = lines[0].split("\t").index("doc")
            out.update(int(f[col]) for f in (ln.split("\t") for ln in lines[1:]) if len(f) > col and f[col].isdigit())
    for p in (ROOT / "corpus" / "samples").glob("*.tsv"):
        for line in p.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if not line.startswith("#") and len(f) > 1 and f[1].isdigit():
                out.add(int(f[1]))
    for p in (ROOT / "tests").rglob("*.py"):
        t = p.read_text(encoding="utf-8")
        out.update(int(n) for n in re.findall(r"\b(\d{1,3})\.(?:txt|pdf)\b", t))
        out.update(int(n) for n in re.findall(r"(?:pool|dual-carbon|doc|number|N)\D{0,6}(\d{1,3})\b", t))
        # a test table's row id that names its pool document ("276-led-by-enterprises")
        out.update(int(n) for n in re.findall(r"[\"'](\d{1,3})-[a-z]", t))
        # a test table's row that is a pool document's number alone (("52", "…规划", "2021-06-01"))
        out.update(int(n) for n in re.findall(r"\(\s*[\"'](\d{1,3})[\"']\s*,", t))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    skip = excluded()
    by_genre: dict[str, list[int]] = collections.defaultdict(list)
    with open(ROOT / "corpus" / "survey.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            n = int(re.search(r"(\d+)\.", row["source"]).group(1))
            if n not in skip and row["genre"] and int(row["provisions"] or 0):
                by_genre[row["genre"]].append(n)
    rng = random.Random(args.seed)
    for genre in sorted(by_genre):
        docs = sorted(set(by_genre[genre]))
        rng.shuffle(docs)
        for n in docs[: 2 if len(docs) >= 30 else 1]:
            print(f"{n}\t{genre}\t({len(docs)} candidates)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""What the actor tagger makes of the forms of key conventions 22, 26, 28, 30 and 31 (corpus/keys/README.md),
over the development pool.

    python scripts/survey_conventions.py [--examples 20]

Every document of ../shared/dual-carbon/ except the held-out halves of corpus/keys/split.tsv. Per convention: how many
documents print the form, how many annotations kg/annotate/actor_conventions.py gives it, and examples to read
(a fixed sample, the same on every run):

- 22: a class of places (各区, 各地级市 …) tagged under the id of its government (``place-government`` of
  ontology/convention_cues.tsv), and the actors.tsv classes of places left apart (no government printed under the class's name);
- 26: the group word closing a …等 list (find_list_heads);
- 28: 中央 tagged as 党中央, against every printing of a bare 中央;
- 30: classes of parks, zones and cities given an act (find_acting_classes);
- 31: 有条件的X / 具备条件的X / 符合条件的X: the actor that follows the qualifier, or the qualifier inside a name.
"""
from __future__ import annotations

import argparse
import collections
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402

POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=20)
    args = ap.parse_args(argv)
    from kg.annotate.actor_conventions import find_acting_classes, find_list_heads
    from kg.annotate.base import boundaries
    from kg.annotate.jurisdiction import document_place
    from kg.lexicon import cue

    qualifier = re.compile(cue("convention_cues.tsv", "acting-qualifier"))
    central = re.compile(cue("convention_cues.tsv", "central-word"))
    classes = {"counties_all", "cities_all", "cities_counties_all", "localities"}  # actors.tsv classes of places
    government = re.compile("(?:" + cue("convention_cues.tsv", "place-government") + ")$")
    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem))
    found: dict[str, list] = collections.defaultdict(list)
    printed: dict[str, set] = collections.defaultdict(set)
    for path, doc in pool_documents(files):
        text, n = doc.text, path.stem
        actors = doc.annotations.get("actor", [])
        place, cuts = document_place(doc), boundaries(doc)
        heads = {(x[0], x[1]) for x in find_list_heads(text, place)}
        acting = {(x[0], x[1]) for x in find_acting_classes(text, place, cuts)}
        for a in actors:
            surface, rule, actor = text[a.start:a.end], a.rule, a.get("actor") or ""
            where = (n, surface, actor, text[max(0, a.start - 20):a.end + 20].replace("\n", " "))
            if actor.endswith(".gov") and not government.search(surface):
                found["22 merged"].append(where)
            elif actor in classes:
                found["22 apart"].append(where)
            if surface == "中央":
                found["28 党中央"].append(where)
            if (a.start, a.end) in heads:
                found["26 list head"].append(where)
            if (a.start, a.end) in acting:
                found["30 class"].append(where)
        for m in central.finditer(text):
            printed["28 党中央"].add(n)
        for m in qualifier.finditer(text):
            printed["31"].add(n)
            after = [a for a in actors if m.end() <= a.start <= m.end() + 1]
            inside = [a for a in actors if a.start < m.end() <= a.end]
            kind = "31 qualifier inside a name" if inside else "31 actor after" if after else "31 no actor"
            a = (inside or after or [None])[0]
            found[kind].append((n, text[a.start:a.end] if a else "", a.get("actor") if a else "",
                                text[m.start():m.end() + 16].replace("\n", " ")))
    for kind in sorted(found):
        rows = found[kind]
        docs = {r[0] for r in rows}
        extra = f" (printed in {len(printed[kind])} documents)" if kind in printed else ""
        print(f"== {kind}: {len(rows)} annotations in {len(docs)} documents{extra}")
        for r in random.Random(1).sample(rows, min(args.examples, len(rows))):
            print("  ", *r)
    print(f"31: qualifiers printed in {len(printed['31'])} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())

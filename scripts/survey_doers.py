#!/usr/bin/env python3
"""Who the genre makes act, and whether policykg tags it: the words after 鼓励, 支持, 引导, 督促, 推动,
指导 (ontology/actor_cues.tsv place-doer-before and place-doer-strong), over the development pool.

    python scripts/survey_doers.py [--top 60]

Every document of ../shared/dual-carbon/ except the held-out halves of corpus/keys/split.tsv. After
each verb in a sentence of the policy body, the candidate is the run of jieba words up to the first
verb after the first word (鼓励 [电商平台] 设立…), 2–12 Han characters. It is *tagged* when an actor
annotation starts within it. Untagged candidates are counted by their last word (their head), with
examples, so that the heads the genre makes act and no rule reads can be counted.
"""
from __future__ import annotations

import argparse
import bisect
import collections
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
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args(argv)
    from kg.annotate.base import boundaries, contexts
    from kg.annotate.bodies import verb_words
    from kg.lexicon import cue

    verbs = verb_words()
    rx = re.compile(r"(?:" + cue("actor_cues.tsv", "place-doer-before") + "|" + cue("actor_cues.tsv", "place-doer-strong") + r")(?:和|、)?")
    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    heads: collections.Counter = collections.Counter()
    head_docs: dict[str, set] = collections.defaultdict(set)
    examples: dict[str, list] = collections.defaultdict(list)
    tagged = untagged = 0
    for path, doc in pool_documents(files):
        text, cuts = doc.text, sorted(boundaries(doc))
        starts = sorted(a.start for a in doc.annotations.get("actor", []))
        for c in contexts(doc):
            if c.scope != "body":
                continue
            s0, e0 = c.sentence.start, c.sentence.end
            for m in rx.finditer(text, s0, e0):
                pos = m.end()
                i = bisect.bisect_left(cuts, pos)
                if i >= len(cuts) or cuts[i] != pos:
                    continue
                words, j = [], i
                while j + 1 < len(cuts) and cuts[j + 1] <= e0:
                    w = text[cuts[j]:cuts[j + 1]]
                    if not re.fullmatch(r"[\u4e00-\u9fff]+", w) or (words and verbs.get(w) == "v"):
                        break
                    words.append(w)
                    j += 1
                cand = "".join(words)
                if not 2 <= len(cand) <= 12 or len(words) < 1:
                    continue
                k = bisect.bisect_left(starts, pos)
                if k < len(starts) and starts[k] < pos + len(cand):
                    tagged += 1
                    continue
                untagged += 1
                head = words[-1]
                heads[head] += 1
                head_docs[head].add(path.stem)
                if len(examples[head]) < 4:
                    examples[head].append(f"{path.stem}:{text[m.start():pos + len(cand) + 6]}")
    print(f"# after a verb that makes its object act: {tagged} tagged, {untagged} untagged; untagged by head (last word)")
    print("head\tuntagged\tdocuments\texamples")
    for head, n in heads.most_common(args.top):
        print(f"{head}\t{n}\t{len(head_docs[head])}\t{' | '.join(examples[head])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

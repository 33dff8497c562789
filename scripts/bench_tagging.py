#!/usr/bin/env python3
"""Tagging throughput on the whole corpus as a ratio to bare jieba.lcut, measured side by side.

    python scripts/bench_tagging.py [--rounds 5]

Both sides run over the same cleaned texts in the same process, after jieba is initialised,
alternating rounds; the figure is the median of rounds. ratio = lcut time / tagging time, so
1.0 means tagging costs what tokenising costs, and the goal is at least 0.5.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    import jieba

    from kg.annotate import annotate
    from kg.annotate.base import tokenizer
    from kg.text.clean import clean
    from kg.text.read import read_bytes
    from kg.text.structure import parse

    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 5
    paths = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt")) + [ROOT / "seeds" / "cpc_sc_beautiful_china_opinions_2023.txt"]
    docs = []
    for p in paths:
        src = read_bytes(p.read_bytes(), p.name)
        docs.append((src, clean(src.text)))
    chars = sum(len(c.text) for _, c in docs)
    jieba.setLogLevel(60)
    jieba.initialize()
    tokenizer()  # both sides start warm
    lcut_times, tag_times = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        for _, c in docs:
            for line in c.text.split("\n"):
                jieba.lcut(line)
        lcut_times.append(time.perf_counter() - t)
        structured = [parse(s, c) for s, c in docs]  # structure is not part of tagging
        t = time.perf_counter()
        for d in structured:
            annotate(d)
        tag_times.append(time.perf_counter() - t)
    lc, tg = statistics.median(lcut_times), statistics.median(tag_times)
    print(f"corpus: {len(docs)} documents, {chars} characters, {rounds} rounds (median)")
    print(f"jieba.lcut      {lc:.3f} s  {chars / lc / 1000:.0f} k chars/s")
    print(f"tagging (all)   {tg:.3f} s  {chars / tg / 1000:.0f} k chars/s")
    print(f"ratio lcut/tagging = {lc / tg:.2f}  (goal >= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

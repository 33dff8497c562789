#!/usr/bin/env python3
"""Every target, record and condition of the non-held-out pool, with the context a checker needs, and a
random sample of targets from the documents nobody keyed or sampled (issue 14, lane TX: precision and
deadlines on unseen documents).

    python scripts/survey_unseen_targets.py dump > /tmp/rows.jsonl          # every row of the pool (slow)
    python scripts/survey_unseen_targets.py sample /tmp/rows.jsonl --n 80 --seed 20261201 > /tmp/sample.tsv
    python scripts/survey_unseen_targets.py diff /tmp/before.jsonl /tmp/after.jsonl   # rows whose layer or deadline changed

`dump` reads ../shared/dual-carbon/N.txt for every N not held out (scripts/score.py's held_out()) and
writes one JSON line per target, record or condition: doc, layer, rule, value, unit, comparator, year,
deadline_source, the sentence, the headings above it, the document's title and whether the document is
"unseen" (no key in corpus/keys/split.tsv, in no corpus/samples/*.tsv). `sample` draws ``--n`` target
rows of unseen documents with ``random.Random(--seed)`` (rows in document and text order).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out  # noqa: E402
from sample_targets import keyed  # noqa: E402  (pool numbers that have answer keys, any half)

POOL = ROOT.parent / "shared" / "dual-carbon"


def sampled() -> set[str]:
    out = set()
    for path in (ROOT / "corpus" / "samples").glob("*.tsv"):
        for ln in path.read_text(encoding="utf-8").splitlines():
            cells = ln.split("\t")
            if len(cells) > 2 and cells[1].isdigit():
                out.add(cells[1])
    return out


def sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(c, 0, start) for c in "。；！？\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。；！？\n") if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return re.sub(r"\s+", "", text[a:b])


def headings(doc, pos: int) -> list[str]:
    out = []
    for n in doc.root.walk():
        if n.kind in ("document", "sentence") or not (n.start <= pos < n.end):
            continue
        line_end = doc.text.find("\n", n.start, n.end)
        head = doc.text[n.start:min(n.start + 40, line_end if line_end >= 0 else n.end)]
        out.append(f"{n.kind}:{re.sub(chr(92) + 's+', '', head)}")
    return out


def dump() -> int:
    from kg.pipeline import process_bytes

    skip, keys, samp = held_out(), keyed(), sampled()
    counts: Counter = Counter()
    for path in sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 10**9):
        if not path.stem.isdigit() or path.stem in skip:
            continue
        try:
            doc = process_bytes(path.read_bytes(), path.name)
        except Exception as exc:  # a document the pipeline refuses is skipped, said on stderr
            print(f"skip {path.name}: {type(exc).__name__}", file=sys.stderr)
            continue
        unseen = path.stem not in keys and path.stem not in samp
        for layer in ("target", "record", "condition"):
            for a in doc.annotations.get(layer, []):
                counts[layer, unseen] += 1
                print(json.dumps({
                    "doc": path.stem, "unseen": unseen, "layer": layer, "rule": a.rule, "start": a.start,
                    "value": str(a.get("value")), "value_max": str(a.get("value_max") or ""), "unit": a.get("unit"),
                    "comparator": a.get("comparator"), "change": a.get("change") or "", "year": a.get("year"),
                    "deadline_source": a.get("deadline_source"), "status": a.get("status"),
                    "indicator": a.get("indicator_label") or a.get("indicator") or "",
                    "surface": re.sub(r"\s+", "", doc.text[a.start:a.end]),
                    "sentence": sentence(doc.text, a.start, a.end), "headings": headings(doc, a.start),
                    "title": re.sub(r"\s+", "", doc.meta.get("title") or ""),
                }, ensure_ascii=False), flush=True)
    print(" ".join(f"{k[0]}{'/unseen' if k[1] else ''}={v}" for k, v in sorted(counts.items())), file=sys.stderr)
    return 0


def load(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("{")]


def sample(path: Path, n: int, seed: int) -> int:
    rows = [r for r in load(path) if r["unseen"] and r["layer"] == "target"]
    docs = {r["doc"] for r in rows}
    picked = sorted(random.Random(seed).sample(range(len(rows)), min(n, len(rows))))
    print(f"# {len(picked)} of {len(rows)} target rows of {len(docs)} unseen pool documents; seed {seed}")
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["n", "doc", "indicator", "value", "unit", "comparator", "year", "deadline_source", "surface", "sentence",
                  "headings", "title"])
    for i in picked:
        r = rows[i]
        out.writerow([i, r["doc"], r["indicator"], r["value"], r["unit"], r["comparator"], r["year"], r["deadline_source"],
                      r["surface"], r["sentence"], " > ".join(r["headings"]), r["title"]])
    return 0


def diff(before: Path, after: Path) -> int:
    """Rows whose layer, rule or deadline changed (keyed by document, start and value)."""
    def key(r):
        return r["doc"], r["start"], r["value"], r["unit"]
    a = {key(r): r for r in load(before)}
    b = {key(r): r for r in load(after)}
    changes: Counter = Counter()
    for k in sorted(set(a) | set(b), key=lambda k: (int(k[0]), k[1])):
        x, y = a.get(k), b.get(k)
        if x and y and (x["layer"], x["year"], x["deadline_source"]) == (y["layer"], y["year"], y["deadline_source"]):
            continue
        what = (f"{x['layer'] if x else '-'}→{y['layer'] if y else '-'}"
                + (f" {x['year']}/{x['deadline_source']}→{y['year']}/{y['deadline_source']}" if x and y and x["layer"] == y["layer"] else ""))
        changes[(x or y)["doc"]] += 1
        r = y or x
        print(f"{r['doc']}\t{what}\t{(y or x)['rule']}\t{r['surface']}\t{r['sentence'][:160]}")
    print(f"# {sum(changes.values())} rows changed in {len(changes)} documents", file=sys.stderr)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("dump")
    s = sub.add_parser("sample")
    s.add_argument("rows", type=Path)
    s.add_argument("--n", type=int, default=80)
    s.add_argument("--seed", type=int, default=20261201)
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump()
    if args.cmd == "sample":
        return sample(args.rows, args.n, args.seed)
    return diff(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())

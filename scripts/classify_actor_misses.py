#!/usr/bin/env python3
"""Classify the actor misses of a development scoring by form (issue 14, class 7; lane ar):

    python scripts/score.py --half dev -v > /tmp/dev_v.txt
    python scripts/classify_actor_misses.py /tmp/dev_v.txt > /tmp/classes.tsv   # doc, actor, jurisdiction, class, detail

Classes: not-printed (the key's name is not in the text: a completed or split name), front-only, jurisdiction (an
actor tagged at the printing under another jurisdiction), dropped (tagged, then removed by the named step of
kg/annotate/actors.py: keep_acting, drop_modifiers, …), dropped-overlap (a longer or shorter span dropped there),
split-join (another actor span overlaps the printing), never (no candidate at any printing; the context shown).
Only documents of the scoring's output are read: development documents, never held-out ones.
"""
import sys, re, bisect, json
from collections import defaultdict, Counter
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "scripts"))
import kg.annotate.actors as A
from kg.pipeline import process_bytes
from kg.annotate.base import contexts
import score as S

DROPS = {}
def wrap(name):
    fn = getattr(A, name)
    def w(text, out, *a, **k):
        res = fn(text, out, *a, **k)
        after = {(x.start, x.end) for x in res}
        for x in out:
            if (x.start, x.end) not in after:
                DROPS.setdefault((x.start, x.end), name + ":" + x.rule)
        return res
    setattr(A, name, w)
for n in ("keep_acting", "add_subordinates", "widen_related", "merge_place_governments", "merge_function_names",
          "drop_modifiers", "widen_to_members", "merge_variants", "split_carried"):
    wrap(n)

def run(number, names):
    DROPS.clear()
    doc = process_bytes((S.POOL / f"{number}.txt").read_bytes(), f"{number}.txt")
    text = doc.text
    spans = sorted((c.sentence.start, c.sentence.end) for c in contexts(doc))
    def in_text(pos):
        i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]
    anns = doc.annotations.get("actor", [])
    rows = []
    for name, jur in names:
        poss = [m.start() for m in re.finditer(re.escape(name), text)]
        if not poss:
            # allow whitespace
            rx = r"\s*".join(map(re.escape, name))
            poss = [m.start() for m in re.finditer(rx, text)]
        if not poss:
            rows.append((number, name, jur, "not-printed", "")); continue
        body = [p for p in poss if in_text(p)]
        if not body:
            rows.append((number, name, jur, "front-only", "")); continue
        cls, det = None, []
        for p in body:
            e = p + len(name)
            ex = [a for a in anns if a.start == p and a.end == e]
            if ex:
                cls = cls or "jurisdiction"; det.append(f"{ex[0].get('actor')}@{ex[0].get('jurisdiction')}"); continue
            if (p, e) in DROPS:
                cls = cls if cls in ("jurisdiction",) else "dropped"; det.append(DROPS[(p, e)]); continue
            ov = [a for a in anns if a.start < e and p < a.end]
            if ov:
                cls = cls or "split-join"; det.append("|".join(text[a.start:a.end] for a in ov)); continue
            dov = [k for k in DROPS if k[0] < e and p < k[1]]
            if dov:
                cls = cls or "dropped-overlap"; det.append(DROPS[dov[0]] + "=" + text[dov[0][0]:dov[0][1]]); continue
            cls = cls or "never"; det.append("ctx:" + text[max(0,p-15):e+12].replace("\n", "⏎"))
        rows.append((number, name, jur, cls, " ;; ".join(det[:3])))
    return rows

def misses(path):
    """(document, name, jurisdiction) of each actor miss of a ``score.py -v`` output."""
    layer = doc = None
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if len(f) > 1 and f[1] in S.LAYERS:
            doc, layer = f[0], f[1]
        elif layer == "actors" and f and f[0] == "miss":
            name, _, jur = f[1].rpartition("@")
            yield doc, name, jur


def main():
    by = defaultdict(list)
    skip = S.held_out()
    for d, name, jur in misses(sys.argv[1]):
        if d not in skip:
            by[d].append((name, jur))
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(2) as ex:
        for rows in ex.map(run, list(by), list(by.values())):
            for r in rows:
                print("\t".join(r), flush=True)


if __name__ == "__main__":
    main()

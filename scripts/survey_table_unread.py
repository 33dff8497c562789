"""Survey (lane TB): the attribute cells (约束性/预期性/…) alone on a line that no table target of the pipeline covers,
over the non-held-out pool (pool_survey.pool_files: held-out documents never opened), tables of results (完成 in
the header, survey_tables.layout) left out; each counted by its layout class and by the shape of the 6 lines above it
(A attribute, V value, E empty cell, C [change], N( name with its unit bracket, N name, u a short word cell, x other).

    python scripts/survey_table_unread.py [--jobs 2] [--shapes 40]

Layout classes, first that matches: word-target (the cell above the attribute a word: 稳中向好, 完成省下达目标, no
number: rightly nothing), no-name (no name line since the previous attribute cell: names printed apart, the
scrambled tables), unit-line (a unit cell alone among the row's cells, no bracket), named (a name with values).
"""
import re, sys
from collections import Counter
ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import pool_files, over_pool
from survey_tables import layout, ATTR

VAL = re.compile(r"^[≤≥<>＜＞]?\s*-?\d[\d.,]*\s*(%|％)?\s*(左右|以上|以下|以内)?$")
EMP = re.compile(r"^[—\-－/／–]+$")
UNIT = re.compile(r"^[（(]?[%％‰a-zA-Z/\u4e00-\u9fff²³·]{1,8}[)）]?$")
def cls(ln):
    s = ln.strip().replace(" ", "")
    if s in ATTR: return "A"
    if VAL.match(s): return "V"
    if EMP.match(s): return "E"
    if re.match(r"^[［\[].*[］\]]$", s): return "C"
    if re.search(r"[（(][^)）]{1,12}[)）]$", s) and len(s) > 4: return "N("
    if len(s) <= 5 and UNIT.match(s): return "u"
    if re.search(r"\d", s): return "x"
    return "N"

def one(path):
    from kg.pipeline import process_bytes
    text = path.read_text(encoding="utf-8", errors="replace")
    lay = layout(text)
    if lay is None or lay["rows"] < 3 or lay["past"] == "yes":
        return path.stem, []
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:
        return path.stem, []
    t = doc.text
    spans = [(a.get("clause_start") or a.start, max(a.end, a.get("clause_end") or a.end)) for a in doc.annotations.get("target", []) if a.rule.startswith("target-table")]
    out = []
    for m in re.finditer(r"(?m)^[ \t]*(约束性|预期性|指导性|导向性|参考性)[ \t]*$", t):
        if any(a <= m.start() <= b for a, b in spans):
            continue
        above = [ln for ln in t[max(0, m.start() - 300):m.start()].split("\n") if ln.strip()][-6:]
        shape = [cls(x) for x in above]
        since = shape[len(shape) - shape[::-1].index("A"):] if "A" in shape else shape
        if shape and shape[-1] in ("u", "E") and not any(c == "V" for c in shape[-2:]):
            kind = "word-target"
        elif not any(c.startswith("N") for c in since):
            kind = "no-name"
        elif "u" in since and "N(" not in since:
            kind = "unit-line"
        else:
            kind = "named"
        out.append((kind, "-".join(shape), " | ".join(x.strip() for x in above)))
    return path.stem, out

if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shapes", type=int, default=40)
    args = ap.parse_args()
    shapes, docs, ex, kinds, kdocs = Counter(), {}, {}, Counter(), {}
    for stem, rows in over_pool(one, args.jobs):
        for kind, shape, s in rows:
            kinds[kind] += 1; kdocs.setdefault(kind, set()).add(stem)
            shapes[shape] += 1; docs.setdefault(shape, set()).add(stem); ex.setdefault(shape, []).append(stem + ": " + s)
    print("# unread attribute cells", sum(kinds.values()), "in", len(set().union(*kdocs.values())) if kdocs else 0, "documents")
    for kind, n in kinds.most_common():
        print("# " + kind, n, len(kdocs[kind]), " ".join(sorted(kdocs[kind], key=int)), sep="\t")
    for shape, n in shapes.most_common(args.shapes):
        print(n, len(docs[shape]), shape, sorted(docs[shape], key=int)[:12], sep="\t")
        for e in ex[shape][:2]: print("\t\t", e[:200])

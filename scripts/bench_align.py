"""Benchmark and survey of central → local alignment over the development pool (issue 15.4).

    python scripts/bench_align.py                 # the whole pool (375 documents) + ../shared/corpus
    python scripts/bench_align.py --families      # only the pool's implementations of a ../shared/corpus document
    python scripts/bench_align.py --limit 60      # the first 60 pool documents only

Builds every document (timed apart), makes one Pool (provisions + one BM25 index of the central
provisions), then for every document finds its parent and aligns it (a central one is only checked
for being a copy). Prints time per document and in total, how many close comparisons were made
against the number all pairs would take (it must stay a small share), the bad-input checks of
issue 15 on the pool (no parent of the same level or lower; documents with no provisions align to
nothing and say why in one line; copies reported), and for each central document of ../shared/corpus
the pool documents whose title names it (corpus/alignment/families.tsv) with the parent found.
A script, not a test: it takes minutes.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.analysis import align as align_mod  # noqa: E402
from kg.analysis.align import Pool  # noqa: E402
from kg.analysis.level import parent_possible  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402
from kg.text.read import ReadError  # noqa: E402
from kg.text.structure import StructureError  # noqa: E402

POOL = ROOT.parent / "shared" / "dual-carbon"
CORPUS = ROOT.parent / "shared" / "corpus"
FAMILIES = ROOT / "corpus" / "alignment" / "families.tsv"


def families() -> dict[str, str]:
    """Pool number → the central document of ../shared/corpus its title says it implements."""
    with FAMILIES.open(encoding="utf-8") as fh:
        pats = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    with (POOL / "manifest.tsv").open(encoding="utf-8") as fh:
        titles = {r["number"]: r["title"] for r in csv.DictReader(fh, delimiter="\t")}
    out = {}
    for n, t in titles.items():
        for r in pats:
            if re.search(r["title_pattern"], t):
                out[n] = r["central"]
                break
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pool documents")
    ap.add_argument("--families", action="store_true", help="only the pool documents whose title names a corpus document")
    args = ap.parse_args(argv)
    fam = families()
    files = sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.families:
        files = [p for p in files if p.stem in fam]
    if args.limit:
        files = files[: args.limit]
    t0 = time.perf_counter()
    docs = {}
    for p in sorted(CORPUS.glob("*.txt")) + files:
        try:
            docs[p.stem] = process_bytes(p.read_bytes(), p.name)
        except (ReadError, StructureError) as e:
            print(f"skip {p.name}: {str(e).splitlines()[0]}")
    t1 = time.perf_counter()
    pool = Pool(docs)
    t2 = time.perf_counter()
    n_prov = sum(len(v) for v in pool.provs.values())
    n_central = sum(len(pool.provs[k]) for k in pool.central)
    print(f"{len(docs)} documents, {n_prov} provisions ({n_central} central "
          f"in {len(pool.central)} central documents); build {t1 - t0:.1f}s, pool+index {t2 - t1:.1f}s")
    closely = Counter()
    compare = align_mod.compare

    def counted(local, central, index):
        closely[local.doc] += 1
        return compare(local, central, index)

    align_mod.compare = counted
    per_parent: dict[str, list[float]] = defaultdict(list)
    times = []
    relations = Counter()
    rows, bad, empty, copies = [], [], [], []
    for k in sorted(docs, key=lambda s: (not s.isdigit(), int(s) if s.isdigit() else 0, s)):
        s = time.perf_counter()
        al = pool.align(k)
        dt = time.perf_counter() - s
        if pool.levels[k].level == "central":
            if al.relation == "copy":
                copies.append((k, al.central))
            continue
        times.append(dt)
        relations[(al.relation, al.how)] += 1
        if al.relation == "copy":
            copies.append((k, al.central))
        if al.relation == "implements":
            per_parent[al.central].append(dt)
            rows.append((k, al.central, al.how, len(al.pairs), len(al.local_provisions)))
            if not parent_possible(pool.levels[k], pool.levels[al.central]):
                bad.append((k, al.central))
        if not pool.provs[k]:
            empty.append((k, al.relation, al.message))
    t3 = time.perf_counter()
    align_mod.compare = compare
    local_provs = sum(len(pool.provs[k]) for k in docs if pool.levels[k].level != "central")
    print(f"aligned {len(times)} non-central documents in {t3 - t2:.1f}s: {1000 * (t3 - t2) / max(len(times), 1):.0f} ms per document; "
          f"total with building and the index {t3 - t0:.1f}s ({1000 * (t3 - t0) / max(len(docs), 1):.0f} ms per document)")
    print(f"close comparisons: {sum(closely.values())} for {local_provs} local provisions "
          f"({sum(closely.values()) / max(local_provs, 1):.1f} each); all pairs would be {local_provs * n_central}")
    print("relations (relation, how): " + ", ".join(f"{r}/{h or '-'} {n}" for (r, h), n in sorted(relations.items())))
    for c, ts in sorted(per_parent.items()):
        print(f"  implementations of {c}: {len(ts)} documents, {1000 * sum(ts) / len(ts):.0f} ms per document")
    print(f"\nbad input: parent of the same or a lower level: {len(bad)} {bad or ''}")
    print(f"copies: {copies}")
    print(f"documents with no provisions: {len(empty)}")
    for k, rel, msg in empty:
        print(f"  {k}: {rel}: {msg}")
    found = {r[0]: r[1] for r in rows}
    local = ("provincial", "municipal", "county")
    expected = [(n, c) for n, c in sorted(fam.items(), key=lambda kv: int(kv[0])) if n in docs and pool.levels[n].level in local]
    # a city's document may implement its province's implementation of the central one
    hit = [n for n, c in expected if found.get(n) == c or found.get(found.get(n)) == c]
    print(f"\nlocal documents whose title names a corpus document: {len(expected)}; parent found: {len(hit)} "
          f"(of which through their province's implementation: {sum(found.get(n) != c for n, c in expected if n in hit)})")
    for n, c in expected:
        if n not in hit:
            print(f"  missed {n} ({pool.levels[n].level}, {pool.levels[n].province}): expected {c}, found {found.get(n)}")
    print("  not local (level unknown or central): " + ", ".join(
        f"{n} → {pool.align(n).relation}" for n in sorted(fam, key=int) if n in docs and pool.levels[n].level not in local))
    print("  refused by the pipeline: " + ", ".join(n for n in sorted(fam, key=int) if n not in docs))
    print("\ndocument\tparent\thow\tpairs\tprovisions")
    for r in rows:
        print("\t".join(map(str, r)))


if __name__ == "__main__":
    main()

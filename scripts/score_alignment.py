"""Score central → local alignment against the hand keys of corpus/alignment (issue 15).

    python scripts/score_alignment.py            # the dev half (the only half tuned on)
    python scripts/score_alignment.py --half test  # the held-out half (run by the lead)

Each local document is aligned in a pool of itself and every central document of ../shared/corpus/
(its parent found by the aligner, not given). Figures per key row (local provision):
top-1 precision = rows whose best central measure is one of the key's / rows with a prediction;
top-1 recall = the same / rows whose key names a central measure; pair precision and recall over all
(local, central) pairs kept. The parent found is printed for each document.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.analysis.align import Pool  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402

KEYS = ROOT / "corpus" / "alignment"
POOL = ROOT.parent / "shared" / "dual-carbon"
CORPUS = ROOT.parent / "shared" / "corpus"


def norm_id(s: str) -> str:
    return re.sub(r"\s+", "", s or "").replace("(", "（").replace(")", "）")


def norm_text(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def read_key(number: str) -> list[dict]:
    with (KEYS / f"{number}.tsv").open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def load(path: Path):
    return process_bytes(path.read_bytes(), path.name)


def find(provs, row):
    """The local provision of a key row: by number, else by its opening words."""
    ident, quote = norm_id(row["local"]), norm_text(row["local_quote"])
    for p in provs:
        if norm_id(p.id) == ident:
            return p
    for p in provs:
        if quote and quote[:8] in p.text[: len(quote) + 8]:
            return p
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", default="dev", choices=["dev", "test"])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every key row")
    args = ap.parse_args(argv)
    split = [r for r in csv.DictReader((ln for ln in (KEYS / "split.tsv").open(encoding="utf-8") if not ln.startswith("#")), delimiter="\t")]
    numbers = [r["number"] for r in split if r["half"] == args.half]
    missing = [n for n in numbers if not (KEYS / f"{n}.tsv").exists()]
    if missing:
        raise SystemExit(f"error: no key file for {', '.join(missing)} in {KEYS}; merge the branch that holds the {args.half} keys")
    t0 = time.perf_counter()
    docs = {p.stem: load(p) for p in sorted(CORPUS.glob("*.txt"))}
    for n in numbers:
        docs[n] = load(POOL / f"{n}.txt")
    pool = Pool(docs)
    t1 = time.perf_counter()
    tot = dict(pred=0, gold=0, top_ok=0, pairs_pred=0, pairs_gold=0, pairs_ok=0, rows=0, found=0, close_n=0, close_ok=0)
    reuse: list[tuple[str, float]] = []
    for n in numbers:
        al = pool.align(n)
        print(f"{n}: parent {al.central} ({al.how or al.relation}) — {al.message}")
        by_local: dict[str, list] = {}
        for pr in al.pairs:
            by_local.setdefault(pr.local.id, []).append(pr)
        for row in read_key(n):
            gold = [norm_id(c) for c in row["central"].split(";") if c.strip()]
            p = find(al.local_provisions, row)
            preds = [norm_id(pr.central.id) for pr in by_local.get(p.id, [])] if p else []
            tot["rows"] += 1
            tot["found"] += p is not None
            tot["gold"] += bool(gold)
            tot["pred"] += bool(preds)
            ok = bool(preds) and preds[0] in gold
            tot["top_ok"] += ok
            tot["pairs_gold"] += len(gold)
            tot["pairs_pred"] += len(preds)
            tot["pairs_ok"] += len(set(preds) & set(gold))
            closes = dict(zip(gold, [c.strip() for c in row["closeness"].split(";")]))
            for pr in by_local.get(p.id, []) if p else []:
                want = closes.get(norm_id(pr.central.id))
                if want:
                    tot["close_n"] += 1
                    tot["close_ok"] += want == pr.closeness
                    reuse.append((want, pr.reason.reused))
            if args.verbose or not ok and (gold or preds):
                mark = "ok " if ok else "ERR"
                sc = "; ".join(f"{pr.central.id}:{pr.score:.2f}" for pr in by_local.get(p.id, [])) if p else "(provision not found)"
                print(f"  {mark} {row['local']:<10} key={row['central'] or '-':<22} pred={sc}")
    t2 = time.perf_counter()
    prec = tot["top_ok"] / max(tot["pred"], 1)
    rec = tot["top_ok"] / max(tot["gold"], 1)
    pp = tot["pairs_ok"] / max(tot["pairs_pred"], 1)
    pr_ = tot["pairs_ok"] / max(tot["pairs_gold"], 1)
    print(f"\n{args.half} half ({', '.join(numbers)}): {tot['rows']} key rows, {tot['found']} provisions found")
    print(f"top-1 precision {prec:.3f} ({tot['top_ok']}/{tot['pred']})   top-1 recall {rec:.3f} ({tot['top_ok']}/{tot['gold']})")
    print(f"pair precision {pp:.3f} ({tot['pairs_ok']}/{tot['pairs_pred']})   pair recall {pr_:.3f} ({tot['pairs_ok']}/{tot['pairs_gold']})")
    print(f"closeness (copied/adapted) agrees with the key on {tot['close_ok']}/{tot['close_n']} correct pairs")
    if args.verbose:
        for want in ("copied", "adapted"):
            print(want, sorted(round(r, 2) for w, r in reuse if w == want))
    print(f"time: build {t1 - t0:.1f}s, align {t2 - t1:.1f}s")


if __name__ == "__main__":
    main()

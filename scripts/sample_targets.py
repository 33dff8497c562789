"""A random sample of target rows for a precision check by hand (issue 14, "honest figures").

    python scripts/sample_targets.py draw --out corpus/samples/targets-sample.new.tsv   # draw 50 rows
    python scripts/sample_targets.py score corpus/samples/targets-sample.tsv           # precision per field

`draw` runs the pipeline on every pool document (../shared/dual-carbon/N.txt) that is NOT in
corpus/keys/split.tsv (no half: the keys' documents are what the taggers were tuned or scored on),
lists every target row in document and text order, and draws ``--n`` rows with ``random.Random(--seed)``
(the same rows for the same code and pool). With ``--halves test,…,test10`` it draws from the held-out
documents instead (once the pool has no document left that no engineer read: documents no tuner read, checked by
an engineer who tunes nothing). Each row shows the sentence the target stands in and the
extracted fields, with empty verdict columns for the checker: ``y`` right, ``n`` wrong, ``-`` not judged
(the fields of a row that is not a target at all).

`score` reads a file with verdicts and prints, per field, right / judged: ``target`` over every row (is it
a real target, not a record, a condition or a number of something else), the other fields over the
rows that are real targets, and ``all`` (a real target with every field right).
The sample is for measuring only: never tune the taggers on it.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import process_bytes  # noqa: E402
from kg.text.read import ReadError  # noqa: E402
from kg.text.structure import StructureError  # noqa: E402

POOL = ROOT.parent / "shared" / "dual-carbon"
SPLIT = ROOT / "corpus" / "keys" / "split.tsv"
FIELDS = ["target", "indicator", "value", "unit", "comparator", "deadline"]
COLUMNS = ["n", "doc", "sentence", "surface", "indicator", "value", "unit", "comparator", "deadline",
           "deadline_source"] + [f"{f}_ok" for f in FIELDS] + ["note"]


def keyed() -> set[str]:
    """Pool numbers that have answer keys (any half)."""
    out = set()
    for ln in SPLIT.read_text(encoding="utf-8").splitlines():
        if ln and not ln.startswith("#") and not ln.startswith("number"):
            out.add(ln.split("\t")[0])
    return out


def docs_of(path: Path) -> set[str]:
    """Pool numbers named in a sample file: its ``doc`` column, else its second column ('#' lines skipped)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return set()
    head = lines[0].split("\t")
    col = head.index("doc") if "doc" in head else 1
    return {c[col].strip() for c in (ln.split("\t") for ln in lines[1:]) if len(c) > col and c[col].strip().isdigit()}


def sentence(text: str, start: int, end: int) -> str:
    """The sentence (between 。；！？ or line ends) holding text[start:end], whitespace removed."""
    a = max(text.rfind(c, 0, start) for c in "。；！？\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。；！？\n") if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return re.sub(r"\s+", "", text[a:b])


def value_of(t) -> str:
    """The value as the checker reads it: a range as min–max, a relative change with its direction and base year."""
    lo, hi = t.get("value"), t.get("value_max")
    out = f"{lo}–{hi}" if hi is not None and hi != lo else str(lo if lo is not None else "")
    if t.get("change"):
        out += f" ({t.get('change')}" + (f" vs {t.get('base_year')})" if t.get("base_year") else ")")
    return out


def rows_of(number: str, doc) -> list[dict]:
    out = []
    for t in doc.annotations.get("target", []):
        out.append({"doc": number, "sentence": sentence(doc.text, t.start, t.end),
                    "surface": re.sub(r"\s+", "", doc.text[t.start:t.end]),
                    "indicator": t.get("indicator_label") or t.get("indicator") or "", "value": value_of(t),
                    "unit": t.get("unit") or "", "comparator": t.get("comparator") or "",
                    "deadline": str(t.get("year") or ""), "deadline_source": t.get("deadline_source") or ""})
    return out


def in_halves(halves: set[str]) -> set[str]:
    """Pool numbers of the named halves of split.tsv (test, test2 …)."""
    out = set()
    for ln in SPLIT.read_text(encoding="utf-8").splitlines():
        f = ln.split("\t")
        if ln and not ln.startswith("#") and len(f) > 1 and f[1] in halves:
            out.add(f[0])
    return out


def draw(n: int, seed: int, exclude: set[str] = frozenset(), halves: set[str] = frozenset()) -> tuple[list[dict], int, int]:
    """Rows of the documents with no key, or (``halves``) of the documents of those halves only."""
    chosen = in_halves(set(halves)) if halves else None
    skip = set(exclude) | (set() if halves else keyed())
    files = sorted((p for p in POOL.glob("*.txt") if p.stem.isdigit() and p.stem not in skip
                    and (chosen is None or p.stem in chosen)), key=lambda p: int(p.stem))
    rows = []
    for p in files:
        try:
            doc = process_bytes(p.read_bytes(), p.name)
        except (ReadError, StructureError) as e:
            print(f"skip {p.name}: {str(e).splitlines()[0]}", file=sys.stderr)
            continue
        rows.extend(rows_of(p.stem, doc))
    picked = sorted(random.Random(seed).sample(range(len(rows)), min(n, len(rows))))
    return [dict(rows[i], n=str(i)) for i in picked], len(rows), len(files)


def score(path: Path) -> dict[str, tuple[int, int]]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))
    missing = [c for c in (f"{f}_ok" for f in FIELDS) if rows and c not in rows[0]]
    if missing:
        raise SystemExit(f"{path}: no column {', '.join(missing)}; score a file written by 'draw' with verdicts filled in")
    out = {}
    for f in FIELDS:
        judged = [r[f"{f}_ok"].strip() for r in rows if r[f"{f}_ok"].strip() in ("y", "n")]
        out[f] = (judged.count("y"), len(judged))
    real = [r for r in rows if r["target_ok"].strip() == "y"]
    out["all"] = (sum(all(r[f"{f}_ok"].strip() in ("y", "-") for f in FIELDS[1:]) for r in real), len(rows))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw", help="draw the sample (verdict columns empty)")
    d.add_argument("--n", type=int, default=50)
    d.add_argument("--seed", type=int, default=20261130)
    d.add_argument("--out", type=Path, help="a new file (default: standard output); never overwritten")
    d.add_argument("--exclude-docs-of", type=Path, action="append", default=[], metavar="FILE",
                   help="skip every document named in FILE's doc column (else its second column); repeatable")
    d.add_argument("--halves", default="", metavar="H,H",
                   help="draw from the documents of these halves of split.tsv (e.g. the held-out test,…,test10: "
                        "documents no tuner read) instead of the documents with no key")
    s = sub.add_parser("score", help="precision per field of a sample with verdicts")
    s.add_argument("file", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        if args.out and args.out.exists():
            raise SystemExit(f"{args.out} exists; give a new file name (a checked sample is never overwritten)")
        for f in args.exclude_docs_of:
            if not f.exists():
                raise SystemExit(f"{f} does not exist; give --exclude-docs-of a sample file with a doc column")
        exclude = set().union(*(docs_of(f) for f in args.exclude_docs_of))
        halves = {h.strip() for h in args.halves.split(",") if h.strip()}
        rows, total, docs = draw(args.n, args.seed, exclude, halves)
        fh = args.out.open("w", encoding="utf-8", newline="") if args.out else sys.stdout
        where = f"of the halves {args.halves} of" if halves else "not in"
        fh.write(f"# {len(rows)} of {total} target rows of {docs} pool documents {where} corpus/keys/split.tsv; "
                 f"python scripts/sample_targets.py draw --n {args.n} --seed {args.seed}"
                 + (f" --halves {args.halves}" if halves else "")
                 + "".join(f" --exclude-docs-of {f}" for f in args.exclude_docs_of)
                 + (f" ({len(exclude)} documents excluded)" if exclude else "") + "\n")
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLUMNS})
        if args.out:
            fh.close()
    else:
        if not args.file.exists():
            raise SystemExit(f"{args.file} does not exist; draw a sample first: python scripts/sample_targets.py draw --out FILE")
        for f, (right, judged) in score(args.file).items():
            print(f"{f:<11} {right:>3} / {judged:<3} {right / judged if judged else 0:.2f}")


if __name__ == "__main__":
    main()

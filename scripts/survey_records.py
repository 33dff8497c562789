#!/usr/bin/env python3
"""The values the taggers DO claim but type as a record (pkg:Record: past figures, baselines, forecasts) or a
condition (a threshold that scopes a measure): a real target typed so is a miss no survey of unclaimed values sees
(issue 14, brief RC). Reads the ``claimed.tsv`` of scripts/survey_missed.py (a pass over the non-held-out pool).

    python scripts/survey_records.py draw --claimed /tmp/missed/claimed.tsv --out corpus/survey-records-sample.tsv
        # 60 records and 40 conditions drawn with random.Random(20261204) (records first, then conditions, from one
        # generator), documents of corpus/samples/*.tsv and corpus/survey-*sample*.tsv skipped; each row with its
        # sentence, headings, year and deadline source, to classify by hand (verdict, form, note left empty)
    python scripts/survey_records.py forms --claimed /tmp/missed/claimed.tsv   # pool values and documents per form

Held-out documents are never read: claimed.tsv holds none (survey_missed.py skips them) and the draw skips them again.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import POOL, ROOT, count_forms, read  # noqa: E402
from score import held_out  # noqa: E402

from kg.annotate.base import contexts  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402

SEED = 20261204
COLUMNS = ["n", "doc", "layer", "rule", "value", "unit", "comparator", "label", "surface", "year", "deadline_source",
           "headings", "sentence", "verdict", "form", "note"]

# Forms of a record or condition that holds a target a key writer would key (corpus/survey-records.md), read off the
# annotation's surface and rule: what scripts/survey_records.py forms counts over the pool.
FORMS = [
    ("forecast-can", "record", r"(?<!不)可(?:减少|节约|节省|降低|削减|替代|新增|增加|实现|带动|形成|少排|减排|节能|节水)"),
    ("cumulative", "record", r"累计"),
    ("already", "record", r"已经|已|目前|现有"),
    ("perfective", "record", r"(?:下降|降低|减少|提高|提升|增长|增加|达到|完成|实现|建成)了"),
    ("grant", "condition", r"补助|奖励|补贴|资助|贴息"),
    ("per-each", "condition", r"^(?:每|单个|单座|单项)"),
    ("threshold-above", "condition", r"(?:及以上|以上|以下|及以下)$"),
]


def sample_docs() -> set[str]:
    """Documents of every hand-checked sample (corpus/samples/*.tsv, corpus/survey-*sample*.tsv): never drawn again."""
    docs: set[str] = set()
    for path in [*(ROOT / "corpus" / "samples").glob("*.tsv"), *(ROOT / "corpus").glob("survey-*sample*.tsv")]:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        if not lines or path.name == "survey-records-sample.tsv":  # this survey's own sample
            continue
        header = lines[0].split("\t")
        if "doc" not in header:
            continue
        k = header.index("doc")
        docs.update(f[k] for f in (ln.split("\t") for ln in lines[1:]) if len(f) > k)
    return docs


def draw(claimed: Path, n_records: int, n_conditions: int, seed: int) -> list[dict]:
    skip = sample_docs() | held_out()
    rows = [r for r in read(claimed) if r["layer"] in ("record", "condition") and r["doc"] not in skip]
    rng = random.Random(seed)
    out = []
    for layer, n in (("record", n_records), ("condition", n_conditions)):
        pool = [r for r in rows if r["layer"] == layer]
        out += [pool[i] for i in sorted(rng.sample(range(len(pool)), min(n, len(pool))))]
    return out


def _headings(doc, pos: int) -> str:
    titles = []

    def visit(node):
        for child in node.children:
            if child.start <= pos < child.end and child.kind != "sentence":
                if child.title:
                    titles.append(f"{child.kind}:{(child.number or '')}{child.title}"[:60])
                visit(child)
    visit(doc.root)
    return " > ".join(titles)


def _context(args) -> list[dict]:
    """Each drawn row of one document with its sentence, headings, year and deadline source."""
    stem, wanted = args
    doc = process_bytes((POOL / f"{stem}.txt").read_bytes(), f"{stem}.txt")
    text = doc.text
    ctxs = contexts(doc)
    out = []
    for r in wanted:
        ann = next((a for a in doc.annotations.get(r["layer"], []) if a.rule == r["rule"] and str(a.get("value")) == r["value"]
                    and text[a.start:a.end].replace("\t", " ").replace("\n", " ") == r["surface"]), None)
        row = {**r, "year": "", "deadline_source": "", "headings": "", "sentence": ""}
        if ann is not None:
            ctx = next((c for c in ctxs if c.sentence.start <= ann.start < c.sentence.end), None)
            row["year"] = str(ann.get("year") or "")
            row["deadline_source"] = ann.get("deadline_source") or ""
            row["headings"] = _headings(doc, ann.start)
            if ctx is not None:
                row["sentence"] = re.sub(r"\s+", " ", text[ctx.sentence.start:ctx.sentence.end])[:400]
        out.append(row)
    return out


def write_sample(claimed: Path, out: Path, jobs: int) -> None:
    rows = draw(claimed, 60, 40, SEED)
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(jobs) as ex:
        done = {id_: ctx for id_, ctx in zip(by_doc, ex.map(_context, by_doc.items()))}
    ordered = []
    for r in rows:  # back in the drawn order
        ordered.append(next(c for c in done[r["doc"]] if c["rule"] == r["rule"] and c["surface"] == r["surface"] and c["value"] == r["value"]))
    with out.open("w", encoding="utf-8") as fh:
        n_rec = sum(r["layer"] == "record" for r in rows)
        fh.write(f"# {len(rows)} values drawn with random.Random({SEED}) from claimed.tsv of scripts/survey_missed.py over the "
                 f"non-held-out pool: {n_rec} typed record (60 asked; every record outside the skipped documents), "
                 f"{len(rows) - n_rec} typed condition; documents of corpus/samples/*.tsv and corpus/survey-*sample*.tsv skipped "
                 "(python scripts/survey_records.py draw). verdict by hand (engineer RC, 2026-12-01) against corpus/keys/README.md: "
                 "right (rightly a record / condition), target (a key writer would key it), unclear; form: why it was typed so\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for k, r in enumerate(ordered, 1):
            r = {**r, "n": str(k), "verdict": "", "form": "", "note": ""}
            fh.write("\t".join(r.get(c, "").replace("\t", " ") for c in COLUMNS) + "\n")


def form_of(row: dict) -> str | None:
    return next((name for name, layer, rx in FORMS if row["layer"] == layer and re.search(rx, row["surface"])), None)


def forms(claimed: Path) -> None:
    rows = [r for r in read(claimed) if r["layer"] in ("record", "condition")]
    n, docs = count_forms(rows, lambda r: f"{r['layer']}\t{r['rule']}")
    print("layer\trule\tvalues\tdocuments")
    for f, k in n.most_common():
        print(f"{f}\t{k}\t{len(docs[f])}")
    n, docs = count_forms(rows, form_of)
    print("\nform\tvalues\tdocuments")
    for f, k in n.most_common():
        print(f"{f}\t{k}\t{len(docs[f])}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("draw", "forms"))
    ap.add_argument("--claimed", type=Path, required=True, help="claimed.tsv of scripts/survey_missed.py")
    ap.add_argument("--out", type=Path, help="the sample TSV (draw)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if args.what == "draw":
        if not args.out:
            ap.error("draw needs --out")
        write_sample(args.claimed, args.out, args.jobs)
    else:
        forms(args.claimed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

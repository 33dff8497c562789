#!/usr/bin/env python3
"""Structure failures of real documents over the development pool (held-out halves excluded): grouped
indicator tables, reviews that open a plan, annexes with no heading, reports with no printed title.

    python scripts/survey_structure.py OUT.tsv                  # counts with the kg of this checkout
    python scripts/survey_structure.py OUT.tsv --before B.tsv   # and the totals of B.tsv (an earlier run) beside them

Every N.txt and pdf/N.pdf of ../shared/dual-carbon/ except the test halves of corpus/keys/split.tsv (never
read while tuning), through read → clean → structure. Counted per file:

  restarts        measure or part numbers repeated or out of order inside a scope (the build's warning
                  "measure 一 appears twice"): a table's row groups read as measures, or a layout misread
  table_groups    headings of kind part or measure inside a table node (row groups no longer measures)
  review_headings top-level headings (or those of the first division) that review the past or the
                  situation (发展基础, 面临形势, “十三五”成效: kg/text/review.py)
  background      provisions of kind background (under such a heading)
  provisions      provisions of every kind
  uncovered       headed units of the body (chapters, sections, parts, measures) outside every provision and
                  holding none: text no provision reaches (a plan whose review set the level of its
                  provisions, or whose chapters print （一） in one place and only 一、 elsewhere)
  background_past background provisions after the first unit of the scope that is no review (kg/text/
                  review.py keeps background inside the review: a non-zero count is a fault)
  annex_preamble  annexes with no heading whose text is a preamble (annotators skip it)
  annex_body      annexes with no heading whose text is the annex's body, the annex one provision
  no_title        no title found (a report naming its policy only in its first sentence)

With --targets, every file goes through the whole pipeline too (slower), and two columns are added:

  targets         values tagged as targets
  review_records  values made records because their provision is background or their heading reports the
                  past (rule record-section)

A row per file with any count, then a TOTAL row; with --before, a comment line per column gives the
total before → after. A script, not a test: the whole pool takes minutes.
"""
from __future__ import annotations

import argparse
import csv
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out  # noqa: E402

POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()
KINDS = ("restarts", "table_groups", "review_headings", "background", "annex_preamble", "annex_body", "no_title",
         "provisions", "uncovered", "background_past")
TARGET_KINDS = ("targets", "review_records")
UNITS = ("book", "chapter", "section", "part", "measure")


def counts(path: Path, targets: bool = False) -> dict[str, int] | None:
    from kg.lexicon import match_heading
    from kg.text.clean import clean
    from kg.text.read import read_bytes
    from kg.text.structure import StructureError, parse

    try:
        source = read_bytes(path.read_bytes(), path.name)
        doc = parse(source, clean(source.text))
    except StructureError:
        return None  # no policy structure: listed by scripts/survey.py
    out = dict.fromkeys(KINDS + (TARGET_KINDS if targets else ()), 0)
    out["restarts"] = sum(1 for i in doc.issues if i.code in ("numbering-duplicate", "numbering-order")
                          and i.message.split()[0] in ("measure", "part"))
    for n in doc.root.walk():
        if n.kind == "table":
            lines = doc.text[n.start:n.end].split("\n")
            out["table_groups"] += sum(1 for ln in lines if (match_heading(ln)[0] or None) is not None
                                       and match_heading(ln)[0].kind in ("part", "measure"))
        elif n.kind == "annex":
            inner = [c for c in n.children if c.kind not in ("sentence", "preamble")]
            if not inner:
                out["annex_body" if n.provision else "annex_preamble"] += 1
        if n.provision == "background":
            out["background"] += 1
    out["review_headings"] = _review_headings(doc.root)
    out["no_title"] = int(not doc.meta.get("title"))
    out["provisions"] = sum(1 for n in doc.root.walk() if n.provision)
    out["uncovered"] = _uncovered(doc.root)
    out["background_past"] = _background_past(doc)
    if targets:
        from kg.pipeline import process_bytes

        full = process_bytes(path.read_bytes(), path.name)
        out["targets"] = len(full.annotations.get("target", []))
        out["review_records"] = sum(1 for a in full.annotations.get("record", []) if a.rule == "record-section")
    return out


def _uncovered(root) -> int:
    """Headed units with no provision above, in or under them (articles' documents aside: 章 group 条)."""
    if any(n.kind == "article" for n in root.walk()):
        return 0
    n = 0

    def visit(node, covered: bool) -> None:
        nonlocal n
        covered = covered or bool(node.provision)
        if node.kind in UNITS and not covered and not any(c.kind in UNITS for c in node.children) \
                and not any(d.provision for d in node.walk()):
            n += 1
        for c in node.children:
            visit(c, covered)

    visit(root, False)
    return n


def _background_past(doc) -> int:
    """Background provisions outside the scope's review divisions."""
    from kg.text.headings import scope_nodes

    n = 0
    for scope in [doc.root] + [c for c in doc.root.children if c.kind == "annex"]:
        inside = {id(x) for r in _reviews(scope, doc.text) for x in r.walk()}
        n += sum(1 for x in scope_nodes(scope) if x.provision == "background" and id(x) not in inside)
    return n


def _reviews(scope, text: str):
    try:
        from kg.text.review import review_divisions
    except ImportError:  # a checkout from before review_divisions (for --before runs): titles only
        from kg.text.review import is_review

        headed = ("book", "chapter", "section", "part", "measure")
        out = []
        for top in [c for c in scope.children if c.kind in headed]:
            if is_review(top.title):
                out.append(top)
                continue
            out.extend(c for c in top.children if c.kind in headed and is_review(c.title))
            break
        return out
    return review_divisions(scope, text)


def _review_headings(root) -> int:
    from kg.text.review import is_review

    headed = ("book", "chapter", "section", "part", "measure")
    n = 0
    for scope in [root] + [c for c in root.children if c.kind == "annex"]:
        tops = [c for c in scope.children if c.kind in headed]
        for top in tops:
            if is_review(top.title):
                n += 1
                continue
            n += sum(1 for c in top.children if c.kind in headed and is_review(c.title))
            break
    return n


def files() -> list[Path]:
    skip = held_out()
    texts = [p for p in POOL.glob("*.txt") if p.stem.isdigit() and p.stem not in skip]
    pdfs = [p for p in (POOL / "pdf").glob("*.pdf") if p.stem.isdigit() and p.stem not in skip]
    return sorted(texts + pdfs, key=lambda p: (int(p.stem), p.suffix))


def _name(path: Path) -> str:
    return str(path.relative_to(POOL))


def _totals(path: Path) -> dict[str, int]:
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")]
    total = next((r for r in rows if r["source"] == "TOTAL"), None)
    return {k: int(total[k]) for k in KINDS + TARGET_KINDS if total and total.get(k)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--before", type=Path, help="an earlier run's TSV: its totals are written beside these")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--targets", action="store_true", help="also run the whole pipeline: targets and review records")
    args = ap.parse_args()
    paths = files()
    kinds = KINDS + (TARGET_KINDS if args.targets else ())
    with ProcessPoolExecutor(args.jobs) as ex:
        results = list(ex.map(partial(counts, targets=args.targets), paths, chunksize=4))
    total = dict.fromkeys(kinds, 0)
    rows = []
    for path, c in zip(paths, results):
        if c is None:
            continue
        for k in kinds:
            total[k] += c[k]
        if any(c.values()):
            rows.append([_name(path)] + [c[k] for k in kinds])
    before = _totals(args.before) if args.before else {}
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# scripts/survey_structure.py over the non-held-out pool: {len(paths)} files, "
                 f"{sum(1 for c in results if c is not None)} with a structure.\n")
        for k in kinds:
            was = f"{before[k]} → " if k in before else ""
            fh.write(f"# {k}: {was}{total[k]} (files: {sum(1 for c in results if c and c[k])})\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["source", *kinds])
        w.writerows(rows)
        w.writerow(["TOTAL", *(total[k] for k in kinds)])
    for k in kinds:
        print(f"{k}\t{before.get(k, '')}\t{total[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

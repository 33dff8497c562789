#!/usr/bin/env python3
"""Survey of the development pool: read → clean → structure over every document, by genre.

    python scripts/survey.py                 # print the summary
    python scripts/survey.py --write corpus  # also write corpus/survey.md and corpus/survey.tsv
    python scripts/survey.py --only 402,16   # a few documents (numbers of the pool)

Held-out documents (the test halves of corpus/keys/split.tsv) are never read.
For each document (the N.txt texts and the PDFs of pdf/): its genre (from the manifest title, by
ontology/genres.tsv), its provisions and their kinds, numbering gaps and duplicates, provisions
suspiciously long or short, and for a document with no provision the reason. The committed
summary makes a regression visible in review. A script, not a test: the whole pool takes minutes.
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
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out  # noqa: E402

from kg.text.clean import clean  # noqa: E402
from kg.text.genre import genre_of  # noqa: E402
from kg.text.read import read_bytes  # noqa: E402
from kg.text.structure import StructureError, parse_all  # noqa: E402

POOL = ROOT.parent / "shared" / "dual-carbon"
# The triage of every numbering gap the survey reports, written by hand from reading the text (and the
# PDF): source, gap (the issue's message), class, evidence. Classes: "printed" (the document itself
# skips or repeats a number), "text-layer" (the PDF's text layer lost the number: （-） for （二）),
# "parser" (a layout policykg still misreads). A gap not in the file is "new": read it and add a row.
GAPS = ROOT / "corpus" / "survey-gaps.tsv"
SOURCE_CLASSES = ("printed", "text-layer")
LONG = 4000  # characters: a provision longer than this probably swallowed its neighbours
SHORT = 8  # characters of body: a provision shorter than this is probably a stray line
GENRES = ["regulation", "opinions", "plan", "programme", "work-points", "notice", "guide", "announcement",
          "white-paper", "other"]


def manifest(pool: Path) -> dict[str, str]:
    with (pool / "manifest.tsv").open(encoding="utf-8") as fh:
        return {row["number"]: row["title"] for row in csv.DictReader(fh, delimiter="\t")}


# Why a file has no provision, from its first lines: the reasons a reviewer checks by reading it.
WHY_NONE = [
    (re.compile(r"(?:^|[。\n])\s*(?:近日|日前)|记者|我[市省区]印发《|出台.{0,20}意见"), "a news report about the policy, not the policy's text"),
    (re.compile(r"^\s*ICS\b|[A-Z]{1,3}/T\s*[X\d]"), "a technical standard numbered by clauses (1 范围, 3.1 …), not read as provisions"),
]


def triage() -> dict[tuple[str, str], str]:
    """(source, gap message) → class, from corpus/survey-gaps.tsv."""
    if not GAPS.exists():
        return {}
    with GAPS.open(encoding="utf-8") as fh:
        return {(r["source"], r["gap"]): r["class"] for r in csv.DictReader(fh, delimiter="\t")}


def why_none(text: str, error: str) -> str:
    head = text[:400]
    for pattern, reason in WHY_NONE:
        if pattern.search(head):
            return reason
    if len(text) < 6000:
        return "a short notice or announcement in running text: nothing numbered"
    return error or "no provision found"


TRIAGE: dict[tuple[str, str], str] = {}


def survey_one(path: Path, title: str) -> dict:
    row = {"source": str(path.relative_to(POOL)), "genre": genre_of(title), "title": title,
           "documents": 0, "provisions": 0, "kinds": "", "gaps": 0, "duplicates": 0, "item_gaps": 0,
           "item_duplicates": 0, "long": 0, "short": 0,
           "reason": "", "source_gaps": 0, "parser_gaps": 0, "new_gaps": []}
    try:
        source = read_bytes(path.read_bytes(), path.name)
        docs = parse_all(source, clean(source.text))
    except StructureError as exc:
        row["reason"] = why_none(source.text, f"StructureError: {str(exc)[:100]}")
        return row
    except Exception as exc:  # noqa: BLE001 - a survey records every failure and goes on
        row["reason"] = f"{type(exc).__name__}: {str(exc)[:140]}"
        return row
    kinds: Counter = Counter()
    for doc in docs:
        provs = doc.provisions()
        row["provisions"] += len(provs)
        kinds.update(p.provision for p in provs)
        for i in doc.issues:
            level = "item_" if i.message.split()[0] in ("item", "subitem") else ""
            if i.code == "numbering-gap":
                row[level + "gaps"] += 1
                if not level:
                    cls = TRIAGE.get((row["source"], i.message))
                    if cls in SOURCE_CLASSES:
                        row["source_gaps"] += 1
                    else:
                        row["parser_gaps"] += 1
                        if cls is None:
                            row["new_gaps"].append(i.message)
            elif i.code == "numbering-duplicate":
                row[level + "duplicates"] += 1
        for p in provs:
            size = p.end - (p.body_start if p.body_start is not None else p.start)
            row["long"] += size > LONG
            row["short"] += size < SHORT
    row["documents"] = len(docs)
    row["kinds"] = " ".join(f"{k}:{v}" for k, v in sorted(kinds.items()))
    if not row["provisions"]:
        row["reason"] = why_none(source.text, docs[0].meta.get("no_provision_reason", "") if docs else "no document")
    return row


def paths(pool: Path, only: set[str] | None):
    """The pool's texts and PDFs, held-out documents (corpus/keys/split.tsv, test halves) never read."""
    titles = manifest(pool)
    hidden = held_out()
    for number in sorted(titles, key=int):
        if number in hidden or (only and number not in only):
            continue
        if (pool / f"{number}.txt").exists():
            yield pool / f"{number}.txt", titles[number]
        if (pool / "pdf" / f"{number}.pdf").exists():
            yield pool / "pdf" / f"{number}.pdf", titles[number]


def summary(rows: list[dict]) -> str:
    by = defaultdict(list)
    for r in rows:
        by[r["genre"]].append(r)
    out = ["# Survey of the development pool", "",
           "Written by `python scripts/survey.py --write corpus`: read → clean → structure over every text and PDF of",
           "`../shared/dual-carbon/`. Genre from the manifest title (`ontology/genres.tsv`). Per document: `survey.tsv`.",
           f"Long = a provision over {LONG} characters; short = under {SHORT}.", "",
           "Gaps and duplicates: files with at least one, in divisions, parts, measures, articles or tasks; the",
           "item columns count the same for items 1. and sub-items （1） (lists, indicator tables, notes).", "",
           "| genre | files | documents | provisions | kinds | none | with gaps | with duplicates | item gaps | item dups | long | short |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    total = Counter()
    for g in GENRES + sorted(set(by) - set(GENRES)):
        rs = by.get(g)
        if not rs:
            continue
        kinds = Counter()
        for r in rs:
            for kv in r["kinds"].split():
                k, v = kv.split(":")
                kinds[k] += int(v)
        vals = Counter(files=len(rs), documents=sum(r["documents"] for r in rs),
                       provisions=sum(r["provisions"] for r in rs), none=sum(1 for r in rs if not r["provisions"]),
                       gaps=sum(1 for r in rs if r["gaps"]), dups=sum(1 for r in rs if r["duplicates"]),
                       igaps=sum(1 for r in rs if r["item_gaps"]), idups=sum(1 for r in rs if r["item_duplicates"]),
                       long=sum(r["long"] for r in rs), short=sum(r["short"] for r in rs))
        total.update(vals)
        ks = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        out.append(f"| {g} | {vals['files']} | {vals['documents']} | {vals['provisions']} | {ks} | {vals['none']} | "
                   f"{vals['gaps']} | {vals['dups']} | {vals['igaps']} | {vals['idups']} | {vals['long']} | {vals['short']} |")
    out.append(f"| **all** | {total['files']} | {total['documents']} | {total['provisions']} | | {total['none']} | "
               f"{total['gaps']} | {total['dups']} | {total['igaps']} | {total['idups']} | {total['long']} | {total['short']} |")
    n = max(1, total["files"])
    src = sum(1 for r in rows if r["source_gaps"])
    made = sum(1 for r in rows if r["parser_gaps"])
    new = [(r["source"], g) for r in rows for g in r["new_gaps"]]
    out += ["", f"Files with numbering gaps: {total['gaps']} of {total['files']} ({100 * total['gaps'] / n:.1f}%); "
            f"with duplicate numbers: {total['dups']} ({100 * total['dups'] / n:.1f}%); with item gaps: {total['igaps']} "
            f"({100 * total['igaps'] / n:.1f}%).", "",
            "## Numbering gaps: printed by the source, or made by the parser", "",
            "Every gap is triaged by hand in `survey-gaps.tsv` (read from the text and the PDF): `printed` (the",
            "document skips or repeats a number), `text-layer` (the text layer lost it), `parser` (a layout",
            "policykg still misreads). A gap not in that file is new, counted as parser-made and listed below.", "",
            f"- files with gaps the source prints (printed or lost by the text layer): {src} of {total['files']} "
            f"({100 * src / n:.1f}%)",
            f"- files with gaps the parser makes: {made} of {total['files']} ({100 * made / n:.1f}%)",
            f"- new gaps, not yet triaged: {len(new)}", ""]
    out += [f"  - `{s}`: {g}" for s, g in new]
    out += ["", "## Files with no provision", ""]
    none = [r for r in rows if not r["provisions"]]
    out += [f"- `{r['source']}` ({r['genre']}) {r['title']}: {r['reason']}" for r in none] or ["(none)"]
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", type=Path, default=POOL)
    ap.add_argument("--write", type=Path, help="folder to write survey.md and survey.tsv into")
    ap.add_argument("--only", help="comma-separated pool numbers")
    ap.add_argument("--no-pdf", action="store_true", help="texts only")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    global TRIAGE
    TRIAGE = triage()
    t0 = time.perf_counter()
    rows = []
    for path, title in paths(args.pool, only):
        if args.no_pdf and path.suffix == ".pdf":
            continue
        rows.append(survey_one(path, title))
    text = summary(rows)
    print(text)
    print(f"{len(rows)} files in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        (args.write / "survey.md").write_text(text, encoding="utf-8")
        cols = ["source", "genre", "documents", "provisions", "kinds", "gaps", "duplicates", "item_gaps",
                "item_duplicates", "long", "short",
                "reason", "title", "source_gaps", "parser_gaps"]
        with (args.write / "survey.tsv").open("w", encoding="utf-8", newline="") as fh:
            fh.write("\t".join(cols) + "\n")
            for r in rows:
                fh.write("\t".join(str(r[c]).replace("\t", " ").replace("\n", " ") for c in cols) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

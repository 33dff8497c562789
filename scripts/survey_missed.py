#!/usr/bin/env python3
"""Values with a unit in a provision that no tagger claimed, over the pool outside the held-out halves: the map of
target recall on documents no rule was written on (issue 14).

    python scripts/survey_missed.py --out /tmp/missed          # one pass over the pool: unclaimed.tsv, claimed.tsv
    python scripts/survey_missed.py --out /tmp/missed --sample 80 --seed 20261201   # … and sample.tsv (80 rows)
    python scripts/survey_missed.py --forms /tmp/missed/unclaimed.tsv                # rows and documents per form

A value counts when it stands in a sentence of the policy body (no preamble, covering notice, front matter or
signature), outside a section that reports the past (发展基础, a provision the structure marked ``background``),
and is neither inside a date nor claimed by a target, record or condition (nor the base cell of a table row whose
target carries it as ``base_value``: 11.2% of 11.2% / >18% / 预期性). ``unclaimed.tsv`` rows: doc, year in force,
unit code, surface, the clause with the value in ⟦…⟧, the form (``FORMS``: the first that matches, else ``other``).
``claimed.tsv``: every target, record and condition of the same pass (doc, layer, rule, value, unit, comparator,
indicator label, surface), to diff two versions of the taggers, and the labels the target tagger
rejected (layer ``rejected``: a value with its comparator whose name is no noun phrase). Held-out documents (score.held_out())
are never read. Several processes with ``--jobs`` (the rows come out in document order whatever the number).
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import over_pool, print_counts, read, tsv_writer, write_sample  # noqa: E402

from kg.annotate.base import contexts  # noqa: E402
from kg.annotate.records import in_record_section, record_sections  # noqa: E402
from kg.annotate.values import unit_row, value_rx  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402

# Forms a value is printed in, the first that matches the clause text (⟦value⟧ marks the value): the classes of the
# hand-classified sample, so a form's pool count can be read off the survey (--forms).
FORMS = [
    ("money", r"⟦[^⟧]*元[^⟧]*⟧"),
    ("time-length", r"⟦[^⟧]*(?:年|个月|月|日|天|小时|分钟|周)⟧"),
    ("per-each", r"(?:每|单个|单台|单位)[^，；。⟦]{0,12}⟦"),
    ("threshold-de", r"⟧\s*(?:及以上|以上|以下|及以下)?的"),
    ("example-deng", r"⟦[^⟧]*⟧[^，；。]{0,20}等"),
    ("list-after-target", r"、[^，；。⟦]{0,20}⟦"),
    ("achieve", r"实现[^，；。⟦]{0,20}⟦"),
    ("verb-then-count", r"(?:建成|建设|新建|新增|培育|打造|创建|完成|实施|开展|推广|改造|治理|修复|整治)[^，；。⟦]{0,16}⟦"),
    ("bare-noun", r"[\u4e00-\u9fff]{2,}⟦"),
]


def form_of(clause: str) -> str:
    return next((name for name, rx in FORMS if re.search(rx, clause)), "other")


class _Rejected(logging.Handler):
    """The labels the target tagger rejected (logged, not emitted): a value with its comparator whose name failed."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.labels: list[str] = []

    def emit(self, record):
        if "rejected" in record.getMessage():
            self.labels.append(record.getMessage().split(": ", 1)[-1])


def survey_one(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    catch = _Rejected()
    tagger_log = logging.getLogger("kg.annotate.targets")
    tagger_log.addHandler(catch)
    tagger_log.setLevel(logging.INFO)
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:  # a text with no policy structure: nothing to survey
        return [], []
    finally:
        tagger_log.removeHandler(catch)
    text = doc.text
    claimed_rows = []
    claimed = []
    bases = []  # (clause start, clause end, base value) of each table row's target: its base cell is claimed with it
    for layer in ("target", "record", "condition"):
        for a in doc.annotations.get(layer, []):
            claimed.append((a.get("value_start") if a.get("value_start") is not None else a.start,
                            a.get("value_end") if a.get("value_end") is not None else a.end))
            claimed.append((a.start, a.end))
            if a.get("base_value") is not None and a.get("clause_start") is not None:
                bases.append((a.get("clause_start"), a.get("clause_end"), Decimal(str(a.get("base_value")))))
            claimed_rows.append([path.stem, layer, a.rule, str(a.get("value")), a.get("unit") or "", a.get("comparator") or "",
                                 a.get("indicator_label") or "", text[a.start:a.end].replace("\t", " ").replace("\n", " ")])
    claimed_rows.sort(key=lambda r: r)
    claimed_rows += [[path.stem, "rejected", "", "", "", "", label, ""] for label in catch.labels]
    dates = [(t.start, t.end) for t in doc.annotations.get("time", [])]
    outer = record_sections(doc.root, text)
    rows = []
    for ctx in contexts(doc):
        if ctx.scope != "body" or in_record_section(ctx, outer):
            continue
        s0 = ctx.sentence.start
        sentence = text[s0:ctx.sentence.end]
        for m in value_rx().finditer(sentence):
            s = s0 + m.start()
            if any(cs <= s < ce for cs, ce in claimed) or any(ds <= s < de for ds, de in dates):
                continue
            if any(bs <= s < be and Decimal(m.group("num")) == base for bs, be, base in bases):
                continue  # the base cell (2020年 / 现状值) of a row whose target carries it as base_value
            if m.start() > 0 and (sentence[m.start() - 1].isascii() and sentence[m.start() - 1].isalnum() or sentence[m.start() - 1] in "第〔"):
                continue
            head = re.split(r"[，；。：]", sentence[:m.start()])[-1]
            clause = head[-40:] + "⟦" + m.group(0) + "⟧" + re.split(r"[，；。]", sentence[m.end():])[0][:30]
            rows.append([path.stem, unit_row(m.group("unit"))["code"], m.group(0), form_of(clause), clause.replace("\t", " ")])
    return rows, claimed_rows


def run(out: Path, jobs: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "unclaimed.tsv").open("w", encoding="utf-8") as fu, (out / "claimed.tsv").open("w", encoding="utf-8") as fc:
        wu, wc = tsv_writer(fu), tsv_writer(fc)
        wu.writerow(["doc", "unit", "surface", "form", "clause"])
        wc.writerow(["doc", "layer", "rule", "value", "unit", "comparator", "label", "surface"])
        for rows, claimed in over_pool(survey_one, jobs):
            wu.writerows(rows)
            wc.writerows(claimed)


def forms(path: Path) -> None:
    rows = read(path)
    print_counts(rows, lambda r: r["form"], "form")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="folder for unclaimed.tsv, claimed.tsv (and sample.tsv)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--sample", type=int, default=0, help="draw this many unclaimed rows into sample.tsv")
    ap.add_argument("--seed", type=int, default=20261201, help="seed of the sample")
    ap.add_argument("--forms", type=Path, help="count rows and documents per form of an unclaimed.tsv")
    args = ap.parse_args()
    if args.forms:
        forms(args.forms)
        return 0
    if not args.out:
        ap.error("give --out DIR or --forms FILE")
    if not (args.out / "unclaimed.tsv").exists() or not args.sample:
        run(args.out, args.jobs)
    if args.sample:
        write_sample(args.out / "sample.tsv", read(args.out / "unclaimed.tsv"), args.sample, args.seed,
                     ["doc", "unit", "surface", "form", "clause"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

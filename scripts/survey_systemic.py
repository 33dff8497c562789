#!/usr/bin/env python3
"""Documents where the target tagger reads (almost) nothing: per non-held-out pool document, the aim-like sentences
(到20xx年 / 20xx年底前 / 力争 / 达到 with a number and a unit in the same clause, outside front matter, notice and
preamble) and the share of them that gave a target; the documents with many aim-like sentences and a low share are
systemic failures (structure, review extents, dates, characters), not missing forms (issue 14).

    python scripts/survey_systemic.py --out /tmp/systemic            # per-document table: systemic.tsv; sentences.tsv
    python scripts/survey_systemic.py --out /tmp/systemic --min 8 --share 0.3   # … and print the listed documents

sentences.tsv: one row per aim-like sentence: doc, gave a target (1/0), records, conditions in it, whether it stands in
a record section (in_record_section / background), the sentence's part and measure titles, the sentence.
Held-out documents (score.held_out()) are never read.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import over_pool, tsv_writer  # noqa: E402

from kg.annotate.base import contexts  # noqa: E402
from kg.annotate.records import in_record_section, record_sections  # noqa: E402
from kg.annotate.values import value_rx  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402

AIM = re.compile(r"到20\d\d年|20\d\d年(?:年)?底前|力争|达到")
CLAUSE = re.compile(r"[，；。]")


def aim_like(sentence: str) -> bool:
    for clause in CLAUSE.split(sentence):
        if AIM.search(clause) and any(not m.group(0).endswith("年") for m in value_rx().finditer(clause)):
            return True
    return False


def survey_one(path: Path):
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception as e:  # noqa: BLE001 - a text with no policy structure: listed, not surveyed
        return [path.stem, "0", "0", "", "0", "0", "0", f"error {type(e).__name__}"], []
    text = doc.text
    spans = {layer: [(a.start, a.end) for a in doc.annotations.get(layer, [])] for layer in ("target", "record", "condition")}
    outer = record_sections(doc.root, text)
    n_aim = n_hit = n_outside = 0
    rows = []
    for ctx in contexts(doc):
        s0, s1 = ctx.sentence.start, ctx.sentence.end
        sentence = text[s0:s1]
        if not aim_like(sentence):
            continue
        if ctx.scope != "body":  # a notice or preamble: a document whose body was read as one loses its aims here
            n_outside += 1
            continue
        inside = {layer: sum(1 for a, b in sp if s0 <= a < s1) for layer, sp in spans.items()}
        n_aim += 1
        n_hit += inside["target"] > 0
        rows.append([path.stem, str(int(inside["target"] > 0)), str(inside["record"]), str(inside["condition"]),
                     str(int(in_record_section(ctx, outer))),
                     (ctx.part.title or "") if ctx.part else "", (ctx.measure.title or "") if ctx.measure else "",
                     sentence.replace("\t", " ").replace("\n", " ")[:200]])
    return [path.stem, str(n_aim), str(n_hit), f"{n_hit / n_aim:.2f}" if n_aim else "", str(len(spans["target"])),
            str(len(spans["record"])), str(len(spans["condition"])), str(n_outside)], rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--min", type=int, default=8, help="list documents with at least this many aim-like sentences")
    ap.add_argument("--share", type=float, default=0.3, help="… and at most this share of them giving a target")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    table = []
    with (args.out / "sentences.tsv").open("w", encoding="utf-8") as fs:
        ws = tsv_writer(fs)
        ws.writerow(["doc", "target", "records", "conditions", "record_section", "part", "measure", "sentence"])
        for row, rows in over_pool(survey_one, args.jobs):
            if row:
                table.append(row)
                ws.writerows(rows)
    with (args.out / "systemic.tsv").open("w", encoding="utf-8") as fh:
        fh.write("doc\taim_like\tgave_target\tshare\ttargets\trecords\tconditions\toutside_body\n")
        for row in table:
            fh.write("\t".join(row) + "\n")
    listed = [r for r in table if int(r[1]) >= args.min and int(r[2]) / int(r[1]) <= args.share]
    for r in table:
        if not r[7].isdigit() or int(r[7]) >= args.min:
            print(f"{r[0]}: {r[7]} aim-like sentences outside the body (notice, preamble) or not built")
    aims = sum(int(r[1]) for r in table)
    hits = sum(int(r[2]) for r in table)
    print(f"documents {len(table)}  aim-like sentences {aims}  gave a target {hits} ({hits / max(aims, 1):.2f})")
    print("doc\taim_like\tgave_target\tshare\ttargets\trecords\tconditions")
    for r in sorted(listed, key=lambda r: float(r[3])):
        print("\t".join(r[:7]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

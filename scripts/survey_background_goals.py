#!/usr/bin/env python3
"""Goals inside background provisions (kg/text/review.py: 发展基础, 取得成效, 面临形势, 现状 …) over the
non-held-out pool (lane GL, issue 14 class 2): every goal with its document, the review heading above it, the
heading's kind (past: a review of what was done; situation: the state and the outlook; other) and the goal's form,
and the goals outside background provisions for comparison; a fixed-seed sample of each to read by hand.

    python scripts/survey_background_goals.py --jobs 2 --out /tmp/gl/pool   # rows, counts, samples
    python scripts/survey_background_goals.py --out /tmp/gl/pool --counts   # counts of rows already written
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import count_forms, over_pool, read, tsv_writer, write_sample  # noqa: E402

from kg.pipeline import process_bytes  # noqa: E402
from kg.text.review import heading_title  # noqa: E402

COLUMNS = ["doc", "where", "heading_kind", "heading", "kind", "year", "period", "form", "clause", "sentence"]
_PAST = re.compile(r"成效|成就|成绩|回顾|基础|进展|以来|十三五|十二五|工作|历程|经验|实践")
_SITUATION = re.compile(r"形势|机遇|挑战|面临|问题|现状|背景|发展环境|外部环境|要求|意义|必要性|短板|不足|特征")
_CONTEXT = re.compile(r"关键期|窗口期|攻坚期|机遇期|时期是|重要时期|关键时期|之年|开局|起步期|转型期")
_NATIONAL = re.compile(r"国家|中央|国务院|党中央|总书记|我国|全国")


def heading_kind(heads: list[str]) -> str:
    """The kind of the innermost heading that says one (形势背景 / “十三五”…进展成效: past)."""
    for title in reversed(heads):
        if _PAST.search(title) and not _SITUATION.search(title):
            return "past"
        if _SITUATION.search(title):
            return "situation"
    return "other"


def form_of(clause: str, sentence: str) -> str:
    if _CONTEXT.search(clause):
        return "context-period"  # “十四五”时期是…的关键期
    if _NATIONAL.search(sentence):
        return "national-aim"  # 国家提出… / 党中央、国务院… the aim the plan serves
    return "other"


def survey_one(path: Path) -> list[list[str]]:
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:
        return []
    text = doc.text
    back = [n for n in doc.root.walk() if n.provision == "background"]
    titled = [n for n in doc.root.walk() if n.kind not in ("sentence", "document") and (n.title or n.body_start is not None)]
    rows = []
    for g in doc.annotations.get("goal", []):
        unit = next((n for n in back if n.start <= g.start < n.end), None)
        heads = [heading_title(n, text) or "" for n in titled if n.start <= g.start < n.end]
        heading = " / ".join(h for h in heads if h)[:80]
        sent = next((n for n in doc.root.walk() if n.kind == "sentence" and n.start <= g.start < n.end), None)
        sentence = text[sent.start:sent.end] if sent else text[max(0, g.start - 60):g.end + 20]
        clause = text[g.start:g.end]
        rows.append([path.stem, "background" if unit else "elsewhere", heading_kind(heads) if unit else "",
                     heading, g.rule, str(g.get("year") or ""),
                     str(g.get("period") or ""), form_of(clause, sentence), clause[:160], sentence[:300]])
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--counts", action="store_true", help="count the rows already written, build nothing")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows_path = args.out / "goals.tsv"
    if not args.counts:
        with rows_path.open("w", encoding="utf-8") as fh:
            w = tsv_writer(fh)
            w.writerow(COLUMNS)
            for rows in over_pool(survey_one, args.jobs):
                w.writerows(rows)
    rows = read(rows_path)
    back = [r for r in rows if r["where"] == "background"]
    other = [r for r in rows if r["where"] == "elsewhere"]
    print(f"goals {len(rows)} in {len({r['doc'] for r in rows})} documents; in background provisions {len(back)} "
          f"of {len({r['doc'] for r in back})} documents")
    for name, key in (("heading kind", lambda r: r["heading_kind"]), ("form", lambda r: r["form"]),
                      ("goal kind", lambda r: r["kind"]), ("kind x form", lambda r: r["heading_kind"] + " " + r["form"])):
        n, docs = count_forms(back, key)
        print(f"-- by {name}")
        for k, c in n.most_common():
            print(f"  {k}\t{c} goals\t{len(docs[k])} documents")
    cols = ["doc", "heading_kind", "heading", "kind", "form", "clause", "sentence"]
    write_sample(args.out / "sample_background.tsv", back, 40, 20261723, cols)
    write_sample(args.out / "sample_elsewhere.tsv", other, 20, 20261723, cols)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Values with a unit in the plans of the pool that no tagger claimed, by the form a plan prints them in (issue 14,
lane PL: target recall in plans).

    python scripts/survey_plan_targets.py --out /tmp/plans                 # unclaimed.tsv, claimed.tsv over the plans
    python scripts/survey_plan_targets.py --out /tmp/plans --sample 60     # … and sample.tsv (60 rows, seed 20261201)
    python scripts/survey_plan_targets.py --forms /tmp/plans/unclaimed.tsv  # values and documents per place and form
    python scripts/survey_plan_targets.py --out /tmp/every --all           # every pool document, not only plans

A plan is a document of the non-held-out pool (``pool_survey.pool_files``: held-out halves never read) whose title is
a plan or programme by ``kg.text.genre`` (规划, 规划纲要, 行动方案, 实施方案, 行动计划). A value counts as in
``survey_missed.py``: a number with a unit in a sentence of the policy body, outside a section reporting the past,
inside no date, claimed by no target, record or condition. Each row says where the value stands (``place``):

- ``box``: inside a 专栏 (the structure's ``box`` node);
- ``project-table``: in a key-project table (a line with two or more header words of ``ontology/project_tables.tsv``
  or 项目名称/建设内容/建设规模 within the 40 lines above, no chapter heading between);
- ``cell``: a line that holds the value and little else (an indicator table's cell, one a line);
- ``prose``: anywhere else;

and how its clause reads (``form``, the first of ``FORMS`` that matches, else survey_missed's forms).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import count_forms, pool_files, read, tsv_writer, write_sample  # noqa: E402
from survey_missed import form_of  # noqa: E402

from kg.annotate.base import contexts  # noqa: E402
from kg.annotate.records import in_record_section, record_sections  # noqa: E402
from kg.annotate.values import unit_row, value_rx  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402
from kg.text.genre import genre_of  # noqa: E402

PLAN_GENRES = ("plan", "programme")
TABLE_WORDS = re.compile(r"项目名称|建设内容|建设规模|主要建设内容|建设地点|完成时限|责任单位|实施主体|建设年限|建设性质")
CHAPTER = re.compile(r"^\s*(?:第[一二三四五六七八九十]+[章节篇]|[一二三四五六七八九十]+、)")
CELL = re.compile(r"^[\d.．%％\s～~—-]*$")
# Plan forms of a clause (⟦value⟧ the value), before survey_missed's forms.
FORMS = [
    ("per-place", r"^[\u4e00-\u9fff]{2,8}(?:市|县|区|州|盟|旗)："),
    ("scale", r"(?:规模|能力|容量|总长|长度|面积|库容)(?:为|约|达)?⟦"),
    ("rate-closing", r"(?:率|比例|占比|比重|覆盖率)(?:保持|稳定)?(?:在)?⟦[^⟧]*%⟧"),
    ("work-quantity", r"(?:建设|新建|改建|扩建|修复|整治|治理|营造|造林|种植|实施|完成|新增|清理|恢复|疏浚|铺设|改造|建成|打造|投放|增殖放流)"
                      r"[^，；。⟦]{1,24}⟦[^⟧]*(?:公顷|亩|千米|公里|米|平方|万|吨|座|个|处|条|套|台|家|所|宗|项|千瓦|方)"),
]


def plan_form(clause: str) -> str:
    return next((name for name, rx in FORMS if re.search(rx, clause)), None) or form_of(clause)


def is_plan(doc) -> bool:
    return genre_of(doc.meta.get("title")) in PLAN_GENRES


def _in_box(root, pos: int) -> bool:
    return any(n.kind == "box" and n.start <= pos < n.end for n in root.walk())


def _in_project_table(lines: list[str], i: int) -> bool:
    for j in range(i, max(-1, i - 40), -1):
        if j < i and CHAPTER.match(lines[j]):
            return False
        if len(TABLE_WORDS.findall(lines[j])) >= 2 or (len(TABLE_WORDS.findall(lines[j])) == 1
                                                        and j + 1 < len(lines) and TABLE_WORDS.search(lines[j + 1])):
            return True
    return False


def place_of(doc, s: int) -> str:
    text = doc.text
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    line = text[a:b if b >= 0 else len(text)]
    if _in_box(doc.root, s):
        return "box"
    lines = text[:b if b >= 0 else len(text)].split("\n")
    if _in_project_table(lines, len(lines) - 1):
        return "project-table"
    if CELL.match(re.sub(value_rx().pattern, "", line)) or len(line.strip()) <= 12:
        return "cell"
    return "prose"


def survey_any(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """``survey_one`` for any document of the pool, plan or not (``--all``: a rule that reaches beyond plans)."""
    return survey_one(path, plans_only=False)


def survey_one(path: Path, plans_only: bool = True) -> tuple[list[list[str]], list[list[str]]]:
    """The unclaimed values of one plan (doc, place, form, unit, surface, clause) and its targets, records and
    conditions (doc, layer, rule, value, unit, comparator, label, surface); nothing for a document no plan."""
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:  # a text with no policy structure: nothing to survey
        return [], []
    if plans_only and not is_plan(doc):
        return [], []
    text = doc.text
    claimed, claimed_rows = [], []
    for layer in ("target", "record", "condition"):
        for a in doc.annotations.get(layer, []):
            claimed.append((a.get("value_start") if a.get("value_start") is not None else a.start,
                            a.get("value_end") if a.get("value_end") is not None else a.end))
            claimed.append((a.start, a.end))
            claimed_rows.append([path.stem, layer, a.rule, str(a.get("value")), a.get("unit") or "", a.get("comparator") or "",
                                 a.get("indicator_label") or "", re.sub(r"\s+", "", text[a.start:a.end])])
    claimed_rows.sort()
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
            if m.start() > 0 and (sentence[m.start() - 1].isascii() and sentence[m.start() - 1].isalnum()
                                  or sentence[m.start() - 1] in "第〔"):
                continue
            head = re.split(r"[，；。：]", sentence[:m.start()])[-1]
            clause = head[-40:] + "⟦" + m.group(0) + "⟧" + re.split(r"[，；。]", sentence[m.end():])[0][:30]
            clause = re.sub(r"\s+", "", clause)
            rows.append([path.stem, place_of(doc, s), plan_form(clause), unit_row(m.group("unit"))["code"],
                         re.sub(r"\s+", "", m.group(0)), clause])
    return rows, claimed_rows


def run(out: Path, jobs: int, only: list[Path] | None, every: bool = False) -> None:
    from concurrent.futures import ProcessPoolExecutor
    out.mkdir(parents=True, exist_ok=True)
    with (out / "unclaimed.tsv").open("w", encoding="utf-8") as fu, (out / "claimed.tsv").open("w", encoding="utf-8") as fc, \
            ProcessPoolExecutor(jobs) as ex:
        wu, wc = tsv_writer(fu), tsv_writer(fc)
        wu.writerow(["doc", "place", "form", "unit", "surface", "clause"])
        wc.writerow(["doc", "layer", "rule", "value", "unit", "comparator", "label", "surface"])
        for rows, claimed in ex.map(survey_any if every else survey_one, only or pool_files(), chunksize=2):
            wu.writerows(rows)
            wc.writerows(claimed)


def forms(path: Path) -> None:
    rows = read(path)
    for key, name in ((lambda r: r["place"], "place"), (lambda r: r["form"], "form"),
                      (lambda r: (r["place"], r["form"]), "place × form")):
        n, docs = count_forms(rows, key)
        print(f"{name}\tvalues\tdocuments")
        for f, k in n.most_common():
            print(f"{f if isinstance(f, str) else ' / '.join(f)}\t{k}\t{len(docs[f])}")
        print()
    print(f"all\t{len(rows)}\t{len({r['doc'] for r in rows})}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="folder for unclaimed.tsv (and sample.tsv)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--only", help="pool numbers joined by commas (held-out ones refused)")
    ap.add_argument("--all", action="store_true", help="every pool document, not only plans")
    ap.add_argument("--sample", type=int, default=0, help="draw this many unclaimed rows into sample.tsv")
    ap.add_argument("--seed", type=int, default=20261201, help="seed of the sample")
    ap.add_argument("--forms", type=Path, help="count values and documents per place and form of an unclaimed.tsv")
    args = ap.parse_args()
    if args.forms:
        forms(args.forms)
        return 0
    if not args.out:
        ap.error("give --out DIR or --forms FILE")
    only = None
    if args.only:
        from pool_survey import chosen_files
        only = chosen_files(args.only, ap.error)
    if not (args.out / "unclaimed.tsv").exists() or not args.sample:
        run(args.out, args.jobs, only, args.all)
    if args.sample:
        write_sample(args.out / "sample.tsv", read(args.out / "unclaimed.tsv"), args.sample, args.seed,
                     ["doc", "place", "form", "surface", "clause"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

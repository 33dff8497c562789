#!/usr/bin/env python3
"""Spans of the policy text that look like a body or a collective and that no actor annotation touches, over the
pool outside the held-out halves: the map of actor recall on documents no rule was written on (issue 14).

    python scripts/survey_unread_bodies.py --out /tmp/unread                 # unread.tsv: one row a span
    python scripts/survey_unread_bodies.py --out /tmp/unread --sample 80     # … and sample.tsv (fixed seed)
    python scripts/survey_unread_bodies.py --out /tmp/unread --sample 80 --seed 20261202 \
        --not-in corpus/survey-bodies-sample.tsv                             # … from documents no earlier sample drew
    python scripts/survey_unread_bodies.py --out /tmp/unread --sample 80 --only 'collective-ge|generic-.*'  # … of these forms only
    python scripts/survey_unread_bodies.py --forms /tmp/unread/unread.tsv    # rows and documents per form
    python scripts/survey_unread_bodies.py --count 'RX' /tmp/unread/unread.tsv  # rows and documents whose span matches RX

A span is (a) a run of Han characters (and a bracketed level such as （市）) ending at a jieba word boundary in a body
suffix (局 委 厅 部 办 办公室 中心 院 所 会 协会 组 公司 集团 银行 站 队 处 室 管委会 政府 部门 单位 机构 企业 …), cut back
to punctuation or a function word, 2–24 characters, and followed by punctuation or a word a doer is followed by
(牵头, 负责, 要, 应当 …); or (b) 各/有关/相关 + a head (各地, 有关方面, 相关行业协会). It counts when it stands in a sentence
of the policy body (no front matter, signature or cited 《title》) and no actor annotation overlaps it. Rows: doc, span,
form (``FORMS``: the first that matches), clause with the span in ⟦…⟧. Held-out documents (score.held_out()) are never read.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import count_forms, over_pool, read, tsv_writer, write_sample  # noqa: E402

from kg.annotate.base import boundaries, contexts  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402

SUFFIXES = ("管委会", "办公室", "委员会", "领导小组", "人民政府", "协会", "中心", "公司", "集团", "银行", "部门", "单位", "机构",
            "企业", "政府", "局", "委", "厅", "部", "办", "院", "所", "会", "组", "站", "队", "处", "室")
_STOP = "的了在是要对将等与及或为把被从向以并由请按和、，。；：！？“”《》（）\n "
_AFTER = ("牵头", "负责", "会同", "联合", "配合", "要", "应", "将", "可", "等", "和", "与", "及", "按", "组织", "指导", "加强",
          "开展", "做好", "推动", "推进", "落实", "制定", "研究", "统筹", "依法", "积极", "共同", "分别")
_CAND = re.compile(r"[\u4e00-\u9fff（）()]{0,22}?(?:" + "|".join(SUFFIXES) + r")")
_COLLECTIVE = re.compile(r"(?:各|有关|相关)[\u4e00-\u9fff]{0,8}?(?:地方|地区|方面|各方|单位|部门|机构|企业|行业|主体|群体|人员|"
                         r"地|市|县|区|级|方)(?![\u4e00-\u9fff])")
# words ending in a suffix that name no body (layouts, parts, verbs, events, society)
NOT_BODIES = ("格局", "布局", "大局", "全局", "变局", "开局", "新局", "督办", "交办", "承办", "主办", "协办", "举办", "创办",
              "社会", "机会", "大会", "全部", "内部", "外部", "局部", "东部", "西部", "中部", "北部", "南部", "东北部", "干部",
              "头部", "场所", "住所", "处所", "好处", "各处", "此处", "教育部门", "学会", "体会", "理会", "座谈会", "博览会",
              "交易会", "展会", "论坛会", "工作组织", "全会", "都会", "车站", "电站", "泵站", "基站", "站", "业务部")

# The forms of the hand-classified sample (corpus/survey-bodies.md), the first that matches the span.
FORMS = [
    ("collective-ge", r"^(?:各|有关|相关)"),
    ("enterprise-name", r"(?:公司|集团|银行)$"),
    ("generic-enterprise", r"企业$"),
    ("generic-unit", r"(?:单位|机构)$"),
    ("generic-department", r"部门$"),
    ("government", r"政府$"),
    ("level-body", r"^[省市县区州]"),
    ("council-office", r"(?:办公室|管委会|委员会|领导小组|办)$"),
    ("center-institute", r"(?:中心|院|所)$"),
    ("association", r"(?:协会|会)$"),
    ("bureau", r"(?:局|委|厅|部|处|室|站|队|组)$"),
]


def form_of(span: str) -> str:
    return next((name for name, rx in FORMS if re.search(rx, span)), "other")


def spans(text: str, s0: int, e0: int, cuts: frozenset[int]):
    sentence = text[s0:e0]
    for m in _CAND.finditer(sentence):
        s, e = s0 + m.start(), s0 + m.end()
        run = text[s:e]
        cut = max((i for i, ch in enumerate(run[:-1]) if ch in _STOP), default=-1)
        s += cut + 1
        after = text[e:e + 2]
        if e - s < 2 or text[s] in "（）()" or text[s:e].endswith(NOT_BODIES) or e not in cuts:
            continue
        if after and "\u4e00" <= after[0] <= "\u9fff" and not after.startswith(_AFTER) and not after.startswith(tuple(_AFTER)):
            continue
        yield s, e
    for m in _COLLECTIVE.finditer(sentence):
        yield s0 + m.start(), s0 + m.end()


def survey_one(path: Path) -> list[list[str]]:
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:  # a text with no policy structure: nothing to survey
        return []
    text = doc.text
    cuts = boundaries(doc)
    actors = [(a.start, a.end) for a in doc.annotations.get("actor", [])]
    rows, seen = [], set()
    for ctx in contexts(doc):
        if ctx.scope != "body":
            continue
        s0, e0 = ctx.sentence.start, ctx.sentence.end
        for s, e in spans(text, s0, e0, cuts):
            if (s, e) in seen or any(a < e and s < b for a, b in actors):
                continue
            opened = text.rfind("《", max(0, s - 60), s)
            if opened >= 0 and text.find("》", opened, s) < 0:
                continue  # inside a cited title
            seen.add((s, e))
            head = re.split(r"[，；。：]", text[s0:s])[-1][-30:]
            tail = re.split(r"[，；。]", text[e:e0])[0][:30]
            clause = (head + "⟦" + text[s:e] + "⟧" + tail).replace("\t", " ").replace("\n", " ")
            rows.append([path.stem, str(s), text[s:e], form_of(text[s:e]), clause])
    return sorted(rows, key=lambda r: int(r[1]))


def run(out: Path, jobs: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "unread.tsv").open("w", encoding="utf-8") as fh:
        w = tsv_writer(fh)
        w.writerow(["doc", "offset", "span", "form", "clause"])
        for rows in over_pool(survey_one, jobs):
            w.writerows(rows)


def forms(path: Path, rx: str | None = None) -> None:
    rows = read(path)
    n, docs = count_forms(rows, lambda r: ("match" if re.search(rx, r["span"]) else None) if rx else r["form"])
    print("form\tspans\tdocuments")
    for f, k in sorted(n.items(), key=lambda x: (-len(docs[x[0]]), x[0])):
        print(f"{f}\t{k}\t{len(docs[f])}")
    print(f"all\t{len(rows)}\t{len({r['doc'] for r in rows})}")


def read_commented(path: Path) -> list[dict]:
    """The rows of a hand-classified sample whose first lines are # comments."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, ln.split("\t"))) for ln in lines[1:]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="folder for unread.tsv (and sample.tsv)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--sample", type=int, default=0, help="draw this many rows into sample.tsv")
    ap.add_argument("--seed", type=int, default=20261201, help="seed of the sample")
    ap.add_argument("--not-in", type=Path, action="append", default=[],
                    help="draw the sample only from documents not in this earlier sample (a TSV with a doc column; repeatable)")
    ap.add_argument("--forms", type=Path, help="count rows and documents per form of an unread.tsv")
    ap.add_argument("--count", help="with --forms: count only the spans matching this regular expression")
    ap.add_argument("--only", help="draw the sample only from rows whose form matches this regular expression "
                                   "(collective-ge|generic-.*: the collectives and generic groups)")
    args = ap.parse_args()
    if args.forms:
        forms(args.forms, args.count)
        return 0
    if not args.out:
        ap.error("give --out DIR or --forms FILE")
    if not (args.out / "unread.tsv").exists() or not args.sample:
        run(args.out, args.jobs)
    if args.sample:
        drawn = {r["doc"] for p in args.not_in for r in read_commented(p)}
        rows = [r for r in read(args.out / "unread.tsv")
                if r["doc"] not in drawn and (not args.only or re.fullmatch(args.only, r["form"]))]
        write_sample(args.out / "sample.tsv", rows, args.sample, args.seed,
                     ["doc", "span", "form", "clause"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Unclaimed values grouped by the frame of the clause around the value (lane TK6, corpus/tk6-unclaimed.md): read an
unclaimed.tsv of scripts/survey_missed.py (the non-held-out pool), put each row in the first group whose frame its
clause shows, print values and documents per group (most documents first), and draw a fixed-seed sample of each group
to read by hand.

    python scripts/survey_frames.py /tmp/missed/unclaimed.tsv                          # groups: values, documents
    python scripts/survey_frames.py /tmp/missed/unclaimed.tsv --sample 12 --out S.tsv  # … and 12 rows of each group

Groups, tried in this order: the value alone on its line (a table cell); money; time lengths and rates per year; per
each (每/单个/人均 before it); value + 的 (a threshold or share of something); 其中/包括 (a breakdown); 分别 right before
it; …等 before it; else the last frame word within 14 characters before the value, by family (FRAMES); else 、 before
it (a list); else a noun right before it; else other.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import read  # noqa: E402

FRAMES = [  # (group, the frame words of its family)
    ("达到/达/提高到/提升到/增至", r"达到|提高到|提升到|提高至|提升至|增至|增长到|增加到|扩大到|扩大至|达"),
    ("控制在/保持在/稳定在/降至", r"控制在|保持在|稳定在|维持在|降至|下降到|降低到|压减到|压减至|减少到|控制到"),
    ("提高/下降/降低/增长/减少 (change)", r"提高|提升|下降|降低|增长|减少|增加|压减|削减|压降"),
    ("不低于/不少于/超过/不超过 (comparator)", r"不低于|不少于|超过|突破|不超过|不高于|高于|低于|至少|大于|小于"),
    ("新增/新建/建成/建设/培育/打造/创建/建立 (making)",
     r"新增|新建|建成|建设|培育|打造|创建|建立|扩建|改扩建|组建|设立|布局|形成"),
    ("完成/实施/推进/推动/开展/改造/治理 (doing)",
     r"完成|实施|推进|推动|开展|改造|治理|整治|修复|淘汰|关停|退出|推广|应用|示范|替代|造林|种植|发展"),
    ("累计/年均/每年/平均", r"累计|年均|每年|平均|年度|全年|年"),
    ("约/共/总/合计", r"约|共计|共|总计|合计|总"),
]


def group(row: dict) -> str:
    head, _, rest = row["clause"].partition("⟦")
    value, _, tail = rest.partition("⟧")
    if not head.strip() and len(tail.strip()) <= 2:
        return "table cell (value alone)"
    if "元" in value:
        return "money"
    if row["form"] == "time-length":
        return "time-length"
    if re.search(r"(?:每|单个|单台|单位|人均|户均)[^，；。]{0,12}$", head):
        return "per-each"
    if re.match(r"\s*(?:及以上|以上|以下|及以下|以内|左右)?的", tail):
        return "threshold/of (value…的)"
    if re.search(r"(?:其中|包括|包含)[^，；。]{0,20}$", head):
        return "breakdown (其中/包括)"
    if re.search(r"分别[^，；。]{0,6}$", head):
        return "分别 + values"
    if re.search(r"等[^，；。]{0,15}$", head):
        return "examples 等 + value"
    for name, words in FRAMES:
        last = None
        for last in re.finditer(words, head):
            pass
        if last and len(head) - last.end() <= 14:
            return name
    if re.search(r"、[^，；。]{0,20}$", head):
        return "list-after (、 before)"
    if re.search(r"[\u4e00-\u9fff]{2,}$", head):
        return "bare noun + value"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("unclaimed", type=Path, help="unclaimed.tsv of scripts/survey_missed.py")
    ap.add_argument("--sample", type=int, default=0, help="rows drawn from each group")
    ap.add_argument("--seed", type=int, default=20261506)
    ap.add_argument("--out", type=Path, help="the sample's TSV")
    args = ap.parse_args()
    groups: dict[str, list[dict]] = defaultdict(list)
    rows = read(args.unclaimed)
    for r in rows:
        groups[group(r)].append(r)
    ordered = sorted(groups.items(), key=lambda kv: -len({r["doc"] for r in kv[1]}))
    print("group\tvalues\tdocuments")
    for name, rs in ordered:
        print(f"{name}\t{len(rs)}\t{len({r['doc'] for r in rs})}")
    print(f"all\t{len(rows)}\t{len({r['doc'] for r in rows})}")
    if args.sample and args.out:
        rng = random.Random(args.seed)
        with args.out.open("w", encoding="utf-8") as fh:
            fh.write("group\tn\tdoc\tunit\tsurface\tclause\tverdict\n")
            for name, rs in ordered:
                for k, i in enumerate(sorted(rng.sample(range(len(rs)), min(args.sample, len(rs)))), 1):
                    r = rs[i]
                    fh.write(f"{name}\t{k}\t{r['doc']}\t{r['unit']}\t{r['surface']}\t{r['clause']}\t\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

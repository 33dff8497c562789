#!/usr/bin/env python3
"""Convention 63's forms over the pool outside the held-out halves (lane UN2, corpus/un-units.md "Convention 63"):
a value before 分钟/小时/天/米, a ratio a：b, a Chinese numeral or fraction (X分之Y, 一半, 两个…) as a value; counted
by form and document, with how many sit in an aim (their clause prints a deadline, 十四五, 力争, or an aim verb or
comparator before the value) and how many of those are a procedure's time limit (…日内, 工作日); a fixed-seed sample of
the aims per form printed to read by hand.

    python scripts/survey_unit_forms.py --sample 20

Held-out documents (score.held_out()) are never read (``pool_survey.over_pool``).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import over_pool  # noqa: E402

from kg.text.clean import clean  # noqa: E402

CN = "零一二两三四五六七八九十百千"
FORMS = {
    "time/length": re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:分钟|小时|天|米)(?!其|粮|饭|线|然|地|空|津|数|气)"),
    "ratio": re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*[：:]\s*\d+(?:\.\d+)?(?![\d:：])"),
    "fraction": re.compile(rf"[{CN}]+分之[{CN}]+|一半"),
    "cn-count": re.compile(rf"(?<![{CN}第])[{CN}]{{1,3}}(?:个|项|次|座|条|家|所|套|批)(?![{CN}])"),
}
AIM = re.compile(r"到\s*20\d\d\s*年|20\d\d\s*年(?:前|底|末)|十四五|力争|达到|不低于|不少于|不超过|超过|以上|提高到|提升至"
                 r"|控制在|完成|建成|实现|新建|新增|培育|打造|创建")
TIME_LIMIT = re.compile(r"工作日|日内|天内|小时内|分钟内|之日起")
WORDS = re.compile(r"一次能源|一次性|二次|一批|一体化|四个革命|三条控制线|一系列|一个中心|两个|一次|三个|一项|一条")
REF = re.compile(r"[：:]\d\d")  # clock times 8:30 and the like are counted as ratios; read by hand


def forms(path: Path) -> list[tuple[str, str, str, bool, bool, str]]:
    """(form, doc, printing, in an aim, a time limit, clause with the printing in ⟦…⟧) for every printing of the document."""
    text = clean(path.read_text(encoding="utf-8", errors="replace")).text
    out = []
    for form, rx in FORMS.items():
        for m in rx.finditer(text):
            start = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
            ends = [e for e in (text.find(c, m.end()) for c in "。；\n") if e >= 0]
            end = min(ends or [len(text)])
            clause = text[start:m.start()] + "⟦" + m.group() + "⟧" + text[m.end():end]
            near = text[max(start, m.start() - 12):min(end, m.end() + 6)]
            out.append((form, path.stem, m.group(), bool(AIM.search(clause)), bool(TIME_LIMIT.search(near)), clause))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sample", type=int, default=20, help="aims per form drawn to read (seed 20261612)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    args = ap.parse_args()
    rows = [r for doc_rows in over_pool(forms, args.jobs) for r in doc_rows]
    for form in FORMS:
        sel = [r for r in rows if r[0] == form]
        aims = [r for r in sel if r[3] and not r[4]]
        limits = [r for r in sel if r[4]]
        print(f"{form}\t{len(sel)} printings in {len({r[1] for r in sel})} documents\tin an aim {len(aims)} in "
              f"{len({r[1] for r in aims})}\ttime limits {len(limits)} in {len({r[1] for r in limits})}")
        for r in sorted(random.Random(20261612).sample(aims, min(args.sample, len(aims)))):
            print(f"    {r[1]}\t{r[2]}\t{r[5][:150]}")


if __name__ == "__main__":
    main()

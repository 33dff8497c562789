#!/usr/bin/env python3
"""Values with a unit that no tagger claimed (no target, record or condition covers them), over the pool
outside the held-out halves, each put in a class of issue 14's open recall classes; to count a class's
positives and negatives before a rule is written for it.

    python scripts/survey_unclaimed.py > /tmp/unclaimed.tsv        # rows: doc, class, scope, year, surface, clause
    python scripts/survey_unclaimed.py --counts                    # rows per class only (stderr has them too)
    python scripts/survey_unclaimed.py --dated                     # only values in a clause with a deadline in force,
                                                                   # outside sections that report the past

Classes (the first that holds): preamble (the sentence is outside the body: preamble or covering notice),
box (a 专栏 row), achieve (实现 before the value's noun), bare-noun (a noun right before the value and
nothing that reads as a verb), cn-numeral (a Chinese numeral and a counting unit: 一轮, 两个), other.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import pool_files  # noqa: E402
from score import pool_documents  # noqa: E402

from kg.annotate import deadline  # noqa: E402
from kg.annotate.base import contexts, time_scopes  # noqa: E402
from kg.annotate.records import in_record_section, record_sections  # noqa: E402
from kg.annotate.values import value_rx  # noqa: E402

CN_COUNT = re.compile(r"[一二两三四五六七八九十百]+(?:个|项|轮|家|座|条|批|类|次)")
BARE = re.compile(r"[\u4e00-\u9fff]{2,}$")
VERBISH = re.compile(r"达到|达|提高|提升|下降|降低|减少|增长|增加|不低于|不超过|控制|建成|新增|新建|建设|完成|培育|打造|创建|保持|实现|超过|累计|约")


def classify(text: str, ctx, m_start: int, head: str, box: bool) -> str:
    if ctx.scope != "body":
        return "preamble" if ctx.scope == "preamble" else ctx.scope
    if box:
        return "box"
    if re.search(r"实现[^，；。]{0,20}$", head):
        return "achieve"
    if BARE.search(head) and not VERBISH.search(head[-12:]):
        return "bare-noun"
    return "other"


def main() -> int:
    files = pool_files()
    counts: Counter = Counter()
    docs: dict[str, set] = {}
    only_counts = "--counts" in sys.argv
    for path, doc in pool_documents(files):
        text = doc.text
        claimed = [(a.start, a.end) for layer in ("target", "record", "condition") for a in doc.annotations.get(layer, [])]
        dates = [(t.start, t.end) for t in doc.annotations.get("time", [])]
        years = {}  # clause start → the deadline year in force there (as the target tagger reads it)
        for ctx, clause_scopes in time_scopes(doc, doc.annotations.get("time", [])):
            for a, b, scope in clause_scopes:
                years[(a, b)] = deadline.deadline_year(deadline.resolve(doc, ctx, scope, doc.annotations["time"]))
        outer = record_sections(doc.root, text)
        for ctx in contexts(doc):
            if "--dated" in sys.argv and in_record_section(ctx, outer):
                continue  # 发展基础: figures of the past
            s0, e0 = ctx.sentence.start, ctx.sentence.end
            sentence = text[s0:e0]
            para = text[ctx.paragraph[0]:ctx.paragraph[1]]
            box = "专栏" in para[:12] or any(n is not None and n.title and "专栏" in n.title for n in (ctx.part, ctx.measure))
            found = [(m.start(), m.end(), "unit") for m in value_rx().finditer(sentence)]
            found += [(m.start(), m.end(), "cn") for m in CN_COUNT.finditer(sentence)]
            for a, b, kind in found:
                s, e = s0 + a, s0 + b
                if any(cs <= s < ce for cs, ce in claimed) or any(ds <= s < de for ds, de in dates):
                    continue
                if kind == "unit" and a > 0 and (sentence[a - 1].isascii() and sentence[a - 1].isalnum() or sentence[a - 1] in "第〔"):
                    continue
                head = re.split(r"[，；。：]", sentence[:a])[-1]
                cls = "cn-numeral" if kind == "cn" else classify(text, ctx, s, head, box)
                year = next((y for (ca, cb), y in years.items() if ca <= s < cb), None)
                if "--dated" in sys.argv and not year and cls != "preamble":
                    continue
                counts[cls] += 1
                docs.setdefault(cls, set()).add(path.stem)
                if not only_counts:
                    clause = head[-30:] + "⟦" + sentence[a:b] + "⟧" + re.split(r"[，；。]", sentence[b:])[0][:20]
                    print(f"{path.stem}\t{cls}\t{ctx.scope}\t{year or ''}\t{sentence[a:b]}\t{clause}")
    for cls, n in sorted(counts.items(), key=lambda x: -x[1]):
        print(f"{cls}\t{n} values\t{len(docs[cls])} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

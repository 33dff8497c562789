"""Values the target tagger read as aims that a plan prints as estimates or as names (issue 14, read over
the whole pool): a plan's investment figures (总投资约219.22亿元, 风电拉动投资约2800亿元, 需投资约118.75亿元),
the money amounts of its chapter of investment estimates (投资匡算) and every value of its chapter of
benefit estimates (效益分析, 三、经济效益) as forecasts;
a value that names a class of thing (15万吨级码头, 3000兆瓦级新能源基地) no value at all
(``ontology/record_cues.tsv``: estimate_section, benefit_section, estimate_label, estimate_not, class_after)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.model import Annotation, Document, Node
from kg.annotate.records import cues


@lru_cache(maxsize=None)
def _class_after() -> re.Pattern:
    return re.compile(r"\s*(?:" + cues()["class_after"].pattern + ")")


def estimate_sections(root: Node, text: str) -> list[tuple[int, int, str]]:
    """Spans of the divisions whose heading announces estimates, whatever level the structure gave them, with
    what they estimate: ``money`` (第三节工程投资匡算, （一）投资估算: the projects' cost) or ``all`` (（二）效益分析,
    一、社会效益: every value), innermost first. A title holding a clause (，；) is a task's sentence, no heading."""
    c = cues()
    out = []
    for n in root.walk():
        if n.kind in ("document", "annex", "sentence", "item", "subitem"):
            continue
        title = n.title
        if not title:
            line_end = text.find("\n", n.start, n.end)
            title = text[n.start:line_end if line_end >= 0 else min(n.end, n.start + 30)]
        title = re.sub(r"\s+", "", title)
        if re.search(r"[，,；;]", title):
            continue  # a sentence, no heading: 1.开展规划实施效益分析，到2025年，… (a numbered task's title is its sentence)
        if c["estimate_section"].search(title):
            out.append((n.start, n.end, "money"))
        elif c["benefit_section"].search(title):
            out.append((n.start, n.end, "all"))
    return sorted(out, key=lambda s: (s[1] - s[0], s[0]))


def _estimated(sections, x: Annotation) -> bool:
    """Whether the innermost estimate division holding ``x`` makes it an estimate."""
    kind = next((k for a, b, k in sections if a <= x.start < b), None)
    return kind == "all" or (kind == "money" and x.get("unit") == "yuan")


def _forecast(x: Annotation, rule: str) -> Annotation:
    return Annotation("record", x.start, x.end, rule, tuple(sorted({**dict(x.value), "status": "forecast"}.items())))


def retype(doc: Document, found: list[Annotation]) -> list[Annotation]:
    """``found`` (targets, records, conditions of the target tagger) with the targets that are estimates made
    forecasts and the values that name a class dropped; every other row as it was. A table's row (target-table-*)
    is no investment estimate: its table's title or header already said it sets targets (投资预期目标 by district)."""
    text = doc.text
    sections = None
    c = cues()
    out = []
    for x in found:
        if x.layer != "target":
            out.append(x)
            continue
        end = x.get("value_end")
        if end is not None and _class_after().match(text, end):
            continue  # 建设15万吨级LNG专用码头1座: 15万吨 names the berth's class; the count is the aim
        if sections is None:
            sections = estimate_sections(doc.root, text)
        if _estimated(sections, x):
            out.append(_forecast(x, "forecast-estimate-section"))
            continue
        label = x.get("indicator_label") or ""
        if x.get("unit") == "yuan" and not x.rule.startswith("target-table") \
                and c["estimate_label"].search(label + text[x.start:x.end]) \
                and x.get("comparator") in ("=", "~") and not c["estimate_not"].search(text[x.start:x.end]):
            out.append(_forecast(x, "forecast-investment"))  # 总投资约219.22亿元: what the plan's projects cost
            continue
        out.append(x)
    return out

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
from kg.annotate.bare_values import written_in
from kg.annotate.base import division_headings
from kg.annotate.records import cues
from kg.text.genre import genre_of


@lru_cache(maxsize=None)
def _class_after() -> re.Pattern:
    return re.compile(r"\s*(?:" + cues()["class_after"].pattern + ")")


def estimate_sections(root: Node, text: str) -> list[tuple[int, int, str]]:
    """Spans of the divisions whose heading announces estimates, whatever level the structure gave them, with
    what they estimate: ``money`` (第三节工程投资匡算, （一）投资估算: the projects' cost) or ``all`` (（二）效益分析,
    一、社会效益: every value), innermost first. A title holding a clause (，；) is a task's sentence, no heading."""
    c = cues()
    out = []
    for n, title in division_headings(root, text):
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


_REPORT_GENRES = ("white-paper",)  # genres that report the past (ontology/genres.tsv): 白皮书


def _sentence_of(text: str, at: int) -> str:
    """The sentence around ``at`` (from the stop or line break before it to the stop after it)."""
    a = max(text.rfind(ch, 0, at) for ch in "。；\n") + 1
    ends = [e for e in (text.find(ch, at) for ch in "。；\n") if e >= 0]
    return text[a:min(ends) if ends else len(text)]


_HEAD = 300  # how much of a document's opening may name it a report (新时代的中国能源发展 / 中华人民共和国国务院新闻办公室)


def is_report(doc: Document) -> bool:
    """A report of the past: a white paper by its title's genre, or by its opening words (a title that dropped
    白皮书, the issuer of white papers: ``report_document``)."""
    return genre_of(doc.meta.get("title")) in _REPORT_GENRES or bool(cues()["report_document"].search(doc.text[:_HEAD]))


def report_year(doc: Document) -> int | None:
    """The year a report was written: its date, else a month printed in its opening ((2020年12月))."""
    m = re.search(r"[（(]\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*[）)]", doc.text[:_HEAD])
    return int(m.group(1)) if m else written_in(doc)


def report_record(doc: Document, x: Annotation, written: int | None) -> bool:
    """A value of a report of the past (a white paper: 2019年平均风电利用率达96%, 累计完成散煤替代约2300万户) is a
    record unless its sentence looks ahead: a year after the document was written (到2025年) or a word of the
    future (将, 力争, 目标: ``report_future``)."""
    sentence = _sentence_of(doc.text, x.start)
    if cues()["report_future"].search(sentence):
        return False
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年", sentence)]
    if written is None:
        return True  # no date: only the words of the future keep a value a target
    return not any(y > written for y in years) and not (x.get("year") is not None and int(x.get("year")) > written)


def retype(doc: Document, found: list[Annotation]) -> list[Annotation]:
    """``found`` (targets, records, conditions of the target tagger) with the targets that are estimates made
    forecasts and the values that name a class dropped; every other row as it was. A table's row (target-table-*)
    is no investment estimate: its table's title or header already said it sets targets (投资预期目标 by district)."""
    text = doc.text
    sections = None
    c = cues()
    report = is_report(doc)
    written = report_year(doc) if report else None
    out = []
    for x in found:
        if x.layer != "target":
            out.append(x)
            continue
        if report and report_record(doc, x, written):
            out.append(Annotation("record", x.start, x.end, "record-report",
                                  tuple(sorted({**dict(x.value), "status": "record"}.items()))))
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

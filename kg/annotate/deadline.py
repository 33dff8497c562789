"""Deadlines from context: a target with no deadline in its sentence or paragraph takes the one of
its section (a deadline or period in the heading of its measure or part, or opening the section's
first sentence: "（一）主要目标。到2025年，…"), else the document's (十四五 in the title → 2025,
"2022年行动计划" → 2022). Each scope says where it came from: sentence, paragraph, section, document.
"""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_words
from kg.model import Annotation, Document, Node
from kg.annotate.base import YEAR_LEAD, Ctx, TimeScope, scope_of
from kg.annotate.time import periods

_KINDS = ("deadline", "period", "range", "before")
# Time cues (ontology/time_cues.tsv): 到2025年 as a horizon, 2022年 in a title, 2030年前 (a milestone).
_BEFORE = cue("time_cues.tsv", "before")
_HORIZON = re.compile(r"(?:" + cue("time_cues.tsv", "deadline") + r")\s*(20\d\d)\s*年(?!" + _BEFORE + r")")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:度)?(?!" + _BEFORE + r"|[-—–～~])")
_TITLE_BEFORE = re.compile(r"\d\s*年\s*(?:" + _BEFORE + r")")
# 到2025年，…: what may stand before a year that opens a heading's first clause (ontology/time_cues.tsv)
_OPENING = ("",) + cue_words("time_cues.tsv", "opening-prep")


def _usable(t: Annotation) -> bool:
    return t.get("kind") in _KINDS and not t.get("describes") and not (t.get("kind") == "period" and t.get("end_year", 0) <= 2020)


def section_scope(doc: Document, ctx: Ctx, times: list[Annotation]) -> TimeScope | None:
    """The deadline stated by the heading (or the opening clause) of the measure or part holding ``ctx``."""
    for node in (ctx.measure, ctx.part):
        if node is None:
            continue
        scope = _node_scope(doc, node, times)
        if scope is not None:
            return TimeScope(scope.year, scope.period, scope.period_label, scope.source, "section")
    return None


def _node_scope(doc: Document, node: Node, times: list[Annotation]) -> TimeScope | None:
    cache = doc.__dict__.setdefault("_section_scopes", {})
    key = (node.start, node.end)
    if key in cache:
        return cache[key]
    text = doc.text
    body = node.body_start if node.body_start is not None else node.start
    # the heading, and the opening clause of the body (到2025年，…)
    m = re.search(r"[，。；：]", text[body:min(node.end, body + 80)])
    head_end = body + (m.start() if m else min(node.end - body, 80))
    found = None
    for t in times:
        if node.start <= t.start < head_end and _usable(t):
            if t.start >= body and text[body:t.start].strip(YEAR_LEAD) not in _OPENING:
                continue  # a year inside the opening clause, not opening it
            found = scope_of(t)
            break
    cache[key] = found
    return found


def document_scope(doc: Document) -> TimeScope | None:
    """The period or year of the document's title: 十四五 → 2025, 2022年工作要点 → 2022."""
    cached = doc.__dict__.get("_doc_scope")
    if cached is not None:
        return cached[0]
    title = re.sub(r"\s+", "", doc.meta.get("title") or "")
    scope = None
    m = re.search(r"((?:19|20)\d\d)\s*[-—–～~至到]\s*((?:19|20)\d\d)\s*年", title)
    if m:
        scope = TimeScope(int(m.group(2)), f"{m.group(1)}-{m.group(2)}", None, (0, 0), "document")
    if scope is None:
        for rx, value in periods():
            if rx.search(title) and value["end_year"] > 2020:
                scope = TimeScope(value["end_year"], f"{value['start_year']}-{value['end_year']}", value["label"], (0, 0), "document")
                break
    if scope is None:
        m = _TITLE_YEAR.search(title)
        if m and not _TITLE_BEFORE.search(title):
            scope = TimeScope(int(m.group(1)), None, None, (0, 0), "document")
    if scope is None:
        scope = text_horizon(doc) or goals_horizon(doc)
    doc.__dict__["_doc_scope"] = (scope,)
    return scope


def text_horizon(doc: Document) -> TimeScope | None:
    """A title with no year: the horizon its text states (到2025年 at least twice, and at least three
    times as often as any other 到YYYY年 after 2020: 到2025年 ×7 with one 到2035年 远景 → 2025). A
    text with two horizons (到2027年 ×6, 到2035年 ×14) gives none: its standing targets (红线)
    belong to neither."""
    years: dict[int, int] = {}
    for m in _HORIZON.finditer(doc.text):
        y = int(m.group(1))
        if y > 2020:
            years[y] = years.get(y, 0) + 1
    ranked = sorted(years.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
        return None
    return TimeScope(ranked[0][0], None, None, (0, 0), "document")


_GOALS_HEADING = re.compile(r"(?:" + cue("time_cues.tsv", "goals-heading") + r")目标")


def goals_horizon(doc: Document) -> TimeScope | None:
    """A title with no year and a text with several horizons: the first deadline of its goals part or
    measure (（二）主要目标。到2025年，… 到2030年，…  → 2025), the horizon of the tasks that follow."""
    text = doc.text
    for node in doc.root.walk():
        if node.kind not in ("part", "measure") or node is doc.root:
            continue
        line_end = text.find("\n", node.start, node.end)
        heading = text[node.start:min(node.start + 16, line_end if line_end >= 0 else node.end)]
        if not _GOALS_HEADING.search(heading):
            continue  # the heading line: 一、主要目标 / （二）工作目标。…
        m = _HORIZON.search(text[node.start:node.end])
        if m and int(m.group(1)) > 2020:
            return TimeScope(int(m.group(1)), None, None, (node.start + m.start(), node.start + m.end()), "document")
        return None
    return None


def due_scope(doc: Document, ctx: Ctx, times: list[Annotation]) -> TimeScope | None:
    """The task's own deadline printed after it: （责任部门：…，完成期限：2021年四季度）, the first
    one from the target's sentence to the end of its paragraph."""
    for t in _due_times(doc, times):
        if ctx.sentence.start <= t.start < ctx.paragraph[1]:
            return TimeScope(t.get("year"), None, None, (t.start, t.end), "paragraph")
    return None


def _due_times(doc: Document, times: list[Annotation]) -> list[Annotation]:
    """The times of ``times`` a responsibility list prints (rule time-due), in their order: read once per document and
    list of times, not for each clause a target is looked for in (corpus + seeds: ~6,000 clauses, ~600 times each)."""
    cached = doc.__dict__.get("_due_times")
    if cached is None or cached[0] is not times:
        cached = doc.__dict__["_due_times"] = (times, [t for t in times if t.rule == "time-due"])
    return cached[1]


def resolve(doc: Document, ctx: Ctx, scope: TimeScope | None, times: list[Annotation]) -> TimeScope | None:
    """The scope of a target: its own (sentence or paragraph), else the deadline its responsibility
    list prints (完成期限：…), else its section's, else the document's."""
    if scope is not None and (scope.year or scope.period):
        return scope
    return due_scope(doc, ctx, times) or section_scope(doc, ctx, times) or document_scope(doc)


def deadline_year(scope: TimeScope | None) -> int | None:
    """The deadline year of a scope: a year, or the end of a period (十四五 → 2025)."""
    if scope is None:
        return None
    if scope.year:
        return scope.year
    if scope.period:
        return int(scope.period.split("-")[-1])
    return None


PRINTED = ("sentence", "paragraph", "section")  # deadline sources printed near a value (not the document's period)


def in_force(scope: TimeScope | None, since_year: int | None, printed: bool = False) -> bool:
    """A value stated with no comparator word is an aim only under a deadline that is not a year the document looks
    back on (before ``since_year``, the year it was written); with ``printed``, only one printed in the sentence,
    paragraph or section (``PRINTED``), not the document's period alone."""
    year = deadline_year(scope)
    return bool(year) and (not printed or scope.origin in PRINTED) and (since_year is None or year >= since_year)

"""Goals: every forward-looking clause under a deadline (到2035年), a milestone (力争2030年前实现
碳达峰) or a period (“十四五”深入攻坚, 本世纪中叶), each clause its own goal, quantitative or not; a clause
due before the year its document was written (2016年，… in a plan of 2021) is none, nor a clause of a section that
reviews the past or the situation (发展基础, 面临形势, 现状 …: records.in_record_section, where a target's values are
records): “十四五”时期是…的关键期 and 从国家层面看，党中央、国务院高度重视… set the scene, the plan sets no aim there."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation, Document
from kg.annotate.base import make, time_scopes
from kg.annotate.bare_values import written_in
from kg.text.headings import DIVISIONS
from kg.annotate.records import cues as record_cues, in_record_section, record_sections

LAYER = "goal"
_ASPIRATIONAL = re.compile(cue("target_cues.tsv", "goal-aspirational"))
_BEFORE_YEAR = re.compile(r"年\s*(?:" + cue("time_cues.tsv", "before") + r")")  # 2030年前: a milestone
_TIME_PREFIX = re.compile(  # 到2035年，2025年年底前，展望“十五五”时期: the words in ontology/time_cues.tsv
    r"^(?:" + cue("time_cues.tsv", "outlook") + "|" + cue("time_cues.tsv", "year-prep") + r")?\s*(?:(?:19|20)\d\d\s*年年?(?:"
    + cue("time_cues.tsv", "year-tail") + r")*|“?十[三四五六]五”?(?:" + cue("time_cues.tsv", "period-tail") + r")?|"
    + cue("time_cues.tsv", "mid-century") + r")\s*[，,]?\s*"
)


def tag(doc: Document, times: list[Annotation]) -> list[Annotation]:
    text = doc.text
    out: list[Annotation] = []
    written = written_in(doc)  # a clause due before the document was written reports the past, as a target does
    outer_records = record_sections(doc.root, text)
    spans = set(outer_records)  # the chapters titled as a review (第一章 生态环境保护形势): every unit of them sets the scene
    chapters = [(n.start, n.end) for n in doc.root.walk() if (n.start, n.end) in spans and n.title and n.kind in DIVISIONS]
    for ctx, clause_scopes in time_scopes(doc, times):
        if ctx.scope == "notice" or _scene(ctx, outer_records, chapters):
            continue  # 面临形势: “十四五”时期是…的关键期 is the scene the plan is set in, no goal of it
        for a, b, scope in clause_scopes:
            if scope is None or b <= scope.source[0] and not (a <= scope.source[0] < b):
                continue
            due = scope.year or (int(scope.period.split("-")[-1]) if scope.period else None)
            if written is not None and due is not None and due < written:
                continue  # 2016年，泰州市通过国家生态市考核验收 in a plan of 2021: what was done, no goal
            s = a
            body = text[a:b]
            m = _TIME_PREFIX.match(body)
            if m and m.end() == len(body):
                continue  # the clause is only the time expression (到2035年，)
            if _only_setup(body):
                continue
            goal_text = body.strip()
            if len(goal_text) < 4:
                continue
            out.append(
                make(
                    LAYER,
                    s,
                    b,
                    "goal-milestone" if scope.source[0] >= a and _BEFORE_YEAR.search(text[scope.source[0]:scope.source[1] + 2]) else "goal-deadline" if scope.year else "goal-period",
                    year=scope.year,
                    period=scope.period,
                    period_label=scope.period_label,
                    aspirational=bool(_ASPIRATIONAL.search(goal_text)),
                )
            )
    return out


def _scene(ctx, outer_records: list[tuple[int, int]], chapters: list[tuple[int, int]]) -> bool:
    """A section that reviews the past or the situation, as records.in_record_section reads it; but where the
    structure marked no ``background`` review and no chapter is titled as one (落实嘱托… under 第一章 生态环境保护
    形势 still sets the scene), a part or measure whose heading opens with an action (加强受污染耕地监管 under an
    untitled division whose opening words name 状况) states tasks, unless the other of the two reports with none."""
    if not in_record_section(ctx, outer_records):
        return False
    here = [n for n in (ctx.measure, ctx.part) if n is not None]
    if any(n.provision == "background" for n in here) or any(a <= ctx.sentence.start < b for a, b in chapters):
        return True
    acting = [bool(n.title and record_cues()["section_not"].search(n.title)) for n in here]
    reporting = any(n.title and record_cues()["section"].search(n.title) and not act for n, act in zip(here, acting))
    return reporting or not any(acting)


def _only_setup(body: str) -> bool:
    """Clauses that introduce rather than state: 要坚持做到：, 主要目标是："""
    return bool(re.fullmatch(r".{0,12}(?:如下|做到|目标是|主要目标)[:：]?", body.strip()))

"""The extent of a work a verb of doing opens its clause with, an area or a length, printed before the work (issue 14,
prose targets): 每年推动200万平方米以上的既有居住建筑节能改造, 推进50万亩高标准农田建设, 完成1000万平方米以上公共机构既有建筑
绿色化改造工作. The verb (``work-extent-verb`` of ``ontology/target_cues.tsv``, only lead words before it:
``work-extent-lead``) is all the clause holds before the value; the work after it (以上 and 的 may open it) is a phrase of
2 to 24 characters with no list, bracket or other value, ending in a work noun (改造, 治理, 建设: ``work-extent-noun``),
closing the clause: an aim, no threshold (also for ``records.threshold_or_count``). Read only under a deadline printed
in the sentence, paragraph or section and not before the document was written, like the counts a verb of pursuing
opens (``pursued_counts``).

The work printed before the value (实施公共建筑节能改造200万平方米, 完成城镇老旧小区改造500万平方米) is ``made_amounts``'s
alone (lane TP: one owner per form; this module read it too, under a stricter deadline test, until 2026-12-01).

The label is the work and the quantity the unit measures (公共建筑节能改造面积, 防火隔离带长度: ``unit-measure``),
建设 off a thing that names it alone (高标准农田面积), 每年 kept (每年既有居住建筑节能改造面积); none that is a noun
phrase, no target. Called from ``made_counts.made_thing`` for values that are no count."""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_pairs
from kg.annotate import deadline
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok, strip_phrase

_LEAD = r"(?:" + cue("target_cues.tsv", "work-extent-lead") + r")"
_OPENS = re.compile(r"\s*(?P<lead>(?:" + _LEAD + r"\s*)*)(?:" + cue("target_cues.tsv", "work-extent-verb") + r")\s*")
_WORK = re.compile(r"[^，；。：:、（）()\d]{2,24}?(?:" + cue("target_cues.tsv", "work-extent-noun") + r")(?P<task>工作)?")
_AFTER = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*的?\s*(?P<work>[^，；。]*?)\s*(?:$|[，；。])")
_OFF = re.compile(r"(?:" + cue("target_cues.tsv", "work-extent-off") + r")$")
_MEASURE = {u: q for u, q in cue_pairs("target_cues.tsv", "unit-measure").items() if u != "kW"}


def worked(head: str, tail: str, unit: str, scope: TimeScope | None, since_year: int | None) -> str | None:
    """The label of a work's extent when ``head`` (the clause before the value) is only a verb of doing and the work
    stands right after the value to the clause's end (``tail``); None otherwise. ``unit`` is the value's unit code (an
    area or a length)."""
    if unit not in _MEASURE or not in_force(scope, since_year):
        return None
    return extent_after(head, tail, unit)  # 推进|50万亩|高标准农田建设


def in_force(scope: TimeScope | None, since_year: int | None) -> bool:
    """A deadline printed in the sentence, paragraph or section, not a year the document looks back on: the only
    aims this module reads (``records.threshold_or_count`` asks it too)."""
    return deadline.in_force(scope, since_year, printed=True)


def extent_after(head: str, after: str, unit: str) -> str | None:
    """The label of a work's extent printed before the work (``after``: the text after the value, 以上 and 的 may open
    it) when ``head`` is only a verb of doing with its lead words (推动|200万平方米以上的既有居住建筑节能改造, 完成|1000万平方米
    以上公共机构既有建筑绿色化改造工作): an aim, not a threshold that scopes (30万千瓦及以上机组 has no verb before it);
    None otherwise. Read by ``records.threshold_or_count`` too."""
    opens = _OPENS.fullmatch(head)
    after_m = _AFTER.match(after) if opens and unit in _MEASURE else None
    work = _WORK.fullmatch(after_m.group("work")) if after_m else None
    if work is None:
        return None
    return _label(_OFF.sub("", work.group(0)[: work.start("task")] if work.group("task") else work.group(0)), opens.group("lead"), unit)


def _label(work: str, lead: str, unit: str) -> str | None:
    work = strip_phrase(re.sub(r"工作$", "", work))[0]  # 全市: a scope, no part of the work
    label = ("每年" if "每年" in lead else "") + work + _MEASURE[unit]
    return label if len(work) >= 2 and label_ok(label) else None

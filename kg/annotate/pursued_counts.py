"""Counts a verb of pursuing opens its clause with, the thing counted after the count: 推动450家企业开展清洁生产审核,
推进22个工业园区智能化改造, 大力推进30个国家级果菜茶病虫全程绿色防控示范县建设. The verb (``pursue-verb`` of
``ontology/target_cues.tsv``, only an adverb before it: ``pursue-lead``) stands right before the count, the thing
follows it to a verb that sets it to work (开展, 安装, 进行: ``pursue-pivot``) or to the end of the clause.

An aim, not a scope: the count stands right after the verb (推进全省88个县…调查, 推进名录内6处渔港…, 推进辖区内48个
…: a scope word between them, the whole of a known set, not read), names no list (推动100个左右的县、10000个…), holds
no other value in its thing (7座共计840万千瓦…), and falls under a deadline in force, not before the document was
written: the document's period is enough (推进22个工业园区智能化改造 in a 十四五 plan; lane TR, session 13: over the
non-held-out pool 7 more targets, 6 right), but places counted (市县, 县（市、区）: ``pursue-place-class``; 推进18个市县及
洋浦经济开发区…, 82, every city and county of the province, a scope) need one printed in the sentence, paragraph or section. The label is the thing
without the work after it (…试点区建设 → …试点区: ``pursue-work``), else the thing, else (a thing too
generic alone: 企业) the things with what they are set to do, else the thing and that work without its verb (企业清洁
生产审核); none that is a noun phrase, no target. The thing printed between the verb and a count closing the clause
(推进…一体化充电设施项目10个) is read too (``pursued_before``), under a printed deadline only."""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_words
from kg.annotate import deadline
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok
from kg.annotate.values import value_rx

_OPENS = re.compile(r"\s*(?:(?:" + cue("target_cues.tsv", "pursue-lead") + r")\s*)*(?:" + cue("target_cues.tsv", "pursue-verb") + r")\s*")
_QUALIFIER = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?")
_ADVERB = r"(?:" + cue("target_cues.tsv", "pursue-pivot-adverb") + r")"
_THING = re.compile(r"[^，；。：:、（）()\d]{2,30}?(?=" + _ADVERB + r"|(?:" + cue("target_cues.tsv", "pursue-pivot") + r")|$|[，；。])")
_PIVOT = re.compile(_ADVERB + r"?(?:" + cue("target_cues.tsv", "pursue-pivot") + r")")
_WORK_END = re.compile(r"(?:" + cue("target_cues.tsv", "pursue-work") + r")$")
_PLACES = re.compile(r"\s*(?:" + cue("target_cues.tsv", "pursue-place-class") + r")")
_GENERIC = frozenset(cue_words("target_cues.tsv", "generic-head") + cue_words("target_cues.tsv", "measure-noun"))


def pursued_thing(head: str, tail: str, unit: str, scope: TimeScope | None, since_year: int | None) -> str | None:
    """The thing a verb of pursuing counts (its label) when ``head`` (the clause before the value) is only that verb,
    with adverbs before it, and ``tail`` (after the value) names the thing; None otherwise. ``unit`` is the value's
    unit code."""
    if unit != "count" or not _OPENS.fullmatch(head):
        return None
    rest = re.split(r"[，；。]", tail[_QUALIFIER.match(tail).end():])[0]
    if not deadline.in_force(scope, since_year, printed=bool(_PLACES.match(rest))):
        return None  # no aim in force (places counted, 推进18个市县…: printed), or a year the document looks back on
    if rest.startswith("的") or "、" in rest or value_rx().search(rest):
        return None  # 100个左右的县、10000个…: a list; 7座共计840万千瓦…: another value inside the thing
    m = _THING.match(rest)
    if not m:
        return None
    thing, work = m.group(0).strip(), rest[m.end():].strip()
    pivot = _PIVOT.match(work)
    done = work[pivot.end():].strip() if pivot else ""  # 企业|开展|清洁生产审核: what the things are set to do
    for label in (_WORK_END.sub("", thing), thing, (work + "的" + thing) if work else "", thing + done if done else ""):
        if len(label) >= 2 and label not in _GENERIC and label_ok(label):
            return label
    return None


_THING_BEFORE = re.compile(r"[^，；。：:、\d]{2,40}")


def pursued_before(head: str, scope: TimeScope | None, since_year: int | None) -> str | None:
    """The thing a verb of pursuing counts when the thing stands between the verb and the count closing the clause
    (推进“分布式光伏+充电桩”一体化充电设施项目10个, 推进空气源热泵供热改造6万户): ``head`` (the clause before the count) is
    only the verb with adverbs before it, then the thing (2 to 40 characters, no list, no other value); under a deadline
    printed in its sentence, paragraph or section, as the count after the verb. The label is the thing; None otherwise.
    Called from ``made_counts.made_thing`` where no verb of making opens the clause."""
    opens = _OPENS.match(head)
    if opens is None or not deadline.in_force(scope, since_year, printed=True):
        return None
    thing = head[opens.end():].strip()
    if not _THING_BEFORE.fullmatch(thing) or value_rx().search(thing):
        return None
    unquoted = re.sub(r"[“”]", "", thing)  # “分布式光伏+充电桩”一体化…: the quotes name no part of the thing
    return next((label for label in (thing, unquoted) if label not in _GENERIC and label_ok(label)), None)


"""A count whose thing is printed after it takes that thing as its label (issue 14 class 5: a label names the indicator,
never the clause before its verb; lane LB7).

Plans print a count between a verb of making and the thing it counts (率先建成1—2个具有全国示范价值的美丽河湖;
配合自治区建设1个空气区域自动站点; 秦州区建设10个镇区生活污水处理站; 根据实际每年开展1个以上既有建筑绿色化改造项目
试点). The target taggers read the verb as the comparator and name the target by the words before it (率先, 配合自治区,
秦州区, 根据实际每年): an adverb, a helper's clause, a place, a period, no indicator. After every target tagger, a count
whose printed name opens its statement and is followed only by a verb of making (``label-count-after-verb`` of
``ontology/target_cues.tsv``, 至少 or 不少于 after it) right before the value takes the thing printed right after the count
and its qualifier (以上, 左右): up to the end of its clause, or to the 、 before another count of the list (…站点、3个…);
a thing that goes on with a second verb ends at its 并 (…处置设施并保障稳定运行: ``indicators.before_then``); a word
closing the thing that names no part of it (``label-count-after-end``: 目标) comes off; the thing, else its head after
的 (具有全国示范价值的美丽河湖 → 美丽河湖), else the thing without a bracket, the first that is a noun phrase
(``indicators.label_ok``) and no generic head is the label, its concept with it. A thing holding a value, a list of
things joined by 、 (规模化、全链条碳捕集…), a thing opened by a verb of work (``creation``: 6.59万户改造任务, the work
done, no thing counted), or a label printed after the count already (the made-count readers) is left as it was. The value, span, comparator and layer stay; no target is found or lost.
"""
from __future__ import annotations

import re

from kg.annotate.indicators import before_then, label_ok
from kg.annotate.renamed import renamed
from kg.lexicon import cue, cue_words
from kg.model import Annotation

_VERB_BEFORE = re.compile(r"(?:" + cue("target_cues.tsv", "label-count-after-verb") + r")\s*(?:至少|不少于)?\s*(?:[\d.]+\s*[—\-~～至]\s*)?$")  # 建成1—|2个: a range
_QUALIFIER = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*")
# the thing: up to the end of its clause, or to the 、 before the list's next count (…自动站点、3个跨区域…)
_THING = re.compile(r"([^，。；：:、\s\d][^，。；：:、\n]{1,39}?)\s*(?=$|[，。；\n]|、\s*\d)")
_END = re.compile(r"(?:" + cue("target_cues.tsv", "label-count-after-end") + r")$")
_GENERIC = frozenset(cue_words("target_cues.tsv", "generic-head") + cue_words("target_cues.tsv", "measure-noun"))
_BRACKET = re.compile(r"（[^（）]*）|\([^()]*\)")
_DIGIT = re.compile(r"\d")
_OPENS_VERB = re.compile(r"(?:" + cue("target_cues.tsv", "creation") + r")")


def thing_after(x: Annotation, text: str) -> str | None:
    """The thing a count target ``x`` counts, printed after its count, when its own name is the clause before the verb of
    making right before the value; None otherwise."""
    printed, at, end = x.get("indicator_text") or "", x.get("value_start"), x.get("value_end")
    if x.get("unit") != "count" or not printed or at is None or end is None or not text.startswith(printed, x.start):
        return None
    if not _VERB_BEFORE.search(text, x.start, at):  # 率先|建成1—2个, 政府所在地建成|至少1个: the verb right before the value
        return None
    after = _QUALIFIER.match(text, end).end()
    m = _THING.match(text, after)
    if m is None:
        return None
    thing = _END.sub("", before_then(m.group(1).strip()))
    if _OPENS_VERB.match(thing):  # “双代”工程完成6.59万户改造任务: a work after the count, no thing counted
        return None
    for label in (thing, thing.rsplit("的", 1)[-1], _BRACKET.sub("", thing)):
        if len(label) >= 2 and label not in _GENERIC and not _DIGIT.search(label) and label_ok(label):
            return label
    return None


def relabel(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` (targets) with each count named by the clause before its verb of making named by the thing printed after
    its count; every other annotation as it was."""
    out = []
    for x in found:
        named = thing_after(x, text)
        out.append(x if named is None or named == (x.get("indicator_text") or "") else renamed(x, named))
    return out

"""A rate printed bare after a rate of the same thing in a list takes that thing (issue 14 class 5: a label names the
indicator, never a bare head; lane LB6).

Plans print the rates of one thing one after another and name the thing once (全区城镇污水收集率平均达到65%，处理率达到98%;
城市生活污水收集率达到70%、处理率达到95%以上): the second rate's phrase is its verbs and 率 alone (处理率, 收集率), which
names no thing. After every target tagger, a target whose printed label is such a bare rate (``bare-rate-head`` after
words of ``bare-rate-verb-tag`` only, by jieba's own dictionary: a label of the user dictionary, 秸秆综合利用率, carries no
tag and is no bare rate) right after the value of a rate (``bare-rate-gap``: a
qualifier and a comma or 、 between) takes the thing of that rate: its printed label without the verbs before its own
率 (城镇污水|收集率 → 城镇污水), where that thing ends in a noun (``bare-rate-thing-tag``; 草畜|平衡率 and
林业有害生物无公害|防治率 give none) and the rate before holds at least one such verb (a rate named by its thing alone,
乡村森林覆盖率, gives none). With no rate right before it, a bare rate of one word (利用率, 回收率) takes the thing
the clause of work right before it names (its clause closed by ，): what is printed between that clause's verb of work
(``bare-rate-work-verb``: 推进, 加强, 完善 …) and the rate's own verb (积极推进主要农作物秸秆综合利用，利用率达到98%以上 →
主要农作物秸秆综合利用率; 完善农药包装废弃物回收处置体系，回收率保持在100% → 农药包装废弃物回收率). Only the label, its concept and its printed form change; the value, span, comparator and
layer stay, and no target is found or lost.
"""
from __future__ import annotations

import re

from kg.annotate.base import dictionary_tags, tokenizer
from kg.annotate.indicators import label_ok
from kg.lexicon import cue, cue_words
from kg.annotate.renamed import renamed
from kg.model import Annotation

_HEAD = tuple(cue_words("target_cues.tsv", "bare-rate-head"))
_VERB_TAGS = frozenset(cue_words("target_cues.tsv", "bare-rate-verb-tag"))
_THING_TAGS = frozenset(cue_words("target_cues.tsv", "bare-rate-thing-tag"))
_GAP = re.compile(cue("target_cues.tsv", "bare-rate-gap"))
_WORK = re.compile(r"(?:" + cue("target_cues.tsv", "bare-rate-work-verb") + r")")
_CLAUSE = re.compile(r"[^，；。\n]*，\s*$")
_HEAD_LONGEST = 3  # 处理率, 利用率, 覆盖率: jieba's own words closing a rate, never a label of the user dictionary


def _words(label: str) -> list[tuple[str, str]]:
    tags = dictionary_tags()
    return [(w, tags.get(w, "")) for w, _, _ in tokenizer().tokenize(label, HMM=False)]


def _verbs_then_head(words: list[tuple[str, str]]) -> int:
    """How many words close ``words`` as a rate's verbs and its 率 (0: it does not close with 率)."""
    head, tag = words[-1] if words else ("", "")
    if not head.endswith(_HEAD) or not tag or len(head) > _HEAD_LONGEST:
        return 0  # a whole label of the user dictionary (秸秆综合利用率, no tag of jieba's own) is no bare 率
    k = 1
    while k < len(words) and words[-k - 1][1] in _VERB_TAGS:
        k += 1
    return k


def thing_of(rate: str) -> str | None:
    """The thing a rate names before its verbs and 率 (城镇污水收集率 → 城镇污水), else None."""
    words = _words(rate)
    k = _verbs_then_head(words)
    if k < 2 or k >= len(words) or words[-k - 1][1] not in _THING_TAGS:
        return None
    thing = "".join(w for w, _ in words[:-k])
    return thing if len(thing) >= 2 else None


def bare(label: str) -> bool:
    """``label`` is a rate's verbs and 率 alone (处理率, 收集率), naming no thing."""
    words = _words(label)
    return bool(words) and _verbs_then_head(words) == len(words)


def from_work(name: str, before: str) -> str | None:
    """The label of the bare rate ``name`` whose thing the clause of work right before it names (``before``: the text up to
    the rate, its clause closed by ，): what is printed between the clause's verb of work and the rate's own verb, then the
    rate (推进主要农作物秸秆综合利用，利用率 → 主要农作物秸秆综合利用率), else None. Only a rate of one word (利用率, 回收率,
    处理率): its verb is that word without 率."""
    words = _words(name)
    clause = _CLAUSE.search(before)
    if len(words) != 1 or clause is None:
        return None
    verb = name[:-len(_HEAD[0])] if name.endswith(_HEAD[0]) else ""
    work = clause.group(0)
    at = work.rfind(verb) if len(verb) >= 2 else -1
    lead = [m for m in _WORK.finditer(work, 0, max(at, 0))]
    if at < 0 or not lead:
        return None
    thing = work[lead[-1].end(): at]
    label = thing + name
    if not 2 <= len(thing) <= 14 or re.search(r"[\d、和及与或]", thing) or not label_ok(label):
        return None
    return label


def complete(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` (targets) with each bare rate printed right after a rate's value labelled with that rate's thing; every
    other annotation as it was."""
    out: list[Annotation] = []
    for x in found:
        name = x.get("indicator_text") or ""
        before = [y for y in out if isinstance(y.get("value_end"), int) and y.get("value_end") <= x.start]
        y = max(before, key=lambda a: a.get("value_end")) if before else None
        if not name or text[x.start: x.start + len(name)] != name or not bare(name):
            out.append(x)
            continue
        if y is not None and _GAP.fullmatch(text[y.get("value_end"): x.start]):
            thing = thing_of(y.get("indicator_text") or "")
            named = thing + name if thing is not None and label_ok(thing + name) else None
        else:  # no rate right before: the clause of work before it may name the thing
            named = from_work(name, text[max(0, x.start - 80): x.start])
        if named is None:
            out.append(x)
            continue
        out.append(renamed(x, named))
    return out

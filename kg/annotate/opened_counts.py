"""Counts that open their clause, the counted things and the state they are to reach after them: 340个重点村庄完成治理,
12条入海河流水质实现巩固提升, 5个以上县（市、区）基本建成城乡生活垃圾分类示范县, 31个化工园区完成环境空气VOCs自动站建设及联网
(issue 14, class 4; lane TR, session 13). Nothing but time and scope words before the count (到2025年，全市…), then the
things (2 to 20 characters, no list, no other value), an adverb at most (全面, 基本, 全部: ``opened-adverb``), a verb
of attainment (完成, 实现, 建成: ``opened-verb`` of ``ontology/target_cues.tsv``) and what it attains, closing the clause.

An aim only under a deadline printed in its sentence, paragraph or section and not before the document was written
(a review's 16个地级城市连续4年达到… is a record: the document's period alone is not enough), never with a mark of the past
or a negation in the clause (已, 未, 了: ``opened-past``), nor with another value after the count (39条入湖河流水质优良比例达到100%:
the rate is the target, the count its scope). The label is the state, 的, the things (完成治理的重点村庄, the keys' form:
水质实现巩固提升的入海河流数量 without its count head), a quality closing the things opening the state (``opened-quality``), who assigned the aim off it (国家下达的:
``opened-assigned``); none that is a noun phrase, no target. Called from
``made_counts.made_thing`` where the count does not close its clause."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate import deadline
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok, strip_phrase
from kg.annotate.values import value_rx

_QUALIFIER = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*的?")
_OPENED = re.compile(r"([^，；。：:、\d]{2,20}?)(?:" + cue("target_cues.tsv", "opened-adverb") + r")?((?:"
                     + cue("target_cues.tsv", "opened-verb") + r")[^，；。：:、\d]{1,20})$")  # the adverb off the label
_PAST = re.compile(cue("target_cues.tsv", "opened-past"))
_ASSIGNED = re.compile(cue("target_cues.tsv", "opened-assigned"))
_QUALITY = re.compile(r"(?:" + cue("target_cues.tsv", "opened-quality") + r")$")


def opened_thing(head: str, tail: str, scope: TimeScope | None, since_year: int | None) -> str | None:
    """The label of a count that opens its clause (``head``, the clause before it, holds only time and scope words) when
    ``tail`` (after the count) names the things and the state they reach, closing the clause; None otherwise."""
    if strip_phrase(head)[0] or not deadline.in_force(scope, since_year, printed=True):
        return None
    rest = re.split(r"[，；。]", tail[_QUALIFIER.match(tail).end():])[0].strip()
    m = _OPENED.fullmatch(rest)
    if m is None or value_rx().search(rest) or _PAST.search(head + rest):
        return None  # 已纳入, 未纳入, 建立了: a record or a negation; 水质优良比例达到100%: the count scopes a rate
    things, state = m.group(1).strip(), m.group(2).strip()
    quality = _QUALITY.search(things)  # 入海河流水质实现巩固提升: the quality opens the state (水质实现巩固提升的入海河流)
    if quality and quality.start() >= 2:
        things, state = things[: quality.start()], quality.group(0) + state
    label = _ASSIGNED.sub("", state) + "的" + things  # 完成国家下达的…目标: who set the aim names no indicator
    return label if label_ok(label) else None

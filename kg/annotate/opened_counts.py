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
``made_counts.made_thing`` where the count does not close its clause.

A count closing names (…等: ``opened-named-set``; 河北太行钢铁集团等6条铁路专用线力争2021年底前建成投用, 2021年底前永年区、
肥乡区等7座垃圾焚烧发电厂建成投运) is the size of the named set: a target where the clause states the outcome the set
reaches by a date printed in its sentence, paragraph or section (key convention 70, as 242's key has it; lane CT,
session 20), the mood and the date between the things and the verb (``opened-when``) off the state. The named
objects of a measure that states no outcome (加快推进…等11个园区实施循环化改造: no verb of attainment) stay none."""
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
_NAMED_SET = re.compile(r"(?:" + cue("target_cues.tsv", "opened-named-set") + r")\s*")
_WHEN = re.compile(r"(?:" + cue("target_cues.tsv", "opened-when") + r")")
_DATE_LEAD = re.compile(r"\s*(?:(?:到|至|在)?\s*(?:19|20)\d\d\s*年\s*(?:底|末)?\s*(?:前|以前)?\s*[，,]?\s*)*")  # 2021年底前 before the names


def opened_thing(head: str, tail: str, scope: TimeScope | None, since_year: int | None) -> str | None:
    """The label of a count that opens its clause (``head``, the clause before it, holds only time and scope words) when
    ``tail`` (after the count) names the things and the state they reach, closing the clause; None otherwise."""
    named = _NAMED_SET.fullmatch(head, _DATE_LEAD.match(head).end())
    if named:  # 2021年底前|永年区、肥乡区等|7座…: a date, then the names of the set counted, no phrase of the clause
        head = ""
    rest = re.split(r"[，；。]", tail[_QUALIFIER.match(tail).end():])[0].strip()
    when = _WHEN.search(rest) if named else None
    dated = when is not None and (since_year is None or int(re.search(r"\d{4}", when.group(0)).group(0)) >= since_year)
    if strip_phrase(head)[0] or not (dated or deadline.in_force(scope, since_year, printed=True)):
        return None  # (…等6条铁路专用线力争2021年底前建成投用: the date the set's clause prints is its deadline)
    if when is not None:  # the mood and the date name no part of the state
        rest = rest[: when.start()] + rest[when.end():]
    m = _OPENED.fullmatch(rest)
    if m is None or value_rx().search(rest) or _PAST.search(head + rest):
        return None  # 已纳入, 未纳入, 建立了: a record or a negation; 水质优良比例达到100%: the count scopes a rate
    things, state = m.group(1).strip(), m.group(2).strip()
    quality = _QUALITY.search(things)  # 入海河流水质实现巩固提升: the quality opens the state (水质实现巩固提升的入海河流)
    if quality and quality.start() >= 2:
        things, state = things[: quality.start()], quality.group(0) + state
    label = _ASSIGNED.sub("", state) + "的" + things  # 完成国家下达的…目标: who set the aim names no indicator
    return label if label_ok(label) else None

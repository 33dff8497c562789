"""Areas, lengths and capacities of works a verb opens its clause with, the amount closing it (issue 14, lane PL:
the 专栏 boxes and project lists of plans): 建设木本油料示范基地18.33万公顷, 完成城镇老旧小区改造500万平方米, 营造防护林
0.88万亩, 新、改、扩建污水管网620公里. The verb (``amount-verb`` of ``ontology/target_cues.tsv``, several verbs joined as
printed: 新建和改造, 改建、扩建及改造) opens its clause (nothing before it but time words, lead words and a scope), the
work follows it (2 to 40 characters, no other value), and the amount ends the clause (以上/左右 may follow). Its unit
measures an area, a length or a capacity (``unit-measure``: the quantity named in the label); counts are
``made_counts``'s, shares, money and times no work's amount. Read only under a deadline not before the document was
written, as every value stated with no comparator word. The label is the verb, the work and the quantity
(建设木本油料示范基地面积), a verb that only leads (完成, 实施: ``amount-lead-verb``) left off
(城镇老旧小区改造面积); a scope after the verb (完成全市…: ``strip_phrase``) and a task's word closing the work
(…工作: ``amount-task-word``) are off it, a yearly word before the verb opens it (每年: ``amount-yearly``), as ``work_extent`` labels the same work; none that is a noun phrase, no target.

``targets.py`` reads a short work after a verb of creation (建设人工鱼礁1330公顷); a longer work, or a verb it lacks,
was left unread: 128 values of the pool's plans' 专栏 boxes in this form (scripts/survey_plan_targets.py). A short work
after a verb that only leads (完成低产林改造10万亩, 完成植树造林5万亩) is read here too: targets.py takes no work after 完成.

The one owner of this form, the work before the amount closing the clause, whatever the verb (完成, 实施 as much as
建设, 新建); ``work_extent`` owns the other, the amount before the work (推进50万亩高标准农田建设). Until lane TP
(2026-12-01) both read the first under two deadline tests (here a document's period is enough, there a deadline
printed in the sentence, paragraph or section), so 实施X改造…平方米 and 完成X…亩 read alike only where a deadline was
printed: over the non-held-out pool this module gave 52 labels, work_extent 13, 5 of them the same value with the
same label, 5 short works after 完成 (低产林改造, 成片造林, 植树造林) work_extent's alone."""
from __future__ import annotations

import re

from kg.lexicon import comparators, cue, cue_pairs, cue_words
from kg.annotate import deadline
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok, strip_phrase
from kg.annotate.listed_labels import listed_label_ok
from kg.annotate.values import value_rx

_VERB = re.compile(r"(?:" + cue("target_cues.tsv", "amount-verb") + r")")
_LEAD = frozenset(cue_words("target_cues.tsv", "amount-lead-verb"))
_MEASURE = cue_pairs("target_cues.tsv", "unit-measure")
_CLOSE = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*(?:$|[，；。]|、(?=[^，；。、\d]{2,20}\d))")
_WORK = re.compile(r"[^，；。：:、（(][^，；。：:]{1,39}")
# a comparator word closing the work (…治理修复约8854亩, …达到100万平方米): the comparator's reading, not this one
_COMPARED = re.compile(r"(?:" + "|".join(p for p, comp, change in comparators("before") if comp != "=" or change) + r")\s*$")
_BREAKDOWN = re.compile(r"^\s*(?:" + cue("target_cues.tsv", "count-breakdown") + r")")
_CREATION = frozenset(cue_words("target_cues.tsv", "creation"))
_SHORT_WORK = 6  # the longest work targets.py reads after a verb of creation
_BRACKET = re.compile(r"（[^（）]*）|\([^()]*\)")
_YEARLY = re.compile(cue("target_cues.tsv", "amount-yearly"))
_TASK = re.compile(r"(?:" + cue("target_cues.tsv", "amount-task-word") + r")$")  # 退耕还林还草工作: the task's word
_GOES_ON = re.compile(r"[^，；。：:、（）()\d的]{1,12}(?:" + cue("target_cues.tsv", "amount-continued-work") + r")")


def made_amount(head: str, tail: str, unit: str, scope: TimeScope | None, since_year: int | None) -> str | None:
    """The label of an area, length or capacity of works when ``head`` (the clause before the value) opens with a verb of
    works and ``tail`` (after the value) closes the clause; None otherwise. ``unit`` is the value's unit code."""
    if unit not in _MEASURE or not _CLOSE.match(tail):
        return None
    if not deadline.in_force(scope, since_year):
        return None  # no aim in force, or a year the document looks back on
    verb = None if _BREAKDOWN.match(head) else _opening_verb(head)  # 其中营造红树林5500公顷: a part of the total
    if verb is None:
        return None
    work = head[verb.end():].strip()
    if not _WORK.fullmatch(work) or value_rx().search(work) or _COMPARED.search(work):
        return None
    if verb.group(0) in _CREATION and verb.group(0) not in _LEAD and len(work) <= _SHORT_WORK and not re.search(r"[的在中]", work):
        return None  # 建设人工鱼礁1330公顷, 修复岸线1.5千米: targets.py reads the short work after its verb (人工鱼礁)
    lead = "" if verb.group(0) in _LEAD or "、" in verb.group(0) else verb.group(0)  # 新、改、扩建污水管网 → 污水管网长度
    work = _TASK.sub("", work)
    unscoped, scoped = strip_phrase(work)
    if scoped and work.endswith(unscoped):  # 完成全市城镇老旧小区改造: the label 全市完成… gets (城镇老旧小区改造面积)
        work = unscoped
    yearly = _YEARLY.search(head[: verb.start()])  # 每年完成…: a yearly amount, no total
    lead = (yearly.group(0) if yearly else "") + lead
    for item in (work, _BRACKET.sub("", work)):
        label = lead + item + _MEASURE[unit]
        if label_ok(label) or (listed_label_ok(item + _MEASURE[unit]) and label_ok(label.replace("、", ""))):
            return label  # 人工造林、未成林抚育提升和退化林改造面积: the works listed as printed (listed_labels)
    return None


def _opening_verb(head: str) -> re.Match | None:
    """The first verb of works in ``head`` with nothing before it that names something (到2025年，全市…: time, lead and
    scope words only); None when words before every verb name a thing (在巴州…分别建设, 利用已建成的…)."""
    for verb in _VERB.finditer(head):
        if not strip_phrase(head[: verb.start()])[0]:
            return verb
        return None
    return None


def continued(head: str, unit: str) -> str | None:
    """The label of a work and its extent going on, with no verb of its own, after a clause whose area, length or
    capacity was a target in the same unit (营造防护林0.88万亩，封山育林82.76万亩，…森林抚育68.96万亩，低效林改造6.66万亩:
    465's 专栏): ``head`` (the clause before the value) is only the work, closed by a work's word
    (``amount-continued-work``: 育林, 抚育, 改造, 加固 …), and the label is the work and the quantity its unit measures
    (封山育林面积), as ``made_amount`` labels the first; None otherwise (a breakdown, 其中…; a thing, not a work: 自用煤电;
    a verb of works opening it: ``made_amount``'s)."""
    work = head.strip()
    if unit not in _MEASURE or _BREAKDOWN.match(work) or _opening_verb(work) is not None or not _GOES_ON.fullmatch(work):
        return None
    label = work + _MEASURE[unit]
    return label if label_ok(label) and not strip_phrase(work)[1] else None

"""The bodies of a drafting credit: no actors there (issue 14, class 7; lane ap5).

The issuing formula of a transmittal or a plan's foreword names the bodies that drafted the document issued
(440: 自治区生态环境厅、发展改革委、自然资源厅…会同有关部门组织编制了《宁夏回族自治区“十四五”土壤…规划》。…现印发给你们;
514: 市住房城乡建设委、市发展改革委等15部门共同研究制定了《…》; 571: 内蒙古自治区能源局组织编制了《…规划》). Key conventions 5
and 11 of corpus/keys/README.md read it as a drafting credit: alone it keys no row, as 440's and 514's keys have it. A
printing of a body in that formula's clause — the clause holding only bodies and the formula's joiners before the verb of
drafting — names no actor; the same body given an act elsewhere keeps that printing. The title must be the document's
own: held in its title, or followed by the words issuing it (现印发给你们, （以下简称《规划》）); a body drafting another
document (a record: 海西州生态环境局制定了《…实施方案》, 463's 大同市制定了《…》) stays. Words are data:
``ontology/actor_cues.tsv`` drafting-verb, drafting-joiner, drafting-issue.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate import scan

_CLAUSE_END = "，。；：！？\n"
_VERB = re.compile(cue("actor_cues.tsv", "drafting-verb"))
_JOINERS = re.compile(f"(?:{cue('actor_cues.tsv', 'drafting-joiner')})*")
_ISSUE = re.compile(cue("actor_cues.tsv", "drafting-issue"))


def _plain(s: str) -> str:
    return re.sub(r"[\s“”\"《》〈〉]", "", s)


def credit_spans(text: str, title: str = "") -> list[tuple[int, int]]:
    """The clauses ``[start, verb)`` of the drafting credits of the document issued: the subject before each verb of
    drafting whose 《title》 is the document's own (in ``title``, or issued by the words after it)."""
    verb, issue = _VERB, _ISSUE
    own = _plain(title)
    spans = []
    for m in scan.finditer(verb, text):
        cited = _plain(m.group("title"))
        if not (cited and cited in own or issue.match(text, m.end())):
            continue
        start = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
        spans.append((start, m.start()))
    return spans


def drop_drafting_credits(text: str, out: list[Annotation], title: str = "") -> list[Annotation]:
    """``out`` without the printings of the bodies of a drafting credit: each clause before a verb of drafting the
    document issued that holds only actors and the formula's joiners (、, 会同, 等15部门, 共同研究)."""
    joiner = _JOINERS
    dropped = set()
    for s, e in credit_spans(text, title):
        inside = sorted((a for a in out if s <= a.start and a.end <= e), key=lambda a: a.start)
        if not inside:
            continue
        rest, at = [], s
        for a in inside:
            rest.append(text[at:max(at, a.start)])
            at = max(at, a.end)
        rest.append(text[at:e])
        if all(joiner.fullmatch(re.sub(r"\s+", "", r)) for r in rest):
            dropped.update(id(a) for a in inside)
    return [a for a in out if id(a) not in dropped]

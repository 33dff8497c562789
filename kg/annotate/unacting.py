"""Printings of an actor that the text gives nothing to do (issue 14, class 7; lane ap4).

A party whose view a procedure must seek (征求相关企业及属地政府意见; 广泛征求国家有关部门、地方政府及相关部门…的意见;
应征求生态环境部门意见) is the object of the consultation (key convention 55 of corpus/keys/README.md). A generic group
whose only part in its clause is its own change or growth (鼓励、支持、引导认证机构发展; 支持优势企业发展壮大; 引导建材生产企业
转型升级; 推动高耗能企业绿色转型) is the object of the measure that changes it (key convention 53). Neither is an actor
there; the same name given an act elsewhere stays. A consulted printing is no act for ``acting.keep_acting`` either; a
printing that only changes still is (``keep_acting`` keeps a group that acts once at every printing, and misses some acts
a group's other printings are given: 指导…88家工业企业实施…, 推进重点工业企业建设…设施 — read as acting through
鼓励工业企业集聚发展, 427 and 432 of the pool), so only that printing goes. Cue words: ``ontology/actor_cues.tsv`` consulted-*, only-change-*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation

_VIEW = cue('actor_cues.tsv', 'consulted-view')
# the parties between the verb and the view: no view closed before them (征求意见后由省发展改革委…), no act of their own after
_CONSULT_VERB = re.compile(f"(?:{cue('actor_cues.tsv', 'consulted-verb')})(?:(?!{_VIEW}|{cue('actor_cues.tsv', 'consulted-close')})"
                           f"[^，。；：！？\\n]){{0,60}}$")
_CONSULT_VIEW = re.compile(f"(?:(?!{cue('actor_cues.tsv', 'consulted-own-act')})[^，。；：！？\\n]){{0,60}}?(?:{_VIEW})")
_CHANGE = re.compile(f"(?:{cue('actor_cues.tsv', 'only-change-manner')})*(?:{cue('actor_cues.tsv', 'only-change')})"
                     f"(?:{cue('actor_cues.tsv', 'only-change-end')})")


def consulted(text: str, s: int, e: int) -> bool:
    """Whether the name printed at ``[s, e)`` stands between a verb of consulting and the view it seeks, in one clause
    (征求…意见, 听取…的意见): the party consulted (convention 55)."""
    return bool(_CONSULT_VERB.search(text, max(0, s - 70), s) and _CONSULT_VIEW.match(text, e))


def changes_only(text: str, e: int) -> bool:
    """Whether a group's name ending at ``e`` is followed by its own change closing the clause (认证机构发展。,
    企业绿色转型，, 优势企业发展壮大。): what a group that only changes is given (convention 53)."""
    return bool(_CHANGE.match(text, e))


def only_changing(text: str, a: Annotation, table: dict) -> bool:
    """Whether the generic group ``a`` (a non-state group or collective a lexicon lists, or a group read from its
    head) is printed right before its own change closing the clause (认证机构发展。, 企业绿色转型，, 优势企业发展壮大。):
    a group that only changes (convention 53). A named body (a local rule's) keeps its printing: named bodies are
    actors wherever named (convention 1)."""
    if a.rule == "actor-lexicon":
        if table.get(a.get("actor"), {}).get("type") not in ("non-state", "collective"):
            return False
    elif a.rule != "actor-group":
        return False
    return changes_only(text, a.end)


def drop_unacting(text: str, out: list[Annotation], table: dict) -> list[Annotation]:
    """``out`` without the printings of parties consulted and groups that only change (``table``: ontology/actors.tsv by
    id)."""
    return [a for a in out if not (consulted(text, a.start, a.end) or only_changing(text, a, table))]

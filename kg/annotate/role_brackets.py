"""Responsibility lists printed as a bracket of bodies after a task, with no 牵头, label or 负责 in it.

A work plan may close each task with the bodies that carry it out, in a bracket after the task's last sentence and
nothing else (205: …形成工作合力。（省发展改革委、省经信厅、省生态环境厅…）; 517: …规范绿色建筑市场行为。（市住房城乡建设局）,
（市住房和城乡建设局等）), or with a duty phrase and a verb other than 负责 (514: （A、B按照职责分工指导推动，各区人民政府组织实施）;
475: （…，省地方金融监管局按职责分工落实）; 359: （市工信局、发改委按职责分工）). Such a bracket is a list (keys' convention 8):
naming one body (no collective) it makes that body lead; naming several, every body co-leads, the first leading only
where the document states the first-listed convention (``roles.first_listed_leads``).

What is no list: a bracket of bodies alone that does not follow a sentence's end (全国碳排放权注册登记机构（湖北碳排放权交易
中心）: a name's gloss; 1260（皖能合肥发电有限公司）: a table's cell; 核查计划（企业）: a form's title; 压实…责任（市财政局-新增），
an inline tag: 517's one printing in the pool, a known gap), a bracket in a records section (发展基础: provision
``background``, no task: …下降20%。（省统计局） a source), a bracket holding any other word (（以下简称…）, （含…）, 《…》), a
bracket naming a firm or group of society, and places (（南京、苏州）: scope, no actor). Only bodies the other rules left
``mentioned`` are read: a bracket a rule already read keeps its roles. Words are ``actor_cues.tsv`` rows: ``connector``,
``duty``, ``bracket-list-etc`` (等 closing the bodies, with ``etc-qualifier`` and ``etc-head``: 等有关部门), ``bracket-list-verb`` (the verbs a duty phrase may carry) and
``bracket-list-stop`` (the ends of a sentence a bare bracket follows).
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.role_spans import closing

_OPEN = "（(［[〔【"
_MAX_INNER = 300


def _rx(kind: str) -> str:
    return r"(?:" + cue("actor_cues.tsv", kind) + r")"


# Compiled at import, as every tagger's cues are (tests/test_cues.py reads what an import asks for).
# 等, 等等, 等部门, 等有关单位: the list left open, a bare classifier after it (convention 26)
_ETC = "(?:" + _rx("bracket-list-etc") + "(?:" + _rx("etc-qualifier") + "?" + _rx("etc-head") + ")?)"
_DUTY, _VERB, _JOIN = _rx("duty"), _rx("bracket-list-verb"), _rx("connector")
_STOP = re.compile(_rx("bracket-list-stop") + r"\s*$")
_GAP = re.compile(r"\s*" + _ETC + r"?\s*(?P<duty>" + _DUTY + r")?\s*(?P<verb>" + _VERB + r")?\s*" + _JOIN + r"?\s*")
_END = re.compile(r"\s*" + _ETC + r"?\s*(?P<duty>" + _DUTY + r")?\s*(?P<verb>" + _VERB + r")?\s*")


def _close(text: str, o: int) -> int:
    """Where the bracket opening at ``o`` closes (-1: not within ``_MAX_INNER`` characters, or a paragraph ends first)."""
    end = min(len(text), o + _MAX_INNER)
    blank = text.find("\n\n", o, end + 1)
    end = blank if blank >= 0 else end
    c = closing(text, o, end)
    return -1 if c == end else c


def _is_list(text: str, o: int, c: int, inside: list[Annotation]) -> bool:
    """The bracket ``text[o:c+1]`` holds its bodies and nothing else but connectors, 等, and duty phrases with their
    verbs; a bracket with neither duty nor verb follows a sentence's end."""
    if text[o + 1:inside[0].start].strip():
        return False
    duty = verb = False
    for a, b in zip(inside, inside[1:] + [None]):
        gap = _GAP if b is not None else _END
        m = gap.fullmatch(text, a.end, b.start if b is not None else c)
        if m is None:
            return False
        duty, verb = duty or bool(m.group("duty")), verb or bool(m.group("verb"))
    if duty:
        return True
    return not verb and bool(_STOP.search(text, max(0, o - 8), o))


def bracket_lists(doc: Document, roles: list[Annotation], first_leads: bool, collective, nonstate) -> list[Annotation]:
    """``roles`` with the bodies of each bracket list (rule ``role-bracket-list``) given their roles; every other role
    unchanged. ``collective(ann)`` tells a name of many bodies (never a list's one lead), ``nonstate(ann)`` a firm or
    group of society (a bracket naming one is no list)."""
    text = doc.text
    mentioned = sorted((r for r in roles if r.get("role") == "mentioned"), key=lambda r: r.start)
    if not mentioned:
        return roles
    stated = [(r.start, r.end) for r in roles if r.get("role") != "mentioned"]
    records = [(n.start, n.end) for n in doc.root.walk() if n.provision == "background"]  # 发展基础: no task to close
    new: dict[tuple[int, int], Annotation] = {}
    done = -1
    for r in mentioned:
        if r.start < done:
            continue
        o = max(text.rfind(ch, max(0, r.start - _MAX_INNER), r.start) for ch in _OPEN)
        if o < 0 or o < done:
            continue
        c = _close(text, o)
        if c < r.end:
            continue
        done = c
        if any(o < s < c for s, _ in stated) or any(s <= o < e for s, e in records):
            continue  # a rule read this bracket (its 牵头, label or 负责); a record's source or credit (（省统计局）)
        inside = [m for m in mentioned if o < m.start and m.end <= c]
        if not inside or any(nonstate(m) for m in inside) or not _is_list(text, o, c, inside):
            continue
        if len(inside) == 1 and not collective(inside[0]):
            picked = [(inside[0], "lead")]
        else:
            first = inside[0]
            picked = [(first, "lead" if first_leads and not collective(first) else "co-lead")] + [(m, "co-lead") for m in inside[1:]]
        for m, role in picked:
            new[(m.start, m.end)] = make("role", m.start, m.end, "role-bracket-list", actor=m.get("actor"), role=role)
    if not new:
        return roles
    return [new.get((r.start, r.end), r) if r.get("role") == "mentioned" else r for r in roles]

"""A group head printed once after a list of bare fields closed by 等领域 or 等行业 (issue 14, class 7; key conventions
4 and 40 of corpus/keys/README.md, confirmed by C9): 鼓励并支持工业、交通、电力、建筑、公共机构等领域重点用能单位开展…
is five groups, 工业领域重点用能单位 …, one per field (the field, 领域/行业 and the head), where the list acts as a group
does (``acting.acts``: a verb that moves groups before it, or a modal or an act after it) and qualifies nothing after
it. The list opens after a verb that moves groups (``group-pivot``, the last one on a word boundary) or at its clause's
opening; no field overlapping an actor found by a name (a body: only lexicon names and groups may lie inside the list), holding a function word or naming a group of its own
(``carried-head-item-not``), opening or closing with a word of one character. The head read alone (重点用能单位, 企业)
over the same words gives way: 等 is a bare classifier (convention 40). ``group_heads.find_field_groups`` reads the lists
closed by a bare head (酒店、餐饮等行业…); a list of sectors with no head (推动钢铁、建材等行业…) is a scope the keys leave
out. The list and heads are data: ``ontology/actor_cues.tsv`` sector-group-list. Rule actor-sector-group."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.acting import acts, qualifies
from kg.annotate.base import dictionary_tags, make
from kg.annotate.bodies import ident

_LIST = re.compile(cue("actor_cues.tsv", "sector-group-list"))
_PIVOT = re.compile(cue("actor_cues.tsv", "group-pivot"))
_NOT_IN = re.compile(cue("actor_cues.tsv", "carried-head-item-not"))
_OPENING = ("，", "。", "；", "：", "\n", "")
_GROUP_RULES = ("actor-group", "actor-lexicon")
_GOVERNING = ("v", "vn", "vd", "d", "ad")  # jieba tags of a word that makes the list its object


def _opening(text: str, s: int, first_end: int, cuts: frozenset[int]) -> int | None:
    """Where the list's first field opens: after the last verb that moves groups inside the run before its first 、
    (鼓励并支持工业 → 工业), else at the run's start if its clause opens there with no verb or adverb in the first field (持续推进化工、…, 结合印染、…:
    the verb's object); else none."""
    pivots = [m for m in _PIVOT.finditer(text, s, first_end) if m.end() in cuts and m.end() < first_end]
    if pivots:
        return pivots[-1].end()
    if text[s - 1:s] not in _OPENING:
        return None
    tags = dictionary_tags()  # 持续推进化工、…, 结合印染、…: a verb or an adverb opening the clause governs the list
    for at in (p for p in range(s, first_end - 1) if p in cuts):
        word = next((text[at:at + n] for n in (4, 3, 2) if at + n <= first_end and text[at:at + n] in tags), "")
        if tags.get(word) in _GOVERNING:
            return None
    return s


def find_sector_groups(text: str, actors: list, cuts: frozenset[int]) -> list:
    """``actors`` with one group per field of each list of the module's form (rule actor-sector-group); a group read
    over the 等 and the head of such a list, or over a field, gives way."""
    ordered = sorted(cuts)
    added, dropped = [], set()
    for m in _LIST.finditer(text):
        first_end = m.start("items") + m.group("items").index("、")
        s = _opening(text, m.start("items"), first_end, cuts)
        if s is None:
            continue
        e = m.end()
        fields, pos = [], s
        for item in text[s:m.end("items")].split("、"):
            fields.append((pos, pos + len(item)))
            pos += len(item) + 1
        inside = [a for a in actors if s <= a.start and a.end <= e]
        if any(not (2 <= fe - fs <= 8) or fs not in cuts or fe not in cuts or _NOT_IN.search(text[fs:fe])
               or fs + 1 in cuts or fe - 1 in cuts for fs, fe in fields) \
                or any(a.rule not in _GROUP_RULES for a in inside) \
                or any(a.start < e and s < a.end and a not in inside for a in actors):
            continue  # a body among the fields, an actor across the list's edge, a firm's name cut into characters
        if not acts(text, s, e, cuts, ordered) or qualifies(text, s, e):
            continue
        tail = m.group("kind") + m.group("head")
        dropped.update(id(a) for a in inside)
        added += [make("actor", fs, fe, "actor-sector-group", actor=ident(None, "any", text[fs:fe] + tail), jurisdiction=None)
                  for fs, fe in fields]
    return sorted([*(a for a in actors if id(a) not in dropped), *added], key=lambda x: (x.start, x.end))

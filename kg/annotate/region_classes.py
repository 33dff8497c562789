"""Actors named with the region class they are picked from (issue 14, class 7): 沿海各市, 沿海地方政府, 沿海各级
生态环境部门, 沿黄各地 — the coastal (river-side …) ones of a set, another set than the bare one
(convention 32: a word that narrows the set is two rows). The bare name is found by the other rules (各市, 地方政府,
各级生态环境部门); here its span opens at the class word printed right before it (``actor_cues.tsv``
region-class-before) and it takes an actor of its own, one per bare actor, named as first printed (沿海各市 and, later,
沿海各市政府 are one actor, as 各市 and 各市政府 are: convention 22).
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.annotate.places import Place

_BEFORE = re.compile(r"(?:" + cue("actor_cues.tsv", "region-class-before") + r")$")
# 长江沿线各市, 巢湖环湖各县: a word relative to a line or lake named right before it (a Han character glued on)
_RELATIVE = re.compile(r"[\u4e00-\u9fff](?:" + cue("actor_cues.tsv", "region-class-relative") + r")$")
_PIVOT = re.compile(r"(?:" + cue("actor_cues.tsv", "group-pivot") + r")$")  # 推动沿线各地: a verb, no line's name, before it
_KINDS = ("local", "collective")  # a non-state group after a word is find_known_modified's (沿海重点企业: 企业)


def widen_region_classes(text: str, actors: list, place, table) -> list:
    """``actors`` with each local body or collective printed right after a region class word (沿海, 沿黄 …)
    widened to hold it, under an actor of its own; ``place``: the document's Place (None: a central document);
    ``table``: the actor table."""
    renamed: dict[str, str] = {}
    out = []
    for a in sorted(actors, key=lambda a: (a.start, a.end)):
        row = table.get(a.get("actor")) or {}
        found = _BEFORE.search(text, max(0, a.start - 4), a.start)
        if found is None or row.get("type") not in _KINDS or _named_before(text, found.start(), a.start):
            out.append(a)
            continue
        name = text[found.start():a.end]
        if a.get("actor") not in renamed:
            parts = a.get("actor").split(".")
            if len(parts) == 3:
                renamed[a.get("actor")] = ident(Place.from_key(parts[0]), parts[1], name)
            else:
                renamed[a.get("actor")] = ident(place, "all", name)
        out.append(make("actor", found.start(), a.end, a.rule, **{**dict(a.value), "actor": renamed[a.get("actor")]}))
    return out


def _named_before(text: str, start: int, end: int) -> bool:
    """Whether the class word text[start:end] is relative (沿线, 环湖) to a line or lake whose name is glued before it
    (长江沿线, 巢湖环湖), not a verb moving the set (推动沿线各地, 支持环湖各县)."""
    return bool(_RELATIVE.search(text, max(0, start - 1), end)) and not _PIVOT.search(text, max(0, start - 8), start)

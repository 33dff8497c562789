"""The cities and the counties of a province printed joined after one 各 (各市、县人民政府, 各市、县（市、区）要…,
各市、县〔市、区〕政府落实): two actors, one per tier, the 各 and the head (人民政府, 政府) carried over each, as key
convention 3 of corpus/keys/README.md splits levels printed joined (issue 14, class 7: dev10 485 484, dev11 575).
Read after every other actor rule, over what they tagged there (the one collective 各市县, or 各级人民政府): the
first tier's span its printed 各市, the second's the rest. The pattern is ``actor_cues.tsv`` joined-each-levels.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate.base import Matcher, make
from kg.annotate.jurisdiction import find_local
from kg.annotate.places import Place

_JOINED = re.compile(cue("actor_cues.tsv", "joined-each-levels"))
_BODY_AFTER = re.compile(cue("actor_cues.tsv", "joined-each-levels-body"))
_BRACKETS = str.maketrans("〔〕()", "（）（）")


def split_joined_levels(text: str, out: list[Annotation], place: Place | None, m: Matcher, table: dict) -> list[Annotation]:
    """``out`` with each actor tagged inside a joined printing of 各市、县… replaced by one actor per tier; a tier
    printed without its head where another printing names its government (各市、县（市、区）组织实施… beside
    各市、县（市、区）人民政府落实) takes the government's id (convention 22, as ``merge_place_governments``)."""
    home = (place.jurisdiction or None) if place else "national"
    split: list[tuple[list[Annotation], list[tuple[int, int, str, str]]]] = []
    for hit in _JOINED.finditer(text):
        inside = [a for a in out if hit.start() <= a.start and a.end <= hit.end() and a.end > hit.start("second")]
        followed = not hit.group("head") and _BODY_AFTER.match(text, hit.end())  # 各市、县（区）建设行政主管部门: a department
        if inside and not followed:  # nothing tagged here (the addressee line, front matter): nothing to split
            head = hit.group("head") or ""
            split.append((inside, [(hit.start("first"), hit.end("first"), hit.group("first"), head),
                                   (hit.start("second"), hit.end(), "各" + hit.group("second").translate(_BRACKETS), head)]))
    governments = {}
    for _, parts in split:
        for s, e, tier, head in parts:
            actor = _resolve(tier + head, place, m, table, home) if head else None
            if actor and actor["actor"].endswith(".gov"):
                governments.setdefault(tier, actor)
    for inside, parts in split:
        made = []
        for s, e, tier, head in parts:
            actor = _resolve(tier + head, place, m, table, home) if head else governments.get(tier) or _resolve(tier, place, m, table, home)
            if actor is None:
                break
            made.append(make("actor", s, e, "actor-joined-levels", **actor))
        else:
            out = [a for a in out if a not in inside] + made
    return sorted(out, key=lambda a: (a.start, a.end))


def _resolve(name: str, place: Place | None, m: Matcher, table: dict, home) -> dict | None:
    """The actor of one tier's name (各市人民政府: a local body; 各县（市、区）: a lexicon collective), or None."""
    for s, e, actor, jur, level in find_local(name, place):
        if s == 0 and e == len(name):
            return {"actor": actor, "jurisdiction": None if level == "any" else jur.jurisdiction or home, "level": level}
    for s, e, actor in m.find(name, 0, len(name), None):
        if s == 0 and e == len(name):
            return {"actor": actor, "jurisdiction": home if table[actor]["type"] in ("collective", "local") else None}
    return None

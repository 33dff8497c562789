"""The member units of a named group (市碳达峰碳中和工作领导小组成员单位, 省应对气候变化领导小组各成员单位要…): one
collective actor named as printed, the group's name and 成员单位 together, in the group's jurisdiction (key convention
14 of corpus/keys/README.md: units a body appoints; issue 14, class 7). The group alone (the name before 成员单位) is
no actor at that printing: the act falls on its members. The group's ending and the member words are
``actor_cues.tsv`` member-group-end and member-units.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.annotate.places import Place

_GROUP_END = re.compile(r"(?:" + cue("actor_cues.tsv", "member-group-end") + r")$")
_MEMBERS = re.compile(cue("actor_cues.tsv", "member-units"))


def widen_to_members(text: str, out: list[Annotation], place: Place | None) -> list[Annotation]:
    """``out`` with each named group followed by its member units widened to them (one actor per printed name)."""
    home = place or Place(None, None)
    widened = []
    for a in out:
        m = _MEMBERS.match(text, a.end)
        if m is None or not _GROUP_END.search(text[a.start:a.end]) or a.get("jurisdiction") is None:
            widened.append(a)
            continue
        name = text[a.start:m.end()]
        jur = a.get("jurisdiction")
        widened.append(make("actor", a.start, m.end(), "actor-member-units", actor=ident(home, "all", name), jurisdiction=jur, level="all"))
    spans = [(a.start, a.end) for a in widened if a.rule == "actor-member-units"]
    return [a for a in widened if a.rule == "actor-member-units" or not any(s <= a.start and a.end <= e for s, e in spans)]  # 各成员单位 read alone

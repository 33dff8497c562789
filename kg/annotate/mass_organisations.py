"""Mass organisations named bare, two or more listed together (发挥工会、共青团、妇联等群团组织作用; 工会、共青团、
妇联、行业协会…作用): each the collective of its kind at every level of the document's place (省… 各级总工会, 各级团委,
各级妇联), as key 485 (dev10) keys them, beside the group word a …等 list closes (key conventions 14, 26; issue 14,
class 7). A list opening with a name printed with a level or a place (市工会、团市委…, 总工会、团委、妇联) is one of
bodies, jurisdiction.py's; a firm's 工会 none.
Where the lexicon read the whole list as its group (工会、共青团、妇联等群团组织, an actors.tsv alias of 群团组织), the
group keeps only its word after 等. The names, joiners and exclusions are ``actor_cues.tsv`` mass-organisation*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_pairs
from kg.model import Annotation
from kg.annotate.base import make
from kg.annotate.places import Place

_KINDS = cue_pairs("actor_cues.tsv", "mass-organisation")  # 工会 → trade_union (local_bodies.tsv)
_NAMES = re.compile("|".join(sorted(_KINDS, key=len, reverse=True)))
_LIST = re.compile(rf"(?:{_NAMES.pattern})(?:(?:{cue('actor_cues.tsv', 'mass-organisation-joiner')})(?:{_NAMES.pattern}))+")
_NOT_AFTER = re.compile(cue("actor_cues.tsv", "mass-organisation-not-after"))


def add_mass_organisations(text: str, out: list[Annotation], place: Place | None) -> list[Annotation]:
    """``out`` with each bare mass organisation of a list of two or more added as its collective."""
    home = place or Place(None, None)
    jurisdiction = home.jurisdiction or "national"
    for hit in _LIST.finditer(text):
        items = list(_NAMES.finditer(text, hit.start(), hit.end()))
        if _NOT_AFTER.search(text[max(0, hit.start() - 2):hit.start()]):
            continue  # 市工会、共青团…, 总工会、团委、妇联: a list of bodies named with their place or in full, not bare
        covering = [a for a in out if a.start <= hit.start() and hit.end() <= a.end]
        if len(items) < 2 or any(a.start == hit.start() and a.end == hit.end() for a in covering):
            continue
        for a in covering:  # 工会、共青团、妇联等群团组织 read whole as 群团组织: the group is its word after 等
            group = text.find("等", hit.end(), a.end)
            out = [b for b in out if b is not a]
            if group >= 0 and group + 1 < a.end:
                out.append(make(a.layer, group + 1, a.end, a.rule, **dict(a.value)))
        taken = [(a.start, a.end) for a in out]
        for x in items:
            if not any(ts < x.end() and x.start() < te for ts, te in taken):
                out.append(make("actor", x.start(), x.end(), "actor-mass-organisation",
                                actor=f"{home.key}.all.{_KINDS[x.group(0)]}", jurisdiction=jurisdiction, level="all"))
    return sorted(out, key=lambda a: (a.start, a.end))

"""A level's government printed before 有关部门 or 相关部门 (市人民政府有关部门和区人民政府…, 省政府有关部门要各负其责):
the departments of that level of the document's place, the collective ``jurisdiction.find_local`` reads for
市有关部门 / 省相关部门, as dev11 58's key names it (issue 14, class 7); without this the lexicon read 政府有关部门
alone, a collective of no level. The pattern is ``actor_cues.tsv`` government-departments.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.jurisdiction import find_local
from kg.annotate.places import Place

_GOVERNMENT_DEPARTMENTS = re.compile(cue("actor_cues.tsv", "government-departments"))


def find_government_departments(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each level's departments printed with the level's government."""
    for m in _GOVERNMENT_DEPARTMENTS.finditer(text):
        name = m.group("level") + m.group("rel") + "部门"
        for s, e, actor, jur, level in find_local(name, place):
            if s == 0 and e == len(name):
                yield m.start(), m.end(), actor, jur, level
                break

"""Departments named by their function in a frame that makes them act or receive (issue 14, class 7): the agent
of 由 (由城市管理部门责令限期补植, 由林草部门负责), the partner of 会同/联合 (会同能源管理部门推动…), the agent of a
passive 经/受到 (经林草主管部门认定后, 受到相关行政主管部门处罚) and the recipient of a report (向所在地生态环境
主管部门报告). The frames are data: ``ontology/actor_cues.tsv`` framed-department. The name is cut whole by jieba,
opens with no verb (推进部门绿化: a verb and its object), no 的 or list mark (颁发资质证书的部门,
林草等部门: other rules' lists) and no unit of its own (本单位科技管理部门: a unit's office, no state body); it opens
with no ``subject-not-start`` word but 有关/相关 (各…, 省…, 本…: the level and 各 finders'), and a name of the
lexicon (有关部门) is the lexicon's. The body is the collective of convention 6, of the document's jurisdiction,
as ``collectives.find_field_departments`` names a department opening its clause as a modal's subject.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.bodies import forms, ident, verb_words
from kg.annotate.lexicon_names import lexicon_names
from kg.annotate.places import Place
from kg.annotate import scan

_FRAMED = re.compile(cue("actor_cues.tsv", "framed-department"), re.M)
_NOT_IN = re.compile(cue("actor_cues.tsv", "framed-department-not-in"))
_RELATED = ("有关", "相关")


@lru_cache(maxsize=None)
def _stops() -> tuple[str, ...]:
    return tuple(w for row in forms().get("subject-not-start", ()) for w in row.split("|") if w not in _RELATED)


def find_framed_departments(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for each department named by its function in an agent, partner,
    passive-agent or recipient frame (module docstring)."""
    home = place or Place(None, None)
    verbs, stops = verb_words(), _stops()
    ordered = sorted(cuts)
    for m in scan.finditer(_FRAMED, text):
        s, e = m.span("name")
        name = m.group("name")
        if s not in cuts or e not in cuts or name.startswith(stops) or _NOT_IN.search(name) or name in lexicon_names():
            continue
        a = s + 2 if name.startswith(_RELATED) else s
        i = bisect.bisect_right(ordered, a)
        if i < len(ordered) and verbs.get(text[a:ordered[i]]) == "v":
            continue  # 协同推进部门绿化: a verb opens the name, the department is its object
        yield s, e, ident(home, "all", name), home, "all"

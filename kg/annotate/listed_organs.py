"""The state's organs (机关) opening a list of organisations the text gives an act (issue 14, class 7; lane AR5).

鼓励机关、企事业单位、社会团体积极营造碳中和林…; 鼓励各类机关、企事业单位和学校采购…; 第三十九条机关、事业单位、国有企业以及…应当…:
a bare 机关 printed as the first item of a list whose next item the tagger reads as an actor (企事业单位, 事业单位, 国有企业) is
the organs of the state at every level of the document's place, a collective of its jurisdiction, as the keys have it (58, 166,
325, 490, 514 机关; 494 各类机关: convention 32 (a) keeps 各类, `printed_prefixes`). It acts where its list acts: the item after it
is an actor that ``acting.keep_acting`` kept. A 机关 opening a word (机关事务管理局), after another word (党政机关, 节约型机关), or
before a noun it owns (机关食堂) is none. The words are data: ``ontology/convention_cues.tsv`` listed-organ.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.annotate.places import Place
from kg.model import Annotation
from kg.annotate import scan


@lru_cache(maxsize=None)
def _organ() -> re.Pattern:
    return re.compile(cue("convention_cues.tsv", "listed-organ"))


def find_listed_organs(text: str, out: list[Annotation], place: Place | None) -> list[Annotation]:
    """``out`` with each bare 机关 opening a list whose next item is a tagged actor added as the collective of the place."""
    starts = {a.start for a in out}
    added = []
    for m in scan.finditer(_organ(), text):
        s, e = m.span("organ")
        if m.end() not in starts or any(a.start < e and s < a.end for a in out):
            continue
        added.append(make("actor", s, e, "actor-listed-organ", actor=ident(place or Place(None, None), "all", m.group("organ")),
                          jurisdiction=(place.jurisdiction if place else None) or "national", level="all"))
    return out + added

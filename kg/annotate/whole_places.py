"""A word naming the whole of the document's place printed before a 各级 group (issue 14, class 7; lane AP6).

Keys name 全区各级党委 (300), 本市各级人民政府 (381), 自治区各级政府 (440) and 全市各级各部门 (482) as printed: convention 62 keeps
全市/全省 before a group ("as every key has it", 482) and convention 4 completes a name as a reader reads it. The tagger read
the group alone (各级党委, 各级人民政府), a name no key row prints, so each counted once as an extra and once as a miss. The
actor stays the one the group names (its id and jurisdiction: the place's every level); its span takes the place word, so
the name printed is the key's. Words are data: ``ontology/convention_cues.tsv`` whole-place and whole-place-group.

A word naming a province (``whole-place-province``: 全省, 本省, 我省, 全自治区) before the group of a city's body names the
province's bodies, not the city's: a city's plan printing 全省各级住房城乡建设主管部门 (531, Wuhan) reads 湖北's (the actor
id and jurisdiction of the province, lane SO19). 全市, 全区 and the rest name the document's own place and keep it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate.base import make
from kg.annotate.places import Place


@lru_cache(maxsize=None)
def _whole() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'whole-place')})$")


@lru_cache(maxsize=None)
def _group() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'whole-place-group')})")


@lru_cache(maxsize=None)
def _province_word() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'whole-place-province')})")


def keep_whole_place(text: str, out: list[Annotation], cuts: frozenset[int]) -> list[Annotation]:
    """``out`` with each actor opening with 各级 (``whole-place-group``) printed right after a word naming the whole place
    (``whole-place``: 全区, 全市, 本市, 自治区 …) widened to that word: 全区各级党委, 本市各级人民政府. The word must open a jieba
    word (广西壮族自治区各级… is a named place, not 自治区) and lie in no other actor."""
    widened = []
    for a in out:
        m = _whole().search(text, max(0, a.start - 4), a.start) if _group().match(text, a.start) else None
        if m and m.start() in cuts and not any(b is not a and b.start < a.start and m.start() < b.end for b in out):
            value = dict(a.value)
            if _province_word().fullmatch(m.group(0)):
                value.update(_province_of(value))
            a = make(a.layer, m.start(), a.end, a.rule, **value)
        widened.append(a)
    return widened


def _province_of(value: dict) -> dict:
    """The actor id and jurisdiction of a city's body (``hubei-ce6ada6e6b189.all.housing_departments``) moved to its
    province (``hubei.all.housing_departments``); nothing for any other actor."""
    parts = str(value.get("actor") or "").split(".")
    if len(parts) != 3:
        return {}
    place = Place.from_key(parts[0])
    if not (place.city and place.province):
        return {}
    province = Place(place.province, None)
    return {"actor": f"{province.key}.{parts[1]}.{parts[2]}", "jurisdiction": province.jurisdiction}

"""Per-place lines: a line of a plan that opens with one or more cities or counties of the document's own province
and a colon, the work of those places after it (东区：强化钒钛新材料研发功能…; 米易县：大力发展矿业…; 1. 溧阳市、金坛区：
修复养护…; 福州市：…). The line makes each place the doer of its work, so each is an actor, and a city or county
named as acting takes the city holding it as jurisdiction (key convention 6: 启东 → 南通市), as ``doers.py`` has it.

A place is read only from ``ontology/cities.tsv`` / ``counties.tsv`` rows of the document's province (a river or a
word that names a place of another province, 黑河：… in a Henan plan, is none), of the document's own city where the
document is a city's, every item of the line a place (天宁区、钟楼区、经开区：… is left whole), and the colon followed
by work (``actor_cues.tsv`` place-line-act: four Han characters; 城市社区：≤0.65 is a value).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.bodies import ident
from kg.annotate.doers import own_place
from kg.annotate.places import Place, province_places

_NUMBER = cue("actor_cues.tsv", "place-line-number")
_JOINER = cue("actor_cues.tsv", "place-line-joiner")
_ACT = re.compile(cue("actor_cues.tsv", "place-line-act"))
_CELL_END = "、，,；;等"


@lru_cache(maxsize=None)
def _line_rx(province: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The per-place line of a province and the pattern of one of its places (the line's items, read in turn: 仁和区
    holds the joiner 和)."""
    names = province_places(province)
    if not names:
        return None
    item = r"(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")"
    line = re.compile(r"(?m)^[ \t\u3000]*(?:(?:" + _NUMBER + r")[ \t]*)?(?P<list>" + item + r"(?:(?:" + _JOINER + r")" + item
                      + r")*)[ \t]*[：:][ \t]*")
    return line, re.compile(r"(?:" + _JOINER + r"|[，,；;])?[ \t\n]*(" + item + r")")


def _places(text: str, start: int, end: int, one: re.Pattern, place: Place) -> list[tuple]:
    """(start, end, actor id, Place, level) of each place of ``text[start:end]``, a run of places and joiners; none
    where one of them lies outside a city's own plan."""
    names, jur, found, pos = province_places(place.province), Place(place.province, place.city), [], start
    while pos < end:
        it = one.match(text, pos, end)
        if it is None:
            return []
        pos = it.end(1)
        level, full = names[it.group(1)]
        own = own_place(jur, full)
        if place.city and own.city != place.city:
            return []  # a city's plan: only its own districts and counties carry out its lines
        found.append((it.start(1), pos, ident(own, level, full), own, level))
    return found


def places_in_cell(text: str, start: int, end: int, place: Place | None) -> list[tuple]:
    """The places of a table cell that holds only places of the document's province (江宁区、浦口区、六合区; 福州市等):
    (start, end, actor id, Place, level) each, or none (kg/annotate/table_places.py)."""
    if place is None or not place.province or _line_rx(place.province) is None:
        return []
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _CELL_END):
        end -= 1
    return _places(text, start, end, _line_rx(place.province)[1], place) if start < end else []


def find_place_lines(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each city or county opening a per-place line of the document's
    province (and city, for a city's document)."""
    if place is None or not place.province:
        return
    rxs = _line_rx(place.province)
    if rxs is None:
        return
    rx, one = rxs
    for m in rx.finditer(text):
        if not _ACT.match(text, m.end()):
            continue  # 城市社区：≤0.65, 西区：（空）: no work after the colon
        yield from _places(text, m.start("list"), m.end("list"), one, place)

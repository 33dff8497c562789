"""A list of bare fields closed by 等 and a class of parks a verb makes act (issue 14, class 7; key conventions 4, 26 and
30 of corpus/keys/README.md). 鼓励化工等产业园区配套建设危险废物集中贮存、预处理和处置设施 — the national 绿色低碳循环发展
经济体系 template, printed by 9 documents of the non-held-out pool — names 产业园区, the group word after 等 (convention 26),
a class of parks given an act of its own: a collective of the document's jurisdiction (convention 30), as
``actor_conventions.find_acting_classes`` reads a class printed alone (that finder refuses 等 inside a member: 宁德等沿海城市).
One field before 等 is an example of the class (parks such as the chemical ones): the class alone. Two or more (鼓励化工、
冶炼等工业园区…) are a list whose head is printed once: each field completed with it (化工工业园区, 冶炼工业园区; convention 4)
beside the class. The list opens right after a pivot verb (``acting-pivot``), every field a run of whole words that is no
zone, park or description itself (``park-list-field-not``: 嘉定工业园区、临港装备区等重点园区 are named zones), and an act
follows the class (``acting-verb`` after adverbs of ``acting-adverb``): 推进化工、焦化等工业园区雨污分流改造 has no pivot (the
parks are the measure's object), 推动化工等园区规范化发展 no act. It runs after ``keep_acting`` (which reads no act of the
fields across 等), like ``sector_groups.find_sector_lists``. The form is data: ``ontology/convention_cues.tsv`` park-list,
park-list-field-not. Rule actor-park-list; lane AR11.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate import scan
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.annotate.places import Place

_CUES = "convention_cues.tsv"


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    return {
        "list": re.compile(cue(_CUES, "park-list")),
        "pivot": re.compile("(?:" + cue(_CUES, "acting-pivot") + ")$"),
        "field-not": re.compile(cue(_CUES, "park-list-field-not")),
        "adverb": re.compile("(?:" + cue(_CUES, "acting-adverb") + ")"),
        "verb": re.compile("(?:" + cue(_CUES, "acting-verb") + ")(?!" + cue(_CUES, "acting-verb-nominal") + ")"
                           + r"(?=[\u4e00-\u9fff“A-Za-z0-9]{2})"),
    }


def _acts(text: str, pos: int) -> bool:
    """Whether an act opens at ``pos``: a verb of ``acting-verb`` after any adverbs (配套建设…, 率先开展…)."""
    rx = _rx()
    while adverb := rx["adverb"].match(text, pos):
        pos = adverb.end()
    return bool(rx["verb"].match(text, pos))


def _fields(text: str, m: re.Match, cuts: frozenset[int]) -> list[tuple[int, int]] | None:
    """The list's fields (start, end) where a pivot verb ends right before the first one and each is a run of whole
    words naming no zone, park or description; else None. The match may open inside the verb (鼓励化工: the items group
    starts at 鼓励): the fields are taken from the pivot's end."""
    rx, items = _rx(), m.group("items")
    first_end = m.start("items") + (items.index("、") if "、" in items else len(items))
    s = next((at for at in range(m.start("items"), first_end - 1)
              if at in cuts and rx["pivot"].search(text, max(0, at - 4), at)), None)
    if s is None:
        return None
    fields, pos = [], s
    for item in text[s:m.end("items")].split("、"):
        fields.append((pos, pos + len(item)))
        pos += len(item) + 1
    if any(not (2 <= fe - fs <= 6) or fs not in cuts or fe not in cuts or rx["field-not"].search(text[fs:fe]) for fs, fe in fields):
        return None
    return fields


def add_park_lists(text: str, actors: list, place: Place | None, cuts: frozenset[int]) -> list:
    """``actors`` with a collective of the document's jurisdiction for each field completed with its park class and for
    the class (化工产业园区, 产业园区) of every list of the module's form a pivot makes act (rule actor-park-list); an
    actor read over the same words gives way."""
    home = place or Place(None, None)
    jurisdiction = home.jurisdiction or (None if place else "national")
    added = []
    for m in scan.finditer(_rx()["list"], text):  # tried only before a 等 (annotate/scan.py): the same matches
        if m.end() not in cuts or not _acts(text, m.end()):
            continue  # 推动化工等园区规范化发展: no act of the parks' own
        fields = _fields(text, m, cuts)
        if fields is None:
            continue
        head = (m.group("kind") or "") + m.group("park")
        hs = m.start("kind") if m.group("kind") else m.start("park")
        completed = [(fs, fe, text[fs:fe] + head) for fs, fe in fields] if len(fields) > 1 else []  # 化工等产业园区: parks such as
        added += [make("actor", s, e, "actor-park-list", actor=ident(home, "all", name), jurisdiction=jurisdiction, level="all")
                  for s, e, name in [*completed, (hs, m.end(), head)]]  # the chemical ones, one example: the class alone
    kept = [a for a in actors if not any(b.start < a.end and a.start < b.end for b in added)]
    return sorted([*kept, *added], key=lambda a: (a.start, a.end))

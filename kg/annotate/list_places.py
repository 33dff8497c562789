"""Cities and counties named as the items of a responsibility list (issue 14, classes 7 and 8; lane RT): （福州市、
厦门市牵头，省生态环境厅配合）, （责任单位：省发展改革委，福州市、厦门市）, 责任单位：⏎江宁区、浦口区. Each place of the
document's province (and city, for a city's document) that an item names alone, printed in full or short, is an
actor of the city holding it (key convention 6: a city named as acting takes itself as jurisdiction, a county its
city), under the id ``doers.py`` and ``place_lines.py`` give the same place, and ``roles`` reads its role in the list
as a body's (before, 福州市、厦门市牵头 named no actor and no lead; 福州市 of a 责任单位 list took the province).

A list whose places share one government printed after them (彭州市、金堂县、大邑县政府; 广州、深圳市政府) is
``doers.find_shared_government``'s: its items are governments, not places. A municipality's districts (上海市's
嘉定区) keep the municipality, as every rule gives them.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.list_spans import ROLE_TAIL, label_rx, lists, split_items
from kg.annotate.place_lines import places_in_cell
from kg.annotate.places import MUNICIPALITIES, Place, province_places

_GOVERNMENT = re.compile(r"(?P<place>.*?)(?:" + cue("actor_cues.tsv", "list-shared-government") + r")", re.S)  # 深圳市政府
_ITEMS_END = re.compile(r"[）)］\]〕】。；;\n]")


def _spans(text: str):
    """The items' text of every bracketed list (``list_spans.lists``) and of every label's list on its line
    (（责任单位：A、B）, 责任单位：A、B。)."""
    yield from lists(text)
    for m in label_rx().finditer(text):
        end = _ITEMS_END.search(text, m.end())
        yield m.end(), end.start() if end else len(text)


def find_listed_places(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each item of a responsibility list that names a city or county of
    the document's province alone."""
    if place is None or not place.province or place.province in MUNICIPALITIES:
        return
    names, labels, seen = province_places(place.province), label_rx(), set()
    for ls, le in _spans(text):
        items = []
        for s, e in split_items(text, ls, le):
            raw = text[s:e]
            lab = labels.search(raw)
            if lab:  # （牵头单位：A；责任单位：B）: the label opens the item
                s, raw = s + lab.end(), raw[lab.end():]
            item = ROLE_TAIL.sub("", raw).strip()
            items.append((text.find(item, s, e) if item else -1, item))
        if any((m := _GOVERNMENT.fullmatch(item)) and m.group("place") in names for _, item in items):
            continue  # 广州、深圳市政府: places sharing one government, each its government
        for s, item in items:
            if s >= 0 and item in names and s not in seen:
                seen.add(s)  # a label's list inside a bracketed one: read once
                yield from places_in_cell(text, s, s + len(item), place)

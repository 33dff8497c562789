"""Zones sharing one head (issue 14, class 7): a head printed once after a list of zones (各区人民政府〈含开发区、
风景区管委会〉, 高新区、循环化工园区管委会要…, 经济开发区和高新区管委会) names one administration per zone, as a reader
completes the list (convention 4 of corpus/keys/README.md: 开发区管委会 + 风景区管委会). The last zone and the head are
one name the other finders read (`bodies.find_named`); this gives each zone before it its administration, the span the
zone as printed, the actor the zone with the head. A zone whose name opens with a province or city is that place's
(`doers.own_place`), else the document's. Words: ``ontology/actor_cues.tsv`` zone-head-*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.bodies import ident
from kg.annotate.doers import own_place
from kg.annotate.places import Place
from kg.annotate import scan

_HAN = r"[\u4e00-\u9fff]"
_ZONE = _HAN + r"{0,10}?(?:" + cue("actor_cues.tsv", "zone-head-kind") + r")"
_JOINER = re.compile(r"(?:" + cue("actor_cues.tsv", "zone-head-joiner") + r")")
_LIST = re.compile(r"(?:" + cue("actor_cues.tsv", "zone-head-open") + r")(?P<list>(?:" + _ZONE + _JOINER.pattern + r")+)" + _ZONE
                   + r"(?P<shared>" + cue("actor_cues.tsv", "zone-head") + r")")
_ZONE_RX = re.compile(_ZONE)


def find_zone_heads(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each zone before the last of a list that one head closes."""
    home = place or Place(None, None)
    jur = Place(home.province, home.city)
    for m in scan.finditer(_LIST, text):
        pos, end = m.start("list"), m.end("list")
        while pos < end:
            z = _ZONE_RX.match(text, pos)
            zone = text[z.start():z.end()]
            here = own_place(jur, zone)
            yield z.start(), z.end(), ident(here, "unit", zone + m.group("shared")), here, "unit"
            pos = _JOINER.match(text, z.end()).end()

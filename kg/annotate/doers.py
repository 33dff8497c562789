"""Places named as the doers of a measure: 支持济南市、青岛西海岸新区开展气候投融资试点, 鼓励新都区、
金堂县等开展…, 持续推动威海市创建…. A place that a measure supports, encourages or guides to act is
an actor of the measure (the keys take it as a body of the document's jurisdiction); a place named
as the site of a project (推进萍乡市…先行区建设) is not, and the rule does not take it.

The words are data (``ontology/actor_cues.tsv``: place-doer-before, place-doer-after;
``ontology/place_cues.tsv``: place-doer-suffix, place-doer-not, place-doer-not-start). The rule needs both: a verb that
makes the place act before the list of places, and the act after it.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.bodies import ident
from kg.annotate.places import Place

_HAN = r"[\u4e00-\u9fff]"


_PLACE = _HAN + r"{2,8}?(?:" + cue("place_cues.tsv", "place-doer-suffix") + r")"
_DOERS = re.compile(
    r"(?:" + cue("actor_cues.tsv", "place-doer-before") + r")(?:积极|率先)?"
    r"(?P<list>" + _PLACE + r"(?:、" + _PLACE + r")*)"
    r"(?:等(?:地|城市|地区|重点城市)?)?(?:积极|率先|加快|先行)?"
    r"(?:" + cue("actor_cues.tsv", "place-doer-after") + r")"
)
_NOT_PLACE = re.compile(r"(?:" + cue("place_cues.tsv", "place-doer-not") + r")$")
_NOT_START = re.compile(r"(?:" + cue("place_cues.tsv", "place-doer-not-start") + r")")


def find_place_doers(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each place of a list a measure makes act."""
    home = place or Place(None, None)
    jur = Place(home.province, home.city)
    for m in _DOERS.finditer(text):
        pos = m.start("list")
        for item in m.group("list").split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            if _NOT_PLACE.search(item) or _NOT_START.match(item):
                continue  # 工业园区, 示范区: a kind of zone, not a place that acts
            level = "city" if item.endswith(("市", "州", "盟")) else "county"
            yield s, e, ident(jur, level, item), jur, level

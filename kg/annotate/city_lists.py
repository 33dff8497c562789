"""Cities of the document's province listed as a clause's subject, closed by 等 and a class word and followed by the
act (issue 14, class 7; lane nz): 哈尔滨、绥化等重点城市完成削减替代燃煤…, 哈尔滨市、绥化市等城市因地制宜推进再生水
利用, 南宁、桂林、玉林、贵港等市完成医疗废物处置设施升级改造. Each city so named acting is an actor, the city itself its
jurisdiction (convention 6 of corpus/keys/README.md: 福州、厦门等沿海城市… → 福州市, 厦门市), printed short or in full.
Only an act that the cities do makes them doers (``actor_cues.tsv`` city-list-act: 完成, 推进, 开展): a list where a rule
applies (…等沿海城市实施倍量替代), a state (…等沿黄盟市重化工产业集中), a scope (…等重点地区公共领域新增…) or a site (…等市
采煤塌陷区) is none. Names are the province's (``places.province_places``), two or more, so a common word is no city.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.base import listed
from kg.annotate.bodies import ident
from kg.annotate.doers import own_place, province_lists
from kg.annotate.places import Place, province_places

_OPEN = cue("actor_cues.tsv", "place-subject-open")
_CLOSE = r"(?=等[\u4e00-\u9fff]{0,6}?(?:" + cue("actor_cues.tsv", "city-list-class") + r")(?:" + cue("actor_cues.tsv", "city-list-act") + r"))"


@lru_cache(maxsize=None)
def _list_rx(province: str) -> re.Pattern | None:
    names = province_places(province)
    if not names:
        return None
    item = r"(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")"
    return re.compile(r"(?:" + _OPEN + r")(?P<list>" + item + r"(?:、" + item + r")+)" + _CLOSE)


def find_city_lists(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each city or county of such a list."""
    setup = province_lists(place, _list_rx)
    if setup is None:
        return
    rx, names, jur = setup
    for m in rx.finditer(text):
        for s, e, item in listed(m):
            level, full = names[item]
            own = own_place(jur, full)
            yield s, e, ident(own, level, full), own, level

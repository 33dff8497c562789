"""Named zones a measure makes act (issue 14, class 7; lane nz): 支持洋浦经济开发区创建世界一流绿色低碳循环园区,
支持中法武汉生态示范城创建…, 推动欧洲产业城、淮州新城等建设“高载电产业+清洁能源”示范…. A named zone given an act
of its own stands for its administration and is a body of the document's place, or of the place its name opens with
(conventions 6 and 30 of corpus/keys/README.md; `doers.own_place`). The verb before the list is doers.py's
(place-doer-before), the act after it too (place-doer-after), or 建设 with its object after 等 (zone-doer-build); a zone
that is built (推动国泰新能源汽车产业园建设。) or a class of zones (化工产业园, 省级以上经济开发区: zone-doer-class) is
none. 新区, 高新区, 经开区 are read by `doers.find_place_doers`. Words: ``ontology/actor_cues.tsv`` zone-doer-*.

Named zones a measure tells to lead (发挥两江新区、西部科学城重庆高新区、广阳湾智创生态城引领作用，积极探索…;
发挥白银高新技术产业开发区龙头带动作用) are given an act of their own too (dev 482's key): ``find_leading_zones`` takes
the named ones of the list (a class, 国家级经济技术开发区, 省级园区, is left to convention 30's rules), but a zone
whose administration the text prints (兰州新区管委会): that body is the actor, read where printed; zone-lead-*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.base import listed
from kg.annotate.bodies import ident
from kg.annotate.doers import own_place
from kg.annotate.places import Place

_HAN = r"[\u4e00-\u9fff]"


def _c(kind: str, table: str = "actor_cues.tsv") -> str:
    return r"(?:" + cue(table, kind) + r")"


_ITEM = r"(?!" + _c("place-doer-not-start", "place_cues.tsv") + r")" + _HAN + r"{2,10}?" + _c("zone-doer-kind")
_DOERS = re.compile(
    _c("place-doer-before") + r"(?:积极|率先)?(?P<list>" + _ITEM + r"(?:、" + _ITEM + r")*)"
    r"(?:(?P<deng>等)(?:积极|率先|加快)?)?(?P<act>" + _c("place-doer-after") + "|" + _c("zone-doer-build") + r")")
_KIND = re.compile(_c("zone-doer-kind") + r"$")
_CLASS = re.compile(_c("zone-doer-class") + r"+")


def find_zone_doers(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each named zone of a list a measure makes act."""
    home = place or Place(None, None)
    jur = Place(home.province, home.city)
    for m in _DOERS.finditer(text):
        if m.group("act").startswith("建设") and not m.group("deng"):
            continue  # 支持中明循环产业园建设…: the zone may be what is built
        items = m.group("list").split("、")
        if any(_CLASS.fullmatch(_KIND.sub("", item)) for item in items):
            continue  # 鼓励化工产业园、…: a class of zones (convention 30's collective), not named ones
        pos = m.start("list")
        for item in items:
            s, e = pos, pos + len(item)
            pos = e + 1
            own = own_place(jur, item)
            yield s, e, ident(own, "unit", item), own, "unit"


_ANY_ZONE = _HAN + r"{2,12}?" + _c("zone-lead-kind")
_LEADS = re.compile(r"发挥(?P<list>" + _ANY_ZONE + r"(?:、" + _ANY_ZONE + r")*)等?的?" + _c("zone-lead-role"))
_NAMED = re.compile(r"(?!" + _c("place-doer-not-start", "place_cues.tsv") + r")" + _HAN + r"{2,12}?" + _c("zone-lead-kind") + r"$")
_LEAD_KIND = re.compile(_c("zone-lead-kind") + r"$")
_HEAD = _c("zone-head")


def find_leading_zones(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each named zone of a list 发挥…引领作用 names."""
    home = place or Place(None, None)
    jur = Place(home.province, home.city)
    for m in _LEADS.finditer(text):
        for s, e, item in listed(m):
            if not _NAMED.match(item) or _CLASS.fullmatch(_LEAD_KIND.sub("", item)) or _LEAD_KIND.fullmatch(item):
                continue  # 国家级经济技术开发区, 省级园区: a class of zones, not a named one
            if re.search(re.escape(item) + _HEAD, text):
                continue  # 兰州新区管委会 printed elsewhere: the zone is that body, read there (dev 311's key)
            own = own_place(jur, item)
            yield s, e, ident(own, "unit", item), own, "unit"

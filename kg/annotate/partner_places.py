"""Places outside the document's own named as the other party of a cooperation (issue 14, class 7; key convention 51 of
corpus/keys/README.md; lane ar4): 加强与新疆、山西、甘肃、宁夏、青海等资源富集省市的能源合作; 与四川省签署推动…合作协议;
深化与山西、内蒙古、甘肃等省份电力合作; 加快与云南省、四川省建立跨行政区域的联席会议协调机制; 同蚌埠市、阜阳市分别签订跨界水污染…
协议; 协同吉林、内蒙古、河北等省区，共同推进…. A province or a prefecture-level city so named stands for its authority
(convention 22) and is a partner of a joint act (convention 36): an actor, a body of its own place (新疆 → 新疆维吾尔自治区,
汉中 → 汉中市), printed short or in full, one actor whichever form is printed (四川 after 四川省 adds none).

The place follows 与 or 同 with the cooperation stated after the list in the same clause (合作, 协调, 签署, 对接, 联防 …), or
follows a verb of joint action (会同, 协同, 联合), which states it. A Han noun glued after a place makes it a possessor or
part of a name (与成都西部片区…联动, 加强与上海大学…合作, 与西安国际陆港联动): none. So does a body named after the list and before
the act (与湖北、湖南…等周边省份生态环境部门…联防联控: the departments are the partners; 与上海、广东等地碳市场交易机构进行对接).
The document's own place is none (与重庆市碳达峰碳中和工作领导小组的沟通衔接 in a 重庆 plan). A source (向山西、新疆…购电) or a
model (学习…经验) states no joint act and is no partner. Words: ``ontology/actor_cues.tsv`` partner-place-*.

A class of provinces or cities named so (与送端省份协调…, 加强与兄弟省市协同协作, 与粤港澳大湾区其他城市加强…合作, 加强与非化石能源资源
丰富地区合作, heading a list: …等资源富集省市的能源合作; 联合上风向城市开展…联防联控) is a collective of the nation, the smallest
jurisdiction that holds them (convention 51): ``find_partner_classes``. A class printed with 及 (京津冀及周边地区: a region;
全省及周边地区: a scope), beside 国家 (先进地区和先进国家), with a verb inside (协同促进欠发达地区…) or owning a body (联合长三角其他地区
科研单位申报) is none. Words: partner-class, partner-class-not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, read_tsv
from kg.annotate.bodies import ident
from kg.annotate.places import Place, city_forms, province_names

_HAN = r"[\u4e00-\u9fff]"


def _c(kind: str) -> str:
    return r"(?:" + cue("actor_cues.tsv", kind) + r")"


_WITH, _JOINT, _ACT, _END, _TAIL = (_c("partner-place-" + k) for k in ("with", "joint", "act", "end", "tail"))


@lru_cache(maxsize=None)
def _places() -> dict[str, tuple[Place, str, str]]:
    """A province or prefecture-level city as printed (四川, 四川省, 汉中, 汉中市) → (its Place, level, the name in full)."""
    out: dict[str, tuple[Place, str, str]] = {}
    for r in read_tsv("cities.tsv"):
        for name in city_forms(r):
            if name:
                out.setdefault(name, (Place(r["province"], r["short"]), "city", r["name"]))
    for name, prov in province_names().items():
        place = Place(prov, None)
        out[name] = (place, "province", place.label)  # 北京市: the municipality, not a city of it
    return out


@lru_cache(maxsize=None)
def _names() -> str:
    return r"(?:" + "|".join(re.escape(n) for n in sorted(_places(), key=len, reverse=True)) + r")"


@lru_cache(maxsize=None)
def _name_rx() -> re.Pattern:
    return re.compile(_names())


@lru_cache(maxsize=None)
def _rx() -> re.Pattern:
    item = _names() + r"(?=" + _END + r")"
    items = r"(?P<list>" + item + r"(?:(?:、|和|及|以及)" + item + r")*)"
    tail = r"(?:等" + _HAN + r"{0,10}?" + _TAIL + r")?"
    act = r"(?P<rest>[^。；！？\n]{0,30}?)" + _ACT
    return re.compile(r"(?:" + _WITH + items + tail + act + "|" + _JOINT + items.replace("list", "joint") + r")")


_POSSESSED = re.compile(_c("partner-place-possessed"))
_CLASS = _c("partner-class")
_CLASS_NOT = re.compile(_c("partner-class-not"))
_OWNED = re.compile(_HAN + r"{0,6}?" + _c("partner-place-possessed"))


@lru_cache(maxsize=None)
def _class_rx() -> re.Pattern:
    listed = r"(?:" + _names() + r"(?:(?:、|和|及|以及)" + _names() + r")*等)?"  # …等资源富集省市: the class heading the list
    cls = r"(?P<cls>" + _CLASS + r")(?!" + _HAN + r"{0,5}国家)"  # 先进地区和先进国家: a pair reaching abroad
    return re.compile(r"(?:(?P<with>" + _WITH + r")|" + _JOINT + r")" + listed + cls + r"(?:(?P<rest>[^。；！？\n]{0,30}?)(?P<act>" + _ACT + r"))?")


def find_partner_classes(text: str):
    """(start, end, name) of each class of provinces or cities named as the other party of a cooperation (与送端省份协调…;
    …等资源富集省市的能源合作; 联合上风向城市开展…): a collective of the nation (convention 51)."""
    for m in _class_rx().finditer(text):
        if m.group("with") and not m.group("act") or "及" in m.group("cls") or _CLASS_NOT.search(m.group("cls")):
            continue  # no cooperation after 与; 京津冀及周边地区 (a region), 全省及周边地区 (a scope); 协同促进欠发达地区…
        if _POSSESSED.search(m.group("rest") or "") or _OWNED.match(text, m.end("cls")):
            continue  # …周边省份生态环境部门…联防联控, 联合长三角其他地区科研单位申报: the body is the partner
        yield m.start("cls"), m.end("cls"), m.group("cls")


def find_partner_places(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each province or city named as the other party of a cooperation."""
    home = place or Place(None, None)
    for m in _rx().finditer(text):
        group = "list" if m.group("list") else "joint"  # 与…, the act after; 会同…, the act stated by the verb
        if group == "list" and _POSSESSED.search(m.group("rest")):
            continue  # 与…等周边省份生态环境部门…联防联控: the body is the partner
        for item in _name_rx().finditer(text, m.start(group), m.end(group)):  # 喀什和和田: 和田 a city, no joiner
            own, level, full = _places()[item.group()]
            if own == home or level == "province" and own.province == home.province:
                continue  # the document's own place, or its province in a city's document
            yield item.start(), item.end(), ident(own, level, full), own, level

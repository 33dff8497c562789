"""Places named as the doers of a measure: 支持济南市、青岛西海岸新区开展气候投融资试点, 鼓励新都区、
金堂县等开展…, 持续推动威海市创建…. A place that a measure supports, encourages or guides to act is
an actor of the measure (the keys take it as a body of the document's jurisdiction); a place named
as the site of a project (推进萍乡市…先行区建设) is not, and the rule does not take it. A zone whose name opens with a
province or a city (重庆经开区, 自贡高新区, 青岛西海岸新区) is that place's, whatever the document's (``_zone_of``).

The words are data (``ontology/actor_cues.tsv``: place-doer-before, place-doer-after;
``ontology/place_cues.tsv``: place-doer-suffix, place-doer-not, place-doer-not-start). The rule needs both: a verb that
makes the place act before the list of places, and the act after it.

Cities and counties are also printed without their 市/县 (鼓励南京、无锡、常州先行先试, 鼓励赞皇、井陉、
平山、灵寿等重点生态功能区…): ``find_named_place_doers`` reads those lists when every item is a city or a
county of the document's own province (``ontology/cities.tsv``, ``counties.tsv``), so a common word
(平山 is a county of Hebei only) is never taken for a place elsewhere. Such a list is a list of doers
after a verb that makes it act and before the act (or 作为 of 选取…作为试点), or after a strong verb (鼓励,
支持) when it names two places or more. A place printed short is the place of its full name (南京 = 南京市).
A list that opens a clause (福州、厦门…等沿海城市实施倍量替代) names where a rule applies, not who acts: no doers.
A county whose short name is also a common word (合作, 公安, 资源: ``place_cues.tsv`` place-short-common) is
read short only in a list of two places or more (推动海口、三亚、东方开展…), never alone (鼓励合作开展…).

Places that share one government (彭州市、金堂县、大邑县政府, 青山区、蔡甸区、江夏区人民政府) name one
government each: ``find_shared_government`` gives the places before the last their own (彭州市政府); the
last is a local body of its own (kg/annotate/jurisdiction.py), or, named in full, its own government (鼓楼区政府). Level words (各省、自治区、直辖市人民政府) are
no places.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.base import listed
from kg.annotate.bodies import ident
from kg.annotate.places import Place, city_provinces, holding_city, levels, province_names, province_places

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
        for s, e, item in listed(m):
            if _NOT_PLACE.search(item) or _NOT_START.match(item):
                continue  # 工业园区, 示范区: a kind of zone, not a place that acts
            level = "city" if item.endswith(("市", "州", "盟")) else "county"
            own = own_place(jur, item)
            yield s, e, ident(own, level, item), own, level


def own_place(jur: Place, printed: str) -> Place:
    """The place a city or county named as a doer belongs to: the city that holds it (济南市 → 济南, 启东 → 南通),
    else the document's place (定州, run by its province, and names no table holds)."""
    city = holding_city(jur.province, printed)
    if city:
        return Place(jur.province, city)
    zone = _zone_of(printed)
    if zone is None or zone.province == jur.province and zone.city is None:
        return jur  # 四川天府新区 in a document of 成都: the document's own place is the nearer
    return zone


def _zone_of(printed: str) -> Place | None:
    """The province or city a named zone opens with (重庆经开区 → 重庆, 自贡高新区 → 自贡, review rv9f B): the zone
    is that place's, not the document's; None if the name opens with no province or prefecture-level city."""
    for k in range(len(printed) - 2, 1, -1):
        head = printed[:k]
        if head in province_names():
            return Place(province_names()[head], None)
        if head in city_provinces():
            province = city_provinces()[head]
            return Place(province, holding_city(province, head))
    return None


def _c(kind: str) -> str:
    return r"(?:" + cue("actor_cues.tsv", kind) + r")"


_ACT_AFTER = re.compile(r"(?:等" + _HAN + r"{0,8}?)?，?(?:" + _c("place-doer-as") + r"|" + _c("place-doer-after") + r")")
_BUILD = cue("actor_cues.tsv", "place-doer-build")  # 支持九江、鹰潭建设…: two or more places after a strong verb act
_STRONG = re.compile(_c("place-doer-strong") + r"$")
_CHOOSE = re.compile(_c("place-doer-choose") + r"$")
_MAKE = re.compile(_c("place-doer-make"))  # 推动北辰区、津南区、静海区打造…中心: two or more places after any verb of the list act
# counties whose short name is also a common word (合作, 公安, 资源): places only in a list of places
_COMMON_SHORT = frozenset(cue("place_cues.tsv", "place-short-common").split("|"))


@lru_cache(maxsize=None)
def _named_rx(province: str) -> re.Pattern | None:
    names = province_places(province)
    if not names:
        return None
    item = r"(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")"
    # the list ends where no Han character goes on the last name (南京江北新区 is no 南京), or at 等 or the act
    # or at a verb of building, which makes two or more places after a strong verb act (支持九江、鹰潭建设…)
    end = r"(?=等|[^\u4e00-\u9fff]|$|" + _c("place-doer-as") + "|" + _c("place-doer-after") + "|" + _BUILD + ")"
    listed = r"(?P<list>" + item + r"(?:、" + item + r")*)" + end
    return re.compile(r"(?P<verb>" + _c("place-doer-before") + "|" + _c("place-doer-choose") + r")(?:积极|率先)?" + listed)


def province_lists(place: Place | None, pattern):
    """(the compiled pattern of the province's places, its places, the document's jurisdiction) for a finder of lists
    of the document's own cities and counties; None where the document names no province or the pattern none."""
    if place is None or not place.province:
        return None
    rx = pattern(place.province)
    if rx is None:
        return None
    return rx, province_places(place.province), Place(place.province, place.city)


def find_named_place_doers(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each city or county of the document's province that a
    list names without its 市/县 (or with it) as the doers of a measure."""
    setup = province_lists(place, _named_rx)
    if setup is None:
        return
    after_verb, names, jur = setup
    found = []
    for m in after_verb.finditer(text):
        items, tail = m.group("list").split("、"), text[m.end("list"):m.end("list") + 24]
        if len(items) == 1 and items[0] in _COMMON_SHORT and names[items[0]][1] != items[0]:
            continue  # 鼓励合作开展…, 组织公安开展…: a common word, not 合作市 or 公安县 printed short
        acts = bool(_ACT_AFTER.match(tail))
        several = len(items) >= 2 and not _CHOOSE.search(m.group("verb"))
        if acts or several and (_STRONG.search(m.group("verb")) or _MAKE.match(tail)):
            found.append((m.start("list"), items))
    for pos, items in found:
        for item in items:
            s, e = pos, pos + len(item)
            pos = e + 1
            level, full = names[item]
            own = own_place(jur, full)
            yield s, e, ident(own, level, full), own, level


_SHARED = re.compile(r"(?P<list>" + _PLACE + r"(?:、" + _PLACE + r")+)(?P<gov>" + cue("actor_cues.tsv", "shared-government") + r")")


def find_shared_government(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each place but the last of a list before one 政府: the
    span is the printed place, the actor its government (彭州市 → 彭州市政府)."""
    home = place or Place(None, None)
    jur = Place(home.province, home.city)
    words = levels()
    for m in _SHARED.finditer(text):
        items = m.group("list").split("、")
        if any(it in words or it.startswith("各") or _NOT_PLACE.search(it) or _NOT_START.match(it) for it in items):
            continue  # 各省、自治区、直辖市人民政府: level words, a collective the lexicon names
        pos = m.start("list")
        for item in items[:-1]:
            s, e = pos, pos + len(item)
            pos = e + 1
            level = "city" if item.endswith(("市", "州", "盟")) else "county"
            yield s, e, ident(jur, level, item + m.group("gov")), jur, level
    yield from _named_governments(text, place)


@lru_cache(maxsize=None)
def _government_rx(province: str) -> re.Pattern | None:
    names = sorted({full for level, full in province_places(province).values() if len(full) >= 3}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?:" + cue("actor_cues.tsv", "shared-government") + r")")


def _named_governments(text: str, place: Place | None):
    """The government of a city or county of the document's province named in full (鼓楼区政府, 福清市政府,
    滨海新区人民政府): a body of the document's place at that level (names of two characters, 城区 or 郊区, are
    words too)."""
    rx = _government_rx(place.province) if place is not None and place.province else None
    if rx is None:
        return
    jur = Place(place.province, place.city)
    names = province_places(place.province)
    for m in rx.finditer(text):
        if m.group("name").endswith("城市") and re.match(_HAN, text[m.start() - 1:m.start()] or "a"):
            continue  # 以沿海城市政府为主体: 海城市 (Liaoning) read inside 沿海城市
        level = names[m.group("name")][0]
        yield m.start(), m.end(), ident(jur, level, m.group(0)), jur, level


_SUBJECT_OPEN = cue("actor_cues.tsv", "place-subject-open")
_SUBJECT_JOINER = _c("place-subject-joiner")
_SUBJECT_MODAL = _c("place-subject-modal")


@lru_cache(maxsize=None)
def _subject_rx(province: str) -> re.Pattern | None:
    names = sorted({full for level, full in province_places(province).values() if len(full) >= 3}, key=len, reverse=True)
    if not names:
        return None
    item = r"(?:" + "|".join(re.escape(n) for n in names) + r")"
    return re.compile(r"(?:" + _SUBJECT_OPEN + r")(?P<list>" + item + r"(?:" + _SUBJECT_JOINER + item + r")*)(?=" + _SUBJECT_MODAL + r")")


def find_subject_places(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each city or county of the document's province, printed in full, of
    a list opening a clause as the subject of a modal (滨海新区要加大…, 兴安盟、赤峰市…和巴彦淖尔市要制定…, 厦门市可参照
    执行…): places given an act stand for their authority (conventions 22, 34 of corpus/keys/README.md), each the
    city holding it (convention 6). A city document's own city (大同市要…: the document speaking of itself, as 我市)
    is none; so are names of plans and works (绍兴市应对气候变化规划, 彭山区应急能力建设: ``place-subject-modal``)."""
    setup = province_lists(place, _subject_rx)
    if setup is None:
        return
    rx, names, jur = setup
    own = f"{place.city}市" if place.city else None
    joiner = re.compile(_SUBJECT_JOINER)
    for m in rx.finditer(text):
        for at, item in _split_joined(m.group("list"), joiner, names):
            s, e = m.start("list") + at, m.start("list") + at + len(item)
            if item == own:
                continue
            level, full = names[item]
            here = own_place(jur, full)
            yield s, e, ident(here, level, full), here, level


def _split_joined(listed: str, joiner: re.Pattern, names: dict) -> list[tuple[int, str]]:
    """(offset, name) of the places of a list joined by 、, 和 or 及, each a name of ``names`` (a joiner character inside
    a name, 和林格尔县, stays in it): longest names first, from the left."""
    out, pos = [], 0
    by_len = sorted(names, key=len, reverse=True)
    while pos < len(listed):
        name = next((n for n in by_len if listed.startswith(n, pos)), None)
        if name is None:
            return out
        out.append((pos, name))
        pos += len(name)
        j = joiner.match(listed, pos)
        pos = j.end() if j else pos
    return out

"""Classes of parks, zones and cities given an act in the words a generic group is given one (issue 14, class 7; lane
pl; key conventions 30 and 31 of corpus/keys/README.md). ``actor_conventions.find_acting_classes`` reads a class whose
act opens with a verb of its short list (鼓励园区建设…, 组织国家高新区实施…); the genre gives parks and towns the acts it
gives firms: 推动具备条件的物流园区引入铁路专用线 (297), 推动各产业园区聚焦2—3个细分行业… (482), 鼓励有条件的开发区发展余热供暖
(60), 支持有条件的省级以上园区对标… (484), 具备污水集中处理条件的建制镇全面建立污水处理收费制度 (111, 240, 242: the national
template), 鼓励县城积极发展清洁热电联产… (360), 鼓励特大城市通过…加大留白增绿力度 (153), 大中型城市可按照…推进建设 (380).
Here such a class is an actor where ``acting.acts`` — the test convention 1 applies to 企业 — finds it given something to
do, and it neither only changes (推动园区绿色转型: convention 53, ``unacting.changes_only``) nor is consulted.

A candidate is a noun printed right after a clause's opening, a list's joiner, a 的 (有条件的开发区: convention 31 keeps
the class) or a pivot verb, ending with a park or city head (``convention_cues.tsv`` acting-park, acting-city) that no
longer word continues (``class-act-after-not``: 园区内企业, 园区的), with no preposition before it (在园区开展…: a site,
``acting-site``), opening with no verb (推进园区…), and named a class by ``actor_conventions.is_class`` (not 绿色园区,
国家卫生城市, a bare 城市, a count, 全省城市, a named zone 重庆经开区) once a place word opening it is set aside (鼓励市内工业园区、
重点行业以及大型企业制定…: 508, the row 市内工业园区 as printed, convention 62; ``class-act-place-word``). It is a collective of the document's place (convention
30); an actor read over the same words wins. Tiers of places printed as a class (指导地市遴选…: 199, 鼓励各省结合实际加强…: 509,
驻在地市强化相关财政保障: 509, 指导盟市在完成…前提下…: 66; ``class-act-level``) are read the same way: a class of places named as
the doer, kept as printed (conventions 22, 34; ``merge_place_governments`` gives it its 政府 form where printed); after a
qualifier of whichever are able (有条件的区县) none (convention 31). A class whose list goes on (鼓励大型建筑、工业园区、交通枢纽等…)
acts only where a pivot verb opens the list and the list ends before the members' act (``_list_acts``): a list of sites
(支持户用和工业园区、机场等屋顶…光伏), of objects or of statistics (城市、县城生活污水…) is none. A class opening its clause acts
only before a modal or an adverb (县城建设要…: the thing built). A class in a list 以…为…主体 (以产业基地、产业园区、特色园区为推进
主体; 以沿海地市为责任主体) is named the principal doer (``_principal``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, cue_words
from kg.annotate.acting import acts
from kg.annotate.actor_conventions import is_class
from kg.annotate.base import dictionary_tags, make
from kg.annotate.bodies import ident
from kg.annotate.places import Place, city_provinces, province_names
from kg.annotate.unacting import changes_only, consulted
from kg.annotate.word_tags import tagged

_CUES = "convention_cues.tsv"
_NOT_IN_NAME = frozenset(cue_words(_CUES, "class-act-name-tags"))


def _alt(kind: str) -> str:
    return "(?:" + "|".join(sorted(cue_words(_CUES, kind), key=len, reverse=True)) + ")"


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    head = "(?:" + _alt("acting-park")[3:-1] + "|" + _alt("acting-city")[3:-1] + "|" + _alt("class-act-level-head")[3:-1] + ")"
    return {
        "noun": re.compile("(?:(?P<open>" + cue(_CUES, "class-act-open") + ")|" + cue(_CUES, "class-act-anchor") + "|" + _alt("acting-pivot") + ")"
                           + r"(?P<name>(?:(?!" + cue(_CUES, "class-act-name-not") + r")[\u4e00-\u9fff]){0,8}?" + head
                           + r")(?!" + cue(_CUES, "class-act-after-not") + ")"),
        "site": re.compile(_alt("acting-site")),
        "adverb": re.compile(_alt("acting-adverb")),
        "place-word": re.compile(_alt("class-act-place-word")),
        "level": re.compile(cue(_CUES, "class-act-level")),
        "act-word": re.compile("(?:" + _alt("acting-verb") + "|" + _alt("acting-modal") + "|" + _alt("class-act-verb") + ")"),
        "nominal": re.compile("(?:" + _alt("acting-verb-nominal") + r"|[^\u4e00-\u9fff“《A-Za-z0-9])"),
        "state": re.compile(_alt("acting-modal-state")),
        "pivot-verb": re.compile(_alt("acting-pivot") + "(?:" + _alt("acting-verb") + "|" + _alt("class-act-verb") + ")"),
        "list-goes-on": re.compile(cue(_CUES, "class-act-list-on")),
        "principal": re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,12}?)*等?(?:" + cue(_CUES, "class-act-principal") + ")"),
        "principal-open": re.compile(r"以(?:[\u4e00-\u9fff]{1,12}?[、和及与])*$"),
        "alone": re.compile(cue(_CUES, "class-act-verb-alone")),
        "pivot-list": re.compile(_alt("acting-pivot") + r"[^，。；：！？\n]{0,40}$"),
        "qualified": re.compile(cue(_CUES, "class-act-level-qualified")),
        "subject-act": re.compile("等?(?:" + _alt("acting-modal") + "|" + _alt("acting-adverb") + ")"),
    }


@lru_cache(maxsize=None)
def _verbs() -> frozenset[str]:
    tags = dictionary_tags()
    return frozenset(tagged(tags, "v") + tagged(tags, "vn"))


def _holds_verb(text: str, s: int, e: int, cuts: frozenset[int]) -> bool:
    """Whether a word of the name at ``[s, e)`` (cut where jieba cuts) is one jieba tags a verb, a preposition, an
    adverb or a conjunction (科学编制新建产业园区, 全部完成省级园区, 重点产业向特色园区, 明确县城: an act and its object, no
    class), or the name opens with a province's or city's name (盐城市: a place, 重庆经开区: a named zone)."""
    tags, verbs = dictionary_tags(), _verbs()
    cut = sorted(c for c in cuts if s < c < e)
    words = [text[a:b] for a, b in zip([s, *cut], [*cut, e])]
    if any(w in verbs or tags.get(w, "") in _NOT_IN_NAME for w in words):
        return True
    return any(text[s:s + k] in _place_names() for k in range(2, e - s))


def _act_follows(text: str, e: int, cuts: frozenset[int]) -> bool:
    """Whether the class's own act opens right after it (after 等 and adverbs of ``acting-adverb``): a word of
    ``acting-verb``, ``acting-modal`` or ``class-act-verb`` (对标, 明确, 通过, 提升 …), never any word jieba tags a verb
    (循环化改造, 生活污水, 提档升级, 应急池: the nouns of a measure's object; a pool sample read so was right 20 of 45); or its list goes on (工业园区、交通枢纽等…, left to
    ``acting.acts``). Not a noun it qualifies (推动园区周边水系建立…, 城市和县城再生水利用率, 园区循环化改造)."""
    rx = _rx()
    pos = e + text.startswith("等", e)
    if pos == e and rx["list-goes-on"].match(text, e):
        return _list_acts(text, e, cuts)
    return _act_at(text, pos, cuts)


def _list_acts(text: str, e: int, cuts: frozenset[int]) -> bool:
    """Whether the list a class opens or goes on with (joined by 、, 和, 及 …) ends before the members' act: each member
    of at most three words, the list closed by the act or by 等 and at most one group word before it (鼓励大型建筑、
    工业园区、交通枢纽等…开展…). A list of sites (…工业园区、机场等屋顶太阳能光伏…) or a run of words with no joiner ends in no act."""
    rx, pos = _rx(), e
    for _ in range(8):
        j = rx["list-goes-on"].match(text, pos)
        if not j:
            return False
        pos = j.end()
        for _ in range(3):
            if not re.match(r"[\u4e00-\u9fff]", text[pos:pos + 1]) or rx["list-goes-on"].match(text, pos):
                break
            if text.startswith("等", pos):
                nxt = min((c for c in cuts if c > pos + 1), default=len(text))
                return _act_at(text, pos + 1, cuts) or _act_at(text, nxt, cuts)
            if _act_at(text, pos, cuts) and pos > j.end():
                return True
            pos = min((c for c in cuts if c > pos), default=len(text))
        if not rx["list-goes-on"].match(text, pos):
            return False
    return False


def _act_at(text: str, pos: int, cuts: frozenset[int]) -> bool:
    """Whether an act opens at ``pos`` (after adverbs): see ``_act_follows``."""
    rx = _rx()
    while adverb := rx["adverb"].match(text, pos):
        pos = adverb.end()
    verb = rx["act-word"].match(text, pos)
    if not verb or len(verb.group(0)) == 1 and verb.end() not in cuts:
        return False  # 推动园区循环化改造, 推动乡镇生活污水…: jieba's verbs open nouns a class owns; only the genre's act words
    nxt = verb.end()
    if rx["alone"].fullmatch(verb.group(0)):
        return True  # …、公共机构先行先试。: an act needing no object
    if rx["state"].match(text, nxt):
        return False  # 园区应已被纳入…名录: what the park is, no act
    return not rx["nominal"].match(text, nxt)  # 支持绿色低碳产业园建设与…完善, 推动园区建设。: the park is what is built


@lru_cache(maxsize=None)
def _place_names() -> frozenset[str]:
    return frozenset([*province_names(), *city_provinces()])


def _principal(text: str, opened: int, s: int, e: int) -> bool:
    """Whether the class stands in a list 以…为…主体 names the principal doers (以产业基地、产业园区、特色园区为推进主体: dev
    172; 以沿海地市为责任主体: 436): the list opens right after 以 and closes before 为…主体 (``class-act-principal``)."""
    rx = _rx()
    return bool(rx["principal-open"].search(text, opened + 1, s) and rx["principal"].match(text, e))


def find_class_acts(text: str, cuts: frozenset[int]):
    """(start, end, name) for each class of parks, zones or cities the text gives an act (see the module's doc)."""
    rx = _rx()
    pos = 0
    while m := rx["noun"].search(text, pos):
        pos = m.start("name") if m.start("name") > m.start() else m.start() + 1
        s, e, name = m.start("name"), m.end("name"), m.group("name")
        word = rx["place-word"].match(name)
        bare = name[word.end():] if word else name  # 市内工业园区: the place narrows the class (convention 62), as printed
        opened = max(text.rfind(c, 0, s) for c in "，。；：\n")
        if s in cuts and e in cuts and _principal(text, opened, s, e) and not _holds_verb(text, s, e, cuts) and (
                is_class(bare) or rx["level"].fullmatch(bare)):
            yield s, e, name
            continue
        if rx["act-word"].match(name) or rx["pivot-verb"].search(text, opened + 1, s):
            continue  # 支持利用开发区、产业园区…建设…: a verb after the pivot makes the list its object
        listed = rx["list-goes-on"].match(text, e) and not text.startswith("等", e)
        if listed and not rx["pivot-list"].search(text, opened + 1, s):
            continue  # a list going on after the class acts only where a pivot verb opens it (鼓励A、园区、B等开展…)
        level = rx["level"].fullmatch(bare)
        if level and rx["qualified"].search(text, max(0, s - 8), s):
            continue  # 鼓励有条件的区县…: whichever places are able, no row (convention 31)
        subject = rx["subject-act"].match(text, e)
        opening = m.group("open") is not None or (
            rx["list-goes-on"].fullmatch(text, m.start(), s) is not None and not rx["pivot-list"].search(text, opened + 1, s))
        if opening and not (subject and subject.end() in cuts):  # 城市、县城生活污水…: a list opening its clause likewise
            continue  # a noun opening its clause acts as its subject only before a modal or an adverb (园区要…, 园区全面实施…)
        if s not in cuts or e not in cuts or rx["site"].match(name) or _holds_verb(text, s, e, cuts) or not (
                is_class(bare) or level):
            continue
        if acts(text, s, e, cuts) and _act_follows(text, e, cuts) and not changes_only(text, e) and not consulted(text, s, e):
            yield s, e, name


def add_class_acts(text: str, actors: list, place: Place | None, cuts: frozenset[int], outside: list) -> list:
    """``actors`` with a collective of the document's jurisdiction for each class ``find_class_acts`` reads that no
    actor already covers and no span of ``outside`` (front matter, titles: (start, end)) holds (rule actor-class-act)."""
    home = place or Place(None, None)
    jurisdiction = home.jurisdiction or (None if place else "national")
    added = [make("actor", s, e, "actor-class-act", actor=ident(home, "all", name), jurisdiction=jurisdiction, level="all")
             for s, e, name in find_class_acts(text, cuts)
             if not any(a.start < e and s < a.end for a in actors) and not any(os <= s < oe for os, oe in outside)]
    return sorted([*actors, *added], key=lambda a: (a.start, a.end))

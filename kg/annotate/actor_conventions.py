"""Actors as the key conventions 22, 26, 28, 30 and 31 of corpus/keys/README.md read them:

- 30: a class of parks or zones, or of cities, given an act of its own (鼓励园区建设绿色微电网, 组织国家高新区实施…,
  推动工业企业、工业园区加强…, 省会城市、计划单列市…开展颗粒物组分监测) stands for its administration: a collective of
  the document's jurisdiction, one per class as printed (``find_acting_classes``). A park as a site (在园区开展…), inside
  a longer noun (园区内企业), as the thing built (推动绿色园区建设，) or only changing (支持工业园区绿色发展) is none.
  A member is a noun phrase: one holding a verb, an adverb, a count or a scope (巩固并提升国家节水型城市, 指城市, 选择约60个
  城市, 全省城市), a title of honour (国家卫生城市) or opening with a place's name (重庆经开区: a named zone, which
  doers.py gives its own place) is none, and a list whose first member opens with such a verb is its object;
- 31: 有条件的X, 具备条件的X, 符合条件的X in such a list is X (鼓励有条件的园区实施… → 园区);
- 28: a bare 中央 as the authority whose decisions the text implements (贯彻落实中央决策部署, 中央和省委、省政府关于…,
  中央交办的任务) is 党中央 (``find_central_authority``); 中央 as a level, a fund's source or inside a name is none;
- 26: a group word closing a …等 list (发挥街道、社区等基层组织作用, 吸引各类专业机构等社会力量投资…) a class of its own
  where a verb before the list makes it act (``find_list_heads``); a bare classifier (等部门) is none, as before;
- 22: a class of places named as the doer (各区要…) and its government (各区政府) are one actor, under the
  government's id (``merge_place_governments``).

The words are data: ``ontology/convention_cues.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, cue_words
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.annotate.places import Place, city_provinces, province_names
from kg.lexicon import read_tsv

_CUES = "convention_cues.tsv"
_LONGEST_ITEM = 14
_ITEM_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.]")


def _alt(kind: str) -> str:
    return "(?:" + "|".join(sorted(cue_words(_CUES, kind), key=len, reverse=True)) + ")"


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    return {
        "pivot": re.compile(_alt("acting-pivot")),
        "adverb": re.compile(_alt("acting-adverb")),
        "qualifier": re.compile(_alt("acting-qualifier")),
        "state": re.compile(_alt("acting-modal-state")),
        "zone-head": re.compile("(?:" + cue("actor_cues.tsv", "zone-head") + ")$"),
        "join": re.compile(cue(_CUES, "acting-join")),  # 及 but not 地级及以上城市
        "verb": re.compile(_alt("acting-verb") + r"(?!" + _alt("acting-verb-nominal") + r")(?=[\u4e00-\u9fff“A-Za-z0-9]{2})"),  # 建设绿色微电网, not 园区建设，
        "modal": re.compile(_alt("acting-modal") + r"(?=[\u4e00-\u9fff“])"),
        "park": re.compile(_alt("acting-park") + "$"),
        "city": re.compile(_alt("acting-city") + "$"),
        "not": re.compile(_alt("acting-not")),
        "site": re.compile(_alt("acting-site")),
        "breaks": re.compile(_alt("acting-list-breaks")),
        "bare": re.compile(_alt("acting-bare") + "$"),
        "opens-not": re.compile(_alt("acting-opens-not")),
        "built": re.compile(_alt("acting-built") + "$"),
        "opens": re.compile(r"(?:^|(?<=[。；，：\n]))\s*"),
        "member-verb": re.compile(_alt("acting-member-verb")),
        "member-opens": re.compile(_alt("acting-member-opens")),
        "count": re.compile(cue(_CUES, "acting-count")),
        "scope": re.compile(_alt("acting-scope")),
        "honour": re.compile(_alt("acting-honour") + "$"),
        # a class's head (a park or city word) wholly inside the run of member characters and joins from a place: every
        # list of doers stays in such a run, and a member that is a class ends with such a head (``_is_class``)
        "has-head": re.compile(r"[\u4e00-\u9fffA-Za-z0-9.、]*?(?:" + _alt("acting-park") + "|" + _alt("acting-city") + ")"),
    }


@lru_cache(maxsize=None)
def _place_names() -> frozenset[str]:
    """Provinces, prefecture-level cities and counties as printed (重庆, 自贡, 鞍山市, 平昌, 丹棱县): a member opening
    with one names a zone of that place (重庆经开区, 自贡高新区), no class."""
    names = set(province_names()) | set(city_provinces())
    for r in read_tsv("counties.tsv"):
        names.update(n for n in (r["name"], r["short"]) if len(n or "") >= 2)
    return frozenset(names)


def _named(name: str) -> bool:
    """Whether a member opens with a place's name (重庆经开区, 上海嘉定工业园区, 潍坊4个国家低碳试点城市)."""
    return any(name[:k] in _place_names() for k in range(2, len(name) - 1))


def _not_a_noun(name: str) -> bool:
    """Whether a member holds a verb, a count or a scope (巩固并提升国家节水型城市, 指城市, 选择约60个城市, 全省城市)."""
    rx = _rx()
    return bool(rx["member-verb"].search(name) or rx["member-opens"].match(name) or rx["count"].search(name)
                or rx["scope"].search(name))


def _acts(text: str, pos: int, cuts: frozenset[int], after_pivot: bool) -> bool:
    """Whether an act opens at ``pos``: a verb of ``acting-verb`` (after adverbs of ``acting-adverb``), or (a clause's own
    subject) a modal word of its own (not 应急)."""
    rx = _rx()
    act = pos
    while adverb := rx["adverb"].match(text, act):  # 园区全部实施…, 园区因地制宜分批开展…: adverbs before the act
        act = adverb.end()
    if rx["verb"].match(text, act):
        return True
    m = None if after_pivot else rx["modal"].match(text, pos)
    return m is not None and m.end() in cuts


def _doers(text: str, pos: int, cuts: frozenset[int], after_pivot: bool):
    """The members of a list of doers opening at ``pos`` (start, end, name), if the list ends before an act (a verb
    of ``acting-verb``, or after a clause opening a modal); none if it ends anywhere else."""
    rx, items, start = _rx(), [], pos
    if rx["site"].match(text, pos):
        return []  # 在超大、特大城市开展…: a site
    while len(items) < 8:
        q = rx["qualifier"].match(text, start)
        s = q.end() if q else start
        for end in range(s + 1, min(len(text), s + _LONGEST_ITEM) + 1):
            if not _ITEM_CHAR.match(text, end - 1) or rx["breaks"].match(text, end - 1):
                return []  # punctuation, or 的: a description
            if end not in cuts:
                continue
            if _acts(text, end, cuts, after_pivot) or text.startswith("等", end) and _acts(text, end + 1, cuts, after_pivot):
                return [*items, (s, end)]
            j = rx["join"].match(text, end)
            if j:
                items.append((s, end))
                start = j.end()
                break
        else:
            return []
    return []


def _is_class(name: str) -> bool:
    """Whether a member of a list names a class of parks, zones or cities (not 园区内企业, a bare 城市, 海绵城市, nor
    地区加快国家环境保护模范城市: a verb inside the member)."""
    rx = _rx()
    if rx["not"].search(name) or rx["bare"].match(name) or rx["built"].search(name) or rx["honour"].search(name):
        return False
    if rx["opens-not"].search(name) or _not_a_noun(name) or _named(name):
        return False
    return bool(rx["park"].search(name) or rx["city"].search(name))


def is_class(name: str) -> bool:
    """Whether a printed noun names a class of parks, zones or cities (convention 30; ``_is_class``): for the finders
    that read such a class's act another way (kg/annotate/class_acts.py)."""
    return _is_class(name)


def _park_acts(text: str, doers: list, cuts: frozenset[int]) -> bool:
    """Whether a class of parks opening its clause is its subject: the list closes before a modal word of its own
    (各开发区要…, 各区县、开发区要…, 国家高新区要积极…), not before 已/被 (园区应已被纳入…名录: what the park is), nor
    a list closed by 管委会 (高新区、循环化工园区管委会要…: the zones' administrations, kg/annotate/zone_heads.py)."""
    rx, end = _rx(), doers[-1][1]
    if rx["zone-head"].search(text, 0, end):
        return False
    end += text.startswith("等", end)
    m = rx["modal"].match(text, end)
    return bool(m and m.end() in cuts and not rx["state"].match(text, m.end()))


def find_acting_classes(text: str, place: Place | None, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for each class of parks, zones or cities given an act of its own (convention 30)."""
    rx, home, seen = _rx(), place or Place(None, None), set()
    anchors = [(m.end(), True) for m in rx["pivot"].finditer(text)] + [(m.end(), False) for m in rx["opens"].finditer(text)]
    for pos, after_pivot in sorted(set(anchors)):
        if not rx["has-head"].match(text, pos):
            continue  # no park or city word before the run's end: no member can be a class (most clauses)
        doers = list(_doers(text, pos, cuts, after_pivot))
        if doers and any(rx[k].match(text, doers[0][0]) for k in ("opens-not", "pivot", "member-verb", "member-opens")):
            continue  # 加大低碳城市…建设力度, 组织示范城市开展…, 巩固湘潭国家森林城市、国家卫生城市…: a verb opens the list, its object
        verb = doers and rx["verb"].match(text, doers[0][0])
        if verb and not (_is_class(text[doers[0][0]:doers[0][1]]) and rx["bare"].match(text, verb.end(), doers[0][1])):
            continue  # 探索建立与周边城市…, 支持利用开发区、产业园区…: a verb opens the list (创建城市应…, a class named by its act, stays)
        for s, e in doers:
            name = text[s:e]
            if rx["member-verb"].search(name):
                break  # 引导构件生产企业面向海口、三亚等…城市、重点发展城市开展…: the members after the verb are its objects
            if (s, e) in seen or not _is_class(name):
                continue  # 园区内企业, 宁德等沿海城市, a bare 城市, 海绵城市
            if not after_pivot and not rx["city"].search(name) and not _park_acts(text, doers, cuts):
                continue  # 园区建设要…: a park opening its clause is mostly the thing built, unless a modal follows; a city class acts
            seen.add((s, e))
            yield s, e, ident(home, "all", name), home, "all"


def find_list_heads(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for the group word closing a …等 list its clause makes act (convention 26):
    基层组织 a collective of the document's jurisdiction, 社会力量 a group of none."""
    home = place or Place(None, None)
    acts = re.compile(_alt("list-head-acts"))
    for kind, level in (("list-head-collective", "all"), ("list-head-group", "any")):
        for m in re.finditer("(?<=等)" + _alt("list-head-open") + "?" + _alt(kind), text):
            opened = max(text.rfind(c, 0, m.start()) for c in "。；，：\n")
            verb = acts.search(text, opened + 1, m.start())
            if not verb:
                continue  # 加强…等基层组织建设: no verb makes the list act
            if level == "all":
                yield m.start(), m.end(), ident(home, "all", m.group(0)), home, "all"
                yield from _grassroots_members(text, verb.end(), m.start() - 1, home)
            else:
                yield m.start(), m.end(), ident(None, "any", m.group(0)), Place(None, None), "any"


_MEMBER = re.compile(_alt("list-head-member"))
_MEMBER_JOINER = re.compile(_alt("list-head-member-joiner"))


def _grassroots_members(text: str, start: int, end: int, home: Place):
    """The members of a list of grassroots bodies closed by 等基层组织 (发挥街道、社区等基层组织作用; 行业协会、街道和社区等…):
    each one of the state's grassroots tiers (``list-head-member``: 街道, 社区, 乡镇, 村) a collective of the document's
    jurisdiction beside the head (convention 26); other members are left to the other finders."""
    pos = start
    while pos < end:
        j = _MEMBER_JOINER.search(text, pos, end)
        stop = j.start() if j else end
        if _MEMBER.fullmatch(text, pos, stop):
            yield pos, stop, ident(home, "all", text[pos:stop]), home, "all"
        pos = j.end() if j else end


@lru_cache(maxsize=None)
def _central_rx() -> re.Pattern:
    behind = "|".join(f"(?<={w})" for w in cue_words(_CUES, "central-implements"))
    return re.compile(f"(?:{behind}){_alt('central-word')}|{_alt('central-word')}(?={_alt('central-assigns')})")


def _central_matches(text: str):
    """``_central_rx().finditer(text)``'s matches, the pattern tried only where a central word opens (its every match
    does; its lookbehinds, tried at every character of the text, cost more than the search for the word)."""
    rx, end = _central_rx(), 0
    for opens in re.finditer("(?=" + _alt("central-word") + ")", text):
        if opens.start() >= end and (m := rx.match(text, opens.start())):
            end = m.end()
            yield m


def find_central_authority(text: str, cuts: frozenset[int]):
    """(start, end, "party_central") for a bare 中央 the text implements the decisions of (convention 28)."""
    decision, refused = re.compile(_alt("central-decision")), re.compile(_alt("central-not"))
    for m in _central_matches(text):
        if m.start() not in cuts:
            continue
        clause = re.split(r"[，。；：\n]", text[m.end():m.end() + 24], maxsplit=1)[0]
        hit = decision.search(clause)
        if hit and not refused.search(clause[:hit.start()]) and not refused.match(clause):
            yield m.start(), m.end(), "party_central"


def _department(actor: str) -> bool:
    """Whether an actor id names a place's body of a function (yunnan.city.eco_committee: 州（市） in 省、州（市）、县（市、区）
    三级生态环境保护委员会), which convention 22 keeps apart from the place's government."""
    parts = actor.split(".")
    return len(parts) == 3 and parts[2] != "gov" and not parts[2].startswith("n-")


def merge_place_governments(text: str, out: list, place: Place | None) -> list:
    """A class of places named as the doer (各区, 各县区, 各地级市) takes the id of its government where the text prints
    the same words with 政府 or 人民政府 after them as an actor (各区政府, 县区政府, 各地级市人民政府): one actor, as
    convention 22 keys it. A class whose government the text never names so stays as it is (各县（区） beside
    县级人民政府); only a local government joins (地方政府, an actors.tsv alias of 地方各级人民政府, which the
    convention keeps apart from 地方, does not)."""
    suffixes = cue_words(_CUES, "place-government")
    governments: dict[str, str] = {}
    for b in out:
        surface = text[b.start:b.end]
        for suffix in suffixes:
            if surface.endswith(suffix) and len(surface) > len(suffix) + 1 and (b.get("actor") or "").endswith(".gov"):
                governments.setdefault(surface[:-len(suffix)], b.get("actor"))
                break
    merged = []
    for a in out:
        bare = text[a.start:a.end]
        gov = governments.get(bare) or (governments.get(bare[1:]) if bare.startswith("各") else None)
        if gov and gov != a.get("actor") and not bare.endswith(suffixes) and not _department(a.get("actor") or ""):
            a = make(a.layer, a.start, a.end, a.rule, **{**dict(a.value), "actor": gov})
        merged.append(a)
    return merged

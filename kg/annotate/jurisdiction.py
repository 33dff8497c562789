"""Where a document and its local bodies belong: the province or city of the document (from its
title, else the province its text names most), and local bodies (省发展改革委, 市生态环境局,
各市（州）人民政府, 省直有关部门, 县级以上人民政府) with their jurisdiction.

Language is data: provinces in ``ontology/places.tsv``, body stems in ``ontology/local_bodies.tsv``,
level words in ``ontology/local_levels.tsv``. A local actor's id holds its jurisdiction
(``jiangsu.province.drc``), so the commission of one province is not that of another.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, cue_words, read_tsv
from kg.annotate.base import split_aliases
from kg.annotate.bodies import forms, generic_row, ident as generic_ident
from kg.annotate import doc_place
from kg.annotate.places import MUNICIPALITIES, Place, city_provinces, ends_county_name, levels, place_key, province_names, provinces  # noqa: F401 (place_key: still importable from here)

_HAN = r"[\u4e00-\u9fff]"
# 我省, 全市: a local document speaks of its own place (ontology/actor_cues.tsv)
_HOME = doc_place.HOME
# 各市, 各县（市、区）: the bodies of one level of a place in an actor's label (ontology/place_cues.tsv)
# 关于印发…的通知: a covering notice (ontology/place_cues.tsv)
_PARTY = re.compile(r"^(?:" + cue("place_cues.tsv", "party") + r")")  # 中共吉林省委…: the place follows
_ISSUING = re.compile(r"\s*关于(?:" + cue("place_cues.tsv", "issue-verb") + r")\s*《?")
_ABOUT = re.compile(r"^(?:" + cue("place_cues.tsv", "about") + r")")
_TITLE_YEAR = re.compile(r"(?:19|20)\d\d年度?")
_JOINED, _LEVEL_JOINED, _CITY_WORD, _TIER_WORD = ("".join(cue_words("actor_cues.tsv", k)) for k in ("body-after-joiner", "level-after-joiner", "city-word-before", "tier-word-before"))  # 和、及与由请会同; 城市
EACH_LABEL = {level: cue("place_cues.tsv", f"each-{level}") for level in ("province", "city", "county", "all")}


def document_place(doc) -> Place | None:
    """The document's province or city: from its title (江苏省…, 天水市…), else from its issuers or
    signatories (四川省经济和信息化厅 under a title that names no place), else the province its text
    names most often (at least twice, and more than any other)."""
    cached = doc.__dict__.get("_place")
    if cached is not None:
        return cached[0]
    head = [ln for ln in doc.text[:400].split("\n") if ln.strip()][:3]
    place = None
    issuers = [*(doc.meta.get("issuers") or []), *(doc.meta.get("signatories") or [])]
    for line in [doc.meta.get("title") or ""] + head + issuers:
        place = _place_of_title(line)
        if place is None:
            # 关于印发上海市2022年…重点工作安排的通知: the place of the document it issues
            m = _ISSUING.match(line)
            place = _place_of_title(line[m.end():]) if m else None
        if place is None:
            # 关于组织申报2022年苏州市科技发展计划…的通知: a place right after the year the title names
            y = _TITLE_YEAR.search(re.sub(r"\s+", "", line))
            place = _place_of_title(re.sub(r"\s+", "", line)[y.end():]) if y else None
        if place is not None:
            break
    if place is None and not (central := doc_place.is_central(doc)):  # a central document: no place
        place = doc_place.city_opening(doc.meta.get("title") or "")  # 南京江北新区…, 2022年度徐州…
    if place is not None and place.province is None:
        # a city document: its province from the gazetteer (石家庄 → 河北), else from the text
        prov = city_provinces().get(place.city or "")
        if prov is None:
            named = _place_of_text(doc.text, need_home=False)
            prov = named.province if named else None
        place = Place(prov, place.city)
    if place is None and not central:  # the text's province, city, 发文字号 or domain (kg/annotate/doc_place.py)
        named = _place_of_text(doc.text, need_home=False)
        place = (_place_of_text(doc.text) or doc_place.city_of_text(doc.text) if doc_place.is_local(doc) else None) \
            or doc_place.number_province(doc.meta.get("doc_number") or "", named.province if named else None) \
            or doc_place.domain_province(doc.text)
    doc.__dict__["_place"] = (place,)
    return place


def _place_of_title(title: str) -> Place | None:
    title = re.sub(r"\s+", "", title)
    title = _PARTY.sub("", title)
    title = _ABOUT.sub("", title)  # 关于江苏省“十四五”…的实施意见
    names = province_names()
    prov = None
    for name in sorted(names, key=len, reverse=True):
        if title.startswith(name):
            prov, title = names[name], title[len(name):]
            break
    m = re.match(r"(" + _HAN + r"{2,4}?)(市|州|盟)(?!场|县|区|级|政府)", title)
    city = None
    if m and m.group(1) not in names and doc_place.known_city(m.group(1)):  # 巴中, not 发布上海 or 为做好我
        city = m.group(1)
    if prov is None and city is None:
        return None
    if prov in MUNICIPALITIES:
        city = None
    return Place(prov, city)


def _place_of_text(text: str, need_home: bool = True) -> Place | None:
    counts: dict[str, int] = {}
    for name, ident in province_names().items():
        n = text.count(name)
        if n and len(name) >= 2:
            counts[ident] = counts.get(ident, 0) + n
    if not counts or need_home and not _HOME.search(text):
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked[0][1] < (2 if need_home else 1) or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return Place(ranked[0][0], None)


# ------------------------------------------------------------------ local bodies


@lru_cache(maxsize=None)
def stems() -> dict[str, str]:
    """Printed stem → body id. A stem X部门 is also printed X主管部门 (经济和信息化部门, 经济和信息化主管部门)."""
    out = {}
    for row in read_tsv("local_bodies.tsv"):
        for s in [row["label_zh"]] + split_aliases(row["stems"]):
            out.setdefault(s, row["id"])
    for s, body in list(out.items()):
        if s.endswith("部门") and not s.endswith("主管部门") and len(s) > 3:
            out.setdefault(s[:-2] + "主管部门", body)
    return out


@lru_cache(maxsize=None)
def bodies() -> dict[str, dict]:
    return {r["id"]: r for r in read_tsv("local_bodies.tsv")}


@lru_cache(maxsize=None)
def local_rx() -> re.Pattern:
    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return re.compile(
        r"(?P<each>各)?(?P<place>" + alt(province_names()) + r")?(?P<level>" + alt(levels()) + r")?"
        r"(?P<stem>" + alt(stems()) + r")"
    )


@lru_cache(maxsize=None)
def _stem_rx() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(stems(), key=len, reverse=True)))


def _local_matches(text: str):
    """local_rx's matches, found stem first (a scan with optional prefixes at every position is slow)."""
    rx, end = local_rx(), 0
    for sm in _stem_rx().finditer(text):
        if sm.start() < end:
            continue
        for pos in range(max(end, sm.start() - 16), sm.start() + 1):
            m = rx.match(text, pos)
            if m and m.end() >= sm.end():
                yield m
                end = m.end()
                break


# 配合发展改革部门, 协调金融部门: a verb glued before a bare stem (ontology/actor_cues.tsv bare-stem-after)
_BARE_AFTER = re.compile(r"(?:" + cue("actor_cues.tsv", "bare-stem-after") + r")$")
_NEVER_BARE = set(forms()["never-bare"])  # ontology/body_forms.tsv
_WEAK_STEMS = set(forms().get("weak-stem", ()))
_WEAK_NEXT = re.compile(cue("actor_cues.tsv", "weak-stem-next"))


# 人行南京分行, 人民银行济南分行, 人行石家庄中心支行: the central bank's branch in the province
_PBC = re.compile(r"(?:" + cue("actor_cues.tsv", "bank") + r")(?P<city>" + _HAN + r"{2,3}?)(?:" + cue("actor_cues.tsv", "bank-office") + r")")
# 银保监会江苏监管局: a regulator's office named after its province
_REGULATOR_OFFICE = re.compile(r"(?:" + cue("actor_cues.tsv", "regulator") + r")(?P<place>" + _HAN + r"{2,3}?)(?:"
                               + cue("actor_cues.tsv", "regulator-office") + r")")

# 厦门银保监局, 深圳证监局, 民航福建监管局: central regulators' offices named after a city or province
_CITY_OFFICE = re.compile(r"(?<![\u4e00-\u9fff])(?P<place>" + _HAN + r"{2,3}?)(?:" + cue("actor_cues.tsv", "city-branch-office") + r")")
_PLACE_NAMED_OFFICES = tuple(cue("actor_cues.tsv", "city-branch-office-checked").split("|"))
_AVIATION_OFFICE = re.compile(r"(?:" + cue("actor_cues.tsv", "aviation") + r")(?P<place>" + _HAN + r"{2,3}?)(?:"
                              + cue("actor_cues.tsv", "regulator-office") + r")")

# 统计(主管)部门; …、国资等相关部门: the words around the domains of departments (ontology/actor_cues.tsv)
_DEPARTMENT_STEM = re.compile(r"(.{2,8}?)(?:" + cue("actor_cues.tsv", "department-qualifier") + r")?部门")
_DEPARTMENTS_TAIL = r"(?:等)?(?:" + cue("actor_cues.tsv", "etc-qualifier") + r")?(?:主管)?部门"
_DEPARTMENTS_END = re.compile(_DEPARTMENTS_TAIL + "$")


@lru_cache(maxsize=None)
def department_domains() -> dict[str, str]:
    """统计 → statistics_departments: the domain words of the X部门 bodies, for compressed lists."""
    out = {}
    for stem, body in stems().items():
        m = _DEPARTMENT_STEM.fullmatch(stem)
        if m and body.endswith("_departments"):
            out.setdefault(m.group(1), body)
    return out


@lru_cache(maxsize=None)
def _compressed_rx() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(department_domains(), key=len, reverse=True))
    # the first item a known domain; later ones may be any short word (…、国资、市场监管等部门)
    other = r"(?:" + words + r"|" + _HAN + r"{2,8}?)"
    return re.compile(r"(?:(?:" + words + r")、)(?:" + other + r"、)*" + other + _DEPARTMENTS_TAIL)


def find_compressed(text: str, place: Place | None):
    """统计、金融、财政、发展改革等相关部门: one body per domain of the list."""
    home = place or Place(None, None)
    level = "city" if (home.city or home.province in MUNICIPALITIES) else "province"
    domains = department_domains()
    for m in _compressed_rx().finditer(text):
        # unknown items only where the list is the subject (…、国资、市场监管等部门要…), not the
        # partners after 会同, which read as one collective (有关部门)
        body = _DEPARTMENTS_END.sub("", m.group(0))
        pos = m.start()
        after_with = re.search(r"会同\s*$", text[max(0, m.start() - 3):m.start()])
        if after_with and not all(x in domains for x in body.split("、")):
            continue
        for item in body.split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            if item in domains:
                yield s, e, f"{home.key}.{level}.{domains[item]}", home, level
            elif re.fullmatch(_HAN + "{2,8}", item) and "等" not in item and sum(1 for x in body.split("、") if x in domains) >= 2:
                yield s, e, generic_ident(home, level, item + "部门"), home, level  # 国资 → 国资部门


_NOT_IN_NAME = "".join(w for w in cue("actor_cues.tsv", "not-in-name").split("|"))
# read when the module is imported, as every tagger reads its cues (tests/test_cues.py checks them then); the
# patterns that also need the body lexicons are made when first needed
_TIER, _TIER_HEADS = cue("actor_cues.tsv", "tier"), tuple(cue("actor_cues.tsv", "tier-head").split("|"))
_SUPERIOR, _SUPERIOR_HEADS = cue("actor_cues.tsv", "superior"), cue("actor_cues.tsv", "superior-head").split("|")


@lru_cache(maxsize=None)
def _tiers_rx() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted((w for w in levels() if levels()[w] != "all" and not w.startswith(("全", "各"))), key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in sorted(forms()["suffix"] + _TIER_HEADS, key=len, reverse=True))
    return re.compile(r"(?<![" + _TIER_WORD + r"])(?P<levels>(?:" + words + r")(?:、(?:" + words + r"))+)(?:" + _TIER
                      + r")(?P<stem>[^\W\d_a-zA-Z" + _NOT_IN_NAME + r"]{0,12}?(?:" + heads + r"))")


def find_tiers(text: str, place: Place | None):
    """市、区两级生态文明建设委员会, 省、市、县三级生态环境部门: one body per level the list names, each
    of the document's place at that level; the span of each but the last is its level word."""
    words = sorted(levels(), key=len, reverse=True)
    home = place or Place(None, None)
    for m in _tiers_rx().finditer(text):
        stem, pos = m.group("stem"), m.start("levels")
        printed = m.group("levels").split("、")
        for i, lw in enumerate(printed):
            s, pos = pos, pos + len(lw) + 1
            level = levels().get(lw) if lw in words else None
            if level is None:
                continue
            jur = Place(home.province, None) if level == "province" and home.city else home
            if jur.province in MUNICIPALITIES and level == "province":
                level = "city"
            e = m.end() if i == len(printed) - 1 else s + len(lw)
            body = stems().get(stem)
            yield s, e, (f"{jur.key}.{level}.{body}" if body else generic_ident(jur, level, lw + stem)), jur, level


@lru_cache(maxsize=None)
def _superior_rx() -> re.Pattern:
    words = sorted([*stems(), *_SUPERIOR_HEADS], key=len, reverse=True)
    return re.compile(r"(?:" + _SUPERIOR + r")(?:人民政府)?(?:" + "|".join(re.escape(w) for w in words) + r")")


def find_superior(text: str, place: Place | None):
    """上级生态环境主管部门, 上级主管部门, 上一级人民政府生态环境主管部门: the body one level up, whichever it is,
    one collective: a city document's is its province's (381's key), a provincial one's its own, a central one's the nation's."""
    home = Place(place.province, None) if place is not None else Place(None, None)
    for m in _superior_rx().finditer(text):
        weak = m.group(0).endswith(tuple(_WEAK_STEMS) + ("政府",))
        if weak and re.match(_HAN, text[m.end():m.end() + 1]) and not _WEAK_NEXT.match(text, m.end()):
            continue  # 争取上级财政资金, 受上级政府资金…限制: the funds of the level above, no body
        yield m.start(), m.end(), generic_ident(home, "all", m.group(0)), home, "all"
    own = place or Place(None, None)  # 国务院生态环境主管部门, 县级以上地方人民政府环境卫生主管部门: one collective
    for m in _GOVERNMENT_DEPARTMENT.finditer(text):
        yield m.start(), m.end(), generic_ident(own, "all", m.group(0)), own, "all"


_GOVERNMENT_DEPARTMENT = re.compile(cue("actor_cues.tsv", "government-department"))


def find_local(text: str, place: Place | None):
    """Local bodies in ``text``: (start, end, actor id, jurisdiction key, level)."""
    yield from find_superior(text, place)
    yield from find_tiers(text, place)
    yield from find_compressed(text, place)
    home = Place(place.province, None) if place else Place(None, None)
    # a central body's branch acting in the document's territory is the document's: a province's in a
    # provincial document (人行杭州中心支行: 205), a city's in a city's (人行上饶市中心支行, 上饶银保监分局: 355)
    own = Place(place.province, place.city) if place else home
    own_level = "city" if own.city else "province"
    for m in _PBC.finditer(text):
        yield m.start(), m.end(), f"{own.key}.{own_level}.pbc_branch", own, own_level
    for m in _REGULATOR_OFFICE.finditer(text):
        prov = province_names().get(m.group("place"))
        jur = Place(prov, None) if prov else home
        yield m.start(), m.end(), f"{jur.key}.province.banking_regulator", jur, "province"
    for rx in (_CITY_OFFICE, _AVIATION_OFFICE):
        for m in rx.finditer(text):
            prov = province_names().get(m.group("place"))
            if prov and rx is _CITY_OFFICE:
                continue  # 福建银保监局: local_bodies.tsv's, found below
            if rx is _CITY_OFFICE and m.group(0).endswith(_PLACE_NAMED_OFFICES) and m.group("place") not in city_provinces():
                continue  # 三亚海事局 names a city; 园门海警局 (a scan's noise) none
            jur, level = (Place(prov, None), "province") if prov else (own, own_level if rx is _CITY_OFFICE else "city")
            yield m.start(), m.end(), generic_ident(jur, level, m.group(0)), jur, level
    head = None  # (end, prefix, jur, level) of the body a list opens with its level (省能源局、科技厅: the province's)
    for m in _local_matches(text):
        stem = m.group("stem")
        level_word = m.group("level") or ""
        bare = not m.group("place") and not level_word
        if bare and (place is None or stem in _NEVER_BARE or m.group("each")):
            continue  # 能源局 alone is a local body only in a local document; 政府 alone never
        if bare and head is not None and text[head[0]:m.start()] == "、":
            _, prefix, jur, level = head  # 市发展改革委、生态环境局: the level printed once for the list
            yield m.start(), m.end(), f"{jur.key}.{level}.{stems()[stem]}", jur, level
            end = yield from _list_heirs(text, m.end(), prefix, jur, level)
            head = (end, prefix, jur, level)
            continue
        if bare and m.start() > 0 and re.match(_HAN, text[m.start() - 1]) and text[m.start() - 1] not in _JOINED and not _BARE_AFTER.search(text, max(0, m.start() - 4), m.start()):
            continue  # the stem ends another word (国家能源局 is the lexicon's; 该统计部门 …); 配合发展改革部门 names it
        if bare:
            level = "city" if (place.city or place.province in MUNICIPALITIES) else "province"
        else:
            level = levels().get(level_word) or ("city" if m.group("place") and province_names()[m.group("place")] in MUNICIPALITIES else "province")
        if level_word in ("区", "县") and m.start("level") > 0 and re.match(_HAN, text[m.start("level") - 1]) and not m.group("place") and not m.group("each") \
                and (text[m.start("level") - 1] not in _LEVEL_JOINED and text[m.start("level") - 2:m.start("level")] not in ("有关", "相关") or ends_county_name(text, m.end("level"))):
            continue  # 地区政府, 城区…: the level word ends another word (与区总工会, 和区发展改革委, 相关区人民政府: a joiner or 有关 before it; 政和县: a county)
        if level_word == "市" and m.start("level") > 0 and text[m.start("level") - 1] in _CITY_WORD:
            continue
        if level_word == "各地" and stems()[stem] == "departments":
            continue  # 各地各有关部门: two collectives (各地, 各有关部门), not the departments of every place
        if stem in _WEAK_STEMS and m.end() < len(text) and re.match(_HAN, text[m.end()]) and not _WEAK_NEXT.match(text, m.end()):
            continue  # 省财政资金: the stem begins a noun, no body
        if stem in ("政府", "委员会", "党委") and not level_word and not m.group("place"):
            continue
        if m.group("place"):
            prov = province_names()[m.group("place")]
            jur = Place(prov, None)
        else:
            jur = place or Place(None, None)
            if level == "province" and jur.city:
                jur = Place(jur.province, None)  # 省政府 in a city's document: its province
        if jur.province in MUNICIPALITIES and level == "province":
            level = "city"
        body = stems()[stem]
        yield m.start(), m.end(), f"{jur.key}.{level}.{body}", jur, level
        if level_word and not m.group("place") and not m.group("each"):
            yield from _shared_level(text, m.start("level"), body, place, level)
        if bare or _ADDRESSEE.match(text, m.end()):
            head = None  # 各设区市发展改革委、经信局、能源局：… opens a notice (front matter), whoever the items are
        else:
            prefix = text[m.start():m.start("stem")]
            end = yield from _list_heirs(text, m.end(), prefix, jur, level)
            head = (end, prefix, jur, level)


_ADDRESSEE = re.compile(r"(?:、[^、，。；：:\n]{1,20})*[：:]")


@lru_cache(maxsize=None)
def _heir_rx() -> re.Pattern:
    suffixes = "|".join(re.escape(w) for w in forms()["suffix"])
    return re.compile(r"(?P<name>[^\W\d_a-zA-Z" + _NOT_IN_NAME + r"]{1,10}?(?:" + suffixes + r"))(?=[、，。；和及与等（(\s]|" + cue("actor_cues.tsv", "list-item-tail") + r")")


_GENERIC_ITEM = re.compile(r"^(?:" + cue("actor_cues.tsv", "generic-qualifier") + r")")


def _list_heirs(text: str, pos: int, prefix: str, jur: Place, level: str):
    """After a body printed with its level (市发展改革委), the items of its list (、) that no lexicon stem names and
    that end as a body does (房管局, 城管执法局): bodies of the same level, their names completed with the printed
    prefix (市房管局). Returns where the list's last such item ends."""
    while text[pos:pos + 1] == "、":
        if _stem_rx().match(text, pos + 1):
            break  # a stem of the lexicon: the caller's loop reads it (and its level)
        m = _heir_rx().match(text, pos + 1)
        if m is None or _GENERIC_ITEM.match(m.group("name")) or m.group("name").startswith(tuple(levels())) \
                or any(m.group("name").startswith(p) for p in (*province_names(), *city_provinces())):
            break  # 德州海关, 江西省能源局: a body of the place it names
        yield m.start(), m.end(), generic_ident(jur, level, prefix + m.group("name")), jur, level
        pos = m.end()
    return pos


# 市、区人民政府, 省、市生态环境部门: two levels share one printed body; the first level word stands alone
_SHARED = re.compile(r"(?<![\u4e00-\u9fff])(?P<level>[省市县区])、$")


def _shared_level(text: str, at: int, body: str, place: Place | None, level: str):
    m = _SHARED.search(text, max(0, at - 2), at)
    first = levels().get(m.group("level")) if m else None
    if first is None or first == level:
        return
    jur = place or Place(None, None)
    if first == "province" and jur.city:
        jur = Place(jur.province, None)
    if jur.province in MUNICIPALITIES and first == "province":
        first = "city"
    yield m.start(), m.start() + 1, f"{jur.key}.{first}.{body}", jur, first


def level_form(row: dict, level: str, place: Place) -> str:
    """The name a body of ``level`` carries (local_bodies.tsv): a province's 生态环境厅 and 人民政府办公厅,
    a city's or a county's 生态环境局 and 人民政府办公室, a municipality's 生态环境局 and 人民政府办公厅."""
    if level not in ("city", "county"):
        return row["label_zh"]
    form = row.get("label_city") or row["label_zh"]
    if level == "city" and place.province in MUNICIPALITIES and not place.city:
        form = row.get("label_municipality") or form
    return form


def local_row(ident: str) -> dict | None:
    """The actor row of a local body id (``jiangsu.province.drc``), as in actors.tsv."""
    parts = ident.split(".")
    if len(parts) == 3 and parts[2].startswith("n-"):
        return generic_row(ident)
    if len(parts) != 3 or parts[2] not in bodies():
        return None
    jur_key, level, body = parts
    row = bodies()[body]
    prov, _, city = jur_key.partition("-")
    try:
        city_name = bytes.fromhex(city[1:]).decode("utf-8") if city.startswith("c") else None
    except ValueError:
        return None
    place = Place(None if prov == "local" else prov, city_name)
    own_level = (level == "province" and place.province and not place.city) or (level == "city" and (place.city or place.province in MUNICIPALITIES))
    if own_level:
        label = place.label + level_form(row, level, place)
    else:
        label = place.label + EACH_LABEL.get(level, "") + level_form(row, level, place)
    names = {f"{lw}{s}" for lw, lv in levels().items() if lv == level for s in [row["label_zh"]] + split_aliases(row["stems"])}
    names |= {f"各{n}" for n in names}
    names |= {row["label_zh"], *split_aliases(row["stems"])}  # 统计部门, 能源局: as printed without a level
    if place.province:
        prow = provinces()[place.province]
        for pn in [prow["label_zh"]] + split_aliases(prow["aliases"]):
            for s in [row["label_zh"]] + split_aliases(row["stems"]):
                names.add(pn + s)
                if place.city:
                    names.add(pn + place.city + "市" + s)
    if place.city:
        names |= {f"{place.city}市{s}" for s in [row["label_zh"]] + split_aliases(row["stems"])}
    kind = "collective" if body in ("departments", "finance_departments", "level_departments") or level == "all" else "local"
    return {"id": ident, "label_zh": label, "label_en": f"{row['label_en']} ({level}, {jur_key})", "type": kind,
            "aliases": "|".join(sorted(names - {label})), "source": "local_bodies.tsv", "jurisdiction": place.jurisdiction}

"""A local document's place where its title and issuers name none the way ``jurisdiction`` reads them
(issue 14, class 7 of corpus/issue14-classes.md): a title's city checked against the gazetteer (巴中市
read, 发布上海市 or 为做好我市 not a city), a city printed without 市 opening the title (南京江北新区…,
2022年度徐州…), the city the text names most (南京市, 天津市), the province abbreviation opening the
发文字号 (津发改双碳〔2022〕93号), a web or mail domain naming the province (kjt.hunan.gov.cn).

A central document (its issuers or title a central body, its addressees 各省、自治区、直辖市, or, naming
no place and no home more than once, 我国 or 各地区 its scope: ``ontology/doc_levels.tsv``) takes no place
from these rules. Words are data: ``ontology/doc_place.tsv``,
``ontology/cities.tsv``, ``ontology/counties.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, read_tsv
from kg.annotate.places import MUNICIPALITIES, Place, city_provinces, province_names, provinces
from kg.annotate import scan

_HAN = r"[\u4e00-\u9fff]"
HOME = re.compile(cue("actor_cues.tsv", "home"))  # 我省, 全市: a local document speaks of its own place


def is_local(doc) -> bool:
    """A local document: it speaks of its own place (我省, 全市) or a level word opens its issuers (市发展改革委)."""
    heads = [*(doc.meta.get("issuers") or []), *(doc.meta.get("signatories") or []), doc.meta.get("title") or ""]
    return bool(HOME.search(doc.text)) or any(re.match(r"\s*(?:省|市|自治区)" + _HAN, h) for h in heads)


@lru_cache(maxsize=None)
def _gazetteer() -> frozenset[str]:
    """Every prefecture-level city and county-level city as a title prints it before 市/州/盟 (巴中, 启东, 黔东南)."""
    names = {n for n in city_provinces() if not n.endswith(("市", "地区", "盟", "自治州"))}
    for r in read_tsv("counties.tsv"):
        if r["name"].endswith("市") and r["short"]:
            names.add(r["short"])
    return frozenset(names)


def known_city(name: str) -> bool:
    """巴中, 启东: a city of the gazetteer; 发布上海, 为做好我, 园门 (an OCR slip of 厦门) not."""
    return name in _gazetteer()


@lru_cache(maxsize=None)
def _marks() -> dict[str, dict[str, tuple[str, bool]]]:
    out: dict[str, dict[str, tuple[str, bool]]] = {}
    for r in read_tsv("doc_place.tsv"):
        out.setdefault(r["kind"], {})[r["form"]] = (r["province"], r["ambiguous"] == "yes")
    return out


@lru_cache(maxsize=None)
def _central() -> tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    out: dict[str, list[re.Pattern]] = {"name": [], "text": [], "scope": []}
    for r in read_tsv("doc_levels.tsv"):
        if r["level"] == "central":
            out[r["on"]].append(re.compile(r["pattern"]))
    return out["name"], out["text"], out["scope"]


def is_central(doc) -> bool:
    """A central body issues the document or it addresses every province (ontology/doc_levels.tsv)."""
    names, texts, scopes = _central()
    # a central body's local office signing (国家税务总局佛山市税务局) is no central issuer
    signed = [*(doc.meta.get("issuers") or []), *(doc.meta.get("signatories") or [])]
    bodies = [b for b in signed if not _names_place(b)]
    first = [ln for ln in doc.text[:400].split("\n") if ln.strip()][:2]
    heads = [doc.meta.get("title") or "", *bodies, *first]
    heads = [re.sub(r"\s+", "", h) for h in heads]
    if any(rx.search(h) for rx in names for h in heads):
        return True
    opening = doc.text[:1500]
    if any(rx.search(opening) for rx in texts):
        return True
    # a plan printed without issuer (“十四五”循环经济发展规划): 我国 or 各地区 its scope, 全省 once at most a scope too
    if any(_names_place(h) for h in [doc.meta.get("title") or "", *signed, *first]):
        return False  # 新疆生产建设兵团…规划, 四川省经济和信息化厅: a place's document speaking of 我国
    return len(HOME.findall(doc.text)) <= 1 and any(rx.search(doc.text) for rx in scopes)


def _names_place(name: str) -> bool:
    """国家税务总局佛山市税务局, 银保监会江苏监管局: a body's name holding a province or a city with its 市."""
    return any(p in name for p in province_names() if len(p) >= 2) or any(c + "市" in name for c in _gazetteer())


@lru_cache(maxsize=None)
def _homonym_counties() -> frozenset[str]:
    """朝阳区 (北京, 长春), 大同区 (大庆), 兴安县 (桂林): a county or district of ``ontology/counties.tsv`` named
    as a city it does not belong to (朝阳县 belongs to 朝阳市, 长沙县 to 长沙市)."""
    cities = city_provinces()
    own = {r["name"] for r in read_tsv("counties.tsv") if r["prefecture"].startswith(r["name"][:-1])}
    return frozenset(r["name"] for r in read_tsv("counties.tsv")
                     if r["name"][:-1] in cities and r["name"] not in own)


def city_opening(title: str) -> Place | None:
    """南京江北新区碳达峰…行动计划, (关于组织申报2022年度)徐州碳达峰…: a gazetteer city printed without 市
    opening the title (after 关于, 印发, a year). Never a province's name (read before this)."""
    s = re.sub(r"\s+", "", title)
    s = re.sub(r"^关于(?:组织)?(?:申报|开展|印发|做好)?", "", s)
    s = re.sub(r"^(?:19|20)\d\d年度?", "", s)
    for n in (4, 3, 2):
        name = s[:n]
        if s[:n + 1] in _homonym_counties():  # 朝阳区, 大同区, 兴安县: a district or county of another city
            continue
        if len(name) == n and name in _gazetteer() and name not in province_names() and name in city_provinces():
            return Place(city_provinces()[name], name)
    return None


@lru_cache(maxsize=None)
def _city_rx() -> re.Pattern:
    """A city of the gazetteer or a municipality printed with its 市, the longest name first."""
    names = {n for n in _gazetteer() if n in city_provinces()}
    names |= {provinces()[ident]["label_zh"] for ident in MUNICIPALITIES}
    return re.compile("(" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) + ")市")


def city_of_text(text: str) -> Place | None:
    """The city (or municipality) the text names most with its 市, at least twice and more than any other:
    南京市 in a 南京 rule whose title names no place, 天津市 in a notice signed 市发展改革委."""
    counts: dict[str, int] = {}
    for m in _city_rx().finditer(text):  # longest name first: 马鞍山市 is no 鞍山市
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    name = ranked[0][0]
    prov = province_names().get(name)
    if prov in MUNICIPALITIES:
        return Place(prov, None)
    # 全省 and no 全市 (ontology/doc_place.tsv home): a province document naming its capital, its province
    homes = {level for word, (level, _) in _marks().get("home", {}).items() if word in text}
    return Place(city_provinces()[name], None if homes == {"province"} else name)


def number_province(number: str, named: str | None) -> Place | None:
    """津发改双碳〔2022〕93号 → 天津: the province abbreviation opening a 发文字号; an ambiguous one (宁 = 宁夏 or
    南京) only where it agrees with ``named``, the province the text names most."""
    s = re.sub(r"\s+", "", number or "")
    if not re.match(_HAN + r"+[〔\[【(（]", s):
        return None
    mark = _marks().get("number-prefix", {}).get(s[0])
    if mark is None or (mark[1] and mark[0] != named):
        return None
    return Place(mark[0], None)


_DOMAIN = re.compile(r"(?<![a-z0-9])((?:[a-z0-9-]+\.)*?)([a-z0-9]+)\.gov\.cn")


def domain_province(text: str) -> Place | None:
    """sf@kjt.hunan.gov.cn, www.jiangsu.gov.cn: the province a printed government domain names, when
    every such domain the text prints names the same one."""
    found = set()
    domains = _marks().get("domain", {})
    for m in scan.finditer(_DOMAIN, text):
        mark = domains.get(m.group(2))
        if mark:
            found.add(mark[0])
    return Place(found.pop(), None) if len(found) == 1 else None

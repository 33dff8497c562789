"""Places and level words: provinces (``ontology/places.tsv``), the printed names that resolve to them,
level words before a local body (``ontology/local_levels.tsv``), and ``Place``, the province or city a
document or a local body belongs to."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import cue_words, read_tsv
from kg.annotate.base import split_aliases

_SUFFIXES = cue_words("place_cues.tsv", "name-suffix")  # 自治区, 省, 市 …: dropped from a printed name
MUNICIPALITIES = ("beijing", "tianjin", "shanghai", "chongqing")
_NATIONAL = cue_words("place_cues.tsv", "national")  # 国家, 中央, 全国: the nation as a jurisdiction


@dataclass(frozen=True)
class Place:
    province: str | None  # places.tsv id (jiangsu); municipalities are provinces
    city: str | None  # printed city name without 市 (天水), for city documents

    @property
    def key(self) -> str:
        """The IRI-safe part of a local actor id: jiangsu, gansu-ce5a4a9e6b0b4 (天水, UTF-8 in hex), local."""
        city = "-c" + self.city.encode("utf-8").hex() if self.city else ""  # reversible: any process reads it back
        return f"{self.province or 'local'}{city}"

    @staticmethod
    def from_key(key: str) -> Place:
        """The Place of a local actor id's first part as ``key`` wrote it (sichuan-ce68890e983bd → 四川, 成都)."""
        prov, _, city = key.partition("-")
        return Place(None if prov == "local" else prov, bytes.fromhex(city[1:]).decode("utf-8") if city.startswith("c") else None)

    @property
    def jurisdiction(self) -> str:
        """What annotations and scores compare: the city name, or the province id ("" if unknown)."""
        return self.city or self.province or ""

    @property
    def label(self) -> str:
        """江苏省, 天水市, 上海市, 江苏省苏州市."""
        prov = ""
        if self.province:
            row = provinces()[self.province]
            prov = (split_aliases(row["aliases"]) or [row["label_zh"]])[0]
        return prov + (f"{self.city}市" if self.city else "")


@lru_cache(maxsize=None)
def provinces() -> dict[str, dict]:
    return {r["id"]: r for r in read_tsv("places.tsv") if r["type"] == "province"}


@lru_cache(maxsize=None)
def province_names() -> dict[str, str]:
    """Printed name → province id: 江苏, 江苏省, 广西壮族自治区 …"""
    out = {}
    for ident, row in provinces().items():
        for s in [row["label_zh"]] + split_aliases(row["aliases"]):
            if "兵团" not in s:
                out[s] = ident
    return out


@lru_cache(maxsize=None)
def city_provinces() -> dict[str, str]:
    """A prefecture-level city as printed (石家庄市, 石家庄) → its province id (hebei): ``ontology/cities.tsv``."""
    out: dict[str, str] = {}
    for r in read_tsv("cities.tsv"):
        for name in city_forms(r):
            out.setdefault(name, r["province"])
    return out


def city_forms(row: dict) -> tuple[str, ...]:
    """The ways a row of ``cities.tsv`` is printed: its name, its short name, and for an autonomous
    prefecture the short name with 州 (黔东南苗族侗族自治州, 黔东南, 黔东南州)."""
    if row["name"].endswith("自治州"):
        return row["name"], row["short"], row["short"] + "州"
    return row["name"], row["short"]


def place_key(name: str) -> str:
    """A jurisdiction as printed (江苏省, 江苏, 天水市, 国家) → a comparable key."""
    s = re.sub(r"\s+", "", name or "")
    if s in ("", "national") or s in _NATIONAL:
        return "national" if s else ""
    if s in province_names():
        return province_names()[s]
    if s in provinces():
        return s
    for suf in _SUFFIXES:
        if s.endswith(suf) and len(s) > len(suf) + 1:
            s = s[: -len(suf)]
            break
    return province_names().get(s, s)


@lru_cache(maxsize=None)
def levels() -> dict[str, str]:
    return {r["surface"]: r["level"] for r in read_tsv("local_levels.tsv")}


@lru_cache(maxsize=None)
def province_places(province: str) -> dict[str, tuple[str, str]]:
    """The cities and counties of one province as printed (南京市, 南京, 赞皇县, 赞皇, 滨海新区) → their
    level (city or county) and full name (南京 → 南京市): ``ontology/cities.tsv`` and ``ontology/counties.tsv``
    (scripts/make_cities.py, make_counties.py)."""
    out: dict[str, tuple[str, str]] = {}
    for r in read_tsv("counties.tsv"):
        if r["province"] == province:
            level = "city" if r["name"].endswith("市") else "county"
            for name in (r["name"], r["short"]):
                if name:
                    out.setdefault(name, (level, r["name"]))
    for r in read_tsv("cities.tsv"):
        if r["province"] == province:  # 常州 is the city, whatever county shares its short name
            for name in city_forms(r):
                out[name] = ("city", r["name"])
    return out


@lru_cache(maxsize=None)
def county_names() -> frozenset[str]:
    """Every county and district as printed in full (政和县, 新会区: ``ontology/counties.tsv``)."""
    return frozenset(r["name"] for r in read_tsv("counties.tsv"))


def ends_county_name(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with a county's or district's full name of three characters or more (…政和县,
    …新会区; 和县 is also 和 and a level word: 市和县（区）…)."""
    names = county_names()
    return any(text[end - n:end] in names for n in range(3, min(end, 12) + 1))


@lru_cache(maxsize=None)
def _holding_cities(province: str) -> dict[str, str]:
    short = {r["name"]: r["short"] for r in read_tsv("cities.tsv") if r["province"] == province}
    out: dict[str, str] = {}
    for r in read_tsv("counties.tsv"):
        if r["province"] == province and r["prefecture"] in short:
            for name in (r["name"], r["short"]):
                if name:
                    out.setdefault(name, short[r["prefecture"]])
    for r in read_tsv("cities.tsv"):
        if r["province"] == province:
            for name in city_forms(r):
                out[name] = r["short"]
    return out


def holding_city(province: str | None, printed: str) -> str | None:
    """The city (short name, as ``Place.city``) that holds a city or county of ``province`` as printed: 威海市 →
    威海, 启东 → 南通; None for a county-level city its province runs (定州) or a name the tables lack (convention 6
    of corpus/keys/README.md: a place named as acting takes the smallest city that holds it)."""
    return _holding_cities(province).get(printed) if province else None

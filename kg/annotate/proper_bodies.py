"""Named bodies no lexicon lists and no other finder reads (issue 14 class 7; convention 1 of corpus/keys/README.md):
a name made proper by its opening and closed by an organisation's head, both ``ontology/proper_bodies.tsv`` rows.

- the head (监测中心, 发展中心, 基金会, 协会 …) ends a jieba word;
- the run before it goes left over jieba's words of Han script, as ``bodies.find_named``'s does, to punctuation or a
  named-stop word (发挥, 依托, 与 … of ``body_forms.tsv``);
- the name opens at the run's first word that makes it proper: a prefix row (国家, 中国: the nation's; 省, 自治区, 市:
  the document's place), or a province, city or county name (四川省绿化基金会, 珠海市绿色建筑协会, 厦门海上环卫站);
  a prefix before a level or a scope (国家级, 省级, 市内) or after a numeral (三市) names none;
- at least two characters stand between the opening and the head (省中心, 中国协会 are no names), and no verb of
  setting up comes right before the name (建设国家…中心, 打造…中心: a thing still to make; ``body_forms.tsv`` named-create);
- no verb of making stands inside the run (湛江建设省域副中心), no project's word follows it (…中心二期工程: convention 16),
  and its line is no contact line (…中心刘海燕电话：…: convention 21).

Yields (start, end, actor id, jurisdiction): non-state heads a name of no place (level ``any``); body heads the
nation's (国家, 中国), the prefix's place (珠海市… in any document), or the document's place (省…, 市…).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.lexicon import read_tsv
from kg.annotate.bodies import forms, ident, named_stops
from kg.annotate.places import Place, city_provinces, county_names, province_names

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_RUN = 16  # characters of a name before its head, at most
_CONTACT_AFTER = 20  # characters after a name its contact line may run on to, across a line break (…中心刘海燕⏎电话：)


@lru_cache(maxsize=None)
def _rows() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("proper_bodies.tsv"):
        for surface in row["surface"].split("|"):
            out.setdefault(row["kind"], []).append((surface, row["type"]))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}


@lru_cache(maxsize=None)
def _words(kind: str) -> tuple[str, ...]:
    return tuple(w for w, _ in _rows().get(kind, ()))


@lru_cache(maxsize=None)
def _project_after() -> re.Pattern:
    return re.compile(r"[\u4e00-\u9fff]{0,6}?(?:" + "|".join(re.escape(w) for w in _words("not-after")) + ")")


@lru_cache(maxsize=None)
def _heads() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w, _ in _rows()["head"]))


@lru_cache(maxsize=None)
def _places() -> dict[str, Place]:
    """Province, city and county names as printed → the Place a name opening with them is of."""
    out: dict[str, Place] = {}
    for name, prov in province_names().items():
        out[name] = Place(prov, None)
    for name, prov in city_provinces().items():
        out.setdefault(name, Place(prov, name[:-1] if name.endswith("市") else name))
    for name in county_names():
        out.setdefault(name, Place(None, None))
    return out


def _opening(text: str, s: int, token: str, home: Place):
    """(jurisdiction key, Place, level) when a name may open at ``s`` with ``token``, else None."""
    prefix = next(((w, t) for w, t in _rows()["prefix"] if text.startswith(w, s)), None)
    if prefix is not None:
        after = s + len(prefix[0])
        if text.startswith(tuple(w for w, _ in _rows()["not-after-prefix"]), after):
            return None
        if prefix[1] == "national":
            return "national", None, "national", len(prefix[0])
        if text.endswith(_words("not-before-prefix"), 0, s):
            return None  # 沿海三市驻市…: a count of places
        return home.jurisdiction, home, prefix[1], len(prefix[0])
    named = next((n for n in _place_names() if token.startswith(n)), None) if token[:2] in _place_starts() else None
    if named is not None:
        return _places()[named].jurisdiction, _places()[named], "unit", len(named)
    return None


@lru_cache(maxsize=None)
def _place_names() -> tuple[str, ...]:
    return tuple(sorted(_places(), key=lambda n: (-len(n), n)))


@lru_cache(maxsize=None)
def _place_starts() -> frozenset[str]:
    return frozenset(n[:2] for n in _places())


def find_proper_bodies(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, jurisdiction) of each body named by a proper opening and a head (module docstring)."""
    home = place or Place(None, None)
    ordered = sorted(cuts)
    stops = named_stops()
    kinds = dict(_rows()["head"])
    create = forms().get("named-create", ())
    for m in _heads().finditer(text):
        h, e = m.start(), m.end()
        if e not in cuts and e < len(text) and _HAN.match(text[e]):
            continue  # 中心城区: the head opens a longer word
        starts, right = [], e  # the run's words, right to left: (start, word)
        for prev in reversed(ordered[:bisect.bisect_left(ordered, e)]):
            tok = text[prev:right]
            if not _HAN.fullmatch(tok) or e - prev > _RUN + len(m.group(0)) or tok in stops and prev < h:
                break
            starts.append((prev, tok))
            right = prev
        opened = None
        for s, tok in reversed(starts):  # the leftmost opening wins: 江苏省盐城环境监测中心, not 盐城环境监测中心
            if s >= h:
                break
            found = _opening(text, s, tok, home)
            if found is not None:
                opened = (s, found)
                break
        if opened is None:
            continue
        s, (jur, where, level, opening) = opened
        name = text[s:e]
        if any(w in name for w in _words("not-in-stem")):
            continue  # 湛江建设省域副中心: a clause, no name
        line = text[text.rfind("\n", 0, s) + 1:max(text.find("\n", e) % (len(text) + 1), e + _CONTACT_AFTER)]
        if any(w in line for w in _words("contact")):
            continue  # 国家气候战略中心刘海燕电话：…: a contact line (convention 21)
        if kinds[m.group(0)] == "body-prefixed" and not text.startswith(_words("prefix"), s) or _project_after().match(text, e):
            continue  # 上海石油天然气交易中心: bodies.find_named's; 东莞樟洋电厂扩建: a project's name (convention 16)
        if h - s - opening < (0 if kinds[m.group(0)] == "body-whole" else 2) or text.endswith(create, 0, s):
            continue  # 省中心: no name; 建设国家…中心: a thing to set up
        if kinds[m.group(0)] == "non-state":
            yield s, e, ident(None, "any", name), None
        elif level == "national":
            yield s, e, ident(None, "unit", name), "national"
        else:
            yield s, e, ident(where, level if level in ("province", "city") else "unit", name), jur or None

"""Local bodies printed with the full name of a city or county that is not the document's own (中卫市生态环境局 in a
regional notice, 广州市生态环境局 in a provincial plan, 福清市政府 in a 福州 roster, 合肥市人民政府 in a 淮南 plan):
the body of that place, not the document's (issue 14, class 7; key convention 6 of corpus/keys/README.md: a city's
bureaux take the city, a county's body the city that holds it). ``jurisdiction.find_local`` reads the level word
inside the name (中卫[市生态环境局]) as the document's own level; this finder reads the whole name first.

A place is a prefecture-level city printed in full (``ontology/cities.tsv``, any province: 青岛市税务局 in a Shandong
plan) or a county-level city or county of the document's province printed in full, three characters or more
(``ontology/counties.tsv``: 福清市政府, 尤溪县林业局); a list of such places before one body (石嘴山市、吴忠市、固原市、
中卫市生态环境局) names one body per place (convention 4). The body is a stem of ``ontology/local_bodies.tsv``. The
place opens its word: text start, punctuation, a joiner or a verb of reporting before it (``actor_cues.tsv``
place-prefix-before), or a roster line (a person's name before, a title after: 李文清福清市政府副市长).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, read_tsv
from kg.annotate.bodies import ident
from kg.annotate.jurisdiction import stems
from kg.annotate.places import Place, holding_city

_HAN = re.compile(r"[\u4e00-\u9fff]")
_BEFORE = cue("actor_cues.tsv", "place-prefix-before")
_ROSTER = re.compile(cue("actor_cues.tsv", "roster-title"))


@lru_cache(maxsize=None)
def _cities() -> dict[str, tuple[str, str]]:
    """A prefecture-level city's full name (中卫市) → (province id, short name)."""
    return {r["name"]: (r["province"], r["short"]) for r in read_tsv("cities.tsv") if len(r["name"]) >= 3 and r["short"]}


@lru_cache(maxsize=None)
def _counties(province: str) -> dict[str, str]:
    """Full names (three characters or more) of the province's county-level divisions (福清市, 尤溪县, 鼓楼区) → the name
    the tables hold; a county or county-level city made a district since the tables were drawn as the district
    (沙县 → 沙县区, 长乐市 → 长乐区: 2021 and 2017)."""
    out: dict[str, str] = {}
    for r in read_tsv("counties.tsv"):
        name = r["name"]
        if r["province"] != province or name.endswith("自治县"):
            continue
        if len(name) >= 3:
            out[name] = name
        if name.endswith(("县", "市")):
            out.setdefault((name if len(name) == 2 else name[:-1]) + "区", name)
    return out


@lru_cache(maxsize=None)
def _rx(province: str | None) -> re.Pattern:
    # longest first (names of one length in their own order: the same matches, and the same pattern in every process,
    # which the machine's regex cache then keeps: kg/regex_cache.py)
    names = sorted({*_cities(), *(_counties(province) if province else ())}, key=lambda n: (-len(n), n))
    place = "|".join(re.escape(n) for n in names)
    stem = "|".join(re.escape(s) for s in sorted(stems(), key=len, reverse=True))
    # every match opens with a place's first character: said first, the scan skips the other positions at once
    # (the same matches, a tenth of the time: the alternation of every name is tried only where one may start)
    first = "".join(re.escape(c) for c in sorted({n[0] for n in names}))
    return re.compile(r"(?=[" + first + r"])(?P<list>(?:(?:" + place + r")、)*)(?P<place>" + place + r")(?P<stem>" + stem + r")")


def _opens(text: str, start: int, end: int) -> bool:
    """Whether a place name at ``start`` opens its word (nothing of Han script glued before it but a joiner or a verb
    of reporting), or stands in a roster line (a title right after the body at ``end``)."""
    if start == 0 or not _HAN.match(text[start - 1]):
        return True
    return bool(re.search(r"(?:" + _BEFORE + r")$", text[max(0, start - 4):start])) or bool(_ROSTER.match(text, end))


def _addressee(text: str, start: int) -> bool:
    """Whether ``start`` opens a line of addressees (银川市、…生态环境局，宁东基地管委会，各有关重点排放单位：): a line that
    ends with a colon and holds no full stop, front matter the structure may have left in the text (convention 5)."""
    if start and text[start - 1] != "\n":
        return False
    end = text.find("\n", start)
    line = text[start:len(text) if end < 0 else end].rstrip()
    return line.endswith(("：", ":")) and "。" not in line


def _place(name: str, home: Place) -> tuple[Place, str] | None:
    """(jurisdiction, level) of a printed place: a prefecture-level city its own, a county the city holding it."""
    if name in _cities():
        province, short = _cities()[name]
        return Place(province, short), "city"
    city = holding_city(home.province, _counties(home.province).get(name, name)) if home.province else None
    return (Place(home.province, city), "county") if city else None


def find_place_prefixed(text: str, place: Place | None):
    """(start, end, actor id, jurisdiction, level) of each body printed after a city's or county's full name other than
    the document's own city."""
    home = place or Place(None, None)
    for m in _rx(home.province).finditer(text):
        items = [*filter(None, m.group("list").split("、")), m.group("place")]
        if not _opens(text, m.start(), m.end()) or _addressee(text, m.start()):
            continue
        stem, body = m.group("stem"), stems()[m.group("stem")]
        pos = m.start()
        for i, name in enumerate(items):
            s, pos = pos, pos + len(name) + 1
            found = _place(name, home)
            if found is None:
                continue
            jur, level = found
            if level == "city" and jur.city == home.city and jur.province == home.province and len(items) == 1:
                continue  # the document's own city alone: jurisdiction.find_local reads it (市生态环境局 of 深圳)
            e = m.end() if i == len(items) - 1 else s + len(name)
            yield s, e, (f"{jur.key}.city.{body}" if level == "city" else ident(jur, level, name + stem)), jur, level

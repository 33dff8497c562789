"""A body's offices printed after its name (issue 14): 国家能源局派出机构要…, 抄送国家能源局及派出机构,
市生态环境主管部门的派出机构负责…, 省级生态环境主管部门及其直属机构承担…, 会同人民银行分支机构.

The offices are an actor of their own (every distinct body named in the policy text is keyed: corpus/keys/README.md,
as dev 312's 市生态环境主管部门的派出机构 and 51's 直属机构), in the jurisdiction of the body they belong to. The
words are ``body_forms.tsv`` kinds subordinate and subordinate-joiner. Printed joined to the body (…派出机构, …的派出机构,
…各派出机构) the offices' span holds the body's name and replaces it; after 及其 or 及 the body stays an actor and the
offices' span is the printed office word alone. A state body only: a firm's offices (企业法人下属的分支机构) and offices
named after no actor (设立绿色金融分支机构) are none.
"""
from __future__ import annotations

from functools import lru_cache

from kg.model import Annotation
from kg.annotate.base import make
from kg.annotate.bodies import forms, ident
from kg.annotate.places import Place


@lru_cache(maxsize=None)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    joiners = sorted({w for row in forms().get("subordinate-joiner", ()) for w in row.split("|")}, key=len, reverse=True)
    return forms().get("subordinate", ()), tuple(joiners)


def _place_of(actor: str) -> tuple[Place | None, str]:
    """The Place key and level of a local id (``guangdong-c….city.x``); a national or lexicon id: none, unit."""
    parts = actor.split(".")
    if len(parts) != 3:
        return None, "unit"
    prov, _, city = parts[0].partition("-")
    try:
        city_name = bytes.fromhex(city[1:]).decode("utf-8") if city.startswith("c") else None
    except ValueError:
        return None, "unit"
    return Place(None if prov == "local" else prov, city_name), parts[1]


def add_subordinates(text: str, out: list[Annotation], table: dict, cuts: frozenset[int]) -> list[Annotation]:
    """``out`` with the offices printed after each state actor added (or replacing it, when printed joined)."""
    offices, joiners = _words()
    if not offices:
        return out
    result = list(out)
    for a in out:
        row = table.get(a.get("actor"))
        if row is None or row["type"] == "non-state" or a.rule == "actor-group":
            continue
        joiner = next((j for j in joiners if text.startswith(j, a.end) and text.startswith(offices, a.end + len(j))), None)
        if joiner is None:
            continue
        s = a.end + len(joiner)
        word = next(w for w in offices if text.startswith(w, s))
        e = s + len(word)
        if e < len(text) and e not in cuts and text[e] not in "，。；、和及与等要应须负（":
            continue  # the office word begins a longer one
        separate = joiner in ("及其", "及")
        start = s if separate else a.start
        label = text[a.start:a.end] + ("" if joiner in ("及其", "及", "各") else joiner) + word
        if any(b is not a and b.start < e and start < b.end for b in result):
            continue  # another actor holds these characters
        place, level = _place_of(a.get("actor"))
        value = {"actor": ident(place, level, label), "jurisdiction": a.get("jurisdiction"), "level": a.get("level")}
        if not separate:
            result.remove(a)
        result.append(make("actor", start, e, "actor-subordinate", **value))
    return sorted(result, key=lambda x: (x.start, x.end))

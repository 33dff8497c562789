"""Printed variants of one actor as key convention 32 of corpus/keys/README.md lists them: two names a document tags
are one actor (the id of the form printed first) when they differ only in (a) a leading word that picks out no
narrower set (各, 各类, 全, 广大: 各园区 / 园区, 广大职工 / 职工), or (c) in a department's name 主管, 行政 or 行政主管
inserted, or 机关 or 管理机构 for 部门, after the same field and level (生态环境部门 / 生态环境主管部门, 公安部门 /
公安机关). Only names both tagged as printed are merged: 各级, 各地, 重点, a level or another field before a name make
another set, and no rule strips them (each is no prefix of ``variant-prefix``, or leaves a name never tagged). The
words are data: ``ontology/convention_cues.tsv`` variant-*.

Convention 39: a prefix printed once before a list of groups is carried over each (各有关部门和单位 → 各有关部门 +
各有关单位, 会同有关部门和单位 → 有关部门 + 有关单位: ``split_carried``, carried-pair), the group after the joiner a
collective of the document's jurisdiction as ``collectives.find_unit_collectives`` names 各有关单位.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.annotate.places import Place

_CUES = "convention_cues.tsv"


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    return {
        "prefix": re.compile(r"^(?:" + cue(_CUES, "variant-prefix") + r")(?P<rest>.{2,})$"),
        "pair": re.compile(cue(_CUES, "carried-pair")),
        "department": re.compile(r"^(?P<field>.{2,}?)(?:" + cue(_CUES, "variant-department") + r")$"),
    }


def _plain(name: str) -> list[str]:
    """The plain forms a printed name is a variant of (各类企业 → 企业; 公安机关 → 公安部门)."""
    rx, out = _rx(), []
    m = rx["prefix"].match(name)
    if m:
        out.append(m.group("rest"))
    m = rx["department"].match(name)
    if m:
        out.append(m.group("field") + "部门")
    return out


def merge_variants(text: str, out: list) -> list:
    """``out`` with every variant of a name the document also tags plain under one id and jurisdiction, those of
    the form printed first (convention 32). A body of the lexicon named plain (生态环境部 for 生态环境部门) is never
    made: only two tagged names are joined."""
    by_name: dict[str, tuple] = {}
    for a in sorted(out, key=lambda a: a.start):
        by_name.setdefault(text[a.start:a.end], (a.get("actor"), a.get("jurisdiction"), a.start))
    same: dict[str, tuple] = {}
    for name, (actor, jur, start) in by_name.items():
        for plain in _plain(name):
            other = by_name.get(plain)
            if other is None or other[0] == actor:
                continue
            first = (actor, jur) if start < other[2] else other[:2]
            for n in (name, plain):
                same[n] = first
    if not same:
        return out
    merged = []
    for a in out:
        want = same.get(text[a.start:a.end])
        if want and (a.get("actor"), a.get("jurisdiction")) != want:
            a = make(a.layer, a.start, a.end, a.rule, **{**dict(a.value), "actor": want[0], "jurisdiction": want[1]})
        merged.append(a)
    return merged


def split_carried(text: str, out: list, place: Place | None) -> list:
    """``out`` with the group a prefix printed once is carried to (各有关部门和单位: 单位 → 各有关单位) an actor of its
    own beside the first (convention 39); a lexicon name holding both (各有关部门和单位, an alias of 各有关部门) cut
    to the first."""
    rx, added = _rx()["pair"], []
    for a in out:
        m = rx.match(text, a.start)
        if not m or a.end not in (m.end("first"), m.end()):
            continue
        if a.end == m.end():
            a_first = make(a.layer, a.start, m.end("first"), a.rule, **dict(a.value))
            out = [a_first if x is a else x for x in out]
        name = m.group("prefix") + m.group("second")
        jurisdiction = (place.jurisdiction if place else None) or "national"
        added.append(make("actor", m.start("second"), m.end("second"), "actor-carried-prefix",
                          actor=ident(place or Place(None, None), "all", name), jurisdiction=jurisdiction, level="all"))
    return out + [x for x in added if not any(y.start < x.end and x.start < y.end for y in out)]

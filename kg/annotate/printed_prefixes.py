"""An actor's span widened to the leading words the keys print with its name (issue 14, class 7; lane AR5).

*各类X* and *广大X* (convention 32 (a) of corpus/keys/README.md) are one actor with X, one row in the form the policy text
prints first: where the tagger reads X right after 各类 or 广大 (鼓励各类投资主体采取…: 投资主体; 动员广大社会群众参与…: 社会群众),
the printing is 各类X, and a text that prints only that form keys it so (416, 434, 436 各类投资主体; 494 各类销售平台). The span takes
the word, the actor keeps its id and jurisdiction (the same actor as X: `actor_variants.merge_variants` reads both names as one).
*A group narrowed by its place* (支持在陕金融机构…, 引导园区内企业…, 鼓励市内各行业协会…) is another set than the bare group (convention
32: a word that narrows the set; the cases before convention 57 of corpus/keys/README.md: 106 在陕金融机构 beside 金融机构; 19, 360,
575 key them so): where a pivot verb (``acting-pivot``) moves a non-state group printed right after such a place word opening a
word of its own, the span takes the place word and the actor is the narrowed group (an id of its own, of no jurisdiction). Only
after a pivot: elsewhere the printing is often an object the tagger keeps (对园区内企业…实施监督管理, 组织本辖区内企业的审核申报),
which the bare group's other printings no longer cover. *A group negated* (支持符合条件的非金融企业发行…, 非发电行业企业, 非清洁能源
供热企业) is the other set: the tagger reading 金融企业 inside 非金融企业 names the opposite; the span takes 非 and the actor is the
negated group (353, 360 key 非金融企业), for a group ending in a ``body_forms.tsv`` head (非法人组织's 法人 is left). The words
are data: ``ontology/convention_cues.tsv`` kept-prefix, place-narrowing, acting-pivot, negated-group. *A place word carried over a
list* (鼓励引导我省企业、高校、科研机构…, 支持在绵科研院所、高校…: conventions 39 and 62, lane AR9): each group listed after the
narrowed one, joined by 、, is narrowed by the same place word (我省高校, 在绵高校), as 75, 111, 242 and 392 key them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.base import make
from kg.annotate.bodies import forms, ident
from kg.model import Annotation


@lru_cache(maxsize=None)
def _kept() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'kept-prefix')})$")


def keep_prefixes(text: str, out: list[Annotation]) -> list[Annotation]:
    """``out`` with each actor printed right after a kept word (各类, 广大) widened to it, unless another actor covers it."""
    widened = []
    for a in out:
        m = _kept().search(text, max(0, a.start - 4), a.start)
        if m and not any(b is not a and b.start < a.start and m.start() < b.end for b in out):
            a = make(a.layer, m.start(), a.end, a.rule, **dict(a.value))
        widened.append(a)
    return widened


@lru_cache(maxsize=None)
def _narrowing() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'acting-pivot')})(?P<place>{cue('convention_cues.tsv', 'place-narrowing')})$")


def keep_places(text: str, out: list[Annotation], cuts: frozenset[int]) -> list[Annotation]:
    """``out`` with each non-state group a pivot verb moves, printed right after a place word that narrows it (支持在陕金融机构,
    引导园区内企业), widened to the place word as an actor of its own; the place word opens a word (a jieba cut: not 化工园区内)."""
    widened = []
    for a in out:
        m = _narrowing().search(text, max(0, a.start - 10), a.start) if a.get("jurisdiction") is None else None
        if m and m.start("place") in cuts and not any(b is not a and b.start < a.start and m.start("place") < b.end for b in out):
            name = text[m.start("place"):a.end]
            a = make(a.layer, m.start("place"), a.end, "actor-group", **{**dict(a.value), "actor": ident(None, "any", name)})
        widened.append(a)
    return widened


def carry_places(text: str, out: list[Annotation]) -> list[Annotation]:
    """``out`` with the place word ``keep_places`` kept before the first group of a list carried over each group listed after
    it (鼓励引导我省企业、高校、科研机构…: 我省高校, 我省科研机构; 支持在绵科研院所、高校…: 在绵高校; conventions 39 and 62): a
    non-state group joined to the one before it by 、 alone, printed with no place word of its own, is the narrowed group (an id
    of its own, of no jurisdiction), its span as printed."""
    ordered = sorted(out, key=lambda a: (a.start, a.end))
    carried, place, last = [], None, None
    for a in ordered:
        joined = last is not None and text[last.end:a.start] == "、"
        if place and joined and a.get("jurisdiction") is None:
            a = make(a.layer, a.start, a.end, a.rule, **{**dict(a.value), "actor": ident(None, "any", place + text[a.start:a.end])})
        elif not joined:
            m = _place_opening().match(text, a.start, a.end) if a.get("jurisdiction") is None and a.rule == "actor-group" else None
            place = m.group("place") if m and _narrowing().search(text, max(0, a.start - 10), m.end()) else None
        carried.append(a)
        last = a
    return carried


@lru_cache(maxsize=None)
def _place_opening() -> re.Pattern:
    return re.compile(f"(?P<place>{cue('convention_cues.tsv', 'place-narrowing')})")


def keep_negation(text: str, out: list[Annotation]) -> list[Annotation]:
    """``out`` with each non-state group ending in a head printed right after 非 (非金融企业) widened to it, an actor of its own."""
    negated, heads, widened = cue("convention_cues.tsv", "negated-group"), forms().get("head", ()), []
    for a in out:
        s = a.start - len(negated)
        if (a.get("jurisdiction") is None and text[a.start:a.end].endswith(heads) and text[max(0, s):a.start] == negated
                and not any(b is not a and b.start < a.start and s < b.end for b in out)):
            a = make(a.layer, s, a.end, "actor-group", **{**dict(a.value), "actor": ident(None, "any", text[s:a.end])})
        widened.append(a)
    return widened

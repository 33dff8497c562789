"""Which way a level held with no comparator word points (key conventions 18, 57, 58; lane CV, session 15). targets.py and
held_levels.py read a level held (保持在, 稳定在, 维持在, 保持, …基本保持稳定) as ``>=``: holding a good level means not falling
below it (convention 18). For a quantity the policy lowers — a concentration, an emission, a loss, a rate of accidents or
pollution (``target_cues.tsv`` held-falling, read in the label) — holding means not rising: ``<=`` (convention 57:
细颗粒物平均浓度30微克/立方米基本保持稳定). A value printed with a comparator word of its own (以上, 以内, 不低于, 控制在,
不减少 …) keeps its reading; a level held at 0 is left as read. A ceiling printed after a word of holding (稳定在1250万千瓦
以内) is read ``<=`` by targets.py itself: the held row of ``comparators.tsv`` is a ``before-default``, a reading an
after-word overrides. A range held (电力系统备用率保持在10-15%) is ``=`` with its two
bounds, as every other range (convention 58); a range printed with a word of its own (至少启动2-3个) keeps it."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation, Document

_HELD = cue("target_cues.tsv", "held-word-bare")
# the word of holding right before the value (a range's first bound between them: 保持在10-15%)
_BEFORE = re.compile(r"(?:" + _HELD + r")\s*(?:约\s*)?(?:\d[\d.]*\s*[%％]?\s*(?:-|—|－|–|~|～|〜|至|到)+\s*)?$")
_AFTER = re.compile(r"(?:" + _HELD + r")\s*(?:[，；。：:（(\n]|$)")  # …30微克/立方米基本保持稳定, the clause closed
_OWN = re.compile(cue("target_cues.tsv", "held-own-word"))  # a word of its own: 90%以上
_OWN_AFTER = re.compile(r"^\s*(?:" + _OWN.pattern + r")")
_FALLING = re.compile(cue("target_cues.tsv", "held-falling"))
_CLAUSE_END = re.compile(r"[，；。：:\n]")


def orient(doc: Document, found: list[Annotation]) -> list[Annotation]:
    """``found`` with each target read ``>=`` from a word of holding alone turned: a range to ``=``, a level of a quantity
    the policy lowers to ``<=``."""
    text = doc.text
    out = []
    for a in found:
        if a.layer == "target" and _held_bare(text, a):
            if a.get("value_max"):
                a = _with(a, comparator="=")  # 备用率保持在10-15%: a range states both bounds (convention 58)
            elif _FALLING.search(a.get("indicator_label") or ""):
                a = _with(a, comparator="<=")
        out.append(a)
    return out


def _held_bare(text: str, a: Annotation) -> bool:
    """Whether ``a`` (a level other than 0, or a range) is read ``>=`` from a word of holding with no comparator word of its
    own."""
    if a.get("comparator") != ">=" or a.get("change") or a.get("value") in (None, "0"):
        return False
    start, end = a.get("value_start"), a.get("value_end")
    if start is None or end is None:
        return False
    close = _CLAUSE_END.search(text, end)
    printed = text[start:end]  # the value, its unit and the words printed with it (90%以上, 30微克/立方米基本保持稳定)
    rest = text[end: close.start() if close else len(text)]
    if _OWN.search(printed) or _OWN_AFTER.match(rest):
        return False
    opened = a.get("clause_start", a.start)
    return bool(_BEFORE.search(text[opened:start])) or bool(_AFTER.search(printed + rest + (close.group(0) if close else "")))


def _with(a: Annotation, **changed) -> Annotation:
    return Annotation(a.layer, a.start, a.end, a.rule, tuple(sorted({**dict(a.value), **changed}.items())))

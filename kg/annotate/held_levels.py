"""Levels held, the verb of holding printed after the values (issue 14, class 4; lane TK5, dev12 151): 湿地保有量4.04万亩
不减少, 全省天然林保护面积325.59万公顷、国家级公益林221.18万公顷和省级公益林92.01万公顷基本保持稳定. The verb
(``target_cues.tsv`` held-level; the same words are an ``after`` row of ``comparators.tsv``, so targets.py reads the value
right before them as ``>=``: key convention 18, a level held is not to fall below) closes the clause and holds every level
the clause lists before it: the earlier items of the list, read as bare levels (``=``), take its ``>=`` too, as a
comparator printed once after a whole list is shared. An item is shared only when nothing but list items stands
between it and the verb (no verb of change or reach: 达到, 提高 …, no other comparator word); a change (下降10%) keeps
its own reading."""
from __future__ import annotations

import re

from kg.lexicon import comparators, cue, cue_pairs
from kg.model import Annotation, Document
from kg.annotate.indicators import indicator_concept, label_ok

_HELD = re.compile(r"\d[^\d，；。、和及与]{0,6}?(?:" + cue("target_cues.tsv", "held-level") + r")\s*(?:（[^（）]*）|\([^()]*\))?\s*$")
_CLAUSE_END = re.compile(r"[，；。：:\n]")
_LISTED = re.compile(r"\s*(?:[、和及与]|以及)")
_CLOSED = re.compile(r"\s*(?:以上)?\s*(?:" + cue("target_cues.tsv", "held-level") + r")")  # the verb right after the value
_MEASURE = cue_pairs("target_cues.tsv", "unit-measure")  # ha:面积, km:长度 …
_NAMED = re.compile(r"(?:" + cue("target_cues.tsv", "measure-noun") + r"|量|率|比例|比重|占比)$")
_REACH = 60  # characters before a target read back to its clause's start
# every comparator word printed before a value (达到, 提高到, 保持在, 下降 …): a list item it opens is read on its own
_OWN = re.compile("|".join(f"(?:{p})" for p, _, _ in comparators("before")))


def share(doc: Document, found: list[Annotation]) -> list[Annotation]:
    """``found`` with each target listed before a verb of holding that closes its clause read as ``>=`` (the verb's
    reading) when it was read as a bare level (``=``, no change): what follows the target to the clause's end is more
    items of the list (、, 和, 及 first), the last value, its unit and the verb (a bracket may close it), with no
    comparator word of its own before the verb or in the target's clause before it. A held level of a thing in a unit
    of area or length is its area or length (国家级公益林221.18万公顷 → 国家级公益林面积: ``unit-measure``), a label
    that names its quantity already (…面积, 湿地保有量) kept."""
    text = doc.text
    out = []
    for a in found:
        if a.layer == "target" and not a.get("change") and a.get("comparator") in ("=", ">=") and _held(text, a):
            label = a.get("indicator_label") or ""
            if a.get("unit") in _MEASURE and not _NAMED.search(label) and label_ok(label + _MEASURE[a.get("unit")]):
                ident, label = indicator_concept(label + _MEASURE[a.get("unit")])
                a = _with(a, indicator=ident, indicator_label=label)
            a = _with(a, comparator=">=")
        out.append(a)
    return out


def _held(text: str, a: Annotation) -> bool:
    """Whether the verb of holding closes ``a``'s clause after it, ``a`` its last value or an item of the list before it,
    with no comparator word of its own."""
    end = _CLAUSE_END.search(text, a.end)
    rest = text[a.end: end.start() if end else len(text)]
    opened = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, a.start - _REACH), a.start)), default=a.start)
    if _OWN.search(text[opened: a.end]):
        return False  # 森林覆盖率达到58%、…保持稳定: the level reached is its own
    if _CLOSED.match(rest):
        return _HELD.search(text[a.start: a.end] + rest) is not None
    held = _HELD.search(rest)
    return bool(_LISTED.match(rest)) and held is not None and not _OWN.search(rest[: held.start()])


def _with(a: Annotation, **changed) -> Annotation:
    return Annotation(a.layer, a.start, a.end, a.rule, tuple(sorted({**dict(a.value), **changed}.items())))

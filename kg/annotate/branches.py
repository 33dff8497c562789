"""Branches named after their parent (省民航机场集团上饶机场分公司, 省港航管理局上饶分局, 市生态环境局各管理局):
the parent's name, a place or a short modifier, and a branch ending (``body_forms.tsv`` kinds
branch-nonstate, branch-state, branch-each). The branch is one actor, printed whole.

- a parent ending as an enterprise does (集团, 有限公司, 公司) + a place or modifier + 分公司: non-state;
- a parent ending in a body suffix (局, 厅, 委 …) + a place or modifier + 分局, or right before 各管理局:
  a body of the document's place (of the province its name opens with, if any).

The parent's run goes left over jieba tokens as a named body's does (``bodies.find_named``): to
punctuation or a named-stop word; a run stopped by 各/有关/相关 names no parent (各大型银行三明分行).
"""
from __future__ import annotations

import bisect
import re

from kg.annotate.bodies import forms, ident, named_stops
from kg.annotate.places import Place, province_names

_HAN = r"[\u4e00-\u9fff]"
_TAIL = 6  # the place or modifier between parent and ending: 上饶机场, 九江, 山东省
_GENERIC_STOPS = ("各", "有关", "相关", "其他", "各类")
_NOT_IN_TAIL = "和及与或等各、"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _parent_start(text: str, end: int, ordered: list[int]) -> int | None:
    """Where a parent ending at ``end`` opens: the run of jieba tokens left of it, to punctuation or
    a named-stop word; None when a generic word (各, 有关, 相关) stops it."""
    stops = named_stops()
    i = bisect.bisect_left(ordered, end)
    start = end
    while i > 0:
        prev = ordered[i - 1]
        tok = text[prev:start]
        if not re.fullmatch(_HAN + "+", tok) or end - prev > 24:
            break
        if tok in stops:
            return None if tok in _GENERIC_STOPS else start
        start, i = prev, i - 1
    return start


def _parent_end(text: str, pos: int, floor: int, ends: tuple[str, ...], cuts: frozenset[int]):
    """The nearest parent ending (end offset, ending) left of ``pos`` and at or right of ``floor``,
    over Han characters only."""
    for p in range(pos, floor - 1, -1):
        if p < pos and (not re.match(_HAN, text[p]) or text[p] in _NOT_IN_TAIL):
            return None  # 市环境局和各县区分局: two bodies joined, no branch
        if p in cuts:
            hit = next((w for w in ends if text.endswith(w, 0, p)), None)
            if hit:
                return p, hit
    return None


def find_branches(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for branches named after their parent (see the module)."""
    home = place or Place(None, None)
    f = forms()
    nonstate_ends = tuple(sorted(f.get("named-nonstate", ()) + f.get("nonstate", ()), key=len, reverse=True))
    state_ends = tuple(sorted(f["suffix"], key=len, reverse=True))
    kinds = {w: k for k in ("branch-nonstate", "branch-state", "branch-each") for w in f.get(k, ())}
    ordered = sorted(cuts)
    by_len = sorted(province_names(), key=len, reverse=True)
    for m in re.finditer(_alt(kinds), text):
        b, e, kind = m.start(), m.end(), kinds[m.group(0)]
        if e < len(text) and re.match(_HAN, text[e]) and e not in cuts:
            continue  # 分局长: the ending opens a longer word
        ends = nonstate_ends if kind == "branch-nonstate" else state_ends
        found = _parent_end(text, b, b if kind == "branch-each" else b - _TAIL, ends, cuts | {b})
        if found is None:
            continue
        pend, ending = found
        s = _parent_start(text, pend - len(ending), ordered)
        if s is None or pend - s < 3:
            continue
        name = text[s:e]
        if kind == "branch-nonstate":
            yield s, e, ident(None, "any", name), Place(None, None), "any"
            continue
        prov = next((p for p in by_len if name.startswith(p)), None)
        jur = Place(province_names()[prov], None) if prov else home
        yield s, e, ident(jur, "unit", name), jur, "unit"

"""A place word printed once before a list of groups, carried over each (issue 14, class 7; lane ap5).

The national template 鼓励引导我省企业、高校、科研机构积极参与国家绿色技术交易 (75; 我市… in 111 and 242) names the province's
firms, universities and research institutes: key conventions 39 (a prefix printed once before a list of groups is carried
over each) and 62 (a group printed with a place word is keyed as printed, the place word in the row) key 我省企业, 我省高校,
我省科研机构, as 75's, 111's and 242's keys have it. ``printed_prefixes.keep_places`` widens the first group to a place word
after a pivot (支持省内高校…); here the document's own place (我省, 我市, 本市) is read the same way, and each later group of the
list, joined by 、 only and given no place of its own, becomes the narrowed group (the actor 我省高校, printed 高校: convention 4's
completed name), a non-state group of no jurisdiction. A list closed by 和 or 以及 stops there. Words are data:
``ontology/convention_cues.tsv`` own-place-narrowing, carried-place-joiner, acting-pivot, place-narrowing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.model import Annotation


@lru_cache(maxsize=None)
def _rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    own = cue("convention_cues.tsv", "own-place-narrowing")
    return (re.compile(f"(?:{cue('convention_cues.tsv', 'acting-pivot')})(?P<place>{own})$"),
            re.compile(f"^(?P<place>{own}|{cue('convention_cues.tsv', 'place-narrowing')})"),
            re.compile(f"(?:{cue('convention_cues.tsv', 'carried-place-joiner')})"))


def carry_places(text: str, out: list[Annotation]) -> list[Annotation]:
    """``out`` with a non-state group printed after a pivot and the document's own place (鼓励引导我省企业) widened to the
    place word, and the place word of a narrowed group carried to each group listed after it with 、 (高校 → 我省高校)."""
    own, placed, joiner = _rx()
    out = sorted(out, key=lambda a: (a.start, a.end))
    result: list[Annotation] = []
    carried = None  # (place word, end of the last group it was carried to)
    for a in out:
        name = text[a.start:a.end]
        nonstate = a.get("jurisdiction") is None
        m = own.search(text, max(0, a.start - 10), a.start) if nonstate else None
        if m and not any(b.start < a.start and m.start("place") < b.end for b in result):
            a = make(a.layer, m.start("place"), a.end, "actor-group",
                     **{**dict(a.value), "actor": ident(None, "any", text[m.start("place"):a.end])})
            name = text[a.start:a.end]
        p = placed.match(name)
        if p and nonstate and a.rule == "actor-group":
            carried = (p.group("place"), a.end)
        elif carried and nonstate and joiner.fullmatch(text[carried[1]:a.start]) and not placed.match(name):
            a = make(a.layer, a.start, a.end, "actor-carried-place",
                     **{**dict(a.value), "actor": ident(None, "any", carried[0] + name)})
            carried = (carried[0], a.end)
        else:
            carried = None
        result.append(a)
    return result

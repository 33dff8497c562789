"""A group printed right after 重点 is the marked set, another actor than the bare group (issue 14, class 7; lane AR10).

Convention 32 of corpus/keys/README.md: a word that narrows the set (重点, 龙头, 地方, 各级 …) makes another row than the bare
group. The lexicon names some marked sets whole (重点排放单位, 重点用能单位); where the tagger reads a non-state group that ends in
a ``body_forms.tsv`` head right after the marker word (鼓励重点用水企业、园区建立…: 用水企业), the span
takes the marker and the actor is the marked group (an id of its own, of no jurisdiction), as dev18 200 keys 重点用水企业 and the
development keys 重点企业, 重点行业企业, 重点用能企业. Only a printing that acts itself is renamed (``acting.acts`` there, or a span
another finder read as acting; not consulted): the bare group's other printings are often a possessor, an object or a scope
(建立涉重金属重点行业企业清单, 面向重点碳排放企业开展培训, 省级重点龙头企业达到90家, 以重点区域、重点行业企业…为突破点), which
keep the bare group's reading, as before. And only where a pivot verb moves it (鼓励重点油气企业…, 督促指导工业园区、重点环境风险
企业编制…, 推动化工、印染…等重点行业企业落实…: ``acting-pivot`` right before it or before the list it closes) or a modal follows it
in its clause (重点项目申报单位还应提交…): ``acts`` alone also reads a frame (以重点区域、重点行业企业…为突破点), a site
(重点工业企业、饮用水水源地安装在线监控…), a heading (重点工业企业污染深度治理) and a possessor (强化…等重点行业企业拆除活动监管),
where the bare group's row stands anyway (pool: 6 such rows of 21 before this test). The words are data:
``ontology/convention_cues.tsv`` marked-group, marked-group-modal, acting-pivot.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.acting import acts
from kg.annotate.base import make
from kg.annotate.bodies import forms, ident
from kg.annotate.unacting import consulted
from kg.model import Annotation


@lru_cache(maxsize=None)
def _moved() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'acting-pivot')})(?:[^，。；：\\n]{{0,40}}[、等])?$")


@lru_cache(maxsize=None)
def _bound() -> re.Pattern:
    return re.compile(f"[^，。；：\\n]{{0,30}}?(?:{cue('convention_cues.tsv', 'marked-group-modal')})")


def _clause_start(text: str, s: int) -> int:
    return max(text.rfind(c, 0, s) for c in "，。；：\n") + 1


def keep_marked(text: str, out: list[Annotation], cuts: frozenset[int], acting: set[tuple[int, int]]) -> list[Annotation]:
    """``out`` with each non-state group ending in a head printed right after 重点 widened to it, an actor of its own, where
    that printing acts (``acting``: spans other finders read as acting); every other printing as it was."""
    marker, heads, ordered, widened = cue("convention_cues.tsv", "marked-group"), forms().get("head", ()), sorted(cuts), []
    for a in out:
        s = a.start - len(marker)
        if (a.get("jurisdiction") is None and text[a.start:a.end].endswith(heads) and text[max(0, s):a.start] == marker
                and not any(b is not a and b.start < a.start and s < b.end for b in out) and not consulted(text, s, a.end)
                and ((a.start, a.end) in acting or acts(text, s, a.end, cuts, ordered))
                and (_moved().search(text[_clause_start(text, s):s]) or _bound().match(text, a.end))):
            a = make(a.layer, s, a.end, "actor-group", **{**dict(a.value), "actor": ident(None, "any", text[s:a.end])})
        widened.append(a)
    return widened

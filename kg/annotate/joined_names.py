"""A working group's name that holds a word the named-body run stops at (issue 14, class 7; lane AP7).

``bodies.find_named`` runs left from a body's ending (领导小组, 委员会 …) over jieba's words and stops at a named-stop word,
verbs and joiners among them (发展, 与), so a name holding one was cut there: 绿色发展资金管理工作领导小组 read as
资金管理工作领导小组 (120), 龙岩全国林业改革发展综合试点市建设领导小组 as 综合试点市建设领导小组 (166), 应对气候变化与节能减排工作
领导小组 as 节能减排工作领导小组 (508): a name no key row prints, an extra and a miss each (conventions 4, 13: a body is named as
printed). Such a word inside the run joins two parts of the name when a word of the name stands right before it and the run
before it ends at a stop, a mark or a clause verb, not at a list joiner (…保护和高质量发展领导小组: the run is a list's second
part, left as read) and, for 与, when no place or level word opens the part after it (做好与重庆市碳达峰碳中和工作领导小组的沟通:
与 is a preposition). The words are data: ``ontology/actor_cues.tsv`` joined-name-*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue

_JOINERS = frozenset(cue("actor_cues.tsv", "joined-name-word").split("|"))
_ENDS = re.compile(f"(?:{cue('actor_cues.tsv', 'joined-name-end')})")
_AFTER_NOT = re.compile(f"(?:{cue('actor_cues.tsv', 'joined-name-after-not')})")
_BEFORE_NOT = frozenset(cue("actor_cues.tsv", "joined-name-before-not").split("|"))
_STOPS = frozenset(cue("actor_cues.tsv", "joined-name-stop").split("|"))
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST = 30  # characters of a name from its first word to its ending's start


def joined_start(text: str, stop: int, start: int, head: int, ordered: list[int], i: int, stops: frozenset[str],
                 places: tuple[str, ...]) -> int:
    """Where a named body's run opens when the stop word at ``stop`` (``ordered[i]``; the run after it opens at ``start``,
    its ending at ``head``) is a joiner inside the name (``joined-name-word``): further left, over jieba's words to the
    next stop word or mark; else ``start``."""
    if text[stop:start] not in _JOINERS or not _ENDS.search(text, head, head + 8) or start >= head:
        return start
    if text[stop:start] == "与" and (text.startswith(places, start) or _AFTER_NOT.match(text, start)):
        return start  # 与重庆市…领导小组: a partner named whole, 与 a preposition
    new, j = stop, i
    while j > 0:
        prev = ordered[j - 1]
        tok = text[prev:new]
        if not _HAN.fullmatch(tok) or head - prev > _LONGEST or tok in stops or tok in _STOPS:
            if tok in _BEFORE_NOT:
                return start  # 生态保护和高质量发展领导小组: the run is the second part of a list, not the name's opening
            break
        new, j = prev, j - 1
    return new if stop - new >= 2 else start

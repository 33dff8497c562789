"""Places or bodies that are only the subject of an aim (key convention 61 of corpus/keys/README.md; lane CV, session 15).

An aim that a share of a class of bodies or places reaches a state (85%的县级及以上党政机关建成节约型机关; 年底前70%以上县级及以上
党政机关创建成为节约型机关; 80%左右的县级及以上党政机关达到创建要求) measures the class — what reaches the state — and gives it
no task: that printing names no actor, as convention 49(b) reads the counted things of a nested aim and 53 a group that only
changes. The share printed right before the name and a verb of becoming right after it say so (``convention_cues.tsv``
aim-subject-share, aim-subject-verb); the same name given an act elsewhere (县级及以上党政机关要带头…) keeps that printing.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation

_SHARE = re.compile(f"(?:{cue('convention_cues.tsv', 'aim-subject-share')})\\s*$")
_BECOMES = re.compile(f"\\s*(?:{cue('convention_cues.tsv', 'aim-subject-verb')})")
_REACH = 16  # characters before a name read for its share (力争80%以上的)


def aim_subject(text: str, a: Annotation) -> bool:
    """Whether the name printed at ``a`` stands between a share and a verb of becoming: the subject of an aim."""
    return bool(_SHARE.search(text[max(0, a.start - _REACH): a.start]) and _BECOMES.match(text, a.end))


def drop_aim_subjects(text: str, actors: list[Annotation]) -> list[Annotation]:
    """``actors`` without the printings that are only the subject of an aim (convention 61)."""
    return [a for a in actors if not aim_subject(text, a)]

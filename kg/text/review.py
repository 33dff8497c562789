"""Reviews of the past and of the situation that open a plan (发展基础, “十三五”成效, 面临形势): the
provisions under such a heading are ``background``, not measures (``ontology/text_cues.tsv``).

A review stands at the start of its scope: the leading top-level divisions (parts, chapters, measures)
whose heading reviews, and, in the first division that does not, the headings under it that do
(一、践行…新征程 / （一）生态环境保护成效显著). Articles are never background: a regulation's 总则 states
rules.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Node
from kg.text.headings import DIVISIONS

_HEADED = DIVISIONS + ("part", "measure")


# read when the module is imported, as every tagger reads its cues (tests/test_cues.py checks them then)
_REVIEW = re.compile(cue("text_cues.tsv", "review-heading"))
_NOT_REVIEW = re.compile(cue("text_cues.tsv", "review-not"))


def is_review(title: str | None) -> bool:
    """A heading that reviews the past or the situation, and names no action or aim."""
    return bool(title) and _REVIEW.search(title) is not None and _NOT_REVIEW.search(title) is None


def mark_background(scope: Node) -> None:
    """Provisions under the review headings that open ``scope`` become ``background``."""
    tops = [c for c in scope.children if c.kind in _HEADED]
    for top in tops:
        if is_review(top.title):
            _background(top)
            continue
        for child in top.children:  # the first division that is no review: its own review headings
            if child.kind in _HEADED and is_review(child.title):
                _background(child)
        break


def _background(node: Node) -> None:
    for n in node.walk():
        if n.provision in ("measure", "part", "task"):
            n.provision = "background"

"""Reviews of the past and of the situation that open a plan (发展基础, “十三五”成效, 面临形势): the
provisions under such a heading are ``background``, not measures (``ontology/text_cues.tsv``).

A review stands at the start of its scope: the leading top-level divisions (parts, chapters, measures)
whose heading reviews, and, in the first division that does not, the headings under it that do
(一、践行…新征程 / （一）生态环境保护成效显著). A leading 总则 or 前言 (编制依据, 规划范围) does not
count: the review after it still opens the plan. A heading whose title the text runs on from (第一节
生态环境保护取得历史性成就“十三五”时期，…) is read by its opening words. Articles are never
background: a regulation's 总则 states rules.

The review ends where its division ends: the structure sets the reviews aside before it chooses the
level of the plan's provisions (kg/text/provisions.py), so a review printed with （一） measures or
一是… run-ins does not decide how the goals and tasks after it are read; every unit of the review at its
lowest headed level is background (a part or measure, as records.py reads them).
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Node
from kg.text.headings import DIVISIONS
from kg.text.provisions import demote_divisions

_HEADED = DIVISIONS + ("part", "measure")
_OPENING_WORDS = 20  # how much of an untitled heading's text stands for its title


# read when the module is imported, as every tagger reads its cues (tests/test_cues.py checks them then)
_REVIEW = re.compile(cue("text_cues.tsv", "review-heading"))
_NOT_REVIEW = re.compile(cue("text_cues.tsv", "review-not"))
_PREFACE = re.compile(cue("text_cues.tsv", "review-preface"))


def is_review(title: str | None) -> bool:
    """A heading that reviews the past or the situation, and names no action or aim."""
    return bool(title) and _REVIEW.search(title) is not None and _NOT_REVIEW.search(title) is None


def heading_title(node: Node, text: str) -> str | None:
    """The node's title, or for a heading whose text runs on from it, its opening words up to the
    first punctuation mark."""
    if node.title or not text:
        return node.title
    start = node.body_start if node.body_start is not None else node.start
    return re.split(r"[，。；：\n]", text[start:min(node.end, start + _OPENING_WORDS + 5)].lstrip()[:_OPENING_WORDS])[0]


def review_divisions(scope: Node, text: str = "") -> tuple[Node, ...]:
    """The divisions of ``scope`` that review (see the module's docstring), in text order."""
    if any(n.kind == "article" for n in scope.walk()):
        return ()
    out: list[Node] = []
    tops = [c for c in scope.children if c.kind in _HEADED]
    while len(tops) > 1 and _PREFACE.fullmatch(heading_title(tops[0], text) or ""):
        tops = tops[1:]  # 第一章 总则 (编制依据, 规划范围) before the review: the review still opens the plan
    for top in tops:
        if is_review(heading_title(top, text)):
            out.append(top)
            continue
        out.extend(c for c in top.children if c.kind in _HEADED and is_review(heading_title(c, text)))
        break
    return tuple(out)


def mark_background(reviews: tuple[Node, ...]) -> None:
    """Every unit of each review is ``background``: its units at the lowest headed level (a review part's
    （一） measures, the part itself when it prints none), whatever level the plan's provisions take."""
    for review in reviews:
        demote_divisions(review)  # 第一章 发展基础 / 第一节 …: its sections read as its parts
        _background(review)


def _background(node: Node) -> None:
    units = [c for c in node.children if c.kind in _HEADED]
    if not units:
        node.provision = "background"
    for child in units:
        _background(child)

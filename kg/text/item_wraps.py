"""A numbered list item printed as a run-in sentence (1.渤海湾：完成沿湾16条…任务，消除10条 / 县控及以上入海河流…) that
the wrap cut: joined to the line below it, so the item's text reads on and the first line is no title.

A line opening with 1. or （1） is read as an item heading, and a heading with no 。 is never joined to the next line
unless it is exactly as wide as the document's lines. But a 专栏's items are often printed wider than the body's lines
(the box's frame sets its own margin), so a full line of a box is "wider than the wrap" and stays a line of its own:
its words up to the margin became the item's title and the sentence was cut in two (the value in the title, the
thing counted in the body). Such a line is a sentence, not a title, when it holds a clause mark (，；) after the
number, stops open (no sentence end, nothing closing it: the caller checks) and is as wide as the document's lines
or wider. A title of a heading (1.强化精准治污，建设清洁海洋) is shorter than the lines of text below it: a line of
its own. Lines of a paragraph that opens with the indent of a new paragraph never reach here (``wraps._joins``).
"""
from __future__ import annotations

import re

from kg.text.lines import Line

_KINDS = ("item", "subitem")  # 1. / （1）: the list levels whose entries are sentences
_SHORT_OF_WRAP = 2.5  # em: as wraps._joins reads a full line
_CLAUSE = re.compile(r"[，；,;]")


def cut_item(prev: Line, width: float, wrap: float, kind: str | None, opens: bool) -> bool:
    """Whether ``prev``, the one line of a paragraph that is an item heading (``kind``) of ``width`` em, with no
    sentence end and none closing it, is a run-in sentence the document's ``wrap`` cut: a clause mark in it and a
    line as wide as the document's lines or wider."""
    return opens and kind in _KINDS and "。" not in prev.text and _CLAUSE.search(prev.text) is not None \
        and width >= wrap - _SHORT_OF_WRAP

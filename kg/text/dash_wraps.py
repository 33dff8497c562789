"""A principle line (——生态环境质量持续改善，…) the wrap cut: joined to the line below it.

A line opening with —— is read as a principle heading (``ontology/structure.tsv`` principle), and a heading with no
。 is never joined to the next line unless it is exactly as wide as the document's lines. But a —— item is prose: a
line of one that stops open (no sentence end) and is nearly as wide as the document's lines (at most 4 em short of
them: the dashes and an indent take the rest) or wider (a text layer that letter-spaces its words) was cut by the wrap
(——近岸海域环境质量持续改善，优良（一、二类）水质面 / 积比例不低于92%; 由44个增至53 / 个). A short one is a
line of its own: a project list's entry over a region's heading (——苏州昆山储能电站 / 青海：), a dash alone or
before a page number (—— / 例（%）, — 20), a part heading whose 一 a text layer printed as — (—、发展基础).
"""
from __future__ import annotations

from kg.text.lines import Line

_SHORT_OF_WRAP = 4.0  # em: how much narrower than the wrap width a cut —— line may be


def cut_principle(prev: Line, width: float, wrap: float, kind: str | None, opens: bool) -> bool:
    """Whether ``prev``, the one line of a paragraph that is a principle heading (``kind``) of ``width`` em, with no
    sentence end and none closing it (the caller checks), is nearly the document's ``wrap`` width or wider."""
    return opens and kind == "principle" and "。" not in prev.text and width >= wrap - _SHORT_OF_WRAP

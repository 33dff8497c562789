"""How a provision unit is printed and known by a reader: 第十二条, 第三章 总则, （一）标题, 一、标题, 1. 标题, 附件1.

Below the pages and the queries, so that the related measures (kg/analysis), the command-line lookups (kg/query) and
the pages (kg/pages) label a unit the same way without any of them importing another's layer.
"""
from __future__ import annotations

from kg.lexicon import page_labels
from kg.model import Node

_L = page_labels()

# How a heading's number is printed, by kind: 第十二条, 第三章, 专栏1 (labels of the reading view).
_PRINTED = {"article": "第{n}条", "chapter": "第{n}章", "section": "第{n}节", "book": "第{n}编", "box": "专栏{n}"}


def number_label(kind: str, number: str | None) -> str:
    """The number of a unit as the reading view prints it: 第十二条, 第三章, （一）, 一、, 一是, 5. , 附件1 """
    n = number or ""
    if kind in _PRINTED:
        return _PRINTED[kind].format(n=n)
    if kind == "measure":
        return f"（{n}）"
    if kind == "part":
        return f"{n}、"
    if kind == "task":
        return f"{n}是" if not n.isdigit() else f"{n}. "
    if kind == "annex":
        return f"{_L['unit']['annex']}{n} "
    if kind == "paragraph" and n:  # a flat document's paragraph, numbered by position (an article's 款 have none)
        return f"{_L['unit']['paragraph']}{n}"
    return ""


def unit_label(kind: str, number: str | None, title: str | None) -> str:
    """A unit as a row of the pages and the command line prints it: its number and its title (五's （五）标题, 5. 标题,
    一、标题, 附件1 标题), an article by its number alone (第三条), as the reading view heads it."""
    head = number_label(kind, number)
    return head if kind == "article" or not title else head + title


def heading_label(node: Node) -> str:
    """The label a reader knows a unit by: 第十二条, 第三章 总则, （一）标题, 一、标题, 1. 标题, 一是 …"""
    if node.kind in _PRINTED:
        label = number_label(node.kind, node.number)
        return f"{label} {node.title}" if node.title and node.kind != "article" else label
    if node.kind == "paragraph" and node.number:  # 段落3: a flat document's paragraph (kg/text/flat.py)
        return number_label(node.kind, node.number)
    if node.kind in ("measure", "part", "task"):
        return number_label(node.kind, node.number) + (node.title or "")
    return node.title or ""


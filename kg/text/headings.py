"""Paragraphs of the cleaned text and the heading each one starts with (``ontology/structure.tsv``):
what the structure stage reads, shared by its steps."""
from __future__ import annotations

from dataclasses import dataclass

from kg.lexicon import match_heading
from kg.model import Node

DIVISIONS = ("book", "chapter", "section")


@dataclass
class Para:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Para]:
    out, pos = [], 0
    for chunk in text.split("\n"):
        if chunk:
            out.append(Para(pos, pos + len(chunk), chunk))
        pos += len(chunk) + 1
    return out


def heading_of(text: str):
    rule, m = match_heading(text)
    if rule is None:
        return None
    num = m.groupdict().get("num") or ""
    if m.groupdict().get("sub"):
        num = f"{num}之{m.group('sub')}"
    title_text = (m.groupdict().get("title") or "").strip()
    return rule, m, num, title_text


def title_of(rest: str) -> str:
    cut = rest.find("。")
    title = rest[:cut] if cut >= 0 else rest
    return title.strip().rstrip("：:；;，,").strip()


def scope_nodes(scope: Node):
    """Nodes of one scope (the main text or one annex), not descending into annexes."""
    for child in scope.children:
        if child.kind == "annex":
            continue
        yield child
        yield from scope_nodes(child)

"""Numbering checks: gaps, duplicates and out-of-order numbers among siblings, as ``Issue``s with their
location, never silently fixed."""
from __future__ import annotations

import re

from kg.model import Issue, Node
from kg.text.headings import scope_nodes


# Lists, not divisions: a second run 1. 2. 3. under the same parent is a new list, not duplicates.
LISTS = ("item", "subitem", "task")
CHECKED = ("book", "chapter", "section", "article", "part", "measure", "item", "subitem", "task")


def check_numbering(root: Node, issues: list[Issue], locate, text: str = "") -> None:
    """Gaps, duplicates and out-of-order numbers, per scope (the main text, each annex).

    Siblings of one kind under one parent form a group. A group starting at 1 restarts the
    numbering; a group starting higher continues the previous group of its kind in the scope
    (measures numbered through the parts, items 1–20 straight through a document).
    """
    for scope in [root] + [n for n in root.walk() if n.kind == "annex"]:
        groups: dict[str, list[list[Node]]] = {k: [] for k in CHECKED}
        for parent in [scope] + list(scope_nodes(scope)):
            for kind in CHECKED:
                group = [c for c in parent.children if c.kind == kind and c.ordinal is not None
                         and "之" not in (c.number or "")]
                if group:
                    groups[kind].append(group)
        for kind in CHECKED:
            last = 0
            for group in sorted(groups[kind], key=lambda g: g[0].start):
                first = group[0].ordinal or 0
                expected = 1 if first == 1 or last == 0 else last + 1
                if kind in LISTS and first > expected and _inline_start(text, group[0].start, first - 1):
                    expected = first  # 注：1.… / 附件：1.… run in before it: the list started inline
                _check_siblings(group, kind, issues, locate, restart=kind in LISTS, expected=expected)
                last = max(last if first != 1 else 0, max(n.ordinal for n in group))


def _inline_start(text: str, start: int, number: int) -> bool:
    """The paragraph before ``start`` runs in item ``number`` after a colon (注：1.…, 附件：1.…)."""
    before = text[max(0, start - 400):start]
    before = before[before.rstrip("\n").rfind("\n") + 1:] if "\n" in before.rstrip("\n") else before
    return re.search(rf"[:：]\s*{number}\s*[.．、](?!\d)", before) is not None


def _check_siblings(nodes: list[Node], kind: str, issues, locate, restart: bool, expected: int = 1) -> None:
    seen: set[int] = set()
    for node in nodes:
        n = node.ordinal
        if n is None:
            continue
        line, col = locate(node.start)
        printed = node.number
        if restart and n == 1 and seen:
            seen, expected = set(), 1  # a new list under the same parent
        if n in seen:
            issues.append(Issue("numbering-duplicate", f"{kind} {printed} appears twice", node.start, line, col))
        elif n < expected:
            issues.append(Issue("numbering-order", f"{kind} {printed} is out of order (expected {expected})", node.start, line, col))
        elif n > expected:
            missing = f"{expected}" if n == expected + 1 else f"{expected}–{n - 1}"
            issues.append(Issue("numbering-gap", f"{kind} {printed} follows a gap: number {missing} is missing", node.start, line, col))
        seen.add(n)
        expected = max(expected, n + 1)

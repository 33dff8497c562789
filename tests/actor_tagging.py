"""Shared by the actor tests: the actors tagged in one measure of a document with a given title."""
from __future__ import annotations

from kg.annotate import annotate
from kg.annotate.actors import actor_table
from kg.link import links
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def tagged(body: str, title: str):
    """Printed surface → (jurisdiction, type, label) of every actor tagged in the body."""
    text = f"{title}\n一、重点任务\n（一）测试措施。{body}\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    table = actor_table()
    return {d.text[a.start:a.end]: (a.get("jurisdiction"), table[a.get("actor")]["type"], table[a.get("actor")]["label_zh"])
            for a in d.annotations.get("actor", []) if a.start > len(title)}


def linked_roles(body: str, title: str) -> dict[str, tuple[str, str]]:
    """label → (strongest role, rule) of each actor of the one measure of a made-up document."""
    text = f"{title}\n一、重点任务\n（一）测试措施。{body}\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    table = actor_table()
    return {table[actor]["label_zh"]: (role, ann.rule) for ul in links(d).values() for actor, (role, ann) in ul.roles.items()}



def printed_after(acts: str, body: str, title: str = "某省碳达峰实施方案") -> list[str]:
    """The surfaces of the actors tagged in the body, printed after ``acts`` (sentences that make each group act once)."""
    text = f"{title}\n一、重点任务\n（一）测试措施。{acts}{body}\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    start = d.text.index(acts) + len(acts)
    return [d.text[a.start:a.end] for a in d.annotations.get("actor", []) if a.start >= start]


def printings_after(acts: str, body: str, surface: str) -> int:
    """How many printings ending in ``surface`` in the body, after ``acts``, are tagged actors."""
    return sum(1 for printed in printed_after(acts, body) if printed.endswith(surface))

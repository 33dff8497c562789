"""Shared by the label tests: the (indicator label, value) of every target tagged in one measure of a plan."""
from __future__ import annotations

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def target_labels(body: str) -> list[tuple]:
    """A measure's body → (indicator_label, value) of each target tagged in it, in order."""
    text = f"关于测试的实施方案\n一、重点任务\n（一）测试措施。{body}\n"
    doc = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return [(a.get("indicator_label"), a.get("value")) for a in doc.annotations.get("target", [])]

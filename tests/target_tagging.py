"""Shared by the target and label tests: one measure of a plan annotated, and what its targets say."""
from __future__ import annotations

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def text_doc(text: str):
    """A whole document's text, cleaned, structured and annotated."""
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def measure_doc(body: str, heading: str = "（一）测试措施。", title: str = "关于测试的实施方案"):
    """A plan of one task part and one measure (``heading`` then ``body``), annotated."""
    return text_doc(f"{title}\n一、重点任务\n{heading}{body}\n")


def target_rows(d, layer: str = "target") -> list[tuple]:
    """(value, unit, comparator, indicator_label) of each annotation of ``layer`` in ``d``, in order."""
    return [(a.get("value"), a.get("unit"), a.get("comparator"), a.get("indicator_label")) for a in d.annotations.get(layer, [])]


def target_labels(body: str) -> list[tuple]:
    """A measure's body → (indicator_label, value) of each target tagged in it, in order."""
    return [(a.get("indicator_label"), a.get("value")) for a in measure_doc(body).annotations.get("target", [])]

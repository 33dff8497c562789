"""How things are called: the one place a measure's (or part's) label is formatted, and concepts' labels.

The formats are data (``ontology/headings.tsv``); ``measure_label`` gives 三、（五）标题 or
（五）标题, and ``document_measures`` every measure of a document with its label, the part
number included when the document's numbering restarts in every part.
"""
from __future__ import annotations

from functools import lru_cache

from kg.annotate.actors import actor_table
from kg.annotate.concepts import table
from kg.lexicon import read_tsv
from kg.model import Document, Node


@lru_cache(maxsize=1)
def formats() -> dict[str, str]:
    """Use → format string, from ontology/headings.tsv."""
    return {row["use"]: row["format"] for row in read_tsv("headings.tsv")}


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return {row["key"]: row["text"] for row in read_tsv("analysis_words.tsv")}


def word(key: str, **fill) -> str:
    """A word of the analyses' output (ontology/analysis_words.tsv), its ``{…}`` filled from ``fill``."""
    text = _words()[key]
    return text.format(**fill) if fill else text


def heading(use: str, number, title="", part="") -> str:
    """A label in the format ``use`` of ontology/headings.tsv (measure, part_measure, part, cited)."""
    return formats()[use].format(number=number, title=title, part=part)


def measure_label(number, title, part="") -> str:
    """三、（五）标题 when ``part`` is given (numbering restarts per part), else （五）标题."""
    return heading("part_measure", number, title, part) if part else heading("measure", number, title)


def restarts(doc: Document) -> bool:
    """Whether the document's measure numbers restart (in every part), so a number alone is ambiguous."""
    seen: set[str] = set()
    for m in doc.nodes("measure"):
        if m.number in seen:
            return True
        seen.add(m.number or "")
    return False


def document_measures(doc: Document) -> list[tuple[Node, str]]:
    """Every measure of ``doc`` in text order with its label (the part number in it when numbering restarts)."""
    again = restarts(doc)
    parent = {id(c): n for n in doc.root.walk() for c in n.children}
    out = []
    for m in doc.nodes("measure"):
        up = parent.get(id(m))
        while up is not None and up.kind != "part":
            up = parent.get(id(up))
        part = up.number if (again and up is not None and up.number) else ""
        out.append((m, measure_label(m.number, m.title or "", part)))
    return out


class _Labels(dict):
    """(kind, id) → label; a local body (``fujian.province.departments``) that no document of this
    process has named yet is looked up on demand, so a label never depends on which process parsed
    which document (worker processes, the build cache)."""

    def __missing__(self, key):
        kind, ident = key
        row = actor_table().get(ident) if kind == "actor" else None
        if row is None:
            raise KeyError(key)
        self[key] = row["label_zh"]
        return self[key]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


@lru_cache(maxsize=1)
def concept_labels() -> dict[tuple[str, str], str]:
    """(kind, id) → the Chinese label of every actor, sector, place, instrument and indicator."""
    out = _Labels({("actor", k): v["label_zh"] for k, v in actor_table().items()})
    for kind in ("sector", "place", "instrument"):
        out.update({(kind, k): v["label_zh"] for k, v in table(kind).items()})
    for row in read_tsv("indicators.tsv"):
        out[("indicator", row["id"])] = row["label_zh"]
    return out

"""Sectors, places and policy instruments: dictionary spans over sentences of the policy body.

Each span names the concept it points to; the keyword is the evidence a reader can check.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import read_tsv
from kg.model import Annotation, Document
from kg.annotate.base import Matcher, boundaries, contexts, make, split_aliases

_FILES = {
    "sector": ("sectors.tsv", ("keywords",)),
    "place": ("places.tsv", ("label_zh", "aliases")),
    "instrument": ("instruments.tsv", ("keywords",)),
}


@lru_cache(maxsize=None)
def table(layer: str) -> dict[str, dict]:
    return {row["id"]: row for row in read_tsv(_FILES[layer][0])}


@lru_cache(maxsize=None)
def matcher(layer: str) -> Matcher:
    name, cols = _FILES[layer]
    surfaces: dict[str, str] = {}
    for row in read_tsv(name):
        for col in cols:
            forms = split_aliases(row[col]) if col in ("aliases", "keywords") else [row[col]]
            for s in forms:
                surfaces.setdefault(s, row["id"])
    return Matcher(surfaces)


def tag(doc: Document, layer: str) -> list[Annotation]:
    text, cuts, m = doc.text, boundaries(doc), matcher(layer)
    out = []
    for ctx in contexts(doc):
        if ctx.scope == "notice":
            continue
        for s, e, ident in m.find(text, ctx.sentence.start, ctx.sentence.end, cuts):
            out.append(make(layer, s, e, f"{layer}-lexicon", concept=ident))
    return out

"""The annotation stage: one layer per tagger, each a list of spans with a rule and a value.

Order follows what each layer needs: time → actors → roles (needs actors) → targets and goals
(need time) → sectors, places, instruments. Taggers never import each other.
"""
from __future__ import annotations

from kg.model import Document
from kg.annotate import actors
from kg.annotate import concepts
from kg.annotate import goals
from kg.annotate import targets
from kg.annotate import time

LAYERS = ("time", "actor", "role", "target", "record", "condition", "goal", "sector", "place", "instrument")


def annotate(doc: Document) -> Document:
    """Add every annotation layer to ``doc`` (in place) and return it."""
    ann = doc.annotations
    ann["time"] = time.tag(doc)
    ann["actor"] = actors.tag_actors(doc)
    ann["role"] = actors.tag_roles(doc, ann["actor"])
    found = targets.tag(doc, ann["time"])  # targets, and the values that are not: records, conditions
    for layer in ("target", "record", "condition"):
        ann[layer] = [a for a in found if a.layer == layer]
    ann["goal"] = goals.tag(doc, ann["time"])
    for layer in ("sector", "place", "instrument"):
        ann[layer] = concepts.tag(doc, layer)
    for layer in LAYERS:
        ann[layer] = sorted(set(ann[layer]), key=lambda a: (a.start, a.end, a.rule, a.value))
    doc.meta["issuer_actors"] = actors.split_issuers(doc.meta.get("issuers", []) + doc.meta.get("signatories", []))
    return doc

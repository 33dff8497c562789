"""Annotations → links: which measure (or part) each span belongs to, the strongest role of
each actor in each measure, and the concepts each span names. Pure; no RDF here."""
from __future__ import annotations

from dataclasses import dataclass, field

from .annotate.actors import ROLE_RANK
from .annotate.base import contexts
from .model import Annotation, Document, Node


@dataclass
class UnitLinks:
    """What one measure (or a part, for statements outside numbered measures) links to."""

    unit: Node
    part: Node | None
    measure: Node | None
    roles: dict[str, tuple[str, Annotation]] = field(default_factory=dict)  # actor → (role, evidence)
    sectors: dict[str, Annotation] = field(default_factory=dict)
    places: dict[str, Annotation] = field(default_factory=dict)
    instruments: dict[str, Annotation] = field(default_factory=dict)
    targets: list[Annotation] = field(default_factory=list)
    goals: list[Annotation] = field(default_factory=list)


def sentence_index(doc: Document):
    """Sorted sentence spans with their context, for locating annotations."""
    return [(c.sentence.start, c.sentence.end, c) for c in contexts(doc)]


def locate(index, start: int):
    lo, hi = 0, len(index)
    while lo < hi:
        mid = (lo + hi) // 2
        if index[mid][1] <= start:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(index) and index[lo][0] <= start < index[lo][1]:
        return index[lo][2]
    return None


def links(doc: Document) -> dict[str, UnitLinks]:
    """Per measure/part path: roles, sectors, places, instruments, targets and goals."""
    index = sentence_index(doc)
    out: dict[str, UnitLinks] = {}

    def unit_for(ann: Annotation):
        ctx = locate(index, ann.start)
        if ctx is None or ctx.scope != "body":
            return None, None
        unit = ctx.measure or ctx.part
        if unit is None:
            return None, ctx
        if unit.path not in out:
            out[unit.path] = UnitLinks(unit, ctx.part, ctx.measure)
        return out[unit.path], ctx

    for ann in doc.annotations.get("role", []):
        ul, _ = unit_for(ann)
        if ul is None:
            continue
        actor, role = ann.get("actor"), ann.get("role")
        if actor not in ul.roles or ROLE_RANK[role] > ROLE_RANK[ul.roles[actor][0]]:
            ul.roles[actor] = (role, ann)
    for layer, attr in (("sector", "sectors"), ("place", "places"), ("instrument", "instruments")):
        for ann in doc.annotations.get(layer, []):
            ul, _ = unit_for(ann)
            if ul is not None:
                getattr(ul, attr).setdefault(ann.get("concept"), ann)
    for layer, attr in (("target", "targets"), ("goal", "goals")):
        for ann in doc.annotations.get(layer, []):
            ul, _ = unit_for(ann)
            if ul is not None:
                getattr(ul, attr).append(ann)
    return dict(sorted(out.items(), key=lambda kv: kv[1].unit.start))

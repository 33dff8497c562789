"""Annotations → links: which provision (or part) each span belongs to, the strongest role of
each actor in each provision, and the concepts each span names. Pure; no RDF here.

A span belongs to its innermost provision (``Document.provisions()``: a measure, an article, a
task or a part), so a task's responsibility list gives roles for that task and an article's
actors belong to that article; outside every provision, to its part as before."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.annotate.actors import ROLE_RANK
from kg.annotate.base import contexts
from kg.model import Annotation, Document, Node


@dataclass
class UnitLinks:
    """What one provision (or a part, for statements outside provisions) links to."""

    unit: Node
    part: Node | None
    measure: Node | None  # the enclosing measure, else the provision itself (an article, a task); None for a part
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


def provision_index(doc: Document) -> list[Node]:
    """The document's provisions, innermost last among those sharing a start (a part before its task)."""
    return sorted(doc.provisions(), key=lambda n: (n.start, -n.end))


def innermost(provisions: list[Node], start: int) -> Node | None:
    """The innermost provision whose span holds offset ``start``."""
    found = None
    for n in provisions:
        if n.start > start:
            break
        if start < n.end and (found is None or n.end <= found.end):
            found = n
    return found


def links(doc: Document) -> dict[str, UnitLinks]:
    """Per provision/part path: roles, sectors, places, instruments, targets and goals."""
    index = sentence_index(doc)
    provisions = provision_index(doc)
    out: dict[str, UnitLinks] = {}

    def unit_for(ann: Annotation):
        ctx = locate(index, ann.start)
        if ctx is None or ctx.scope != "body":
            return None, None
        prov = innermost(provisions, ann.start)
        if prov is None and ctx.measure is not None:
            prov = ctx.measure
        unit = prov or ctx.part
        if unit is None:
            return None, ctx
        if unit.path not in out:
            if prov is None or prov.provision == "part":
                out[unit.path] = UnitLinks(unit, ctx.part, None)
            else:  # the measure number: the enclosing measure of a task, else the provision's own number
                out[unit.path] = UnitLinks(unit, ctx.part, ctx.measure or prov)
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

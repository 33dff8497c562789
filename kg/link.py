"""The link stage: annotations → links, computed once per document and stored as ``doc.links``.

Which provision (or part) each span belongs to, the strongest role of each actor in each
provision, and the concepts each span names (``links``); the general clauses of the document,
the units with no stated responsible body, and what those inherit (``general_clauses``,
``inherited``). ``link`` runs them all once; ``kg.pipeline`` stores its result on the Document,
and the graph, the pages and analysis read ``doc.links`` (``linked``). Pure; no RDF here.

A span belongs to its innermost provision (``Document.provisions()``: a measure, an article, a
task or a part), so a task's responsibility list gives roles for that task and an article's
actors belong to that article; outside every provision, to its part as before. A target in a
chapter's (or section's) lead-in, before its first part, belongs to that division: no provision or part
holds it, and a lead-in states the chapter's targets (到2025年，风电累计装机规模达8900万千瓦). Roles and
goals there stay unlinked (a lead-in's bodies and aims frame the chapter). A target inside the part of a provision
that a list or a table cell answers for (a role's ``task``: a table's row) has that role as its own
(``UnitLinks.target_roles``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.annotate.roles import ROLE_RANK
from kg.annotate.base import contexts
from kg.lexicon import read_tsv
from kg.model import Annotation, Document, Inherited, Links, Node, UnitLinks
from kg.text.headings import DIVISIONS

__all__ = ["STATED_ROLES", "Inherited", "Links", "UnitLinks", "general_clauses", "inherited", "innermost", "link",
           "linked", "links", "locate", "provision_index", "responsible_units", "sentence_index"]


def link(doc: Document) -> Links:
    """The link stage: every link of ``doc``, computed once (``kg.pipeline`` stores it as ``doc.links``)."""
    units = links(doc)
    general = general_clauses(doc)
    unstated, inherits = inherited(doc, units, general)
    return Links(units, general, unstated, inherits)


def linked(doc: Document) -> Links:
    """``doc.links``; a Document made without the pipeline (by hand, in a test) is linked here, once."""
    if doc.links is None:
        doc.links = link(doc)
    return doc.links


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
    divisions = sorted((n for n in doc.root.walk() if n.kind in DIVISIONS), key=lambda n: (n.start, -n.end))
    out: dict[str, UnitLinks] = {}

    def unit_for(ann: Annotation, lead_in: bool = False):
        ctx = locate(index, ann.start)
        if ctx is None or ctx.scope != "body":
            return None, None
        prov = innermost(provisions, ann.start)
        if prov is None and ctx.measure is not None:
            prov = ctx.measure
        unit = prov or ctx.part or (innermost(divisions, ann.start) if lead_in else None)
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
    for ann in doc.annotations.get("role", []):  # 以下均需X落实，不再列出: X co of every later task with a list
        if ann.rule == "role-standing":
            for ul in out.values():
                if (ann.start < ul.unit.start < ann.get("until") and ann.get("actor") not in ul.roles
                        and any(e.rule not in ("role-mentioned", "role-subject") for _, e in ul.roles.values())):
                    ul.roles[ann.get("actor")] = ("co-lead", ann)
    for layer, attr in (("sector", "sectors"), ("place", "places"), ("instrument", "instruments")):
        for ann in doc.annotations.get(layer, []):
            ul, _ = unit_for(ann)
            if ul is not None:
                getattr(ul, attr).setdefault(ann.get("concept"), ann)
    for layer, attr in (("target", "targets"), ("goal", "goals")):
        for ann in doc.annotations.get(layer, []):
            ul, _ = unit_for(ann, lead_in=layer == "target")
            if ul is not None:
                getattr(ul, attr).append(ann)
    _target_roles(doc, out)
    return dict(sorted(out.items(), key=lambda kv: kv[1].unit.start))


def _target_roles(doc: Document, units: dict[str, UnitLinks]) -> None:
    """A role whose list or table cell answers for part of its provision (``task``: a table's row, the sentences a
    later list closes) is also the role of each target of that part: 滨海旅游区优良水质比例 … 市生态环境局 leads
    that row's target. The strongest role per actor per target."""
    tasked = [r for r in doc.annotations.get("role", []) if r.get("task") is not None
              and r.get("role") in STATED_ROLES and r.rule not in ("role-subject", "role-mentioned")]
    if not tasked:
        return
    for ul in units.values():
        for k, t in enumerate(ul.targets):
            for r in tasked:
                if r.get("task") <= t.start < r.get("task_end"):
                    roles = ul.target_roles.setdefault(k, {})
                    actor, role = r.get("actor"), r.get("role")
                    if actor not in roles or ROLE_RANK[role] > ROLE_RANK[roles[actor]]:
                        roles[actor] = role


# Inherited responsibility --------------------------------------------------------------------

STATED_ROLES = ("lead", "co-lead", "participant")


@lru_cache(maxsize=1)
def _general_patterns() -> list[tuple[str, re.Pattern]]:
    return [(row["id"], re.compile(row["pattern"])) for row in read_tsv("general_clauses.tsv")]


def general_clauses(doc: Document) -> list[Node]:
    """Measures whose title assigns responsibility for the whole document (加强组织领导, 压实工作责任 …).

    When the document has none among its measures, a part with such a title (保障措施,
    组织实施) counts instead.
    """
    def general(node: Node) -> bool:
        return bool(node.title) and any(p.search(node.title) for _, p in _general_patterns())

    found = [m for m in responsible_units(doc) if general(m)]
    if found:
        return found
    return [p for p in doc.nodes("part") if general(p)]


def responsible_units(doc: Document) -> list[Node]:
    """The units that carry responsibility: the document's provisions that are measures, articles or
    tasks (a work plan's tasks, a regulation's articles); failing those, its measures as before."""
    units = [n for n in doc.provisions() if n.provision in ("measure", "article", "task")]
    return units or list(doc.nodes("measure"))


def inherited(doc: Document, units: dict[str, UnitLinks] | None = None,
              clauses: list[Node] | None = None) -> tuple[list[Node], list[Inherited]]:
    """Measures with no stated responsible body, and what they inherit from the general clauses.

    What a general clause STATES (lead, co-lead, participant) is inherited, never what it only
    mentions: a clause naming 公安机关, 公众 or 党中央 in passing assigns them nothing, and a clause
    that states no body passes nothing on. A general clause never inherits from itself. ``units`` and ``clauses`` are the
    document's ``links`` and ``general_clauses`` when the caller has them (the link stage);
    without them they are read from ``doc.links``.
    """
    if units is None or clauses is None:
        units, clauses = linked(doc).units, linked(doc).general
    by_path = units
    clause_ids = {id(c) for c in clauses}
    sources: dict[str, tuple[str, Node]] = {}
    for c in clauses:
        ul = by_path.get(c.path)
        if ul is None:
            continue
        stated = {a: r for a, (r, _) in ul.roles.items() if r in STATED_ROLES}
        for actor, role in sorted(stated.items()):
            sources.setdefault(actor, (role, c))
    unstated, out = [], []
    for m in responsible_units(doc):
        ul = by_path.get(m.path)
        if ul is not None and any(r in STATED_ROLES for r, _ in ul.roles.values()):
            continue
        unstated.append(m)
        if id(m) in clause_ids:
            continue
        for actor, (role, clause) in sorted(sources.items()):
            out.append(Inherited(m, actor, role, clause))
    return unstated, out


def matrix_units(doc: Document) -> list[Node]:
    """The rows of a document's responsibility matrix: the units that carry responsibility (measures,
    articles or tasks: ``kg.link.responsible_units``), failing those its parts read as provisions."""
    return responsible_units(doc) or [n for n in doc.provisions() if n.provision == "part"]

"""Central → local alignment as RDF (issue 15.7): the named graph ``…/alignments`` of a build.

``profile`` keeps of a parsed document only what alignment needs (its text, meta, the part and
measure nodes, its targets), so a build holds little per document until the end; ``alignment_lines``
then aligns every local document of the build against the central ones (``align.Pool``) and gives
the sorted N-Triples lines of the graph:

- per document ``pkg:level`` and ``pkg:jurisdiction`` (province id, then city name);
- ``eli:cites`` for each cited title resolved to a document of the build, ``pkg:citedTitle`` (the
  title literal) for one that matches none;
- per local document a ``pkg:Alignment`` node (relation, parent, how it was found, message) and,
  when it implements a parent, ``pkg:implements`` to it with ``pkg:parentFoundBy``;
- per aligned pair a direct ``pkg:implements`` between the provisions and a qualified
  ``pkg:Implementation`` (score, closeness, reason, rank) ``prov:wasGeneratedBy`` the aligner;
- ``pkg:leavesOut`` (central provisions not taken up), ``pkg:withoutCounterpart`` (local ones);
- per compared target a ``pkg:TargetComparison``.
"""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Mapping

from jinja2 import Environment, PackageLoader
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.graph.iris import ALIGNMENTS_GRAPH  # noqa: F401 - the graph name lives in iris.py; build.py imports it from here
from kg.model import Document, Node, Source
from kg.graph.iris import ELI, PKG, PROV
from kg.graph.rdf import concept_iri, new_graph
from kg.graph.serialize import nt_lines
from kg.pages.projection import doc_key
from kg.pages.render import BASE_STYLE, CSP
from kg.analysis.align import GRAM, Pool, prepare
from kg.analysis.citations import resolve
from kg.memo import digest

ACTIVITY = "https://w3id.org/policykg/activity/central-local-alignment"


def prepared(doc: Document, key: str) -> tuple[Document, tuple]:
    """(``profile(doc)``, ``align.prepare`` of it): all that alignment needs of one document, made
    where the document is parsed (a worker) and kept in the build's cache with it."""
    slim = profile(doc)
    return slim, prepare(slim, key)


def profile(doc: Document) -> Document:
    """A slim copy of ``doc`` with what alignment needs: text, meta, parts and measures, targets."""

    def prune(n: Node) -> Node:
        m = copy.copy(n)
        m.children = [] if n.kind == "measure" else [prune(c) for c in n.children if c.kind in ("part", "measure", "annex")]
        return m

    src = Source(doc.source.name, doc.source.sha256, doc.source.encoding, doc.source.format, "")
    keep = ("title", "issuers", "date", "doc_number")
    return Document(src, doc.text, [], {k: doc.meta[k] for k in keep if k in doc.meta}, prune(doc.root),
                    annotations={"target": list(doc.annotations.get("target", []))})


def alignment_lines(docs: Mapping[str, Document]) -> list[str]:
    """Sorted N-Triples lines of the alignments graph for the documents ``docs`` (IRI → Document)."""
    return build_alignments(docs)[0]


def build_alignments(docs: Mapping[str, Document], pages: Path | None = None,
                     prepared: Mapping[str, tuple] | None = None, memo=None,
                     digests: Mapping[str, str] | None = None) -> tuple[list[str], dict]:
    """(sorted N-Triples lines of the alignments graph, links) for ``docs`` (IRI → Document); with
    ``pages``, the page of each aligned local document is written there as ``<local key>.html``.
    ``links``: local provision IRI → [(central provision label, href of its row on the page)].
    ``prepared``: IRI → ``align.prepare(profile, IRI)``, made beforehand for some or all documents.

    ``memo`` (a ``kg.memo.Memo``, with ``digests``: IRI → the document's cache key): each local
    document's share (its triples, its pair page, its links) is kept under the digest of every
    document its alignment reads (``Pool.reads``), and taken from there when they are the same:
    a document added to a build realigns itself and the documents it could change, no others."""
    links: dict[str, list[tuple[str, str]]] = {}
    if not docs:
        return [], links
    pool = Pool(docs, prepared)
    g = new_graph()
    act = URIRef(ACTIVITY)
    used = False
    out: set[str] = set()
    places = {k: pool.levels[k].province for k in pool.docs}
    titles = _TitleIndex(pool, places)
    for key in sorted(pool.docs):
        d = URIRef(key)
        lv = pool.levels[key]
        if lv.level:
            g.add((d, PKG.level, Literal(lv.level)))
        for place in (lv.province, lv.city):
            if place:
                g.add((d, PKG.jurisdiction, Literal(place)))
        for c in pool.cites(key):  # resolved below, through the title index
            if c.is_self:
                continue
            target = titles.resolve(c.full, key, lv.province)
            if target:
                g.add((d, ELI.cites, URIRef(target)))
            elif not c.short:
                g.add((d, PKG.citedTitle, Literal(c.full)))
        if lv.level == "central" or len(pool.docs) < 2:
            continue  # a central document implements none; a document alone aligns to nothing
        used = True
        share = None
        if memo is not None and digests is not None and pages is not None:
            mkey = digest("alignment", key, *(f"{k}={digests[k]}" for k in pool.reads(key)))
            share = memo.get(mkey)
            if share is None:
                share = _aligned(pool, key, True)
                memo.put(mkey, share)
        else:
            share = _aligned(pool, key, pages is not None)
        out.update(share["lines"])
        if share["page"] is not None:
            pages.mkdir(exist_ok=True)
            (pages / f"{doc_key(key)}.html").write_text(share["page"], encoding="utf-8")
        for local, label, href in share["links"]:
            links.setdefault(local, []).append((label, href))
    if used:
        g.add((act, RDF.type, PROV.Activity))
        g.add((act, RDFS.label, Literal("central-local alignment (kg.analysis.align)")))
    out.update(nt_lines(g))
    return sorted(out), links


def _aligned(pool: Pool, key: str, page: bool) -> dict:
    """One local document's share of the alignments: its triples (sorted N-Triples lines), its pair
    page (when asked and it implements a parent) and its links [local provision IRI, label, href]."""
    g = new_graph()
    act = URIRef(ACTIVITY)
    d = URIRef(key)
    share = {"lines": [], "page": None, "links": []}
    al = pool.align(key)
    node = URIRef(f"{key}/alignment")
    g.add((d, PKG.alignment, node))
    g.add((node, RDF.type, PKG.Alignment))
    g.add((node, PKG.relation, Literal(al.relation)))
    g.add((node, PKG.explanation, Literal(al.message)))
    g.add((node, PROV.wasGeneratedBy, act))
    if al.central:
        g.add((node, PKG.alignedTo, URIRef(al.central)))
    if al.how:
        g.add((node, PKG.parentFoundBy, Literal(al.how)))
    if al.relation != "implements":
        share["lines"] = nt_lines(g)
        return share
    if page:
        share["page"] = render_pair_page(pool, al)
        share["links"] = [[f"{key}/{p.local.path}", f"{p.central.id} {p.central.heading}",
                           f"../align/{doc_key(key)}.html#{_anchor(p.local)}"] for p in al.pairs]
    g.add((d, PKG.implements, URIRef(al.central)))
    g.add((d, PKG.parentFoundBy, Literal(al.how)))
    rank: dict[str, int] = {}
    by_ids = {}
    for p in al.pairs:
        lo, ce = URIRef(f"{key}/{p.local.path}"), URIRef(f"{p.central.doc}/{p.central.path}")
        rank[p.local.path] = r = rank.get(p.local.path, 0) + 1
        by_ids.setdefault((p.local.id, p.central.id), (p, lo, ce))
        imp = URIRef(f"{lo}/implements_{r}")
        g.add((lo, PKG.implements, ce))
        g.add((lo, PKG.implementation, imp))
        g.add((imp, RDF.type, PKG.Implementation))
        g.add((imp, PKG.localProvision, lo))
        g.add((imp, PKG.centralProvision, ce))
        g.add((imp, PKG.score, Literal(f"{p.score:.4f}", datatype=XSD.decimal)))
        g.add((imp, PKG.closeness, Literal(p.closeness)))
        g.add((imp, PKG.explanation, Literal(p.reason.text())))
        g.add((imp, PKG.rank, Literal(r)))
        g.add((imp, PROV.wasGeneratedBy, act))
    cov = al.coverage
    central_by_id = {}
    for p in pool.provs[al.central]:
        central_by_id.setdefault(p.id, p)
    local_by_id = {}
    for p in pool.provs[key]:
        local_by_id.setdefault(p.id, p)
    for i in cov.left_out:
        g.add((d, PKG.leavesOut, URIRef(f"{al.central}/{central_by_id[i].path}")))
    for i in cov.local_new:
        g.add((d, PKG.withoutCounterpart, URIRef(f"{key}/{local_by_id[i].path}")))
    n: dict[str, int] = {}
    for t in al.targets:
        p, lo, ce = by_ids[(t.local, t.central)]
        n[str(lo)] = k = n.get(str(lo), 0) + 1
        tc = URIRef(f"{lo}/target_comparison_{k}")
        unit = next((a.get("unit") for a in p.local.targets if a.get("indicator") == t.indicator), None)
        g.add((lo, PKG.targetComparison, tc))
        g.add((tc, RDF.type, PKG.TargetComparison))
        g.add((tc, PKG.localProvision, lo))
        g.add((tc, PKG.centralProvision, ce))
        g.add((tc, PKG.indicator, concept_iri("indicator", t.indicator)))
        g.add((tc, PKG.localValue, Literal(t.local_value)))
        g.add((tc, PKG.centralValue, Literal(t.central_value)))
        if unit:
            g.add((tc, PKG.unitCode, Literal(unit)))
        if t.local_year:
            g.add((tc, PKG.localYear, Literal(int(t.local_year))))
        if t.central_year:
            g.add((tc, PKG.centralYear, Literal(int(t.central_year))))
        g.add((tc, PKG.valueComparison, Literal(t.value)))
        g.add((tc, PKG.yearComparison, Literal(t.deadline)))
        g.add((tc, PROV.wasGeneratedBy, act))
    share["lines"] = nt_lines(g)
    return share


class _TitleIndex:
    """``citations.resolve`` over every document of the build, fast: a cited title is compared only
    with the documents whose titles it could match (``Pool.title_candidates``: a superset of those
    ``match_grade`` matches, found by look-ups), and each (title, province) is resolved once."""

    def __init__(self, pool: Pool, places: Mapping[str, str | None]):
        self.pool, self.titles, self.places = pool, pool.titles, places
        self.cache: dict[tuple, str | None] = {}

    def resolve(self, title: str, citing: str, province: str | None) -> str | None:
        key = (title, province, citing)
        if key not in self.cache:
            near = {k: self.titles[k] for k in sorted(self.pool.title_candidates(title)) if k != citing}
            self.cache[key] = resolve(title, near, lambda k: self.places.get(k) == province, self.places) if near else None
        return self.cache[key]


def _anchor(p) -> str:
    return "p-" + p.path.replace("/", "-")


def _marks(text: str, other: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, inside a passage of ≥ GRAM characters also found in ``other``)."""
    grams = {other[i:i + GRAM] for i in range(len(other) - GRAM + 1)}
    on = [False] * len(text)
    for i in range(len(text) - GRAM + 1):
        if text[i:i + GRAM] in grams:
            on[i:i + GRAM] = [True] * GRAM
    out: list[tuple[str, bool]] = []
    for ch, m in zip(text, on):
        if out and out[-1][1] == m:
            out[-1] = (out[-1][0] + ch, m)
        else:
            out.append((ch, m))
    return out


def render_pair_page(pool, al) -> str:
    """The page of one local document beside its central parent (kg/pages/templates/align.html)."""
    by_local: dict[int, list] = {}
    for p in al.pairs:
        by_local.setdefault(id(p.local), []).append(p)
    rows = []
    for lp in pool.provs[al.local]:
        pairs = by_local.get(id(lp), [])
        central_text = "".join(p.central.text for p in pairs)
        rows.append({"anchor": _anchor(lp), "id": lp.id, "heading": lp.heading, "segments": _marks(lp.text, central_text),
                     "central": [{"id": p.central.id, "heading": p.central.heading, "score": f"{p.score:.2f}",
                                  "closeness": p.closeness, "reason": p.reason.text(),
                                  "segments": _marks(p.central.text, lp.text)} for p in pairs]})
    central = {p.id: p for p in reversed(pool.provs[al.central])}
    left = [{"id": i, "heading": central[i].heading, "text": central[i].text[:120] + ("…" if len(central[i].text) > 120 else "")}
            for i in al.coverage.left_out]
    return _template().render(
        csp=CSP, base_style=BASE_STYLE, local_key=doc_key(al.local), central_key=doc_key(al.central),
        local_title=pool.titles[al.local][0] if pool.titles[al.local] else al.local,
        central_title=pool.titles[al.central][0] if pool.titles[al.central] else al.central,
        how=al.how, message=al.message, rows=rows, left_out=left, central_total=len(pool.provs[al.central]),
        taken_up=len(al.coverage.taken_up), local_total=len(pool.provs[al.local]), local_new=len(al.coverage.local_new))


def _template():
    env = Environment(loader=PackageLoader("kg.pages", "templates"), autoescape=True, keep_trailing_newline=True)
    return env.get_template("align.html")

"""Document → rdflib graph. The only module that knows RDF terms.

Every IRI is minted by ``kg/graph/iris.py`` (from the document's metadata and structural path,
never from file names or run order). No blank nodes: output is byte-stable.
"""
from __future__ import annotations

from collections import Counter
from contextvars import ContextVar

from rdflib import Graph, Literal as RdfLiteral, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.annotate.actors import actor_table
from kg.annotate.concepts import table
from kg.graph.iris import (  # noqa: F401 - the minting functions are re-exported: callers import them from here
    ELI, KIND_CLASS, LANG_ZH, OA, ORG, PKG, PREFIXES, PROV, TIME, annotation_iri, concept_iri, document_iri,
    document_key, excluded_iri, goal_iri, inherited_iri, node_iri, period_iri, related_iri, responsibility_iri,
    rule_iri, scheme_iri, segment_iri, target_iri, value_iri, year_iri)
from kg.graph.forms import actor_form, indicator_form
from kg.graph.iris import Terms, iri
from kg.graph.literals import lang_literal, plain_literal
from kg.graph.ntriples import NTriplesWriter
from kg.lexicon import ontology_dir
from kg.link import linked, locate, sentence_index
from kg.model import Document, Node

DCTERMS, ELI, OA, ORG, PKG, PROV, RDF, RDFS, SKOS, TIME, XSD = (  # terms looked up once each (iris.Terms)
    Terms(ns) for ns in (DCTERMS, ELI, OA, ORG, PKG, PROV, RDF, RDFS, SKOS, TIME, XSD))
_LITERALS: dict = {}  # the literals without a language, made once per value: half the ints and most plain strings repeat


def Literal(value, lang=None, datatype=None):  # noqa: N802 - rdflib's Literal, shared (a literal is immutable)
    if lang is not None:
        return lang_literal(value, lang) if datatype is None else RdfLiteral(value, lang=lang, datatype=datatype)
    if (lit := _LITERALS.get(key := (type(value), value, datatype))) is None:
        if len(_LITERALS) >= 100_000:
            _LITERALS.clear()
        lit = _LITERALS[key] = RdfLiteral(value, datatype=datatype) if datatype is not None else plain_literal(value)
    return lit


def new_graph() -> Graph:
    # Only our prefixes: rdflib's default ~30 bindings make Turtle output many times slower.
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def document_graph(doc: Document) -> Graph:
    """The document's graph as an rdflib Graph (to query it in tests and tools; a build uses ``document_lines``)."""
    g = new_graph()
    add_document(g, doc)
    return g


def document_lines(doc: Document):
    """The document's graph as sorted N-Triples (``ntwriter.SortedLines``), the bytes of ``document_graph``'s.

    The same ``add`` calls go to a writer that turns each triple into its line at once, so no
    rdflib Graph and its indexes are held: memory stays a small multiple of the text.
    """
    w = NTriplesWriter()
    try:
        add_document(w, doc)
    except BaseException:
        w.discard()
        raise
    return w.finish()


def add_document(g: Graph, doc: Document) -> URIRef:
    d = document_iri(doc)
    meta = doc.meta
    g.add((d, RDF.type, ELI.LegalResource))
    g.add((d, RDF.type, PKG.PolicyDocument))
    g.add((d, ELI.language, LANG_ZH))
    if meta.get("title"):
        g.add((d, ELI.title, Literal(meta["title"], lang="zh")))
        g.add((d, DCTERMS.title, Literal(meta["title"], lang="zh")))
    if meta.get("date"):
        g.add((d, ELI.date_document, Literal(meta["date"], datatype=XSD.date)))
        g.add((d, DCTERMS.date, Literal(meta["date"], datatype=XSD.date)))
    if meta.get("doc_number"):
        g.add((d, ELI.id_local, Literal(meta["doc_number"])))
    for name in meta.get("issuers", []):
        g.add((d, PKG.issuerName, Literal(name, lang="zh")))
    for name in meta.get("signatories", []):
        g.add((d, PKG.signatory, Literal(name, lang="zh")))
    if meta.get("addressee"):
        g.add((d, PKG.addressee, Literal(meta["addressee"], lang="zh")))
    if meta.get("dateline"):
        g.add((d, PKG.dateline, Literal(meta["dateline"]["text"], lang="zh")))
    src = doc.source
    g.add((d, PKG.sourceFile, Literal(src.name)))
    g.add((d, PKG.sha256, Literal(src.sha256)))
    g.add((d, PKG.encoding, Literal(src.encoding)))
    g.add((d, PKG.sourceFormat, Literal(src.format)))
    for k, ex in enumerate(doc.excluded, 1):
        e = excluded_iri(d, k)
        g.add((d, PKG.excluded, e))
        g.add((e, RDF.type, PKG.ExcludedMaterial))
        g.add((e, PKG.reason, Literal(ex.reason)))
        g.add((e, PKG.sourceStart, Literal(ex.source_start)))
        g.add((e, PKG.sourceEnd, Literal(ex.source_end)))
    for child in doc.root.children:
        _add_node(g, doc, d, d, child)
    add_annotations(g, doc, d)
    add_inherited(g, doc, d)
    return d


def _add_node(g: Graph, doc: Document, d: URIRef, parent: URIRef, node: Node, part=None, measure=None, up=()) -> None:
    n = node_iri(d, node)
    if node.kind == "part":
        part = node
    elif node.kind == "measure":
        measure = node
    # a sentence's document is its parent's (or its parent); its part's and measure's numbers the eli:number of
    # the one among its three nearest ancestors (``up``), written on it only when farther or unnumbered
    for pred, enclosing in ((PKG.partNumber, part), (PKG.measureNumber, measure)):
        if enclosing is not None and enclosing is not node and (
                node.kind != "sentence" or not enclosing.number or all(a is not enclosing for a in up[:3])):
            g.add((n, pred, Literal(enclosing.number)))
    g.add((n, RDF.type, KIND_CLASS[node.kind]))  # a subclass of eli:LegalResourceSubdivision (policykg.ttl)
    g.add((n, ELI.is_part_of, parent))
    if parent == d:  # eli:has_part, the inverse (owl:inverseOf in ELI), only from the document
        g.add((parent, ELI.has_part, n))
    if node.kind != "sentence":
        g.add((n, PKG.document, d))
    if node.number:
        g.add((n, ELI.number, Literal(node.number)))
    if node.ordinal is not None:
        g.add((n, PKG.ordinal, Literal(node.ordinal)))
    if node.provision:
        g.add((n, PKG.provisionKind, Literal(node.provision)))
    if node.title:
        g.add((n, ELI.title, Literal(node.title, lang="zh")))
    start = node.body_start if node.body_start is not None else node.start
    g.add((n, PKG.text, Literal(doc.text[start:node.end], lang="zh")))
    g.add((n, PKG.start, Literal(node.start)))
    if start != node.start:  # else implied: pkg:start plus the length of pkg:text
        g.add((n, PKG.end, Literal(node.end)))
    s, e = doc.source_span(node.start, node.end)
    g.add((n, PKG.sourceStart, Literal(s)))
    if e - s != node.end - node.start:  # else implied: pkg:sourceStart plus the length in the cleaned text
        g.add((n, PKG.sourceEnd, Literal(e)))
    for child in node.children:
        _add_node(g, doc, d, n, child, part, measure, (node,) + up[:2])


_CONCEPT_CLASS = {"actor": PKG.Actor, "indicator": PKG.Indicator, "sector": PKG.Sector,
                  "place": PKG.Place, "instrument": PKG.Instrument}
_ROLE_LINK = {"lead": PKG.leadBody, "co-lead": PKG.coLeadBody, "participant": PKG.participantBody,
              "mentioned": PKG.mentions}


def _first_time(g: Graph, key) -> bool:
    """True the first time ``key`` (a shared node with what describes it) is written into ``g``:
    a document names the same actor, concept or year hundreds of times, each time with the same
    triples, which are built once per graph."""
    done = g.__dict__.setdefault("_policykg_described", set())
    if key in done:
        return False
    done.add(key)
    return True


def add_concept(g: Graph, kind: str, ident: str, label_zh: str, label_en: str | None = None, **facts) -> URIRef:
    c = concept_iri(kind, ident)
    if not _first_time(g, (kind, ident, label_zh, label_en, tuple(facts.items()))):
        return c
    g.add((c, RDF.type, SKOS.Concept))
    g.add((c, RDF.type, _CONCEPT_CLASS[kind]))
    g.add((c, SKOS.inScheme, scheme_iri(kind)))
    g.add((scheme_iri(kind), RDF.type, SKOS.ConceptScheme))
    g.add((c, SKOS.prefLabel, Literal(label_zh, lang="zh")))
    if label_en:
        g.add((c, SKOS.prefLabel, Literal(label_en, lang="en")))
    for key, value in facts.items():
        if value:
            g.add((c, getattr(PKG, key), Literal(value)))
    return c


def _year(g: Graph, year: int) -> URIRef:
    y = year_iri(year)
    if not _first_time(g, year):
        return y
    g.add((y, RDF.type, TIME.Instant))
    g.add((y, TIME.inXSDgYear, Literal(str(year), datatype=XSD.gYear)))
    return y


def _period(g: Graph, span: str, label: str | None) -> URIRef:
    p = period_iri(span)
    if not _first_time(g, (span, label)):
        return p
    g.add((p, RDF.type, TIME.ProperInterval))
    first, _, last = span.partition("-")
    g.add((p, TIME.hasBeginning, _year(g, int(first))))
    g.add((p, TIME.hasEnd, _year(g, int(last or first))))
    if label:
        g.add((p, RDFS.label, Literal(label, lang="zh")))
    return p


def add_annotations(g: Graph, doc: Document, d: URIRef) -> None:
    """Every annotation as a Web Annotation (its rule, its fragment target, its body), and the links it makes."""
    if not doc.annotations:
        return
    actors = actor_table()
    for actor in doc.meta.get("issuer_actors", []):
        g.add((d, ELI.passed_by, _actor(g, actors, actor)))
    index = sentence_index(doc)
    seen: dict[tuple, int] = {}
    segments: dict[tuple[int, int], URIRef] = {}
    rules: set[str] = set()
    for layer in sorted(doc.annotations):
        usual = layer_rule(doc.annotations[layer])
        if usual is not None:  # the rule of most of the layer's annotations, said once (pkg:layerRule)
            g.add((d, PKG.layerRule, rule_iri(usual)))
        for ann in doc.annotations[layer]:
            key = (layer, ann.start, ann.end)
            seen[key] = seen.get(key, 0) + 1
            a = annotation_iri(d, layer, ann.start, ann.end, seen[key])
            if ann.rule != usual:  # no pkg:rule when the layer's rule; no type (oa:hasTarget's domain), no layer
                g.add((a, PKG.rule, rule_iri(ann.rule)))
            if ann.rule not in rules:
                rules.add(ann.rule)
                g.add((rule_iri(ann.rule), RDF.type, PKG.Rule))
                g.add((rule_iri(ann.rule), RDFS.label, Literal(ann.rule)))
                g.add((rule_iri(ann.rule), PKG.layer, Literal(layer)))
            target = segments.get((ann.start, ann.end))
            if target is None:
                target = segments[(ann.start, ann.end)] = _segment(g, doc, d, ann.start, ann.end, locate(index, ann.start))
            g.add((a, OA.hasTarget, target))
            _ANN_IRI.set(str(a))
            body = _body(g, actors, layer, ann)
            if body is not None:
                g.add((a, OA.hasBody, body))
                if layer == "actor":
                    actor_form(g, body, ann, doc.text, actors[ann.get("actor")])
    for path, ul in linked(doc).units.items():
        u = node_iri(d, ul.unit)
        numbers = []
        if ul.part is not None and ul.part.number:
            numbers.append((PKG.partNumber, Literal(ul.part.number)))
        if ul.measure is not None and ul.measure.number:
            numbers.append((PKG.measureNumber, Literal(ul.measure.number)))
        for pred, lit in numbers:
            g.add((u, pred, lit))
        for actor, (role, ann) in sorted(ul.roles.items()):
            agent = _actor(g, actors, actor)
            r = responsibility_iri(u, actor)
            # no type (pkg:responsibility's range), no pkg:within, document or numbers: its unit's
            g.add((u, PKG.responsibility, r))
            g.add((r, PKG.agent, agent))
            g.add((r, PKG.role, Literal(role)))
            g.add((r, PKG.rule, rule_iri(ann.rule)))
            ctx = locate(index, ann.start)
            if ctx:  # pkg:statedIn is a sub-property of prov:wasDerivedFrom (policykg.ttl)
                g.add((r, PKG.statedIn, node_iri(d, ctx.sentence)))
            g.add((u, _ROLE_LINK[role], agent))
        for kind, attr in (("sector", "sectors"), ("place", "places"), ("instrument", "instruments")):
            rows = table(kind)
            for ident in sorted(getattr(ul, attr)):
                row = rows[ident]
                c = add_concept(g, kind, ident, row["label_zh"], row.get("label_en"),
                                toolType=row.get("tool_type"), policySide=row.get("side"))
                g.add((u, getattr(PKG, kind), c))
        for k, ann in enumerate(ul.targets, 1):  # a target's or goal's unit, document and numbers: its unit's
            _target(g, doc, d, u, target_iri(u, k), ann, index)
            for actor, role in sorted(ul.target_roles.get(k - 1, {}).items()):  # a table row's body: its target's own
                g.add((target_iri(u, k), _ROLE_LINK[role], _actor(g, actors, actor)))
        for k, ann in enumerate(ul.goals, 1):
            _goal(g, doc, d, u, goal_iri(u, k), ann, index)


def layer_rule(anns) -> str | None:
    """The rule of most of a layer's annotations in a document (the first by name on a tie), said once."""
    counts = Counter(ann.rule for ann in anns)
    return min(counts, key=lambda rule: (-counts[rule], rule)) if counts else None


def _segment(g: Graph, doc: Document, d: URIRef, start: int, end: int, ctx) -> URIRef:
    """The characters ``start:end`` as the target of the annotations drawn from them: an RFC 5147
    fragment of their sentence, ``<sentence#char=a,b>`` with ``a, b`` counted in the sentence's
    ``pkg:text`` (so the exact characters are ``SUBSTR(text, a + 1, b - a)`` and the offsets in the
    cleaned text the sentence's ``pkg:start`` plus ``a`` and ``b``). Nothing is written about it but
    what its sentence does not imply: ``pkg:sourceStart`` when the cleaning changed characters before
    it in the sentence (else the sentence's ``pkg:sourceStart`` plus ``a``), ``pkg:sourceEnd`` when it
    changed characters inside it (else the source start plus ``b - a``): a hard wrap joined, say.
    Characters in no single sentence are a fragment of the document (offsets in its cleaned text)
    with their ``pkg:text`` and both source offsets."""
    s, e = doc.source_span(start, end)
    sent = ctx.sentence if ctx else None
    if sent is not None and sent.body_start in (None, sent.start) and sent.start <= start and end <= sent.end:
        t = segment_iri(node_iri(d, sent), start - sent.start, end - sent.start)
        if s != doc.source_span(sent.start, sent.end)[0] + start - sent.start:
            g.add((t, PKG.sourceStart, Literal(s)))
        if e - s != end - start:
            g.add((t, PKG.sourceEnd, Literal(e)))
        return t
    t = segment_iri(d, start, end)
    g.add((t, PKG.text, Literal(doc.text[start:end], lang="zh")))
    g.add((t, PKG.sourceStart, Literal(s)))
    g.add((t, PKG.sourceEnd, Literal(e)))
    return t


def add_inherited(g: Graph, doc: Document, d: URIRef) -> None:
    """Flag measures with no stated responsible body; give them the general clause's bodies, inferred.

    Kept apart from what is stated: ``pkg:inheritedResponsibility`` (never ``pkg:responsibility``; its
    range ``pkg:InheritedResponsibility``, inferred by definition, by the one rule inherited-general-clause,
    not written on each) and PROV derivation from the general clause it came from; its unit is its measure.
    """
    if not doc.annotations:
        return
    actors = None
    for clause in linked(doc).general:
        g.add((node_iri(d, clause), PKG.generalClause, Literal(True)))
    unstated, inherits = linked(doc).unstated, linked(doc).inherited
    for m in unstated:
        g.add((node_iri(d, m), PKG.noStatedResponsibility, Literal(True)))
    for inh in inherits:
        if actors is None:
            actors = actor_table()
        u = node_iri(d, inh.measure)
        r = inherited_iri(u, inh.actor)
        g.add((u, PKG.inheritedResponsibility, r))
        g.add((r, PKG.agent, _actor(g, actors, inh.actor)))
        g.add((r, PKG.role, Literal(inh.role)))
        g.add((r, PROV.wasDerivedFrom, node_iri(d, inh.clause)))
        g.add((rule_iri("inherited-general-clause"), RDF.type, PKG.Rule))
        g.add((rule_iri("inherited-general-clause"), RDFS.label, Literal("inherited-general-clause")))


def _actor(g: Graph, actors: dict, ident: str) -> URIRef:
    if not _first_time(g, ("actor", ident)):
        return concept_iri("actor", ident)
    row = actors[ident]
    c = add_concept(g, "actor", ident, row["label_zh"], row["label_en"], actorType=row["type"])
    if row.get("jurisdiction"):
        g.add((c, PKG.jurisdiction, Literal(row["jurisdiction"])))
    g.add((c, RDF.type, ORG.Organization))
    return c


_ANN_IRI: ContextVar[str] = ContextVar("annotation_iri", default="")


def _body(g: Graph, actors: dict, layer: str, ann):
    if layer in ("actor", "role"):
        return _actor(g, actors, ann.get("actor"))
    if layer in ("sector", "place", "instrument"):
        row = table(layer)[ann.get("concept")]
        return add_concept(g, layer, ann.get("concept"), row["label_zh"], row.get("label_en"),
                           toolType=row.get("tool_type"), policySide=row.get("side"))
    if layer in ("record", "condition"):
        # a value that is no target: typed as what it is, with its value and unit
        node = value_iri(_ANN_IRI.get())
        g.add((node, RDF.type, PKG.Record if layer == "record" else PKG.Condition))
        g.add((node, PKG.value, Literal(ann.get("value"), datatype=XSD.decimal)))
        g.add((node, PKG.unitCode, Literal(ann.get("unit"))))
        g.add((node, PKG.status, Literal(ann.get("status") or layer)))
        if ann.get("indicator_label"):
            g.add((node, RDFS.label, Literal(ann.get("indicator_label"), lang="zh")))
        return node
    if layer == "time":
        if ann.get("kind") == "period":
            span = f"{ann.get('start_year')}-{ann.get('end_year')}" if ann.get("start_year") != ann.get("end_year") else str(ann.get("end_year"))
            return _period(g, span, ann.get("label"))
        if ann.get("kind") == "range":
            return _period(g, f"{ann.get('start_year')}-{ann.get('end_year')}", None)
        return _year(g, ann.get("year"))
    return None


def _common(g: Graph, d: URIRef, u: URIRef, node: URIRef, ann, index, doc: Document) -> None:
    ctx = locate(index, ann.start)
    g.add((node, PKG.rule, rule_iri(ann.rule)))
    if ctx:  # pkg:statedIn is a sub-property of prov:wasDerivedFrom (policykg.ttl)
        g.add((node, PKG.statedIn, node_iri(d, ctx.sentence)))
    g.add((node, PKG.start, Literal(ann.start)))
    g.add((node, PKG.end, Literal(ann.end)))
    s, e = doc.source_span(ann.start, ann.end)
    g.add((node, PKG.sourceStart, Literal(s)))
    g.add((node, PKG.sourceEnd, Literal(e)))
    if ann.get("year"):  # its year: the deadline's time:inXSDgYear (no pkg:year beside it, the same literal again)
        g.add((node, PKG.deadline, _year(g, ann.get("year"))))
    if ann.get("period"):
        g.add((node, PKG.period, _period(g, ann.get("period"), ann.get("period_label"))))
    g.add((node, PKG.aspirational, Literal(bool(ann.get("aspirational")))))


def _target(g: Graph, doc: Document, d: URIRef, u: URIRef, t: URIRef, ann, index) -> None:
    g.add((u, PKG.setsTarget, t))
    g.add((t, RDF.type, PKG.Target))
    _common(g, d, u, t, ann, index, doc)
    ind = add_concept(g, "indicator", ann.get("indicator"), ann.get("indicator_label"))
    g.add((t, PKG.indicator, ind))
    indicator_form(g, t, ind, ann)
    g.add((t, PKG.value, Literal(ann.get("value"), datatype=XSD.decimal)))
    g.add((t, PKG.unitCode, Literal(ann.get("unit"))))
    if ann.get("unit_iri"):
        g.add((t, PKG.qudtUnit, iri(ann.get("unit_iri"))))
    g.add((t, PKG.comparator, Literal(ann.get("comparator"))))
    if ann.get("change"):
        g.add((t, PKG.change, Literal(ann.get("change"))))
    if ann.get("base_year"):
        g.add((t, PKG.baseYear, Literal(str(ann.get("base_year")), datatype=XSD.gYear)))
    if ann.get("value_max"):
        g.add((t, PKG.valueMax, Literal(ann.get("value_max"), datatype=XSD.decimal)))
    if ann.get("deadline_source"):
        g.add((t, PKG.deadlineSource, Literal(ann.get("deadline_source"))))
    if ann.get("binding"):
        g.add((t, PKG.binding, Literal(ann.get("binding"))))
    if ann.get("scope"):
        g.add((t, PKG.scope, Literal(ann.get("scope"), lang="zh")))
    g.add((t, PKG.text, Literal(doc.text[ann.get("clause_start"):ann.get("clause_end")], lang="zh")))


def _goal(g: Graph, doc: Document, d: URIRef, u: URIRef, t: URIRef, ann, index) -> None:
    g.add((u, PKG.setsGoal, t))
    g.add((t, RDF.type, PKG.Goal))
    _common(g, d, u, t, ann, index, doc)
    g.add((t, PKG.text, Literal(doc.text[ann.start:ann.end], lang="zh")))


def ontology_graph() -> Graph:
    g = new_graph()
    g.parse(ontology_dir() / "policykg.ttl", format="turtle")
    return g

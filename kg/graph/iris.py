"""Every IRI of the graph: the checked namespaces, the named graphs, and the minting of the IRIs
of documents, provisions, annotations, targets, goals, responsibilities, concepts and rules.

A typo in a term is an AttributeError, not a new IRI: the vocabularies are ``DefinedNamespace``s
(rdflib ships PROV, TIME, ORG, SKOS and DCTERMS; ELI, OA and the project's ``pkg:`` are declared
here). ``ontology/policykg.ttl`` is the source of truth for ``pkg:``; ``tests/test_vocab.py``
checks that they agree. Nothing else in kg/ types the base IRI or a graph name.
"""
from __future__ import annotations

import hashlib
import re

import pyoxigraph as ox

from kg.graph import lean_rdflib  # noqa: F401 - before rdflib's first import: html5rdf imported when an HTML literal needs it
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

BASE = "https://w3id.org/policykg/"
QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")  # unit IRIs come from ontology/units data, not code


class BadIRI(ValueError):
    """An IRI policykg was about to write that is no IRI by RFC 3987 (Oxigraph's reading): refused where it is made."""


def checked(text: str) -> str:
    """``text`` if Oxigraph takes it as an IRI (``pyoxigraph.NamedNode``: oxiri's RFC 3987 check, the one its strict
    load runs on every IRI of every line), else ``BadIRI``. Every IRI of graph.nq passes here once per process where it
    is made (``_mint``, ``Terms``, ``iri``; the ontology's lines where they are derived; the alignments' and the
    relations' IRIs are minted ones or minted ones with an ASCII tail of letters, digits and ``_``), so a build's store loads
    graph.nq ``lenient`` (``kg.store_fresh``): the load's own check was 0.6 G of its 2.2 G instructions (~28,000
    distinct IRIs of ~240,000 in the corpus's lines; ~20 ms here)."""
    try:
        ox.NamedNode(text)
    except ValueError as exc:
        raise BadIRI(f"cannot write <{text}>: not an IRI ({exc}); its parts come from the document's numbering and the "
                     "ids of ontology/*.tsv: correct an id added there, else report it with the document") from None
    return text


# -- the named graphs of a build ---------------------------------------------------------------
ONTOLOGY_GRAPH = f"{BASE}ontology"
CONCEPTS_GRAPH = f"{BASE}concepts"
RELATIONS_GRAPH = f"{BASE}relations"  # computed over the whole build, so in no document's graph
ALIGNMENTS_GRAPH = f"{BASE}alignments"
# Descriptions of things shared by documents (actors, indicators, sectors, years, rules) go into
# one named graph, so no triple sits in two graphs and the union of graphs has no duplicates.
SHARED_PREFIXES = tuple(f"<{BASE}{p}/" for p in ("concept", "time", "rule"))


class ELI(DefinedNamespace):
    """The European Legislation Identifier ontology: the terms policykg writes."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/ontology#")

    LegalResource: URIRef
    LegalResourceSubdivision: URIRef
    cites: URIRef
    date_document: URIRef
    has_part: URIRef
    id_local: URIRef
    is_part_of: URIRef
    language: URIRef
    number: URIRef
    passed_by: URIRef
    title: URIRef


class OA(DefinedNamespace):
    """The Web Annotation vocabulary: the terms policykg writes."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    Annotation: URIRef  # implied by oa:hasTarget (rdfs:domain in OA), not written
    hasBody: URIRef
    hasTarget: URIRef


class PKG(DefinedNamespace):
    _fail = True
    _NS = Namespace(BASE + "ontology#")

    PolicyDocument: URIRef
    Annex: URIRef
    CoveringNotice: URIRef
    Preamble: URIRef
    Part: URIRef
    Measure: URIRef
    Item: URIRef
    Subitem: URIRef
    Principle: URIRef
    Sentence: URIRef
    Book: URIRef
    Chapter: URIRef
    Section: URIRef
    Article: URIRef
    Paragraph: URIRef
    Task: URIRef
    Box: URIRef
    Table: URIRef
    provisionKind: URIRef
    ExcludedMaterial: URIRef

    document: URIRef
    text: URIRef
    ordinal: URIRef
    start: URIRef
    end: URIRef
    sourceStart: URIRef
    sourceEnd: URIRef
    sourceFile: URIRef
    sha256: URIRef
    encoding: URIRef
    sourceFormat: URIRef
    issuerName: URIRef
    signatory: URIRef
    addressee: URIRef
    dateline: URIRef
    excluded: URIRef
    reason: URIRef
    Actor: URIRef
    Indicator: URIRef
    Sector: URIRef
    Place: URIRef
    Instrument: URIRef
    Target: URIRef
    Goal: URIRef
    Responsibility: URIRef
    Rule: URIRef
    rule: URIRef
    layer: URIRef
    layerRule: URIRef
    statedIn: URIRef
    within: URIRef
    indicator: URIRef
    indicatorForm: URIRef
    value: URIRef
    unitCode: URIRef
    qudtUnit: URIRef
    comparator: URIRef
    change: URIRef
    baseYear: URIRef
    deadline: URIRef
    year: URIRef
    deadlineSource: URIRef
    binding: URIRef
    valueMax: URIRef
    Record: URIRef
    Condition: URIRef
    status: URIRef
    jurisdiction: URIRef
    period: URIRef
    aspirational: URIRef
    scope: URIRef
    agent: URIRef
    role: URIRef
    responsibility: URIRef
    leadBody: URIRef
    coLeadBody: URIRef
    participantBody: URIRef
    mentions: URIRef
    sector: URIRef
    place: URIRef
    instrument: URIRef
    setsTarget: URIRef
    setsGoal: URIRef
    toolType: URIRef
    policySide: URIRef
    actorType: URIRef
    partNumber: URIRef
    measureNumber: URIRef
    Relatedness: URIRef
    relatedness: URIRef
    relatedTo: URIRef
    relatedMeasure: URIRef
    score: URIRef
    rank: URIRef
    explanation: URIRef
    textSimilarity: URIRef
    InheritedResponsibility: URIRef
    inheritedResponsibility: URIRef
    inferred: URIRef
    noStatedResponsibility: URIRef
    generalClause: URIRef
    level: URIRef
    citedTitle: URIRef
    implements: URIRef
    parentFoundBy: URIRef
    Alignment: URIRef
    alignment: URIRef
    alignedTo: URIRef
    relation: URIRef
    Implementation: URIRef
    implementation: URIRef
    localProvision: URIRef
    centralProvision: URIRef
    closeness: URIRef
    leavesOut: URIRef
    withoutCounterpart: URIRef
    TargetComparison: URIRef
    targetComparison: URIRef
    localValue: URIRef
    centralValue: URIRef
    localYear: URIRef
    centralYear: URIRef
    valueComparison: URIRef
    yearComparison: URIRef


KIND_CLASS = {
    "annex": PKG.Annex,
    "notice": PKG.CoveringNotice,
    "preamble": PKG.Preamble,
    "part": PKG.Part,
    "measure": PKG.Measure,
    "item": PKG.Item,
    "subitem": PKG.Subitem,
    "principle": PKG.Principle,
    "sentence": PKG.Sentence,
    "book": PKG.Book,
    "chapter": PKG.Chapter,
    "section": PKG.Section,
    "article": PKG.Article,
    "paragraph": PKG.Paragraph,
    "task": PKG.Task,
    "box": PKG.Box,
    "table": PKG.Table,
}

PREFIXES = {
    "eli": ELI._NS,
    "pkg": PKG._NS,
    "dcterms": DCTERMS._NS,
    "skos": SKOS._NS,
    "prov": PROV._NS,
    "oa": OA._NS,
    "time": TIME._NS,
    "unit": QUDT_UNIT,
    "owl": OWL._NS,
    "rdfs": RDFS._NS,
    "xsd": XSD._NS,
    "rdf": RDF._NS,
    "org": ORG._NS,
}
LANG_ZH = URIRef(checked("http://publications.europa.eu/resource/authority/language/ZHO"))


# -- minting -----------------------------------------------------------------------------------
# IRIs come from a document's metadata (date, and a hash of its normalised title) and its
# structural path (``part_3/measure_5``), never from file names or run order, so the same
# document always yields the same IRIs.

_NEW = str.__new__


_MINTED: dict[str, URIRef] = {}  # text → its IRI, one object per text (bounded: cleared when full)
_MINTED_MAX = 200_000


def _mint(text: str) -> URIRef:
    """``URIRef(text)`` without rdflib's check at creation (a warning, 1.4 µs of the 1.8 each; 77,000 IRIs for the
    corpus's graphs), checked instead as Oxigraph checks an IRI (``checked``: ``BadIRI``, before anything is written).

    The same text gives the same object while it is remembered: the writer's table of terms
    (``kg.graph.ntriples``) then finds an IRI minted again by identity, not by rdflib's ``__eq__``
    (a Python call, 160,000 of them for the corpus's graphs)."""
    iri = _MINTED.get(text)
    if iri is None:
        if len(_MINTED) >= _MINTED_MAX:
            _MINTED.clear()
        iri = _MINTED[text] = _NEW(URIRef, checked(text))
    return iri


def iri(text: str) -> URIRef:
    """An IRI read from data (a QUDT unit of ontology/units), checked as a minted one."""
    return _mint(text)


class Terms:
    """A checked namespace whose terms are looked up once each (``Terms(PKG).text``): rdflib's
    ``DefinedNamespace`` checks the name and builds a new URIRef at every access, 145,000 times for
    the corpus's graphs. The same terms; an unknown one fails as it does in the namespace."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str):
        term = getattr(self._namespace, name)
        checked(term)
        setattr(self, name, term)
        return term


def _norm_title(title: str) -> str:
    return re.sub(r"[\s、，,·《》〈〉“”\"'（）()]", "", title)


def document_key(doc) -> str:
    """A stable key for a document: its normalised title, or its first body text when untitled."""
    basis = doc.meta.get("title")
    if basis:
        basis = _norm_title(basis)
    else:
        firsts = [n for n in doc.root.children if n.kind in ("part", "measure", "preamble")]
        basis = "untitled:" + (doc.slice(firsts[0])[:200] if firsts else doc.text[:200])
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def document_iri(doc) -> URIRef:
    date = doc.meta.get("date")
    when = date.replace("-", "/") if date else "undated"
    return _mint(f"{BASE}eli/cn/{when}/{document_key(doc)}")


def node_iri(doc_iri, node) -> URIRef:
    """A provision (or any node of the tree) by its structural path under its document."""
    return _mint(f"{doc_iri}/{node.path}") if node.path else _mint(str(doc_iri))


def excluded_iri(doc_iri, k: int) -> URIRef:
    return _mint(f"{doc_iri}/excluded_{k}")


def annotation_iri(doc_iri, layer: str, start: int, end: int, repeat: int = 1) -> URIRef:
    """The ``repeat``-th annotation of ``layer`` over the same characters gets a suffix from the second on."""
    return _mint(f"{doc_iri}/annotation/{layer}_{start}_{end}" + (f"_{repeat}" if repeat > 1 else ""))


def segment_iri(source_iri, start: int, end: int) -> URIRef:
    """Characters ``start:end`` of the text of ``source_iri`` (a sentence's ``pkg:text``, or a
    document's cleaned text) as an RFC 5147 fragment: ``<…/sentence_2#char=10,25>``. The target of
    every annotation drawn from those characters (a W3C Web Annotation target may be a fragment IRI)."""
    return _mint(f"{source_iri}#char={start},{end}")


def value_iri(annotation) -> URIRef:
    """The value a record or condition annotation states (its body)."""
    return _mint(f"{annotation}/value")


def target_iri(unit_iri, k: int) -> URIRef:
    """The ``k``-th target (from 1) set by a measure or part."""
    return _mint(f"{unit_iri}/target_{k}")


def goal_iri(unit_iri, k: int) -> URIRef:
    """The ``k``-th goal (from 1) set by a measure or part."""
    return _mint(f"{unit_iri}/goal_{k}")


def responsibility_iri(unit_iri, actor: str) -> URIRef:
    return _mint(f"{unit_iri}/responsibility/{actor}")


def inherited_iri(unit_iri, actor: str) -> URIRef:
    return _mint(f"{unit_iri}/inherited_responsibility/{actor}")


def related_iri(source_iri, rank: int) -> URIRef:
    return _mint(f"{source_iri}/related_{rank}")


def concept_iri(kind: str, ident: str) -> URIRef:
    """Concepts are shared by every document: the same indicator is one node."""
    return _mint(f"{BASE}concept/{kind}/{ident}")


def scheme_iri(kind: str) -> URIRef:
    return _mint(f"{BASE}concept/{kind}")


def year_iri(year: int) -> URIRef:
    return _mint(f"{BASE}time/year/{year}")


def period_iri(span: str) -> URIRef:
    return _mint(f"{BASE}time/period/{span}")


def rule_iri(rule: str) -> URIRef:
    return _mint(f"{BASE}rule/{rule}")

"""Document → rdflib graph. The only module that knows RDF terms.

IRIs come from the document's metadata (date, and a hash of its normalised title) and its
structural path (``part_3/measure_5``), never from file names or run order, so the same
document always yields the same IRIs. No blank nodes: output is byte-stable.
"""
from __future__ import annotations

import hashlib
import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from .model import Document, Node
from .vocab import BASE, ELI, KIND_CLASS, OA, PKG, PROV, QUDT_UNIT, TIME

LANG_ZH = URIRef("http://publications.europa.eu/resource/authority/language/ZHO")
PREFIXES = {
    "eli": ELI,
    "pkg": PKG._NS,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "prov": PROV,
    "oa": OA,
    "time": TIME,
    "unit": QUDT_UNIT,
    "owl": OWL,
    "rdfs": RDFS,
    "xsd": XSD,
}


def _norm_title(title: str) -> str:
    return re.sub(r"[\s、，,·《》〈〉“”\"'（）()]", "", title)


def document_key(doc: Document) -> str:
    """A stable key for a document: its normalised title, or its first body text when untitled."""
    basis = doc.meta.get("title")
    if basis:
        basis = _norm_title(basis)
    else:
        firsts = [n for n in doc.root.children if n.kind in ("part", "measure", "preamble")]
        basis = "untitled:" + (doc.slice(firsts[0])[:200] if firsts else doc.text[:200])
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def document_iri(doc: Document) -> URIRef:
    date = doc.meta.get("date")
    when = date.replace("-", "/") if date else "undated"
    return URIRef(f"{BASE}eli/cn/{when}/{document_key(doc)}")


def node_iri(doc_iri: URIRef, node: Node) -> URIRef:
    return URIRef(f"{doc_iri}/{node.path}") if node.path else doc_iri


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def document_graph(doc: Document) -> Graph:
    g = new_graph()
    add_document(g, doc)
    return g


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
        e = URIRef(f"{d}/excluded_{k}")
        g.add((d, PKG.excluded, e))
        g.add((e, RDF.type, PKG.ExcludedMaterial))
        g.add((e, PKG.reason, Literal(ex.reason)))
        g.add((e, PKG.sourceStart, Literal(ex.source_start)))
        g.add((e, PKG.sourceEnd, Literal(ex.source_end)))
    for child in doc.root.children:
        _add_node(g, doc, d, d, child)
    return d


def _add_node(g: Graph, doc: Document, d: URIRef, parent: URIRef, node: Node) -> None:
    n = node_iri(d, node)
    g.add((n, RDF.type, ELI.LegalResourceSubdivision))
    g.add((n, RDF.type, KIND_CLASS[node.kind]))
    g.add((n, ELI.is_part_of, parent))
    g.add((parent, ELI.has_part, n))
    g.add((n, PKG.document, d))
    if node.number:
        g.add((n, ELI.number, Literal(node.number)))
    if node.ordinal is not None:
        g.add((n, PKG.ordinal, Literal(node.ordinal)))
    if node.title:
        g.add((n, ELI.title, Literal(node.title, lang="zh")))
    start = node.body_start if node.body_start is not None else node.start
    g.add((n, PKG.text, Literal(doc.text[start:node.end], lang="zh")))
    g.add((n, PKG.start, Literal(node.start)))
    g.add((n, PKG.end, Literal(node.end)))
    s, e = doc.source_span(node.start, node.end)
    g.add((n, PKG.sourceStart, Literal(s)))
    g.add((n, PKG.sourceEnd, Literal(e)))
    for child in node.children:
        _add_node(g, doc, d, n, child)


def ontology_graph() -> Graph:
    from .lexicon import ontology_dir

    g = new_graph()
    g.parse(ontology_dir() / "policykg.ttl", format="turtle")
    return g

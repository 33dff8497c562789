"""Related measures as triples: each pair a qualified, explained ``pkg:Relatedness`` (kg/analysis/related.py finds them)."""
from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Graph, URIRef

from kg.graph.iris import PKG, related_iri, rule_iri
from kg.graph.rdf import Literal


def add_relations(g: Graph, relations) -> None:
    """Related measures: a direct ``pkg:relatedTo`` link and a qualified, explained ``pkg:Relatedness``."""
    if relations:
        g.add((rule_iri("related-measures"), RDF.type, PKG.Rule))
        g.add((rule_iri("related-measures"), RDFS.label, Literal("related-measures")))
    for rel in relations:
        # Lean: no rdf:type (pkg:relatedness's range), no direct pkg:relatedTo (the chain
        # pkg:relatedness/pkg:relatedMeasure), no prov:wasDerivedFrom to the two measures it joins, and no
        # pkg:rule (every pkg:Relatedness is stated by the one rule related-measures, written once above), no
        # pkg:rank: the order of pkg:score (descending) in a measure's list, ties by the related measure's IRI
        # (``analysis.related``), so the named query ``related`` orders by them (2,182 quads of the corpus's 82,784).
        a, b = URIRef(rel.source), URIRef(rel.target)
        r = related_iri(rel.source, rel.rank)
        g.add((a, PKG.relatedness, r))
        g.add((r, PKG.relatedMeasure, b))
        g.add((r, PKG.score, Literal(f"{rel.score:.4f}", datatype=XSD.decimal)))
        g.add((r, PKG.textSimilarity, Literal(f"{rel.text_similarity:.4f}", datatype=XSD.decimal)))
        g.add((r, PKG.explanation, Literal(rel.reason, lang="zh")))

"""Annotations in the lean form (issue 17.2): each fact keeps its rule, its sentence and its exact
characters, while the span it was drawn from is one node shared by every fact drawn from it."""
from __future__ import annotations

from collections import Counter

from rdflib import RDF, Literal, URIRef

from kg.graph.iris import OA, PKG, span_iri
from kg.graph.rdf import document_graph, document_iri


def test_each_annotation_points_at_its_shared_span(seed_doc):
    g = document_graph(seed_doc)
    d = document_iri(seed_doc)
    anns = list(g.subjects(RDF.type, OA.Annotation))
    assert len(anns) == sum(len(v) for v in seed_doc.annotations.values())
    per_span = Counter()
    for a in anns:
        (span,) = g.objects(a, OA.hasTarget)
        (rule,) = g.objects(a, PKG.rule)
        assert (rule, RDF.type, PKG.Rule) in g
        per_span[span] += 1
        # nothing per fact but what is the fact's own: type, layer, rule, span, body
        assert {p for p, _ in g.predicate_objects(a)} <= {RDF.type, PKG.layer, PKG.rule, OA.hasTarget, OA.hasBody}
    spans = {span_iri(d, a.start, a.end) for v in seed_doc.annotations.values() for a in v}
    assert set(per_span) == spans
    assert max(per_span.values()) > 1  # some spans carry several facts (an actor and its role, say)


def test_a_span_holds_the_exact_characters_and_both_offsets(seed_doc):
    g = document_graph(seed_doc)
    d = document_iri(seed_doc)
    seen = 0
    for layer in seed_doc.annotations.values():
        for ann in layer:
            span = span_iri(d, ann.start, ann.end)
            (source,) = g.objects(span, OA.hasSource)
            (sel,) = g.objects(span, OA.hasSelector)
            assert {OA.TextPositionSelector, OA.TextQuoteSelector} <= set(g.objects(sel, RDF.type))
            assert g.value(sel, OA.exact) == Literal(seed_doc.text[ann.start:ann.end], lang="zh")
            assert (g.value(sel, OA.start).toPython(), g.value(sel, OA.end).toPython()) == (ann.start, ann.end)
            s, e = seed_doc.source_span(ann.start, ann.end)
            assert (g.value(sel, PKG.sourceStart).toPython(), g.value(sel, PKG.sourceEnd).toPython()) == (s, e)
            if source != d:  # the sentence it was read from holds it
                assert (source, RDF.type, PKG.Sentence) in g
                assert g.value(source, PKG.start).toPython() <= ann.start < ann.end <= g.value(source, PKG.end).toPython()
                seen += 1
    assert seen > 100
    assert not any(isinstance(s, URIRef) and str(s).endswith(("/position", "/quote")) for s in g.subjects())

"""The ontology file and the checked constants in kg/graph/iris.py agree, and RDF output is well formed."""
from __future__ import annotations

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import OWL

from kg.lexicon import ontology_dir
from kg.graph.rdf import document_graph, document_iri
from kg.graph.iris import PKG


def ontology_terms() -> set[str]:
    g = Graph().parse(ontology_dir() / "policykg.ttl", format="turtle")
    ns = str(PKG._NS)
    return {str(s)[len(ns):] for s in g.subjects(RDF.type, None) if str(s).startswith(ns)}


def test_vocab_matches_ontology():
    declared = set(PKG.__annotations__)
    assert declared == ontology_terms()


def test_every_term_has_zh_and_en_labels():
    g = Graph().parse(ontology_dir() / "policykg.ttl", format="turtle")
    from rdflib.namespace import RDFS

    for term in ontology_terms():
        langs = {lit.language for lit in g.objects(URIRef(str(PKG._NS) + term), RDFS.label)}
        assert {"zh", "en"} <= langs, term


def test_typo_is_an_error():
    with pytest.raises(AttributeError):
        PKG.Measur  # noqa: B018


def test_iris_are_stable_and_structural(seed_doc):
    iri = document_iri(seed_doc)
    assert str(iri).startswith("https://w3id.org/policykg/eli/cn/2023/12/27/")
    g = document_graph(seed_doc)
    m33 = URIRef(f"{iri}/part_10/measure_33")
    assert (m33, RDF.type, PKG.Measure) in g
    assert not any(isinstance(t, type(None)) for t in g)
    # No blank nodes: every subject is an IRI, so outputs are byte-stable.
    assert all(isinstance(s, URIRef) for s in g.subjects())
    assert (URIRef(str(OWL)), None, None) not in g


def test_eli_and_oa_typos_are_errors():
    from kg.graph.iris import ELI, OA

    assert str(ELI.is_part_of) == "http://data.europa.eu/eli/ontology#is_part_of"
    assert str(OA.hasTarget) == "http://www.w3.org/ns/oa#hasTarget"
    for ns, typo in ((ELI, "is_partof"), (OA, "hasTargt")):
        with pytest.raises(AttributeError):
            getattr(ns, typo)


def test_every_term_written_is_a_declared_one(seed_doc):
    """Each predicate and class in a document's graph is a term of its checked namespace."""
    from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, TIME

    from kg.graph.iris import ELI, OA

    checked = [ELI, OA, PKG, PROV, ORG, SKOS, DCTERMS, TIME]
    g = document_graph(seed_doc)
    terms = set(g.predicates()) | set(g.objects(None, RDF.type))
    seen = set()
    for term in terms:
        for ns in checked:
            base = str(ns._NS)
            if str(term).startswith(base):
                name = str(term)[len(base):]
                assert name in ns.__annotations__ or term in ns, term
                seen.add(ns)
    assert {ELI, OA, PKG, PROV} <= seen


def test_targets_and_goals_have_one_iri_in_the_graph_and_the_pages(seed_doc):
    """The pages' projection and the RDF graph mint target and goal IRIs in one place (iris.py)."""
    from kg.pages.projection import fragment

    iri = document_iri(seed_doc)
    g = document_graph(seed_doc)
    view = fragment(str(iri), seed_doc)
    for cls, kind in ((PKG.Target, "target"), (PKG.Goal, "goal")):
        in_graph = {str(s) for s in g.subjects(RDF.type, cls)}
        in_pages = {n for n, data in view.graph.nodes(data=True) if data.get("type") == kind}
        assert in_graph and in_graph == in_pages, kind

"""Annotations in the lean form (issue 17.2): each fact keeps its rule, its layer and its exact
characters, in three triples or fewer: ``pkg:rule``, ``oa:hasTarget`` (an RFC 5147 fragment of its
sentence, ``<sentence#char=a,b>``) and ``oa:hasBody``. The layer is the rule's, written once on the
rule; the rule that made most of a layer's annotations in a document is said once on the document
(``pkg:layerRule``) and not on those annotations; the exact characters, both offsets and every rule
come back through the named query ``annotations``."""
from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.graph.iris import ELI, OA, PKG, annotation_iri, node_iri, rule_iri, segment_iri
from kg.graph.rdf import document_graph, document_iri, document_lines
from kg.graph.relations import add_relations
from kg.lexicon import ontology_dir
from kg.query.sparql import named_queries, run_query

from tests.conftest import SHARED, parsed


def test_an_annotation_is_its_rule_its_target_and_its_body(seed_doc):
    g = document_graph(seed_doc)
    d = document_iri(seed_doc)
    anns = set(g.subjects(OA.hasTarget, None))
    assert len(anns) == sum(len(v) for v in seed_doc.annotations.values()) > 500
    usual = {str(g.value(r, PKG.layer)): r for r in g.objects(d, PKG.layerRule)}  # one rule per layer, said once
    assert len(usual) == len(list(g.objects(d, PKG.layerRule))) == len([v for v in seed_doc.annotations.values() if v])
    per_target, explicit = Counter(), 0
    for a in anns:
        assert {p for p, _ in g.predicate_objects(a)} <= {PKG.rule, OA.hasTarget, OA.hasBody}
        (target,) = g.objects(a, OA.hasTarget)
        assert "#char=" in str(target)
        per_target[target] += 1
        named_layer = str(a).split("/annotation/")[1].split("_")[0]
        rules = list(g.objects(a, PKG.rule))
        assert len(rules) <= 1 and rules != [usual[named_layer]]  # the layer's usual rule is never repeated
        explicit += len(rules)
        rule = rules[0] if rules else usual[named_layer]
        assert (rule, RDF.type, PKG.Rule) in g
        (layer,) = g.objects(rule, PKG.layer)  # the layer, once, on the rule
        assert str(layer) == named_layer
    assert 0 < explicit < len(anns) / 5  # most annotations are made by their layer's usual rule
    assert max(per_target.values()) > 1  # facts drawn from the same characters share one target
    assert not set(g.subjects(RDF.type, OA.Annotation))  # implied by oa:hasTarget, not written


def test_the_usual_rule_of_a_layer_is_its_most_frequent_the_first_by_name_on_a_tie():
    from types import SimpleNamespace

    from kg.graph.rdf import layer_rule

    def anns(*rules):
        return [SimpleNamespace(rule=r) for r in rules]

    assert layer_rule(anns("b", "a", "b")) == "b"
    assert layer_rule(anns("b", "a")) == "a"
    assert layer_rule([]) is None


# the seed, and a corpus text hard-wrapped in its source (a wrap joined inside a sentence shifts
# the source offsets of what follows it, and of a span across it)
HARD_WRAPPED = SHARED / "corpus" / "mee_high_energy_high_emission_projects_guidance_2021.txt"


@pytest.mark.parametrize("which", ["seed", "hard-wrapped"])
def test_the_annotations_query_gives_back_every_fact_with_its_characters(seed_doc, which):
    """Nothing lost: layer, rule, exact characters, offsets in the cleaned text and in the source file."""
    doc = seed_doc if which == "seed" else parsed(str(HARD_WRAPPED))
    store = ox.Store()
    store.bulk_load(document_lines(doc).getvalue(), format=ox.RdfFormat.N_TRIPLES)
    d = document_iri(doc)
    cols, rows = run_query(store, named_queries()["annotations"].text, {"doc": str(d)})
    got = {r[cols.index("annotation")]: dict(zip(cols, r)) for r in rows}
    seen, kinds = Counter(), Counter()
    for layer in sorted(doc.annotations):
        for ann in doc.annotations[layer]:
            key = (layer, ann.start, ann.end)
            seen[key] += 1
            row = got.pop(str(annotation_iri(d, layer, ann.start, ann.end, seen[key])))
            s, e = doc.source_span(ann.start, ann.end)
            assert (row["layer"], row["rule"], row["exact"]) == (layer, ann.rule, doc.text[ann.start:ann.end])
            assert [int(row[c]) for c in ("start", "end", "source_start", "source_end")] == [ann.start, ann.end, s, e]
            assert row["doc"] == str(d)
            kinds["in a sentence" if row["sentence"] else "outside sentences"] += 1
            if row["sentence"] and s - ann.start != _sentence_shift(store, row["sentence"]):
                kinds["source start written"] += 1  # the cleaning changed characters before it
            if e - s != ann.end - ann.start:
                kinds["source end written"] += 1  # ... or inside it
    assert got == {}
    # each form a target takes occurs, so each is checked above
    assert kinds["in a sentence"] > 100 and kinds["outside sentences"] > 0 and kinds["source start written"] > 0
    if which == "hard-wrapped":
        assert kinds["source end written"] > 0


def _sentence_shift(store, sentence: str) -> int:
    q = f"SELECT ?s ?ss WHERE {{ <{sentence}> <{PKG.start}> ?s ; <{PKG.sourceStart}> ?ss }}"
    (sol,) = list(store.query(q))
    return int(sol["ss"].value) - int(sol["s"].value)


# -- the shapes check the lean form: tiny graphs, one validation each ------------------------------

SENT = URIRef("https://w3id.org/policykg/eli/cn/2023/12/27/abc/part_1/sentence_1")
DOC = URIRef("https://w3id.org/policykg/eli/cn/2023/12/27/abc")


def _graph(*extra):
    g = Graph()
    g.add((DOC, RDF.type, PKG.PolicyDocument))
    g += [(DOC, PKG.sourceFile, Literal("x.txt")), (DOC, PKG.sha256, Literal("0" * 64)), (DOC, ELI.has_part, SENT)]
    g.add((SENT, RDF.type, PKG.Sentence))
    g.add((SENT, PKG.text, Literal("推动碳达峰。", lang="zh")))
    g += [(SENT, ELI.is_part_of, DOC), (SENT, PKG.document, DOC)]
    g += [(SENT, p, Literal(v)) for p, v in ((PKG.start, 0), (PKG.end, 6), (PKG.sourceStart, 0), (PKG.sourceEnd, 6))]
    r = rule_iri("actor-lexicon")
    g += [(r, RDF.type, PKG.Rule), (r, RDFS.label, Literal("actor-lexicon")), (r, PKG.layer, Literal("actor"))]
    g.add((URIRef(f"{DOC}/annotation/actor_2_5"), PKG.rule, r))
    g.add((URIRef(f"{DOC}/annotation/actor_2_5"), OA.hasTarget, segment_iri(SENT, 2, 5)))
    for t in extra:
        g.add(t)
    return g


def _conforms(g) -> tuple[bool, str]:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, _, report = validate(g, shacl_graph=shapes, inference="none", advanced=False)
    return conforms, report


def test_the_shapes_accept_a_lean_annotation():
    doc_seg = segment_iri(DOC, 0, 2)
    a = URIRef(f"{DOC}/annotation/actor_0_2")
    ok, report = _conforms(_graph((a, PKG.rule, rule_iri("actor-lexicon")), (a, OA.hasTarget, doc_seg),
                                  (doc_seg, PKG.text, Literal("中共")), (doc_seg, PKG.sourceStart, Literal(3)),
                                  (doc_seg, PKG.sourceEnd, Literal(5))))
    assert ok, report


def test_the_shapes_accept_an_annotation_of_its_layers_usual_rule_and_a_sentence_whose_ends_are_implied():
    a = URIRef(f"{DOC}/annotation/actor_0_2")
    g = _graph((a, OA.hasTarget, segment_iri(SENT, 0, 2)), (DOC, PKG.layerRule, rule_iri("actor-lexicon")))
    g.remove((SENT, PKG.end, None))
    g.remove((SENT, PKG.sourceEnd, None))
    ok, report = _conforms(g)
    assert ok, report


BAD = URIRef(f"{DOC}/annotation/bad")
BROKEN = [  # (id, triples added to a conforming graph, what the report must name)
    ("past the sentence's end", [(BAD, PKG.rule, rule_iri("actor-lexicon")), (BAD, OA.hasTarget, segment_iri(SENT, 4, 9))],
     "sentence_1#char=4,9"),
    ("no such sentence", [(BAD, PKG.rule, rule_iri("actor-lexicon")), (BAD, OA.hasTarget, segment_iri(f"{DOC}/part_1/sentence_7", 0, 1))],
     "sentence_7#char=0,1"),
    ("a document fragment without its text", [(BAD, PKG.rule, rule_iri("actor-lexicon")), (BAD, OA.hasTarget, segment_iri(DOC, 0, 2))],
     "abc#char=0,2"),
    ("no rule", [(BAD, OA.hasTarget, segment_iri(SENT, 0, 2))], "has no rule"),
    ("no rule, and its document's usual rule of another layer",
     [(URIRef(f"{DOC}/annotation/role_0_2"), OA.hasTarget, segment_iri(SENT, 0, 2)),
      (DOC, PKG.layerRule, rule_iri("actor-lexicon"))], "annotation/role_0_2"),
    ("two usual rules of one layer", [(DOC, PKG.layerRule, rule_iri("actor-lexicon")),
                                      (DOC, PKG.layerRule, rule_iri("actor-group")),
                                      (rule_iri("actor-group"), PKG.layer, Literal("actor"))], "two pkg:layerRule"),
    ("a target that is no fragment", [(BAD, PKG.rule, rule_iri("actor-lexicon")), (BAD, OA.hasTarget, SENT)], "char="),
    ("a rule of two layers", [(rule_iri("actor-lexicon"), PKG.layer, Literal("role"))], "pkg:layer"),
]


@pytest.mark.parametrize("triples,named", [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_the_shapes_refuse_a_broken_annotation(triples, named):
    ok, report = _conforms(_graph(*triples))
    assert not ok
    assert named in report


def test_relatedness_is_lean_and_keeps_its_rule():
    from types import SimpleNamespace

    g = Graph()
    a, b = f"{DOC}/measure_1", "https://w3id.org/policykg/eli/cn/2022/01/01/def/measure_3"
    add_relations(g, [SimpleNamespace(source=a, target=b, rank=1, score=0.51234, text_similarity=0.25, reason="共同主体")])
    (r,) = g.objects(URIRef(a), PKG.relatedness)
    # no pkg:rank: the order of pkg:score in the measure's list, ties by IRI (the named query related orders so)
    assert {p for p, _ in g.predicate_objects(r)} == {PKG.relatedMeasure, PKG.score, PKG.textSimilarity, PKG.explanation}
    assert g.value(r, PKG.relatedMeasure) == URIRef(b) and str(g.value(r, PKG.score)) == "0.5123"
    assert (rule_iri("related-measures"), RDF.type, PKG.Rule) in g  # the one rule of every relatedness
    assert len(g) == 5 + 2  # five per relatedness, and the rule once (type, label)


def test_subdivisions_typed_by_their_kind_alone_are_all_checked():
    """eli:LegalResourceSubdivision is implied by each kind's class, not written: the shape targets every kind."""
    from rdflib import Namespace

    from kg.graph.iris import KIND_CLASS

    sh = Namespace("http://www.w3.org/ns/shacl#")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    subdivision = URIRef("https://w3id.org/policykg/shapes#Subdivision")
    assert set(shapes.objects(subdivision, sh.targetClass)) == set(KIND_CLASS.values())
    orphan = URIRef(f"{DOC}/part_9")  # typed, but part of nothing and without its text
    ok, report = _conforms(_graph((orphan, RDF.type, PKG.Part)))
    assert not ok and "part_9" in report and "is_part_of" in report


def _numbers_by_tree(doc):
    """Each sentence's part and measure numbers as the tree has them: its innermost enclosing part and measure."""
    out = {}

    def down(node, part, measure):
        part = node if node.kind == "part" else part
        measure = node if node.kind == "measure" else measure
        if node.kind == "sentence":
            out[str(node_iri(document_iri(doc), node))] = (part.number if part else "", measure.number if measure else "")
        for child in node.children:
            down(child, part, measure)

    for child in doc.root.children:
        down(child, None, None)
    return out


@pytest.mark.parametrize("which", ["seed", "hard-wrapped"])
def test_a_sentence_names_no_document_and_no_numbers_and_the_sentences_query_gives_them_back(seed_doc, which):
    """A sentence's document is its parent's, its part's and measure's numbers those of its ancestors (written on
    it only when they are more than three levels up): the named query gives each sentence the tree's numbers."""

    doc = seed_doc if which == "seed" else parsed(str(HARD_WRAPPED))
    lines = document_lines(doc).getvalue()
    assert b"/sentence_" in lines
    assert not [ln for ln in lines.splitlines() if b"/sentence_" in ln.split(b" ", 1)[0]
                and (f"<{PKG.document}>".encode() in ln or f"<{PKG.partNumber}>".encode() in ln)]
    store = ox.Store()
    store.bulk_load(lines, format=ox.RdfFormat.N_TRIPLES)
    cols, rows = run_query(store, named_queries()["sentences"].text, {"doc": str(document_iri(doc))})
    got = {r[cols.index("sentence")]: (r[cols.index("part")], r[cols.index("measure")]) for r in rows}
    want = _numbers_by_tree(doc)
    assert got == want and any(p for p, _ in want.values()) and any(m for _, m in want.values())

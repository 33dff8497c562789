"""The graph writer's shortcuts (lane CPU2, issue 17) give what rdflib gives: language-tagged literals made
without rdflib's constructor, IRIs minted once per text, and a document's subjects of one type found in its
lines' bytes."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral

from kg.graph import iris, literals
from kg.graph.ntriples import NTriplesWriter, SortedLines

TEXTS = ["推进碳达峰", "", "a \"quoted\" word", "line\nbreak\r\n", "back\\slash", "  spaces  ", "\u2028 sep", "é"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_lang_literal_is_rdflibs(text, lang):
    ours, theirs = literals.lang_literal(text, lang), Literal(text, lang=lang)
    assert type(ours) is Literal
    assert ours == theirs and hash(ours) == hash(theirs) and str(ours) == str(theirs)
    assert (ours.language, ours.datatype, ours.value) == (theirs.language, theirs.datatype, theirs.value)
    assert ours.n3() == theirs.n3() and _quoteLiteral(ours) == _quoteLiteral(theirs)


def test_lang_literal_falls_back_to_rdflib():
    # not a str, or a tag rdflib treats apart (the empty tag is no tag): rdflib's constructor, its result
    assert literals.lang_literal(2030, "zh") == Literal(2030, lang="zh")
    assert literals.lang_literal("文本", "").language is None
    with pytest.raises(ValueError):  # an invalid tag still fails as in rdflib
        literals.lang_literal("文本", "not a tag")


@pytest.mark.parametrize("value", [0, 7, -12, 2030, 10**30, *TEXTS])
def test_plain_literal_is_rdflibs(value):
    ours, theirs = literals.plain_literal(value), Literal(value)
    assert type(ours) is Literal
    assert ours == theirs and hash(ours) == hash(theirs) and str(ours) == str(theirs)
    assert (ours.language, ours.datatype, ours.value) == (theirs.language, theirs.datatype, theirs.value)
    assert ours.n3() == theirs.n3() and _quoteLiteral(ours) == _quoteLiteral(theirs)


@pytest.mark.parametrize("value", [True, False, 1.5])
def test_plain_literal_of_another_type_is_rdflibs_own(value):
    ours = literals.plain_literal(value)  # a bool is an int to isinstance, never to plain_literal
    assert ours == Literal(value) and ours.datatype == Literal(value).datatype and str(ours) == str(Literal(value))


def test_minted_iri_is_one_object_per_text():
    a = iris.segment_iri("http://example.org/doc/s_1", 3, 9)
    b = iris.segment_iri("http://example.org/doc/s_1", 3, 9)
    c = iris.segment_iri("http://example.org/doc/s_1", 3, 10)
    assert a is b and a == URIRef("http://example.org/doc/s_1#char=3,9") and type(a) is URIRef
    assert c != a


def test_writer_lines_with_shared_terms():
    w = NTriplesWriter()
    s, p = iris.concept_iri("actor", "ndrc"), URIRef("http://example.org/p")
    lit = Literal(5)
    for _ in range(2):  # the same triple twice: one line
        w.add((s, p, lit))
    w.add((s, p, Literal("名称", lang="zh")))
    w.add((s, p, literals.lang_literal("名称", "zh")))  # the same literal made directly: the same line
    lines = list(w.finish())
    assert lines == sorted([f"<{s}> <{p}> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n".encode(),
                            f"<{s}> <{p}> \"名称\"@zh .\n".encode()])


ACTOR = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Actor> .\n"


def test_subjects_of_a_type():
    data = (b"<a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Actor> .\n"
            b"<b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Actors> .\n"
            b"<c> <http://example.org/label> \"x\" .\n"
            b"<d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Actor> .\n")
    expected = frozenset({"<a>", "<d>"})  # not <b> (another class), not <c>
    assert SortedLines(data).subjects(ACTOR) == expected
    # the loop it replaces gives the same
    assert frozenset(line.split(b" ", 1)[0].decode() for line in SortedLines(data) if line.endswith(ACTOR)) == expected
    assert SortedLines(b"\n").subjects(ACTOR) == frozenset()

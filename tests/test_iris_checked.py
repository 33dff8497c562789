"""Every IRI a build writes is checked where it is made, as Oxigraph's strict load checks one (kg/graph/iris.py).

A build's store loads graph.nq ``lenient`` (kg/store_fresh.py: no IRI validation, 0.6 G of the load's 2.2 G
instructions on the corpus), so the check the load skips is made once per distinct IRI where it is minted: a bad
part (a printed number in a provision's path, an id of ontology/*.tsv, a unit of the data) is ``BadIRI`` there, and
fails its document with a sentence, never a store holding a bad IRI.
"""
from __future__ import annotations

import json
from types import SimpleNamespace

import pyoxigraph as ox
import pytest
from rdflib.namespace import Namespace

import kg.graph.iris as iris
from kg.graph import ontology_lines
from kg.graph.iris import BadIRI, Terms, checked

from tests.conftest import nq_text, run, write_docs

B = iris.BASE

# (text, Oxigraph takes it as an IRI): what a strict load refuses, ``checked`` refuses
IRIS = [
    (f"{B}eli/cn/2021/10/24/0123456789ab/part_1/measure_2/sentence_3#char=0,12", True),
    (f"{B}concept/actor/local.any.n-e4bc81e4b89a", True),
    (f"{B}eli/cn/undated/0123456789ab/part_1/subitem_２_１", True),  # a full-width printed number: an IRI character
    ("http://qudt.org/vocab/unit/KiloW-HR", True),
    ("a:b", True),
    (f"{B}eli/cn/undated/0123456789ab/part_1/subitem_2 1", False),  # a space
    (f"{B}concept/indicator/a|b", False),
    (f"{B}concept/indicator/a^b", False),
    (f"{B}concept/indicator/a{{b}}", False),
    (f"{B}concept/indicator/a\\b", False),
    (f"{B}concept/indicator/a`b", False),
    (f"{B}concept/indicator/a\x01b", False),  # a control character
    (f"{B}rule/50%off", False),  # a percent sign without two hex digits
    (f"{B}eli/cn/x#char=1,2#again", False),  # a second fragment
    (f"{B}concept/place/[yrd]", False),
    ("concept/actor/relative", False),  # no scheme
    ("", False),
]


def _strict_load_takes(text: str, tmp_path) -> bool:
    store = ox.Store()
    try:
        store.bulk_load(f'<{text}> <{B}p> "x" .\n'.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    except SyntaxError:
        return False
    return True


@pytest.mark.parametrize("text,valid", IRIS)
def test_checked_refuses_what_the_strict_load_refuses(text, valid, tmp_path):
    assert _strict_load_takes(text, tmp_path) is valid  # the table is Oxigraph's reading
    if valid:
        assert checked(text) == text
    else:
        with pytest.raises(BadIRI, match="not an IRI"):
            checked(text)


def _doc(date=None, title="关于推进绿色低碳发展的意见"):
    return SimpleNamespace(meta={"date": date, "title": title}, root=SimpleNamespace(children=[]), text="")


def test_each_part_a_document_or_the_data_gives_is_checked():
    doc = iris.document_iri(_doc("2021-10-24"))
    assert str(doc).startswith(f"{B}eli/cn/2021/10/24/")
    unit = iris.node_iri(doc, SimpleNamespace(path="part_1/subitem_2_1"))
    # the provision's path: its printed number (a decimal section's, 第十二条之一's) comes from the text
    with pytest.raises(BadIRI, match="subitem_2 1"):
        iris.node_iri(doc, SimpleNamespace(path="part_1/subitem_2 1"))
    # the date as the front matter gives it
    with pytest.raises(BadIRI):
        iris.document_iri(_doc("2021-10 24"))
    # ids of ontology/*.tsv rows: indicators, sectors, places, actors (a local actor's name is hex), rules, periods
    for mint in (lambda x: iris.concept_iri("indicator", x), lambda x: iris.concept_iri(x, "carbon_intensity"),
                 lambda x: iris.responsibility_iri(unit, x), lambda x: iris.inherited_iri(unit, x),
                 iris.rule_iri, iris.period_iri, lambda x: iris.annotation_iri(doc, x, 1, 2)):
        assert mint("carbon_intensity")
        with pytest.raises(BadIRI, match="not an IRI"):
            mint("carbon intensity")
    # a unit's IRI read from the data
    assert str(iris.iri("http://qudt.org/vocab/unit/PERCENT")) == "http://qudt.org/vocab/unit/PERCENT"
    with pytest.raises(BadIRI):
        iris.iri("http://qudt.org/vocab/unit/PER CENT")
    # a namespace's term, checked once when first looked up
    with pytest.raises(BadIRI):
        Terms(Namespace("http://example.org/a|")).b


def test_a_minted_iri_is_the_same_object_and_text_as_before():
    text = f"{B}concept/actor/ndrc"
    assert iris.concept_iri("actor", "ndrc") is iris.concept_iri("actor", "ndrc") is iris.iri(text)
    assert type(iris.iri(text)).__name__ == "URIRef" and str(iris.iri(text)) == text


def test_the_vocabularies_and_the_ontology_load_strictly():
    """The terms written from code (the checked namespaces) and the ontology's lines (policykg.ttl) are IRIs."""
    from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

    for ns in (iris.ELI, iris.OA, iris.PKG, DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD):
        for name in ns.__annotations__:
            checked(str(ns[name]))
    lines = ontology_lines.ontology_lines()
    ontology_lines._check(lines)
    with pytest.raises(BadIRI, match="policykg.ttl"):
        ontology_lines._check(lines + [f'<{B}ontology#a b> <{B}p> "x" .'])


SMALL = """关于推进绿色低碳发展的意见
一、总体要求
（一）主要目标。到2030年，单位国内生产总值能耗比2025年下降13.5%。
二、重点任务
（二）推进能源转型。国家发展改革委、国家能源局负责加快发展可再生能源。
"""
OTHER = """关于加强生态环境保护的通知
一、工作要求
（一）强化监管。生态环境部负责加强生态环境监管执法。
"""


def test_a_document_whose_iri_is_bad_fails_with_a_sentence_and_the_rest_builds(tmp_path, monkeypatch):
    """A bad part (here the document's key, as a bad printed part would be) fails its document where it is minted:
    one row of the failure table, no traceback; the other document's graph and store are written (the store loaded
    lenient: it holds no IRI the check did not see)."""
    docs = write_docs(tmp_path / "d", a=SMALL, b=OTHER)
    real = iris.document_key
    monkeypatch.setattr(iris, "document_key", lambda doc: "bad key" if "生态" in (doc.meta.get("title") or "") else real(doc))
    out = tmp_path / "out"
    result = run("build", docs, "--out", out, "--jobs", "1")
    assert "Traceback" not in result.output
    assert "b.txt" in result.output and "not an IRI" in result.output, result.output
    assert [d["source"] for d in json.loads((out / "documents.json").read_text(encoding="utf-8"))] == ["a.txt"]
    assert "bad key" not in nq_text(out)
    store = ox.Store.read_only(str(out / "store"))
    assert len(store) > 0
    assert not any(" " in q.subject.value for q in store.quads_for_pattern(None, None, None) if isinstance(q.subject, ox.NamedNode))
    del store

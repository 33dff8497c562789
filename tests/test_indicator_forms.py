"""Issue 14, class 5: concepts carry the forms documents print (``skos:altLabel``, kg/graph/forms.py).

Tables of positives (the printed form becomes an altLabel of the concept), negatives (no altLabel:
the prefLabel itself, a form that differs only by quotation marks, a condition's or a record's label,
a concept keyed by its own text) and a build of two documents that print the same indicator two ways
(one concept, both forms, the named queries ``indicator_forms`` and ``indicators`` find it by either).
Sentences are written in the genre's style; none comes from a held-out document.
"""
from __future__ import annotations

import csv
import io

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.annotate import annotate
from kg.graph.iris import PKG, concept_iri
from kg.graph.rdf import document_graph, document_lines
from kg.lexicon import ontology_dir
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

from tests.conftest import nq_text, run, write_docs

PLAN = "某省“十四五”节能减排综合工作方案"
FUJIAN = "福建省“十四五”节能减排综合工作方案"


def doc(body: str, title: str = PLAN):
    text = f"{title}\n一、重点任务\n（一）测试措施。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def alt_labels(g: Graph, kind: str | None = None) -> set[tuple[str, str]]:
    """(concept id, altLabel) pairs of ``g``, of concepts of ``kind`` when given."""
    prefix = str(concept_iri(kind, "")) if kind else str(concept_iri("", ""))[:-2]
    return {(str(s).rsplit("/", 1)[1], str(o)) for s, o in g.subject_objects(SKOS.altLabel) if str(s).startswith(prefix)}


# Positives: the form the target printed is an altLabel of the concept it resolved to ---------------

INDICATOR_POS = [
    ("alias-short", "到2025年，能耗强度比2020年降低14%。", "energy_intensity", "能耗强度"),
    ("alias-gdp", "到2025年，单位GDP能耗比2020年下降13.5%。", "energy_intensity", "单位GDP能耗"),
    ("alias-carbon", "到2025年，碳排放强度比2020年下降18%。", "carbon_intensity", "碳排放强度"),
    ("scope-word-off", "到2025年，全国单位GDP二氧化碳排放比2020年下降18%。", "carbon_intensity", "单位GDP二氧化碳排放"),
    ("alias-pm25", "到2025年，PM2.5浓度控制在30微克/立方米以下。", "pm25", "PM2.5浓度"),
    ("alias-long", "到2025年，非化石能源占能源消费总量比重达到20%左右。", "non_fossil_share", "非化石能源占能源消费总量比重"),
]


@pytest.mark.parametrize("case,body,concept,form", INDICATOR_POS, ids=[c[0] for c in INDICATOR_POS])
def test_printed_form_is_an_alt_label(case, body, concept, form):
    g = document_graph(doc(body))
    assert alt_labels(g, "indicator") == {(concept, form)}
    # the target keeps the form it printed, so the documents using each form can be told
    [(target, printed)] = list(g.subject_objects(PKG.indicatorForm))
    assert printed == Literal(form, lang="zh")
    assert g.value(target, PKG.indicator) == concept_iri("indicator", concept)


# Negatives: no altLabel ----------------------------------------------------------------------------

INDICATOR_NEG = [
    # the concept's prefLabel as printed: a form, but no alternative one
    ("pref-label", "到2025年，单位国内生产总值能耗比2020年下降13.5%。", "target"),
    ("pref-label-forest", "到2025年，森林覆盖率达到24.1%。", "target"),
    # an indicator the lexicon does not list is keyed by its own text: nothing to merge
    ("own-concept", "到2025年，创建绿色工厂100家。", "target"),
    # quotation marks are no other form (the lexicon matches without them)
    ("quoted", "到2025年，“无废园区”覆盖率达到60%。", "target"),
    # a condition scopes a measure: its label is no indicator's altLabel
    ("condition", "对年综合能源消费量5000吨标准煤以上的重点用能单位开展节能监察。", "condition"),
    ("condition-threshold", "30万千瓦及以上机组全部完成超低排放改造。", "condition"),
    # a record reports the past (its form 能耗强度 names energy_intensity, yet a record points to no concept)
    ("record", "截至2020年底，能耗强度比2015年下降了16%。", "record"),
]


@pytest.mark.parametrize("case,body,layer", INDICATOR_NEG, ids=[c[0] for c in INDICATOR_NEG])
def test_no_alt_label(case, body, layer):
    d = doc(body)
    assert d.annotations[layer], "the sentence no longer gives the value this row is about"
    g = document_graph(d)
    assert alt_labels(g, "indicator") == set()
    assert list(g.subject_objects(PKG.indicatorForm)) == []


def test_condition_label_is_not_an_indicator_form():
    d = doc("对年综合能源消费量5000吨标准煤以上的重点用能单位开展节能监察；到2025年，能耗强度比2020年降低14%。")
    labels = {a.get("indicator_label") for a in d.annotations["condition"]}
    assert labels  # the condition is there, with its label
    g = document_graph(d)
    assert alt_labels(g, "indicator") == {("energy_intensity", "能耗强度")}
    assert not labels & {form for _, form in alt_labels(g)}


def test_alt_label_never_equals_a_pref_label():
    d = doc("到2025年，单位国内生产总值能耗比2020年下降13.5%，能耗强度年均下降2.6%，森林覆盖率达到24.1%。"
            "（省发展改革委牵头，国家发展改革委、国家发改委按职责分工负责）", FUJIAN)
    g = document_graph(d)
    assert alt_labels(g)
    for s, alt in g.subject_objects(SKOS.altLabel):
        assert alt not in set(g.objects(s, SKOS.prefLabel)), (s, alt)
        assert alt.language == "zh"


# Actors: the printed name of a body, when it is one of its names ------------------------------------

ACTOR_POS = [
    ("province-body", "（省发改委牵头，省生态环境厅按职责分工负责）", FUJIAN, "fujian.province.drc", "省发改委"),
    ("province-body-2", "（省发改委牵头，省生态环境厅按职责分工负责）", FUJIAN, "fujian.province.eco_env", "省生态环境厅"),
    ("national-alias", "国家发改委会同有关部门制定实施方案。", PLAN, "ndrc", "国家发改委"),
]


@pytest.mark.parametrize("case,body,title,actor,form", ACTOR_POS, ids=[c[0] for c in ACTOR_POS])
def test_actor_printed_name_is_an_alt_label(case, body, title, actor, form):
    assert (actor, form) in alt_labels(document_graph(doc(body, title)), "actor")


def test_actor_label_as_printed_is_no_alt_label():
    g = document_graph(doc("国家发展改革委会同有关部门制定实施方案。"))
    assert not any(actor == "ndrc" for actor, _ in alt_labels(g, "actor"))


def test_same_form_of_two_provinces_is_two_actors():
    # 省发改委 names Fujian's body in a Fujian text and Jiangsu's in a Jiangsu text: an altLabel of each
    fj = alt_labels(document_graph(doc("（省发改委牵头）", FUJIAN)), "actor")
    js = alt_labels(document_graph(doc("（省发改委牵头）", "江苏省“十四五”节能减排综合工作方案")), "actor")
    assert ("fujian.province.drc", "省发改委") in fj and ("jiangsu.province.drc", "省发改委") in js


# Determinism and the two writers ----------------------------------------------------------------------

def test_both_writers_agree_and_are_deterministic():
    d = doc("到2025年，能耗强度比2020年降低14%，单位GDP二氧化碳排放下降18%。（省发改委牵头）", FUJIAN)
    lines = document_lines(d).getvalue()
    assert lines == document_lines(d).getvalue()
    g = Graph().parse(data=lines.decode("utf-8"), format="nt")
    assert set(g) == set(document_graph(d))
    assert b"http://www.w3.org/2004/02/skos/core#altLabel" in lines


# SHACL: the shapes accept what is written and refuse an altLabel equal to the prefLabel ---------------

def _conforms(g: Graph) -> bool:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    return validate(g, shacl_graph=shapes, inference="none", advanced=False)[0]


def test_shapes_accept_alt_labels():
    assert _conforms(document_graph(doc("到2025年，能耗强度比2020年降低14%。（省发改委牵头）", FUJIAN)))


def test_shapes_refuse_alt_label_equal_to_pref_label():
    g = document_graph(doc("到2025年，能耗强度比2020年降低14%。"))
    c = concept_iri("indicator", "energy_intensity")
    g.add((c, SKOS.altLabel, g.value(c, SKOS.prefLabel)))
    assert not _conforms(g)


def test_shapes_refuse_indicator_form_that_is_no_alt_label():
    g = document_graph(doc("到2025年，能耗强度比2020年降低14%。"))
    g.remove((concept_iri("indicator", "energy_intensity"), SKOS.altLabel, None))
    assert not _conforms(g)


# A build of two documents: one concept, both forms, found by either -----------------------------------

def _csv(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


@pytest.fixture(scope="module")
def two_forms(tmp_path_factory):
    base = tmp_path_factory.mktemp("forms")
    src = write_docs(base / "src",
                     a="某省“十四五”节能减排综合工作方案\n一、主要目标\n（一）总体目标。到2025年，能耗强度比2020年降低14%。\n",
                     b="某市“十四五”节能减排实施方案\n一、主要目标\n（一）总体目标。到2025年，单位GDP能耗比2020年下降13.5%。\n",
                     c="某县“十四五”节能工作方案\n一、主要目标\n（一）总体目标。到2025年，单位国内生产总值能耗比2020年下降13%。\n")
    out = base / "out"
    result = run("build", src, "--out", out, "--jobs", "1", "-q")
    assert result.exit_code == 0, result.output
    return out


def test_two_documents_one_concept_both_forms(two_forms):
    quads = nq_text(two_forms).splitlines()
    alts = sorted(q for q in quads if "core#altLabel" in q)
    c = f"<{concept_iri('indicator', 'energy_intensity')}>"
    # each form once, in the concepts graph, whatever document printed it
    assert alts == [f'{c} <http://www.w3.org/2004/02/skos/core#altLabel> "{form}"@zh <https://w3id.org/policykg/concepts> .'
                    for form in ("单位GDP能耗", "能耗强度")]


def test_indicator_forms_query(two_forms):
    out = _csv(run("query", "--graph", two_forms, "--name", "indicator_forms", "--format", "csv"))
    assert list(out[0]) == ["indicator", "form", "doc", "targets", "concept"]
    assert [r["form"] for r in out] == ["单位GDP能耗", "单位国内生产总值能耗", "能耗强度"]
    assert {r["indicator"] for r in out} == {"单位国内生产总值能耗"}
    assert {r["concept"] for r in out} == {str(concept_iri("indicator", "energy_intensity"))}
    assert len({r["doc"] for r in out}) == 3 and all(r["targets"] == "1" for r in out)
    one = _csv(run("query", "--graph", two_forms, "--name", "indicator_forms", "--param", "name=能耗强度", "--format", "csv"))
    assert len(one) == 3  # a form finds its concept, and every form of it


def test_indicators_query_finds_a_printed_form(two_forms):
    by_label = _csv(run("query", "--graph", two_forms, "--name", "indicators", "--param", "name=单位国内生产总值能耗", "--format", "csv"))
    by_form = _csv(run("query", "--graph", two_forms, "--name", "indicators", "--param", "name=单位GDP能耗", "--format", "csv"))
    assert len(by_label) == 3 and by_form == by_label
    assert _csv(run("query", "--graph", two_forms, "--name", "indicators", "--param", "name=能耗", "--format", "csv")) == []


def test_build_validates(two_forms):
    result = run("validate", "--graph", two_forms)
    assert result.exit_code == 0, result.output

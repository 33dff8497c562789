"""Policy writers' cross-referencing: related measures, responsibilities, indicators, concordance, diff."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import main

from tests.conftest import SEED, SHARED, require_shared

PKG = "https://w3id.org/policykg/ontology#"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def rows(result):
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("x") / "out"
    assert run("build", SEED, "--out", out).exit_code == 0
    return out


# Related measures ----------------------------------------------------------------------------

def test_every_seed_measure_has_related_measures_with_reasons(seed_build):
    related = rows(run("query", "--graph", seed_build, "--name", "related", "--format", "csv"))
    assert list(related[0]) == ["doc", "measure", "related_doc", "related_measure", "score", "reason"]
    measures = {r["measure"] for r in related}
    assert len(measures) == 33
    for r in related:
        assert r["measure"] != r["related_measure"]
        assert 0 < float(r["score"]) <= 1
        assert r["reason"].endswith(tuple("0123456789")) and "文本相似度" in r["reason"]
    # the air and water battles share the pollution-control vocabulary with their neighbours
    by_measure = {}
    for r in related:
        by_measure.setdefault(r["measure"].rsplit("/", 1)[-1], []).append(r)
    assert any("共同" in r["reason"] for r in by_measure["measure_5"])


def test_relations_across_documents(corpus_build):
    related = rows(run("query", "--graph", corpus_build, "--name", "related", "--format", "csv"))
    across = [r for r in related if r["doc"] != r["related_doc"]]
    assert len(across) > 300
    # shared indicators are named in the reason
    assert any("共同指标: " in r["reason"] for r in across)
    # ranks: scores never increase within one measure's list
    for m in {r["measure"] for r in related}:
        scores = [float(r["score"]) for r in related if r["measure"] == m]
        assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("spec, doc, title", [
    ("五", None, "持续深入打好蓝天保卫战"),
    ("（五）", None, "持续深入打好蓝天保卫战"),
    ("5", None, "持续深入打好蓝天保卫战"),
    ("四（五）", None, "持续深入打好蓝天保卫战"),
    ("蓝天保卫战", None, "持续深入打好蓝天保卫战"),
    ("三十一", "美丽中国", "压实工作责任"),
])
def test_related_command_finds_the_measure(seed_build, spec, doc, title):
    args = ["related", spec, "--graph", seed_build, "--format", "json"] + (["--doc", doc] if doc else [])
    result = run(*args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert len(out) == 3 and [r["rank"] for r in out] == ["1", "2", "3"]
    assert all(r["document"] == "同一文件" and r["reason"] for r in out)
    table = run(*[a for a in args if a not in ("--format", "json")])
    assert title in table.output.splitlines()[0]


@pytest.mark.parametrize("spec, doc, message", [
    ("五", None, "matches"),           # ambiguous in the corpus: 17 documents have a (五)
    ("九十九", None, "no measure matches"),
    ("五", "没有这份文件", "matches no document"),
])
def test_related_command_errors(corpus_build, spec, doc, message):
    result = run("related", spec, "--graph", corpus_build, *(["--doc", doc] if doc else []))
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output


def test_related_in_corpus_with_doc(corpus_build):
    result = run("related", "五", "--graph", corpus_build, "--doc", "美丽中国", "--format", "json")
    out = json.loads(result.output)
    assert any(r["document"] != "同一文件" for r in out) and any(r["document"] == "同一文件" for r in out)


# Responsibilities ----------------------------------------------------------------------------

def _ask(graph, query):
    result = run("query", "--graph", graph, "--format", "csv", query)
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[1]


def test_seed_general_clause_and_inherited_responsibility(seed_build):
    prefix = f"PREFIX pkg: <{PKG}> PREFIX prov: <http://www.w3.org/ns/prov#> "
    clauses = rows(run("query", "--graph", seed_build, "--format", "csv",
                       prefix + "SELECT ?m WHERE { ?m pkg:generalClause true } ORDER BY ?m"))
    assert [r["m"].rsplit("/", 1)[-1] for r in clauses] == ["measure_30", "measure_31"]
    # inferred links are never stated links, and each says where it came from
    # (the classes are implied by the properties' ranges, not written: pkg:inheritedResponsibility's objects are
    # pkg:InheritedResponsibility, inferred by definition)
    assert _ask(seed_build, prefix + "ASK { ?m pkg:responsibility ?r . ?n pkg:inheritedResponsibility ?r }") == "false"
    assert _ask(seed_build, prefix + "ASK { ?m pkg:inheritedResponsibility ?r }") == "true"
    assert _ask(seed_build, prefix + "ASK { ?m pkg:inheritedResponsibility ?r . FILTER NOT EXISTS { ?r prov:wasDerivedFrom ?c . ?c pkg:generalClause true } }") == "false"
    resp = rows(run("query", "--graph", seed_build, "--name", "responsibilities", "--format", "csv"))
    inferred = [r for r in resp if r["basis"] == "inferred"]
    stated = [r for r in resp if r["basis"] == "stated"]
    assert inferred and stated
    # (一) states no responsible body: it inherits 各级党委, 各级人民政府 (各级党委和政府: two actors, convention 17
    # of corpus/keys/README.md) and 生态环境部 from (三十)/(三十一)
    first = {r["actor"] for r in inferred if r["measure"] == "一"}
    assert {"各级党委", "各级人民政府", "生态环境部"} <= first
    # (三十一) states its own: 生态环境部 leads; nothing is inferred for it
    assert any(r["measure"] == "三十一" and r["actor"] == "生态环境部" and r["role"] == "lead" for r in stated)
    assert not any(r["measure"] in ("三十", "三十一") for r in inferred)


def test_matrix_csv(seed_build):
    out = rows(run("matrix", "--graph", seed_build))
    assert len(out) == 33
    assert {"doc", "part", "measure", "title", "stated_responsible", "生态环境部"} <= set(out[0])
    first = out[0]
    assert first["measure"] == "一" and first["stated_responsible"] == "no" and first["生态环境部"] == "(lead)"
    last = [r for r in out if r["measure"] == "三十一"][0]
    assert last["stated_responsible"] == "yes" and last["生态环境部"] == "lead"
    page = (seed_build / "responsibility.html").read_text(encoding="utf-8")
    assert "责任矩阵" in page and "（牵头）" in page and "推定" in page


# Indicators ----------------------------------------------------------------------------------

def test_forest_cover_lines_up_across_documents(corpus_build):
    out = rows(run("query", "--graph", corpus_build, "--name", "indicators", "--param", "name=森林覆盖率", "--format", "csv"))
    assert list(out[0]) == ["indicator", "doc", "part", "measure", "value", "unit", "comparator", "year", "text"]
    by_year = {(r["year"], r["value"]) for r in out}
    assert {("2025", "24.1"), ("2030", "25"), ("2035", "26")} <= by_year
    assert len({r["doc"] for r in out}) >= 2
    assert all(r["indicator"] == "森林覆盖率" and r["unit"] == "%" for r in out)


def _doc(tmp_path, name, title, value):
    p = tmp_path / name
    p.write_text(f"{title}\n一、主要目标\n（一）总体目标。到2030年，森林覆盖率达到{value}%，生态环境部负责组织实施。\n"
                 "（二）保障措施。加强组织领导。\n", encoding="utf-8")
    return p


def test_indicator_conflicts(tmp_path):
    a = _doc(tmp_path, "a.txt", "关于甲的意见", "25")
    b = _doc(tmp_path, "b.txt", "关于乙的意见", "26")
    c = _doc(tmp_path, "c.txt", "关于丙的意见", "25")
    out = tmp_path / "out"
    assert run("build", a, b, c, "--out", out).exit_code == 0
    conflicts = rows(run("query", "--graph", out, "--name", "indicator_conflicts", "--format", "csv"))
    assert len(conflicts) == 2  # 甲-乙 and 乙-丙 differ; 甲-丙 agree
    assert {(r["value_a"], r["value_b"]) for r in conflicts} <= {("25", "26"), ("26", "25")}
    assert all(r["indicator"] == "森林覆盖率" and r["year"] == "2030" for r in conflicts)


def test_indicator_conflicts_only_within_one_jurisdiction(tmp_path):
    # a province sets its own forest cover, not a conflicting figure of the country's or another province's
    docs = [_doc(tmp_path, "cn.txt", "国务院关于甲的意见", "25"),
            _doc(tmp_path, "js.txt", "江苏省人民政府关于乙的实施意见", "26"),
            _doc(tmp_path, "js2.txt", "江苏省人民政府关于丙的实施意见", "27"),
            _doc(tmp_path, "zj.txt", "浙江省人民政府关于丁的实施意见", "62")]
    out = tmp_path / "out"
    assert run("build", *docs, "--out", out).exit_code == 0
    conflicts = rows(run("query", "--graph", out, "--name", "indicator_conflicts", "--format", "csv"))
    assert [(r["value_a"], r["value_b"]) for r in conflicts] in ([("26", "27")], [("27", "26")])  # the two Jiangsu documents


# Concordance ---------------------------------------------------------------------------------

def test_concordance(corpus_build):
    out = json.loads(run("concordance", "森林覆盖率", "--graph", corpus_build, "--width", "6", "--format", "json").output)
    assert len(out) >= 3
    for r in out:
        assert r["term"] == "森林覆盖率" and len(r["left"]) <= 6 and len(r["right"]) <= 6
    assert any(r["right"].startswith("提高至26%") for r in out)
    year = json.loads(run("concordance", "2035", "--graph", corpus_build, "--format", "json").output)
    assert len(year) > 10  # a number-like term is still a string
    one = json.loads(run("concordance", "森林覆盖率", "--graph", corpus_build, "--doc", "美丽中国", "--format", "json").output)
    assert len(one) == 1 and one[0]["measure"] == "十"


def test_concordance_errors(seed_build):
    result = run("concordance", " ", "--graph", seed_build)
    assert result.exit_code != 0 and "empty" in result.output
    none = run("concordance", "不存在的词语", "--graph", seed_build, "--format", "csv")
    assert none.exit_code == 0 and none.output.strip() == "doc,part,measure,left,term,right,start"


# Diff ----------------------------------------------------------------------------------------

def test_two_renderings_differ_in_nothing_of_substance():
    require_shared()
    corpus = SHARED / "corpus"
    txt = corpus / "cpc_sc_carbon_peak_neutrality_opinions_2021.txt"
    for other in (corpus / "cpc_sc_carbon_peak_neutrality_opinions_2021_montana_html.txt",
                  corpus / "raw" / "cpc_sc_carbon_peak_neutrality_opinions_2021.pdf"):
        result = run("diff", txt, other, "--format", "json")
        assert result.exit_code == 0, result.output
        out = json.loads(result.output)
        assert out["measures"]["matched"] == 37
        text = run("diff", txt, other)
        assert text.output.count("无差异") == 4


def test_diff_reports_changes(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    changed = (text.replace("细颗粒物平均浓度下降到28微克/立方米以下", "细颗粒物平均浓度下降到30微克/立方米以下", 1))
    assert changed != text
    b = tmp_path / "b.txt"
    b.write_text(changed, encoding="utf-8")
    result = run("diff", SEED, b, "--format", "json")
    assert result.exit_code == 1, result.output
    out = json.loads(result.output)
    t = out["targets"]["changed"]
    hit = [x for x in t if x["indicator"] == "细颗粒物平均浓度" and str(x["year"]) == "2027"]
    assert len(hit) == 1 and hit[0]["was"] == ["<= 28 ug/m3"] and hit[0]["now"] == ["<= 30 ug/m3"], t
    assert not out["measures"]["added"] and not out["measures"]["dropped"]
    same = run("diff", SEED, SEED)
    assert same.exit_code == 0


def test_diff_against_another_document_and_errors(tmp_path):
    require_shared()
    other = SHARED / "corpus" / "mee_pollution_carbon_synergy_implementation_plan_2022.txt"
    result = run("diff", SEED, other)
    assert result.exit_code == 1
    assert "+ " in result.output and "- " in result.output
    missing = run("diff", SEED, tmp_path / "nope.txt")
    assert missing.exit_code == 2 and "no such file" in missing.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    bad = run("diff", SEED, empty)
    assert bad.exit_code == 2 and "Traceback" not in bad.output

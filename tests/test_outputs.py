"""Serialisations, SHACL validation and push errors, as a user meets them through the CLI."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef

from kg.cli import main

from tests.conftest import SHARED, nq_text, require_shared

TWO_DOCS = "corpus/mee_pollution_carbon_synergy_implementation_plan_2022.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def two_doc_build(tmp_path_factory):
    """The seed plus one corpus document: two named graphs."""
    require_shared()
    out = tmp_path_factory.mktemp("o") / "out"
    result = run("build", "seeds", SHARED / TWO_DOCS, "--out", out, "--formats", "jsonld,trig,ttl,nt,nq")  # nq: graph.nq plain
    assert result.exit_code == 0, result.output
    return out


def test_all_formats_written_and_agree(two_doc_build):
    for name in ("graph.ttl", "graph.nt", "graph.nq", "graph.trig", "graph.jsonld"):
        assert (two_doc_build / name).stat().st_size > 0, name
    result = run("validate", "--graph", two_doc_build, "--all-formats")
    assert result.exit_code == 0, result.output
    assert "conforms: graph.nq, graph.ttl, graph.nt, graph.trig, graph.jsonld" in result.output


def test_one_named_graph_per_document(two_doc_build):
    docs = json.loads((two_doc_build / "documents.json").read_text(encoding="utf-8"))
    assert len(docs) == 2
    for name, fmt in (("graph.nq", "nquads"), ("graph.trig", "trig")):
        ds = Dataset()
        ds.parse(two_doc_build / name, format=fmt)
        graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
        for d in docs:
            assert d["doc"] in graphs, (name, d["doc"])
            # the document's own graph holds its own parts, not the other document's
            g = ds.graph(URIRef(d["doc"]))
            subjects = {str(s) for s in g.subjects()}
            assert all(not s.startswith(o["doc"] + "/") for o in docs if o is not d for s in subjects)
        assert "https://w3id.org/policykg/concepts" in graphs


def test_jsonld_context_is_local(two_doc_build):
    raw = (two_doc_build / "graph.jsonld").read_text(encoding="utf-8")
    doc = json.loads(raw)
    assert isinstance(doc["@context"], dict), "the context must be inline, never a URL"
    assert all(isinstance(v, str) for v in doc["@context"].values())
    assert all(not isinstance(g.get("@context"), str) for g in doc["@graph"])
    # it parses with no network: rdflib would have to fetch a remote context, and there is none
    ds = Dataset()
    ds.parse(data=raw, format="json-ld")
    assert sum(1 for _ in ds.quads()) > 1000


def test_turtle_equals_ntriples(two_doc_build):
    ttl = Graph().parse(two_doc_build / "graph.ttl", format="turtle")
    nt = Graph().parse(two_doc_build / "graph.nt", format="nt")
    assert len(ttl) == len(nt) > 1000
    assert set(ttl) == set(nt)


def test_validate_reports_a_broken_graph(two_doc_build, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(two_doc_build, broken)
    g = Graph().parse(broken / "graph.ttl", format="turtle")
    eli_number = URIRef("http://data.europa.eu/eli/ontology#number")
    victim = sorted(s for s, _, _ in g.triples((None, eli_number, None)))[0]
    lines = nq_text(broken).splitlines(keepends=True)
    kept = [ln for ln in lines if not ln.startswith(f"<{victim}> <{eli_number}> ")]
    assert len(kept) == len(lines) - 1
    (broken / "graph.nq").write_text("".join(kept), encoding="utf-8")
    result = run("validate", "--graph", broken)
    assert result.exit_code != 0
    assert "does not conform" in result.output
    assert str(victim) in result.output and "number" in result.output
    assert "Traceback" not in result.output


def test_validate_all_formats_catches_disagreement(two_doc_build, tmp_path):
    tampered = tmp_path / "tampered"
    shutil.copytree(two_doc_build, tampered)
    lines = (tampered / "graph.nt").read_text(encoding="utf-8").splitlines(keepends=True)
    (tampered / "graph.nt").write_text("".join(lines[1:]), encoding="utf-8")
    assert run("validate", "--graph", tampered).exit_code == 0  # graph.nq itself is fine
    result = run("validate", "--graph", tampered, "--all-formats")
    assert result.exit_code != 0
    assert "graph.nt does not hold the same triples as graph.nq" in result.output
    # a build without the extra formats checks what it has
    (tampered / "graph.nt").unlink()
    result = run("validate", "--graph", tampered, "--all-formats")
    assert result.exit_code == 0 and "conforms: graph.nq, graph.ttl, graph.trig, graph.jsonld" in result.output


@pytest.mark.parametrize("fmt", ["nt", "ttl", "trig", "jsonld"])
def test_export_writes_the_bytes_the_build_writes(two_doc_build, tmp_path, fmt):
    """policykg export --format F writes from graph.nq exactly what build --formats F wrote."""
    lean = tmp_path / "lean"
    lean.mkdir()
    for name in ("graph.nq", "ontology.ttl"):
        shutil.copy(two_doc_build / name, lean / name)
    target = tmp_path / f"copy.{fmt}"
    result = run("export", "--graph", lean, "--format", fmt, "--out", target)
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == (two_doc_build / f"graph.{fmt}").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["lean", target.name])  # no temporary left


def test_export_and_formats_mistakes_are_one_line(tmp_path):
    result = run("export", "--graph", tmp_path, "--format", "ttl")
    assert result.exit_code != 0 and "holds no graph.nq" in result.output and "Traceback" not in result.output
    result = run("build", "--out", tmp_path / "o", "--formats", "ttl,rdfxml")
    assert result.exit_code != 0 and "unknown format rdfxml" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


def test_validate_without_build(tmp_path):
    result = run("validate", "--graph", tmp_path)
    assert result.exit_code != 0
    assert "policykg build" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("endpoint, message", [
    ("http://127.0.0.1:9/sparql-graph-crud", "cannot reach"),
    ("ftp://example.org/x", "http"),
    ("not a url", "http"),
])
def test_push_bad_endpoint_is_a_clear_error(two_doc_build, endpoint, message):
    result = run("push", "--graph", two_doc_build, "--endpoint", endpoint)
    assert result.exit_code != 0
    assert message in result.output.lower()
    assert "Traceback" not in result.output


def test_push_without_build(tmp_path):
    result = run("push", "--graph", tmp_path, "--endpoint", "http://127.0.0.1:9/x")
    assert result.exit_code != 0 and "policykg build" in result.output

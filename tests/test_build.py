"""The streamed build: documents written as they finish, the union files streamed from disk.

What must hold: the same bytes as serialising everything in memory, whatever order documents
arrive in; related measures computed in blocks equal to the pairwise definition; large builds
draw the overview graph and keep every measure everywhere else.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import math
import random

import pytest
from click.testing import CliRunner

from kg.build import Build, document_result
from kg.cli import main
from kg.pipeline import process_bytes

from tests.conftest import SEED, SHARED, require_shared

SMALL = ("mee_high_energy_high_emission_projects_guidance_2021.txt", "ndrc_green_consumption_promotion_plan_2022.txt")


@pytest.fixture(scope="module")
def docs():
    require_shared()
    paths = [SEED] + [SHARED / "corpus" / name for name in SMALL]
    return [process_bytes(p.read_bytes(), p.name) for p in paths]


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(folder, results, **kw):
    folder.mkdir()
    b = Build(folder, **kw)
    for r in results:
        b.add(r)
    b.finish(with_store=False, formats=("nt", "ttl", "trig", "jsonld"))
    return b


def test_arrival_order_and_duplicates_do_not_change_a_byte(docs, tmp_path):
    # the seed again with one more trailing newline: a different file (hash) giving the same document
    again = process_bytes(SEED.read_bytes() + b"\n", "seed_copy.txt")
    results = [document_result(d) for d in docs] + [document_result(again)]
    first = _build(tmp_path / "a", results)
    shuffled = results[::-1]
    random.Random(3).shuffle(shuffled)
    assert shuffled != results
    second = _build(tmp_path / "b", shuffled)
    assert first.duplicates() == second.duplicates()
    (warning,) = first.duplicates()
    assert "seed_copy.txt" in warning and SEED.name in warning
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert sorted(a) == sorted(b)
    for name in a:
        assert a[name] == b[name], name
    assert len(json.loads(a["documents.json"])) == 3
    assert not (tmp_path / "a" / ".work").exists()  # the spill folder is gone


def _pairwise(profs):
    """The definition of related measures, pair by pair in plain Python (what the blocks must equal)."""
    from kg.analysis.related import FEATURES, MIN_SCORE, OTHER_DOCUMENTS, PER_DOCUMENT, TEXT_WEIGHT, reference

    n = len(profs)
    units, df, fdf = reference()  # the weights are the reference pool's (ontology/related_weights.tsv), not the build's
    vecs = []
    for p in profs:
        tf: dict[str, float] = {}
        for t in p.tokens:
            tf[t] = tf.get(t, 0) + 1
        v = {t: c * (math.log((1 + units) / (1 + df.get(t, 0))) + 1) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vecs.append({t: x / norm for t, x in v.items()})
    fw = {(k, i): FEATURES[k][0] * math.log((1 + units) / max(fdf.get((k, i), 0), 1))
          for p in profs for k, ids in p.features.items() for i in ids}
    sets = [{(k, i) for k, ids in p.features.items() for i in ids} for p in profs]
    out = {}
    for a in range(n):
        scored = []
        for b in range(n):
            if a == b:
                continue
            shared, union = sets[a] & sets[b], sets[a] | sets[b]
            feat = sum(fw[f] for f in shared) / sum(fw[f] for f in union) if union else 0.0
            text = min(1.0, sum(x * vecs[b].get(t, 0.0) for t, x in vecs[a].items()))
            score = round(TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * feat, 4)
            if score >= MIN_SCORE and (shared or text >= 0.1):
                scored.append((-score, profs[b].iri, b))
        scored.sort()
        same = [s for s in scored if profs[s[2]].doc == profs[a].doc][:PER_DOCUMENT]
        other = [s for s in scored if profs[s[2]].doc != profs[a].doc][:OTHER_DOCUMENTS]
        out[profs[a].iri] = [(iri, -neg) for neg, iri, _ in sorted(same + other)]
    return out


def test_related_in_blocks_equals_the_pairwise_definition(docs, monkeypatch):
    import kg.analysis.related as crossref
    from kg.graph.rdf import document_iri

    ordered = sorted(((str(document_iri(d)), d) for d in docs), key=lambda p: p[0])
    profs = crossref.profiles(ordered)
    whole = crossref.related(profs)
    monkeypatch.setattr(crossref, "_block_rows", lambda n: 7)  # many small blocks, one cut inside each document
    blocks = crossref.related(profs)
    assert whole == blocks
    expected = _pairwise(profs)
    got: dict[str, list] = {}
    for rel in whole:
        got.setdefault(rel.source, []).append((rel.target, rel.score))
    assert set(got) <= set(expected)
    mismatched = [iri for iri in expected if got.get(iri, []) != expected[iri]]
    # float sums in another order may move a score across a rounding edge: allow none here
    assert not mismatched, mismatched[:3]
    assert sum(len(v) for v in expected.values()) == len(whole) > 100


def test_large_build_draws_the_overview_and_keeps_every_measure(tmp_path):
    require_shared()
    out = tmp_path / "out"
    sources = [str(SEED)] + [str(SHARED / "corpus" / name) for name in SMALL]
    result = CliRunner().invoke(main, ["build", *sources, "--out", str(out), "--graph-nodes", "40"])
    assert result.exit_code == 0, result.output
    projection = json.loads(gzip.decompress((out / "projection.json.gz").read_bytes()))
    types = {n["type"] for n in projection["nodes"]}
    assert types == {"document", "actor", "indicator", "sector", "place", "year"}
    assert {e["key"] for e in projection["edges"]} == {"concerns"}
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "概览" in page and '"overview":true' in page
    # every measure is still in the reading views, the matrix and the store
    measures = CliRunner().invoke(main, ["query", "--graph", str(out), "--name", "measures", "--format", "csv"])
    n = len(list(csv.DictReader(io.StringIO(measures.output))))
    assert n == 33 + sum(len(process_bytes((SHARED / "corpus" / s).read_bytes(), s).nodes("measure")) for s in SMALL)
    texts = sorted((out / "text").glob("*.html"))
    assert len(texts) == 3
    for t in texts:
        body = t.read_text(encoding="utf-8")
        assert "阅读原文（" not in body and "documents.html" in body and "<!--policykg" not in body
    listed = (out / "documents.html").read_text(encoding="utf-8")
    assert "阅读原文（3）" in listed and all(f'href="text/{t.name}"' in listed for t in texts)
    matrix = (out / "responsibility.html").read_text(encoding="utf-8")
    assert matrix.count("<h2>") == 3 and "<!--" not in matrix


def test_small_build_draws_every_node(docs, tmp_path):
    b = _build(tmp_path / "o", [document_result(d) for d in docs[:2]])
    assert b.fragments is None  # released after the graph page is written
    projection = json.loads(gzip.decompress((tmp_path / "o" / "projection.json.gz").read_bytes()))
    assert {"measure", "target", "part"} <= {n["type"] for n in projection["nodes"]}


def test_projections_are_not_held_past_the_document_limit(docs, tmp_path):
    (tmp_path / "o").mkdir()
    b = Build(tmp_path / "o", graph_documents=2)
    for d in docs:
        b.add(document_result(d))
    assert b.fragments is None  # three documents, limit two: only summaries are held from here on
    kept = b.kept[next(iter(b.kept))]
    assert not hasattr(kept, "fragment") and not hasattr(kept, "lines")


def test_interrupted_while_documents_arrive_leaves_the_previous_build(tmp_path, monkeypatch):
    require_shared()
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out), "--no-store"]).exit_code == 0
    before = _files(out)
    import kg.graph.serialize

    calls = []
    real = kg.build.Build.add

    def add_then_interrupt(self, r):
        calls.append(r.name)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, r)

    monkeypatch.setattr(kg.build.Build, "add", add_then_interrupt)
    sources = [str(SEED)] + [str(SHARED / "corpus" / name) for name in SMALL]
    result = CliRunner().invoke(main, ["build", *sources, "--out", str(out), "--no-store"])
    assert result.exit_code != 0 and len(calls) == 2
    assert _files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_merging_in_rounds_gives_the_same_union(docs, tmp_path, monkeypatch):
    """Thousands of documents are merged a few hundred files at a time (open-file limits)."""
    import kg.graph.serialize

    results = [document_result(d) for d in docs]
    _build(tmp_path / "one", results)
    monkeypatch.setattr(kg.graph.serialize, "_FAN_IN", 2)
    _build(tmp_path / "rounds", results)
    assert (tmp_path / "one" / "graph.nt").read_bytes() == (tmp_path / "rounds" / "graph.nt").read_bytes()

"""No statement of a build is in two of its graphs (issue 17): what lets the store hold their union as triples.

The store keeps each statement once, without the graph that states it (kg/store_fresh.py), and an update
deletes the triples a changed graph lost (kg/store_update.py): were a triple stated by two graphs, dropping one
would delete it from the store though the other still states it (and a query of the union would count it once
where the named graphs counted it twice). A document's statements are about things under its own IRI; what
documents share (concepts, years, rules) goes to the concepts graph once (serialize.write_nquads); the
relations, the alignments and the ontology state nothing a document does. This fails the day a rule breaks it.
"""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.conftest import SHARED, run

FAMILY = [SHARED / "corpus" / "sc_green_low_carbon_circular_economy_guidance_2021.txt",
          SHARED / "corpus" / "cpc_sc_carbon_peak_neutrality_opinions_2021.txt",
          SHARED / "dual-carbon" / "60.txt", SHARED / "dual-carbon" / "75.txt", SHARED / "dual-carbon" / "85.txt"]


def _shared_statements(nq: Path) -> tuple[int, list]:
    """(statements, those stated in two graphs or more) of a build's graph.nq.gz."""
    graphs: dict[bytes, set] = {}
    with gzip.open(nq, "rb") as fh:
        for line in fh:
            cut = line.rindex(b" <")
            graphs.setdefault(line[:cut], set()).add(line[cut:])
    return len(graphs), [(t, g) for t, g in graphs.items() if len(g) > 1]


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "out"
    result = run("build", "--out", out, "--jobs", "1")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def family_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("family") / "out"
    result = run("build", *FAMILY, "--out", out, "--jobs", "1")
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("build", ["seed_build", "corpus_build", "family_build"])
def test_no_statement_is_in_two_graphs(build, request):
    folder = request.getfixturevalue(build)
    count, shared = _shared_statements(folder / "graph.nq.gz")
    assert count > 5000 and not shared[:5], f"{len(shared)} statements in two graphs"
    # the store holds each of them once, in its default graph
    store = ox.Store.read_only(str(folder / "store"))
    assert len(store) == count and not list(store.named_graphs())
    del store


def test_the_store_of_a_build_answers_graph_queries_as_the_named_graphs_did(seed_build):
    """GRAPH ?g and FROM <a document's graph> on the store of triples: answered from graph.nq.gz, the same
    answers as the named graphs gave (graph.nq's lines counted per graph)."""
    from kg.query.named import graph_names
    from kg.query.sparql import open_store, run_query

    per_graph = Counter()
    with gzip.open(seed_build / "graph.nq.gz", "rb") as fh:
        for line in fh:
            per_graph[line[line.rindex(b" <") + 2:line.rindex(b">")].decode()] += 1
    assert graph_names(seed_build / "graph.nq.gz") == sorted(per_graph)
    store = open_store(seed_build)
    _, rows = run_query(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert {g: int(n) for g, n in rows} == dict(per_graph)
    doc = next(g for g in per_graph if "/eli/" in g)
    _, rows = run_query(store, f"SELECT (COUNT(*) AS ?n) FROM <{doc}> WHERE {{ ?s ?p ?o }}")
    assert rows == [[str(per_graph[doc])]]
    _, rows = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # the union, in the store
    assert rows == [[str(sum(per_graph.values()))]]


def test_query_says_on_stderr_why_a_query_naming_graphs_is_slower(seed_build):
    import subprocess
    import sys

    from tests.conftest import ROOT

    def query(text):
        return subprocess.run([sys.executable, "-m", "kg.cli", "query", "--graph", str(seed_build), text,
                               "--format", "csv"], cwd=ROOT, capture_output=True, text=True, timeout=300)

    named = query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert named.returncode == 0, named.stderr
    assert named.stdout.split() == ["n", "5"]  # the document, concepts, relations, alignments, ontology
    assert named.stderr.strip().splitlines() == [
        "note: the query names graphs (GRAPH); the store holds only their union, so all its graphs are loaded "
        "from graph.nq.gz to answer it (slower)"]
    plain = query("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/policykg/ontology#Measure> }")
    assert plain.returncode == 0 and plain.stderr == "" and plain.stdout.split() == ["n", "33"]

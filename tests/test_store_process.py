"""The rebuild's store update by named graph runs in a process of its own beside the pages (issue 17):
taken when both graph.nq's blocks are known (store_update.update_or_write: replace_graphs, or a fresh store when the old lines fail their checksums), its store the one a clean build writes; a build with no
previous store writes it afresh in a thread, as before."""
from __future__ import annotations

from tests.conftest import run, store_quads, write_docs
from tests.test_incremental import LOCAL, NEW, OTHER


def _quads(folder):
    return store_quads(folder / "store")


def test_the_store_updated_in_a_process_of_its_own_is_the_clean_builds(tmp_path, monkeypatch):
    import kg.build

    started = []
    real = kg.build.Background.process
    monkeypatch.setattr(kg.build.Background, "process",
                        lambda self, fn, *a: started.append(fn.__name__) or real(self, fn, *a))
    src, out, clean = tmp_path / "src", tmp_path / "out", tmp_path / "clean"
    write_docs(src, local=LOCAL, other=OTHER)
    assert run("build", src, "--out", out).exit_code == 0
    assert "update_or_write" not in started  # no previous store: written afresh
    write_docs(src, new=NEW)
    result = run("build", src, "--out", out, "--verbose")
    assert result.exit_code == 0, result.output
    assert "update_or_write" in started and "updated in a process of its own" in result.output
    assert run("build", src, "--out", clean).exit_code == 0
    quads = _quads(out)
    assert any("ontology#Relatedness" in q for q in quads) and quads == _quads(clean)  # the relations graph's triples too


def test_a_store_of_an_earlier_version_answers_and_the_next_build_writes_it_as_triples(tmp_path):
    """A folder whose store holds named graphs (built before 2026-12-02) answers every query as before; the next
    build into it (by another version of policykg: its cache ignored) writes the store of triples."""
    import gzip
    import json
    import shutil

    import pyoxigraph as ox

    from kg.cache import CACHE

    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, local=LOCAL, other=OTHER)
    assert run("build", src, "--out", out).exit_code == 0
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    graphs = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    now = [run("query", "--graph", out, q, "--format", "csv").stdout for q in (count, graphs)]
    shutil.rmtree(out / "store")  # the store an earlier version wrote: graph.nq.gz's named graphs
    old = ox.Store(str(out / "store"))
    with gzip.open(out / "graph.nq.gz", "rb") as fh:
        old.bulk_load(fh, format=ox.RdfFormat.N_QUADS)
    old.flush()
    del old
    assert [run("query", "--graph", out, q, "--format", "csv").stdout for q in (count, graphs)] == now
    manifest = out / CACHE / "manifest.json"
    body = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**body, "version": "0.0+earlier"}), encoding="utf-8")
    result = run("build", src, "--out", out)
    assert result.exit_code == 0 and "another version" in result.output, result.output
    store = ox.Store.read_only(str(out / "store"))
    assert not list(store.named_graphs()) and len(store) > 0
    del store
    assert [run("query", "--graph", out, q, "--format", "csv").stdout for q in (count, graphs)] == now

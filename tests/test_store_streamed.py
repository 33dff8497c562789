"""A build's fresh store is loaded as graph.nq is written (kg/store_fresh.py StreamedStore, issue 17):
the store the file gives, only when no previous store can be updated, and a build failing half way
through graph.nq ends the load instead of leaving it waiting."""
from __future__ import annotations

from tests.conftest import run, store_quads, write_docs
from tests.test_incremental import LOCAL, NEW, OTHER


def test_a_first_build_streams_its_store_and_a_rebuild_updates_it(tmp_path, monkeypatch):
    import kg.build
    from kg.store_fresh import write_fresh_store

    made = []
    real = kg.build.streamed_store
    monkeypatch.setattr(kg.build, "streamed_store", lambda *a, **k: made.append(a) or real(*a, **k))
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, local=LOCAL, other=OTHER)
    result = run("build", src, "--out", out, "--verbose")
    assert result.exit_code == 0, result.output
    assert len(made) == 1 and "loaded as graph.nq was written" in result.output
    write_fresh_store(tmp_path / "from-file", out / "graph.nq")
    assert store_quads(out / "store") == store_quads(tmp_path / "from-file")
    write_docs(src, new=NEW)
    result = run("build", src, "--out", out, "--verbose")
    assert result.exit_code == 0, result.output
    assert len(made) == 1 and "updated in a process of its own" in result.output  # the previous store updated


def test_a_build_failing_in_graph_nq_ends_the_load(tmp_path, monkeypatch):
    import kg.build

    made = []
    real = kg.build.streamed_store
    monkeypatch.setattr(kg.build, "streamed_store", lambda *a, **k: made.append(real(*a, **k)) or made[-1])

    def broken(runs):
        raise OSError("disk full while writing the relations")
        yield

    monkeypatch.setattr(kg.build.outputs, "merged_lines", broken)
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, local=LOCAL, other=OTHER)
    result = run("build", src, "--out", out)
    assert result.exit_code != 0 and "disk full" in result.output
    assert made and not made[0].thread.is_alive()
    assert not out.exists() or not (out / "store").exists()


def test_where_no_fifo_can_be_made_the_store_is_loaded_from_graph_nq(tmp_path, monkeypatch):
    import kg.store_fresh

    def refused(path):
        raise OSError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(kg.store_fresh.os, "mkfifo", refused)
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, local=LOCAL, other=OTHER)
    result = run("build", src, "--out", out, "--verbose")
    assert result.exit_code == 0, result.output
    assert "store (in a thread, beside the pages)" in result.output
    assert any("policykg/relations" in q for q in store_quads(out / "store"))

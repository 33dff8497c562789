"""A build's fresh store is loaded as graph.nq is written (kg/store_fresh.py StreamedStore, issue 17):
the store the file gives, only when no previous store can be updated, and a build failing half way
through graph.nq ends the load instead of leaving it waiting."""
from __future__ import annotations

from tests.conftest import nq_bytes, run, store_quads, write_docs
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
    write_fresh_store(tmp_path / "from-file", out / "graph.nq.gz")
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
    from kg.store_fresh import write_fresh_store

    def refused(path):
        raise OSError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(kg.store_fresh.os, "mkfifo", refused)
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, local=LOCAL, other=OTHER)
    result = run("build", src, "--out", out, "--verbose")
    assert result.exit_code == 0, result.output
    assert "store (in a thread, beside the pages)" in result.output
    write_fresh_store(tmp_path / "from-file", out / "graph.nq.gz")
    assert store_quads(out / "store") == store_quads(tmp_path / "from-file")
    assert any("ontology#Relatedness" in q for q in store_quads(out / "store"))  # the relations graph's triples


def test_graphs_a_rebuild_would_copy_by_bytes_reach_the_streamed_store(tmp_path, monkeypatch):
    """After a build without a store, the next build copies cached graphs' bytes from graph.nq (kg/segments.py)
    but has no store to update: it streams its store, so those graphs are written from their lines instead."""
    import kg.segments
    from kg.store_fresh import write_fresh_store

    src, out, clean = tmp_path / "src", tmp_path / "out", tmp_path / "clean"
    write_docs(src, local=LOCAL, other=OTHER)
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    copied = []
    real = kg.segments.Segment.copy_into
    monkeypatch.setattr(kg.segments.Segment, "copy_into", lambda self, *a: copied.append(1) or real(self, *a))
    fallbacks = []
    real_graph = kg.segments.Segments.graph
    monkeypatch.setattr(kg.segments.Segments, "graph",
                        lambda self, *a: (lambda g: fallbacks.append(type(g).__name__) or g)(real_graph(self, *a)))
    result = run("build", src, "--out", out, "--verbose")
    assert result.exit_code == 0, result.output
    assert "Segment" in fallbacks and not copied  # a graph that could be copied, written from its lines
    assert "loaded as graph.nq was written" in result.output
    assert run("build", src, "--out", clean, "--no-store").exit_code == 0
    assert nq_bytes(out) == nq_bytes(clean)
    write_fresh_store(tmp_path / "from-file", out / "graph.nq.gz")
    assert store_quads(out / "store") == store_quads(tmp_path / "from-file")


def test_an_interruption_once_graph_nq_is_written_still_ends_the_load(tmp_path, monkeypatch):
    """Ctrl-C landing as the related measures' process is stopped, graph.nq whole but the load not yet
    handed to the pages' background: the load is ended, not left reading its FIFO (and holding the store)."""
    import threading

    import kg.build

    made, calls = [], []

    class Interrupted(kg.build.Background):
        def __init__(self):
            super().__init__()
            made.append(self)

        def stop(self):
            super().stop()
            if self is made[0]:
                calls.append(1)
                if len(calls) == 2:  # after beside.wait()'s own stop(): the one once graph.nq is written
                    raise KeyboardInterrupt

    monkeypatch.setattr(kg.build, "Background", Interrupted)
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, local=LOCAL, other=OTHER)
    result = run("build", src, "--out", out)
    assert result.exit_code == 130 and len(calls) >= 2, result.output
    assert not [t for t in threading.enumerate() if t.name == "policykg-store"]

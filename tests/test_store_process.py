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

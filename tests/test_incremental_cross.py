"""The cross-document work of an incremental build (issue 17): a document added to a build redoes
only the cross-document work it touches, and the folder is, byte for byte, what a clean build of
the same sources writes.

- central → local alignment: each local document's share is kept (kg/memo.py) under the digest of
  every document its alignment depends on (the central documents, the possible parents its cited
  titles could name, the documents it could be a copy of); a local document added realigns itself
  alone, a central one every local (tests/test_incremental_align.py: a provincial one, those citing it);
- the graph page's layout is a function of the graph alone (kg/pages/layout.py), so the page a
  rebuild writes is the page a clean build writes.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import kg.analysis.align
from kg.cache import CACHE

from tests.conftest import run, store_quads, write_docs
from tests.test_incremental import CENTRAL, LOCAL, OTHER

GUANGDONG = """广东省人民政府关于推进绿色低碳发展的实施意见
一、总体要求
（一）指导思想。坚持绿色发展，推动全省经济社会发展全面绿色转型，加快构建清洁低碳安全高效的能源体系。
（二）主要目标。到2030年，森林覆盖率达到59%。
二、重点任务
（三）推进能源转型。省发展改革委、省能源局负责加快发展海上风电等可再生能源。
"""
CENTRAL_2 = """国务院关于加快推进节能降碳工作的通知
一、总体要求
（一）指导思想。坚持节约优先，推动重点领域节能降碳。
二、重点任务
（二）推进工业节能。工业和信息化部负责推进工业领域节能降碳改造。
"""


def _files(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] not in ("store", CACHE)}


@pytest.fixture
def aligned(monkeypatch):
    """The source names of the local documents ``Pool.align`` aligned."""
    seen = []
    real = kg.analysis.align.Pool.align

    def counted(self, local, central=None):
        seen.append(self.docs[local].source.name)
        return real(self, local, central)

    monkeypatch.setattr(kg.analysis.align.Pool, "align", counted)
    return seen


@pytest.mark.parametrize("added, realigned", [
    ({"guangdong": GUANGDONG}, ["guangdong.txt"]),  # a local document: itself alone
    ({"central2": CENTRAL_2}, ["guangdong.txt", "local.txt", "other.txt"]),  # a central one: every local
], ids=["local", "central"])
def test_an_added_document_realigns_only_the_documents_it_touches(tmp_path, aligned, added, realigned):
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER,
                     **({} if "guangdong" in added else {"guangdong": GUANGDONG}))
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    assert sorted(aligned) == sorted(["local.txt", "other.txt"] + ([] if "guangdong" in added else ["guangdong.txt"]))
    write_docs(src, **added)
    aligned.clear()
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    assert sorted(aligned) == realigned
    assert run("build", src, "--out", clean, "--no-store").exit_code == 0
    assert _files(out) == _files(clean)


def test_a_damaged_kept_alignment_is_computed_again(tmp_path, aligned):
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    kept = sorted((out / CACHE / "align").iterdir())
    assert len(kept) == 1
    kept[0].write_bytes(kept[0].read_bytes()[:-1] + b"\0")
    write_docs(src, other=OTHER)
    aligned.clear()
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    assert sorted(aligned) == ["local.txt", "other.txt"]
    assert run("build", src, "--out", clean, "--no-store").exit_code == 0
    assert _files(out) == _files(clean)


def _nq(path: Path, graphs: dict) -> Path:
    """graph.nq as a build writes it: each graph's lines together, in order."""
    path.write_text("".join(f"<{s}> <{p}> <{o}> <{g}> .\n" for g, triples in graphs.items() for s, p, o in triples),
                    encoding="utf-8")
    return path


_KEPT_SHARES = pytest.mark.xfail(strict=True, reason=(
    "outside the store's contract: an unchanged graph states a triple a dropped or changed graph lost, and the store "
    "of triples deletes it (it reads only the graphs that changed); a build never writes such a graph.nq "
    "(tests/test_graphs_disjoint.py)"))


@pytest.mark.parametrize("old, new", [
    ({"urn:g1": [("urn:t", "urn:p", "urn:x")], "urn:g2": [("urn:t", "urn:p", "urn:x"), ("urn:u", "urn:p", "urn:y")]},
     {"urn:g2": [("urn:t", "urn:p", "urn:x")]}),  # dropped and changed, a triple in both
    pytest.param({"urn:g1": [("urn:t", "urn:p", "urn:x")], "urn:g2": [("urn:t", "urn:p", "urn:x")]},
                 {"urn:g2": [("urn:t", "urn:p", "urn:x")]}, marks=_KEPT_SHARES),  # dropped, its triple still in a graph unchanged
    ({"urn:g1": [("urn:t", "urn:p", "urn:x"), ("urn:u", "urn:p", "urn:y")]},
     {"urn:g1": [("urn:u", "urn:p", "urn:y")], "urn:g3": [("urn:t", "urn:p", "urn:x")]}),  # moved to a new graph
    pytest.param({"urn:g1": [("urn:t", "urn:p", "urn:x")], "urn:g2": [("urn:u", "urn:p", "urn:y"), ("urn:t", "urn:p", "urn:x")]},
                 {"urn:g1": [("urn:u", "urn:p", "urn:y")], "urn:g2": [("urn:u", "urn:p", "urn:y"), ("urn:t", "urn:p", "urn:x")]},
                 marks=_KEPT_SHARES),
    # changed: loses a triple a kept graph holds, gains one it holds too
    ({"urn:g1": [("urn:t", "urn:p", "urn:x"), ("urn:u", "urn:p", "urn:y")], "urn:g2": [("urn:v", "urn:p", "urn:z")]},
     {"urn:g1": [("urn:u", "urn:p", "urn:y"), ("urn:v", "urn:p", "urn:z")], "urn:g2": [("urn:t", "urn:p", "urn:x")]}),
    # two changed graphs swap a triple each
    pytest.param({"urn:g1": [("urn:t", "urn:p", "urn:x"), ("urn:t", "urn:p", "urn:y"), ("urn:t", "urn:q", "urn:x")],
                  "urn:g2": [("urn:t", "urn:p", "urn:x"), ("urn:x", "urn:p", "urn:y")]},
                 {"urn:g2": [("urn:t", "urn:p", "urn:x"), ("urn:x", "urn:p", "urn:y")]}, marks=_KEPT_SHARES),
    # one subject's triples looked up together: one is held, one leaves, one differs from the held by its predicate only
    ({"urn:g1": [("urn:t", "urn:p", "urn:x"), ("urn:t", "urn:p", "urn:y")], "urn:g2": [("urn:u", "urn:p", "urn:y")]},
     {"urn:g1": [("urn:t", "urn:p", "urn:y")], "urn:g3": [("urn:t", "urn:p", "urn:x"), ("urn:t", "urn:q", "urn:x")]}),
    # changed and new: a triple leaves one graph for a new one, the new one adds beside it
    ({"urn:g1": [("urn:t", "urn:p", "urn:x")], "urn:g2": [("urn:u", "urn:p", "urn:y")], "urn:g3": [("urn:v", "urn:p", "urn:z")]},
     {"urn:g2": [("urn:u", "urn:p", "urn:y"), ("urn:t", "urn:p", "urn:x")]}),
    # two dropped, one of them hands its triple to the changed one
], ids=["shared-by-a-changed-graph", "shared-by-a-kept-graph", "moved", "changed-shares-with-kept", "swapped",
        "one-subject-some-leave", "moved-to-a-new-graph-beside-others", "dropped-to-a-changed-graph"])
def test_the_store_updated_by_named_graph_is_the_store_written_afresh(tmp_path, old, new):
    """The store of triples updated by the lines each graph lost and gained equals the one written afresh; a
    triple a graph lost is kept while a changed or new graph states it."""
    from kg.cache import replace_graphs
    from kg.query.store import write_store

    old_nq, new_nq = _nq(tmp_path / "old.nq", old), _nq(tmp_path / "new.nq", new)
    (tmp_path / "ontology.ttl").write_text("", encoding="utf-8")  # write_store reads it beside the store
    write_store(tmp_path / "updated", old_nq)
    write_store(tmp_path / "fresh", new_nq)
    replace_graphs(tmp_path / "updated", old_nq, new_nq)
    quads = [store_quads(tmp_path / name) for name in ("updated", "fresh")]
    assert quads[0] == quads[1]
    assert all(q.count(" <") == 2 for q in quads[0])  # triples of the default graph: no graph name
    assert "<urn:t> <urn:p> <urn:x>" in quads[0]  # the triple a graph still states


def test_a_store_of_named_graphs_is_written_afresh_not_updated(tmp_path):
    """A store of an earlier version (named graphs) is not updated: ``OlderStore``, and the build's update writes
    the store afresh as triples (store_update.update_or_write)."""
    import pyoxigraph as ox

    from kg.store_update import OlderStore, replace_graphs, update_or_write

    old = {"urn:g1": [("urn:t", "urn:p", "urn:x")], "urn:g2": [("urn:u", "urn:p", "urn:y")]}
    new = {"urn:g2": [("urn:u", "urn:p", "urn:y"), ("urn:v", "urn:p", "urn:z")]}
    old_nq, new_nq = _nq(tmp_path / "old.nq", old), _nq(tmp_path / "new.nq", new)
    named = ox.Store(str(tmp_path / "store"))
    named.bulk_load(path=str(old_nq), format=ox.RdfFormat.N_QUADS)
    named.flush()
    del named
    before = store_quads(tmp_path / "store")
    with pytest.raises(OlderStore):
        replace_graphs(tmp_path / "store", old_nq, new_nq)
    assert store_quads(tmp_path / "store") == before  # nothing touched
    update_or_write(tmp_path / "store", old_nq, new_nq)
    assert store_quads(tmp_path / "store") == ["<urn:u> <urn:p> <urn:y>", "<urn:v> <urn:p> <urn:z>"]


NOT_POLICY = "今天天气很好，我们去公园散步。\n"


def test_a_source_that_failed_the_users_way_is_not_read_again(tmp_path, monkeypatch):
    """No structure, the same bytes, the same options: the failure is reported again from the
    previous build, and the folder is the clean build's; changed bytes are read again."""
    import kg.pipeline

    seen = []
    real = kg.pipeline.process_bytes
    monkeypatch.setattr(kg.pipeline, "process_bytes", lambda data, name, *a, **kw: seen.append(name) or real(data, name, *a, **kw))
    src = write_docs(tmp_path / "docs", central=CENTRAL, prose=NOT_POLICY)
    out, clean = tmp_path / "out", tmp_path / "clean"
    first = run("build", src, "--out", out, "--no-store")
    assert "prose.txt" in first.output and sorted(seen) == ["central.txt", "prose.txt"]
    write_docs(src, local=LOCAL)
    seen.clear()
    result = run("build", src, "--out", out, "--no-store")
    assert seen == ["local.txt"], result.output
    # the failed source is not read again, and not counted as a document reused (it built none)
    assert "reused 1 of 2 documents; re-did 1" in result.output
    assert run("build", src, "--out", clean, "--no-store").output.count("prose.txt") == result.output.count("prose.txt")
    assert _files(out) == _files(clean)
    write_docs(src, prose=NOT_POLICY + "明天也很好。\n")
    seen.clear()
    assert run("build", src, "--out", out, "--no-store").exit_code == first.exit_code
    assert seen == ["prose.txt"]

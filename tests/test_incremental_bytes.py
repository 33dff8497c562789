"""What a rebuild copies by bytes instead of decoding (issue 17): a cached document's page data and
projection (kg/cache.py ``packed``), and graph.nq's blocks kept for the next store update
(kg/store_update.py ``keep_blocks``/``kept_blocks``).
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg import store_update
from kg.build import page_json
from kg.cache import BLOCKS, CACHE, Pickled, packed, stable_dump, stable_loads
from kg.store_update import graph_blocks, keep_blocks, kept_blocks, replace_graphs

from tests.conftest import nq_bytes, nq_path, run, store_quads, write_docs
from tests.test_incremental import LOCAL, NEW, OTHER


@dataclass
class _Result:  # the fields of build.DocResult that packed() touches
    name: str = "a.txt"
    reading: object = None
    matrix: object = None
    fragment: object = None
    profiles: list = field(default_factory=list)


def test_an_entry_keeps_page_data_as_the_bytes_written_and_the_projection_pickled_apart():
    reading = {"title": "关于推进节能降碳的通知", "rows": [1, 2, {"k": "值"}]}
    matrix = {"actors": ["国家发展改革委"]}
    fragment = {"nodes": {"b", "a", "c"}, "label": "通知"}
    r = _Result(reading=reading, matrix=matrix, fragment=fragment)
    p = packed(r)
    assert p.reading == page_json(reading) and p.matrix == page_json(matrix)
    assert isinstance(p.fragment, Pickled) and p.fragment.unpack() == fragment
    assert r.reading is reading and r.fragment is fragment  # the build's own result is left as it is
    buf = io.BytesIO()
    stable_dump(p, buf)
    back = stable_loads(buf.getvalue())
    assert back.reading == page_json(reading) and back.fragment.unpack() == fragment
    assert packed(back).fragment.data == p.fragment.data  # packed once: an entry read back is kept as it is


def test_an_entry_without_page_data_is_kept_as_it_is():
    r = _Result(reading=None, matrix=b"{}", fragment=None)
    p = packed(r)
    assert p.reading is None and p.matrix == b"{}" and p.fragment is None


def _nq(path: Path, graphs: dict) -> Path:
    path.write_text("".join(f"<{s}> <{p}> <{o}> <{g}> .\n" for g, triples in graphs.items() for s, p, o in triples),
                    encoding="utf-8")
    return path


OLD = {"urn:g1": [("urn:t", "urn:p", "urn:x")], "urn:g2": [("urn:t", "urn:p", "urn:x"), ("urn:u", "urn:p", "urn:y")]}
NEW_GRAPHS = {"urn:g2": [("urn:t", "urn:p", "urn:x")], "urn:g3": [("urn:v", "urn:p", "urn:z")]}


def test_kept_blocks_are_the_blocks_hashed(tmp_path):
    nq = _nq(tmp_path / "graph.nq", OLD)
    keep_blocks(tmp_path / "c" / BLOCKS, graph_blocks(nq))
    assert kept_blocks(tmp_path / "c" / BLOCKS, nq) == graph_blocks(nq)


@pytest.mark.parametrize("damage", ["missing", "graph.nq grew", "not json", "a gap", "wrong shape"])
def test_kept_blocks_that_do_not_tile_graph_nq_are_not_trusted(tmp_path, damage):
    nq = _nq(tmp_path / "graph.nq", OLD)
    path = tmp_path / BLOCKS
    blocks = graph_blocks(nq)
    if damage != "missing":
        keep_blocks(path, blocks)
    if damage == "graph.nq grew":
        with open(nq, "a", encoding="utf-8") as fh:
            fh.write("<urn:a> <urn:p> <urn:b> <urn:g9> .\n")
    elif damage == "not json":
        path.write_text("{", encoding="utf-8")
    elif damage == "a gap":
        g = sorted(blocks)[-1]
        h, a, b = blocks[g]
        keep_blocks(path, {**blocks, g: (h, a + 1, b)})
    elif damage == "wrong shape":
        path.write_text('{"urn:g1": 3}', encoding="utf-8")
    assert kept_blocks(path, nq) is None


def test_a_store_updated_from_kept_blocks_is_the_store_written_afresh(tmp_path, monkeypatch):
    from kg.query.store import write_store

    old_nq, new_nq = _nq(tmp_path / "old.nq", OLD), _nq(tmp_path / "new.nq", NEW_GRAPHS)
    (tmp_path / "ontology.ttl").write_text("", encoding="utf-8")
    write_store(tmp_path / "updated", old_nq)
    write_store(tmp_path / "fresh", new_nq)
    old = graph_blocks(old_nq)
    hashed = []
    real = store_update._blocks
    monkeypatch.setattr(store_update, "_blocks", lambda nq: hashed.append(Path(nq).name) or real(nq))
    replace_graphs(tmp_path / "updated", old_nq, new_nq, old, tmp_path / "kept" / BLOCKS)
    assert hashed == ["new.nq"]  # the old graph.nq is not read again
    assert kept_blocks(tmp_path / "kept" / BLOCKS, new_nq) == real(new_nq)
    quads = [store_quads(tmp_path / name) for name in ("updated", "fresh")]
    assert quads[0] == quads[1]


def test_a_rebuild_hashes_no_graph_nq_again(tmp_path, monkeypatch):
    """A clean build keeps its graph.nq's blocks as it wrote them; the rebuild after an added
    document reads them instead of hashing the previous graph.nq, and keeps its own, made as it
    wrote it: neither file is read again to be hashed."""
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, local=LOCAL, other=OTHER)
    assert run("build", src, "--out", out).exit_code == 0
    assert kept_blocks(out / CACHE / BLOCKS, nq_path(out)) == graph_blocks(nq_path(out))
    hashed = []
    real = store_update._blocks
    monkeypatch.setattr(store_update, "_blocks", lambda nq: hashed.append(Path(nq)) or real(nq))
    write_docs(src, new=NEW)
    result = run("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert hashed == []
    assert kept_blocks(out / CACHE / BLOCKS, nq_path(out)) == graph_blocks(nq_path(out))


_M = "https://w3id.org/policykg/eli/cn/2021/10/24/abc/part_1/measure_"


@pytest.mark.parametrize("rels", [
    [],
    [(1, 1, 0.5123, 0.25, "共同主体: 生态环境部; 文本相似度 0.25")],
    [(1, 2, 1.0, 1.0, "文本相似度 1.00"), (1, 3, 0.05, 0.0, "共同指标: 森林覆盖率"), (2, 1, 0.1, 0.1, "x")],
    [(3, 4, 0.12345, 0.99999, 'a "quoted" \\ back\nslash\r')],  # what N-Triples escapes
], ids=["none", "one", "ranks-and-round-scores", "escapes"])
def test_the_relation_lines_are_the_bytes_of_add_relations(tmp_path, rels):
    from types import SimpleNamespace

    from kg.graph.ntriples import NTriplesWriter
    from kg.graph.relations import add_relations
    from kg.graph.related_lines import relation_lines

    relations = [SimpleNamespace(source=f"{_M}{a}", target=f"{_M}{b}", rank=k, score=s, text_similarity=t, reason=why)
                 for k, (a, b, s, t, why) in enumerate(rels, 1)]
    w = NTriplesWriter()
    add_relations(w, relations)
    expected = w.finish()
    path = tmp_path / "r.nt"
    expected.write_to(path)
    lines = sorted(set(relation_lines(relations)))
    assert b"".join(lines) == (path.read_bytes() if relations else b"")


def test_related_measures_from_a_process_of_their_own_are_the_inline_ones(tmp_path, monkeypatch):
    """A build whose graph page is the overview (more documents or nodes than it draws) writes the
    related measures from a process of its own while it aligns; graph.nq is, byte for byte, the
    one of a build that computes them inline (as one drawing every measure does)."""
    import kg.build

    started = []
    real = kg.build.Background.process
    monkeypatch.setattr(kg.build.Background, "process",
                        lambda self, fn, *a: started.append(fn.__name__) or real(self, fn, *a))
    src = write_docs(tmp_path / "docs", local=LOCAL, other=OTHER, new=NEW)
    inline, beside = tmp_path / "inline", tmp_path / "beside"
    assert run("build", src, "--out", inline, "--no-store").exit_code == 0
    assert started == []
    result = run("build", src, "--out", beside, "--no-store", "--graph-nodes", "3")
    assert result.exit_code == 0, result.output
    assert started == ["related_runs"]
    nq = nq_bytes(inline)
    assert b"#relatedness>" in nq and nq == nq_bytes(beside)

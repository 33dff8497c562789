"""What a build's store leaves on disk (issue 17): RocksDB's live files only, written afresh or updated.

A store is closed as its own checkpoint (``kg.query.store.live_copy``): no info log (``LOG``, a
``LOG.old.*`` per earlier opening), no write-ahead log an update made obsolete, no lock. Before, each
incremental rebuild copied the previous store's logs forward and added its own. Small synthetic
graph.nq files (graphs written together, as a build writes them), so each check takes well under a second.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph.iris import ONTOLOGY_GRAPH
from kg.query.store import open_store, write_store
from kg.store_update import replace_graphs

P = "https://w3id.org/policykg/"
TEXT = "<https://w3id.org/policykg/ontology#text>"


def _nq(path: Path, graphs: dict[str, int]) -> Path:
    """graph.nq with ``n`` statements in each named graph, the one they share in the concepts graph (as a build
    writes it: no statement in two graphs), then the ontology."""
    lines = []
    for name, n in graphs.items():
        g = f"<{P}{name}>"
        lines += [f'<{P}{name}/m{i}> {TEXT} "{name} 第{i}条" {g} .\n' for i in range(n)]
    lines.append(f'<{P}concept/a> {TEXT} "共享" <{P}concepts> .\n')
    lines.append(f'<{P}ontology#Doc> {TEXT} "政策文件" <{ONTOLOGY_GRAPH}> .\n')
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("".join(lines).encode("utf-8"))
    (path.parent / "ontology.ttl").write_bytes(f'<{P}ontology#Doc> {TEXT} "政策文件" .\n'.encode("utf-8"))
    return path


def _quads(store_dir: Path) -> set[str]:
    """The store's statements (triples of its default graph, the union of graph.nq's graphs)."""
    store = ox.Store.read_only(str(store_dir))
    assert not list(store.named_graphs())
    out = {str(q.triple) for q in store}
    del store
    return out


def _not_data(store_dir: Path) -> dict[str, int]:
    """The store's files that hold no quads: RocksDB's bookkeeping and logs, by name."""
    return {p.name: p.stat().st_size for p in store_dir.iterdir() if p.suffix != ".sst"}


def _open_and_close(store_dir: Path, times: int) -> None:
    """What earlier builds' updates did: each read-write opening rotates RocksDB's info log."""
    for _ in range(times):
        store = ox.Store(str(store_dir))
        store.flush()
        del store


def test_a_written_store_keeps_only_its_live_files(tmp_path):
    nq = _nq(tmp_path / "b" / "graph.nq", {"doc/a": 5, "doc/b": 3})
    write_store(tmp_path / "b" / "store", nq)
    names = set(_not_data(tmp_path / "b" / "store"))
    assert not any(n.startswith("LOG") or n == "LOCK" for n in names), names
    assert "CURRENT" in names and any(n.startswith("MANIFEST") for n in names)
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["graph.nq", "ontology.ttl", "store"]
    assert _quads(tmp_path / "b" / "store") == {str(q.triple) for q in open_store(tmp_path / "b", in_memory=True)}


def test_an_updated_store_carries_no_logs_forward_and_equals_a_fresh_one(tmp_path):
    old = _nq(tmp_path / "old" / "graph.nq", {"doc/a": 5, "doc/b": 3})
    new = _nq(tmp_path / "new" / "graph.nq", {"doc/a": 5, "doc/c": 4})
    store = tmp_path / "old" / "store"
    write_store(store, old)
    _open_and_close(store, 3)
    assert sum(n.startswith("LOG") for n in _not_data(store)) >= 3  # what an update used to carry forward
    assert replace_graphs(store, old, new) == (1, 1)
    left = _not_data(store)
    assert not any(n.startswith("LOG") or n == "LOCK" for n in left), left
    assert not (tmp_path / "old" / "store.live").exists()
    write_store(tmp_path / "new" / "store", new)
    assert _quads(store) == _quads(tmp_path / "new" / "store")
    # and back again: the bookkeeping does not grow update after update
    replace_graphs(store, new, old)
    assert len(_not_data(store)) == len(left) and sum(_not_data(store).values()) <= 2 * sum(left.values())
    assert _quads(store) == {str(q.triple) for q in open_store(tmp_path / "old", in_memory=True)}


def test_a_bad_iri_in_graph_nq_is_still_refused_though_the_union_is_not_checked_again(tmp_path):
    """The union's lines are loaded unchecked (``lenient``) only because the same lines were loaded, checked, just before."""
    nq = _nq(tmp_path / "b" / "graph.nq", {"doc/a": 2})
    nq.write_bytes(nq.read_bytes() + f'<{P}doc/a/m 9> {TEXT} "x" <{P}doc/a> .\n'.encode("utf-8"))
    with pytest.raises(SyntaxError):
        write_store(tmp_path / "b" / "store", nq)

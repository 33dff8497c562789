"""graph.nq's document graphs carried between builds by bytes (kg/segments.py, issue 17).

A rebuild copies a cached document's block of the previous graph.nq instead of decoding its lines;
the copy is checked by the block's SHA-256 as it goes, and anything that does not check (bytes of
graph.nq changed, a record of the cache missing or damaged) falls back to the lines kept in the
entry. Whatever happened, the folder is the clean build's, byte for byte.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import kg.segments
from kg.cache import BLOCKS, CACHE
from kg.segments import SEGMENTS, SHARED, EntryLines
from kg.store_update import graph_blocks, kept_blocks

from tests.conftest import nq_path, run, write_docs
from tests.test_incremental import CENTRAL, LOCAL, NEW, OTHER, _files, _quads


@pytest.fixture
def copies(monkeypatch):
    """(copied, fell back): the document graphs a build copied from the previous graph.nq, and
    those whose copy did not check."""
    seen = {"copied": [], "fell back": []}
    real = kg.segments.Segment.copy_into

    def counted(self, out, pos, *gz):
        got = real(self, out, pos, *gz)
        seen["copied" if got is not None else "fell back"].append((self.start, self.end))
        return got

    monkeypatch.setattr(kg.segments.Segment, "copy_into", counted)
    return seen


@pytest.fixture
def decoded(monkeypatch):
    """How many times a cached document's lines were decompressed from its entry."""
    n = []
    real = EntryLines.getvalue
    monkeypatch.setattr(EntryLines, "getvalue", lambda self: n.append(self.path.name) or real(self))
    return n


def _build_then(tmp_path, change):
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run("build", src, "--out", out).exit_code == 0
    change(src, out)
    result = run("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert run("build", src, "--out", clean).exit_code == 0
    assert _files(out) == _files(clean)
    assert _quads(out) == _quads(clean)
    return out, clean


@pytest.mark.parametrize("change", ["add", "change", "remove"])
def test_unchanged_documents_are_copied_by_bytes_never_decoded(tmp_path, copies, decoded, change):
    def act(src, out):
        if change == "add":
            write_docs(src, new=NEW)
        elif change == "change":
            write_docs(src, other=OTHER.replace("2027", "2028"))
        else:
            (src / "local.txt").unlink()

    out, clean = _build_then(tmp_path, act)
    kept = {"add": 3, "change": 2, "remove": 2}[change]
    assert len(copies["copied"]) == kept and copies["fell back"] == []
    assert decoded == []
    # what the rebuild keeps for the next one is what a clean build keeps
    for name in (BLOCKS, SEGMENTS):
        assert (out / CACHE / name).read_bytes() == (clean / CACHE / name).read_bytes()
    assert sorted(p.name for p in (out / CACHE / SHARED).iterdir()) == \
        sorted(p.name for p in (clean / CACHE / SHARED).iterdir())
    assert kept_blocks(out / CACHE / BLOCKS, nq_path(out)) == graph_blocks(nq_path(out))


def _flip_in_first_document(src, out):
    """One byte of the first document's block (its gzip member) of graph.nq.gz changed (the file keeps its size)."""
    path = nq_path(out)
    blocks = graph_blocks(path)
    doc = min((a, b) for g, (h, a, b) in blocks.items() if b"/eli/" in g)
    data = bytearray(path.read_bytes())
    i = (doc[0] + doc[1]) // 2
    data[i] = ord("x") if data[i] != ord("x") else ord("y")
    path.unlink()  # graph.nq is a hard link into nothing else, but never written in place
    path.write_bytes(bytes(data))
    write_docs(src, new=NEW)


def test_a_damaged_block_of_graph_nq_is_detected_by_its_hash_and_written_from_the_entry(tmp_path, copies, decoded):
    _build_then(tmp_path, _flip_in_first_document)
    assert len(copies["fell back"]) == 1 and len(copies["copied"]) == 2
    assert len(decoded) == 1


@pytest.mark.parametrize("damage", ["segments missing", "segments not json", "shared missing", "shared damaged"])
def test_a_missing_or_damaged_record_falls_back_to_the_entry(tmp_path, copies, decoded, damage):
    def act(src, out):
        cache = out / CACHE
        if damage == "segments missing":
            (cache / SEGMENTS).unlink()
        elif damage == "segments not json":
            (cache / SEGMENTS).write_text("{", encoding="utf-8")
        else:
            first = sorted((cache / SHARED).iterdir())[0]
            if damage == "shared missing":
                first.unlink()
            else:
                raw = bytearray(first.read_bytes())
                raw[0] ^= 1
                first.unlink()
                first.write_bytes(bytes(raw))
        write_docs(src, new=NEW)

    _build_then(tmp_path, act)
    fell = 3 if damage.startswith("segments") else 1
    assert len(copies["copied"]) == 3 - fell and len(decoded) == fell


def test_a_kept_reading_page_is_written_without_decoding_its_data(tmp_path, monkeypatch):
    """The reading page of a document whose body is kept (by its cache key, kg/pages/fragments.py)
    is written from its kept outline and body: its page data is never decoded."""
    import kg.pages.fragments

    loads = []
    real = kg.pages.fragments.Bodies.reading
    monkeypatch.setattr(kg.pages.fragments.Bodies, "reading",
                        lambda self, key, load, aligned: real(self, key, lambda: loads.append(key) or load(), aligned))
    src = write_docs(tmp_path / "docs", central=CENTRAL, other=OTHER, new=NEW)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    assert len(loads) == 3
    (src / "new.txt").unlink()
    loads.clear()
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    assert loads == []
    assert run("build", src, "--out", clean, "--no-store").exit_code == 0
    assert _files(out) == _files(clean)

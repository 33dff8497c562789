"""The previous build's store brought to a new build's graph.nq, by named graph (issue 17).

A rebuild after one document was added, changed or removed copies the previous store (its SST
files hard-linked) and changes only what the named graphs whose lines changed state: found by
comparing the SHA-256 of each graph's block of the two graph.nq files (a build writes a graph's
lines together; the blocks as ``serialize.write_nquads`` made them, or hashed here in large
pieces), the changed blocks read back by their byte ranges. The store holds the union of the
graphs as triples (``kg.store_fresh``): a graph gone takes its triples with it, a graph in both
builds the triples it lost and adds those it gained (an added document adds to the concepts graph,
rarely takes from it), so the cost follows what changed, not the size of the graphs every
document touches. A triple one of the changed graphs lost is kept when another of them (changed,
new) still states it; the graphs left as they were state none of the lost triples, because no
triple of a build is in two graphs (a document's statements are about things under its IRI, what is
shared goes to the concepts graph once: ``serialize.write_nquads``; ``tests/test_graphs_disjoint.py``
fails the day a rule breaks it). A store of an earlier version (named graphs) is not updated:
``OlderStore``, written afresh in the new layout.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from itertools import chain, islice
from pathlib import Path

from kg import nqfile
from kg.query.store import holds_named_graphs, keep_live_copy, live_copy, triples
from kg.store_fresh import write_fresh_store

_STORE_LINES = 25_000  # N-Quads lines bulk-loaded at once (as kg/graph/serialize.py does)


class NotABuildsGraph(ValueError):
    """A graph.nq whose graphs' lines are not together (not written by a build), or whose block of a graph
    no longer holds the lines the build wrote there (damaged: cut short, not gzip, edited)."""


class OlderStore(NotABuildsGraph):
    """A store of an earlier version (the named graphs, before 2026-12-02): written afresh, as a triples store."""


def copy_store(src: Path, dst: Path) -> None:
    """A copy of an Oxigraph (RocksDB) store: SST files are immutable, so hard-linked; the rest copied."""
    dst.mkdir(parents=True)
    for p in sorted(src.iterdir()):
        if p.is_dir():
            shutil.copytree(p, dst / p.name)
            continue
        if p.suffix == ".sst":
            try:
                os.link(p, dst / p.name)
                continue
            except OSError:
                pass
        shutil.copy2(p, dst / p.name)


def _graph_of(line: bytes) -> bytes:
    return line[line.rfind(b" <") + 2:-4]  # a line of graph.nq ends in " <graph> .\n"


_READ = 1 << 22  # bytes of graph.nq read at once


def _members(nq: Path) -> dict[bytes, tuple[str, int, int]]:
    """``_blocks`` of a graph.nq.gz: each gzip member one graph's lines (``NotABuildsGraph`` if not)."""
    out: dict[bytes, tuple[str, int, int]] = {}
    try:
        for start, end, data in nqfile.members(nq):
            if not data:
                continue
            graph = _graph_of(data[:data.find(b"\n") + 1])
            tail = b" <" + graph + b"> .\n"
            if graph in out or not data.endswith(tail) or data.count(b"\n") != data.count(tail):
                raise NotABuildsGraph(f"{nq}: the lines of {graph.decode()} are not one gzip member")
            out[graph] = (nqfile.sha_of(data), start, end)
    except ValueError as exc:
        raise NotABuildsGraph(str(exc)) from exc
    return out


def _blocks(nq: Path) -> dict[bytes, tuple[str, int, int]]:
    """graph name → (SHA-256 of its lines, first byte, end byte) in ``nq``, whose graphs' lines are
    together (a build's graph.nq; ``NotABuildsGraph`` when a graph is seen apart). Read in large
    pieces, each graph's run of lines in a piece found at once: its last line is the last one
    ending in `` <graph> .`` (a line break inside a literal is escaped, so only a line ends so)."""
    if nqfile.is_gz(nq):
        return _members(nq)
    out: dict[bytes, tuple[str, int, int]] = {}
    graph, tail, h, start, pos, rest = None, None, None, 0, 0, b""
    with open(nq, "rb") as fh:
        while True:
            data = fh.read(_READ)
            if not data:
                break
            data = rest + data
            cut = data.rfind(b"\n") + 1
            data, rest = data[:cut], data[cut:]
            i = 0
            while i < len(data):
                line = data[i:data.find(b"\n", i) + 1]
                if tail is None or not line.endswith(tail):
                    if graph is not None:
                        out[graph] = (h.hexdigest(), start, pos)
                    graph = _graph_of(line)
                    if graph in out:
                        raise NotABuildsGraph(f"{nq}: the lines of {graph.decode()} are not together")
                    tail, h, start = b" <" + graph + b"> .\n", hashlib.sha256(), pos
                j = data.rfind(tail, i) + len(tail)
                h.update(data[i:j])
                pos += j - i
                i = j
    if graph is not None:
        out[graph] = (h.hexdigest(), start, pos)
    return out


def graph_blocks(nq: Path) -> dict[bytes, tuple[str, int, int]]:
    """Each graph's block of a build's graph.nq: graph name → (SHA-256 of its lines, first byte, end byte)."""
    return _blocks(nq)


def keep_blocks(path: Path, blocks: dict[bytes, tuple[str, int, int]]) -> None:
    """The blocks of a build's graph.nq kept beside it (in its cache), so that the next build's store
    update hashes only its own graph.nq."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {g.decode(): list(b) for g, b in sorted(blocks.items())}
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    os.replace(part, path)


def kept_blocks(path: Path, nq: Path) -> dict[bytes, tuple[str, int, int]] | None:
    """The blocks ``keep_blocks`` kept of ``nq``; None when there are none, or they do not tile ``nq``
    from its first byte to its last (another graph.nq, a damaged file): then ``nq`` is hashed."""
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        blocks = {g.encode(): (str(h), int(a), int(b)) for g, (h, a, b) in body.items()}
        size = os.stat(nq).st_size
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    ends = sorted((a, b) for _, a, b in blocks.values())
    if not ends or ends[0][0] != 0 or ends[-1][1] != size or any(x[1] != y[0] for x, y in zip(ends, ends[1:])):
        return None
    return blocks


def _checked_lines(nq: Path, block: tuple[str, int, int]) -> list[bytes]:
    """The lines of one graph's ``block`` (SHA-256, first byte, end byte) of ``nq``, checked against its SHA-256
    (``NotABuildsGraph`` when they are not the lines a build wrote there)."""
    sha, start, end = block
    try:
        data = b"".join(_lines_of(nq, [(start, end)]))
    except (OSError, ValueError) as exc:  # a gzip member cut short or not gzip
        raise NotABuildsGraph(f"{nq}: bytes {start}-{end} cannot be read ({exc})") from exc
    if nqfile.sha_of(data) != sha:
        raise NotABuildsGraph(f"{nq}: bytes {start}-{end} do not hold the lines the build wrote there")
    return data.splitlines(keepends=True)


def intact(folder: Path, kept: Path) -> bool:
    """True when the build's graph.nq.gz (or graph.nq) in ``folder`` holds the lines of every block its build
    kept in ``kept`` (``keep_blocks``): each gzip member whole and its lines' SHA-256 the kept one (a plain
    file's blocks hashed), one block at a time. False for a file cut short, not gzip, edited in place (its
    size the same), or without kept blocks. The lines are read only when the file was written after its build
    kept its blocks (a build keeps them once the file is closed; a rename or ``cp -a`` keeps both times): they
    cost 0.11 s of CPU for the corpus's 1.02 MB (21 MB of lines), about 1.5 s for 500 documents, against an
    unchanged rebuild's 0.8 s; the sizes (``kept_blocks``) are always checked."""
    nq = nqfile.find(folder)
    blocks = kept_blocks(kept, nq) if nq is not None else None
    if blocks is None:
        return False
    try:
        if nq.stat().st_mtime_ns <= kept.stat().st_mtime_ns:
            return True
    except OSError:
        return False
    try:
        for block in sorted(blocks.values(), key=lambda b: b[1]):
            _checked_lines(nq, block)
    except NotABuildsGraph:
        return False
    return True


def _lines_of(nq: Path, blocks: list[tuple[int, int]]):
    """The lines of the byte ranges ``blocks`` of ``nq`` (whole lines each; whole gzip members of a graph.nq.gz)."""
    if nqfile.is_gz(nq):
        for start, end in sorted(blocks):
            yield from nqfile.read_range(nq, start, end).splitlines(keepends=True)
        return
    with open(nq, "rb") as fh:
        for start, end in sorted(blocks):
            fh.seek(start)
            left = end - start
            rest = b""
            while left > 0:
                data = rest + fh.read(min(_READ, left))
                left -= len(data) - len(rest)
                cut = data.rfind(b"\n") + 1 if left > 0 else len(data)
                data, rest = data[:cut], data[cut:]
                yield from data.splitlines(keepends=True)


def replace_graphs(store_dir: Path, old_nq: Path, new_nq: Path, old_blocks=None, keep: Path | None = None,
                   new_blocks=None) -> tuple[int, int]:
    """Bring the store of ``old_nq`` to ``new_nq``: the triples of graphs that went are deleted, those of
    new graphs loaded, and a graph in both whose lines changed deletes the triples it lost and loads those
    it gained (the concepts and the related measures mostly keep theirs); a lost triple that a changed or
    new graph states is kept. Returns (graphs dropped or changed, graphs loaded or changed). ``OlderStore``
    (nothing touched) for a store of named graphs.
    ``old_blocks``: ``old_nq``'s blocks as the previous build kept them (``kept_blocks``), so that
    only ``new_nq`` is hashed; ``keep``: where ``new_nq``'s blocks are kept for the next build;
    ``new_blocks``: ``new_nq``'s blocks as its writer made them (``serialize.write_nquads``): then
    neither file is hashed here.
    """
    import pyoxigraph as ox

    old = old_blocks if old_blocks is not None else _blocks(old_nq)
    new = new_blocks if new_blocks is not None else _blocks(new_nq)
    if keep is not None:
        keep_blocks(keep, new)
    drop = {g for g in old if g not in new}
    changed = {g for g, b in old.items() if g in new and new[g][0] != b[0]}
    load = {g for g in new if g not in old}
    lost: set[bytes] = set()
    for g in sorted(drop):  # what the store held, checked before it is touched
        lost.update(_triple(line) for line in _checked_lines(old_nq, old[g]))
    stated: set[bytes] = set()  # the triples the changed and new graphs state
    added: list[bytes] = []
    for g in sorted(changed):
        before, after = set(_checked_lines(old_nq, old[g])), set(_lines_of(new_nq, [new[g][1:]]))
        lost.update(_triple(line) for line in before - after)
        stated.update(_triple(line) for line in after)
        added += sorted(after - before)
    store = ox.Store(str(store_dir))
    if holds_named_graphs(store):
        del store
        raise OlderStore(f"{store_dir}: a store of named graphs (an earlier version of policykg)")
    lines = chain(added, _lines_of(new_nq, [new[g][1:] for g in sorted(load, key=lambda g: new[g][1])]))
    while chunk := list(islice(lines, _STORE_LINES)):
        data = triples(chunk)
        if lost:
            stated.update(t for t in data.splitlines(keepends=True) if t in lost)
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    for quad in _quads(ox, sorted(lost - stated)):
        store.remove(quad)
    store.flush()
    # not compacted: optimize() after a 40,000-quad update of a 500-document store took 10.6 s, half the
    # added document's budget; an updated store answers the named queries up to 1.5 times slower than one
    # written afresh (25 queries, corpus + seeds after two updates: 4.6 → 6.9 s) until the next full write
    live_copy(store, store_dir)  # without the logs an update leaves (kg/query/store.py)
    del store
    keep_live_copy(store_dir)
    return len(drop | changed), len(load | changed)


def _triple(line: bytes) -> bytes:
    """A line of graph.nq as its N-Triples line (``query.store.triples``)."""
    return line[:line.rindex(b" <")] + b" .\n"


def update_or_write(store_dir: Path, old_nq: Path, new_nq: Path, old_blocks=None, keep: Path | None = None,
                    new_blocks=None) -> None:
    """``replace_graphs`` (the build's store update, in a process of its own), or, when the previous graph.nq
    cannot tell what the store held (``NotABuildsGraph``: damaged, or not a build's), the store written afresh
    from ``new_nq`` as a build without a previous store writes it."""
    try:
        replace_graphs(store_dir, old_nq, new_nq, old_blocks, keep, new_blocks)
    except NotABuildsGraph:
        shutil.rmtree(store_dir)
        if keep is not None:
            keep_blocks(keep, new_blocks if new_blocks is not None else _blocks(new_nq))
        write_fresh_store(store_dir, new_nq)


def _quads(ox, lines: list[bytes]):
    """The quads (of the default graph) of N-Triples ``lines``, parsed a few thousand at a time."""
    for k in range(0, len(lines), _STORE_LINES):
        yield from ox.parse(b"".join(lines[k:k + _STORE_LINES]), ox.RdfFormat.N_TRIPLES)

"""The previous build's store brought to a new build's graph.nq, by named graph (issue 17).

A rebuild after one document was added, changed or removed copies the previous store (its SST
files hard-linked) and changes only the named graphs whose lines changed: found by hashing each
graph's block of the two graph.nq files (a build writes a graph's lines together), in large
pieces, and the changed blocks read back by their byte ranges, so the cost follows what changed
and the bytes of graph.nq, not a Python loop over every line.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from itertools import islice
from pathlib import Path

from kg.query.internal import internal_query

_STORE_LINES = 25_000  # N-Quads lines bulk-loaded at once (as kg/graph/serialize.py does)


class NotABuildsGraph(ValueError):
    """A graph.nq whose graphs' lines are not together: not written by a build."""


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


def _blocks(nq: Path) -> dict[bytes, tuple[str, int, int]]:
    """graph name → (SHA-256 of its lines, first byte, end byte) in ``nq``, whose graphs' lines are
    together (a build's graph.nq; ``NotABuildsGraph`` when a graph is seen apart). Read in large
    pieces, each graph's run of lines in a piece found at once: its last line is the last one
    ending in `` <graph> .`` (a line break inside a literal is escaped, so only a line ends so)."""
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


def _lines_of(nq: Path, blocks: list[tuple[int, int]]):
    """The lines of the byte ranges ``blocks`` of ``nq`` (whole lines each)."""
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
    """Bring the store of ``old_nq`` to ``new_nq``: graphs that changed or went are dropped, new or
    changed ones loaded; the default graph (the union of the named graphs) loses the triples no
    graph holds any more and gains the new ones. Returns (graphs dropped, graphs loaded).
    ``old_blocks``: ``old_nq``'s blocks as the previous build kept them (``kept_blocks``), so that
    only ``new_nq`` is hashed; ``keep``: where ``new_nq``'s blocks are kept for the next build;
    ``new_blocks``: ``new_nq``'s blocks as its writer made them (``serialize.write_nquads``): then
    neither file is hashed here.

    Lane D's ``kg/query/store.py`` is to offer ``replace_graphs(store_dir, remove, add)``; this one
    works from the two builds' N-Quads files until it lands.
    """
    import pyoxigraph as ox

    old = old_blocks if old_blocks is not None else _blocks(old_nq)
    new = new_blocks if new_blocks is not None else _blocks(new_nq)
    if keep is not None:
        keep_blocks(keep, new)
    drop = {g for g, b in old.items() if g not in new or new[g][0] != b[0]}
    load = {g for g, b in new.items() if g not in old or old[g][0] != b[0]}
    store = ox.Store(str(store_dir))
    default, only = ox.DefaultGraph(), internal_query("graph_only_triples")
    for g in sorted(drop):
        # a triple of a dropped graph leaves the default graph unless another named graph holds
        # it (one held by a graph loaded below comes back with it); found by the store itself,
        # one query per graph, before the graph goes
        name = ox.NamedNode(g.decode())
        gone = [ox.Quad(r["s"], r["p"], r["o"], default)
                for r in store.query(only, substitutions={ox.Variable("graph"): name})]
        for quad in gone:
            store.remove(quad)
        store.remove_graph(name)
    lines = _lines_of(new_nq, [new[g][1:] for g in load])
    while chunk := list(islice(lines, _STORE_LINES)):
        store.bulk_load(b"".join(chunk), format=ox.RdfFormat.N_QUADS)
        triples = b"".join(line[:line.rfind(b" <")] + b" .\n" for line in chunk)
        store.bulk_load(triples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    store.flush()
    del store
    return len(drop), len(load)

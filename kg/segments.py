"""graph.nq's document graphs carried from one build to the next by bytes (issue 17).

A document's graph in graph.nq (its block of lines, ``kg.store_update.graph_blocks``) depends on
its lines alone, and its lines on its cache entry alone. So a rebuild that takes a document's
result from the cache copies that block's bytes from the previous graph.nq instead of decoding
the document's lines and writing them again: the previous build kept which entry each block was
written from (``nq-segments.json``: graph IRI → entry key) and the lines each document diverted
into the concepts graph (``shared/<entry key>``, a ``kg.memo.Memo`` value with its SHA-256).
The copied bytes are hashed on the way and checked against the block's SHA-256; a block that
does not check (graph.nq changed or damaged since) or a missing record falls back to the lines
kept in the entry (``EntryLines``), so a rebuild's graph.nq is always a clean build's, byte for byte.
"""
from __future__ import annotations

import hashlib
import json
import os
import zlib
from pathlib import Path

from kg import nqfile
from kg.memo import Memo

SEGMENTS = "nq-segments.json"  # graph IRI → the cache key of the entry its block of graph.nq was written from
SHARED = "shared"  # per entry key: the lines its document diverted into the concepts graph
_MARK = b"S"  # before a shared value: an empty one is still a value (a Memo value is never empty)


class EntryLines:
    """A cached document's N-Triples lines, left compressed in its cache entry (``kg.cache``) until
    asked for: bytes ``offset:offset + length`` of ``path``, checked with the entry when it was read."""

    __slots__ = ("path", "offset", "length")

    def __init__(self, path: Path, offset: int, length: int):
        self.path, self.offset, self.length = Path(path), offset, length

    def getvalue(self) -> bytes:
        with open(self.path, "rb") as fh:
            fh.seek(self.offset)
            return zlib.decompress(fh.read(self.length))

    def __iter__(self):
        # split on newlines only: a literal never holds a raw newline (N-Triples escapes it)
        return (line + b"\n" for line in self.getvalue().split(b"\n") if line)

    def write_to(self, path: Path) -> None:
        Path(path).write_bytes(self.getvalue())


class Fresh:
    """A graph written from its lines, whose shared lines (diverted into the concepts graph) are
    told to ``written(sorted lines)`` once it is in the file: kept, so that a later build copies it
    as a ``Segment``."""

    def __init__(self, lines, written):
        self.lines = lines
        self.written = written


class Segment:
    """A graph copied by bytes from an earlier build's graph.nq: its byte range ``start:end`` there,
    the SHA-256 those bytes had, and the lines it diverted into the concepts graph (``shared``).

    The bytes are hashed as they are copied; when they do not match (the file was changed or
    damaged since), the graph is written from ``fallback()`` (its lines) instead, and
    ``written(sorted shared lines)`` told, as for a ``Fresh`` graph.
    """

    def __init__(self, source: Path, start: int, end: int, sha256: str, shared: list[bytes], fallback, written):
        self.source, self.start, self.end, self.sha256 = Path(source), start, end, sha256
        self.shared, self.fallback, self.written = shared, fallback, written

    def copy_into(self, out, pos: int, gz: bool = False):
        """(SHA-256, end byte in ``out``, shared lines) once copied at ``pos``, or None when the bytes do not check.

        ``gz``: ``out`` is a graph.nq.gz (``kg.nqfile``). The SHA-256 is always of the graph's lines: a
        gzip member is decompressed to check it, and copied as it is when ``out`` is gzip too; across
        kinds (the previous build wrote a plain graph.nq) the checked lines are converted."""
        if not gz and not nqfile.is_gz(self.source):
            return self._copy_plain(out, pos)
        try:
            with open(self.source, "rb") as fh:
                fh.seek(self.start)
                raw = fh.read(self.end - self.start)
            data = nqfile.decompress(raw) if nqfile.is_gz(self.source) else raw
        except (OSError, ValueError):
            return None
        if not data or hashlib.sha256(data).hexdigest() != self.sha256:
            return None
        data = raw if gz == nqfile.is_gz(self.source) else nqfile.compress(data) if gz else data
        out.write(data)
        return self.sha256, pos + len(data), self.shared

    def _copy_plain(self, out, pos: int):
        h = hashlib.sha256()
        try:
            with open(self.source, "rb") as fh:
                fh.seek(self.start)
                left = self.end - self.start
                while left > 0:
                    data = fh.read(min(_COPY, left))
                    if not data:
                        return None
                    h.update(data)
                    out.write(data)
                    left -= len(data)
        except OSError:
            return None
        if h.hexdigest() != self.sha256:
            return None
        return self.sha256, pos + self.end - self.start, self.shared


_COPY = 1 << 22  # bytes of an earlier graph.nq copied at once


class Segments:
    """Which document graphs a build copies from the previous graph.nq, and what it keeps for the next.

    ``old_cache``/``old_nq``/``old_blocks``: the previous build's cache folder, graph.nq and its blocks
    (``store_update.kept_blocks``), or None; ``new_cache``: the cache folder of the build being written.
    """

    def __init__(self, old_cache: Path | None, old_nq: Path | None, old_blocks: dict | None, new_cache: Path):
        self.old_nq, self.blocks = old_nq, old_blocks or {}
        self.new_cache = Path(new_cache)
        self.memo = Memo(Path(old_cache) / SHARED if old_cache is not None else None, self.new_cache / SHARED)
        self.before: dict[str, str] = {}
        if old_cache is not None and old_blocks:
            try:
                body = json.loads((Path(old_cache) / SEGMENTS).read_text(encoding="utf-8"))
                self.before = {str(k): str(v) for k, v in body.items()} if isinstance(body, dict) else {}
            except (OSError, ValueError, AttributeError):
                self.before = {}
        self.keys: dict[str, str] = {}  # graph IRI → entry key, in the build being written
        self.copied = 0

    def reusable(self, iri: str, key: str) -> bool:
        """True when the previous graph.nq holds ``iri``'s block as written from the entry ``key``
        (then the document's lines need not be decoded: ``graph`` copies its bytes)."""
        return self.before.get(iri) == key and iri.encode() in self.blocks

    def graph(self, iri: str, key: str, lines):
        """What ``serialize.write_nquads`` takes for the document ``iri``: a ``Segment`` of the previous
        graph.nq when it can be copied, else its lines (``Fresh``); its shared lines are kept either way."""
        self.keys[iri] = key
        shared = self.memo.get_bytes(key) if self.reusable(iri, key) else None
        written = lambda kept: self._keep(key, kept)  # noqa: E731
        if shared is None or not shared.startswith(_MARK):
            return Fresh(lines() if callable(lines) else lines, written)
        self.copied += 1
        sha, start, end = self.blocks[iri.encode()]
        body = shared[len(_MARK):]
        return Segment(self.old_nq, start, end, sha, [ln + b"\n" for ln in body.split(b"\n") if ln],
                       lines if callable(lines) else (lambda: lines), written)

    def _keep(self, key: str, shared: list[bytes]) -> None:
        self.memo.put_bytes(key, _MARK + b"".join(shared))

    def save(self) -> None:
        """The graph IRI → entry key map of the build being written, for the next build."""
        self.new_cache.mkdir(parents=True, exist_ok=True)
        path = self.new_cache / SEGMENTS
        part = path.with_name(path.name + ".part")
        part.write_text(json.dumps(dict(sorted(self.keys.items())), separators=(",", ":")) + "\n", encoding="utf-8")
        os.replace(part, path)

"""A build's N-Quads file: graph.nq.gz by default, one gzip member per named graph; graph.nq on request (issue 17).

Members are deflated by zlib with a fixed header (no name, mtime 0) at ``LEVEL``, so the same lines
give the same bytes in every run. Concatenated members are one gzip stream (zcat, ``gzip.open``,
Oxigraph fed from ``open_lines``). A graph's block is its member: a rebuild copies an unchanged
document's member by bytes, as it copies a plain file's lines (``kg.segments``), and the store's
update reads a changed graph's member alone (``kg.store_update``). A folder of an earlier version
(plain graph.nq) is read through the same functions. stdlib only.
"""
from __future__ import annotations

import gzip
import hashlib
import zlib
from pathlib import Path

GZ = "graph.nq.gz"
PLAIN = "graph.nq"
NAMES = (GZ, PLAIN)  # looked for in this order
# zlib level of graph.nq.gz. Measured on the corpus + seeds' 18 graphs (21.3 MB of lines, 2026-12-01, best of 3,
# CPU): level 1 1.33 MB in 0.05 s, 3 1.25 MB in 0.05 s, 6 1.04 MB in 0.12 s, 9 0.98 MB in 0.30 s. Level 6: a
# fifth fewer bytes than 1-3 for 0.07 s more of an 8-s build (rebuilds compress only the new documents' graphs,
# the related measures and the concepts); 9 costs 2.5 times 6's CPU for 6% less.
LEVEL = 6
_READ = 1 << 22  # compressed bytes read at once


def find(folder: Path) -> Path | None:
    """The build's N-Quads file in ``folder`` (graph.nq.gz, else a plain graph.nq), or None."""
    for name in NAMES:
        path = Path(folder) / name
        if path.is_file():
            return path
    return None


def path_in(folder: Path) -> Path:
    """``find``'s file, or where a build writes one by default (for a message naming what is missing)."""
    return find(folder) or Path(folder) / GZ


def is_gz(path: Path) -> bool:
    return Path(path).name.endswith(".gz")


def open_lines(path: Path):
    """A binary file object of the N-Quads lines of ``path`` (decompressed when it is gzip)."""
    return gzip.open(path, "rb") if is_gz(path) else open(path, "rb")


def lines(path: Path):
    """The lines of ``path``, decompressed, each ending in a newline."""
    with open_lines(path) as fh:
        yield from fh


class Member:
    """One gzip member being written to ``out``: ``write`` lines, ``close`` returns its compressed bytes."""

    __slots__ = ("out", "z", "size")

    def __init__(self, out, level: int = LEVEL):
        self.out, self.size = out, 0
        self.z = zlib.compressobj(level, zlib.DEFLATED, 31)

    def write(self, data: bytes) -> None:
        piece = self.z.compress(data)
        if piece:
            self.out.write(piece)
            self.size += len(piece)

    def close(self) -> int:
        piece = self.z.flush()
        self.out.write(piece)
        self.size += len(piece)
        return self.size


def compress(data: bytes, level: int = LEVEL) -> bytes:
    """``data`` as one gzip member, as ``Member`` writes it."""
    z = zlib.compressobj(level, zlib.DEFLATED, 31)
    return z.compress(data) + z.flush()


def decompress(data: bytes) -> bytes:
    """The lines of one or more whole gzip members; ValueError when ``data`` is not."""
    out = []
    while data:
        z = zlib.decompressobj(31)
        try:
            out.append(z.decompress(data))
        except zlib.error as exc:
            raise ValueError(str(exc)) from exc
        if not z.eof:
            raise ValueError("a gzip member is cut short")
        data = z.unused_data
    return b"".join(out)


def read_range(path: Path, start: int, end: int) -> bytes:
    """Bytes ``start:end`` of ``path`` as lines: decompressed when ``path`` is gzip (whole members)."""
    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    return decompress(data) if is_gz(path) else data


def members(path: Path):
    """(first byte, end byte, lines) of each gzip member of ``path``, read in pieces."""
    with open(path, "rb") as fh:
        pos, pending = 0, b""
        z, start, got = zlib.decompressobj(31), 0, []
        while True:
            data = pending or fh.read(_READ)
            pending = b""
            if not data:
                break
            try:
                got.append(z.decompress(data))
            except zlib.error as exc:
                raise ValueError(f"{path}: not gzip ({exc})") from exc
            if z.eof:
                rest = z.unused_data
                end = pos + len(data) - len(rest)
                yield start, end, b"".join(got)
                pos, start, got, pending = end, end, [], rest
                z = zlib.decompressobj(31)
            else:
                pos += len(data)
        if got or start != pos:
            raise ValueError(f"{path}: its last gzip member is cut short")


def sha_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

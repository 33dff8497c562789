"""A lean stand-in for an rdflib ``Graph`` that is only written to: each triple becomes its
N-Triples line at once.

A document's graph is built by ``add((s, p, o))`` calls (kg/graph/rdf.py) and read back only as sorted
N-Triples. An rdflib in-memory ``Graph`` keeps three indexes of term objects for that, about
1.1 KB per triple; here each triple is turned into its line by rdflib's own N-Triples row function
(the one ``Graph.serialize(format="nt")`` calls, so the bytes are the same) and kept as UTF-8
bytes in a set. Past ``spill`` bytes the set is written out as a sorted run to a temporary file,
and the runs are merged at the end, so memory stays bounded whatever the length of the document.
"""
from __future__ import annotations

import heapq
import os
import shutil
import tempfile
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral

# IRIs and blank nodes as N-Triples terms: a document's graph repeats a few thousand subjects and
# predicates hundreds of thousands of times, and rdflib's ``n3()`` re-escapes each on every call.
# Bounded: cleared when full (the cache only saves time, it never changes a line).
_TERMS: dict = {}
_TERMS_MAX = 200_000


def _n3(term) -> str:
    text = _TERMS.get(term)
    if text is None:
        if len(_TERMS) >= _TERMS_MAX:
            _TERMS.clear()
        text = _TERMS[term] = term.n3()
    return text


# Literals without a language as N-Triples terms, by the literal object (``kg.graph.rdf.Literal`` makes one per value,
# shared): id → (the literal, held so that its id stays its own, its text). Its hash and ``__eq__`` are Python calls in
# rdflib, an id is not. A literal with a language (a provision's text) is quoted each time: they rarely repeat.
_QUOTED: dict = {}


def _quoted(lit) -> str:
    text = _quoteLiteral(lit)
    if lit._language is None:
        if len(_QUOTED) >= _TERMS_MAX:
            _QUOTED.clear()
        _QUOTED[id(lit)] = (lit, text)
    return text


def nt_row(triple) -> str:
    """rdflib's N-Triples row (``rdflib.plugins.serializers.nt._nt_row``, the same bytes), with the
    IRIs' text remembered."""
    s, p, o = triple
    obj = _quoteLiteral(o) if isinstance(o, Literal) else _n3(o)
    return f"{_n3(s)} {_n3(p)} {obj} .\n"

SPILL_BYTES = 32 * 2**20  # bytes of lines kept in memory before a sorted run goes to disk


class NTriplesWriter:
    """Takes ``add((s, p, o))`` like an rdflib Graph; ``finish()`` gives the sorted, distinct lines."""

    def __init__(self, spill: int = SPILL_BYTES):
        self._lines: set[bytes] = set()
        self._size = 0
        self._spill = spill
        self._runs: list[str] = []

    def add(self, triple) -> "NTriplesWriter":
        # ``nt_row`` inlined (the same line): a document's graph is a hundred thousand calls
        s, p, o = triple
        get = _TERMS.get
        kind = type(o)
        if kind is URIRef:
            obj = get(o) or _n3(o)
        elif kind is Literal:
            hit = _QUOTED.get(id(o))
            obj = hit[1] if hit is not None and hit[0] is o else _quoted(o)
        else:
            obj = _quoteLiteral(o) if isinstance(o, Literal) else (get(o) or _n3(o))
        line = f"{get(s) or _n3(s)} {get(p) or _n3(p)} {obj} .\n".encode("utf-8")
        if line not in self._lines:
            self._lines.add(line)
            self._size += len(line)
            if self._size > self._spill:
                self._write_run()
        return self

    def _write_run(self) -> None:
        fd, path = tempfile.mkstemp(prefix="policykg-nt-", suffix=".run")
        with os.fdopen(fd, "wb") as out:
            out.writelines(sorted(self._lines))
        self._runs.append(path)
        self._lines = set()
        self._size = 0

    def finish(self) -> "SortedLines":
        """The lines, sorted and each once: in memory when they never spilled, else in one temporary file."""
        if not self._runs:
            lines = sorted(self._lines)
            self._lines = set()
            return SortedLines(b"".join(lines) if lines else b"\n", count=len(lines))
        if self._lines:
            self._write_run()
        fd, path = tempfile.mkstemp(prefix="policykg-nt-", suffix=".nt")
        count = 0
        handles = [open(p, "rb") for p in self._runs]
        try:
            with os.fdopen(fd, "wb") as out:
                last = None
                for line in heapq.merge(*handles):
                    if line != last:
                        out.write(line)
                        count += 1
                        last = line
        except BaseException:
            os.unlink(path)
            raise
        finally:
            for h in handles:
                h.close()
            for p in self._runs:
                os.unlink(p)
            self._runs = []
        return SortedLines(path=path, count=count)

    def discard(self) -> None:
        for p in self._runs:
            try:
                os.unlink(p)
            except OSError:
                pass
        self._runs, self._lines = [], set()


class SortedLines:
    """A document's graph as sorted N-Triples lines (UTF-8, one triple a line, each ending in a newline).

    Small ones are bytes in memory; long ones a temporary file that ``write_to`` moves into the
    build (or that is removed when the object is dropped). Pickled (to come back from a worker
    process or a Dask worker), it travels as its bytes.
    """

    def __init__(self, data: bytes | None = None, path: str | None = None, count: int = 0):
        self._data = data
        self._path = path
        self.count = count  # number of triples

    def __reduce__(self):
        return (SortedLines, (self.getvalue(), None, self.count))

    def getvalue(self) -> bytes:
        if self._data is not None:
            return self._data
        if self._path is None:
            raise ValueError("these lines were already moved into a build")
        return Path(self._path).read_bytes()

    def __iter__(self):
        if self._data is not None:
            # split on newlines only: a literal never holds a raw newline (N-Triples escapes it)
            yield from (line + b"\n" for line in self._data.split(b"\n") if line)
        else:
            with open(self._path, "rb") as fh:
                yield from fh

    def subjects(self, tail: bytes) -> frozenset[str]:
        """The subjects of the lines that end in ``tail`` (e.g. `` <rdf:type> <pkg:Actor> .\\n``: a space first, a
        newline last), as a loop over the lines would find them (a line's subject ends at its first space): in
        memory, by searching the bytes for ``tail`` (0.03 → 0.003 s CPU for the corpus's graphs)."""
        if self._data is None or not tail.endswith(b"\n") or not tail.startswith(b" "):
            return frozenset(line.split(b" ", 1)[0].decode() for line in self if line.endswith(tail))
        data, found, end = self._data, set(), 0
        while (end := data.find(tail, end)) >= 0:
            start = data.rfind(b"\n", 0, end) + 1
            end += len(tail)
            found.add(data[start:data.index(b" ", start)].decode())
        return frozenset(found)

    def write_to(self, path: Path) -> None:
        """Put the lines at ``path`` (a temporary file is moved there, and is then gone from here)."""
        if self._data is not None:
            Path(path).write_bytes(self._data)
        else:
            if self._path is None:
                raise ValueError("these lines were already moved into a build")
            shutil.move(self._path, path)
            self._path = None  # moved: nothing left here to hold or to remove

    def discard(self) -> None:
        if self._path is not None:
            try:
                os.unlink(self._path)
            except OSError:
                pass
            self._path = None

    def __del__(self):
        self.discard()

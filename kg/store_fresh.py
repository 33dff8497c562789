"""A build's store written afresh from its graph.nq in one load where the memory allows (issue 17).

Each piece of graph.nq (up to ``PIECE_QUADS`` lines: the corpus and a hundred pool documents in
one) goes in one load, as triples of the default graph: each line without its graph name
(``query.store.triples``), the ontology graph's lines too (they stand for ``ontology.ttl``, which
``serialize.write_ontology`` writes from the same lines, and queries read them with the rest). The
store is the union of graph.nq's graphs, held once: no triple of a build is stated in two graphs
(``tests/test_graphs_disjoint.py``), so the union loses nothing a query of the default graph could
count; the graphs themselves stay in graph.nq.gz, which queries naming them read
(``query.named``). One piece needs no compaction, and its files are smaller than a compaction would
leave them: the bulk loader writes its files LZ4-compressed, while a compaction writes RocksDB's base
level, which Oxigraph leaves uncompressed (``compression_per_level`` none for L0 and the base level, L6
while a column family is under 512 MB; pyoxigraph sets no option). More than one piece ends compacted
anyway (RocksDB starts compacting overlapping loads in the background from two files in L0, and how far it
gets varies from run to run: ``_close`` compacts all, the same files every run); 100 pool documents:
82.2 MB in one piece, 134.2 MB in 2, 3 or 6 (``scripts/bench_store_pieces.py``, README "the store of
triples at scale"). Measured on the corpus + seeds (79,902 statements, pyoxigraph 0.5.13): 17.1 MB and
0.84 s of CPU as named graphs (2026-12-01), 9.5 MB and 0.41 s as triples (three indexes of three
terms, not six of four; scripts/bench_bytes.py, README "The store holds the union").

``StreamedStore`` is the same first load fed while graph.nq is written (a build's own writer hands it
each block of lines through a FIFO): Oxigraph parses beside the writer, and once graph.nq is closed
only the load's indexes are left to build. One load, the same files. A build's own lines are loaded
``lenient`` (no IRI validation: 2.20 → 1.58 G instructions for the corpus's load alone, callgrind): every IRI
of them was checked as Oxigraph checks one where it was made (``kg.graph.iris.checked``, once per distinct
IRI, ~20 ms), so a bad one fails its document there. Lines from elsewhere are loaded strictly (the default):
a bad IRI is refused by the load, as ``write_fresh_store`` and an incremental update (``store_update``) refuse it.
"""
from __future__ import annotations

import errno
import os
import threading
import time
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

try:
    import fcntl
except ImportError:  # no FIFOs there either: streamed_store gives None
    fcntl = None

from kg import nqfile
from kg.query import store as stores

# graph.nq's lines per load (until 2026-12-01 each piece was loaded with its union, twice as many
# statements: the memory of a load of 250,000 statements is what query.store's pieces of 200,000 lines
# measured). Kept at 125,000 (lane ST2, 2026-12-02): past one piece the store's bytes do not depend on the
# piece's size (compacted: 134.2 MB for 100 documents with pieces of 125k, 250k or 500k lines) nor its CPU
# (8.6-8.9 s), only the load's peak memory does (191, 330, 584 MB; one load of 692,437 lines 776 MB).
PIECE_QUADS = 125_000
_PIPE_BYTES = 1 << 20  # Linux's default limit for an unprivileged FIFO (/proc/sys/fs/pipe-max-size)


def write_fresh_store(folder: Path, nquads: Path, piece: int = PIECE_QUADS, lenient: bool = False) -> int:
    """The build's store in ``folder``: the lines of ``nquads`` (a build's graph.nq, the ontology's graph
    included) as triples of its default graph; closed as its own checkpoint as ``write_store`` closes it. Returns the number of loads (compacted only when more than one). ``lenient``: the lines are a
    build's own, IRIs checked where they were made (``kg.graph.iris.checked``), not again."""
    store = ox.Store(str(folder))
    with nqfile.open_lines(nquads) as fh:  # graph.nq.gz decompressed, or a plain graph.nq
        loads = _load_pieces(store, fh, piece, lenient)
    _close(store, folder, loads)
    return loads


def _load_pieces(store, fh, piece: int, lenient: bool) -> int:
    loads = 0
    while lines := list(islice(fh, piece)):
        data = stores.triples(lines)
        del lines  # the lines' bytes once, not twice, while the piece loads
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, lenient=lenient)
        del data
        loads += 1
    return loads


def _close(store, folder: Path, loads: int) -> None:
    store.flush()
    if loads > 1:
        store.optimize()
    stores.live_copy(store, folder)
    del store
    stores.keep_live_copy(folder)


def streamed_store(folder: Path, nquads: Path, fifo: Path, piece: int = PIECE_QUADS,
                   lenient: bool = False) -> StreamedStore | None:
    """A ``StreamedStore`` reading a FIFO made at ``fifo``; None where no FIFO can be made (another
    system, a file system without them): the store is then loaded from graph.nq once it is written."""
    try:
        os.mkfifo(fifo)
    except (AttributeError, OSError):
        return None
    return StreamedStore(folder, nquads, fifo, piece, lenient)


class StreamedStore:
    """A fresh store (``write_fresh_store``'s) loaded from graph.nq's lines as they are written.

    ``write(data, tail)`` takes each block of whole lines graph.nq receives (every line ending in
    ``tail``, its graph name and the full stop: the lines go without it, as triples); the first ``piece``
    lines go to one bulk load that reads the FIFO ``fifo`` (made by ``streamed_store``), in a thread
    (Oxigraph releases the GIL). ``finish()``
    ends that load, loads what graph.nq holds past it as ``write_fresh_store`` would, and closes the
    store as it does; ``abort()`` (the build failed) ends the load and waits for it. ``lenient``: as
    ``write_fresh_store``'s (a build's own lines, their IRIs checked where they were made)."""

    def __init__(self, folder: Path, nquads: Path, fifo: Path, piece: int = PIECE_QUADS, lenient: bool = False):
        self.folder, self.nquads, self.fifo, self.piece = Path(folder), Path(nquads), Path(fifo), piece
        self.lenient = lenient
        self.sent = self.offset = 0  # graph.nq's lines sent to the first load; its bytes seen
        self.cut: int | None = None  # where the first load's lines end, when graph.nq goes on past them
        self.error: BaseException | None = None
        self.store = ox.Store(str(self.folder))
        self.thread = threading.Thread(target=self._load, name="policykg-store", daemon=True)
        self.thread.start()
        self.fd: int | None = None
        try:
            self.fd = self._open()
        except BaseException:  # a Ctrl-C included: the load, waiting in its open for a writer, is let go
            self._let_go()
            raise

    def _let_go(self) -> None:
        """End a load that may still be waiting for a writer (or not yet opening): open and close the FIFO
        as a writer until the load has read its end (``O_RDWR`` never waits), for a few seconds at most
        (never a hang: the thread is a daemon); the FIFO removed."""
        for _ in range(500):
            if not self.thread.is_alive():
                break
            try:
                os.close(os.open(self.fifo, os.O_RDWR | os.O_NONBLOCK))
            except OSError:
                pass
            self.thread.join(0.01)
        self.store = None
        self.fifo.unlink(missing_ok=True)

    def _load(self) -> None:
        try:
            self.store.bulk_load(path=str(self.fifo), format=ox.RdfFormat.N_TRIPLES, lenient=self.lenient)
        except BaseException as exc:  # noqa: BLE001 - raised again by the writer or finish()
            self.error = exc

    def _open(self) -> int:
        """The FIFO's write end, once the load has opened its read end (never blocking on a load that died)."""
        while True:
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:
                    raise
                if not self.thread.is_alive():
                    self._raise()
                    raise RuntimeError("the store's load ended before reading graph.nq")
                time.sleep(0.0005)
                continue
            os.set_blocking(fd, True)
            if hasattr(fcntl, "F_SETPIPE_SZ"):  # a larger buffer: the writer blocks less often on the parser
                try:
                    fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
                except OSError:
                    pass
            return fd

    def write(self, data: bytes, tail: bytes) -> None:
        """Whole lines of graph.nq, each ending in ``tail`` (`` <graph> .\\n``), as they are written: sent
        without their graph name (a line break inside a literal is escaped, so ``tail`` ends only lines)."""
        self.offset += len(data)
        if self.fd is None or not data:
            return
        self._send(data.replace(tail, b" .\n"))
        self.sent += data.count(b"\n")
        if self.sent >= self.piece:
            self.cut = self.offset
            self._end_input()

    def _send(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self.fd, view):]
        except BrokenPipeError:  # the load stopped reading: its error
            self._end_input()
            self.thread.join()
            self._raise()
            raise

    def _end_input(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def finish(self) -> int:
        """The store complete and closed; returns the number of loads, as ``write_fresh_store`` does."""
        self._end_input()
        self.thread.join()
        self._raise()
        self.fifo.unlink(missing_ok=True)
        loads = 1
        if self.cut is not None:  # graph.nq past the first load: loaded from the file, a piece at a time
            with nqfile.open_lines(self.nquads) as fh:
                fh.seek(self.cut)  # in the lines (a gzip file decompressed up to there)
                loads += _load_pieces(self.store, fh, self.piece, self.lenient)
        store, self.store = self.store, None
        _close(store, self.folder, loads)
        return loads

    def abort(self) -> None:
        """Stop feeding the load and wait for it (nothing is written into a folder being removed); the FIFO removed."""
        self._end_input()
        self.thread.join()
        self.store = None
        self.fifo.unlink(missing_ok=True)

"""Serialisations of the graph, the embedded store, and the atomic write of a build folder.

One set of writers, all streamed with bounded memory. N-Quads is the primary: ``write_nquads``
writes each document's sorted N-Triples lines into its named graph, the lines about shared things
(concepts, years, rules) into the concepts graph, then the ontology. Every other serialisation is
streamed from graph.nq: N-Triples (the union, sorted, each triple once) by an external sort,
Turtle from those sorted lines, TriG and JSON-LD from the quads. A build writes graph.nq always
and the others on request (``write_formats``; ``policykg export`` does the same later).

Every output is deterministic: documents are sorted by IRI, N-Quads lines are sorted, no
clock, uuid or path goes into any file.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg import nqfile, outfolder
from kg.graph.iris import CONCEPTS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, SHARED_PREFIXES

# The serialisations a build writes only on request (``policykg build --formats``), by file name.
# "nq": the N-Quads plain (graph.nq), not gzip (graph.nq.gz, the default: kg/nqfile.py).
FORMATS = {"nq": nqfile.PLAIN, "nt": "graph.nt", "ttl": "graph.ttl", "trig": "graph.trig", "jsonld": "graph.jsonld"}
_SHARED_B = tuple(p.encode() for p in SHARED_PREFIXES)
# Lines sorted in memory at once by the external sort of graph.nt (about 300 bytes each).
_SORT_LINES = 500_000


def nt_lines(graph) -> list[str]:
    data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    # split on newlines only: str.splitlines also splits at \x1c-\x1e, \x85 and \u2028, which may sit in a literal
    return sorted(line for line in data.split("\n") if line.strip())


def _prefixes() -> dict[str, str]:
    return {k: str(v) for k, v in sorted(PREFIXES.items())}


# -- N-Quads: the primary ------------------------------------------------------------------------

def write_nquads(path: Path, graphs: Iterable[tuple[str, object]], ontology: Iterable[str],
                 sink=None) -> dict[bytes, tuple[str, int, int]]:
    """graph.nq: each (graph name, sorted N-Triples lines) in order, then the concepts, then the
    ontology (its sorted N-Triples lines, ``nt_lines(rdf.ontology_graph())``).

    Lines about shared things (``iris.SHARED_PREFIXES``) are diverted into the concepts graph,
    gathered (each once) while the graphs stream past. A graph given as a ``kg.segments.Segment``
    instead of lines is copied by bytes from the graph.nq of an earlier build; one given as a
    ``kg.segments.Fresh`` is written from its lines and told the lines it diverted.

    Returns the file's blocks, as ``kg.store_update.graph_blocks`` gives them (graph name →
    SHA-256 of its lines, first byte, end byte), made as it is written: nothing reads it again.

    ``sink(data, tail)``, if given, is handed every run of lines as it is written (each line ending in
    ``tail``: its graph name and full stop), in file order (``kg.store_fresh.StreamedStore.write``); a
    ``Segment`` is then written from its lines, so that every byte passes through it.
    """
    shared: set[bytes] = set()
    blocks: dict[bytes, tuple[str, int, int]] = {}
    gz = nqfile.is_gz(path)
    with open(path, "wb") as out:
        pos = 0

        def write(lines, graph: str, divert: bool = True, mine: set | None = None) -> None:
            nonlocal pos
            tail = f" <{graph}> .\n".encode()
            h, start, buf, size = hashlib.sha256(), pos, [], 0
            dest = _Lazy(out) if gz else out
            for line in lines:
                if divert and line.startswith(_SHARED_B):
                    shared.add(line)
                    if mine is not None:
                        mine.add(line)
                else:
                    buf.append(line[:-3].rstrip() + tail)
                    if len(buf) >= 4096:
                        size += _emit(dest, h, buf, sink, tail)
                        buf = []
            size += _emit(dest, h, buf, sink, tail)
            pos += dest.close() if gz else size
            if size:
                blocks[graph.encode()] = (h.hexdigest(), start, pos)

        for name, lines in graphs:
            if hasattr(lines, "copy_into") and sink is None:  # a kg.segments.Segment
                got = lines.copy_into(out, pos, gz)
                if got is not None:
                    sha, end, kept = got
                    if end > pos:
                        blocks[name.encode()] = (sha, pos, end)
                    pos = end
                    shared.update(kept)
                    continue
                out.seek(pos)
                out.truncate()  # the copy did not check: the graph is written from its lines instead
                mine: set[bytes] = set()
                write(lines.fallback(), name, mine=mine)
                lines.written(sorted(mine))
                continue
            if hasattr(lines, "copy_into"):  # a Segment, every byte to the sink: from its lines
                mine = set()
                write(lines.fallback(), name, mine=mine)
                lines.written(sorted(mine))
                continue
            if hasattr(lines, "written"):  # a kg.segments.Fresh
                mine = set()
                write(lines.lines, name, mine=mine)
                lines.written(sorted(mine))
                continue
            write(lines, name)
        write(sorted(shared), CONCEPTS_GRAPH, divert=False)
        write((line.encode("utf-8") + b"\n" for line in ontology), ONTOLOGY_GRAPH, divert=False)
    return blocks


class _Lazy:
    """A graph's gzip member (``nqfile.Member``), begun with its first bytes: an empty graph writes none."""

    def __init__(self, out):
        self.out, self.member = out, None

    def write(self, data: bytes) -> None:
        if self.member is None:
            self.member = nqfile.Member(self.out)
        self.member.write(data)

    def close(self) -> int:
        return self.member.close() if self.member is not None else 0


def _emit(out, h, buf: list[bytes], sink=None, tail: bytes = b"") -> int:
    """Write the lines (to the file or its graph's gzip member); return their bytes."""
    data = b"".join(buf)
    if not data:
        return 0
    h.update(data)
    out.write(data)
    if sink is not None:
        sink(data, tail)
    return len(data)


def triple_lines(nquads: Path, skip: tuple[str, ...] = (ONTOLOGY_GRAPH,)):
    """The N-Triples lines of graph.nq (its graph names dropped), in file order, leaving out ``skip``'s graphs."""
    tails = tuple(f" <{g}> .\n".encode() for g in skip)
    with nqfile.open_lines(nquads) as fh:
        for line in fh:
            if line.endswith(tails) or not line.strip():
                continue
            # the graph name is the last term; an IRI holds no space, so the last " <" starts it
            yield line[:line.rindex(b" <")] + b" .\n"


# -- streamed from graph.nq ----------------------------------------------------------------------

def write_ntriples(nquads: Path, out: Path, work: Path, lines: int = _SORT_LINES) -> None:
    """graph.nt: every triple of the documents, relations, alignments and concepts (not the ontology),
    sorted, each once; sorted in runs of ``lines`` on disk in ``work``, then merged."""
    work.mkdir(parents=True, exist_ok=True)
    runs = []
    try:
        source = triple_lines(nquads)
        while chunk := sorted(set(islice(source, lines))):
            fd, run = tempfile.mkstemp(prefix="nt-", suffix=".run", dir=work)
            runs.append(run)
            with os.fdopen(fd, "wb") as fh:
                fh.writelines(chunk)
            del chunk
        handles = [open(r, "rb") for r in runs]
        try:
            with open(out, "wb") as fh:
                last = None
                for line in heapq.merge(*handles):
                    if line != last:
                        fh.write(line)
                        last = line
        finally:
            for h in handles:
                h.close()
    finally:
        for r in runs:
            os.unlink(r)


def write_turtle(ntriples: Path, out: Path) -> None:
    """Turtle from sorted N-Triples, written by Oxigraph in that order.

    rdflib's Turtle writer slows down quadratically with many distinct IRI "namespaces"
    (every measure path is one); Oxigraph streams the same triples and, fed sorted lines,
    groups them by subject and predicate deterministically.
    """
    raw = out.with_name(out.name + ".raw")
    ox.serialize(ox.parse(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES), str(raw),
                 format=ox.RdfFormat.TURTLE, prefixes=_prefixes())
    sort_header_file(raw, out)


def write_trig(nquads: Path, out: Path) -> None:
    """TriG with one named graph per document (plus the relations, concepts and ontology)."""
    raw = out.with_name(out.name + ".raw")
    with nqfile.open_lines(nquads) as fh:
        ox.serialize(ox.parse(fh, format=ox.RdfFormat.N_QUADS), str(raw),
                     format=ox.RdfFormat.TRIG, prefixes=_prefixes())
    sort_header_file(raw, out)


def write_jsonld(nquads: Path, out: Path, chunk: int = 20000) -> None:
    """JSON-LD with its context inline (never a remote one): one @graph per named graph, written a
    few thousand triples at a time.

    The bytes are those of ``json.dumps(document, ensure_ascii=False, indent=1)`` of the whole document.
    """

    def dump(obj, depth: int) -> str:
        text = json.dumps(obj, ensure_ascii=False, indent=1)
        return text.replace("\n", "\n" + " " * depth)

    with open(out, "w", encoding="utf-8") as fh, nqfile.open_lines(nquads) as src:
        fh.write('{\n "@context": ' + dump(_prefixes(), 1) + ',\n "@graph": [')
        current = None
        first_node = True
        for name, triples in _graph_chunks(ox.parse(src, format=ox.RdfFormat.N_QUADS), chunk):
            if name != current:
                if current is not None:
                    fh.write("]\n  }" if first_node else "\n   ]\n  }")
                fh.write(("\n" if current is None else ",\n") + '  {\n   "@id": ' + json.dumps(name, ensure_ascii=False)
                         + ',\n   "@graph": [')
                current, first_node = name, True
            for node in json.loads(ox.serialize(triples, format=ox.RdfFormat.JSON_LD)):
                fh.write(("\n" if first_node else ",\n") + "    " + dump(node, 4))
                first_node = False
        if current is not None:
            fh.write("]\n  }" if first_node else "\n   ]\n  }")
        fh.write("\n ]\n}\n" if current is not None else "]\n}\n")


def _graph_chunks(quads, size: int = 20000):
    """(graph name, triples) pieces in file order; a piece never splits a subject's triples."""
    name, chunk = None, []
    for quad in quads:
        g = quad.graph_name.value
        if g != name or (len(chunk) >= size and chunk[-1].subject != quad.subject):
            if name is not None:
                yield name, chunk
            name, chunk = g, []
        chunk.append(quad.triple)
    if name is not None:
        yield name, chunk


def write_ontology(out: Path, ontology: Iterable[str]) -> None:
    """ontology.ttl: the ontology (its sorted N-Triples lines) as Turtle, written by every build beside graph.nq."""
    nt = out.with_name(out.name + ".nt")
    nt.write_bytes("".join(line + "\n" for line in ontology).encode("utf-8"))
    try:
        write_turtle(nt, out)
    finally:
        nt.unlink()


def parse_formats(text: str | None) -> tuple[str, ...]:
    """``"ttl,nt"`` → ``("nt", "ttl")``; ValueError naming the unknown ones and the known."""
    names = [f.strip().lower() for f in (text or "").split(",") if f.strip()]
    unknown = [f for f in names if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)}; choose among {', '.join(FORMATS)} (comma-separated)")
    return tuple(f for f in FORMATS if f in names)


def write_formats(folder: Path, formats: Iterable[str], work: Path, progress=None, nquads: Path | None = None) -> list[Path]:
    """Write ``formats`` (keys of ``FORMATS``) into ``folder`` from its graph.nq (or ``nquads``);
    ``work`` is a scratch folder.

    Turtle is written from the sorted N-Triples, so asking for Turtle alone writes them in ``work``.
    Returns the files written.
    """
    say = progress or (lambda step: None)
    formats = set(formats)
    nq = nquads or nqfile.path_in(folder)
    written = []
    if "nq" in formats and nq != folder / nqfile.PLAIN:  # a build asking for it writes graph.nq itself
        say(nqfile.PLAIN)
        with nqfile.open_lines(nq) as src, open(folder / nqfile.PLAIN, "wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)
        written.append(folder / nqfile.PLAIN)
    nt = folder / FORMATS["nt"] if "nt" in formats else work / "graph.nt"
    if formats & {"nt", "ttl"}:
        say(nt.name)
        write_ntriples(nq, nt, work)
        if "nt" in formats:
            written.append(nt)
    if "ttl" in formats:
        say(FORMATS["ttl"])
        write_turtle(nt, folder / FORMATS["ttl"])
        written.append(folder / FORMATS["ttl"])
        if "nt" not in formats:
            nt.unlink()
    if "trig" in formats:
        say(FORMATS["trig"])
        write_trig(nq, folder / FORMATS["trig"])
        written.append(folder / FORMATS["trig"])
    if "jsonld" in formats:
        say(FORMATS["jsonld"])
        write_jsonld(nq, folder / FORMATS["jsonld"])
        written.append(folder / FORMATS["jsonld"])
    return written


def sort_header_file(raw: Path, final: Path) -> None:
    """Oxigraph keeps prefixes in a hash map: sort the @prefix header of ``raw`` (streamed) into ``final``."""
    with open(raw, "rb") as fh, open(final, "wb") as out:
        prefixes = []
        line = fh.readline()
        while line.startswith(b"@prefix"):
            prefixes.append(line.rstrip(b"\n"))
            line = fh.readline()
        for p in sorted(prefixes):
            out.write(p + b"\n")
        out.write(b"\n")
        out.write(line)
        shutil.copyfileobj(fh, out, 1 << 20)
    raw.unlink()


@contextmanager
def atomic_folder(out: Path, aside: Path | None = None, moved=None):
    """Yield a temporary sibling of ``out`` to write a build into; on success it replaces ``out`` whole.

    The build is marked as policykg's (``outfolder.MARKER``, listing its files) before it takes
    ``out``'s place. The previous ``out`` is removed only after the caller checked it is a build
    (``outfolder.check``); with ``aside`` it is renamed there instead and nothing is deleted.
    If a file that policykg did not write appeared in ``out`` while the build ran, ``out`` is
    moved aside all the same (and ``moved(path)`` told), never deleted.
    A failure or interruption (any exception, KeyboardInterrupt included) leaves any previous
    build in ``out`` as it was and removes the temporary folder.
    """
    out = out.resolve()
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes 0700; a build folder is an ordinary folder
    try:
        yield tmp
        outfolder.write_marker(tmp)
        if aside is None and out.exists() and outfolder.foreign_files(out):
            aside = outfolder.aside(out)
            if moved is not None:
                moved(aside)
        if aside is not None and out.exists():
            os.rename(out, aside)
            try:
                os.rename(tmp, out)
            except OSError:
                os.rename(aside, out)
                raise
        elif out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=parent))
            os.rename(out, old / "previous")
            try:
                os.rename(tmp, out)
            except OSError:
                os.rename(old / "previous", out)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


class ExportError(ValueError):
    """An export that cannot be written; the message says what to do."""


def export_format(build: Path, fmt: str, target: Path) -> Path:
    """Write ``fmt`` (a key of ``FORMATS``) of an existing build to ``target``, streamed from its graph.nq.

    Written beside ``target`` under a temporary name and renamed: a failure leaves no half file.
    """
    nq = nqfile.find(build)
    if nq is None:
        raise ExportError(f"{build} holds no graph.nq.gz (nor graph.nq); run 'policykg build --out {build}' first")
    if not target.parent.is_dir():
        raise ExportError(f"{target.parent}: no such folder; create it or choose another --out")
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        written = write_formats(work, [fmt], work / "work", nquads=nq)
        os.replace(written[0], target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


# -- sorted runs merged -----------------------------------------------------------------------

def file_lines(path: Path):
    """The lines of a file, opened when first asked for."""
    with open(path, "rb") as fh:
        yield from fh


_FAN_IN = 200  # files open at once while merging (the usual limit is 1,024 open files per process)


def merged_lines(files: list[Path]):
    """The lines of sorted files, merged in order, each line once.

    More than ``_FAN_IN`` files are merged in rounds through intermediate files beside them.
    """
    files = list(files)
    round_ = 0
    while len(files) > _FAN_IN:
        merged = []
        for k in range(0, len(files), _FAN_IN):
            path = files[0].parent.parent / f"merge-{round_}-{k // _FAN_IN:05d}.nt"
            with open(path, "wb") as out:
                out.writelines(_merge_open(files[k:k + _FAN_IN]))
            merged.append(path)
        files, round_ = merged, round_ + 1
    yield from _merge_open(files)


def _merge_open(files: list[Path]):
    handles = [open(f, "rb") for f in files]
    try:
        last = None
        for line in heapq.merge(*handles):
            if line != last and line.strip():
                yield line
                last = line
    finally:
        for h in handles:
            h.close()

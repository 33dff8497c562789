"""Serialisations of the graph, the embedded store, and the atomic write of a build folder.

Every output is deterministic: documents are sorted by IRI, N-Quads lines are sorted, no
clock, uuid or path goes into any file. ``build.py`` streams documents through these.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from kg.query.store import write_store  # noqa: F401 - moved to kg/query/store.py; build.py still calls it here

ONTOLOGY_GRAPH = "https://w3id.org/policykg/ontology"
CONCEPTS_GRAPH = "https://w3id.org/policykg/concepts"
RELATIONS_GRAPH = "https://w3id.org/policykg/relations"  # computed over the whole build, so in no document's graph
# Descriptions of things shared by documents (actors, indicators, sectors, years, rules) go into
# one named graph, so no triple sits in two graphs and the union of graphs has no duplicates.
_SHARED = tuple(f"<https://w3id.org/policykg/{p}/" for p in ("concept", "time", "rule"))


def _nt_lines(graph) -> list[str]:
    data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    # split on newlines only: str.splitlines also splits at \x1c-\x1e, \x85 and \u2028, which may sit in a literal
    return sorted(line for line in data.split("\n") if line.strip())


def turtle(nt_lines: list[str]) -> bytes:
    """Turtle from sorted N-Triples lines, written by Oxigraph in that order.

    rdflib's Turtle writer slows down quadratically with many distinct IRI "namespaces"
    (every measure path is one); Oxigraph writes the same triples in well under a second and,
    fed sorted lines, groups them by subject and predicate deterministically.
    """
    import pyoxigraph as ox

    triples = ox.parse(("\n".join(nt_lines) + "\n").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_prefixes()).decode("utf-8")
    return _sorted_header(data).encode("utf-8")


def _prefixes() -> dict[str, str]:
    from kg.graph.rdf import PREFIXES

    return {k: str(v) for k, v in sorted(PREFIXES.items())}


def trig(nquads: bytes) -> bytes:
    """TriG with one named graph per document (plus the concepts and the ontology)."""
    import pyoxigraph as ox

    data = ox.serialize(ox.parse(nquads, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.TRIG,
                        prefixes=_prefixes()).decode("utf-8")
    return _sorted_header(data).encode("utf-8")


def jsonld(nquads: bytes) -> bytes:
    """JSON-LD with its context inline (never a remote one): one @graph per named graph."""
    import pyoxigraph as ox

    graphs: dict[str, list] = {}
    for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    out = []
    for name, triples in graphs.items():
        nodes = json.loads(ox.serialize(triples, format=ox.RdfFormat.JSON_LD))
        out.append({"@id": name, "@graph": nodes})
    doc = {"@context": _prefixes(), "@graph": out}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _sorted_header(data: str) -> str:
    """Oxigraph keeps prefixes in a hash map: sort the @prefix header so the bytes are stable."""
    lines = data.split("\n")
    k = 0
    while k < len(lines) and lines[k].startswith("@prefix"):
        k += 1
    return "\n".join(sorted(lines[:k]) + [""] + lines[k:])


def sort_header_file(raw: Path, final: Path) -> None:
    """``_sorted_header`` for a serialisation on disk, streamed: ``raw`` becomes ``final``."""
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
    from kg import outfolder

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

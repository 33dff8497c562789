"""The ontology's sorted N-Triples lines (graph.nq's ontology graph, ontology.ttl), kept once per machine (issue 17).

Every build wrote them from ``ontology/policykg.ttl`` through rdflib's Turtle parser (``rdf.ontology_graph``,
``serialize.nt_lines``: about 0.06 s of CPU a build). They depend only on that file's bytes and the rdflib that
parsed it, so they are kept in the user's cache folder (``kg.machine_cache``) under the file's SHA-256 and rdflib's
version: a build reads the file, hashes it and reads the lines back; an edited ontology, another rdflib, or a
missing or damaged entry has them parsed again, as before. The entry is shared by every checkout of the machine (its key
is the file's bytes, not its path), so the code that derives the lines (``rdf.py``'s ``ontology_graph``, ``serialize.py``'s
``nt_lines``) is part of its key too: a checkout whose code writes other lines never reads another checkout's (lane RV17),
and its entry has a name of its own (checkouts of two codes do not replace each other's entry at every build).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg import machine_cache
from kg.graph import rdf, serialize
from kg.graph.iris import BadIRI
from kg.graph.rdf import ontology_graph
from kg.graph.serialize import nt_lines
from kg.lexicon import ontology_dir

NAME = "ontology-lines"


def ontology_lines() -> list[str]:
    """``nt_lines(ontology_graph())``, from the machine's cache when it holds them for this ontology and rdflib."""
    code = code_digest()
    header = ("ontology-lines", 2, hashlib.sha256((ontology_dir() / "policykg.ttl").read_bytes()).hexdigest(),
              rdflib.__version__, code)
    name = f"{NAME}-c{code[:12]}"
    kept = machine_cache.read(name, header)
    if isinstance(kept, list) and all(isinstance(line, str) for line in kept):
        return kept
    lines = nt_lines(ontology_graph())
    _check(lines)
    machine_cache.write(name, header, lines)
    return lines


def _check(lines: list[str]) -> None:
    """The lines parsed as Oxigraph's strict load parses them (``iris.checked``'s guarantee for the ontology graph,
    whose IRIs are policykg.ttl's): a bad IRI is ``iris.BadIRI`` here, once per edit of the file, not in the store."""
    try:
        for _ in ox.parse("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            pass
    except SyntaxError as exc:
        raise BadIRI(f"ontology/policykg.ttl: {exc}: correct it there") from None


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The SHA-256 of the source of the modules that derive the lines (``rdf.py``, ``serialize.py``)."""
    return hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in (rdf, serialize))).hexdigest()

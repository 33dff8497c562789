"""The ontology's sorted N-Triples lines (graph.nq's ontology graph, ontology.ttl), kept once per machine (issue 17).

Every build wrote them from ``ontology/policykg.ttl`` through rdflib's Turtle parser (``rdf.ontology_graph``,
``serialize.nt_lines``: about 0.06 s of CPU a build). They depend only on that file's bytes and the rdflib that
parsed it, so they are kept in the user's cache folder (``kg.machine_cache``) under the file's SHA-256 and rdflib's
version: a build reads the file, hashes it and reads the lines back; an edited ontology, another rdflib, or a
missing or damaged entry has them parsed again, as before.
"""
from __future__ import annotations

import hashlib

import rdflib

from kg import machine_cache
from kg.graph.rdf import ontology_graph
from kg.graph.serialize import nt_lines
from kg.lexicon import ontology_dir

NAME = "ontology-lines"


def ontology_lines() -> list[str]:
    """``nt_lines(ontology_graph())``, from the machine's cache when it holds them for this ontology and rdflib."""
    header = ("ontology-lines", 1, hashlib.sha256((ontology_dir() / "policykg.ttl").read_bytes()).hexdigest(),
              rdflib.__version__)
    kept = machine_cache.read(NAME, header)
    if isinstance(kept, list) and all(isinstance(line, str) for line in kept):
        return kept
    lines = nt_lines(ontology_graph())
    machine_cache.write(NAME, header, lines)
    return lines

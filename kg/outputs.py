"""Documents → the files of a build (as bytes), and the atomic write of a build folder.

Every output is deterministic: documents are sorted by IRI, N-Quads lines are sorted, no
clock, uuid or path goes into any file.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from .model import Document
from .rdf import document_graph, document_iri, ontology_graph

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
    from .rdf import PREFIXES

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


def build_files(docs: list[Document]) -> dict[str, bytes]:
    """The text outputs of a build, by file name."""
    ordered = sorted(((str(document_iri(d)), d) for d in docs), key=lambda p: p[0])
    union: set[str] = set()
    shared: set[str] = set()
    quads: list[str] = []
    for iri, doc in ordered:
        lines = _nt_lines(document_graph(doc))
        union.update(lines)
        for line in lines:
            if line.startswith(_SHARED):
                shared.add(line)
            else:
                quads.append(f"{line[:-1].rstrip()} <{iri}> .")
    from .crossref import profiles, related
    from .rdf import add_relations, new_graph

    relations = related(profiles(ordered))
    rg = new_graph()
    add_relations(rg, relations)
    lines = _nt_lines(rg)
    union.update(lines)
    for line in lines:
        if line.startswith(_SHARED):
            shared.add(line)
        else:
            quads.append(f"{line[:-1].rstrip()} <{RELATIONS_GRAPH}> .")
    for line in sorted(shared):
        quads.append(f"{line[:-1].rstrip()} <{CONCEPTS_GRAPH}> .")
    for line in _nt_lines(ontology_graph()):
        quads.append(f"{line[:-1].rstrip()} <{ONTOLOGY_GRAPH}> .")
    nquads = ("\n".join(quads) + "\n").encode("utf-8")
    files = {
        "graph.ttl": turtle(sorted(union)),
        "graph.nt": ("\n".join(sorted(union)) + "\n").encode("utf-8"),
        "graph.trig": trig(nquads),
        "graph.jsonld": jsonld(nquads),
        "graph.nq": nquads,
        "ontology.ttl": turtle(_nt_lines(ontology_graph())),
        **pages(docs, relations),
        "documents.json": (
            json.dumps(
                [
                    {
                        "doc": iri,
                        "title": d.meta.get("title"),
                        "date": d.meta.get("date"),
                        "source": d.source.name,
                        "sha256": d.source.sha256,
                        "issues": [i.__dict__ for i in d.issues],
                    }
                    for iri, d in ordered
                ],
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        ).encode("utf-8"),
    }
    return files


def pages(docs: list[Document], relations=()) -> dict[str, bytes]:
    """The reviewers' pages and the projection behind them (see ``view.py`` and ``html.py``)."""
    from .html import render_graph_page, render_matrix_page, render_targets_page, render_text_page
    from .view import doc_key, layout, project, projection_json

    view = project(docs, relations)
    for node, (x, y) in layout(view.graph).items():
        view.graph.nodes[node].update(x=x, y=y)
    out = {
        "index.html": render_graph_page(view).encode("utf-8"),
        "targets.html": render_targets_page(view).encode("utf-8"),
        "responsibility.html": render_matrix_page(view).encode("utf-8"),
        "projection.json": projection_json(view).encode("utf-8"),
    }
    for iri, doc in view.docs:
        out[f"text/{doc_key(iri)}.html"] = render_text_page(view, iri, doc).encode("utf-8")
    return out


def write_store(folder: Path, nquads: Path) -> None:
    """The embedded store: every named graph, and their union materialised as the default graph.

    Queries then read the default graph directly; Oxigraph's union-of-named-graphs mode
    deduplicates every pattern at query time and was 3-8x slower on the corpus graph.
    """
    import pyoxigraph as ox

    store = ox.Store(str(folder))
    from .sparql import load_union

    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    load_union(store, folder.parent)
    store.flush()
    store.optimize()
    del store


def write_build(out: Path, files: dict[str, bytes], with_store: bool = True) -> None:
    """Write a whole build into ``out``: into a temporary sibling first, then moved into place.

    A failure or interruption leaves any previous build in ``out`` as it was.
    """
    out = out.resolve()
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes 0700; a build folder is an ordinary folder
    try:
        for name, data in files.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
        if with_store:
            write_store(tmp / "store", tmp / "graph.nq")
        if out.exists():
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

"""A parsed ``Document`` as JSON (``policykg parse``): its structure with offsets in the cleaned
text and in the source, its front matter, what cleaning set aside, and its numbering problems."""
from __future__ import annotations

from kg.graph.rdf import document_iri


def _node_json(doc, node) -> dict:
    s, e = doc.source_span(node.start, node.end)
    out = {"kind": node.kind, "path": node.path}
    if node.number:
        out["number"] = node.number
        out["ordinal"] = node.ordinal
    if node.title is not None and node.kind != "sentence":
        out["title"] = node.title
    out.update({"start": node.start, "end": node.end, "source_start": s, "source_end": e})
    if node.kind == "sentence":
        out["text"] = doc.text[node.start:node.end]
    children = [_node_json(doc, c) for c in node.children]
    if children:
        out["children"] = children
    return out


def document_json(doc) -> dict:
    meta = {k: v for k, v in doc.meta.items()}
    if "notice" in meta:
        ns, ne = meta["notice"]
        meta["notice"] = {"start": ns, "end": ne}
    return {
        "doc": str(document_iri(doc)),
        "source": {"name": doc.source.name, "sha256": doc.source.sha256, "encoding": doc.source.encoding,
                   "format": doc.source.format},
        "meta": meta,
        "issues": [i.__dict__ for i in doc.issues],
        "excluded": [e.__dict__ for e in doc.excluded],
        "front": [{"role": r, "start": s, "end": e} for r, s, e in doc.front],
        "structure": [_node_json(doc, c) for c in doc.root.children],
    }

"""The graph page's data (``pk-data`` in index.html), compact, and what the page's script makes of it.

:func:`graph_data` writes what the graph page draws and shows with every IRI, label and string written once;
``graph.js`` expands it first, and :func:`expand` does the same in Python (the tests compare the two, and both
with the projection). The compact form (issue 17, the output folder's bytes; the corpus's 1.45 → 0.8 MB):

- ``nodes``: in IRI order, each ``[id, group, x, y, docs, label]`` and the title after the label when it is not the
  label; ``id`` after ``base`` when it starts with it (an IRI elsewhere is written whole: it holds ``:``),
  ``docs`` indices into ``docs``;
- ``edges``: relation → the flat list of its edges' ``source, target`` node indices (the page sorts them back into
  one list in the order of (source, target, relation));
- ``details``: a node's panel keyed by the node's index (a panel of no drawn node by its IRI as ``id`` is written);
  its ``type`` left out when it is the node's group, its ``doc`` and ``unit_node`` indices into ``docs`` and
  ``nodes``, its ``read`` only the anchor (``#measure-1``) when the link is into its document's reading page;
  a highlight ``[start, end, mark]`` with ``marks`` the distinct ``[node, title, layer]``; a related measure
  ``[node index, score, reason index]`` with ``reasons`` the distinct reasons, each the indices of its
  ``;``-separated parts in ``phrases``; an inherited responsibility ``[actor index, role, clause index]`` (an actor or
  clause the graph does not draw keeps the long form ``[actor, label, role, clause]`` with IRIs).
"""
from __future__ import annotations

from kg.graph.iris import BASE
from kg.pages.layout import layout
from kg.pages.projection import LAYERS, RELATIONS, TYPES, View, doc_key

_SEP = "; "  # between the parts of a related measure's reason (kg/analysis/related.py writes them so)


def _short(iri: str) -> str:
    """``iri`` after ``BASE``, when that holds no ``:`` (what :func:`_long` and the page read back); else whole."""
    rest = iri[len(BASE):]
    return rest if iri.startswith(BASE) and ":" not in rest else iri


def _long(ref: str) -> str:
    return ref if ":" in ref else BASE + ref


def graph_data(view: View) -> dict:
    """What the graph page draws and shows, compact (the module's docstring): ``graph.js`` expands it.
    Nothing is left out that the page shows."""
    if any("x" not in a for _, a in view.graph.nodes(data=True)):
        for node, (x, y) in layout(view.graph).items():
            view.graph.nodes[node].update(x=x, y=y)
    docs = [[iri, title, doc_key(iri)] for iri, title in view.docs]
    doc_index = {iri: k for k, (iri, _, _) in enumerate(docs)}
    order = sorted(view.graph.nodes)
    index = {n: k for k, n in enumerate(order)}
    nodes = []
    for n in order:
        a = view.graph.nodes[n]
        row = [_short(n), a["type"], a["x"], a["y"], [doc_index[d] for d in a.get("docs", []) if d in doc_index],
               a["label"]]
        if a["title"] != a["label"]:
            row.append(a["title"])
        nodes.append(row)
    edges: dict[str, list[int]] = {}
    for u, v, rel in sorted(view.graph.edges(keys=True)):
        edges.setdefault(rel, []).extend((index[u], index[v]))
    marks: dict[tuple, int] = {}
    reasons: dict[str, int] = {}
    phrases: dict[str, int] = {}
    details = {}
    for n, det in view.details.items():
        det = dict(det)
        if n in index and det.get("type") == view.graph.nodes[n]["type"]:
            del det["type"]
        elif n in index and "type" not in det:
            det["type"] = None  # none, not the node's group
        doc = det.get("doc")
        if doc in doc_index:
            det["doc"] = doc_index[doc]
            page = f"text/{doc_key(doc)}.html#"
            if isinstance(det.get("read"), str) and det["read"].startswith(page):
                det["read"] = det["read"][len(page) - 1:]
        if det.get("unit_node") in index:
            det["unit_node"] = index[det["unit_node"]]
        if "spans" in det:
            det["spans"] = [[a, b, marks.setdefault((_short(node) if node else node, title, layer), len(marks))]
                            for a, b, layer, node, title in det["spans"]]
        if "related" in det:
            det["related"] = [[index[m], score, reasons.setdefault(reason, len(reasons))] for m, score, reason in det["related"]]
        if "inherited" in det:
            det["inherited"] = [[index[actor], role, index[clause]]
                                if actor in index and clause in index and view.graph.nodes[actor]["label"] == label
                                else [actor, label, role, clause] for actor, label, role, clause in det["inherited"]]
        details[str(index[n]) if n in index else n] = det
    return {
        "types": {k: list(v) for k, v in TYPES.items()},
        "relations": {k: list(v) for k, v in RELATIONS.items()},
        "layers": {k: list(v) for k, v in LAYERS.items()},
        "nodes": nodes,
        "edges": edges,
        "details": details,
        "marks": [list(m) for m in marks],
        "reasons": [[phrases.setdefault(p, len(phrases)) for p in r.split(_SEP)] for r in reasons],
        "phrases": list(phrases),
        "docs": docs,
        "overview": view.overview,
        "base": BASE,
    }


def expand(data: dict) -> dict:
    """What ``graph.js`` makes of :func:`graph_data` first, in Python: the same data with ``nodes`` (dicts: id, label,
    title, group, x, y, docs as IRIs), ``edges`` ([source, target, relation] in the projection's order) and ``details``
    (keyed by IRI, every IRI, reason and highlight whole) as the graph page reads them."""
    ids = [_long(n[0]) for n in data["nodes"]]
    nodes = [{"id": ids[k], "group": n[1], "x": n[2], "y": n[3], "docs": [data["docs"][d][0] for d in n[4]],
              "label": n[5], "title": n[6] if len(n) > 6 else n[5]} for k, n in enumerate(data["nodes"])]
    edges = sorted(([ids[pair[i]], ids[pair[i + 1]], rel] for rel, pair in data["edges"].items()
                    for i in range(0, len(pair), 2)))
    reasons = [_SEP.join(data["phrases"][p] for p in r) for r in data["reasons"]]
    details = {}
    for k, d in data["details"].items():
        node = int(k) if k.isdigit() else None
        d = dict(d)
        if node is not None and "type" not in d:
            d["type"] = nodes[node]["group"]
        elif node is not None and d["type"] is None:
            del d["type"]
        if isinstance(d.get("doc"), int):
            d["doc"] = data["docs"][d["doc"]][0]
            if isinstance(d.get("read"), str) and d["read"].startswith("#"):
                d["read"] = f"text/{doc_key(d['doc'])}.html{d['read']}"
        if isinstance(d.get("unit_node"), int):
            d["unit_node"] = ids[d["unit_node"]]
        if "spans" in d:
            d["spans"] = [[a, b, data["marks"][m][2], _long(data["marks"][m][0]) if data["marks"][m][0] else data["marks"][m][0],
                           data["marks"][m][1]]
                          for a, b, m in d["spans"]]
        if "related" in d:
            d["related"] = [[ids[i], score, reasons[r]] for i, score, r in d["related"]]
        if "inherited" in d:
            d["inherited"] = [x if len(x) == 4 else [ids[x[0]], nodes[x[0]]["label"], x[1], ids[x[2]]] for x in d["inherited"]]
        details[ids[node] if node is not None else k] = d
    return {**data, "nodes": nodes, "edges": edges, "details": details}

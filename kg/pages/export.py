"""The projection as files: node-link JSON (``projection.json.gz`` of a build), GraphML and GEXF for Gephi."""
from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from kg.pages.projection import RELATIONS, TYPES, View

if TYPE_CHECKING:
    import networkx as nx

# networkx is imported by what reads or writes its own graph (``policykg export``), not by a build (kg/pages/multigraph.py)


class ExportError(ValueError):
    """The build holds no projection to export, or it cannot be written."""


# the build's projection: its node-link JSON gzipped (683 → 68 KB on the corpus: one line a record repeats its keys
# and IRIs), one member, no name, mtime 0 (the same JSON gives the same bytes); ``zcat`` or ``gzip.open`` reads it
PROJECTION = "projection.json.gz"
_PLAIN = "projection.json"  # what builds before it wrote


def write_projection(folder: Path, view: View) -> None:
    """``projection.json.gz`` of ``view`` in the build's ``folder``."""
    (Path(folder) / PROJECTION).write_bytes(gzip.compress(projection_json(view).encode("utf-8"), 6, mtime=0))


def load_projection(build_dir) -> nx.MultiDiGraph:
    import networkx as nx

    path = Path(build_dir) / PROJECTION
    if not path.exists() and (Path(build_dir) / _PLAIN).exists():
        path = Path(build_dir) / _PLAIN
    if not path.exists():
        raise ExportError(f"{build_dir} holds no {PROJECTION}; run 'policykg build --out {build_dir}' first")
    try:
        raw = gzip.decompress(path.read_bytes()) if path.name == PROJECTION else path.read_bytes()
        data = json.loads(raw.decode("utf-8"))
        ids = [n["id"] for n in data["nodes"]]
        for k, e in enumerate(data["edges"]):  # nodes by position, labels from the relation (see projection_json)
            zh, en = RELATIONS[e["key"]]
            data["edges"][k] = {"key": e["key"], "label": zh, "relation": e["key"], "source": ids[e["source"]],
                                "target": ids[e["target"]], "title": en}
        return nx.node_link_graph(data, edges="edges", directed=True, multigraph=True)
    except (ValueError, KeyError, IndexError, TypeError, OSError, EOFError) as exc:
        raise ExportError(f"{path} is not a policykg projection ({exc}); run 'policykg build' again") from exc


def export_bytes(g: nx.MultiDiGraph, fmt: str) -> bytes:
    """GraphML or GEXF of the projection, byte-stable.

    GEXF carries node positions and colours (``viz``) so Gephi opens it laid out as the
    browser shows it; networkx stamps GEXF with today's date, which is replaced by the newest
    document date so the same build exports the same bytes.
    """
    import networkx as nx

    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf, named_key_ids=True)
        return buf.getvalue()
    if fmt != "gexf":
        raise ExportError(f"unknown export format {fmt!r}: use graphml or gexf")
    h = g.copy()
    for _, a in h.nodes(data=True):
        colour = TYPES.get(a.get("type"), ("", "", "#999999", ""))[2].lstrip("#")
        a["viz"] = {"color": {"r": int(colour[0:2], 16), "g": int(colour[2:4], 16), "b": int(colour[4:6], 16), "a": 1.0},
                    "position": {"x": float(a.get("x", 0)), "y": float(-a.get("y", 0)), "z": 0.0}}
    nx.write_gexf(h, buf)
    dates = sorted(a.get("date") for _, a in g.nodes(data=True) if a.get("date"))
    return re.sub(rb'lastmodifieddate="[^"]*"', f'lastmodifieddate="{dates[-1] if dates else "1970-01-01"}"'.encode(),
                  buf.getvalue(), count=1)


def projection_json(view: View) -> str:
    """The projection as node-link JSON (scalar attributes), what ``policykg export`` reads, compact:
    one node or edge a line, no indentation, an edge's ``source`` and ``target`` the positions of its
    nodes in ``nodes`` (sorted by IRI) and its relation only as its ``key`` (its labels follow from
    it); ``load_projection`` gives back the full networkx graph. The text of
    ``nx.node_link_data(export_graph(view))`` so laid out, made from the view directly: an edge's
    attributes are not written, so no copy of the graph is built for them."""
    data = dict(_HEAD)
    nodes = sorted(({**_scalar(attrs), "id": n} for n, attrs in view.graph.nodes(data=True)), key=lambda n: n["id"])
    index = {n["id"]: k for k, n in enumerate(nodes)}
    edges = [{"key": k, "source": index[a], "target": index[b]} for a, b, k in sorted(view.graph.edges(keys=True))]

    dump = _ENCODER.encode  # json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) without an
    # encoder made per call (json.dumps makes one whenever it is given options): the same text

    head = dump(data)[:-1]
    return (f'{head},"edges":[\n' + ",\n".join(map(dump, edges)) + '\n],"nodes":[\n'
            + ",\n".join(map(dump, nodes)) + "\n]}\n")


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
# ``nx.node_link_data(nx.MultiDiGraph(), edges="edges")`` without its nodes and edges: the head of the JSON
_HEAD = {"directed": True, "multigraph": True, "graph": {}}


def _scalar(data: dict) -> dict:
    """A node's attributes as GraphML and GEXF take them: lists joined, empty values left out."""
    attrs = {k: ("、".join(map(str, v)) if isinstance(v, (list, tuple)) else v) for k, v in data.items()}
    return {k: v for k, v in attrs.items() if v not in (None, "")}  # GEXF types a column by its values


def export_graph(view: View) -> nx.MultiDiGraph:
    """The projection with scalar attributes only, as GraphML and GEXF require."""
    import networkx as nx

    out = nx.MultiDiGraph()
    for n, data in view.graph.nodes(data=True):
        out.add_node(n, **_scalar(data))
    for a, b, k, data in view.graph.edges(keys=True, data=True):
        out.add_edge(a, b, key=k, **data)
    return out

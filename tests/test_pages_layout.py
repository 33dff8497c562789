"""The graph page's data at build time (issue 17): positions (kg/pages/layout.py), the compact page
data (page_data.graph_data) and projection.json, each checked against what it stands for."""
from __future__ import annotations

import gzip
import json
import math

import networkx as nx
import pytest

from kg.graph.rdf import document_iri
from kg.pages.export import export_bytes, load_projection, projection_json, write_projection
from kg.pages.layout import TREE_TYPES, layout
from kg.pages.projection import fragment, merge, overview
from kg.pages.page_data import expand, graph_data


@pytest.fixture(scope="module")
def seed(seed_doc):
    iri = str(document_iri(seed_doc))
    return iri, fragment(iri, seed_doc)


def _two_documents(seed):
    """The seed's projection and a copy of it under another document IRI: two documents sharing concepts."""
    iri, frag = seed
    other = iri + "-copy"
    g = frag.graph.relabeled(lambda n: n.replace(iri, other) if n.startswith(iri) else n)
    for _, a in g.nodes(data=True):
        if a.get("doc") == iri:
            a["doc"] = other
    copy = type(frag)(g, details={k.replace(iri, other): v for k, v in frag.details.items()}, docs=[(other, "副本")])
    return merge([frag, copy])


def test_every_node_gets_integer_positions_the_same_every_time(seed):
    view = _two_documents(seed)
    pos = layout(view.graph)
    assert set(pos) == set(view.graph.nodes)
    assert all(isinstance(x, int) and isinstance(y, int) for x, y in pos.values())
    assert layout(view.graph) == pos
    # no two nodes on the same spot
    assert len(set(pos.values())) == len(pos)


def test_a_documents_provisions_sit_around_it_and_concepts_around_their_documents(seed):
    view = _two_documents(seed)
    g, pos = view.graph, layout(view.graph)
    docs = [n for n, a in g.nodes(data=True) if a["type"] == "document"]
    assert len(docs) == 2
    spread = max(math.dist(pos[a], pos[b]) for a in pos for b in list(pos)[:50])
    for d in docs:
        mine = [n for n, a in g.nodes(data=True) if a["type"] in TREE_TYPES and a.get("doc") == d]
        assert len(mine) > 30
        radius = max(math.dist(pos[d], pos[n]) for n in mine)
        assert radius < spread / 2  # together, not scattered over the page
        # a measure's targets are further out than the measure, in its direction
        for m in [n for n in mine if g.nodes[n]["type"] == "measure"]:
            for _, t, rel in g.out_edges(m, keys=True):
                if rel == "sets_target":
                    assert math.dist(pos[d], pos[t]) > math.dist(pos[d], pos[m])
    # the two documents are apart, and concepts are not stacked on a document
    assert math.dist(pos[docs[0]], pos[docs[1]]) > 100
    concepts = [n for n, a in g.nodes(data=True) if a["type"] not in TREE_TYPES + ("document",)]
    assert len({pos[c] for c in concepts}) == len(concepts)


def test_layout_of_an_empty_and_a_one_node_graph():
    assert layout(nx.MultiDiGraph()) == {}
    g = nx.MultiDiGraph()
    g.add_node("d", type="document", label="d", title="d")
    assert set(layout(g)) == {"d"}


def test_the_compact_page_data_expands_to_the_projection(seed):
    view = _two_documents(seed)
    some = sorted(n for n, a in view.graph.nodes(data=True) if a["type"] == "measure")[:2]
    view.details[some[0]]["related"] = [[some[1], 0.5, "共同领域: 气候"]]
    # an inherited body whose clause the graph does not draw (an article): kept in the long form
    view.details[some[1]]["inherited"] = [["https://w3id.org/policykg/concept/actor/x", "某部门", "lead", some[0] + "/article_1"]]
    data = graph_data(view)
    inherited = [x for d in data["details"].values() for x in d.get("inherited", [])]
    assert {len(x) for x in inherited} == {3, 4}
    out = expand(json.loads(json.dumps(data, ensure_ascii=False)))
    assert out["edges"] == [list(e) for e in sorted(view.graph.edges(keys=True))]
    assert out["details"] == json.loads(json.dumps(view.details, ensure_ascii=False))
    assert {n["id"]: n["docs"] for n in out["nodes"]} == {n: a["docs"] for n, a in view.graph.nodes(data=True)}
    assert [n["id"] for n in out["nodes"]] == sorted(view.graph.nodes)
    assert all((n["label"], n["title"], n["group"]) == (view.graph.nodes[n["id"]]["label"], view.graph.nodes[n["id"]]["title"],
                                                        view.graph.nodes[n["id"]]["type"]) for n in out["nodes"])
    # each IRI once, after the base, in the node list: panels, edges and highlights refer to it by number
    text = json.dumps(data, ensure_ascii=False)
    short = some[1][len(data["base"]):]
    assert text.count(f'"{short}"') == 1 and some[1] not in text  # its node record, the IRI never whole


def test_projection_json_exports_what_it_did_with_every_edge_label(seed, tmp_path):
    view = _two_documents(seed)
    for node, (x, y) in layout(view.graph).items():
        view.graph.nodes[node].update(x=x, y=y)
    write_projection(tmp_path, view)
    g = load_projection(tmp_path)
    assert sorted(g.edges(keys=True, data=True)) == sorted(view.graph.edges(keys=True, data=True))
    assert export_bytes(g, "graphml").count(b">\xe5\x8c\x85\xe5\x90\xab<") > 10  # 包含 (has part) on its edges
    raw = (tmp_path / "projection.json.gz").read_bytes()
    assert gzip.decompress(raw).decode("utf-8") == projection_json(view)  # zcat gives the node-link JSON
    write_projection(tmp_path, view)
    assert (tmp_path / "projection.json.gz").read_bytes() == raw  # the same JSON, the same bytes (mtime 0, no name)
    # a build of an earlier version (a plain projection.json) still exports
    (tmp_path / "projection.json.gz").unlink()
    (tmp_path / "projection.json").write_text(projection_json(view), encoding="utf-8")
    assert sorted(load_projection(tmp_path).edges(keys=True)) == sorted(g.edges(keys=True))


def test_a_projection_cut_short_is_a_one_line_error(seed, tmp_path):
    from kg.pages.export import ExportError

    write_projection(tmp_path, _two_documents(seed))
    raw = (tmp_path / "projection.json.gz").read_bytes()
    for bad in (raw[: len(raw) // 2], b"not gzip"):
        (tmp_path / "projection.json.gz").write_bytes(bad)
        with pytest.raises(ExportError, match="policykg build"):
            load_projection(tmp_path)


def test_the_overview_is_laid_out_too(seed):
    iri, frag = seed
    view = merge([overview(frag)])
    pos = layout(view.graph)
    assert set(pos) == set(view.graph.nodes) and len(set(pos.values())) == len(pos)


def test_a_projection_json_of_another_shape_is_a_one_line_error(seed, tmp_path):
    from kg.pages.export import ExportError

    view = _two_documents(seed)
    data = nx.node_link_data(view.graph.to_networkx(), edges="edges")  # node-link JSON naming nodes by IRI: not what a build writes
    (tmp_path / "projection.json").write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    with pytest.raises(ExportError, match="policykg build"):
        load_projection(tmp_path)


def test_a_concept_sits_by_the_documents_it_concerns():
    g = nx.MultiDiGraph()
    for n, kind in (("d1", "document"), ("d2", "document"), ("d3", "document"),
                    ("a", "actor"), ("b", "actor"), ("c", "indicator"), ("e", "year")):
        g.add_node(n, type=kind, label=n, title=n)
    for d, c in (("d1", "a"), ("d2", "b"), ("d1", "c"), ("d2", "c"), ("d3", "e")):
        g.add_edge(d, c, key="concerns")
    pos = layout(g)
    assert layout(g) == pos and len(set(pos.values())) == len(pos)
    near = lambda c, d: math.dist(pos[c], pos[d])  # noqa: E731
    # a concept of one document on a ring just around it, the same for every such document
    assert 60 <= near("a", "d1") <= 80 and 60 <= near("b", "d2") <= 80 and 60 <= near("e", "d3") <= 80
    # a concept of two documents by the middle of the two
    middle = ((pos["d1"][0] + pos["d2"][0]) / 2, (pos["d1"][1] + pos["d2"][1]) / 2)
    assert math.dist(pos["c"], middle) <= 40


def test_projection_json_is_the_node_link_data_of_the_export_graph(seed):
    """Written from the view directly (issue 17: no copy of the graph for attributes never written), the
    text node_link_data of ``export_graph`` gives, nodes sorted by IRI, edges by their ends and key."""
    from kg.pages.export import export_graph

    view = _two_documents(seed)
    for node, (x, y) in layout(view.graph).items():
        view.graph.nodes[node].update(x=x, y=y)
    data = nx.node_link_data(export_graph(view), edges="edges")
    nodes = sorted(data.pop("nodes"), key=lambda n: n["id"])
    index = {n["id"]: k for k, n in enumerate(nodes)}
    edges = [{"key": e["key"], "source": index[e["source"]], "target": index[e["target"]]}
             for e in sorted(data.pop("edges"), key=lambda e: (e["source"], e["target"], e["key"]))]
    got = json.loads(projection_json(view))
    assert got == {**data, "edges": edges, "nodes": nodes}
    assert len(edges) > 10 and any(isinstance(v, str) and "、" in v for n in nodes for v in n.values())

"""kg.pages.multigraph: the projection's container keeps networkx's MultiDiGraph orders, so the pages written from it
are networkx's byte for byte (networkx is no longer imported by a build)."""
import random

import networkx as nx
import pytest

from kg.pages.multigraph import MultiDiGraph


def _both(seed: int):
    rng = random.Random(seed)
    ours, theirs = MultiDiGraph(), nx.MultiDiGraph()
    names = [f"n{i}" for i in range(12)]
    for _ in range(80):
        if rng.random() < 0.3:
            n, attrs = rng.choice(names), {"type": rng.choice("abc"), "label": str(rng.random())}
            ours.add_node(n, **attrs)
            theirs.add_node(n, **attrs)
        else:
            u, v, k = rng.choice(names), rng.choice(names), rng.choice(("has_part", "concerns", "related"))
            attrs = {"relation": k, "w": rng.randrange(5)}
            assert ours.has_edge(u, v, key=k) == theirs.has_edge(u, v, key=k)
            assert ours.has_edge(u, v) == theirs.has_edge(u, v)
            ours.add_edge(u, v, key=k, **attrs)
            theirs.add_edge(u, v, key=k, **attrs)
    return ours, theirs


@pytest.mark.parametrize("seed", range(8))
def test_the_orders_of_networkx(seed):
    ours, theirs = _both(seed)
    assert list(ours) == list(theirs) and len(ours) == len(theirs)
    assert list(ours.nodes(data=True)) == list(theirs.nodes(data=True))
    assert list(ours.nodes) == list(theirs.nodes) and all(ours.nodes[n] == theirs.nodes[n] for n in theirs)
    assert list(ours.edges()) == list(theirs.edges())
    assert list(ours.edges(keys=True)) == list(theirs.edges(keys=True))
    assert list(ours.edges(keys=True, data=True)) == list(theirs.edges(keys=True, data=True))
    assert ours.number_of_edges() == theirs.number_of_edges()
    for n in theirs:
        assert list(ours.in_edges(n, keys=True)) == list(theirs.in_edges(n, keys=True))
        assert list(ours.out_edges(n, keys=True)) == list(theirs.out_edges(n, keys=True))
        assert list(ours.in_edges(n)) == list(theirs.in_edges(n))
        assert list(ours.neighbours(n)) == list(nx.all_neighbors(theirs, n))
    assert "nobody" not in ours and not ours.has_edge("nobody", "n1")


def test_relabeled_and_to_networkx():
    ours, theirs = _both(3)
    assert nx.utils.graphs_equal(ours.to_networkx(), theirs)
    mapped = ours.relabeled(lambda n: n.upper())
    expected = nx.relabel_nodes(theirs, lambda n: n.upper())
    assert list(mapped.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(mapped.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert list(ours.relabeled({"n1": "x"})) == list(nx.relabel_nodes(theirs, {"n1": "x"}))


def test_no_edge_keeps_another_edges_attributes():
    g = MultiDiGraph()
    g.add_edge("a", "b", key="k", label="one")
    g.add_edge("a", "b", key="j", label="two")
    g.add_node("a", type="document")
    g.add_node("a", label="甲")
    assert g.edges(keys=True, data=True) == [("a", "b", "k", {"label": "one"}), ("a", "b", "j", {"label": "two"})]
    assert g.nodes["a"] == {"type": "document", "label": "甲"} and g.nodes["b"] == {}

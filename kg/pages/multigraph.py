"""The projection's container: a directed multigraph of string nodes with attribute dicts (issue 17).

The pages read the projection through a few calls of networkx's ``MultiDiGraph``; importing networkx cost every build
about 0.12 s of CPU (a third of a core of the corpus) for a dict of dicts. ``MultiDiGraph`` here keeps networkx's
layout and orders — nodes in the order first added, an edge's ends and keys in the order first added, successors and
predecessors in the order their first edge came — so every page and file written from it is what networkx gave
byte for byte. networkx is imported only where its own graph is wanted: GraphML and GEXF (``kg.pages.export``),
``to_networkx``.
"""
from __future__ import annotations


class _Nodes:
    """``g.nodes``: iterate the nodes, ``g.nodes[n]`` their attributes, ``g.nodes(data=True)`` both."""

    __slots__ = ("_node",)

    def __init__(self, node: dict):
        self._node = node

    def __call__(self, data: bool = False):
        return self._node.items() if data else self._node.keys()

    def __getitem__(self, n):
        return self._node[n]

    def __iter__(self):
        return iter(self._node)

    def __len__(self):
        return len(self._node)

    def __contains__(self, n):
        return n in self._node


class MultiDiGraph:
    """What of networkx's ``MultiDiGraph`` the projection, the pages and the layout use, in its orders."""

    def __init__(self):
        self.graph: dict = {}  # the graph's own attributes (networkx's ``G.graph``)
        self._node: dict[str, dict] = {}
        self._succ: dict[str, dict[str, dict]] = {}
        self._pred: dict[str, dict[str, dict]] = {}

    def __getstate__(self):
        return self.graph, self._node, self._succ, self._pred

    def __setstate__(self, state):
        self.graph, self._node, self._succ, self._pred = state

    @property
    def nodes(self) -> _Nodes:
        return _Nodes(self._node)

    def __len__(self) -> int:
        return len(self._node)

    def __iter__(self):
        return iter(self._node)

    def __contains__(self, n) -> bool:
        return n in self._node

    def is_directed(self) -> bool:
        return True

    def is_multigraph(self) -> bool:
        return True

    def add_node(self, n, **attr) -> None:
        if n not in self._node:
            self._succ[n] = {}
            self._pred[n] = {}
            self._node[n] = attr
        else:
            self._node[n].update(attr)

    def add_edge(self, u, v, key, **attr):
        for n in (u, v):
            if n not in self._node:
                self._succ[n], self._pred[n], self._node[n] = {}, {}, {}
        keys = self._succ[u].get(v)
        if keys is None:
            keys = self._succ[u][v] = self._pred[v][u] = {}
        if key in keys:
            keys[key].update(attr)
        else:
            keys[key] = dict(attr)
        return key

    def has_edge(self, u, v, key=None) -> bool:
        keys = self._succ.get(u, {}).get(v)
        return keys is not None and (key is None or key in keys)

    def edges(self, keys: bool = False, data: bool = False):
        """Every edge, by its source in node order, then its target, then its key: ``(u, v)``, with ``keys`` ``(u, v,
        key)``, with ``data`` its attributes last."""
        succ = self._succ
        if keys and data:
            return [(u, v, k, d) for u, nbrs in succ.items() for v, kd in nbrs.items() for k, d in kd.items()]
        if keys:
            return [(u, v, k) for u, nbrs in succ.items() for v, kd in nbrs.items() for k in kd]
        if data:
            return [(u, v, d) for u, nbrs in succ.items() for v, kd in nbrs.items() for d in kd.values()]
        return [(u, v) for u, nbrs in succ.items() for v, kd in nbrs.items() for _ in kd]

    def in_edges(self, n, keys: bool = False):
        """The edges into ``n``: ``(u, n)`` or ``(u, n, key)``, by source in the order its first edge came."""
        return [(u, n, k) if keys else (u, n) for u, kd in self._pred[n].items() for k in kd]

    def out_edges(self, n, keys: bool = False):
        """The edges out of ``n``: ``(n, v)`` or ``(n, v, key)``, by target in the order its first edge came."""
        return [(n, v, k) if keys else (n, v) for v, kd in self._succ[n].items() for k in kd]

    def predecessors(self, n):
        return iter(self._pred[n])

    def successors(self, n):
        return iter(self._succ[n])

    def neighbours(self, n):
        """Predecessors, then successors (networkx's ``all_neighbors`` of a directed graph)."""
        yield from self._pred[n]
        yield from self._succ[n]

    def number_of_nodes(self) -> int:
        return len(self._node)

    def number_of_edges(self) -> int:
        return sum(len(kd) for nbrs in self._succ.values() for kd in nbrs.values())

    def relabeled(self, mapping) -> MultiDiGraph:
        """A copy with nodes renamed (``mapping`` a dict or a function; networkx's ``relabel_nodes``)."""
        name = mapping if callable(mapping) else (lambda n: mapping.get(n, n))
        out = MultiDiGraph()
        out.graph.update(self.graph)
        for n, attr in self._node.items():
            out.add_node(name(n), **attr)
        for u, v, k, d in self.edges(keys=True, data=True):
            out.add_edge(name(u), name(v), k, **d)
        return out

    def to_networkx(self):
        """The same graph as networkx's ``MultiDiGraph`` (GraphML and GEXF are written from it)."""
        import networkx as nx

        out = nx.MultiDiGraph()
        out.graph.update(self.graph)
        for n, attr in self._node.items():
            out.add_node(n, **attr)
        for u, v, k, d in self.edges(keys=True, data=True):
            out.add_edge(u, v, key=k, **d)
        return out

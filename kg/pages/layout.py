"""Positions of the graph page, computed once at build time: a force layout of the overview, the rest as trees.

The spring layout of the whole projection (networkx's, over every part, measure, target and goal)
took most of a build's page time and grew with the square of the nodes. Here only the overview
is laid out by force: documents and the concepts they concern (actors, indicators, sectors,
places, years), a document linked to every concept its provisions touch. Each document's parts,
measures, targets and goals are then placed as a radial tree around it (the document at the
centre, each child in an angular sector sized by its descendants), which costs nothing and keeps
a document's provisions together. Positions are integers, so pages stay byte-identical across
machines whose floating-point rounding differs in the last digits.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

# provisions and what they set: placed around their document, not by force
TREE_TYPES = ("part", "measure", "target", "goal")
_CHILD_EDGES = ("has_part", "sets_target", "sets_goal")
_RING = 70  # smallest distance between two levels of a document's tree
_GAP = 40  # room for one node on the outermost ring
_BLOCK = 256  # rows of the force computation at once (memory: _BLOCK × n × 2 floats)


def layout(g: nx.MultiDiGraph, seed: int = 7, iterations: int = 60) -> dict[str, tuple[int, int]]:
    """Integer positions of every node of ``g`` (a projection of ``kg.pages.projection``), deterministic."""
    if len(g) == 0:
        return {}
    home = {n: (a.get("doc") if a.get("type") in TREE_TYPES and a.get("doc") in g else n) for n, a in g.nodes(data=True)}
    core = sorted(n for n in g if home[n] == n)
    index = {n: i for i, n in enumerate(core)}
    adjacency = np.zeros((len(core), len(core)), dtype=np.float32)  # 0 or 1: exact in float32, half the memory
    for a, b in g.edges():
        i, j = index[home[a]], index[home[b]]
        if i != j:
            adjacency[i, j] = adjacency[j, i] = 1.0
    scale = 120 * len(g) ** 0.5
    pos = _forces(adjacency, seed, iterations, k=1.5 / len(core) ** 0.5)
    pos -= pos.mean(axis=0)
    reach = float(np.abs(pos).max()) or 1.0
    pos *= scale / reach
    children: dict[str, list[str]] = {}
    for a, b, rel in sorted(g.edges(keys=True)):
        if rel in _CHILD_EDGES and home.get(b) != b:
            children.setdefault(a, [])
            if b not in children[a]:
                children[a].append(b)
    placed = set(core)
    trees = {d: _shape(d, children, placed) for d in core if d in children}
    _apart(pos, [index[d] for d in trees], [trees[d][1] for d in trees])
    out = {n: (int(round(float(x))), int(round(float(y)))) for n, (x, y) in zip(core, pos)}
    for d, tree in trees.items():
        _place(d, out[d], children, tree, out, placed)
    for n in sorted(g):  # a provision no edge reaches from its document (none today): beside the document
        if n not in out:
            x, y = out[home[n]] if home[n] in out else (0, 0)
            out[n] = (x + _RING, y)
    return out


def _forces(adjacency: np.ndarray, seed: int, iterations: int, k: float) -> np.ndarray:
    """Fruchterman-Reingold as networkx computes it for small graphs (dense, seeded start), by blocks of rows."""
    n = len(adjacency)
    pos = np.random.RandomState(seed).rand(n, 2)
    if n == 1:
        return pos
    t = max(float(np.ptp(pos[:, 0])), float(np.ptp(pos[:, 1]))) * 0.1
    dt = t / (iterations + 1)
    disp = np.empty_like(pos)
    for _ in range(iterations):
        for s in range(0, n, _BLOCK):
            delta = pos[s:s + _BLOCK, None, :] - pos[None, :, :]
            dist = np.sqrt(np.einsum("ijk,ijk->ij", delta, delta))
            np.clip(dist, 0.01, None, out=dist)
            force = k * k / dist ** 2 - adjacency[s:s + _BLOCK] * dist / k
            disp[s:s + _BLOCK] = np.einsum("ijk,ij->ik", delta, force)
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp))
        length = np.where(length < 0.01, 0.1, length)
        pos += disp * (t / length)[:, None]
        t -= dt
    return pos


def _apart(pos: np.ndarray, rows: list[int], radii: list[float]) -> None:
    """Documents pushed apart (in place) until their trees no longer overlap: two documents that
    concern the same concepts land on the same spot of the force layout."""
    for _ in range(100):
        moved = False
        for a in range(len(rows)):
            for b in range(a + 1, len(rows)):
                i, j = rows[a], rows[b]
                need = radii[a] + radii[b] + _RING
                delta = pos[j] - pos[i]
                dist = float(math.hypot(delta[0], delta[1]))
                if dist >= need:
                    continue
                if dist < 1e-9:  # the same spot: apart along a direction fixed by their order
                    delta, dist = np.array([math.cos(a + b), math.sin(a + b)]), 1.0
                step = delta / dist * (need - dist) / 2
                pos[i] -= step
                pos[j] += step
                moved = True
        if not moved:
            return


def _shape(root: str, children: dict[str, list[str]], placed: set) -> tuple[dict, float, float]:
    """``root``'s tree: the leaves under each node, its radius, and the distance between its rings."""
    leaves: dict[str, int] = {}
    depth = 0

    def count(n: str, level: int, seen: frozenset) -> int:
        nonlocal depth
        depth = max(depth, level)
        kids = [c for c in children.get(n, ()) if c not in seen and c not in placed]
        leaves[n] = sum(count(c, level + 1, seen | {c}) for c in kids) or 1
        return leaves[n]

    count(root, 0, frozenset({root}))
    ring = max(_RING, leaves[root] * _GAP / (2 * math.pi * max(depth, 1)))
    return leaves, depth * ring, ring


def _place(root: str, at: tuple[int, int], children: dict[str, list[str]], tree, out: dict, placed: set) -> None:
    """``root``'s descendants on rings around it, each subtree in a sector as wide as its leaves."""
    leaves, _, ring = tree

    def put(n: str, level: int, start: float, width: float) -> None:
        angle = start
        for c in children.get(n, ()):
            if c in placed or c not in leaves:
                continue
            share = width * leaves[c] / leaves[n]
            middle = angle + share / 2
            out[c] = (int(round(at[0] + level * ring * math.cos(middle))), int(round(at[1] + level * ring * math.sin(middle))))
            placed.add(c)
            put(c, level + 1, angle, share)
            angle += share

    put(root, 1, 0.0, 2 * math.pi)

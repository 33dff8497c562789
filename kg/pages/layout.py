"""Positions of the graph page, computed once at build time: documents by force, the rest around them.

The spring layout of the whole projection (networkx's, over every part, measure, target and goal)
took most of a build's page time and grew with the square of the nodes; a force layout of the
overview (documents and the thousands of concepts they concern) still did, and was most of the
time of a rebuild after one added document (issue 17). Here only the documents are laid out by
force, two documents attracting as much as the concepts they share say (a concept of few
documents says more). Each concept then sits at the centre of the documents it concerns (beyond
the tree of a document it alone concerns), the concepts of one centre on a sunflower; each
document's parts, measures, targets and goals are placed as a radial tree around it (the document
at the centre, each child in an angular sector sized by its descendants). The positions are a
function of the graph alone, seeded, so a rebuild gives what a clean build gives. Positions are
integers, so pages stay byte-identical across machines whose floating-point rounding differs in
the last digits.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the annotations' np.ndarray and graph
    import numpy as np

    from kg.pages.multigraph import MultiDiGraph

# numpy is imported where a layout is computed, not with this module: a build that reuses its
# pages (an unchanged rebuild) and the CLI's start-up do not pay for it

# provisions and what they set: placed around their document, not by force
TREE_TYPES = ("part", "measure", "target", "goal")
_CHILD_EDGES = ("has_part", "sets_target", "sets_goal")
_RING = 70  # smallest distance between two levels of a document's tree
_GAP = 40  # room for one node on the outermost ring
_BLOCK = 256  # rows of the force computation at once (memory: _BLOCK × n × 2 floats)


def layout(g: MultiDiGraph, seed: int = 7, iterations: int = 60) -> dict[str, tuple[int, int]]:
    """Integer positions of every node of ``g`` (a projection of ``kg.pages.projection``), deterministic.

    A function of the graph alone (never of an earlier build), so a rebuild that added a document
    lays out exactly what a clean build does; and its cost grows with the documents, not with the
    concepts: only documents are laid out by force."""
    if len(g) == 0:
        return {}
    import numpy as np

    home = {n: (a.get("doc") if a.get("type") in TREE_TYPES and a.get("doc") in g else n) for n, a in g.nodes(data=True)}
    core = sorted(n for n in g if home[n] == n)
    docs = [n for n in core if g.nodes[n].get("type") == "document"] or core
    index = {n: i for i, n in enumerate(docs)}
    # the documents each concept concerns (a concept's neighbours, through their documents)
    concerns: dict[str, set[str]] = {n: set() for n in core if n not in index}
    for a, b in g.edges():
        ha, hb = home[a], home[b]
        if ha in index and hb in concerns:
            concerns[hb].add(ha)
        elif hb in index and ha in concerns:
            concerns[ha].add(hb)
    # two documents attract as much as the concepts they share say (a concept of few documents says more)
    weight = np.zeros((len(docs), len(docs)), dtype=np.float64)
    for c in sorted(concerns):
        rows = sorted(index[d] for d in concerns[c])
        if len(rows) > 1:
            w = 1.0 / (len(rows) - 1)
            weight[np.ix_(rows, rows)] += w
    np.fill_diagonal(weight, 0.0)
    np.minimum(weight, 1.0, out=weight)
    scale = 120 * len(g) ** 0.5
    pos = _forces(weight, seed, iterations, k=1.5 / len(docs) ** 0.5)
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
    trees = {d: _shape(d, children, placed) for d in docs if d in children}
    _apart(pos, [index[d] for d in trees], [trees[d][1] for d in trees])
    out = {n: (int(round(float(x))), int(round(float(y)))) for n, (x, y) in zip(docs, pos)}
    for d, tree in trees.items():
        _place(d, out[d], children, tree, out, placed)
    _concepts(concerns, out, {d: trees[d][1] if d in trees else 0.0 for d in docs})
    for n in sorted(g):  # a provision no edge reaches from its document (none today): beside the document
        if n not in out:
            x, y = out[home[n]] if home[n] in out else (0, 0)
            out[n] = (x + _RING, y)
    return _distinct(out)


_GOLDEN = math.pi * (3 - math.sqrt(5))


def _concepts(concerns: dict[str, set[str]], out: dict, radius: dict[str, float]) -> None:
    """Each concept at the centre of the documents it concerns (beyond a single document's tree),
    the concepts sharing a centre on a sunflower around it, in IRI order."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for c in sorted(concerns):
        groups.setdefault(tuple(sorted(concerns[c])), []).append(c)
    for ds, members in groups.items():
        if ds:
            cx = sum(out[d][0] for d in ds) / len(ds)
            cy = sum(out[d][1] for d in ds) / len(ds)
        else:
            cx = cy = 0.0
        inner = (radius.get(ds[0], 0.0) + _RING) if len(ds) == 1 else _RING / 2
        for k, c in enumerate(members):
            r, a = inner + _GAP * 0.6 * math.sqrt(k), k * _GOLDEN
            out[c] = (int(round(cx + r * math.cos(a))), int(round(cy + r * math.sin(a))))


def _distinct(out: dict) -> dict[str, tuple[int, int]]:
    """No two nodes on one spot: a node landing on a taken one (in IRI order) moves right until free."""
    taken: set[tuple[int, int]] = set()
    for n in sorted(out):
        x, y = out[n]
        while (x, y) in taken:
            x += 1
        out[n] = (x, y)
        taken.add((x, y))
    return {n: out[n] for n in sorted(out)}


def _forces(adjacency: np.ndarray, seed: int, iterations: int, k: float) -> np.ndarray:
    """Fruchterman-Reingold as networkx computes it for small graphs (dense, seeded start, attraction
    weighted by ``adjacency``), by blocks of rows."""
    import numpy as np

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
    import numpy as np

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

"""Related measures of a rebuild, from the previous build's (issue 17, item 4).

A pair's score depends on its two provisions alone (``related.Space``: the weights are the reference
pool's), so a rebuild after documents were added, changed or removed knows which rows can differ from
the previous build's:
- the rows of the new documents (added, or changed: a document whose cache key differs), computed whole;
- the rows of a kept document that related to a document now gone (removed, or the old version of a
  changed one) in its other documents' list: that place may go to any provision, so computed whole;
- every other kept row: its own document's list is unchanged, and its other documents' list is the
  best ``OTHER_DOCUMENTS`` of its previous list and the new documents' provisions, scored against those
  columns only (a sparse product of kept rows × new provisions).
The result is, row for row and byte for byte, what ``related.iter_related`` gives for the same profiles
(``tests/test_related_update.py`` checks additions, changes and removals against it).

A row is ``(source, doc, picks)``; a pick ``[target, target's document, score, text similarity, shared
features, reason]`` in rank order: the JSON form the build's cache keeps (``kg/related_memo.py``).
"""
from __future__ import annotations

from kg.analysis.related import OTHER_DOCUMENTS, Relation, Space

# past this share of rows to compute whole, everything is computed whole (the same rows, fewer steps)
_WHOLE = 0.3


def relation(source: str, pick: list, rank: int) -> Relation:
    """A pick as a ``Relation`` at ``rank``."""
    target, _, score, text, groups, why = pick
    return Relation(source, target, rank, score, text, tuple((kind, tuple(ids)) for kind, ids in groups), why)


def pick(rel: Relation, tdoc: str) -> list:
    """A relation as its row keeps it (JSON: lists, no rank)."""
    return [rel.target, tdoc, rel.score, rel.text_similarity, [[k, list(ids)] for k, ids in rel.shared], rel.reason]


def _key(score: float, target: str) -> tuple:
    """Picks in rank order: score (to four decimals) descending, then the related provision's IRI."""
    return -round(score * 10000), target


def update(space: Space, keys: dict[str, str], previous: dict | None, labels) -> tuple[list, list[bool]]:
    """Every profile's row, in the order of ``space.profs``, and which rows are the previous build's unchanged.

    ``keys``: each document's cache key (what its profiles are made from); ``previous``: the previous build's
    ``{"keys": {doc: key}, "rows": {source: (doc, picks, …)}}`` (None: everything computed)."""
    import numpy as np

    profs, n = space.profs, space.n
    old_keys, old_rows = (previous["keys"], previous["rows"]) if previous else ({}, {})
    same = {d for d, k in keys.items() if old_keys.get(d) == k}
    gone = {d for d, k in old_keys.items() if keys.get(d) != k}
    fresh = [i for i, p in enumerate(profs) if p.doc not in same]
    whole = set(range(n)) if previous is None or len(fresh) > _WHOLE * n else set(fresh)
    if len(whole) < n:
        for i, p in enumerate(profs):
            old = old_rows.get(p.iri) if p.doc in same else None
            if old is None or any(q[1] in gone for q in old[1]):
                whole.add(i)
    rows: list = [None] * n
    reused = [False] * n
    heads: dict = {}
    where = {p.iri: i for i, p in enumerate(profs)}
    if len(whole) > _WHOLE * n:
        whole = set(range(n))
    for a, rels in space.rows(sorted(whole), labels, heads):
        rows[a] = (profs[a].iri, profs[a].doc, [pick(r, space.docs[where[r.target]]) for r in rels])
    kept = [i for i in range(n) if rows[i] is None]
    cols = np.asarray(fresh, dtype=np.int64)
    step = max(1, 500_000 // max(len(cols), 1))
    for lo in range(0, len(kept), step):
        block = kept[lo:lo + step]
        if len(cols):
            cos, score, ok = space.scores(np.asarray(block, dtype=np.int64), cols)
        hit = ok.any(axis=1) if len(cols) else np.zeros(len(block), dtype=bool)
        for r, a in enumerate(block):
            doc, picks = old_rows[profs[a].iri][:2]
            new = [(_key(float(score[r, j]), profs[fresh[j]].iri), fresh[j], j) for j in np.flatnonzero(ok[r]).tolist()] \
                if hit[r] else []
            other = [(_key(q[2], q[0]), q) for q in picks if q[1] != doc]
            best = sorted(other + [(k, (b, j)) for k, b, j in new])[:OTHER_DOCUMENTS]
            if not new or [k for k, _ in best] == [k for k, _ in other]:
                rows[a], reused[a] = (profs[a].iri, doc, picks), True
                continue
            merged = sorted([(_key(q[2], q[0]), q) for q in picks if q[1] == doc] + best)
            out = []
            for k, (key, q) in enumerate(merged, 1):
                if isinstance(q, list):
                    out.append(q)
                else:
                    b, j = q
                    rel = space.relation(a, b, k, float(cos[r, j]), float(score[r, j]), heads, labels)
                    out.append(pick(rel, space.docs[b]))
            rows[a] = (profs[a].iri, doc, out)
    return rows, reused


def relations(rows) -> list[Relation]:
    """Every row's relations, in order (what ``related.iter_related`` yields)."""
    return [relation(source, q, k) for source, _, picks in rows for k, q in enumerate(picks, 1)]


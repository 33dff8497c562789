"""Copy candidates of central → local alignment (``Pool._copy_hits``): only the documents holding one
of a document's rarest fingerprints are counted, and the result is the one counting every
fingerprint of every document gives (issue 17: it no longer grows with the square of the build)."""
from __future__ import annotations

import random

import pytest

from kg.analysis.align import COPY_DOC, Pool


def _pool(fps: dict[str, frozenset[int]]) -> Pool:
    pool = Pool({})
    pool.docs = {k: None for k in fps}
    pool._fps = dict(fps)
    return pool


def _counted(fps: dict[str, frozenset[int]], key: str) -> dict[str, int]:
    """Every other document's count of the fingerprints of ``key``, kept when it reaches COPY_DOC of them."""
    n = len(fps[key])
    counts = {k: len(fps[key] & f) for k, f in fps.items() if k != key}
    return {k: c for k, c in counts.items() if c and c >= COPY_DOC * n}


def _random_pool(seed: int) -> dict[str, frozenset[int]]:
    rng = random.Random(seed)
    common = set(range(1000, 1040))  # in every document: boilerplate
    fps = {}
    for i in range(40):
        fps[f"d{i:02d}"] = frozenset(common | {rng.randrange(100_000) for _ in range(rng.randrange(0, 120))})
    base = sorted(fps["d00"])
    for i, share in enumerate((1.0, 0.9, 0.86, 0.85, 0.84, 0.5)):  # copies of d00 around the threshold
        kept = base[:round(share * len(base))]
        fps[f"c{i}"] = frozenset(kept) | {200_000 + i * 1000 + j for j in range(len(base) - len(kept))}
    fps["empty"] = frozenset()
    return fps


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_copy_candidates_are_those_counting_every_fingerprint_gives(seed):
    fps = _random_pool(seed)
    pool = _pool(fps)
    for key in sorted(fps):
        assert pool._copy_hits(key) == _counted(fps, key), key
        assert pool._copy_candidates(key) == sorted(_counted(fps, key))


def test_copies_around_the_threshold():
    fps = _random_pool(1)
    got = _pool(fps)._copy_hits("d00")
    n = len(fps["d00"])
    assert {"c0", "c1", "c2"} <= set(got)  # 100 %, 90 %, 86 % of its fingerprints
    assert "c5" not in got  # half
    for k in ("c3", "c4"):  # at the threshold the float comparison decides, as it did
        assert (k in got) == (len(fps["d00"] & fps[k]) >= COPY_DOC * n)
    assert _pool(fps)._copy_hits("empty") == {}

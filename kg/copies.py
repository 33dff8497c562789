"""Copies: two sources that hold the same document's text (a PDF and the HTML page that republished
it, a text layer beside its PDF), found by their Chinese characters whatever their titles read.

A document is sketched in its worker: the 8-character runs of its CJK characters (punctuation,
digits, spaces and Latin letters left out, so that layout, width and page furniture do not
matter), hashed, and the smallest ``SKETCH`` hashes kept (a bottom-k sketch). Two sketches
estimate the Jaccard resemblance of the two texts' runs; sources at ``SAME`` or above, with no
two different dates, are one document. Measured on the corpus: the carbon-peak opinions' PDF
against the HTML page that republished it without its title, 0.987; any two different documents
of the pool, under 0.05. Stdlib only.
"""
from __future__ import annotations

import hashlib
import re

SHINGLE = 8
SKETCH = 256
SAME = 0.9
# A hash in more sketches than this is a stock phrase (习近平新时代中国特色社会主义思想), not a sign
# of a copy: copies share most of their hashes, so skipping these loses no pair and keeps the
# candidates linear in the corpus.
COMMON = 64

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def sketch(text: str) -> tuple[int, ...]:
    """The bottom-``SKETCH`` hashes of the text's runs of ``SHINGLE`` CJK characters, sorted."""
    # each run hashed from the bytes of the whole text, encoded once (every character of _CJK is three bytes in
    # UTF-8); the digests sort as the big-endian integers they give, so only the kept ones are converted (a third less CPU)
    data = "".join(_CJK.findall(text)).encode("utf-8")
    width, blake2b = 3 * SHINGLE, hashlib.blake2b
    digests = {blake2b(data[i:i + width], digest_size=8).digest() for i in range(0, len(data) - width + 1, 3)}
    return tuple(int.from_bytes(d, "big") for d in sorted(digests)[:SKETCH])


def resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """The estimated Jaccard resemblance of two sketched texts (0 when either is empty)."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:SKETCH]
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def same_document(a: tuple[int, ...], b: tuple[int, ...], date_a: str | None, date_b: str | None) -> bool:
    """Two sources are one document: the same text, and not two different dates (a revision
    issued on another day is another document, however close its text)."""
    if date_a and date_b and date_a != date_b:
        return False
    return resemblance(a, b) >= SAME


def copies(items: dict[str, tuple[tuple[int, ...], str | None]]) -> list[set[str]]:
    """The groups (two or more keys) of ``items`` (key → (sketch, date)) holding one document.

    Candidates are the pairs sharing a hash of their sketches; groups are the connected pairs.
    The result depends only on the items, never on their order."""
    index: dict[int, list[str]] = {}
    for key in sorted(items):
        for h in items[key][0]:
            index.setdefault(h, []).append(key)
    parent = {k: k for k in items}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    seen: set[tuple[str, str]] = set()
    for keys in index.values():
        if len(keys) > COMMON:
            continue
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                (sa, da), (sb, db) = items[a], items[b]
                if same_document(sa, sb, da, db):
                    ra, rb = root(a), root(b)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = {}
    for k in items:
        groups.setdefault(root(k), set()).add(k)
    return sorted((g for g in groups.values() if len(g) > 1), key=min)

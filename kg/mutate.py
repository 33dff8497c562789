"""Mutations of real documents, for robustness tests and ``scripts/robustness.py``.

Each takes the bytes of a document and a seeded ``random.Random`` and returns new bytes, so a
failing case can be replayed exactly.
"""
from __future__ import annotations

import random

_FULL = "，。；：！？（）％＂＇　"
_HALF = ",.;:!?()%\"' "


def truncate(data: bytes, rng: random.Random) -> bytes:
    """Cut anywhere, even inside a multi-byte character."""
    return data[: rng.randrange(0, max(1, len(data)))]


def shuffle(data: bytes, rng: random.Random) -> bytes:
    paragraphs = data.split(b"\n")
    rng.shuffle(paragraphs)
    return b"\n".join(paragraphs)


def insert_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(20):
        pos = rng.randrange(0, len(out) + 1)
        out[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4)))
    return bytes(out)


def swap_width(data: bytes, rng: random.Random) -> bytes:
    """Full-width punctuation to half width and back, at random."""
    text = data.decode("utf-8", errors="surrogateescape")
    table = {}
    for f, h in zip(_FULL, _HALF):
        if rng.random() < 0.5:
            table[ord(f)] = h
        else:
            table[ord(h)] = f
    return text.translate(table).encode("utf-8", errors="surrogateescape")


MUTATIONS = {"truncate": truncate, "shuffle": shuffle, "insert-bytes": insert_bytes, "swap-width": swap_width}


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    return MUTATIONS[kind](data, rng)

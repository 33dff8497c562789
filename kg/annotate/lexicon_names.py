"""Every printed name of the actor lexicon (``ontology/actors.tsv``: labels and aliases): the group finders leave a
name the lexicon lists to the lexicon's matcher (`collectives`, `framed_departments`)."""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import read_tsv
from kg.annotate.base import split_aliases


@lru_cache(maxsize=None)
def lexicon_names() -> frozenset[str]:
    """Every printed name of ``actors.tsv`` (labels and aliases)."""
    return frozenset(n for row in read_tsv("actors.tsv") for n in [row["label_zh"], *split_aliases(row["aliases"])])

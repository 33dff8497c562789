"""Lexicon names printed as the opening of a longer word (issue 14, class 7; lane ap5).

The actor lexicon's 各地 (every locality) is printed as the opening of 各地级以上市 (Guangdong's tier of prefecture-level
cities: 各地级以上市生态环境局要…, 各地级以上市政府牵头) and 各地级及以上城市: the tagger read 各地 there, an actor no key names
(365's dev19 extra: 各地级以上市生态环境局 is the key's 各地市生态环境局, which ``jurisdiction.find_local`` reads as 市生态环境局).
A lexicon match followed by the rest of such a word names no actor. Words are data: ``ontology/actor_cues.tsv``
lexicon-fragment (each pattern matching the name where it is a fragment).
"""
from __future__ import annotations

import re

from kg.lexicon import cue


_FRAGMENT = re.compile(cue("actor_cues.tsv", "lexicon-fragment"))


def is_fragment(text: str, s: int, e: int) -> bool:
    """Whether the lexicon name printed at ``[s, e)`` opens a longer word (各地 of 各地级以上市)."""
    m = _FRAGMENT.match(text, s)
    return bool(m) and m.end() == e

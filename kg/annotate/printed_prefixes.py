"""An actor's span widened to the leading words the keys print with its name (issue 14, class 7; lane AR5).

*各类X* and *广大X* (convention 32 (a) of corpus/keys/README.md) are one actor with X, one row in the form the policy text
prints first: where the tagger reads X right after 各类 or 广大 (鼓励各类投资主体采取…: 投资主体; 动员广大社会群众参与…: 社会群众),
the printing is 各类X, and a text that prints only that form keys it so (416, 434, 436 各类投资主体; 494 各类销售平台). The span takes
the word, the actor keeps its id and jurisdiction (the same actor as X: `actor_variants.merge_variants` reads both names as one).
The words are data: ``ontology/convention_cues.tsv`` kept-prefix.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.base import make
from kg.model import Annotation


@lru_cache(maxsize=None)
def _kept() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'kept-prefix')})$")


def keep_prefixes(text: str, out: list[Annotation]) -> list[Annotation]:
    """``out`` with each actor printed right after a kept word (各类, 广大) widened to it, unless another actor covers it."""
    widened = []
    for a in out:
        m = _kept().search(text, max(0, a.start - 4), a.start)
        if m and not any(b is not a and b.start < a.start and m.start() < b.end for b in out):
            a = make(a.layer, m.start(), a.end, a.rule, **dict(a.value))
        widened.append(a)
    return widened

"""Communities and mass organisations given an act are the collective of the document's place (key convention 78;
issue 14, class 7; lane AP7).

Convention 78: 社区 given an act (引导社区参与…, 鼓励社区定期组织…) and 群团组织 named bare are `collective` with the
document's place (国家 for a central document), never `non-state`: a 社区 acts through its residents' committee, and the
mass organisations are party-led bodies at every level of the place. The tagger read both as groups of society with no
jurisdiction (the addressed finder's 社区, the lexicon's 群团组织), so every key row (社区@河北省, 群团组织@上海市,
各类群团组织@天水市) counted once as a miss and once as an extra. The span stays; the actor becomes the place's collective
of that name. The names are data: ``ontology/convention_cues.tsv`` place-collective-group (and its openings,
place-collective-opening: 各, 各类 pick out no narrower set, convention 32 (a)).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.annotate.places import Place


@lru_cache(maxsize=None)
def _name() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'place-collective-opening')})?"
                      f"(?:{cue('convention_cues.tsv', 'place-collective-group')})")


def place_communities(text: str, out: list[Annotation], place: Place | None) -> list[Annotation]:
    """``out`` with each actor printed as a ``place-collective-group`` (社区, 群团组织, 各类群团组织) and given no
    jurisdiction made the collective of the document's place: jurisdiction the place's (national for a document of no
    place), id the place's collective of the printed name."""
    home = place or Place(None, None)
    jurisdiction = home.jurisdiction or "national"
    kept = []
    for a in out:
        if not a.get("jurisdiction") and _name().fullmatch(text, a.start, a.end):
            value = dict(a.value)
            value.update(actor=ident(home, "all", text[a.start:a.end]), jurisdiction=jurisdiction)
            a = make(a.layer, a.start, a.end, a.rule, **value)
        kept.append(a)
    return kept

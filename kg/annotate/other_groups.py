"""*其他X* is X (convention 43 of corpus/keys/README.md; issue 14, class 7, lane sj): 其他 excludes only the members its list
has just named, so the row is named without it (其他成员单位 → 成员单位, 其他PM2.5超标城市 → PM2.5超标城市, 其他相关部门 →
相关部门), the same actor a researcher counts wherever the list before it differs. Read here for the names the tagger makes
from the printing (an id ``<place>.<level>.n-<name>``, ``bodies.ident``); the lexicon's names are their own rows. The span
drops 其他, the id is the rest's, in the same place and level. Left as printed (``convention_cues.tsv`` other-kept): a bare
classifier after it (其他部门, 其他地区: convention 26, naming no group) and a modifier it qualifies, not the group
(其他行业企业: the firms of the other industries)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.base import make
from kg.annotate.bodies import ident
from kg.model import Annotation

_PRINTED = re.compile(r"(?P<key>[^.]+)\.(?P<level>[^.]+)\.n-(?P<hex>[0-9a-f]+)")


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    return {"other": re.compile(cue("convention_cues.tsv", "other-word")),
            "kept": re.compile(r"(?:" + cue("convention_cues.tsv", "other-kept") + r")")}


def drop_other(text: str, out: list[Annotation]) -> list[Annotation]:
    """``out`` with each printed name opening with 其他 named without it (see the module's doc)."""
    rx, named = _rx(), []
    for a in out:
        m = _PRINTED.fullmatch(a.get("actor") or "")
        word = rx["other"].match(text, a.start, a.end)
        if m and word and a.end - word.end() >= 2 and not rx["kept"].fullmatch(text, word.end(), a.end) \
                and not rx["kept"].match(text, word.end(), a.end):
            rest = text[word.end():a.end]
            actor = m.group("key") + ident(None, m.group("level"), rest)[len("local"):]
            a = make(a.layer, word.end(), a.end, a.rule, **{**dict(a.value), "actor": actor})
        named.append(a)
    return named

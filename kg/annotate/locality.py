"""The localities moved to act (key conventions 22, 31 of corpus/keys/README.md; issue 14, class 7).

地方, the local tier beside the centre, is a doer where a verb right before it moves it (鼓励地方采取补贴、积分奖励等
方式…, 引导地方制定支持政策, 指导地方编制…规划, 支持有条件的地方率先达到碳排放峰值; 有条件的地方 is 地方, convention
31) and its act opens right after it: an adverb of ``locality-act`` (率先, 先行先试) or a word jieba's dictionary tags a
verb (采取, 制定, 开展). 地方 opening a noun (地方法人金融机构, 地方电网, 地方生态环境标准, 地方煤矿) names no doer. The
row is a collective of the document's jurisdiction named 地方, apart from 各地; where the text prints 地方政府 it is that
actor (``locality-government``), one row as convention 22 has 地方 and 地方政府. The words are data: ``ontology/actor_cues.tsv`` locality-*.
"""
from __future__ import annotations

import bisect
import re

from kg.lexicon import cue_words, read_tsv
from kg.annotate.base import dictionary_tags, split_aliases
from kg.annotate.bodies import ident
from kg.annotate.places import Place

_CUES = "actor_cues.tsv"


def _alt(kind: str) -> str:
    return "(?:" + "|".join(sorted(cue_words(_CUES, kind), key=len, reverse=True)) + ")"


_PIVOT = _alt("locality-pivot")
_MOVED = re.compile(r"%s(?:[和、]%s)?%s?(?P<word>%s)" % (_PIVOT, _PIVOT, _alt("locality-qualifier"), _alt("locality-word")))
_ACT = re.compile(_alt("locality-act"))
_GOVERNMENT = cue_words(_CUES, "locality-government")


def _government(text: str) -> str | None:
    """The actors.tsv id of the localities' government (地方政府) where the text prints it, else None."""
    printed = [g for g in _GOVERNMENT if g in text]
    for row in read_tsv("actors.tsv") if printed else ():
        if any(g in [row["label_zh"], *split_aliases(row["aliases"])] for g in printed):
            return row["id"]
    return None


def find_locality_doers(text: str, place: Place | None, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for each 地方 a verb moves to act (鼓励地方采取…, 支持有条件的地方率先…)."""
    home, ordered, tags = place or Place(None, None), sorted(cuts), dictionary_tags()
    government = _government(text)
    for m in _MOVED.finditer(text):
        s, e = m.span("word")
        if s not in cuts or e not in cuts:
            continue  # 地方法人金融机构: one word
        i = bisect.bisect_right(ordered, e)
        word = text[e:ordered[i]] if i < len(ordered) else ""
        if _ACT.match(text, e) or tags.get(word) in ("v", "vn"):
            yield s, e, government or ident(home, "all", text[s:e]), home, "all"

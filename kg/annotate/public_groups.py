"""The public at large moved to act (key conventions 1 and 46 of corpus/keys/README.md; issue 14, class 7).

全社会, 社会各界 and 社会各方 name no group a lexicon reads: most printings are a scope (在全社会倡导…), a statistic
(全社会用电量, 全社会综合能耗) or a climate (全社会参与…的氛围日益浓厚). They are actors where a verb right before
them moves them to act (引导全社会形成…, 动员社会各界积极参与…, 推动全社会共同参与…; two verbs joined: 引导和动员,
激发并提升), the verbs of spurring (调动, 激发) only with the drive they spur named in the clause (调动全社会开发利用
可再生能源的积极性), and where 发挥 right before them gives them a part (发挥社会各界对规划实施情况的监督作用); not
where what they have follows (推动全社会的…, 降低全社会减碳成本). A division of parts (…、全社会共同参与) is
``divisions.py``'s. The words are data: ``ontology/actor_cues.tsv`` public-*, group-spur-verb, group-spur-part.
"""
from __future__ import annotations

import bisect
import re

from kg.lexicon import cue, cue_words
from kg.annotate.bodies import ident, verb_words
from kg.annotate.places import Place

_CUES = "actor_cues.tsv"


def _alt(kind: str) -> str:
    return "(?:" + "|".join(sorted(cue_words(_CUES, kind), key=len, reverse=True)) + ")"


_PIVOT = _alt("public-pivot")
_MOVED = re.compile(r"(?P<verb>%s)(?:(?:%s)%s)?(?P<group>%s)(?!%s)" % (
    _PIVOT, _alt("public-pivot-joiner"), _PIVOT, _alt("public-group"), _alt("public-owned")))
_PART = re.compile(r"发挥(?P<group>%s)(?!%s)[^，。；：\n]{0,20}?作用" % (_alt("public-group"), _alt("public-owned")))
_SPUR = re.compile(cue(_CUES, "group-spur-verb"))
_DRIVE = re.compile(cue(_CUES, "group-spur-part"))


def find_public_groups(text: str, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for each printing of the public a verb moves to act or 发挥 gives a part."""
    found = []
    for m in _MOVED.finditer(text):
        s, e = m.span("group")
        if s not in cuts or e not in cuts:
            continue
        if _SPUR.fullmatch(m.group("verb")):
            clause_end = min((i for i in (text.find(c, e) for c in "，。；\n") if i >= 0), default=len(text))
            if not _DRIVE.search(text, e, clause_end):
                continue  # 激发全社会…: spurred, its drive unnamed
        found.append((s, e))
    found += [m.span("group") for m in _PART.finditer(text) if m.start("group") in cuts and m.end("group") in cuts]
    for s, e in sorted(set(found)):
        yield s, e, ident(None, "any", text[s:e]), Place(None, None), "any"


_BARE = re.compile(r"(?:%s)(?P<group>%s)" % (_alt("public-bare-pivot"), _alt("public-bare-group")))
_BARE_ACT = re.compile(_alt("public-bare-act"))


def find_bare_public(text: str, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for bare 社会 a verb right before it moves to act (鼓励社会节能降碳, 动员社会
    广泛参与…): the verb and the group at jieba's cuts, then the act, a word jieba's dictionary tags a verb or an adverb
    of ``public-bare-act``. 经济社会, 全社会 have no verb right before 社会; 社会资本 is one word."""
    ordered = sorted(cuts)
    for m in _BARE.finditer(text):
        s, e = m.span("group")
        if m.start() not in cuts or s not in cuts or e not in cuts:
            continue
        i = bisect.bisect_right(ordered, e)
        word = text[e:ordered[i]] if i < len(ordered) else ""
        if verb_words().get(word) == "v" or _BARE_ACT.match(text, e):
            yield s, e, ident(None, "any", text[s:e]), Place(None, None), "any"

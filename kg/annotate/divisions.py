"""Parties of a division of parts (key convention 44 of corpus/keys/README.md; issue 14, class 7).

A principle, a 工作格局, a 机制 or a 体系 that divides the work among parties (党委领导、政府主导、企业主体、社会组织和
公众共同参与; 政府引导、市场运作、全社会共同参与; 政府、企业、社会多元参与) gives each party named in it a part: the
state's parties (党委, 政府) are collectives of the document's jurisdiction, the public's (全社会, 社会各界, 社会,
全民) groups of none. A division is two or more items side by side, each closed by a part (``division-part``: 领导,
主导, 主体, 参与 …) and separated by 、 or ，, or one item naming two or more parties; a party is a whole item's
name (or one of its names joined by 和, 与, 及, 、), printed on jieba's word boundaries (社会组织 is not 社会 + 组织);
one item is a division only where each of its names is a party (``division-party-other`` holds 企业, 公众, 市场 …):
强化舆论引导和社会监督 and 成为社会和企业的自觉行动 are none.
Other parties (企业, 公众, 社会组织) are the lexicon's, read by ``acting.acts``; 市场 (市场运作) and a bare
classifier (部门协同) are no party. The part 发挥 gives 政府 (更好发挥政府作用, 充分发挥政府引导作用, 发挥政府和行业协会作用:
key convention 46) makes it the same party (``find_government_part``); 政府机关, 政府投入, 政府财政资金 after 发挥 are
another body or a means. The words are data: ``ontology/actor_cues.tsv`` division-*, government-part*.
"""
from __future__ import annotations

import re
from kg.lexicon import cue_words
from kg.annotate.bodies import ident
from kg.annotate.places import Place

_CUES = "actor_cues.tsv"
_LONGEST_ITEM = 14


def _alt(kind: str) -> str:
    return "(?:" + "|".join(sorted(cue_words(_CUES, kind), key=len, reverse=True)) + ")"


_RX = {
    # a segment: the words up to a separator or 的 (…共同参与的工作格局: 的 closes the division)
    "segment": re.compile(r"[^、，,。；;：:\n“”\"（）()的]{1,%d}(?=[、，,。；;”\"’\s的]|$)" % _LONGEST_ITEM),
    "closed": re.compile(r".*?%s" % _alt("division-part")),
    "tail": re.compile(r"(?P<names>.+?)(?:%s)*%s" % (_alt("division-adverb"), _alt("division-part"))),
    "party": re.compile(r"(?P<state>%s)|(?P<public>%s)|(?P<known>%s)" % (
        _alt("division-party-state"), _alt("division-party-public"), _alt("division-party-other"))),
    "joiner": re.compile(_alt("division-joiner")),
}

_GOVERNMENT_PART = re.compile(r"(?:%s)(?P<party>%s)(?=(?:的)?%s?作用|[和与])" % (
    _alt("government-part"), _alt("division-party-state"), _alt("government-part-role")))

# a division's run from a place (its items and separators: no other separator, no 的) holds a state's or the public's
# party and a part, each whole: a place whose run holds neither opens no division that names one (most clauses)
_RUN = r"[^。；;：:\n“”\"（）()的]*?"
_MAY_NAME = re.compile(r"(?=%s(?:%s|%s))%s%s" % (
    _RUN, _alt("division-party-state"), _alt("division-party-public"), _RUN, _alt("division-part")))

# where a division may open: after a separator, or at a party's name (形成政府引导、…: the verb before it no item)
_OPENED = re.compile(r"(?:^|(?<=[、，,。；;：:\n“\"（(]))|(?=" + _alt("division-party-state") + "|" + _alt("division-party-public") + ")")


def _items(text: str, pos: int) -> list[tuple[int, int]]:
    """The items of a division opening at ``pos``: (start, end) of each. An item is one or more segments between
    separators, the last closed by a part (政府主导; 政府、企业、社会多元参与: names joined by 、 before one part)."""
    rx, items, start = _RX, [], pos
    while True:
        m = rx["segment"].match(text, pos)
        if m is None:
            return items
        closed = rx["closed"].fullmatch(m.group(0))
        if closed:
            items.append((start, m.end()))
        if m.end() >= len(text) or text[m.end()] not in "、，,":
            return items
        if not closed and (text[m.end()] != "、" or m.end() - start > _LONGEST_ITEM):
            return items
        pos = m.end() + 1
        start = pos if closed else start


def _parties(text: str, s: int, e: int, cuts: frozenset[int]) -> list[tuple[int, int, str]]:
    """The names of the item ``[s, e)`` before its part: (start, end, state|public|other) of each, joined by
    ``division-joiner``; none unless every name is printed on jieba's word boundaries."""
    rx = _RX
    m = rx["tail"].fullmatch(text[s:e])
    if m is None:
        return []
    names, pos, end = [], s, s + m.end("names")
    while pos < end:
        j = rx["joiner"].search(text, pos, end)
        stop = j.start() if j else end
        if pos not in cuts or stop not in cuts or "的" in text[pos:stop]:
            return []
        p = rx["party"].fullmatch(text, pos, stop)
        names.append((pos, stop, p.lastgroup if p else "other"))
        pos = j.end() if j else end
    return names


def find_division_parties(text: str, place: Place | None, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for each 党委, 政府, 全社会, 社会各界, 社会, 全民 a division of parts names."""
    home, seen = place or Place(None, None), set()
    for opened in _OPENED.finditer(text):
        if not _MAY_NAME.match(text, opened.start()):
            continue
        items = _items(text, opened.start())
        named = [_parties(text, s, e, cuts) for s, e in items]
        if len(items) < 2 and not (items and len(named[0]) >= 2 and all(k != "other" for *_, k in named[0])):
            continue  # 强化舆论引导和社会监督: one item is a division only if it names two parties
        for s, e, kind in (n for names in named for n in names):
            if (s, e) in seen or kind in ("other", "known"):
                continue
            seen.add((s, e))
            if kind == "state":
                yield s, e, ident(home, "all", text[s:e]), home, "all"
            elif kind == "public":
                yield s, e, ident(None, "any", text[s:e]), Place(None, None), "any"


def find_government_part(text: str, place: Place | None, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for 政府 (or 党委) a part to play is given to by 发挥 (更好发挥政府作用)."""
    home = place or Place(None, None)
    for m in _GOVERNMENT_PART.finditer(text):
        s, e = m.span("party")
        if s in cuts and e in cuts:
            yield s, e, ident(home, "all", text[s:e]), home, "all"

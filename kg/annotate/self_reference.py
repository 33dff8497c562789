"""The issuer naming itself in the policy text (我局, 我厅, 我部, 我委, 我办: convention 11 of corpus/keys/README.md).

A self-reference is an actor where the text gives the issuer something to do (我局将…, 我局委托…) or makes it a
recipient (报送我厅, 向我局提交); it is the issuer, so it takes the actor of the issuer line or signature's name
(a local body by its level and place, else a lexicon row). A drafting credit (我厅组织制定了《…》，现印发给你们)
and a mention (按照我部《…》) are no actor; 本办法 is the document, 我省/本市 places.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.jurisdiction import find_local

_SELF = re.compile(cue("actor_cues.tsv", "self-reference"))
_RECIPIENT = re.compile(cue("actor_cues.tsv", "self-reference-recipient"))
_ACT = re.compile(cue("actor_cues.tsv", "self-reference-act"))
_OFFICE = re.compile(cue("actor_cues.tsv", "self-reference-office"))
_NUMBER_END = re.compile(r"^.*[号〕\]）)]")  # an issuer line's document number glued before the name (…364号省生态环境厅)
_KIND = re.compile(f"(?:{cue('actor_cues.tsv', 'self-reference-kind')})$")  # 委员会 is a 委, 办公厅 a 办


def issuer_actor(names: list[str], place, matcher, office: bool = True, kind: str = ""):
    """The actor of the last printed issuer name a local body or lexicon row names whole: a local tuple's
    (actor, jurisdiction, level) or (lexicon id, None, None); None when no name resolves. ``kind`` is the
    self-reference's last character (我委 → 委): in a joint document the names of that kind of body come
    first (我委 of 省发展改革委 and 省生态环境厅 is the commission)."""
    cleaned = []
    for raw in reversed(names):
        name = _NUMBER_END.sub("", re.sub(r"\s+", "", raw or ""))
        cleaned.append(name if office else _OFFICE.sub("", name))  # 我部 of 生态环境部办公厅 is 生态环境部
    # stable: within each group the last printed first
    cleaned.sort(key=lambda name: not (kind and (m := _KIND.search(name)) and m.group()[0] == kind))
    for name in cleaned:
        if not name:
            continue
        local = [x for x in find_local(name, place) if x[1] == len(name)]
        if local:
            x = min(local, key=lambda y: y[0])
            return x[2], x[3], x[4]
        lexicon = [a for s, e, a in matcher.find(name, 0, len(name), None) if e == len(name)]
        if lexicon:
            return lexicon[0], None, None
    return None


def find_self_references(text: str, names: list[str], place, matcher):
    """(start, end, actor, jurisdiction, level) of each self-reference given an act or a report; level None
    for a lexicon actor."""
    hits = [m for m in _SELF.finditer(text)
            if _RECIPIENT.search(text, max(0, m.start() - 3), m.start()) or _ACT.match(re.sub(r"\s+", "", text[m.end():m.end() + 12]))]
    if not hits:
        return []
    out = []
    for m in hits:
        actor = issuer_actor(names, place, matcher, office=m.group().endswith("办"), kind=m.group()[-1])
        if actor is not None:
            out.append((m.start(), m.end(), *actor))
    return out

"""A share of a population whose label is a fragment of its phrase, named again as the genre names it (issue 14 class 5:
a label names the indicator, never a fragment of it; lane LB6).

A share printed before the population it is of and the state that population reaches (80%以上的园区实施循环化改造;
不少于85%的县级及以上党政机关建成节约型机关; 25%以上的城市社区参与创建行动并达到创建要求) is named by ``heads.share_label``
when ``targets.py`` reads it as a share: the state, 的, the population, 比例 (实施循环化改造的园区比例). Where it does not
(a comparator word before the share, a verb of the state outside ``share-verb``, a population read up to the last
verb of a state that joins two: 城市社区参与创建行动并|达到…), the label is left as the population alone (园区), the
phrase as printed (县级及以上党政机关建成节约型机关), or the phrase and 的比例 in the printed order. Here, after every
target tagger, the label of a target in % whose phrase right after the value (a qualifier 以上/左右 and 的 between) is a
population, a verb of the state (``share-verb`` and ``share-state-verb`` of ``ontology/target_cues.tsv``, the first verb
after the population) and a state to the clause's end, and whose label is that population, that phrase, or that phrase
with 比例, is named by ``heads.share_label`` from that reading; its concept with it. The value, its span, its comparator
and its layer stay, and which targets are found does not change: nothing here reads a value.
"""
from __future__ import annotations

import re

from kg.annotate import heads
from kg.annotate.indicators import label_key
from kg.lexicon import cue
from kg.annotate.renamed import renamed
from kg.model import Annotation

_VERB = r"(?:" + cue("target_cues.tsv", "share-verb") + "|" + cue("target_cues.tsv", "share-state-verb") + r")"
_QUALIFIER = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?")
# the population (no 的, digit or clause mark), the first verb of the state after it, the state to the clause's end
_SHARE_OF = re.compile(r"\s*的?\s*([^，；。的\d、]{2,12}?)(" + _VERB + r")((?:“[^“”，；。]{1,30}”|[^，；。“]){1,14}?)(?=$|[，；。]|、(?=\d))")
_GLOSS = re.compile(r"（[^（）]{4,}）|\([^()]{4,}\)")


def reading(x: Annotation, text: str) -> tuple[str, str, str] | None:
    """The population, verb and state of the share phrase printed right after ``x``'s value, else None."""
    end = x.get("value_end")
    if x.get("unit") != "%" or not isinstance(end, int):
        return None
    tail = text[end: max(x.get("clause_end") or 0, end + 40)]
    tail = _GLOSS.sub("", tail[_QUALIFIER.match(tail).end():])
    m = _SHARE_OF.match(tail)
    return (m.group(1), m.group(2), m.group(3)) if m else None


def relabel(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` (targets) with each share whose label is its population alone or its phrase as printed named as the
    genre names a share (the state, 的, the population, 比例); every other annotation as it was."""
    out = []
    for x in found:
        share = reading(x, text)
        if share is None:
            out.append(x)
            continue
        population, verb, state = share
        whole = population + verb + state
        printed = label_key(x.get("indicator_text") or "")
        named = heads.share_label(population, verb, state)
        if printed not in {label_key(population), label_key(whole), label_key(whole + "比例")} \
                or label_key(named) == printed:
            out.append(x)
            continue
        out.append(renamed(x, named))
    return out

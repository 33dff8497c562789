"""Groups named as the object of a guidance printed as a noun (issue 14, class 7; lane ar4; key convention 1 of
corpus/keys/README.md): 加强对企业和居民采购绿色产品的引导, 加强对民营企业和居民采购绿色产品的引导 — the formula of the national
促进绿色消费实施方案 that provincial and city plans copy. The guidance moves the groups to the act printed right after them
(采购, 购买, 使用 …), as 引导企业和居民采购绿色产品 would: each group is the one a pivot moves to act, an actor (as the keys of
357, 79, 106 and 239 have 居民 and 民营企业). The groups end in a head of the genre's groups (企业, 居民, 消费者 …); a
plan, a project or a fund after 对 (对本方案落实情况的指导, 对绿色低碳项目实施…的支持力度) is none, and neither is a guidance whose
object does nothing (对自然保护区规划与实施的指导). Words: ``ontology/actor_cues.tsv`` guided-*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue

_HAN = r"[\u4e00-\u9fff]"
_ITEM = _HAN + r"{0,6}?(?:" + cue("actor_cues.tsv", "guided-head") + r")"
_RX = re.compile(r"对(?P<list>" + _ITEM + r"(?:(?:和|、|及)" + _ITEM + r")*)(?:" + cue("actor_cues.tsv", "guided-act") + r")"
                 r"[^，。；]{0,24}?的(?:" + cue("actor_cues.tsv", "guided-noun") + r")")
_JOIN = re.compile(r"和|、|及")


def find_guided_groups(text: str):
    """(start, end, name) of each group a guidance printed as a noun moves to act. The group after 对 is no object there:
    ``modifiers.drop_modifiers`` keeps it (its ``object_of``)."""
    for m in _RX.finditer(text):
        pos = m.start("list")
        for part in _JOIN.split(m.group("list")):
            yield pos, pos + len(part), part
            pos += len(part) + 1

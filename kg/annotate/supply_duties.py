"""Trades listed before a duty not to supply single-use items (key conventions 1, 4, 26 of corpus/keys/README.md;
issue 14, class 7).

The national single-use plastics policy is restated across the genre: 倡导酒店、餐饮等行业不主动提供一次性用品; 引导星级
宾馆、酒店、餐饮行业不主动提供…; 全市所有宾馆、酒店、民宿不再主动提供一次性塑料用品. Each trade listed right before the
duty (``supply-duty``) is bound by it: a non-state actor, named as printed after the words that open the list and are
no part of it (``supply-duty-scope``: 倡导, 全市所有), with 行业 carried over each trade where the list closes with
等行业 (酒店、餐饮等行业 → 酒店行业, 餐饮行业: convention 4; 星级宾馆、酒店、餐饮行业 as printed); 等场所 and 等 name no
group (convention 26).
The words are data: ``ontology/actor_cues.tsv`` supply-duty*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue_words
from kg.annotate.bodies import ident
from kg.annotate.places import Place
from kg.annotate import scan

_CUES = "actor_cues.tsv"


def _alt(kind: str) -> str:
    return "(?:" + "|".join(sorted(cue_words(_CUES, kind), key=len, reverse=True)) + ")"


_LIST = re.compile(r"(?:(?<=[，。；：\s、])|(?<=年)|(?<=底)|^)(?P<scope>%s)*(?P<items>(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}?)"
                   r"(?P<close>%s)?(?=%s)" % (_alt("supply-duty-scope"), _alt("supply-duty-close"), _alt("supply-duty")))


def find_supply_duties(text: str):
    """(start, end, actor id, Place, level) for each trade listed right before a duty not to supply."""
    for m in scan.finditer(_LIST, text):
        carry = "行业" if m.group("close") == "等行业" else ""
        pos = m.start("items")
        for item in m.group("items").split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            name = item if item.endswith("行业") or not carry else item + carry
            yield s, e, ident(None, "any", name), Place(None, None), "any"

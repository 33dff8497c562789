"""Sectors a verb moves to act, printed as a list of bare fields closed by 等 and 行业 (issue 14, class 7; lane AR8,
corpus/ar8-actor-forms.md): 推动汽修、装修装饰等行业使用低挥发性有机物含量原辅材料 is two groups, 汽修行业 and 装修装饰行业, one
per field (key conventions 1 and 4 and C8's case *sectors given an act*; the development keys 106, 111, 360, 75, 200, 440,
508, 242 and 365 key them so). The list opens right after a verb that moves groups (``actor_cues.tsv`` sector-list), its
fields are bare words at jieba's cuts (two to six characters, no function word, no name of a group or body of their own:
``carried-head-item-not``; no actor over them), and the list acts (``acting.acts``: an act after 行业) without only
changing (推动钢铁、建材等行业绿色转型, …绿色化改造, …率先达峰: convention 53, ``unacting.changes_only`` and
``actor_cues.tsv`` sector-list-change; an act of its own before the change stays: 实施节能改造). A word between 等 and 行业 (等传统高耗能行业,
等重点行业) names the class the list belongs to: the fields are read all the same, the class (convention 26's row of its
own) is not read here. A list with a head after 行业 (等行业企业, 等行业重点企业) is ``sector_groups``'; 在…等行业开展…,
以…等行业为重点 (a scope, no verb that moves groups before the list) are none. Rule actor-sector-list."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.acting import acts, qualifies
from kg.annotate.base import make
from kg.annotate.bodies import ident, verb_words
from kg.annotate.unacting import changes_only

_LIST = re.compile(cue("actor_cues.tsv", "sector-list"))
_NOT_IN = re.compile(cue("actor_cues.tsv", "carried-head-item-not"))
_CHANGE = re.compile(cue("actor_cues.tsv", "sector-list-change"))
_JOINED = re.compile(r"[和及与或]")
_HEAD = "行业"


def find_sector_lists(text: str, actors: list, cuts: frozenset[int]) -> list:
    """``actors`` with one group per field of each list of the module's form (rule actor-sector-list)."""
    ordered = sorted(cuts)
    added = []
    for m in _LIST.finditer(text):
        s, e = m.start("items"), m.end()
        if m.end("pivot") not in cuts or s not in cuts:
            continue
        fields, pos = [], s
        for item in m.group("items").split("、"):
            fields.append((pos, pos + len(item)))
            pos += len(item) + 1
        if any(not (2 <= fe - fs <= 6) or fs not in cuts or fe not in cuts or _NOT_IN.search(text[fs:fe]) or _JOINED.search(text[fs:fe])
               for fs, fe in fields) or any(a.start < e and s < a.end for a in actors) or _opens_with_verb(text, fields[0], cuts):
            continue  # a body or a group among the fields, two joined in one (绿氢和煤化工), an actor across the list, 支持开展化工…
        if not acts(text, s, e, cuts, ordered) or qualifies(text, s, e) or changes_only(text, e) or _CHANGE.match(text, e):
            continue  # 推动…等行业绿色化改造, …率先达峰, …进行绿色低碳升级改造: the sectors only change (convention 53)
        added += [make("actor", fs, fe, "actor-sector-list", actor=ident(None, "any", text[fs:fe] + _HEAD), jurisdiction=None)
                  for fs, fe in fields]
    return sorted([*actors, *added], key=lambda x: (x.start, x.end))


def _opens_with_verb(text: str, field: tuple[int, int], cuts: frozenset[int]) -> bool:
    """Whether the list's first field opens with a verb's word shorter than the field (支持开展化工、水泥…: 开展 is the
    pivot's act, no sector); a sector that is a verb's word whole (造纸, 铸造) stays."""
    fs, fe = field
    at = next((k for k in range(fs + 1, fe) if k in cuts), fe)
    return at < fe and verb_words().get(text[fs:at]) == "v"

"""A group's head printed once for a list of groups (issue 14, class 7; key convention 4 for groups of society):
推动风电装备、水电装备和智能电网装备领域企业加快…, 引导变压器关键材料生产、零部件供应、整机制造企业协同…,
鼓励燃气、燃油锅炉用户改造…. The tagger reads the last item whole (智能电网装备领域企业, an acting group); each
item before it, joined by 、/和/及/与, is the same kind of group with the head the last item adds after its own
modifier: as many jieba words off the last name's front as the item before it has (风电装备 + 领域企业, 燃气 +
锅炉用户, 零部件供应 + 企业). The head must end in a head of a group a verb makes act (``body_forms.tsv``
addressed-head); an item that is already an actor or ends in such a head itself (高校和骨干企业: 高校) is a group of
its own, not a modifier (``actor_cues.tsv`` carried-head-item-not: 数据中心、外向型企业, 银行、基金、保险机构); a verb
that moves groups (``group-pivot``) opens the list, and its last group acts or qualifies nothing after it."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.acting import acts, qualifies
from kg.annotate.base import dictionary_tags, make
from kg.annotate.bodies import forms, ident
from kg.annotate import scan

_JOINER = re.compile(cue("actor_cues.tsv", "carried-head-joiner"))
_NOT_IN = re.compile(cue("actor_cues.tsv", "carried-head-item-not"))
_PIVOT = re.compile(cue("actor_cues.tsv", "group-pivot"))
_COMMA = re.compile("、")
_FIELD_LIST = re.compile(cue("actor_cues.tsv", "field-group-list"))


@lru_cache(maxsize=None)
def _heads() -> tuple[str, ...]:
    return forms()["addressed-head"]


def _words(cuts: frozenset[int], s: int, e: int) -> int:
    return sum(1 for p in range(s + 1, e + 1) if p in cuts)


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _opens_with_verb(text: str, at: int) -> bool:
    """Whether the longest word of jieba's dictionary at ``at`` is a verb (v, vn): the list's first item opening so
    is the object of that verb, not a modifier of the group's head (开展炼油、乙烯…企业)."""
    tags = dictionary_tags()
    word = next((text[at:at + n] for n in (4, 3, 2) if text[at:at + n] in tags), "")
    return tags.get(word) in ("v", "vn")


def _items(text: str, s: int, cuts: frozenset[int], taken: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], bool]:
    """The items printed before the group at ``s``, nearest first: each after a joiner (the one before the group
    any of ``carried-head-joiner``, those before it 、), opening at the 、 before it, after a verb that moves a group
    (``group-pivot``) or at its clause's opening; none past an item that is an actor or a group of its own. Also
    whether a verb that moves groups opens the list."""
    out: list[tuple[int, int]] = []
    pos = s
    while True:
        rx = _JOINER if pos == s else _COMMA
        j = next((m for m in rx.finditer(text, max(0, pos - 3), pos) if m.end() == pos), None)
        if j is None:
            return out, False
        end = start = j.start()
        while start > 0 and _han(text[start - 1]) and end - start < 14:
            start -= 1
        opened = start == 0 or not _han(text[start - 1])
        run = text[start:end]
        if not opened and text[start - 1:start] != "、":
            return out, False  # a run too long to be one item
        pivot = [m for m in _PIVOT.finditer(run) if start + m.end() in cuts]
        if pivot:
            start += pivot[-1].end()
        if start not in cuts or end not in cuts or end - start < 2 or _NOT_IN.search(text[start:end]) \
                or text[start:end].endswith(_heads()) or any(ts < end and start < te for ts, te in taken):
            return out, False
        if (pivot or text[start - 1:start] != "、") and _opens_with_verb(text, start):
            return [], False  # 组织开展炼油、乙烯、…企业现有项目…: a verb after the pivot governs the list
        out.append((start, end))
        if pivot or text[start - 1:start] != "、":
            return out, bool(pivot)
        pos = start


def head_start(text: str, item: tuple[int, int], s: int, e: int, cuts: frozenset[int]) -> int | None:
    """Where the head the group at [s, e) shares with ``item`` opens: after the item's last word printed again in the
    group (风电装备 / 智能电网装备领域企业 → 领域企业), else at the cut as many characters into the group as the item has
    (零部件供应 / 整机制造企业 → 企业: a character more or less) where the rest is a head alone, else none (燃气 /
    燃油锅炉用户: no cut after 燃油; 施工 / 部品部件生产企业: 部件生产企业 no head alone)."""
    inner = [p for p in range(s + 1, e) if p in cuts]
    last = max((p for p in range(item[0], item[1]) if p in cuts), default=item[0])
    word = text[last:item[1]]
    at = text.rfind(word, s, e)
    if len(word) >= 2 and at > s and at + len(word) in inner:
        return at + len(word)
    n = item[1] - item[0]
    near = [p for p in inner if abs(p - s - n) <= 1 and text[p:e] in _heads()]
    return min(near, key=lambda p: (abs(p - s - n), p)) if near else None


def carry_heads(text: str, actors: list, cuts: frozenset[int]) -> list:
    """``actors`` with the groups a head printed once stands for (see the module's doc), rule actor-carried-head."""
    taken = [(a.start, a.end) for a in actors]
    ordered = sorted(cuts)
    added = []
    for a in actors:
        if a.rule != "actor-group" or a.get("jurisdiction") is not None:
            continue  # a group read by a modifier and a head, not a lexicon name (企事业单位: 机关、企事业单位 two groups)
        items, pivot = _items(text, a.start, cuts, taken)
        if not items or not pivot or not (acts(text, a.start, a.end, cuts, ordered) or not qualifies(text, a.start, a.end)):
            continue  # only a list a verb that moves groups opens (以化工园区、尾矿库、冶炼企业等为重点: no act)
        at = head_start(text, items[0], a.start, a.end, cuts)
        head = text[at:a.end] if at is not None else ""
        if not head.endswith(_heads()):
            continue
        for s, e in items:
            added.append(make("actor", s, e, "actor-carried-head", actor=ident(None, "any", text[s:e] + head), jurisdiction=None))
    return sorted([*actors, *added], key=lambda x: (x.start, x.end))


def find_field_groups(text: str, actors: list, cuts: frozenset[int]) -> list:
    """``actors`` with the groups of a list of bare fields closed by 等 and a bare head (倡导酒店、餐饮等行业不主动
    提供…, 供电、供气、供油等单位应当…, 引导汽修、装修装饰等行业使用…): each field and the head one group (key
    conventions 1 and 4), where the list acts as a group does (``acting.acts``: a verb that moves groups before it, or
    a modal or an act after it), rule actor-field-group. No field overlapping an actor, holding a function word,
    naming a group of its own (carried-head-item-not) or opening or closing with a word of one character (海螺水泥、
    广元中孚、广旺能源等企业: firms by name, which jieba cuts into characters). 行业 is no head here: a list of sectors
    given an act of its own (推动钢铁、建材等行业开展…) is ``sector_groups.find_sector_lists``'s, one as a scope (以钢铁、石化等
    行业为重点) no group at all."""
    taken = [(a.start, a.end) for a in actors]
    ordered = sorted(cuts)
    added = []
    for m in scan.finditer(_FIELD_LIST, text):
        s, e = m.start("items"), m.end()
        lead = _PIVOT.match(text, s)  # 引导汽修、装修装饰等行业: the verb the run of Han characters took in
        lead = lead if lead and lead.end() in cuts else None
        if lead:
            s = lead.end()
        fields, pos = [], s
        for item in text[s:m.end("items")].split("、"):
            fields.append((pos, pos + len(item)))
            pos += len(item) + 1
        if len(fields) < 2 or any(not (2 <= fe - fs <= 6) or fs not in cuts or fe not in cuts or _NOT_IN.search(text[fs:fe])
                                  or fs + 1 in cuts or fe - 1 in cuts  # a word of one character: a name jieba does not know (广元中孚)
                                  or any(ts < fe and fs < te for ts, te in taken) for fs, fe in fields):
            continue
        if not lead and text[s - 1:s] not in ("，", "。", "；", "：", "\n", ""):
            continue  # the list opens after a verb that moves groups or opens its clause (加快实施钢铁、建材等行业…: no)
        if not acts(text, s, e, cuts, ordered) or qualifies(text, s, e):
            continue
        head = m.group("head")
        added += [make("actor", fs, fe, "actor-field-group", actor=ident(None, "any", text[fs:fe] + head), jurisdiction=None)
                  for fs, fe in fields]
    return sorted([*actors, *added], key=lambda x: (x.start, x.end))

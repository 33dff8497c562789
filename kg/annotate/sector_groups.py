"""A group head printed once after a list of bare fields closed by 等领域 or 等行业 (issue 14, class 7; key conventions
4 and 40 of corpus/keys/README.md, confirmed by C9): 鼓励并支持工业、交通、电力、建筑、公共机构等领域重点用能单位开展…
is five groups, 工业领域重点用能单位 …, one per field (the field, 领域/行业 and the head), where the list acts as a group
does (``acting.acts``: a verb that moves groups before it, or a modal or an act after it) and qualifies nothing after
it. The list opens after a verb that moves groups (``group-pivot``, the last one on a word boundary) or at its clause's
opening; no field overlapping an actor found by a name (a body: only lexicon names and groups may lie inside the list), holding a function word or naming a group of its own
(``carried-head-item-not``), opening or closing with a word of one character. The head read alone (重点用能单位, 企业)
over the same words gives way: 等 is a bare classifier (convention 40). ``group_heads.find_field_groups`` reads the lists
closed by a bare head (酒店、餐饮等行业…). The list and heads are data: ``ontology/actor_cues.tsv`` sector-group-list. Rule
actor-sector-group.

``find_sector_lists`` reads the same lists closed by 等行业 with no head after it where the list acts (推动汽修、装修装饰等
行业使用…, 推动钢铁、焦化等行业提高煤炭利用效率, 钢铁、铁合金、金属锰等冶金行业严格控制新增产能): each field + 行业 one
group, and a word between 等 and 行业 (冶金, 传统高耗能, 重点) names the class, a group of its own (convention 26). Not a
count (等八大重点行业), a list that only changes (推动钢铁、建材等行业绿色化改造, …率先达峰: convention 53), a verb opening the
first field (严格执行钢铁、…), a noun the sectors possess after 行业 (…等行业产能置换), nor, with no pivot before the list, an
act that opens with no modal or verb of doing (…等重点行业和数据中心达到…: an aim's subject). Lane AR9: the keys of
dev18/dev19 key such lists; ``actor_cues.tsv`` sector-list, sector-list-kind-not, sector-list-change,
sector-list-opening-not, sector-list-act-opening. Rule actor-sector-list."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.acting import acts, qualifies
from kg.annotate.base import dictionary_tags, make
from kg.annotate.bodies import ident
from kg.annotate import scan

_LIST = re.compile(cue("actor_cues.tsv", "sector-group-list"))
_HEADLESS = re.compile(cue("actor_cues.tsv", "sector-list"))
_KIND_NOT = re.compile(cue("actor_cues.tsv", "sector-list-kind-not"))
_CHANGE = re.compile(cue("actor_cues.tsv", "sector-list-change"))
_OPENING_NOT = re.compile(cue("actor_cues.tsv", "sector-list-opening-not"))
_ACT_OPENING = re.compile(cue("actor_cues.tsv", "sector-list-act-opening"))
_PIVOT = re.compile(cue("actor_cues.tsv", "group-pivot"))
_NOT_IN = re.compile(cue("actor_cues.tsv", "carried-head-item-not"))
_OPENING = ("，", "。", "；", "：", "\n", "")
_GROUP_RULES = ("actor-group", "actor-lexicon")
_GOVERNING = ("v", "vn", "vd", "d", "ad")  # jieba tags of a word that makes the list its object


def _opening(text: str, s: int, first_end: int, cuts: frozenset[int]) -> int | None:
    """Where the list's first field opens: after the last verb that moves groups inside the run before its first 、
    (鼓励并支持工业 → 工业), else at the run's start if its clause opens there with no verb or adverb in the first field (持续推进化工、…, 结合印染、…:
    the verb's object); else none."""
    pivots = [m for m in _PIVOT.finditer(text, s, first_end) if m.end() in cuts and m.end() < first_end]
    if pivots:
        return pivots[-1].end()
    if text[s - 1:s] not in _OPENING:
        return None
    tags = dictionary_tags()  # 持续推进化工、…, 结合印染、…: a verb or an adverb opening the clause governs the list
    for at in (p for p in range(s, first_end - 1) if p in cuts):
        word = next((text[at:at + n] for n in (4, 3, 2) if at + n <= first_end and text[at:at + n] in tags), "")
        if tags.get(word) in _GOVERNING:
            return None
    return s


def find_sector_groups(text: str, actors: list, cuts: frozenset[int]) -> list:
    """``actors`` with one group per field of each list of the module's form (rule actor-sector-group); a group read
    over the 等 and the head of such a list, or over a field, gives way."""
    ordered = sorted(cuts)
    added, dropped = [], set()
    for m in scan.finditer(_LIST, text):
        read = _read(text, m, actors, cuts, ordered)
        if read is None:
            continue
        fields, inside = read
        tail = m.group("kind") + m.group("head")
        dropped.update(id(a) for a in inside)
        added += [make("actor", fs, fe, "actor-sector-group", actor=ident(None, "any", text[fs:fe] + tail), jurisdiction=None)
                  for fs, fe in fields]
    return sorted([*(a for a in actors if id(a) not in dropped), *added], key=lambda x: (x.start, x.end))


def find_sector_lists(text: str, actors: list, cuts: frozenset[int]) -> list:
    """``actors`` with one group per field of each list of sectors closed by 等行业 and no head (rule actor-sector-list),
    and the class between 等 and 行业 when one is printed (冶金行业); a group read over a field or the class gives way."""
    ordered = sorted(cuts)
    added, dropped = [], set()
    for m in scan.finditer(_HEADLESS, text):
        kind = m.group("kind")
        if kind and (_KIND_NOT.search(kind) or m.start("kind") not in cuts) or _CHANGE.match(text, m.end()):
            continue  # 等八大重点行业: a count; 推动钢铁、建材等行业绿色化改造: a change only (convention 53)
        read = _read(text, m, actors, cuts, ordered)
        if read is None or _OPENING_NOT.match(text, read[0][0][0]):
            continue  # 严格执行钢铁、水泥…等行业产能置换规定: a verb opens the first field, the list its object
        if text[read[0][0][0] - 1:read[0][0][0]] in _OPENING and not _ACT_OPENING.match(text, m.end()):
            continue  # no pivot before the list: only an act it opens (…等冶金行业严格控制…), not an aim or a state (…等行业仍占主导)
        fields, inside = read
        dropped.update(id(a) for a in inside)
        named = [(fs, fe, text[fs:fe] + "行业") for fs, fe in fields] + ([(m.start("kind"), m.end(), kind + "行业")] if kind else [])
        added += [make("actor", fs, fe, "actor-sector-list", actor=ident(None, "any", name), jurisdiction=None) for fs, fe, name in named]
    return sorted([*(a for a in actors if id(a) not in dropped), *added], key=lambda x: (x.start, x.end))


def _read(text: str, m: re.Match, actors: list, cuts: frozenset[int], ordered: list[int]):
    """The fields of the list ``m`` matched (its group ``items``, the last field ending at its first 等) and the actors read
    inside it, where the list opens after a verb that moves groups or at its clause's opening, each field a run of whole
    words, no body among them, and the list acts; else None."""
    first_end = m.start("items") + m.group("items").index("、")
    s = _opening(text, m.start("items"), first_end, cuts)
    if s is None:
        return None
    e = m.end()
    fields, pos = [], s
    for item in text[s:m.end("items")].split("、"):
        fields.append((pos, pos + len(item)))
        pos += len(item) + 1
    inside = [a for a in actors if s <= a.start and a.end <= e]
    if any(not (2 <= fe - fs <= 8) or fs not in cuts or fe not in cuts or _NOT_IN.search(text[fs:fe])
           or fs + 1 in cuts or fe - 1 in cuts for fs, fe in fields) \
            or any(a.rule not in _GROUP_RULES for a in inside) \
            or any(a.start < e and s < a.end and a not in inside for a in actors):
        return None  # a body among the fields, an actor across the list's edge, a firm's name cut into characters
    if not acts(text, s, e, cuts, ordered) or qualifies(text, s, e):
        return None
    return fields, inside

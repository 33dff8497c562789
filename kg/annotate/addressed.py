"""Non-state groups a measure addresses: the object of a verb that makes it act (鼓励电商平台设立…,
支持制造企业加强…, 督促寄递企业采购…, 倡导星级饭店、旅游景区和文博场馆等践行…). A head word alone
(企业, 平台, 学校) names a group only in this position, never anywhere: the verb before it
(``actor_cues.tsv`` addressing-verb), the list of groups ending in a head (``body_forms.tsv``
addressed-head) joined by 、/和/及/与, then the act (a word jieba's dictionary tags as a verb, or
``actor_cues.tsv`` addressed-after: 积极, 大力, 在 …). 推动产业平台建设, 支持企业技术中心 name no group:
a noun follows the head. Each group is non-state, of no jurisdiction
(kg/annotate/actors.py reads them as it reads ``bodies.find_modified_groups``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.agent_nouns import agent_word
from kg.annotate.bodies import forms, verb_words

_HAN = r"[\u4e00-\u9fff]"
_VERB = re.compile(r"(?:" + cue("actor_cues.tsv", "addressing-verb") + r")")
_JOIN = re.compile(r"、|以及|和|及|与")
_ETC = re.compile(r"等(?:各类|有关|相关)?")
_STRIP = re.compile(r"(?:" + cue("actor_cues.tsv", "addressed-strip") + r")")
_AFTER = re.compile(r"(?:" + cue("actor_cues.tsv", "addressed-after") + r")")
_NOT_IN = frozenset(cue("actor_cues.tsv", "addressed-not-in").split("|"))
_VERB_JOIN = re.compile(r"(?:" + cue("actor_cues.tsv", "addressed-verb-join") + r")")
_COLLECTIVE_END = tuple(cue("actor_cues.tsv", "addressed-collective-end").split("|"))
_LONGEST = 12  # characters of a group's name
_MODIFIER_VERBS = frozenset(cue("actor_cues.tsv", "addressed-modifier-verb").split("|"))  # 餐饮外卖平台
_CAMPAIGN = re.compile(r"(?:" + cue("actor_cues.tsv", "addressed-campaign") + r")")
_TITLED = tuple(cue("actor_cues.tsv", "addressed-titled-head").split("|"))
_NOT_SHARING = re.compile(r"(?:" + cue("actor_cues.tsv", "shared-head-not-end") + r")$")


@lru_cache(maxsize=None)
def _heads() -> tuple[str, ...]:
    return forms().get("addressed-head", ())


@lru_cache(maxsize=None)
def _joined_heads() -> tuple[str, ...]:
    return _heads() + forms().get("addressed-joined-head", ())


def _item(text: str, pos: int, cuts: frozenset[int], ordered: list[int], joined: bool = False, agents: bool = False) -> int | None:
    """The end of the shortest group's name from ``pos``: Han script ending in a head at a jieba cut (a head
    of ``addressed-joined-head`` only after a joiner: 企业、商户和个人), with no 的, conjunction or preposition
    (提供服务的企业 describes, 园区和企业 joins two, 电价向用户 is no name) and no verb after its first word
    (支持高校联合科技企业…: 联合 makes 高校 act on the firms). With ``agents``, the name ends instead in a word naming
    members by what they do, with no verb before it (鼓励汽车经销商…: ``agent_nouns.agent_word``): asked only where
    the heads read no name."""
    heads = _joined_heads() if joined else _heads()
    for end in range(pos + 1, min(len(text), pos + _LONGEST) + 1):
        ch = text[end - 1]
        if not re.match(_HAN, ch) or ch in _NOT_IN:
            return None
        if text.startswith("内", end):
            continue  # 社区内居民, 园区内企业: the place's inside, the group is named after it
        if end in cuts and text[pos:end].endswith(_COLLECTIVE_END):
            return None  # 厅属各单位: a collective of the issuer's units (convention 14), no non-state group
        if end not in cuts or end - pos < 2:
            continue
        if agents:
            inner = ordered[bisect.bisect_right(ordered, pos):bisect.bisect_left(ordered, end)]
            if len(inner) >= 2 and end - inner[-1] == 1:
                inner = inner[:-1]  # 个体/回收/者: jieba cuts the suffix off, the agent word is 回收者
            if agent_word(text[inner[-1] if inner else pos:end]):  # every word before it a modifier (推动建立排污者付费: 建立 acts)
                words = [text[a:b] for a, b in zip([pos, *inner], inner)]
                return None if any(verb_words().get(w) == "v" and w not in _MODIFIER_VERBS for w in words) else end
        elif text[pos:end].endswith(heads):
            nxt = ordered[bisect.bisect_right(ordered, end)] if bisect.bisect_right(ordered, end) < len(ordered) else end
            if text[end:nxt].endswith(heads) and text[end:nxt] not in heads and re.fullmatch(_HAN + "+", text[end:nxt]):
                continue  # 中外资金融机构: a named kind of a head right after the head, which is its modifier (外资 of
                # 外资金融机构); a bare head after it (居民社区, 社区居民) is left as before
            inner = ordered[bisect.bisect_right(ordered, pos):bisect.bisect_left(ordered, end)]
            head = end - max(len(h) for h in heads if text.endswith(h, 0, end))
            words = [(a, text[a:b]) for a, b in zip(inner, inner[1:] + [end])]
            # the head itself is no verb, whatever jieba's dictionary tags (超市 'v'; 服务/组织 of the head 服务组织)
            return None if any(verb_words().get(w) == "v" and w not in _MODIFIER_VERBS for a, w in words
                               if not w.endswith(heads) and a < head) else end
    return None


def _shared_head(text: str, pos: int, cuts: frozenset[int], ordered: list[int]):
    """(start, end, name) of a first item that prints no head and takes the head of the item after the joiner
    (引导电商和快递企业…: 电商 → 电商企业): one jieba word of 2–3 Han characters, no verb, ending in no
    ``shared-head-not-end`` character (区域、行业和企业 are things of their own); the next item ends in a
    ``body_forms.tsv`` shared-head after a modifier of two or more characters."""
    i = bisect.bisect_right(ordered, pos)
    if i >= len(ordered):
        return None
    k = ordered[i]
    word = text[pos:k]
    if not re.fullmatch(_HAN + "{2,3}", word) or verb_words().get(word) == "v" or _NOT_SHARING.search(word):
        return None
    j = _JOIN.match(text, k)
    if not j or j.group(0) == "以及" or j.end() not in cuts:
        return None
    end = _item(text, j.end(), cuts, ordered, True)
    head = next((h for h in forms().get("shared-head", ()) if end is not None and text.endswith(h, 0, end)), None)
    if head is None or end - len(head) - j.end() < 2 or _STRIP.match(text, j.end()) or text.startswith(("有关", "相关", "各"), j.end()):
        return None  # 各市县和有关单位: a generic item shares nothing
    return pos, k, word + head


_PART_VERB = re.compile(r"(?:" + cue("actor_cues.tsv", "addressed-part-verb") + r")")
_PART = re.compile(r"(?:" + cue("actor_cues.tsv", "addressed-part") + r")")
_PART_NOT = tuple(cue("actor_cues.tsv", "addressed-part-not-head").split("|"))
_PART_NOT_START = re.compile(r"(?:" + cue("actor_cues.tsv", "addressed-part-not-start") + r")")


def _played(text: str, pos: int, items: list) -> bool:
    """Whether 作用 closes the part 发挥 gives the list ending at ``pos`` (充分发挥行业组织、科研院校的作用), its groups no
    money (发挥政府投资基金引导作用: ``addressed-part-not-head``)."""
    return bool(_PART.match(text, pos)) and not any(name.endswith(_PART_NOT) for _, _, name in items)


_PLAIN = re.compile(_HAN + r"{1,10}?(?=、|和|及|与|等)")


def _plain_item(text: str, pos: int, cuts: frozenset[int], ordered: list[int]) -> int | None:
    """The end of an item of the list that no head reads, after one that a head reads, so that the list is read on to
    its act (引导游客、市民、志愿者团队等广泛参与…, 引导银行、基金、保险等通过…投向…): Han script up to a joiner or 等 at a jieba
    cut, no character of ``addressed-not-in`` and no word jieba's dictionary tags a verb (鼓励开展…、…: an act, no item).
    The item itself names no group here."""
    m = _PLAIN.match(text, pos)
    if m is None or m.end() not in cuts or any(c in _NOT_IN for c in m.group(0)):
        return None
    inner = ordered[bisect.bisect_right(ordered, pos):bisect.bisect_left(ordered, m.end())]
    words = [text[a:b] for a, b in zip([pos, *inner], [*inner, m.end()])]
    return None if any(verb_words().get(w) == "v" for w in words) else m.end()


def _acts(text: str, pos: int, cuts: frozenset[int], ordered: list[int]) -> bool:
    """Whether the words at ``pos`` state an act: a verb, an adverb of one, or 等 before either or before the
    group the list names (商场、超市等流通企业设立…)."""
    m = _ETC.match(text, pos)
    if m:
        pos = m.end()
        group = _item(text, pos, cuts, ordered) if pos in cuts else None
        if group is not None:
            pos = group
    if _AFTER.match(text, pos):
        return True
    i = bisect.bisect_right(ordered, pos)
    word = text[pos:ordered[i]] if i < len(ordered) else ""
    return verb_words().get(word) == "v"


def find_addressed_groups(text: str, cuts: frozenset[int]):
    """(start, end, name) for each group of a list a verb makes act; the verb and
    every name start at jieba cuts."""
    ordered = sorted(cuts)
    for m in _VERB.finditer(text):
        if m.start() not in cuts or m.end() not in cuts:
            continue  # 支持性, 引导员: the verb is part of another word
        pos, items, joined = m.end(), [], False
        last = pos
        join = _VERB_JOIN.match(text, pos)
        if join and not _VERB.match(text, join.end()):
            continue  # 保护要求和村民应承担的责任: 要求 a noun joined to the next one, no verb (引导和鼓励企业… is)
        while pos in cuts or joined:  # jieba may glue a joiner to the next name (和文/博/场馆)
            lead = _STRIP.match(text, pos) or _VERB.match(text, pos)
            while lead and lead.end() in cuts:  # 鼓励支持企业…, 引导并规范生产企业…: the verbs are no name
                pos = lead.end()  # 支持市内物流企业…: the group is 物流企业
                lead = _STRIP.match(text, pos) or _VERB.match(text, pos)
            end = _item(text, pos, cuts, ordered, joined)
            shared = _shared_head(text, pos, cuts, ordered) if end is None and not items else None
            if end is None and shared is None:
                end = _item(text, pos, cuts, ordered, joined, True)  # 鼓励汽车经销商…: an agent noun, where no head reads
                if end is not None and not _JOIN.match(text, end) and not _acts(text, end, cuts, ordered):
                    end = None  # 志愿者团队: the agent word qualifies the noun after it, the item is read plain
            if shared is not None:  # 电商和快递企业: 电商 takes 企业 from the item after it
                items.append(shared)
                last = shared[1]
                pos, joined = shared[1] + len(_JOIN.match(text, shared[1]).group(0)), True
                continue
            if end is None:
                end = _plain_item(text, pos, cuts, ordered) if items else None  # 引导游客、市民、志愿者团队等…: an item no head reads
                if end is None:  # none first: 危险化学品生产、储存、经营企业 share the head (carry_heads), 各市县和有关单位 are collectives
                    break
                last = end
            else:
                items.append((pos, end, text[pos:end]))
                last = end
            j = _JOIN.match(text, end)
            if not j:
                break
            pos, joined = j.end(), True
        if _PART_VERB.fullmatch(m.group(0)) and _PART_NOT_START.match(text, m.end()):
            continue  # 发挥其…作用: the part is the one named before
        if not items or not (_played(text, last, items) if _PART_VERB.fullmatch(m.group(0)) else _acts(text, last, cuts, ordered)):
            continue  # 发挥…: a part, closed by 作用, not an act
        if any(name.startswith(_AWARDED) and (_CAMPAIGN.match(text, last) or name.endswith(_TITLED)) for _, _, name in items):
            continue  # 推动绿色社区创建: the campaign that awards the title; 支持智慧社区应用: a project's title
        for s, e, name in items:
            yield s, e, name


_BEARER_VERB = re.compile(r"(?:" + cue("actor_cues.tsv", "duty-bearer-verb") + r")")
_DUTY = re.compile(r"[\u4e00-\u9fff]{0,8}?责任")


def find_duty_bearers(text: str, cuts: frozenset[int]):
    """(start, end, name) for a group a duty is laid on (压实排污单位自行监测责任, 落实企业主体责任): the verb
    (``actor_cues.tsv`` duty-bearer-verb), one group of ``addressed-head`` (建设单位和施工单位: two), then words
    ending in 责任 with no joiner or 的 (落实古树名木管护责任单位或责任 names no group)."""
    ordered = sorted(cuts)
    for m in _BEARER_VERB.finditer(text):
        if m.start() not in cuts or m.end() not in cuts:
            continue
        pos, items = m.end(), []
        while pos in cuts:
            end = _item(text, pos, cuts, ordered, bool(items))
            if end is None:
                break
            items.append((pos, end, text[pos:end]))
            j = _JOIN.match(text, end)
            if not j or j.group(0) == "以及":
                break
            pos = j.end()
        duty = _DUTY.match(text, items[-1][1]) if items else None
        if duty and not any(c in _NOT_IN for c in duty.group(0)) and not any(n.endswith("主体") or "各" in n for _, _, n in items):
            yield from items  # 落实地方主体责任: 主体责任 is one word; 各区各部门各单位: collectives.find_unit_collectives


_AWARDED = tuple(cue("actor_cues.tsv", "list-member-not-start").split("|"))
_LIST_ITEM = re.compile(r"(?<=、)(?P<name>" + _HAN + r"{2,10}?)(?=、|等|和|及|以及|[，。；：）)\n])")


def find_list_members(text: str, cuts: frozenset[int], actors: list[tuple[int, int]]):
    """(start, end, name) for a group named beside known actors in one list (发挥行业协会、智库、第三方机构等
    作用; 党政机关、学校、医院等公共机构): an item after 、 that ends in a head of ``body_forms.tsv``
    list-head, at jieba cuts, opening with no word of ``actor_cues.tsv`` list-member-not-start (绿色学校 is a
    title a campaign awards, 节约型机关、绿色家庭、绿色学校 a list of them), when the item before or after it is an actor (``actors``:
    the spans already tagged). The first item of a list is left alone: a verb may open it."""
    heads = forms().get("list-head", ())
    stops = _AWARDED
    ends = {e for _, e in actors}
    starts = {s for s, _ in actors}
    for m in _LIST_ITEM.finditer(text):
        s, e = m.span("name")
        name = m.group("name")
        if s not in cuts or e not in cuts or not name.endswith(heads) or any(c in _NOT_IN for c in name) or name.startswith(stops):
            continue
        left = s - 1 in ends  # the item before ends at this item's 、
        right = text[e:e + 1] == "、" and e + 1 in starts
        if left or right:
            yield s, e, name

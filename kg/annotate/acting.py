"""Whether a generic non-state group (企业, 公众, 社会资本, 发电行业企业 …) is given something to do where it is
printed: convention 1 of corpus/keys/README.md. A group is an actor when the text makes it act anywhere in the
policy text, and only mentioned (为企业提供服务, 对企业开展检查, 企业名单, 投诉举报企业…的问题) it is none.

It acts when, within its clause,
- a verb moves it to act (鼓励企业开展…, 引导社会资本投入…, 督促A、B和企业整改; ``actor_cues.tsv`` group-pivot;
  an act opening with a word jieba tags a noun counts: 引导企业有序开展…, 支持企业申报…, group-pivot-act),
  or it is the agent of 由 (由第三方机构核查), or a duty is laid on it (落实企业主体责任; group-duty-verb), or a part to play (发挥X作用; group-role-verb);
- it opens its clause (after an article's number or an opening word: ``group-clause-open``) and, after the other
  items of its list, a modal, an adverb of an act or a verb follows (企业应当…, 企业、高校要…, 公众积极参与…;
  ``group-act-after``, jieba's verbs), or the part the text gives it (政府引导、企业主体、社会参与).

The words are data (``ontology/actor_cues.tsv``); the groups this reads are the rows of ``actors.tsv`` named by
``group-gated`` and the groups ``bodies.find_modified_groups`` finds by a modifier and a head.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.lexicon import cue, cue_words
from kg.annotate.base import dictionary_tags
from kg.annotate.word_tags import tagged
from kg.annotate.bodies import forms
from kg.annotate.unacting import consulted

_HAN = r"[\u4e00-\u9fff]"
_CLAUSE_END = "，。；：！？\n（）()“”《》"
_JOINERS = cue_words("actor_cues.tsv", "group-joiner")  # longest first: 以及 before 及


@lru_cache(maxsize=None)
def gated_groups() -> frozenset[str]:
    """Ids of ``actors.tsv`` rows that name a generic group (企业, 公众 …): actors only where they act."""
    return frozenset(cue_words("actor_cues.tsv", "group-gated"))


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    return {
        "after": re.compile(r"(?:" + cue("actor_cues.tsv", "group-act-after") + r")"),
        "part": re.compile(r"(?:[\u4e00-\u9fff]{2})?(?:" + cue("actor_cues.tsv", "group-part") + r")(?=[、，。；\s的]|$)"),
        "pivot-act": re.compile(r"(?:" + cue("actor_cues.tsv", "group-pivot-act") + r")"),
    }


# other items of the group's list before it: Han script with no 的, opening with no preposition, each closed by a
# joiner or 等; then a modifier the group shares (领军型、创新型骨干企业)
_ITEMS = (r"(?P<items>(?:(?!" + cue("actor_cues.tsv", "group-item-not-start") + r")(?:(?!的)[\u4e00-\u9fff（）]){1,10}?(?:"
          + cue("actor_cues.tsv", "group-joiner") + r"|等(?:各类|有关|相关)?))*"
          r"(?:[\u4e00-\u9fff]{1,4}[型类级])?)")


# a qualifier ending in 的 that picks out the group a pivot moves (有条件的, 具备条件的, 有意愿的: convention 31), no
# preposition or verb of the pivot's object inside it
_QUALIFIER = r"(?:" + cue("actor_cues.tsv", "group-pivot-qualifier") + r")的"
_QUALIFIED = re.compile(r"(?:" + cue("actor_cues.tsv", "group-pivot") + r")" + _QUALIFIER + r"$")


@lru_cache(maxsize=None)
def _left() -> dict[str, re.Pattern]:
    """The words before a group, back to its clause's start: a pivot verb, then other items of its list (鼓励高校、
    科研院所和 …); or an opening only (第十条 …, 同时, 各类 …), then other items (企业、高校要 …)."""
    opening = r"(?:" + cue("actor_cues.tsv", "group-clause-open") + r")*"
    return {
        # a qualifier ending in 的 may stand between the pivot and the list (支持有条件的高校、科研院所…组建: convention 31)
        "pivot": re.compile(r"(?P<pivot>" + cue("actor_cues.tsv", "group-pivot") + "|" + cue("actor_cues.tsv", "group-partner-verb") + r")"
                            + opening + r"(?:" + _QUALIFIER + r")?" + _ITEMS + opening + r"$"),
        "duty": re.compile(r"(?:" + cue("actor_cues.tsv", "group-duty-verb") + r")" + _ITEMS.replace("?P<items>", "") + r"$"),
        "open": re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇]{1,6}条)?\s*" + opening + _ITEMS + opening + r"$"),
        # a modifier ending in 的 after a pivot (鼓励有意愿的市场主体主动参与) or opening the clause (纳入…管理的重点排放
        # 单位加强…), not after a preposition (对于…的企业): the act after the group decides
        "described": re.compile(r"(?:^\s*(?:第[一二三四五六七八九十百零〇]{1,6}条)?\s*(?![对为向给]|对于|关于)|(?:" + cue("actor_cues.tsv", "group-pivot")
                                + r"))[^，。；：]*的$"),
    }


@lru_cache(maxsize=None)
def _verbs() -> frozenset[str]:
    """Words jieba's dictionary tags as verbs or verbal nouns (v, vn: 设置, 参与): what a group opening its clause does."""
    return frozenset(tagged(_tags(), "v") + tagged(_tags(), "vn"))


def _not_qualifying(text: str, e: int, ce: int) -> bool:
    """A pivot's group is the one made to act unless a noun follows it that it qualifies (支持企业技术中心建设, 鼓励
    企业的…): the longest word of jieba's dictionary after it is a noun, and no verb."""
    if _possessed_act(text, e):
        return False  # 推动企业和金融机构碳排放报告与信息披露工作: the firms' reporting, a noun (convention 73)
    if e >= ce or not re.match(_HAN, text[e]) or text.startswith(_JOINERS + ("等",), e) or _patterns()["after"].match(text, e):
        return True
    if _patterns()["pivot-act"].match(text, e):
        return True  # 引导企业有序开展…, 支持企业申报…: an act's word jieba tags a noun
    word = next((text[e:e + n] for n in (4, 3, 2, 1) if text[e:e + n] in _tags()), "")
    return text[e] != "的" and not (_tags().get(word, "").startswith("n") and word not in _verbs())


def _possessed_act(text: str, e: int) -> bool:
    """An act printed as a noun the group owns, right after it or after one more group of its list with no verb of
    jieba's dictionary (企业碳排放信息披露, 企业和金融机构碳排放报告…: ``group-possessed-act``): no act of the group."""
    m = _POSSESSED_ACT.match(text, e)
    item = (m.group("item") or "") if m else ""
    return bool(m) and not any(item[k:k + n] in _verbs() for n in (2, 3, 4) for k in range(len(item) - n + 1))


@lru_cache(maxsize=None)
def _tags() -> dict[str, str]:
    """jieba's dictionary: word → part-of-speech tag (``base.dictionary_tags``, shared)."""
    return dictionary_tags()


def _modal_after_comma(text: str, e: int) -> bool:
    """在禁止区域外露天烧烤的餐饮服务业经营者，应当…: the group described, a comma, its modal."""
    return text.startswith("，", e) and bool(_COMMA_MODAL.match(text[e + 1:e + 4]))


def _sentence_start(text: str, s: int) -> int:
    """Where the sentence holding ``s`` starts (after 。；！？ or a line's end), at most 120 characters back: 发挥A作用，
    以及B示范引领作用 gives B its part too."""
    i = s
    while i > 0 and s - i < 120 and text[i - 1] not in "。；！？\n":
        i -= 1
    return i


_QUALIFY_NOT = re.compile(r"(?:" + cue("actor_cues.tsv", "group-pivot") + "|" + cue("actor_cues.tsv", "group-duty-verb") + r")")
_QUALIFY_NOT_AFTER = re.compile(r"(?:" + cue("actor_cues.tsv", "group-qualify-not-after") + r")")
_COMMA_MODAL = re.compile(r"(?:" + cue("actor_cues.tsv", "group-comma-modal") + r")")
_LIST_VERB_OPEN = cue_words("actor_cues.tsv", "group-list-verb-open")
_ROLE_VERB = re.compile(r"(?:" + cue("actor_cues.tsv", "group-role-verb") + r")")
_PARTNER = re.compile(r"(?:" + cue("actor_cues.tsv", "group-partner-verb") + r")")
_OPENING = re.compile(r"(?:" + cue("actor_cues.tsv", "group-clause-open") + r")$")
_SPUR_VERB = re.compile(r"(?:" + cue("actor_cues.tsv", "group-spur-verb") + r")")
_SPUR_PART = re.compile(r"(?:" + cue("actor_cues.tsv", "group-spur-part") + r")")
_MODIFIER_LIKE = cue_words("actor_cues.tsv", "group-modifier-like")
_MODIFIER_OWNED = cue_words("actor_cues.tsv", "group-modifier-owned")
_ALIAS = re.compile(r"[（(](?:" + cue("actor_cues.tsv", "alias-mark") + r")[^（）()]{1,20}[）)]")


def _clause(text: str, s: int, e: int) -> tuple[int, int]:
    cs = s
    while cs > 0 and s - cs < 80 and text[cs - 1] not in _CLAUSE_END:
        cs -= 1
    ce = e
    while ce < len(text) and ce - e < 80 and text[ce] not in _CLAUSE_END:
        ce += 1
    return cs, ce


def _act_follows(text: str, e: int, ce: int, cuts: frozenset[int], ordered: list[int], strict: bool = False) -> bool:
    """After the group (and the other items of its list, 等 and one word closing it), a modal, an adverb or a verb
    (``strict``: a modal or an adverb only)."""
    pats, verbs = _patterns(), _verbs()
    pos, listed, words = e, False, 0
    while pos < ce and words < 6:
        if pats["after"].match(text, pos) or pats["part"].match(text, pos):
            return True
        i = bisect.bisect_right(ordered, pos)
        word = text[pos:ordered[i]] if i < len(ordered) else text[pos:ce]
        if word in verbs and not strict:
            return True
        j = next((w for w in _JOINERS if text.startswith(w, pos)), None)
        if j is not None and listed != "etc":
            pos, listed = pos + len(j), True
            continue
        if word == "等" and listed != "etc":
            pos, listed = pos + 1, "etc"
            continue
        if not listed or listed == "etc" and words > 0 or "的" in word or not re.fullmatch(_HAN + "+", word):
            return False  # 企业名单, 企业的: the group qualifies the noun after it; 等公共机构餐饮…: no act
        pos, words = pos + len(word), words + (listed == "etc")
    return False


def acts(text: str, s: int, e: int, cuts: frozenset[int], ordered: list[int] | None = None) -> bool:
    """Whether the group printed at ``[s, e)`` is given something to do in its clause (see the module's doc)."""
    ordered = ordered if ordered is not None else sorted(cuts)
    alias = _ALIAS.match(text, e)  # 深圳碳排放权交易机构（以下简称交易机构）负责…: the act after the alias
    e = alias.end() if alias else e
    if text[s:e].endswith(_MODIFIER_LIKE) and text.startswith(_MODIFIER_OWNED, e):
        return False  # 推动个人减排场景接入, 个人碳账户: what the person owns
    cs, ce = _clause(text, s, e)
    left, rx = text[cs:s], _left()
    if _ROLE_VERB.search(text[_sentence_start(text, s):s]) and "作用" in text[e:ce]:
        return True  # 充分发挥行业协会商会桥梁纽带作用和群团组织广泛动员作用: each group given a part to play
    if _SPUR_VERB.search(left) and _SPUR_PART.search(text[e:ce]):
        return True  # 激发市场主体绿色低碳投资活力, 充分调动企业的积极性: the group's own drive, spurred to act
    pivot = rx["pivot"].search(left)
    if pivot and not (_PARTNER.fullmatch(pivot.group("pivot")) and _adverbial(text, cs + pivot.end("pivot"), s)):
        return _not_qualifying(text, e, ce)
    if left.endswith("、") and _patterns()["part"].match(text, e):
        return True  # 政府引导、企业主体、社会参与: a division of parts
    if rx["described"].search(left):
        strict = not re.search(r"(?:" + cue("actor_cues.tsv", "group-pivot") + r")[^，。；：]*的$", left) \
            or text[s:e].endswith(_MODIFIER_LIKE)
        return _act_follows(text, e, ce, cuts, ordered, strict) or _modal_after_comma(text, e) \
            or not strict and bool(_patterns()["pivot-act"].match(text, e)) \
            or not strict and _QUALIFIED.search(left) is not None and _not_qualifying(text, e, ce)  # 支持符合条件的绿色企业上市融资; 支持具备条件的电力用户直接参与
    m = rx["duty"].search(left)
    if m and "责任" in text[e:ce]:
        return True
    m = rx["open"].match(left)
    # after other items (广播、电视、报刊、网络等媒体应当…) only a modal or an adverb: a verb may govern the list
    # (强化重点监管单位和重点排污单位监管, 制止党政机关、学校、医院等…浪费)
    strict = _opens_with_verb(m.group("items") or "") if m else True
    # 居民生活…, 个人移动执法设备: a group that often modifies the noun after it acts only by a modal or an adverb
    return bool(m) and _act_follows(text, e, ce, cuts, ordered, strict=strict or text[s:e].endswith(_MODIFIER_LIKE))


def _adverbial(text: str, at: int, s: int) -> bool:
    """Whether a partner verb ending at ``at`` (联合, ``group-partner-verb``) is an adverb of the verb right after it
    (联合研究…, 联合建立…机构: jointly), not the verb whose object is the partner: the group at ``s`` right after it
    (联合节能服务机构) or a list opening with no verb (联合有关行业机构, 联合高校、科研院所)."""
    if at >= s:
        return False
    word = next((text[at:at + n] for n in (4, 3, 2) if text[at:at + n] in _tags()), "")
    return word in _verbs() and not _OPENING.match(word)


def _opens_with_verb(items: str) -> bool:
    """Whether the list before a group opens with a verb's word (jieba's dictionary) or a word of an act
    (强化…, 坚决制止…): then the list may be the verb's object."""
    word = next((items[:n] for n in (4, 3, 2) if items[:n] in _tags()), "")
    return word in _verbs() or bool(_patterns()["after"].match(items)) or items.startswith(_LIST_VERB_OPEN)


def proper_name(name: str) -> bool:
    """A named enterprise or its branch (西南铜业分公司, …有限公司): an actor wherever named, as bodies are."""
    return name.endswith(forms().get("branch-nonstate", ()) + forms().get("named-nonstate", ()))


def keep_acting(text: str, actors: list, cuts: frozenset[int], groups: set[str], acting: set[tuple[int, int]]) -> list:
    """``actors`` without the generic groups (``gated_groups`` and ``groups``, the ids of groups found by a modifier
    and a head) that act nowhere in the text: a group made to act once is an actor at every printing. ``acting``:
    spans another finder already read as acting (鼓励电商平台设立…)."""
    gated = gated_groups() | groups
    ordered = sorted(cuts)
    doing = {(a.start, a.end) for a in actors if a.get("actor") in gated and not consulted(text, a.start, a.end)
             and ((a.start, a.end) in acting or acts(text, a.start, a.end, cuts, ordered))}  # 征求相关企业意见: unacting.py
    made = {a.get("actor") for a in actors if (a.start, a.end) in doing}
    # a printing that qualifies the noun after it (企业配额, 企业边界, 公众沟通力度, 农民的环境知情权) names no one there,
    # though the group acts elsewhere: that printing is no mention of the actor
    return [a for a in actors if a.get("actor") not in gated
            or a.get("actor") in made and ((a.start, a.end) in doing
                                           or not qualifies(text, a.start, a.end) and not governed(text, a.start, a.end))]


def qualifies(text: str, s: int, e: int) -> bool:
    """Whether the group printed at ``[s, e)`` qualifies what follows it: 的, or a word jieba's dictionary tags a noun
    and not a verb (企业边界, 企业配额, 重点企业突发环境事件…), with no pivot verb or duty verb before it in its clause
    and no part or duty after it (鼓励生产企业商贸流通共享…, 压实企业守法责任, 以深化企业主体作用为根本 stay)."""
    if _possessed_act(text, e):
        return True  # 推动企业和金融机构碳排放报告…, 搭建企业碳排放信息披露平台: the group owns the act's noun (convention 73)
    cs, ce = _clause(text, s, e)
    if _QUALIFY_NOT.search(text[cs:e]) or _QUALIFY_NOT_AFTER.search(text[e:ce]):
        return False
    if text.startswith("的", e) or _POSSESSED.match(text, e):
        return True  # 企业的…; 人民群众生态环境获得感: what the group has (group-possessed)
    word = next((text[e:e + n] for n in (4, 3, 2) if text[e:e + n] in _tags()), "")
    return _tags().get(word, "").startswith("n") and word not in _verbs() and not _patterns()["after"].match(text, e)


# a verb whose object is never the doer, then the earlier items of the group's list (完善企业、园区…); or a preposition
# right before the group (向社会资本开放)
_POSSESSED = re.compile(r"(?:(?!" + cue("actor_cues.tsv", "group-subject-modal") + r")[\u4e00-\u9fff]){0,4}?(?:"
                        + cue("actor_cues.tsv", "group-possessed") + r")")
_POSSESSED_ACT = re.compile(r"(?:(?:" + cue("actor_cues.tsv", "group-joiner") + r")(?P<item>(?:(?!" + cue("actor_cues.tsv", "group-subject-modal")
                            + r")[\u4e00-\u9fff]){2,8}?))?(?:"
                            + cue("actor_cues.tsv", "group-possessed-act") + r")")
_OBJECT_ACT_AFTER = re.compile(r"(?:" + cue("actor_cues.tsv", "group-object-act-after") + r")")
_GOVERNED = re.compile(r"(?:(?:" + cue("actor_cues.tsv", "group-object-verb") + r")(?P<items>(?:[^，。；：、和及与或的为\s（）()]{1,12}?(?:"
                       + cue("actor_cues.tsv", "group-joiner") + r"))*)|(?:" + cue("actor_cues.tsv", "group-object-preposition") + r"))$")


def governed(text: str, s: int, e: int) -> bool:
    """Whether the group printed at ``[s, e)`` is the object, a possessor, a recipient or a site of a verb or a
    preposition that never moves it to act (完善企业环保信用评价制度, 提高企业排放水平, 向社会资本开放…, 为企业提供…:
    ``group-object-verb``, ``group-object-preposition``); not when an earlier item of its list holds a verb of its own
    (联合相关企业、科研机构: jieba's dictionary), nor with a part, a duty, a division of parts or an act after it (构建企业履责、
    政府监管…的格局, 健全企业责任体系, 培育社会组织参与…: ``group-object-act-after`` stay)."""
    cs, ce = _clause(text, s, e)
    m = _GOVERNED.search(text[cs:s])
    if not m or any(_tags().get(item[k:k + 2]) == "v" for item in [m.group("items") or ""] for k in range(len(item) - 1)):
        return False
    after = text[e:ce]
    return not (_QUALIFY_NOT_AFTER.search(after) or _patterns()["part"].match(text, e) or re.match(_HAN + r"{1,3}、" + _HAN + r"{2,6}[、，的]", after)
                or _OBJECT_ACT_AFTER.match(after) or _patterns()["pivot-act"].match(after))


# the cue rows the cached patterns read are asked for at import, as every tagger's are (tests/test_cues.py: no dead data)
gated_groups(), _patterns(), _left()

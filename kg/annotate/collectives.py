"""Actors the genre names by a common noun where the sentence makes it act, that no lexicon row may
hold (the same words elsewhere name no actor):

- 地方 after a verb that makes it act (鼓励地方采取…, 支持地方开展…, 鼓励地方、行业…): every local
  government, of the document's jurisdiction; 地方电网, 地方项目 are no actor (支持地方节能减排, whose 节能 jieba
  holds as a verb, is still tagged: a known gap of tests/test_actors_doers.py);
- 负有…职责的部门, the statutory collective of the departments bearing a duty: of the document's jurisdiction;
- 各有关单位, 各单位 in a responsibility list, as a duty's subject or bearer (``find_unit_collectives``): of the
  document's jurisdiction;
- a group that opens its clause as the subject of a modal (施工单位应当…, 存管银行应当…, 土地使用权人
  可以…, 纳入配额管理的单位应当…, 医疗机构要…: 要 only as a word of its own, not 企业主要…): the parties a regulation binds, named by a head noun (单位, 银行,
  机构, 人 …) and the words before it back to the clause's start; non-state;
- a group named by 有关/相关 and a head opening its clause before a modal or an act, or moved by a pivot verb or 由
  (有关单位应当…, 鼓励有关单位开展…, 由有关主管部门责令改正: ``find_related_groups``, actor_cues.tsv related-group).
- a non-state group printed right after 有关/相关 that acts there named with it (支持相关高校与…: 相关高校, another set
  than 高校, convention 19: ``widen_related``, actor_cues.tsv related-group-before).

The words are data: ``ontology/actor_cues.tsv`` (every-place-before, every-place-word, duty-bearing, unit-collective,
group-subject-modal, group-join) and ``ontology/body_forms.tsv`` (subject-head, and the named-stop words that a
group's name never opens with).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.acting import acts
from kg.annotate.base import make
from kg.annotate.bodies import forms, ident, verb_words
from kg.annotate.lexicon_names import lexicon_names
from kg.annotate.places import Place, levels
from kg.annotate import scan

_HAN = r"[\u4e00-\u9fff]"


def _c(name: str, kind: str) -> str:
    return r"(?:" + cue(name, kind) + r")"


_EVERY_PLACE = re.compile(_c("actor_cues.tsv", "every-place-before") + r"(?P<word>" + _c("actor_cues.tsv", "every-place-word") + r")")


def find_every_place(text: str, place: Place | None, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for 地方 made to act: its own jieba word, then a list mark or a verb."""
    home = place or Place(None, None)
    verbs = verb_words()
    ordered = sorted(cuts)
    for m in _EVERY_PLACE.finditer(text):
        s, e = m.span("word")
        if s not in cuts or e not in cuts:
            continue  # 地方电网 as one word, 支持地方性法规
        nxt = text[e:e + 1]
        if nxt not in ("、", "和", "或", "及"):
            i = bisect.bisect_right(ordered, e)
            word = text[e:ordered[i]] if i < len(ordered) else ""
            if verbs.get(word) != "v":
                continue  # 支持地方项目, 组织地方经贸合作: a noun follows, 地方 modifies it
        yield s, e, ident(home, "all", text[s:e]), home, "all"


_MODAL = _c("actor_cues.tsv", "group-subject-modal")


_DUTY_BEARING = re.compile(cue("actor_cues.tsv", "duty-bearing"))


def find_duty_bearing(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for 负有生态环境保护监督管理职责的部门 and its like."""
    home = place or Place(None, None)
    for m in _DUTY_BEARING.finditer(text):
        yield m.start(), m.end(), ident(home, "all", m.group(0)), home, "all"


_UNIT_COLLECTIVE = re.compile(cue("actor_cues.tsv", "unit-collective"))


def find_unit_collectives(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for 各有关单位, 各单位 where the text gives it something to do (an item
    of a responsibility list, a duty's subject opening its clause, a duty's bearer after 各部门): of the
    document's jurisdiction. Mentioned only (请各单位…, 各单位配额, an addressee line) it names no actor."""
    home = place or Place(None, None)
    for m in _UNIT_COLLECTIVE.finditer(text):
        s, e = next(m.span(g) for g in ("listed", "subject", "bearer") if m.group(g))
        yield s, e, ident(home, "all", text[s:e]), home, "all"


@lru_cache(maxsize=None)
def _subject_rx() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in sorted(forms().get("subject-head", ()), key=len, reverse=True))
    # at a clause's start, or after an article's number (第三十六条 施工单位应当…, spaced or not)
    return re.compile(r"(?:^|(?<=[。；，：\n\s]))(?:第[一二三四五六七八九十百零〇]{1,6}条\s*)?(?P<name>" + _HAN + r"{1,14}?(?:" + heads + r"))"
                      + _MODAL, re.M)


@lru_cache(maxsize=None)
def _opening_stops() -> tuple[str, ...]:
    return tuple(w for row in forms().get("subject-not-start", ()) for w in row.split("|"))


_JOIN = re.compile(cue("actor_cues.tsv", "group-join"))
_HEADING_MAX = 12  # a line this short before the name is a heading ((六）跟踪评估, 548), not a line broken mid-sentence


def _opened(part: str) -> bool:
    """Whether a word that opens no group's name elsewhere is part of this one: 相关 or 各级 before a head of
    ``subject-head-opened`` (相关行业组织要…, 各级共青团组织要…: an organisation is named so)."""
    return part.startswith(forms().get("subject-opener-kept", ())) and part.endswith(forms().get("subject-head-opened", ()))


def find_subject_groups(text: str, place: Place | None, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for a group that opens its clause as a modal's subject;
    two joined by 或者/和 (土壤污染责任人或者土地使用权人应当) are two groups. A name is a noun phrase: no
    的 (提交碳排放报告的单位 describes whoever does something), no line's broken tail (…交\n易单位; a short line before it is a heading, （六）跟踪评估\n创建单位应…), and no
    verb word before two more words (减轻排污单位; 排污单位 is a name, and 存管银行, which jieba cuts
    存/管/银行, names a bank). A group ending like a public body (工业园区管理机构) is the document's jurisdiction's."""
    stops = _opening_stops()
    heads = forms().get("subject-head", ())
    public = forms().get("subject-local", ())
    home = place or Place(None, None)
    verbs = verb_words()
    ordered = sorted(cuts)
    for m in _subject_rx().finditer(text):
        pos = m.start("name")
        for part in _JOIN.split(m.group("name")):
            s = text.find(part, pos, m.end("name"))
            e = pos = s + len(part)
            if len(part) < 3 or "的" in part or part.startswith(stops) and not _opened(part) or not part.endswith(heads) or s not in cuts:
                continue  # 单位应当 alone; 对该单位…, 其他单位, 各级…: no group's name (相关行业组织, 各级共青团组织 are)
            if text.startswith("要", e) and e not in cuts:
                continue  # 工业企业主要…: 要 inside a word (主要), no modal
            inner = ordered[bisect.bisect_right(ordered, s):bisect.bisect_left(ordered, e)]  # cuts inside the name
            first = text[s:inner[0]] if inner else part
            line = text[text.rfind("\n", 0, s - 1) + 1:s - 1]
            wrapped = text[s - 1:s] == "\n" and re.match(_HAN, text[s - 2:s - 1] or "a") and len(line) > _HEADING_MAX
            if wrapped or len(first) >= 2 and verbs.get(first) == "v" and len(inner) >= 2 and not _opened(part):
                continue  # 减轻排污单位 (a verb before a noun of two words), not 排污单位; a line's broken tail
            if part.endswith(public):
                yield s, e, ident(home, "unit", part), home, "unit"
            else:
                yield s, e, ident(None, "any", part), Place(None, None), "any"


_MANAGED = re.compile(cue("actor_cues.tsv", "managed-group"))
_MANAGED_NEXT = re.compile(_c("actor_cues.tsv", "group-join") + "|" + _MODAL + "|" + _c("actor_cues.tsv", "managed-group-next"))


def find_managed_groups(text: str, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for the parties a scheme takes in, named by it (纳入配额管理的单位,
    纳入全国碳市场管理的企业): the one form of a group whose name holds 的; non-state, of no jurisdiction.
    The name ends at a jieba cut, before punctuation, a joining or modal word or a verb (纳入配额管理的单位产品…,
    …的企业温室气体排放报告 name no group)."""
    verbs = verb_words()
    ordered = sorted(cuts)
    for m in scan.finditer(_MANAGED, text):
        e = m.end()
        if e not in cuts:
            continue
        i = bisect.bisect_right(ordered, e)
        word = text[e:ordered[i]] if i < len(ordered) else ""
        if re.match(_HAN, text[e:e + 1]) and not _MANAGED_NEXT.match(text, e) and verbs.get(word) != "v":
            continue
        yield m.start(), e, ident(None, "any", m.group(0)), Place(None, None), "any"


@lru_cache(maxsize=None)
def _state_group_rx() -> re.Pattern:
    mods = sorted(forms().get("state-modifier", ()), key=len, reverse=True)
    heads = sorted(forms().get("state-head", ()), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, mods)) + r")" + _HAN + r"{0,6}?(?:" + "|".join(map(re.escape, heads)) + r")")


def state_modified(name: str) -> bool:
    """Whether a group's name is a state body's: a level or state scope and a state head (省级监测机构)."""
    return _state_group_rx().fullmatch(name) is not None


def find_state_groups(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for state bodies named by a level or a state scope and a head
    (``body_forms.tsv`` state-modifier, state-head: 流域监测机构, 省级监测机构, 驻市监测机构), of the
    document's jurisdiction (the nation's in a central document)."""
    home = place or Place(None, None)
    for m in _state_group_rx().finditer(text):
        s, e = m.span()
        opens = s in cuts or s == 0 or not re.match(_HAN, text[s - 1])  # 驻市监测机构 opening a sentence: jieba cuts 驻/市…
        if opens and e in cuts and not re.search(r"[的和及与或等、]", m.group(0)):
            yield s, e, ident(home, "unit", m.group(0)), home, "unit"


_FIELD_DEPARTMENT = re.compile(cue("actor_cues.tsv", "field-department-subject"), re.M)


def find_field_departments(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for a department named by its field alone (财政部门, 卫生健康部门,
    公务员主管部门) that opens its clause as a modal's subject (财政部门要做好…): the collective of convention 6,
    of the document's jurisdiction. A name opening with a level, 各, 有关, 其他 … (``subject-not-start``) or
    holding 的 or a list mark is no field's; a name not cut whole by jieba, or opening with a verb (推进食药部门要求…),
    neither."""
    home = place or Place(None, None)
    stops = _opening_stops()
    verbs = verb_words()
    ordered = sorted(cuts)
    for m in scan.finditer(_FIELD_DEPARTMENT, text):
        s, e = m.span("name")
        name = m.group("name")
        if name.startswith(stops) or re.search(r"[的和及与或等、]", name) or s not in cuts or e not in cuts:
            continue
        i = bisect.bisect_right(ordered, s)
        if i < len(ordered) and verbs.get(text[s:ordered[i]]) == "v":
            continue  # 推进食药部门…: a verb opens the clause, the department is its object
        yield s, e, ident(home, "all", name), home, "all"


_EACH_GROUP = re.compile(cue("actor_cues.tsv", "each-group-subject"), re.M)


def find_each_groups(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for a group named by 各 and a head opening its clause as the subject of a
    modal or an act (各职能部门要…, 各法人机构要…, 各核查机构将…), or as the agent of 由 (由各项目主管部门充分发动…;
    ``actor_cues.tsv`` each-group-subject): 各…部门 the
    collective of convention 6, of the document's jurisdiction; 各…单位/机构 a group of convention 1, non-state
    unless its name ends like a public body (``body_forms.tsv`` subject-local). A name holding 的 or a list mark, or
    not cut whole by jieba, names no group (各地区各部门 is read by the level finders); 各 before a lexicon name
    (各重点排放单位) is that name's printed variant, left to the lexicon. The group's id is its bare name's
    (各核查机构 and 核查机构 are one actor, convention 19); a bare head alone (各个部门) keeps 各 (各部门)."""
    home = place or Place(None, None)
    public = forms().get("subject-local", ())
    for m in _EACH_GROUP.finditer(text):
        group = "name" if m.group("name") else "agent"
        s, e = m.span(group)
        name = m.group(group)
        if re.search(r"[的和及与或等、]", name) or s not in cuts or e not in cuts:
            continue
        bare = re.sub(r"^各个?", "", name)
        if bare in lexicon_names():
            continue  # 各重点排放单位 is the lexicon's 重点排放单位 (convention 19: a leading 各 is a printed variant)
        key = bare if len(bare) > 2 else "各" + bare  # 各核查机构 is 核查机构 (convention 19); 各个部门 is 各部门, never 部门
        if name.endswith("部门") or name.endswith(public):
            yield s, e, ident(home, "all", key), home, "all"
        else:
            yield s, e, ident(None, "any", key), Place(None, None), "any"


_RELATED_GROUP = re.compile(cue("actor_cues.tsv", "related-group"), re.M)
_PUBLIC_HEADS = ("部门", "司局")


def find_related_groups(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for a group named by 有关/相关 and a head (``actor_cues.tsv``
    related-group) that opens its clause before a modal or an act (有关单位应当…, 相关技术单位可以…) or that a pivot
    verb or 由 moves to act (鼓励有关单位开展…, 由有关主管部门责令改正): …部门/…司局 and a bare 有关单位 the collective of
    conventions 6 and 14, of the document's jurisdiction (one actor with 相关单位, convention 19), but units hired
    (委托相关单位…) a contractor, non-state (convention 14); a group with a modifier (相关技术单位, 相关机构) of
    convention 1, non-state unless its name ends like a public body (相关政府机构). A lexicon name (有关部门,
    相关部门), or 有关 before one (有关生态环境主管部门), is the lexicon's; a name holding 的, 由, 各 or a list mark,
    or not cut whole by jieba, none."""
    home = place or Place(None, None)
    public = forms().get("subject-local", ())
    for m in _RELATED_GROUP.finditer(text):
        group = "subject" if m.group("subject") else "pivot"
        s, e = m.span(group)
        name = m.group(group)
        if re.search(r"[的由各和及与或等、]", name) or s not in cuts or e not in cuts or name in lexicon_names():
            continue
        bare = re.sub(r"^(?:其他)?(?:有关|相关)", "", name)
        if bare in lexicon_names():
            continue  # 有关生态环境主管部门 is the lexicon's class, printed with a qualifier (dev 34's key: a variant)
        hired = group == "pivot" and text[max(0, s - 2):s] == "委托"  # 委托相关单位…: a contractor (convention 14), non-state
        if not hired and (name.endswith(_PUBLIC_HEADS) or bare == "单位" or name.endswith(public)):
            yield s, e, ident(home, "all", name), home, "all"
        else:
            yield s, e, ident(None, "any", name), Place(None, None), "any"


_RELATED_BEFORE = re.compile(r"(?:" + cue("actor_cues.tsv", "related-group-before") + r")$")


def widen_related(text: str, actors: list, cuts: frozenset[int], acting: set[tuple[int, int]], table) -> list:
    """``actors`` with each non-state group printed right after 有关/相关 (支持相关高校与…, 。有关企业要…) named with
    it, where that group acts at that printing: 相关行业协会 is another set than 行业协会 (convention 19), one actor
    with 有关行业协会; so is a local body named by its level after 有关/相关 in a list or opening a clause (、相关区（市）县
    政府（管委会）, 以及相关区人民政府, ，相关盟市人民政府应…: convention 32, ``related-local-before``). Only after a list mark, a clause's start or a verb that moves it (``actor_cues.tsv``
    related-group-before): 储能产业相关上下游企业, 将相关行业企业纳入… keep the bare group. ``table``: the actor table."""
    ordered = sorted(cuts)
    out = []
    for a in actors:
        s0 = a.start - 2
        kind = (table.get(a.get("actor")) or {}).get("type")
        if (kind == "non-state" and text[s0:a.start] in ("有关", "相关") and s0 in cuts and _RELATED_BEFORE.search(text, max(0, s0 - 4), s0)
                and ((a.start, a.end) in acting or acts(text, s0, a.end, cuts, ordered))):
            a = make("actor", s0, a.end, "actor-group", actor=ident(None, "any", text[s0:a.end]), jurisdiction=None)
        elif kind == "local" and a.rule == "actor-local" and text[s0:a.start] in ("有关", "相关") and text.startswith(tuple(levels()), a.start) \
                and _RELATED_LOCAL_BEFORE.search(text, max(0, s0 - 2), s0):
            key, level = a.get("actor").split(".")[:2]  # 相关区（市）县政府: the relevant ones, another set (convention 32)
            a = make("actor", s0, a.end, a.rule, **{**dict(a.value), "actor": ident(Place.from_key(key), level, text[s0:a.end])})
        out.append(a)
    return out


_RELATED_LOCAL_BEFORE = re.compile(r"(?:" + cue("actor_cues.tsv", "related-local-before") + r")$")

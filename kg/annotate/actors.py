"""Actors (responsible bodies) and their roles in each sentence.

Actors are found by longest match over ``ontology/actors.tsv`` on jieba token boundaries, so
a word that merely contains a name (党政同责) is no actor and 生态环境部门 is not 生态环境部.
Roles come from the wording around a group of listed actors:

- lead: X牵头, 由X牵头组织, X负责, X in "X会同Y", the first body of a responsibility list
  (（A、B等按职责分工负责）), 牵头单位：X, and a body that is the subject of 要/应当/必须;
- co-lead: Y in "X会同Y", the other bodies of a responsibility list;
- participant: X参与, X配合, 配合单位：X;
- mentioned: every other actor.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, read_tsv
from kg.model import Annotation, Document
from kg.annotate.addressed import find_addressed_groups, find_list_members
from kg.annotate.base import Matcher, boundaries, contexts, make, split_aliases
from kg.annotate.bodies import (find_bracket_listed, find_generic_local, find_led_by, find_listed, find_modified_groups, find_named,
                               ident as generic_ident)
from kg.annotate.collectives import find_duty_bearing, find_every_place, find_managed_groups, find_subject_groups
from kg.annotate.doers import find_named_place_doers, find_place_doers, find_shared_government
from kg.annotate.jurisdiction import document_place, find_local, local_row

ROLE_RANK = {"lead": 3, "co-lead": 2, "participant": 1, "mentioned": 0}



def _cue(kind: str) -> str:
    """Words of one kind of role cue (ontology/actor_cues.tsv), as an alternative group."""
    return r"(?:" + cue("actor_cues.tsv", kind) + r")"


_CONNECTOR = re.compile(r"^\s*" + _cue("connector") + r"?\s*$")
# Names the lexicon does not know may sit in a list (…、国家乡村振兴局等按职责分工负责): skip them.
_UNKNOWN_ITEMS = r"(?:、[^、，。；：（）()]{2,20}?)*"
_ETC = _UNKNOWN_ITEMS + r"(?:等" + _cue("etc-qualifier") + "?" + _cue("etc-head") + "?|" + _cue("group-qualifier") + "?" + _cue("group-head") + ")?"
# 负责人, 牵头的…, 负责解释: the lead verb as part of a noun, a modifier or the interpretation clause, no role
_NOT_LEAD = r"(?!" + _cue("lead-verb-not-before") + r")"
_AFTER_LEAD = re.compile(r"^\s*" + _ETC + r"\s*(?:" + _cue("division") + r"(?:职责)?分工)?\s*" + _cue("lead-modal") + r"?\s*"
                         + _cue("lead-adverb") + r"?\s*" + _cue("lead-verb") + _NOT_LEAD)
_AFTER_WITH_LEAD = re.compile(r"^\s*" + _ETC + r"\s*" + _cue("with"))
_BEFORE_WITH = re.compile(_cue("with") + r"\s*$")
_AFTER_DUTY = re.compile(r"^\s*" + _ETC + r"\s*" + _cue("duty") + r"\s*负责")
_JOIN_VERB = re.compile(_cue("join-verb"))
_AFTER_JOIN = re.compile(r"^\s*" + _ETC + r"\s*" + _cue("join-verb") + r"(?!" + _cue("join-not-before") + r")")
# 配合单位：, 牵头部门：: the labels that pair a responsible body with its helpers or its lead
_JOIN_LABEL_AFTER = re.compile(_cue("join-label-verb") + _cue("label-head") + r"\s*[:：]")
_LEAD_LABEL_BEFORE = re.compile(cue("actor_cues.tsv", "lead-label-verb") + _cue("label-head") + r"\s*[:：]")
_AFTER_SUBJECT = re.compile(r"^\s*" + _ETC + r"\s*" + _cue("subject-modal"))
_BEFORE_BY = re.compile(_cue("by") + r"\s*$")
_AFTER_BY = re.compile(r"^\s*" + _ETC + r"\s*" + _cue("by-verb") + _NOT_LEAD)
_AFTER_BY_PROCEDURE = re.compile(r"^\s*" + _ETC + r"\s*" + _cue("by-procedure"))
_LABEL_LEAD = re.compile(_cue("lead-label") + r"\s*[:：]\s*$")
_LABEL_JOIN = re.compile(_cue("join-label") + r"\s*[:：]\s*$")
_DIRECT_LEAD = re.compile(r"^\s*" + _cue("lead-verb") + _NOT_LEAD)  # （A负责）: the verb right after the body
_DOC_NUMBER = re.compile(cue("actor_cues.tsv", "doc-number"))
_SUPPORT_BEFORE = re.compile(_cue("support-before") + r"\s*$")


class _ActorTable(dict):
    """actors.tsv by id; local bodies (``jiangsu.province.drc``) are made on first use."""

    def __missing__(self, key):
        row = local_row(key)
        if row is None:
            raise KeyError(key)
        self[key] = row
        return row

    def __contains__(self, key):
        return dict.__contains__(self, key) or (isinstance(key, str) and key.count(".") == 2 and self.get(key) is not None)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


@lru_cache(maxsize=None)
def actor_table() -> dict[str, dict]:
    return _ActorTable({row["id"]: row for row in read_tsv("actors.tsv")})


_NATIONAL = {"party-central", "state-central", "ministry", "agency", "coordination", "legislature"}
_NATIONAL_NAME = re.compile(cue("actor_cues.tsv", "national-name"))  # 国家能源局 in a provincial text stays national


def actor_names(ann) -> set[str]:
    """Every printed name of the actor of an actor or role annotation (label and aliases)."""
    row = actor_table().get(ann.get("actor"))
    if row is None:
        return {ann.get("actor")}
    return {row["label_zh"], *split_aliases(row["aliases"])}


@lru_cache(maxsize=None)
def matcher() -> Matcher:
    surfaces: dict[str, str] = {}
    for row in read_tsv("actors.tsv"):
        for s in [row["label_zh"]] + split_aliases(row["aliases"]):
            surfaces.setdefault(s, row["id"])
    return Matcher(surfaces)


def tag_actors(doc: Document) -> list[Annotation]:
    text, cuts, m = doc.text, boundaries(doc), matcher()
    table = actor_table()
    place = document_place(doc)
    home = (place.jurisdiction or None) if place else "national"
    local = [x for x in find_local(text, place) if not _in_title(text, x[0])]
    for extra in (find_shared_government(text, place), find_generic_local(text, place, cuts), find_listed(text, place), find_place_doers(text, place), find_led_by(text, place),
                  find_bracket_listed(text, place), find_named_place_doers(text, place), find_every_place(text, place, cuts),
                  find_duty_bearing(text, place), find_managed_groups(text, cuts)):
        known = [(x[0], x[1]) for x in local]
        local += [x for x in extra if not _in_title(text, x[0]) and not any(ks < x[1] and x[0] < ke for ks, ke in known)]
    lexicon_ends = {e: s for s, e, _ in m.find(text, 0, len(text), cuts)}
    collective_ends = {e for s, e, a in m.find(text, 0, len(text), cuts) if table[a]["type"] == "collective"}
    local += [x for x in find_subject_groups(text, place, cuts)  # 施工单位应当…: unless a lexicon name (重点排放单位) or a body ends there
              if x[1] not in lexicon_ends and not _in_title(text, x[0]) and not any(ls < x[1] and x[0] < le for ls, le, *_ in local)]
    for x in find_named(text, place, cuts):  # 国网山东省电力公司 holds 山东省电力公司: the longer name wins
        if _in_title(text, x[0]) or any(ls < x[1] and x[0] < le and le - ls >= x[1] - x[0] for ls, le, *_ in local):
            continue
        known = lexicon_ends.get(x[1])
        if known is not None and known > x[0] and x[4] == "unit" and x[3] == (place or x[3]) and x[1] not in collective_ends:
            continue  # 贯彻落实碳达峰碳中和工作领导小组: words before a name the lexicon knows are no part of it (a
            # collective's bare name, 领导小组办公室, is the end of a named one: 绿色发展资金管理工作领导小组办公室)
        local = [y for y in local if not (x[0] <= y[0] and y[1] <= x[1])] + [x]
    out = []
    for s, e, actor in m.find(text, 0, len(text), cuts):
        if table[actor]["type"] == "collective" and text[max(0, s - 1):s] == "等":
            continue  # 国家发展改革委等有关部门: "等有关部门" closes a list, it is no body of its own
        if _in_title(text, s):
            continue  # 《中共中央 国务院关于…》 names a document, not an actor of this one
        if _DOC_NUMBER.match(text, e):
            continue  # 国办发〔2021〕19号: a document number, not an actor
        if any(ls <= s and e <= le and (le - ls > e - s or table[actor]["type"] in _NATIONAL and not _NATIONAL_NAME.match(text[s:e])
                                        or table[actor]["type"] == "local" and place is not None)
               for ls, le, *_ in local):
            continue  # 省发展改革委 holds 发展改革委, 能源局 and 生态环境部门 alone in a provincial text are the province's
        kind = table[actor]["type"]
        jur = "national" if kind in _NATIONAL else (home if kind in ("collective", "local") and kind != "non-state" else None)
        out.append(make("actor", s, e, "actor-lexicon", actor=actor, jurisdiction=jur))
    taken = [(a.start, a.end) for a in out]
    for s, e, name in [*find_modified_groups(text, cuts), *find_addressed_groups(text, cuts)]:
        if _in_title(text, s) or any(ts <= s < te or s <= ts < e for ts, te in taken) and not any(
                ts > s and te == e for ts, te in taken):
            continue
        covered = [a for a in out if s < a.start and a.end == e]  # 企业 of 商贸企业: the group names it
        kind_id = covered[0].get("actor") if covered and table[covered[0].get("actor")]["type"] == "non-state" else generic_ident(None, "any", name)
        if covered and kind_id == covered[0].get("actor"):
            out.remove(covered[0])
        elif covered:
            continue
        out.append(make("actor", s, e, "actor-group", actor=kind_id, jurisdiction=None))
        taken = [(a.start, a.end) for a in out]
    for s, e, actor, jur, level in sorted(local, key=lambda x: (x[0], x[0] - x[1])):
        if any(ts <= s < te or s <= ts < e for ts, te in taken):
            continue  # a lexicon actor covering the same words (各级人民政府) wins; the longest local one
        if any(ts <= s < te or s <= ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if table[actor]["type"] == "collective" and text[max(0, s - 1):s] == "等" and level == "all":
            continue  # 等各级部门 closes a list; 等省有关部门 names the province's departments
        # in a central document a body named by level (省级生态环境主管部门) is every province's: national scope
        jurisdiction = None if level == "any" else jur.jurisdiction or (None if place else "national")  # non-state: none
        out.append(make("actor", s, e, "actor-local", actor=actor, jurisdiction=jurisdiction, level=level))
    spans = [(a.start, a.end) for a in out]
    for s, e, name in find_list_members(text, cuts, spans):  # 发挥行业协会、智库、第三方机构等…: 智库 beside known actors
        if not _in_title(text, s) and not any(ts < e and s < te for ts, te in spans):
            out.append(make("actor", s, e, "actor-group", actor=generic_ident(None, "any", name), jurisdiction=None))
    return sorted((a for a in out if not _in_front(doc, a.start)), key=lambda a: (a.start, a.end))


def _in_front(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is in the front matter or a signature (kg/text/front.py): the addressee line,
    the signatories of a covering notice, document numbers and titles name no actor of the policy."""
    return any(s <= pos < e for _, s, e in doc.front)


def _in_title(text: str, pos: int) -> bool:
    opened = text.rfind("《", max(0, pos - 60), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


def split_issuers(names: list[str]) -> list[str]:
    """Canonical actors named by printed issuer strings ("中共中央国务院" → party_central, state_council)."""
    m = matcher()
    found: list[str] = []
    for name in names:
        pos = 0
        for s, e, actor in m.find(name, 0, len(name), None):
            if name[pos:s].strip("、， "):
                break
            found.append(actor)
            pos = e
    return list(dict.fromkeys(found))


@lru_cache(maxsize=None)
def _first_leads_rx() -> re.Pattern:
    return re.compile("|".join(f"(?:{r['pattern']})" for r in read_tsv("role_cues.tsv") if r.get("convention", "first") == "first"))


def first_listed_leads(doc: Document) -> bool:
    """Whether the first body of a list without 牵头 (（A、B按职责分工负责）, 责任单位：A、B) leads:
    in central documents (the State Council's convention) and where a document says so."""
    return document_place(doc) is None or bool(_first_leads_rx().search(doc.text))


@lru_cache(maxsize=None)
def _comma_rx() -> re.Pattern:
    rows = [r for r in read_tsv("role_cues.tsv") if r.get("convention") == "before-comma"]
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows) or r"(?!)")


def comma_convention(doc: Document) -> bool:
    """Whether the document says the bodies before the comma of each list lead (逗号前为牵头单位)."""
    return bool(_comma_rx().search(doc.text))


def tag_roles(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    """One role annotation per actor mention inside the policy body."""
    text = doc.text
    out: list[Annotation] = []
    first_leads = first_listed_leads(doc)
    comma_leads = comma_convention(doc)
    articles = [(n.start, n.end) for n in doc.root.walk() if n.kind == "article"]
    by_start = sorted(actors, key=lambda a: a.start)
    idx = 0
    for ctx in contexts(doc):
        if ctx.scope != "body":
            continue
        s0, e0 = ctx.sentence.start, ctx.sentence.end
        while idx < len(by_start) and by_start[idx].start < s0:
            idx += 1
        mentions = []
        j = idx
        while j < len(by_start) and by_start[j].start < e0:
            mentions.append(by_start[j])
            j += 1
        in_article = any(a <= s0 < b for a, b in articles)
        for group in _groups(text, mentions):
            for ann, role, rule in _roles_for(text, group, s0, e0, first_leads, in_article, comma_leads):
                out.append(make("role", ann.start, ann.end, rule, actor=ann.get("actor"), role=role))
    return out


def _groups(text: str, mentions: list[Annotation]) -> list[list[Annotation]]:
    groups: list[list[Annotation]] = []
    for a in mentions:
        if groups and _CONNECTOR.match(text[groups[-1][-1].end:a.start]):
            groups[-1].append(a)
        else:
            groups.append([a])
    return groups


def _roles_for(text: str, group: list[Annotation], s0: int, e0: int, first_leads: bool = True, in_article: bool = False,
               comma_leads: bool = False):
    first, last = group[0], group[-1]
    after = text[last.end:min(e0, last.end + 30)]
    before = text[max(s0, first.start - 8):first.start]
    in_parens = _inside_parens(text, first.start, s0, e0)
    if in_parens:  # （A、B，C按职责分工负责）: inside a list the comma only groups its bodies
        after = after.replace("，", "、").replace(",", "、")
    listed = in_parens or _LABEL_LEAD.search(before) or _LABEL_JOIN.search(before)
    if not listed and (_AFTER_WITH_LEAD.match(after) or _BEFORE_WITH.search(text[max(s0, first.start - 4):first.start])):
        # X会同Y…  in prose: X is the subject of a clause, not the head of a responsibility list
        lead = bool(_AFTER_WITH_LEAD.match(after))
        for a in group:
            yield a, ("lead" if lead else "co-lead"), "role-subject"
        return
    if (not listed and in_article and _AFTER_LEAD.match(after) and "牵头" not in after[:12]
            and not _BEFORE_BY.search(before)):
        # 第五条 市生态环境主管部门负责…: an article's statutory duty, stated by its subject
        yield first, "lead", "role-subject"
        for a in group[1:]:
            yield a, "co-lead", "role-subject"
        return
    if comma_leads and _LABEL_LEAD.search(before) and _LABEL_LEAD.search(before).group(0).startswith("责任"):
        # ［责任单位：A、B，C、D；逗号前为牵头单位］: the bodies before the first comma lead
        label_end = first.start
        for a in group:
            yield a, ("lead" if "，" not in text[label_end:a.start] and "," not in text[label_end:a.start] else "co-lead"), "role-label-comma"
        return
    if _AFTER_DUTY.match(after):
        # （A牵头，B、C按职责分工负责）: the lead is named; B and C co-lead
        opened = max(text.rfind("（", s0, first.start), text.rfind("(", s0, first.start), s0)
        led = "牵头" in text[opened:first.start]
        yield first, ("lead" if first_leads and not led else "co-lead"), "role-duty-list"
        for a in group[1:]:
            yield a, "co-lead", "role-duty-list"
        return
    if _AFTER_WITH_LEAD.match(after):
        for a in group:
            yield a, "lead", "role-with-lead"
        return
    if _BEFORE_WITH.search(text[max(s0, first.start - 4):first.start]):
        for a in group:
            yield a, "co-lead", "role-with-colead"
        return
    if _LABEL_LEAD.search(before):
        label = _LABEL_LEAD.search(before).group(0)
        if label.startswith(("责任", "负责")) and "牵头" in after[:12] and _AFTER_LEAD.match(after):
            # （责任部门：A、B牵头，C配合）: the list names its leads
            for a in group:
                yield a, "lead", "role-label-lead"
            return
        if label.startswith(("责任", "负责")):  # 责任单位：A、B, 责任部门：A: the first leads only by convention
            close = min([i for i in (text.find(c, last.end, e0) for c in "）)］]〕】") if i >= 0] or [e0])
            label_at = first.start - len(before) + before.rfind(label)
            opened = max(text.rfind(c, s0, label_at) for c in "（(［[〔【")
            if _JOIN_LABEL_AFTER.search(text[last.end:close]):
                # （责任单位：A，配合单位：B、C）: the responsible body is paired with its helpers: it leads
                for a in group:
                    yield a, "lead", "role-label-responsible-paired"
                return
            if opened >= 0 and _LEAD_LABEL_BEFORE.search(text[opened:label_at]):
                # （牵头单位：A；责任单位：B、C）: after the lead's label, the responsible bodies co-lead
                for a in group:
                    yield a, "co-lead", "role-label-responsible"
                return
            yield first, ("lead" if first_leads else "co-lead"), "role-label-responsible"
            for a in group[1:]:
                yield a, "co-lead", "role-label-responsible"
            return
        for a in group:
            yield a, "lead", "role-label-lead"
        return
    if _LABEL_JOIN.search(before):
        for a in group:
            yield a, "participant", "role-label-participant"
        return
    if in_parens and _AFTER_LEAD.match(after) and "牵头" not in _bracket_text(text, first.start, s0, e0):
        # （A、B负责）, （…，C、D负责落实）: a list that names no lead shares the duty; its first body leads
        # only by convention (first_leads) and only when it opens the bracket; a body alone (（A负责）) leads
        opens = not _bracket_text(text, first.start, s0, e0, before_only=True).strip()
        inner = _bracket_text(text, first.start, s0, e0).strip()
        alone = len(group) == 1 and bool(_DIRECT_LEAD.match(after)) and (
            inner.endswith(("负责", "负总责")) or bool(_JOIN_VERB.search(inner)))
        yield first, ("lead" if opens and (first_leads or alone) else "co-lead"), "role-duty-list"
        for a in group[1:]:
            yield a, "co-lead", "role-duty-list"
        return
    if _AFTER_LEAD.match(after) or (_BEFORE_BY.search(before) and _AFTER_BY.match(after)):
        led = "牵头" in after[:12]
        if not listed and not _BEFORE_BY.search(before) and (_SUPPORT_BEFORE.search(before) or _nonstate(first)):
            # 支持企业牵头组建创新联合体, 企业牵头申报的项目: a firm encouraged to lead a project of its own, no task's lead
            for a in group:
                yield a, "mentioned", "role-mentioned"
            return
        if in_parens and not led and "牵头" in _bracket_text(text, first.start, s0, e0, before_only=True):
            # 〔牵头单位：A；配合单位：B；C负责落实〕: after the bracket has named its lead, a later duty is shared
            for a in group:
                yield a, "co-lead", "role-duty-list"
            return
        # 市生态环境局负责提供…数据: in prose, 负责 without 牵头 states the duty of its subject, as 要 does
        by_list = _BEFORE_BY.search(before) and not _AFTER_BY_PROCEDURE.match(after)  # 由A组织认定: A is the clause's subject
        rule = "role-lead" if led or listed or by_list else "role-subject"
        yield first, "lead", rule
        for a in group[1:]:
            # （A、B牵头，C按职责分工负责）: every body before 牵头 leads
            yield a, ("lead" if led and len(group) > 1 else "co-lead"), rule
        return
    if _AFTER_JOIN.match(after):
        for a in group:
            yield a, "participant", "role-participant"
        return
    if _AFTER_SUBJECT.match(after) and _is_subject(text, first.start, s0):
        for a in group:
            yield a, "lead", "role-subject"
        return
    for a in group:
        yield a, "mentioned", "role-mentioned"


def _nonstate(ann: Annotation) -> bool:
    row = actor_table().get(ann.get("actor"))
    return row is not None and row["type"] == "non-state"


def _is_subject(text: str, start: int, s0: int) -> bool:
    """The group opens its clause: nothing but punctuation between the clause start and it."""
    clause_start = max(text.rfind(c, s0, start) for c in "，；：。") + 1
    clause_start = max(clause_start, s0)
    return not text[clause_start:start].strip(" “”")


def _bracket_text(text: str, pos: int, s0: int, e0: int, before_only: bool = False) -> str:
    """The text of the innermost bracket of the sentence around ``pos`` (from ``pos`` back to its
    opening only, with ``before_only``); empty when ``pos`` is in no bracket."""
    best = -1, ""
    for o_ch, c_ch in (("（", "）"), ("(", ")"), ("［", "］"), ("[", "]"), ("〔", "〕"), ("【", "】")):
        o = text.rfind(o_ch, s0, pos)
        if o >= 0 and text.find(c_ch, o, pos) < 0 and o > best[0]:
            c = text.find(c_ch, pos, e0)
            best = o, text[o + 1:pos] if before_only else text[o + 1:c if c >= 0 else e0]
    return best[1]


def _inside_parens(text: str, pos: int, s0: int, e0: int) -> bool:
    """Inside a bracket of the sentence: （…）, (…), ［…］, 〔…〕, 【…】."""
    for o_ch, c_ch in (("（", "）"), ("(", ")"), ("［", "］"), ("[", "]"), ("〔", "〕"), ("【", "】")):
        o = text.rfind(o_ch, s0, pos)
        if o >= 0 and text.find(c_ch, o, pos) < 0:
            return True
    return False

"""Roles of the actors of each sentence, from the wording around a group of listed actors.

- lead: X牵头, 由X牵头组织, X负责, X in "X会同Y", the first body of a responsibility list
  (（A、B等按职责分工负责）), 牵头单位：X, and a body that is the subject of 要/应当/必须;
- co-lead: Y in "X会同Y", the other bodies of a responsibility list;
- participant: X参与, X配合, 配合单位：X;
- mentioned: every other actor.

Whether the first body of a list without 牵头 leads is a convention a document states (the State
Council's 排在第一位的为牵头单位, ``ontology/role_cues.tsv``; never assumed unstated, central documents
included); so is 逗号前为牵头单位. Cue words are the role rows
of ``ontology/actor_cues.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, read_tsv
from kg.model import Annotation, Document
from kg.annotate.actors import actor_table
from kg.annotate.base import make
from kg.annotate.gates import may_match, required
from kg.annotate.role_brackets import bracket_lists
from kg.annotate.role_serial import serial_leads
from kg.annotate.role_spans import sentence_spans
from kg.annotate.role_tasks import with_tasks

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
_LABEL_LEAD = re.compile(_cue("lead-label") + r"\s*[:：]\s*$")
_LABEL_JOIN = re.compile(_cue("join-label") + r"\s*[:：]\s*$")
_DIRECT_LEAD = re.compile(r"^\s*" + _cue("lead-verb") + _NOT_LEAD)  # （A负责）: the verb right after the body
_SUPPORT_BEFORE = re.compile(_cue("support-before") + r"\s*$")
_COLLECTIVE = re.compile(cue("actor_cues.tsv", "collective-mark"))
# what may follow the one body of a list that names only it: the end of the list, its verb, another field (完成期限：)
_ONE_BODY_AFTER = re.compile(r"\s*(?:" + _cue("division") + r"(?:职责)?分工)?\s*" + _cue("lead-verb") + r"?\s*(?:落实)?\s*"
                             r"(?:$|[）)］\]〕】；;。\n]|[，,][^，,、；;）)］\]〕】]{1,12}[:：])")
_LEAD_LINE_BEFORE = re.compile(cue("actor_cues.tsv", "lead-label-verb") + _cue("label-head") + r"\s*[:：][^。：:]{0,60}$")
_LEAD_WORD = re.compile(_cue("lead-word"))  # 牵头: a list that prints it names its lead
_DUTY_LABEL, _COMMA_LABEL = re.compile(_cue("duty-label")), re.compile(_cue("comma-lead-label"))  # 责任单位：, 负责单位：
_SOLE_DUTY = re.compile(_cue("sole-duty-verb") + r"\Z")  # （A负责）


@lru_cache(maxsize=None)
def _first_leads_rx() -> re.Pattern:
    return re.compile("|".join(f"(?:{r['pattern']})" for r in read_tsv("role_cues.tsv") if r.get("convention", "first") == "first"))


def first_listed_leads(doc: Document) -> bool:
    """Whether the first body of a list without 牵头 (（A、B按职责分工负责）, 责任单位：A、B) leads: only
    where the document says so (排在第一位的为牵头单位). A central document that does not say it is read
    as any other (corpus/keys/README.md, convention 8: several bodies, no 牵头, no stated convention → all co)."""
    return bool(_first_leads_rx().search(doc.text))


@lru_cache(maxsize=None)
def _comma_rx() -> re.Pattern:
    rows = [r for r in read_tsv("role_cues.tsv") if r.get("convention") == "before-comma"]
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows) or r"(?!)")


def comma_convention(doc: Document) -> bool:
    """Whether the document says the bodies before the comma of each list lead (逗号前为牵头单位)."""
    return bool(_comma_rx().search(doc.text))


@lru_cache(maxsize=None)
def _standing_rx() -> re.Pattern:
    rows = [r for r in read_tsv("role_cues.tsv") if r.get("convention") == "standing"]
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows) or r"(?!)")


@lru_cache(maxsize=None)
def _standing_gates() -> tuple:
    """Each standing row's words every match prints (``gates.required``): a text missing one of each row's is not
    scanned (a row opening with a lazy run was tried at every position: 0.08 s CPU over corpus + seeds; 8 of the
    288 texts of the non-held-out pool hold every word of a row, the 6 with a match among them)."""
    return tuple(required(r["pattern"]) for r in read_tsv("role_cues.tsv") if r.get("convention") == "standing")


def standing(doc: Document, actors: list[Annotation]) -> list[tuple[Annotation, int]]:
    """The bodies a list adds to every later list (以下均需X落实，不再列出: keys' convention 10), each with the
    end of what it covers: the end of the annex holding the statement, else of the document."""
    out = []
    if not may_match(_standing_gates(), doc.text):
        return out
    annexes = [(n.start, n.end) for n in doc.root.walk() if n.kind == "annex"]
    for m in _standing_rx().finditer(doc.text):
        s, e = next(((m.start(g), m.end(g)) for g in m.re.groupindex if m.group(g)), (m.start(), m.end()))
        until = next((b for a, b in annexes if a <= m.start() < b), len(doc.text))
        out += [(a, until) for a in actors if s <= a.start and a.end <= e]
    return out


def tag_roles(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    """One role annotation per actor mention inside the policy body; the bodies a list adds to every later
    list (``standing``) co-lead, with the end of what they cover (``until``) for the link stage."""
    out = with_tasks(doc, bracket_lists(doc, _tag_roles(doc, actors), first_listed_leads(doc), lambda a: is_collective(a, doc.text), _nonstate))
    serial = {(r.start, r.end): r for r in serial_leads(doc, actors, _nonstate)}  # 办公室设在X，牵头…: a 牵头 clause's subject
    if serial:
        out = [serial.get((r.start, r.end), r) if r.get("role") == "mentioned" or r.rule == "role-subject" else r for r in out]
    added = {(a.start, a.end): until for a, until in standing(doc, actors)}
    if not added:
        return out
    return [make("role", r.start, r.end, "role-standing", actor=r.get("actor"), role="co-lead", until=added[(r.start, r.end)])
            if (r.start, r.end) in added else r for r in out]


def _tag_roles(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    text = doc.text
    out: list[Annotation] = []
    first_leads = first_listed_leads(doc)
    comma_leads = comma_convention(doc)
    articles = [(n.start, n.end) for n in doc.root.walk() if n.kind == "article"]
    by_start = sorted(actors, key=lambda a: a.start)
    idx = 0
    for s0, e0 in sentence_spans(doc):
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


def _first_then_co(text: str, group: list[Annotation], leads: bool, rule: str):
    """A list's roles when no 牵头 names its lead: the first body leads where ``leads`` (the document's
    convention, a body alone) and it is no collective; every other body co-leads."""
    first = group[0]
    yield first, ("lead" if leads and not is_collective(first, text) else "co-lead"), rule
    for a in group[1:]:
        yield a, "co-lead", rule


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
    if (not listed and in_article and _AFTER_LEAD.match(after) and not _LEAD_WORD.search(after[:12])
            and not _BEFORE_BY.search(before)):
        # 第五条 市生态环境主管部门负责…: an article's statutory duty, stated by its subject
        yield first, "lead", "role-subject"
        for a in group[1:]:
            yield a, "co-lead", "role-subject"
        return
    if comma_leads and _LABEL_LEAD.search(before) and _COMMA_LABEL.match(_LABEL_LEAD.search(before).group(0)):
        # ［责任单位：A、B，C、D；逗号前为牵头单位］: the bodies before the first comma lead
        label_end = first.start
        for a in group:
            yield a, ("lead" if "，" not in text[label_end:a.start] and "," not in text[label_end:a.start] else "co-lead"), "role-label-comma"
        return
    if _AFTER_DUTY.match(after):
        # （A牵头，B、C按职责分工负责）: the lead is named; B and C co-lead
        opened = max(text.rfind("（", s0, first.start), text.rfind("(", s0, first.start), s0)
        led = bool(_LEAD_WORD.search(text[opened:first.start]))
        if (not led and in_parens and _names_one(text, group, e0, in_parens) and not is_collective(first, text)
                and not _bracket_text(text, first.start, s0, e0, before_only=True).strip()):
            # （A按职责分工负责）: a list that names one body; it alone answers for the task
            yield first, "lead", "role-one-body"
            return
        yield from _first_then_co(text, group, first_leads and not led, "role-duty-list")
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
        if _DUTY_LABEL.match(label) and _LEAD_WORD.search(after[:12]) and _AFTER_LEAD.match(after):
            # （责任部门：A、B牵头，C配合）: the list names its leads
            for a in group:
                yield a, "lead", "role-label-lead"
            return
        if _DUTY_LABEL.match(label):  # 责任单位：A、B, 责任部门：A: the first leads only by convention
            close = min([i for i in (text.find(c, last.end, e0) for c in "）)］]〕】") if i >= 0] or [e0])
            label_at = first.start - len(before) + before.rfind(label)
            opened = max(text.rfind(c, s0, label_at) for c in "（(［[〔【")
            if _JOIN_LABEL_AFTER.search(text[last.end:close]):
                # （责任单位：A，配合单位：B、C）: the responsible body is paired with its helpers: it leads
                for a in group:
                    yield a, "lead", "role-label-responsible-paired"
                return
            if (opened >= 0 and _LEAD_LABEL_BEFORE.search(text[opened:label_at])
                    or opened < 0 and _LEAD_LINE_BEFORE.search(text, max(0, label_at - 80), label_at)):
                # （牵头单位：A；责任单位：B、C）, 牵头单位：A⏎责任单位：B: after the lead's label, the responsible bodies co-lead
                for a in group:
                    yield a, "co-lead", "role-label-responsible"
                return
            if _names_one(text, group, e0, in_parens) and not is_collective(first, text):
                # 责任单位：A, （责任部门：A，完成期限：…）: a list that names one body; it alone answers for the task
                yield first, "lead", "role-one-body"
                return
            yield from _first_then_co(text, group, first_leads, "role-label-responsible")
            return
        for a in group:
            yield a, "lead", "role-label-lead"
        return
    if _LABEL_JOIN.search(before):
        for a in group:
            yield a, "participant", "role-label-participant"
        return
    if in_parens and _AFTER_LEAD.match(after) and not _LEAD_WORD.search(_bracket_text(text, first.start, s0, e0)):
        # （A、B负责）, （…，C、D负责落实）: a list that names no lead shares the duty; its first body leads
        # only by convention (first_leads) and only when it opens the bracket; a body alone (（A负责）) leads
        opens = not _bracket_text(text, first.start, s0, e0, before_only=True).strip()
        inner = _bracket_text(text, first.start, s0, e0).strip()
        alone = len(group) == 1 and bool(_DIRECT_LEAD.match(after)) and (
            bool(_SOLE_DUTY.search(inner)) or bool(_JOIN_VERB.search(inner)))
        yield from _first_then_co(text, group, opens and (first_leads or alone), "role-duty-list")
        return
    if _AFTER_LEAD.match(after) or (_BEFORE_BY.search(before) and _AFTER_BY.match(after)):
        led = bool(_LEAD_WORD.search(after[:12]))
        if not listed and not _BEFORE_BY.search(before) and (_SUPPORT_BEFORE.search(before) or _nonstate(first)):
            # 支持企业牵头组建创新联合体, 企业牵头申报的项目: a firm encouraged to lead a project of its own, no task's lead
            for a in group:
                yield a, "mentioned", "role-mentioned"
            return
        if in_parens and not led and _LEAD_WORD.search(_bracket_text(text, first.start, s0, e0, before_only=True)):
            # 〔牵头单位：A；配合单位：B；C负责落实〕: after the bracket has named its lead, a later duty is shared
            for a in group:
                yield a, "co-lead", "role-duty-list"
            return
        # 市生态环境局负责提供…数据, 由市生态环境局负责提供…数据, 由A组织认定: in prose, 负责 or 组织 without 牵头
        # states the duty of its subject, as 要 does (keys' convention 7: only lists and 牵头 phrases give roles)
        rule = "role-lead" if led or listed else "role-subject"
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


def is_collective(ann: Annotation, text: str) -> bool:
    """A collective (各有关部门, 省直有关部门, 领导小组成员单位): one name for many bodies, so never a list's one
    lead (corpus/keys/README.md, convention 8)."""
    row = actor_table().get(ann.get("actor"))
    return row is not None and row["type"] == "collective" or bool(_COLLECTIVE.search(text[ann.start:ann.end]))


def _names_one(text: str, group: list[Annotation], e0: int, in_parens: bool) -> bool:
    """The list names this one body only: nothing after it but the list's verb (负责), its end or another
    field (，完成期限：…); no 、, 等 or further names. Inside a bracket a line break is a wrap, not the end."""
    m = _ONE_BODY_AFTER.match(text, group[0].end, e0)
    return len(group) == 1 and m is not None and (not in_parens or m.group(0).endswith(tuple("）)］]〕】；;:：")))


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

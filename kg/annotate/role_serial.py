"""A 牵头 clause with no subject of its own: the body opening the clause before it leads.

A work plan may give the lead in a chain of clauses sharing one subject: 领导小组办公室设在市林业局，牵头
协调推进各项工作落实 (490); 领导小组下设办公室，负责牵头组织实施日常工作 (404); 各地级以上市生态环境局要在
党委和政府的领导下，牵头做好… . The clause that says 牵头 (负责牵头, 具体牵头) names no body; the body (or the
listed bodies) opening the clause before it is its subject and leads (a 牵头 phrase, keys' convention 7). A
body later in that clause is no subject (设在市林业局: where the office sits). No role when the clause before
creates another body (设立…专项小组，牵头推动…: the new group leads, not its creator), when no body opens
it (…平台，牵头成立了…), or when the body is a firm or group of society (支持企业…，牵头…: no task's lead).
Words are ``actor_cues.tsv`` rows: ``serial-lead`` (the clause's opening), ``serial-not-after`` (what a 牵头 may
not be followed by), ``serial-creates`` (a clause that creates a body), ``serial-name-goes-on`` (a name running on past the tagged body)."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation, Document
from kg.annotate.base import contexts, make

_CLAUSE_END = "，,；;：:。"


def _rx(kind: str) -> str:
    return r"(?:" + cue("actor_cues.tsv", kind) + r")"


# Compiled at import, as every tagger's cues are (tests/test_cues.py reads what an import asks for).
_LEAD = re.compile(r"[，,]\s*" + _rx("serial-lead") + r"(?!" + _rx("serial-not-after") + r")")
_CREATES = re.compile(_rx("serial-creates"))
_GOES_ON = re.compile(_rx("serial-name-goes-on"))
_CONNECTOR = re.compile(r"^\s*" + _rx("connector") + r"?\s*$")


def serial_leads(doc: Document, actors: list[Annotation], nonstate) -> list[Annotation]:
    """Lead roles (rule ``role-serial-lead``) of the bodies opening the clause before a subjectless 牵头 clause;
    ``nonstate(actor)`` tells the firms and groups that lead no task."""
    text = doc.text
    lead, creates, goes_on, connector = _LEAD, _CREATES, _GOES_ON, _CONNECTOR
    by_start = sorted(actors, key=lambda a: a.start)
    out: list[Annotation] = []
    for ctx in contexts(doc):
        if ctx.scope != "body":
            continue
        s0, e0 = ctx.sentence.start, ctx.sentence.end
        for m in lead.finditer(text, s0, e0):
            comma = m.start()
            opened = max(text.rfind(c, s0, comma) for c in _CLAUSE_END) + 1
            opened = max(opened, s0)
            clause = text[opened:comma]
            if not clause.strip() or creates.search(clause):
                continue
            inside = [a for a in by_start if opened <= a.start < comma]
            if not inside or text[opened:inside[0].start].strip(" \u3000\n“”\"") or inside[0].end > comma:
                continue
            group = [inside[0]]
            for a in inside[1:]:
                if connector.match(text[group[-1].end:a.start]):
                    group.append(a)
                else:
                    break
            if goes_on.match(text, group[-1].end) or any(nonstate(a) for a in group):
                continue
            out += [make("role", a.start, a.end, "role-serial-lead", actor=a.get("actor"), role="lead") for a in group]
    return out

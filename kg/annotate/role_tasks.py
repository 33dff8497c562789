"""The part of a provision a responsibility list answers for, where the provision holds more than one.

A work plan may close several sentences of one item with lists of their own (73: …削减替代燃煤140万吨
(责任部门：大气环境处，完成期限：…)。积极推进燃煤锅炉和小热电…(责任部门：大气环境处，…)): each list after
the first answers for the sentences between the list before it and itself, not for the whole item. Its
roles carry that span as ``task`` (its first character) and ``task_end`` (the list's end), so that two
lists naming one body stay two responsibilities (scripts/score.py keys a role on it; the link stage
still keeps the strongest role per actor per provision).

Only lists count (a bracket holding a stated role, or a line opening with a list label such as
牵头单位：): a prose 由A牵头… before a list that repeats it is the same task (546), and two lists with no
sentence between them (牵头单位：A⏎责任单位：B) are one (the second shares the first's task). A label line
ends with its last body (the wraps step may glue the next item's opening to it). Table cells carry their row already
(``table_roles``)."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.role_spans import sentence_spans

_OPEN, _CLOSE = "（(［[〔【", "）)］]〕】"
_LABEL_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,4}(?:" + cue("actor_cues.tsv", "label-line-head") + r")\s*[:：]")
_WORDS = re.compile(r"[\u4e00-\u9fff]")
_MIN_TASK = 6  # characters of text between two lists for the second to close sentences of its own


def _list_span(text: str, pos: int, s0: int, e0: int) -> tuple[int, int] | None:
    """The bracket of the sentence holding ``pos`` (outermost of the sentence, so that 〔…（…）…〕 is one
    list), else the line when it opens with a list label; None for a role in running text."""
    depth, opened = 0, -1
    for k in range(pos - 1, s0 - 1, -1):
        ch = text[k]
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            if depth:
                depth -= 1
            else:
                opened = k
    if opened >= 0:
        depth = 0
        for k in range(opened + 1, e0):
            ch = text[k]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                if not depth:
                    return opened, k + 1
                depth -= 1
        return opened, e0
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start >= s0 and _LABEL_LINE.match(text, line_start, pos):
        line_end = text.find("\n", pos)
        return line_start, e0 if line_end < 0 else min(line_end, e0)
    return None


def _innermost(nodes, pos: int):
    found = None
    for n in nodes:
        if n.start > pos:
            break
        if pos < n.end and (found is None or n.end <= found.end):
            found = n
    return found


def with_tasks(doc: Document, roles: list[Annotation]) -> list[Annotation]:
    """``roles`` with ``task`` / ``task_end`` on the roles of each list that follows another list of the same
    structural node with a sentence of its own between them; every other role unchanged."""
    text = doc.text
    stated = [r for r in roles if r.get("role") != "mentioned" and r.rule not in ("role-subject", "role-mentioned")
              and r.get("task") is None]
    if len(stated) < 2:
        return roles
    sentences = sentence_spans(doc)  # a list the structure cut at a line break inside its bracket is one
    nodes = sorted((n for n in doc.root.walk() if n is not doc.root and n.kind != "sentence"), key=lambda n: (n.start, -n.end))
    spans: dict[int, tuple[int, int]] = {}
    k = 0
    for r in sorted(stated, key=lambda a: a.start):
        while k < len(sentences) and sentences[k][1] <= r.start:
            k += 1
        if k < len(sentences) and sentences[k][0] <= r.start:
            span = _list_span(text, r.start, *sentences[k])
            if span:
                spans[id(r)] = span
    # a label line ends with its last body: the wraps step may have glued the next item to it (490: …人民政府3.建立…)
    last: dict[tuple[int, int], int] = {}
    for r in stated:
        span = spans.get(id(r))
        if span and text[span[0]] not in _OPEN:
            last[span] = max(last.get(span, 0), r.end)
    spans = {k: (span[0], last.get(span, span[1])) for k, span in spans.items()}
    lists = sorted(set(spans.values()))
    task: dict[tuple[int, int], tuple[int, int]] = {}
    previous: dict[int, tuple[int, int]] = {}  # node → the last list seen in it
    for span in lists:
        node = _innermost(nodes, span[0])
        key = id(node)
        before = previous.get(key)
        previous[key] = span
        if before is None or before[1] > span[0]:
            continue
        between = text[before[1]:span[0]]
        if len(_WORDS.findall(between)) < _MIN_TASK:
            if before in task:  # 牵头单位：A⏎责任单位：B after a later item's text: both lines answer for it
                task[span] = (task[before][0], span[1])
            continue
        m = _WORDS.search(between)
        task[span] = (before[1] + m.start(), span[1])
    if not task:
        return roles
    out = []
    for r in roles:
        t = task.get(spans.get(id(r)))
        out.append(make("role", r.start, r.end, r.rule, **dict(r.value), task=t[0], task_end=t[1]) if t else r)
    return out

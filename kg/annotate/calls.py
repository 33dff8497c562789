"""Calls for projects or proposals (issue 14, class 3 of corpus/issue14-classes.md): 申报指南, 关于组织申报…项目的通知,
征集…的通知, a research programme's 项目指南. The numbers a funded project must meet (its 研究内容, 考核指标, 预期成果:
捕集率不低于98%, 能耗降低20%以上, 形成…3项) and the call's quotas and limits (每个单位限报1项, 资助…万元) are
requirements of the procedure, conditions, never targets of the policy. A call is known by its title
(``ontology/record_cues.tsv`` call_title) or, whatever its title, by the labels of its project directions (two lines or
more opening with 研究内容：/考核指标：, call_label). In a call recognised by its title every value is a requirement,
except in the preamble before its first heading and in a division whose heading names the policy's own aims
(一、总体目标: call_aims); in a document recognised by its labels only the values from a label line to the next
heading are. ``scripts/survey_calls.py`` counts the calls of the pool."""
from __future__ import annotations

import re

from kg.model import Document, Node
from kg.annotate.base import division_headings
from kg.annotate.records import cues
from kg.text.genre import core_title

_SKIP = ("document", "annex", "preamble", "sentence", "item", "subitem")


def _headings(root: Node, text: str) -> list[tuple[int, int, str]]:
    """(start, end, heading) of each division, its title or, untitled, its first line."""
    return [(n.start, n.end, title) for n, title in division_headings(root, text, _SKIP)]


def is_call_title(title: str | None) -> bool:
    """Whether a title names a call for projects or proposals (关于组织申报…项目的通知, …申报指南, 征集…的通知), not
    a notice seeking comments, an announcement of results, a plan or a rule holding such a word (call_title_not)."""
    if not title:
        return False
    t = re.sub(r"\s+", "", title)
    c = cues()
    if c["call_title_not"].search(t) or c["call_title_not"].search(core_title(t)):
        return False  # 关于公开征集《…（征求意见稿）》意见的通知, …申报…的实施方案: no call
    return bool(c["call_title"].search(t) or c["call_title"].search(core_title(t)))


def label_lines(text: str) -> list[int]:
    """Offsets of the lines opening with a label of a project's spec (研究内容：, 考核指标：)."""
    label = cues()["call_label"]
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if label.match(line.strip()):
            out.append(pos)
        pos += len(line)
    return out


def call_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of ``doc`` whose values are a call's requirements (see the module's docstring); none in a document that
    is no call."""
    text = doc.text
    heads = _headings(doc.root, text)
    if is_call_title(doc.root.title):
        body = [s for s, _, _ in heads if s > doc.root.start]
        first = min(body) if body else len(text)
        aims = cues()["call_aims"]
        spans, at = [], first
        for s, e, title in sorted(heads):
            if s >= at and aims.search(title):
                spans.append((at, s))
                at = max(at, e)
        spans.append((at, len(text)))
        return [(a, b) for a, b in spans if b > a]
    labels = label_lines(text)
    if len(labels) < 2:
        return []
    starts = sorted({s for s, _, _ in heads})
    out = []
    for at in labels:
        nxt = next((s for s in starts if s > at), len(text))
        out.append((at, nxt))
    return out

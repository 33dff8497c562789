"""The sentences a responsibility list is read in: the body sentences, with a list the structure cut at a line break
inside its bracket (（牵头单位：⏎市经信局；…）, （省农业农村厅、⏎省生态环境厅牵头，…）) joined again, so that
``roles`` reads it with its label and ``role_tasks`` finds its bracket."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Document
from kg.annotate.base import contexts


def _cue(kind: str) -> str:
    return r"(?:" + cue("actor_cues.tsv", kind) + r")"


# the words of a responsibility list (a bracket the sentence split cut in two is joined only when it holds them)
_LIST_WORDS = re.compile(_cue("lead-verb") + "|" + _cue("lead-label") + "|" + _cue("join-label") + "|" + _cue("join-verb"))
_MAX_JOINED = 2


def _depth(text: str, s: int, e: int) -> tuple[int, int]:
    """Brackets of ``text[s:e]``: the depth at its end and the lowest depth reached (below 0: it closes one opened before)."""
    depth = low = 0
    for ch in text[s:e]:
        if ch in "（(［[〔【":
            depth += 1
        elif ch in "）)］]〕】":
            depth -= 1
            low = min(low, depth)
    return depth, low


def _left_open(text: str, s: int, e: int) -> int:
    """Where the outermost bracket ``text[s:e]`` leaves open starts (``s`` when it leaves none open)."""
    opened: list[int] = []
    for i in range(s, e):
        if text[i] in "（(［[〔【":
            opened.append(i)
        elif text[i] in "）)］]〕】" and opened:
            opened.pop()
    return opened[0] if opened else s


def closing(text: str, start: int, e: int) -> int:
    """Where the bracket opening at ``start`` closes, before ``e`` (``e`` when it does not)."""
    depth = 0
    for i in range(start, e):
        if text[i] in "（(［[〔【":
            depth += 1
        elif text[i] in "）)］]〕】":
            depth -= 1
            if depth == 0:
                return i
    return e


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """The body sentences, a list the structure cut at a line break inside its bracket (（牵头单位：⏎A；…）,
    （省农业农村厅、⏎省生态环境厅牵头，…）) joined again: a sentence leaving a bracket open runs on through the
    next ones (at most ``_MAX_JOINED``) while they close it, when the bracket holds a list's words. Kept on the
    document as ``contexts`` keeps its sentences (roles and role_tasks both read it)."""
    cached = doc.__dict__.get("_sentence_spans")
    if cached is not None and cached[0] is doc.root:
        return cached[1]
    text = doc.text
    body = [(c.sentence.start, c.sentence.end) for c in contexts(doc) if c.scope == "body"]
    out, i = [], 0
    while i < len(body):
        s0, e0 = body[i]
        depth, _ = _depth(text, s0, e0)
        k = i
        while depth > 0 and k + 1 < len(body) and k - i < _MAX_JOINED and not text[body[k][1]:body[k + 1][0]].strip():
            k += 1
            d, low = _depth(text, *body[k])
            if depth + low > 0 and depth + d > 0:
                depth += d
                continue
            opened = _left_open(text, s0, e0)
            if _LIST_WORDS.search(text, opened, closing(text, opened, body[k][1])):  # in the bracket, not around it
                i, e0 = k, body[k][1]
            break
        out.append((s0, e0))
        i += 1
    doc.__dict__["_sentence_spans"] = (doc.root, out)
    return out

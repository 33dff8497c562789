"""Cited titles (issue 15.2): every 《…》 title of a document, resolved to a document of a given set
where one matches, and the parent(s) its preamble names with a cue (为贯彻落实《…》, 根据《…》).

A citation resolves when its title, whitespace removed, equals a document's title, or the two agree
from 关于 on (a title cited without its issuer), or one is the other with 的 or a document number
dropped. A short form (《意见》, 《方案》) refers back to the last full title cited before it that ends
with it (the last full title if none does). A title that
matches no document is kept as printed (``target`` is None). Cue words are data:
``ontology/citation_cues.tsv``.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from kg.annotate.jurisdiction import province_names
from kg.lexicon import read_tsv
from kg.model import Document

_TITLE = re.compile(r"[《«〈]([^《》«»〈〉\n]{0,4}(?:\n?[^《》«»〈〉\n]){0,120}?)[》»〉]")  # 〈〉 inside a title
_SHORT = re.compile(r"^(?:实施|指导|行动|工作|总体)?(?:意见|方案|通知|规划|办法|纲要|计划|决定|细则|规定|条例)$")
_DOCNO = re.compile(r"[（(]\S{1,6}〔\d{4}〕\d+\s*号[）)]")


@dataclass(frozen=True)
class Citation:
    title: str  # as printed, whitespace removed
    start: int  # offset of 《 in doc.text
    end: int  # offset after 》
    short: bool  # a short form (《意见》) standing for ``full``
    full: str  # the full title it stands for (= title unless short)
    target: str | None  # key of the cited document in the set, None when none matches
    in_preamble: bool
    cue: str | None  # the cue word before it in the preamble (贯彻落实 …), None if none
    is_self: bool  # the document's own title (现将《…》印发给你们)


@lru_cache(maxsize=None)
def cues() -> tuple[tuple[str, int], ...]:
    rows = [(r["cue"], int(r["window"])) for r in read_tsv("citation_cues.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1 << 16)  # pure; a build compares the same titles again and again (issue 17)
def norm_title(title: str) -> str:
    """A title as compared: no whitespace, no quotes, no document number, full-width brackets."""
    t = re.sub(r"\s+", "", title or "")
    t = _DOCNO.sub("", t)
    t = t.replace("(", "（").replace(")", "）")
    return re.sub(r"[“”\"'‘’《》«»〈〉]", "", t)


@lru_cache(maxsize=1 << 16)  # pure; a build compares the same titles again and again (issue 17)
def core_title(title: str) -> str:
    """The title from 关于 on (its issuers dropped), without 的 before the genre word."""
    t = norm_title(title)
    i = t.find("关于")
    if i > 0:
        t = t[i:]
    return re.sub(r"的(?=(?:实施|指导|行动|工作)?(?:意见|方案|规划|通知|计划)$)", "", t)


@lru_cache(maxsize=1 << 18)  # pure; a build compares the same titles again and again (issue 17)
def match_grade(cited: str, title: str) -> int:
    """How well a cited title matches a document title: 3 the same, 2 the same from 关于 on (issuer
    dropped), 1 nearly the same (a misprint; same genre word), 0 no match."""
    a, b = norm_title(cited), norm_title(title)
    if not a or not b:
        return 0
    if a == b:
        return 3
    if _issuer_places(a) and _issuer_places(b) and not _issuer_places(a) & _issuer_places(b):
        return 0  # 广西…关于X的实施意见 is not 海南…关于X的实施意见
    ca, cb = core_title(a), core_title(b)
    if len(ca) >= 6 and ca == cb:
        return 2
    if _genre(ca) != _genre(cb):
        return 0  # 实施意见 implements 意见: never the same document
    # a misprinted citation (a word dropped or doubled): nearly the same long title
    return int(min(len(ca), len(cb)) >= 15 and SequenceMatcher(None, ca, cb, autojunk=False).ratio() >= 0.92)


@lru_cache(maxsize=1 << 16)  # pure; a build compares the same titles again and again (issue 17)
def _issuer_places(title: str) -> frozenset[str]:
    """Provinces named in the issuer part of a title (before 关于)."""
    i = title.find("关于")
    head = title[:i] if i > 0 else ""
    out = {ident for name, ident in province_names().items() if len(name) >= 2 and name in head}
    m = re.match(r"(?:中共)?(\S{2,8}?)(?:壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)", head)
    if m:
        out.add(m.group(1))  # the printed name too, for a province the place list lacks
    return frozenset(out)


def titles_match(cited: str, title: str) -> bool:
    return match_grade(cited, title) > 0


def _genre(title: str) -> str:
    m = re.search(r"(?:实施|指导|行动|工作|总体)?(?:意见|方案|通知|规划|办法|纲要|计划|决定|细则|规定|条例)$", title)
    return m.group(0) if m else ""


def preamble_end(doc: Document) -> int:
    """Where the preamble ends: the start of the first part or measure (the whole text if none)."""
    starts = [n.start for n in doc.root.walk() if n.kind in ("part", "measure")]
    return min(starts) if starts else len(doc.text)


def doc_titles(doc: Document) -> list[str]:
    """The titles a document may be cited by: its meta title and its first lines."""
    out = []
    if doc.meta.get("title"):
        out.append(doc.meta["title"])
    head = [ln.strip() for ln in doc.text[:600].split("\n") if ln.strip()][:3]
    out.extend(head)
    out.append("".join(head[:2]))
    # a line that cites (为贯彻落实《…》) is a sentence, not the title
    return [t for t in out if t and not re.search(r"[《«〈]", t) and len(t) <= 120]


def resolve(title: str, known: Mapping[str, str | list[str]], prefer=None, places=None) -> str | None:
    """The key of the document in ``known`` (key → title or titles) whose title matches best, else
    None. Several equally good matches (the same title issued by several provinces) are told apart by
    ``prefer`` (key → True for a document of the citing document's own place); still several: None.
    ``places`` (key → province id or None): a document of another province than the one the cited
    title's issuer names is never the match."""
    named = {p for p in _issuer_places(norm_title(title)) if p.isascii()}
    grades: dict[str, int] = {}
    for key in sorted(known):
        if named and places and places.get(key) and places[key] not in named:
            continue
        titles = known[key]
        g = max((match_grade(title, t) for t in ([titles] if isinstance(titles, str) else titles)), default=0)
        if g:
            grades[key] = g
    if not grades:
        return None
    top = max(grades.values())
    best = [k for k, g in grades.items() if g == top]
    if len(best) > 1 and prefer is not None:
        best = [k for k in best if prefer(k)] or best
    return best[0] if len(best) == 1 else None


def citations(doc: Document, known: Mapping[str, str | list[str]] | None = None, prefer=None,
              places=None) -> list[Citation]:
    """Every 《…》 title in ``doc``, in text order, resolved against ``known`` (key → title(s));
    ``prefer`` breaks ties between equally good matches (see ``resolve``)."""
    known = known or {}
    own = doc_titles(doc)
    pre_end = preamble_end(doc)
    out: list[Citation] = []
    fulls: list[str] = []  # full titles cited so far
    for m in _TITLE.finditer(doc.text):
        title = re.sub(r"\s+", "", m.group(1))
        if not title:
            continue
        fitting = [t for t in fulls if norm_title(t).endswith(title)]
        short = bool(_SHORT.match(title)) and bool(fulls)
        full = (fitting or fulls)[-1] if short else title
        if not short and not _SHORT.match(title):
            fulls.append(title)
        is_self = any(titles_match(full, t) for t in own)
        target = None if is_self else resolve(full, known, prefer, places)
        in_pre = m.start() < pre_end
        cue = _cue_before(doc.text, m.start()) if in_pre else None
        out.append(Citation(title, m.start(), m.end(), short, full, target, in_pre, cue, is_self))
    return out


def _cue_before(text: str, pos: int) -> str | None:
    """The cue word before ``pos`` in the same clause (no ，between) and within its window."""
    left = re.sub(r"\s+", "", text[max(0, pos - 100):pos])
    left = re.split(r"[。；;！？]", left)[-1]
    best = None
    for cue, window in cues():
        i = left.rfind(cue)
        between = left[i + len(cue):] if i >= 0 else ""
        if i >= 0 and len(between) <= window and not re.search(r"[，,]", between):
            if best is None or i + len(cue) > best[0]:
                best = (i + len(cue), cue)
    return best[1] if best else None


def cited_parents(doc: Document, known: Mapping[str, str | list[str]], prefer=None, places=None) -> list[str]:
    """Keys of the documents of ``known`` that the preamble names with a cue, in order of citation."""
    out = []
    for c in citations(doc, known, prefer, places):
        if c.cue and c.target and c.target not in out:
            out.append(c.target)
    return out

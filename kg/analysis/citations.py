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
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
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
CORE_MIN = 6  # a title the same from 关于 on matches when that core is at least this long
NEAR_MIN = 15  # a misprinted title matches when both cores are at least this long
NEAR = 0.92  # and this similar (difflib's ratio)


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
    if len(ca) >= CORE_MIN and ca == cb:
        return 2
    if _genre(ca) != _genre(cb):
        return 0  # 实施意见 implements 意见: never the same document
    # a misprinted citation (a word dropped or doubled): nearly the same long title
    if min(len(ca), len(cb)) < NEAR_MIN or 2.0 * min(len(ca), len(cb)) / (len(ca) + len(cb)) < NEAR:
        return 0  # difflib's real_quick_ratio, an upper bound of its ratio, is already too low
    sm = SequenceMatcher(None, ca, cb, autojunk=False)
    return int(sm.quick_ratio() >= NEAR and sm.ratio() >= NEAR)  # quick_ratio: a cheaper upper bound


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


class TitleCandidates:
    """The documents (key → titles) a cited title could match (``match_grade`` > 0 with one of their
    titles), found by look-ups instead of comparing the title with every title of the set: a superset
    of the documents it matches, never fewer. The same normal form (grade 3) and the same core (grade
    2) are dictionary keys; a near match (grade 1: the same genre word, both cores ``NEAR_MIN`` long,
    difflib's ratio ≥ ``NEAR``) is looked for among the cores of its genre whose length and characters
    allow that ratio: the ratio is at most 2·min(lengths)/(sum of lengths) and at most 2·(characters
    shared as a multiset)/(sum of lengths) (difflib's ``real_quick_ratio`` and ``quick_ratio``); the
    bounds are taken with a margin (``_SLACK``), so a float rounding never drops a match."""

    _SLACK = 0.02

    def __init__(self, titles: Mapping[str, list[str]]):
        self.by_norm: dict[str, set[str]] = defaultdict(set)
        self.by_core: dict[str, set[str]] = defaultdict(set)
        near: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # genre → (core length, core, key)
        for key, ts in titles.items():
            for t in ts:
                b = norm_title(t)
                if not b:
                    continue
                self.by_norm[b].add(key)
                cb = core_title(b)
                if len(cb) >= CORE_MIN:
                    self.by_core[cb].add(key)
                if len(cb) >= NEAR_MIN:
                    near[_genre(cb)].append((len(cb), cb, key))
        self.near = {g: sorted(set(rows)) for g, rows in near.items()}
        self.lens = {g: [n for n, _, _ in rows] for g, rows in self.near.items()}
        self.counts = {g: _char_counts([cb for _, cb, _ in rows]) for g, rows in self.near.items()}
        self.memo: dict[str, frozenset[str]] = {}

    def __call__(self, cited: str) -> frozenset[str]:
        out = self.memo.get(cited)
        if out is None:
            out = self.memo[cited] = frozenset(self._find(cited))
        return out

    def _find(self, cited: str) -> set[str]:
        a = norm_title(cited)
        if not a:
            return set()
        out = set(self.by_norm.get(a, ()))
        ca = core_title(a)
        out |= self.by_core.get(ca, set()) if len(ca) >= CORE_MIN else set()
        genre = _genre(ca)
        if len(ca) < NEAR_MIN or genre not in self.near:
            return out
        r = NEAR - self._SLACK  # 2·min/(la + lb) ≥ r: lb between la·r/(2 − r) and la·(2 − r)/r
        lens, rows, (columns, counts) = self.lens[genre], self.near[genre], self.counts[genre]
        lo, hi = bisect_left(lens, len(ca) * r / (2 - r)), bisect_right(lens, len(ca) * (2 - r) / r)
        if lo >= hi:
            return out
        import numpy as np  # imported when first needed, as kg.pages.layout does

        mine = Counter(ca)
        chars = [c for c in sorted(mine) if c in columns]  # a character no row holds shares nothing
        shared = np.minimum(counts[lo:hi][:, [columns[c] for c in chars]],
                            np.array([mine[c] for c in chars], dtype=np.int64)).sum(axis=1)
        for i in np.flatnonzero(2 * shared >= r * (len(ca) + np.array(lens[lo:hi]))):
            out.add(rows[lo + i][2])
        return out


def _char_counts(cores: list[str]):
    """(character → column, rows × columns counts): how often each core holds each character."""
    import numpy as np

    columns = {c: i for i, c in enumerate(sorted({c for t in cores for c in t}))}
    counts = np.zeros((len(cores), len(columns)), dtype=np.int64)
    for i, t in enumerate(cores):
        for c, k in Counter(t).items():
            counts[i, columns[c]] = k
    return columns, counts


def cited_parents(doc: Document, known: Mapping[str, str | list[str]], prefer=None, places=None) -> list[str]:
    """Keys of the documents of ``known`` that the preamble names with a cue, in order of citation."""
    out = []
    for c in citations(doc, known, prefer, places):
        if c.cue and c.target and c.target not in out:
            out.append(c.target)
    return out

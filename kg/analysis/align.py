"""Central → local alignment (issue 15.3-15.6): the parent of a local document, and for each local
provision the central measure(s) it implements, with a score and a reason a person can check.

Method: every provision (a measure, or a part with no measure under it) becomes weighted jieba
terms (boilerplate phrases of ``ontology/align_boilerplate.tsv`` down-weighted); an inverted
index over the central provisions gives BM25 candidates; each candidate is then scored closely
on term overlap (cosine of idf weights), heading overlap, the text reused in passages of ≥ 10
characters (and the longest of them) and shared target indicators. Central measures above a
threshold are kept (several when close to the best), none below it (a local innovation).
Nothing compares all pairs: a provision meets only the central provisions sharing its terms.
"""
from __future__ import annotations

import math
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Iterable, Mapping

from kg.model import Document
from kg.analysis.citations import Citation, TitleCandidates, cited_parents, citations, doc_titles
from kg.analysis.level import Level, document_level, parent_possible
from kg.analysis.provisions import HAN, Provision, boilerplate, provisions, terms  # noqa: F401 (re-exported)
from kg.analysis.targets import TargetComparison, compare_targets  # noqa: F401 (re-exported)

# Tuned on the dev half of corpus/alignment (60, 297, 75, 85) only.
WEIGHTS = {"terms": 0.55, "heading": 0.25, "reuse": 0.15, "indicator": 0.05}
THRESHOLD = 0.10  # below this a local provision has no central counterpart
SECOND = 0.6  # a further central measure is kept when its score is at least this share of the best
CANDIDATES = 8  # BM25 candidates per provision
CLOSE = 4  # of which compared closely (reused passages) after a cheap ranking on terms and heading
COPIED = 0.5  # share of the local text in reused passages (≥ 10 characters) for `copied`
PARENT_MIN = 0.25  # mean best score a central document needs to be an aligned parent
PARENT_VOTES = 0.2  # share of provisions whose best candidate it must be, before it is checked closely
COPY_DOC = 0.85  # share of a document's text reused from another for it to be a copy
_NO_PROVISIONS = ("{} has no parts or numbered measures to align (a regulation's articles, a news report "
                  "or a notice are not aligned); it aligns to nothing")


# ------------------------------------------------------------------ index


class Index:
    """BM25 over the terms of central provisions (the candidates a local provision is scored against)."""

    def __init__(self, provs: Iterable[Provision]):
        self.provs = list(provs)
        self.post: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, p in enumerate(self.provs):
            for t, n in p.terms.items():
                self.post[t].append((i, n))
        self.lens = [sum(p.terms.values()) or 1 for p in self.provs]
        self.avg = sum(self.lens) / max(len(self.lens), 1)
        n = max(len(self.provs), 1)
        bp = boilerplate()
        self._norms: dict[int, float] = {}
        self.idf = {t: math.log(1 + (n - len(ps) + 0.5) / (len(ps) + 0.5)) * bp.get(t, 1.0) for t, ps in self.post.items()}

    def search(self, p: Provision, k: int = CANDIDATES, docs: set[str] | None = None) -> list[tuple[int, float]]:
        k1, b = 1.2, 0.75
        acc: dict[int, float] = defaultdict(float)
        for t in p.terms:
            idf = self.idf.get(t)
            if not idf:
                continue
            for i, n in self.post[t]:
                if docs is not None and self.provs[i].doc not in docs:
                    continue
                acc[i] += idf * n * (k1 + 1) / (n + k1 * (1 - b + b * self.lens[i] / self.avg))
        return sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))[:k]

    def norm(self, p: Provision) -> float:
        """Length of the provision's weighted term vector (cached)."""
        n = self._norms.get(id(p))
        if n is None:
            n = self._norms[id(p)] = math.sqrt(sum((self.weight(t) ** 2) * c for t, c in p.terms.items()))
        return n

    def weight(self, t: str) -> float:
        return self.idf.get(t, math.log(1 + len(self.provs)) * boilerplate().get(t, 1.0))


# ------------------------------------------------------------------ close alignment


@dataclass(frozen=True)
class Reason:
    shared_terms: tuple[str, ...]  # the heaviest shared terms
    shared_indicators: tuple[str, ...]
    passage: str  # the longest reused passage
    reused: float  # share of the local text in reused passages of ≥ 10 characters
    heading: str  # the central heading (or clause of the central text) it follows
    heading_overlap: float

    def text(self) -> str:
        bits = []
        if self.heading_overlap >= 0.5:
            bits.append(f"follows heading「{self.heading}」")
        if self.passage:
            bits.append(f"reuses「{self.passage[:40]}{'…' if len(self.passage) > 40 else ''}」({len(self.passage)} chars, {self.reused:.0%} of the text reused)")
        if self.shared_indicators:
            bits.append("same indicators: " + "、".join(self.shared_indicators))
        if self.shared_terms:
            bits.append("shared terms: " + "、".join(self.shared_terms))
        return "; ".join(bits) or "weak overlap"


@dataclass(frozen=True)
class Pair:
    local: Provision
    central: Provision
    score: float
    closeness: str  # copied | adapted
    reason: Reason
    parts: tuple  # (terms, heading, reuse, indicator) component scores


@lru_cache(maxsize=1 << 16)
def _bigrams(s: str) -> frozenset[str]:
    # cached: every local heading is compared with every clause of each candidate central measure,
    # the same few thousand strings a million times at pool scale
    s = "".join(HAN.findall(s))
    return frozenset(s[i:i + 2] for i in range(len(s) - 1))


def _dice(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _cheap(local: Provision, central: Provision, index: Index) -> float:
    return WEIGHTS["terms"] * _cosine(local, central, index) + WEIGHTS["heading"] * _head(local, central)[0]


CLAUSE_HEAD = 0.8  # a local heading found as a clause inside a central measure counts this much of a heading


def _head(local: Provision, central: Provision) -> tuple[float, str]:
    """How far the local heading follows the central heading, or a clause of the central text
    (a local measure often expands one sentence of a central measure): (overlap, what it follows)."""
    best = (_dice(local.heading, central.heading), central.heading)
    for cl in central.clauses:
        d = CLAUSE_HEAD * _dice(local.heading, cl)
        if d > best[0]:
            best = (d, cl)
    return best


def _cosine(local: Provision, central: Provision, index: Index) -> float:
    shared = sorted(set(local.terms) & set(central.terms))  # sorted: the same float sum in every process
    if not shared:
        return 0.0
    w = index.weight
    dot = sum(w(t) ** 2 * math.sqrt(local.terms[t] * central.terms[t]) for t in shared)
    na, nb = index.norm(local), index.norm(central)
    return dot / (na * nb) if na and nb else 0.0


GRAM = 10  # a reused passage is at least this many characters


def _grams(p: Provision) -> frozenset:
    if p.grams is None:
        p.grams = frozenset(p.text[i:i + GRAM] for i in range(len(p.text) - GRAM + 1))
    return p.grams


def _reuse(local: Provision, central: Provision) -> tuple[float, str]:
    """Share of the local text inside passages of ≥ GRAM characters found in the central text, and
    the longest such passage (linear in the lengths, unlike an edit alignment)."""
    grams, t = _grams(central), local.text
    covered = [False] * len(t)
    for i in range(len(t) - GRAM + 1):
        if t[i:i + GRAM] in grams:
            for j in range(i, i + GRAM):
                covered[j] = True
    best, run, best_end = 0, 0, 0
    for i, c in enumerate(covered):
        run = run + 1 if c else 0
        if run > best:
            best, best_end = run, i + 1
    return sum(covered) / max(len(t), 1), t[best_end - best:best_end]


def compare(local: Provision, central: Provision, index: Index) -> Pair:
    """Close comparison of one local provision with one central provision."""
    shared = set(local.terms) & set(central.terms)
    w = {t: index.weight(t) for t in set(local.terms) | set(central.terms)}
    cos = _cosine(local, central, index)
    head, followed = _head(local, central)
    reused, passage = _reuse(local, central)
    inds = local.indicators & central.indicators
    ind = len(inds) / len(local.indicators | central.indicators) if inds else 0.0
    parts = (cos, head, min(1.0, reused * 2), ind)
    score = sum(wt * v for wt, v in zip(WEIGHTS.values(), parts))
    top_terms = tuple(sorted(shared, key=lambda t: (-w[t], t))[:6])
    reason = Reason(top_terms, tuple(sorted(inds)), passage, round(reused, 3), followed, round(head, 3))
    return Pair(local, central, round(score, 4), "copied" if reused >= COPIED else "adapted", reason, tuple(round(x, 4) for x in parts))


def align_provision(p: Provision, index: Index, docs: set[str] | None = None) -> list[Pair]:
    """The central provisions ``p`` implements, best first (empty: no counterpart)."""
    hits = [index.provs[i] for i, _ in index.search(p, CANDIDATES, docs)]
    # the passage comparison is the costly part: only for the candidates best on the cheap parts
    hits.sort(key=lambda c: -_cheap(p, c, index))
    cands = [compare(p, c, index) for c in hits[:CLOSE]]
    cands.sort(key=lambda x: (-x.score, x.central.doc, x.central.start))
    if not cands or cands[0].score < THRESHOLD:
        return []
    best = cands[0].score
    return [c for c in cands if c.score >= max(THRESHOLD, SECOND * best)]


# ------------------------------------------------------------------ documents


@dataclass
class Coverage:
    taken_up: list[str]  # central provision ids implemented by some local provision
    left_out: list[str]  # central provision ids no local provision implements
    local_new: list[str]  # local provision ids with no central counterpart


@dataclass
class Alignment:
    local: str
    central: str | None
    relation: str  # implements | copy | same-level | none
    how: str  # cited | aligned | given | "" (how the parent was found)
    message: str
    pairs: list[Pair] = field(default_factory=list)  # best first per local provision, in local order
    coverage: Coverage | None = None
    targets: list[TargetComparison] = field(default_factory=list)
    local_provisions: list[Provision] = field(default_factory=list)


class Pool:
    """A set of documents (key → Document) with their provisions and one index of the central ones."""

    def __init__(self, docs: Mapping[str, Document], prepared: Mapping[str, tuple] | None = None):
        """``prepared``: key → ``prepare(doc, key)`` made beforehand (in the worker that parsed the
        document, and kept in the build's cache), so that a build aligns without cutting every
        document's provisions into terms again."""
        self.docs = dict(docs)
        prepared = prepared or {}
        self.levels: dict[str, Level] = {k: document_level(d) for k, d in self.docs.items()}
        self.provs = {k: prepared[k][0] if k in prepared else provisions(d, k) for k, d in self.docs.items()}
        self._fps = {k: prepared[k][1] for k in self.docs if k in prepared}
        self.central = sorted(k for k, lv in self.levels.items() if lv.level == "central")
        self._index: Index | None = None
        self.titles = {k: doc_titles(d) for k, d in self.docs.items()}
        self._fp_index: dict[int, set[str]] | None = None
        self._rarest: dict[str, list[int]] = {}  # each document's rarest fingerprints (_copy_hits)
        self._titled: TitleCandidates | None = None
        self._citations: dict[str, list[Citation]] = {}

    @property
    def index(self) -> Index:
        """BM25 over the central documents' provisions, made when first needed (a build whose
        alignments all come from its cache needs none, nor the jieba dictionary its weights load)."""
        if self._index is None:
            self._index = Index(p for k in self.central for p in self.provs[k])
        return self._index

    def higher(self, key: str) -> list[str]:
        """The documents that could be the parent of ``key`` (of a higher level), sorted."""
        lv = self.levels[key]
        return sorted(k for k in self.docs if k != key and parent_possible(lv, self.levels[k]))

    def reads(self, key: str) -> list[str]:
        """Every document ``align(key)`` depends on, ``key`` included, sorted: the central documents
        (their provisions make the index; a parent found by its provisions is one of them), the
        possible parents whose titles a title its preamble cites with a cue could match (the only
        ones ``cited_parents`` can name: a possible parent that matches none of them changes nothing,
        ``citations.resolve`` grades it 0), and the documents it could be a copy of (those holding
        enough of its fingerprints). Its alignment is the same whatever the other documents are."""
        return sorted({key, *self.central, *self.cited_candidates(key), *self._copy_candidates(key)})

    def cites(self, key: str) -> list[Citation]:
        """The document's citations, unresolved (``citations.citations(doc)``), made once."""
        if key not in self._citations:
            self._citations[key] = citations(self.docs[key])
        return self._citations[key]

    def title_candidates(self, title: str) -> frozenset[str]:
        """The documents of the set whose titles ``title`` could match (``citations.TitleCandidates``)."""
        if self._titled is None:
            self._titled = TitleCandidates(self.titles)
        return self._titled(title)

    def cited_candidates(self, key: str) -> list[str]:
        """The possible parents of ``key`` one of whose titles a title its preamble cites with a cue
        could match (``citations.TitleCandidates``: a superset of those it matches), sorted."""
        lv = self.levels[key]
        cued = dict.fromkeys(c.full for c in self.cites(key) if c.cue and not c.is_self)
        found = {k for title in cued for k in self.title_candidates(title)}
        return sorted(k for k in found if k != key and parent_possible(lv, self.levels[k]))

    def _fingerprint_index(self) -> dict[int, set[str]]:
        """The documents holding each fingerprint that is one of some document's rarest
        (``_copy_hits``); counted once for the pool, in C loops (Counter, set intersections)."""
        if self._fp_index is None:
            fps = {k: self._fingerprints_of(k) for k in sorted(self.docs)}
            held = Counter(chain.from_iterable(fps.values()))  # how many documents hold each
            for k, mine in fps.items():
                need = math.ceil(COPY_DOC * len(mine))  # the least count c with c >= COPY_DOC * n
                self._rarest[k] = sorted(mine, key=held.__getitem__)[:len(mine) - need + 1]
            wanted = frozenset(chain.from_iterable(self._rarest.values()))
            self._fp_index = defaultdict(set)
            for k, mine in fps.items():
                for h in mine & wanted:
                    self._fp_index[h].add(k)
        return self._fp_index

    def _fingerprints_of(self, key: str) -> frozenset[int]:
        if key not in self._fps:
            self._fps[key] = _fingerprints(self.provs[key])
        return self._fps[key]

    def _copy_hits(self, key: str) -> dict[str, int]:
        """The other documents holding at least ``COPY_DOC`` of the fingerprints of ``key``, with how
        many they hold. Only the documents holding one of its rarest fingerprints are counted: one
        holding that share of n misses at most n - t of them (t the least count that is enough), so
        it holds one of any n - t + 1 (the rarest, whose documents are few); the common ones (a
        shared boilerplate sentence in every document) are never walked. The same documents as
        counting every fingerprint, in a time that does not grow with the square of the build."""
        mine = self._fingerprints_of(key)
        index = self._fingerprint_index()
        out = {}
        for k in sorted({k for h in self._rarest[key] for k in index[h]} - {key}):
            c = len(mine & self._fingerprints_of(k))
            if c >= COPY_DOC * len(mine):
                out[k] = c
        return out

    def _copy_candidates(self, key: str) -> list[str]:
        return sorted(self._copy_hits(key))

    def parent(self, key: str) -> tuple[str | None, str, str]:
        """(parent key, how, message) for the document ``key``."""
        lv = self.levels[key]
        higher = {k: self.titles[k] for k in self.cited_candidates(key)}  # the others match no cited title
        cited = cited_parents(self.docs[key], higher,
                              lambda k: self.levels[k].province is None or self.levels[k].province == lv.province,
                              {k: self.levels[k].province for k in higher})
        if cited:
            return cited[0], "cited", f"the preamble cites 《{self.titles[cited[0]][0]}》 as the document it implements"
        if lv.level == "central":
            return None, "", "a central document implements no other in the set"
        cands = {k for k in self.central if k != key and parent_possible(lv, self.levels[k])}
        if not cands:
            return None, "", "no document of a higher level in the set"
        # votes: the document of each provision's best BM25 candidate (cheap); then the winner is
        # checked by aligning closely to it
        votes: dict[str, int] = defaultdict(int)
        local = self.provs[key]
        for p in local:
            hits = self.index.search(p, 1, cands)
            if hits:
                votes[self.index.provs[hits[0][0]].doc] += 1
        if not votes:
            return None, "", "no central document in the set shares its measures: its parent is not in the set"
        k, v = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
        if v < PARENT_VOTES * len(local):  # cheap refusal: most provisions look elsewhere
            return None, "", (f"no central document in the set is retrieved first by enough of its provisions "
                              f"(best {k}: {v} of {len(local)}); its parent is not in the set")
        best: dict[str, float] = {}
        for p in local:
            pairs = align_provision(p, self.index, {k})
            best[p.id] = pairs[0].score if pairs else 0.0
        mean = sum(best.values()) / max(len(local), 1)
        if mean < PARENT_MIN:
            return None, "", f"no central document in the set aligns closely enough (best {k}: mean score {mean:.2f} < {PARENT_MIN}); its parent is not in the set"
        return k, "aligned", f"its provisions align most to {k} (mean best score {mean:.2f})"

    def align(self, local: str, central: str | None = None) -> Alignment:
        """Align ``local`` to ``central`` (found with ``parent`` when not given)."""
        how = "given"
        if not self.provs[local] and central != local:  # a news report, a notice with no measures
            return Alignment(local, None, "none", "", _NO_PROVISIONS.format(local))
        if central is None:
            central, how, msg = self.parent(local)
            if central is None:
                copy = self._copy_of(local)
                if copy:
                    return Alignment(local, copy, "copy", "", f"{local} is a copy of {copy}", local_provisions=self.provs[local])
                return Alignment(local, None, "none", "", msg, local_provisions=self.provs[local])
        else:
            msg = "parent given"
        if central == local or copy_share(self.provs[local], self.provs[central]) >= COPY_DOC:
            return Alignment(local, central, "copy", how, f"{local} is a copy of {central}", local_provisions=self.provs[local])
        if not parent_possible(self.levels[local], self.levels[central]):
            return Alignment(local, central, "same-level" if self.levels[local].level == self.levels[central].level else "none",
                             how, f"{local} ({self.levels[local].level}) cannot implement {central} ({self.levels[central].level})",
                             local_provisions=self.provs[local])
        if not self.provs[central]:
            return Alignment(local, central, "none", how, _NO_PROVISIONS.format(central), local_provisions=self.provs[local])
        index = self.index if central in self.central else Index(self.provs[central])
        pairs = []
        for p in self.provs[local]:
            pairs.extend(align_provision(p, index, {central}))
        return Alignment(local, central, "implements", how, msg, pairs, coverage(self.provs[local], self.provs[central], pairs),
                         compare_targets(pairs), self.provs[local])

    def _copy_of(self, key: str) -> str | None:
        """Another document of the set of which ``key`` is a copy (sampled shingles, no all pairs)."""
        hits = self._copy_hits(key)  # the documents holding enough of its fingerprints
        for k, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0])):
            if copy_share(self.provs[key], self.provs[k]) >= COPY_DOC:
                return k
        return None


def prepare(doc: Document, key: str) -> tuple[list[Provision], frozenset[int]]:
    """What alignment needs of one document that depends on it alone: its provisions (with their
    jieba terms) and their text's fingerprints; ``Pool(docs, prepared)`` takes them as they are."""
    provs = provisions(doc, key)
    return provs, _fingerprints(provs)


def _fingerprints(provs: list[Provision]) -> frozenset[int]:
    """A deterministic sample of the 16-character shingles of a document's text."""
    t = "".join(p.text for p in provs)
    out = set()
    for i in range(len(t) - 15):
        h = zlib.crc32(t[i:i + 16].encode("utf-8"))
        if h % 8 == 0:
            out.add(h)
    return frozenset(out)


def copy_share(a: list[Provision], b: list[Provision]) -> float:
    """Share of the text of ``a`` found in passages of ≥ 20 characters of ``b`` (a copy: close to 1)."""
    ta, tb = "".join(p.text for p in a), "".join(p.text for p in b)
    if not ta or not tb or min(len(ta), len(tb)) < 0.7 * max(len(ta), len(tb)):
        return 0.0
    grams = {tb[i:i + 20] for i in range(0, len(tb) - 19)}
    hit = sum(1 for i in range(0, len(ta) - 19, 5) if ta[i:i + 20] in grams)
    return hit / max(1, len(range(0, len(ta) - 19, 5)))


def coverage(local: list[Provision], central: list[Provision], pairs: list[Pair]) -> Coverage:
    taken = {p.central.id for p in pairs}
    aligned_local = {p.local.id for p in pairs}
    return Coverage([c.id for c in central if c.id in taken], [c.id for c in central if c.id not in taken],
                    [p.id for p in local if p.id not in aligned_local])

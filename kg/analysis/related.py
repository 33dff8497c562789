"""Related measures: for every measure, the most related measures in its own and in other documents.

What a measure is about (``Profile``: its actors, indicators, places, sectors and instruments
from ``doc.links``, and its content words) and how alike two measures are (tf-idf cosine of the
words plus a weighted overlap of the features), with the reason in words. Pure functions over
parsed documents; ``kg.build`` keeps each document's profiles and writes the relations.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from kg.annotate.base import tokenizer
from kg.graph.rdf import node_iri
from kg.labels import concept_labels, document_measures, word
from kg.lexicon import read_tsv
from kg.link import linked
from kg.model import Document
from kg.link import matrix_units
from kg.units import number_label

# Related measures ----------------------------------------------------------------------------

# feature kind → (weight, zh label in reasons); indicators say most, sectors and instruments least
FEATURES: dict[str, tuple[float, str]] = {
    kind: (weight, word(f"shared_{kind}"))
    for kind, weight in (("indicator", 2.0), ("actor", 1.0), ("place", 1.0), ("sector", 0.5), ("instrument", 0.5))
}
TEXT_WEIGHT = 0.5  # score = TEXT_WEIGHT * text cosine + (1 - TEXT_WEIGHT) * weighted feature overlap
PER_DOCUMENT = 3  # related measures kept per measure in its own document
OTHER_DOCUMENTS = 3  # … and in other documents
MIN_SCORE = 0.05

# words every measure uses: they say nothing about what a measure is about
_STOP = frozenset(row["word"] for row in read_tsv("related_stopwords.tsv"))


@dataclass
class Profile:
    """What one measure is about: its features by kind, and its content tokens."""

    iri: str
    doc: str
    label: str  # （五）持续深入打好蓝天保卫战, with the part when numbering restarts per part
    features: dict[str, set[str]] = field(default_factory=dict)
    tokens: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Relation:
    source: str
    target: str
    rank: int
    score: float
    text_similarity: float
    shared: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, sorted concept ids)
    reason: str


def profiles(docs: list[tuple[str, Document]]) -> list[Profile]:
    """One profile per measure of every document (documents in IRI order)."""
    return [p for d, doc in docs for p in doc_profiles(d, doc)]


def doc_profiles(d: str, doc: Document) -> list[Profile]:
    """The profiles of one document's units (``provision_units``): what a build keeps of it for cross-referencing."""
    cut = tokenizer().lcut
    out = []
    by_path = linked(doc).units
    labels = {id(m): label for m, label in document_measures(doc)}
    for m in provision_units(doc):
        p = Profile(str(node_iri(d, m)), d, labels.get(id(m)) or _unit_label(m))
        ul = by_path.get(m.path)
        if ul is not None:
            p.features = {
                "actor": set(ul.roles),
                "indicator": {t.get("indicator") for t in ul.targets},
                "sector": set(ul.sectors),
                "place": set(ul.places),
                "instrument": set(ul.instruments),
            }
        text = doc.slice(m)
        p.tokens = [t for t in cut(text, HMM=False) if len(t) >= 2 and t not in _STOP and re.search(r"[\u4e00-\u9fff]", t)]
        out.append(p)
    return out


def provision_units(doc: Document):
    """The units a document's measures are related over: the rows of its responsibility matrix
    (``kg.link.matrix_units``: its measures, articles or tasks, failing those its parts read as
    provisions), so a regulation's 第三条 or a work plan's tasks relate as a plan's measures do."""
    return matrix_units(doc)


def _unit_label(node) -> str:
    """An article, task or part as the pages print it: 第三条, 5. 标题, 一、标题, 附件1 标题."""
    head = number_label(node.kind, node.number)
    return head if node.kind == "article" or not node.title else head + node.title


def _block_rows(n: int) -> int:
    """Rows of the score matrix computed at once: about half a million cells (a dozen arrays of
    4 MB at the peak), whatever the corpus size."""
    return max(1, min(n, 500_000 // max(n, 1)))


def related(profs: list[Profile], labels=None) -> list[Relation]:
    """For every measure, the most related measures in its own and in other documents, explained."""
    return list(iter_related(profs, labels))


def iter_related(profs: list[Profile], labels=None):
    """``related``, measure by measure (in the order of ``profs``), without holding them all.

    Profiles must come grouped by document (as ``profiles`` gives them). Scores are computed a
    block of rows at a time over sparse matrices, so memory stays at a few hundred MB for tens
    of thousands of measures instead of growing with the square of their number.
    """
    import numpy as np
    from scipy import sparse

    if len(profs) < 2:
        return
    labels = labels or concept_labels()
    n = len(profs)
    # text: tf-idf over content tokens, cosine
    vocab: dict[str, int] = {}
    cols = np.fromiter((vocab.setdefault(t, len(vocab)) for p in profs for t in p.tokens), dtype=np.int64)
    rows = np.repeat(np.arange(n, dtype=np.int64), [len(p.tokens) for p in profs])
    tf = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, max(len(vocab), 1)))
    del rows, cols
    tf.sum_duplicates()
    df = np.bincount(tf.indices, minlength=tf.shape[1])
    idf = np.log((1 + n) / (1 + df)) + 1
    m = tf.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    m = sparse.diags(1 / norms) @ m
    mt = m.T.tocsr()  # CSR: a block's product converts nothing (the sums are the same, term for term)
    # features: weighted, idf-scaled overlap (a weighted Jaccard): shared / (|a| + |b| - shared)
    fdf: dict[tuple[str, str], int] = {}
    for p in profs:
        for kind, ids in p.features.items():
            for ident in ids:
                fdf[(kind, ident)] = fdf.get((kind, ident), 0) + 1
    fid = {f: k for k, f in enumerate(fdf)}
    fw = np.array([FEATURES[f[0]][0] * math.log((1 + n) / c) for f, c in fdf.items()] or [0.0])
    sets = [{(k, i) for k, ids in p.features.items() for i in ids} for p in profs]
    frows = [i for i, s in enumerate(sets) for _ in s]
    fcols = [fid[f] for s in sets for f in s]
    fm = sparse.csr_matrix((np.ones(len(frows)), (frows, fcols)), shape=(n, len(fw)))
    fwt = (fm @ sparse.diags(fw)).T.tocsr()
    total = np.asarray(fm @ fw).ravel()
    # ties are broken by the related measure's IRI: one integer key orders (score desc, IRI asc)
    rank = np.empty(n, dtype=np.int64)
    rank[sorted(range(n), key=lambda i: profs[i].iri)] = np.arange(n)
    tie = (n - 1 - rank)[None, :]
    docs = [p.doc for p in profs]
    span: dict[str, tuple[int, int]] = {}
    for i, d in enumerate(docs):
        a, _ = span.get(d, (i, i))
        span[d] = (a, i + 1)

    step = _block_rows(n)
    heads: dict[tuple, str] = {}  # a reason's shared features in words, made once per set of them
    similarity = word("text_similarity")
    for lo in range(0, n, step):
        hi = min(n, lo + step)
        cos = np.clip((m[lo:hi] @ mt).toarray(), 0, 1)
        shared_w = (fm[lo:hi] @ fwt).toarray()
        union_w = total[lo:hi, None] + total[None, :] - shared_w
        with np.errstate(divide="ignore", invalid="ignore"):
            feat = np.where(union_w > 0, shared_w / np.where(union_w > 0, union_w, 1), 0.0)
        score = np.round(TEXT_WEIGHT * cos + (1 - TEXT_WEIGHT) * feat, 4)
        ok = (score >= MIN_SCORE) & ((shared_w > 0) | (cos >= 0.1))
        ok[np.arange(hi - lo), np.arange(lo, hi)] = False
        key = np.where(ok, np.rint(score * 10000).astype(np.int64) * n + tie, -1)
        for r in range(hi - lo):
            a = lo + r
            ds, de = span[docs[a]]
            same = key[r, ds:de]
            picked = [ds + j for j in _top(same, PER_DOCUMENT)]
            row = key[r].copy()
            row[ds:de] = -1
            picked += _top(row, OTHER_DOCUMENTS)
            picked.sort(key=lambda b: -key[r, b])
            for k, b in enumerate(picked, 1):
                by_kind: dict[str, list[str]] = {}
                for kk, i in sets[a] & sets[b]:
                    by_kind.setdefault(kk, []).append(i)
                text = float(cos[r, b])
                groups = tuple((kind, tuple(sorted(by_kind[kind]))) for kind in FEATURES if kind in by_kind)
                head = heads.get(groups)
                if head is None:
                    head = heads[groups] = _reason_head(groups, labels)
                yield Relation(profs[a].iri, profs[b].iri, k, float(score[r, b]), round(text, 4), groups,
                               f"{head}{similarity} {text:.2f}")


def _top(keys, k: int) -> list[int]:
    """Indices of the ``k`` largest non-negative keys (keys are distinct), largest first."""
    import numpy as np

    valid = np.flatnonzero(keys >= 0)
    if len(valid) > k:
        valid = valid[np.argpartition(-keys[valid], k - 1)[:k]]
    return sorted(valid.tolist(), key=lambda j: -keys[j])


def reason(groups, text: float, labels: dict) -> str:
    """共同主体: 生态环境部、国家发展改革委; 共同指标: 森林覆盖率; 文本相似度 0.42"""
    return f"{_reason_head(groups, labels)}{word('text_similarity')} {text:.2f}"


def _reason_head(groups, labels: dict) -> str:
    """The shared features of a reason, each followed by "; " (empty when none are shared)."""
    parts = []
    for kind, ids in groups:
        names = [labels.get((kind, i), i) for i in ids]
        more = word("and_more", n=len(names)) if len(names) > 4 else ""
        parts.append(f"{FEATURES[kind][1]}: {'、'.join(names[:4])}{more}; ")
    return "".join(parts)

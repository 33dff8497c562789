"""Related measures: for every measure, the most related measures in its own and in other documents.

What a measure is about (``Profile``: its actors, indicators, places, sectors and instruments
from ``doc.links``, and its content words) and how alike two measures are (tf-idf cosine of the
words plus a weighted overlap of the features), with the reason in words. Pure functions over
parsed documents; ``kg.build`` keeps each document's profiles and writes the relations.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from kg.analysis import lean_sparse
from kg.analysis.provisions import HAN
from kg.annotate.base import tokenizer
from kg.annotate.jieba_cut import block_words
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
    tk = tokenizer()
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
        p.tokens = [t for t in block_words(tk, text) if len(t) >= 2 and t not in _STOP and HAN.search(t)]  # lcut(HMM=False)'s
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


@lru_cache(maxsize=1)
def reference() -> tuple[int, dict[str, int], dict[tuple[str, str], int]]:
    """The reference pool's counts (``ontology/related_weights.tsv``, written by scripts/related_weights.py): its
    provisions, and in how many of them each word and each feature occurs."""
    units, words, features = 0, {}, {}
    for row in read_tsv("related_weights.tsv"):
        kind, count = row["kind"], int(row["provisions"])
        if kind == "units":
            units = count
        elif kind == "word":
            words[row["key"]] = count
        else:
            features[(kind, row["key"])] = count
    return units, words, features


def _scaled(sparse, m, rows=None, columns=None):
    """``diags(rows) @ m`` or ``m @ diags(columns)`` as scipy gives it for a canonical CSR ``m`` (each entry times its
    row's or column's weight, the products that are 0 left out: ``csr_matmat`` adds each product to 0 and keeps what is
    not 0), without ``diags``: its ``dia_array`` asks ``np.unique``, which imports numpy.ma (44 M instructions, lane
    CPU10) for one ``is_masked``. The same entries, floats and order up to ``sort_indices`` (tests/test_related_scaled.py);
    a non-canonical ``m`` goes through ``diags`` as before."""
    import numpy as np

    if not m.has_canonical_format:
        return sparse.csr_matrix(sparse.diags(rows) @ m if rows is not None else m @ sparse.diags(columns))
    out = m.copy()
    out.data = out.data * (np.repeat(rows, np.diff(m.indptr)) if rows is not None else columns[m.indices])
    out.eliminate_zeros()
    return out


class Space:
    """Every profile as vectors: its words by tf-idf (cosine-normalised) and its features by weight.

    The weights are the reference pool's (``reference``), never the other profiles': a pair's score depends
    on its two provisions alone, so a document added to a build moves no other pair's score, and a
    rebuild can score the new provisions against the others only (``kg.analysis.related_update``).
    Words and features are numbered in sorted order and every row's entries sorted, so a score is the
    same float whichever rows and columns are computed together."""

    def __init__(self, profs: list[Profile]):
        import numpy as np

        sparse = lean_sparse.sparse()  # scipy.sparse without numpy's unused submodules
        units, wdf, fdf = reference()
        self.profs, n = profs, len(profs)
        self.n = n
        vocab = sorted({t for p in profs for t in p.tokens})
        vid = {t: k for k, t in enumerate(vocab)}
        cols = np.fromiter((vid[t] for p in profs for t in p.tokens), dtype=np.int64)
        rows = np.repeat(np.arange(n, dtype=np.int64), [len(p.tokens) for p in profs])
        tf = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, max(len(vocab), 1)))
        tf.sum_duplicates()
        idf = np.array([math.log((1 + units) / (1 + wdf.get(t, 0))) + 1 for t in vocab] or [1.0])
        m = tf.multiply(idf[None, :]).tocsr()
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1
        m = _scaled(sparse, m, rows=1 / norms)
        m.sort_indices()
        self.m, self.mt = m, m.T.tocsr()
        # features: weighted, idf-scaled overlap (a weighted Jaccard): shared / (|a| + |b| - shared)
        self.sets = [frozenset((k, i) for k, ids in p.features.items() for i in ids) for p in profs]
        feats = sorted(frozenset().union(*self.sets))
        fid = {f: k for k, f in enumerate(feats)}
        fw = np.array([FEATURES[k][0] * math.log((1 + units) / max(fdf.get((k, i), 0), 1)) for k, i in feats] or [0.0])
        frows = [r for r, s in enumerate(self.sets) for _ in s]
        fm = sparse.csr_matrix((np.ones(len(frows)), (frows, [fid[f] for s in self.sets for f in s])),
                               shape=(n, len(fw)))
        fm.sort_indices()
        self.fm, self.fwt = fm, _scaled(sparse, fm, columns=fw).T.tocsr()
        self.total = np.asarray(fm @ fw).ravel()
        # ties are broken by the related measure's IRI: one integer key orders (score desc, IRI asc)
        rank = np.empty(n, dtype=np.int64)
        rank[sorted(range(n), key=lambda i: profs[i].iri)] = np.arange(n)
        self.tie = n - 1 - rank
        self.docs = [p.doc for p in profs]
        self.span: dict[str, tuple[int, int]] = {}
        for i, d in enumerate(self.docs):
            a, _ = self.span.get(d, (i, i))
            self.span[d] = (a, i + 1)

    def scores(self, rows, cols=None):
        """(text cosine, score, whether the pair may relate) of ``rows`` × ``cols`` (every profile when None)."""
        import numpy as np

        mt, fwt, total = self.mt, self.fwt, self.total
        if cols is not None:
            mt, fwt, total = mt[:, cols], fwt[:, cols], total[cols]
        cos = np.clip((self.m[rows] @ mt).toarray(), 0, 1)
        shared_w = (self.fm[rows] @ fwt).toarray()
        union_w = self.total[rows, None] + total[None, :] - shared_w
        with np.errstate(divide="ignore", invalid="ignore"):
            feat = np.where(union_w > 0, shared_w / np.where(union_w > 0, union_w, 1), 0.0)
        score = np.round(TEXT_WEIGHT * cos + (1 - TEXT_WEIGHT) * feat, 4)
        return cos, score, (score >= MIN_SCORE) & ((shared_w > 0) | (cos >= 0.1))

    def relation(self, a: int, b: int, k: int, cos: float, score: float, heads: dict, labels) -> Relation:
        """The relation of profile ``a`` to ``b`` at rank ``k``, with its reason (``heads``: reasons' heads made)."""
        by_kind: dict[str, list[str]] = {}
        for kk, i in self.sets[a] & self.sets[b]:
            by_kind.setdefault(kk, []).append(i)
        groups = tuple((kind, tuple(sorted(by_kind[kind]))) for kind in FEATURES if kind in by_kind)
        head = heads.get(groups)
        if head is None:
            head = heads[groups] = _reason_head(groups, labels)
        return Relation(self.profs[a].iri, self.profs[b].iri, k, score, round(cos, 4), groups,
                        f"{head}{word('text_similarity')} {cos:.2f}")

    def rows(self, rows, labels, heads: dict | None = None):
        """``(row, its relations)`` for each of ``rows`` (ascending indices), a block of rows at a time."""
        import numpy as np

        heads = {} if heads is None else heads
        rows = np.asarray(rows, dtype=np.int64)
        n, step = self.n, _block_rows(self.n)
        for lo in range(0, len(rows), step):
            block = rows[lo:lo + step]
            cos, score, ok = self.scores(block)
            ok[np.arange(len(block)), block] = False
            key = np.where(ok, np.rint(score * 10000).astype(np.int64) * n + self.tie[None, :], -1)
            for r, a in enumerate(block.tolist()):
                ds, de = self.span[self.docs[a]]
                picked = [ds + j for j in _top(key[r, ds:de], PER_DOCUMENT)]
                row = key[r].copy()
                row[ds:de] = -1
                picked += _top(row, OTHER_DOCUMENTS)
                picked.sort(key=lambda b: -key[r, b])
                yield a, [self.relation(a, b, k, float(cos[r, b]), float(score[r, b]), heads, labels)
                          for k, b in enumerate(picked, 1)]


def related(profs: list[Profile], labels=None) -> list[Relation]:
    """For every measure, the most related measures in its own and in other documents, explained."""
    return list(iter_related(profs, labels))


def iter_related(profs: list[Profile], labels=None):
    """``related``, measure by measure (in the order of ``profs``), without holding them all.

    Profiles must come grouped by document (as ``profiles`` gives them). Scores are computed a
    block of rows at a time over sparse matrices, so memory stays at a few hundred MB for tens
    of thousands of measures instead of growing with the square of their number.
    """
    if len(profs) < 2:
        return
    space = Space(profs)
    for _, rels in space.rows(range(len(profs)), labels or concept_labels()):
        yield from rels


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

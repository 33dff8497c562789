"""Cross-referencing for policy writers: related measures, inherited responsibility, document diff.

Pure functions over parsed documents; ``rdf.py`` and ``outputs.py`` put the results in the
graph, ``html.py`` on the pages, ``cli.py`` on the terminal.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import Document, Node

# Related measures ----------------------------------------------------------------------------

# feature kind → (weight, zh label in reasons); indicators say most, sectors and instruments least
FEATURES: dict[str, tuple[float, str]] = {
    "indicator": (2.0, "共同指标"),
    "actor": (1.0, "共同主体"),
    "place": (1.0, "共同地区"),
    "sector": (0.5, "共同领域"),
    "instrument": (0.5, "共同政策工具"),
}
TEXT_WEIGHT = 0.5  # score = TEXT_WEIGHT * text cosine + (1 - TEXT_WEIGHT) * weighted feature overlap
PER_DOCUMENT = 3  # related measures kept per measure in its own document
OTHER_DOCUMENTS = 3  # … and in other documents
MIN_SCORE = 0.05

# words every measure uses: they say nothing about what a measure is about
_STOP = frozenset("""
加强 推进 推动 完善 建立 健全 实施 开展 提升 强化 加快 深入 全面 坚持 有关 工作 体系 机制 建设 发展 提高 积极 进一步
重点 支持 鼓励 引导 落实 促进 做好 统筹 构建 形成 持续 不断 探索 研究 相关 各类 重要 主要 全国 国家 地方 以及 通过
按照 有效 有序 稳妥 加大 力度 水平 能力 作用 方面 领域 政策 制度 工程 行动 项目 管理 服务 保障 依法 严格 切实
""".split())


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


def measure_label(part: Node | None, measure: Node, restarts: bool) -> str:
    head = f"{part.number}、" if (restarts and part is not None and part.number) else ""
    return f"{head}（{measure.number}）{measure.title or ''}"


def _restarts(doc: Document) -> bool:
    seen: set[str] = set()
    for m in doc.nodes("measure"):
        if m.number in seen:
            return True
        seen.add(m.number or "")
    return False


def profiles(docs: list[tuple[str, Document]]) -> list[Profile]:
    """One profile per measure of every document (documents in IRI order)."""
    return [p for d, doc in docs for p in doc_profiles(d, doc)]


def doc_profiles(d: str, doc: Document) -> list[Profile]:
    """The profiles of one document's measures: what a build keeps of it for cross-referencing."""
    import jieba

    from kg.link import links
    from kg.graph.rdf import node_iri

    jieba.setLogLevel(60)
    out = []
    by_path = links(doc)
    restarts = _restarts(doc)
    parent = {id(c): n for n in doc.root.walk() for c in n.children}
    for m in doc.nodes("measure"):
        up = parent.get(id(m))
        while up is not None and up.kind != "part":
            up = parent.get(id(up))
        p = Profile(str(node_iri(d, m)), d, measure_label(up, m, restarts))
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
        p.tokens = [t for t in jieba.lcut(text) if len(t) >= 2 and t not in _STOP and re.search(r"[\u4e00-\u9fff]", t)]
        out.append(p)
    return out


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
    mt = m.T.tocsc()
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
    fwt = (fm @ sparse.diags(fw)).T.tocsc()
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
                shared = sets[a] & sets[b]
                text = float(cos[r, b])
                groups = tuple((kind, tuple(sorted(i for kk, i in shared if kk == kind))) for kind in FEATURES
                               if any(kk == kind for kk, _ in shared))
                yield Relation(profs[a].iri, profs[b].iri, k, float(score[r, b]), round(text, 4), groups,
                               reason(groups, text, labels))


def _top(keys, k: int) -> list[int]:
    """Indices of the ``k`` largest non-negative keys (keys are distinct), largest first."""
    import numpy as np

    valid = np.flatnonzero(keys >= 0)
    if len(valid) > k:
        valid = valid[np.argpartition(-keys[valid], k - 1)[:k]]
    return sorted(valid.tolist(), key=lambda j: -keys[j])


def reason(groups, text: float, labels: dict) -> str:
    """共同主体: 生态环境部、国家发展改革委; 共同指标: 森林覆盖率; 文本相似度 0.42"""
    parts = []
    for kind, ids in groups:
        names = [labels.get((kind, i), i) for i in ids]
        more = f"等{len(names)}项" if len(names) > 4 else ""
        parts.append(f"{FEATURES[kind][1]}: {'、'.join(names[:4])}{more}")
    parts.append(f"文本相似度 {text:.2f}")
    return "; ".join(parts)


@lru_cache(maxsize=1)
def concept_labels() -> dict[tuple[str, str], str]:
    from kg.annotate.actors import actor_table
    from kg.annotate.concepts import table
    from kg.lexicon import read_tsv

    out = {("actor", k): v["label_zh"] for k, v in actor_table().items()}
    for kind in ("sector", "place", "instrument"):
        out.update({(kind, k): v["label_zh"] for k, v in table(kind).items()})
    for row in read_tsv("indicators.tsv"):
        out[("indicator", row["id"])] = row["label_zh"]
    return out


# Inherited responsibility --------------------------------------------------------------------

STATED_ROLES = ("lead", "co-lead", "participant")


@lru_cache(maxsize=1)
def _general_patterns() -> list[tuple[str, re.Pattern]]:
    from kg.lexicon import read_tsv

    return [(row["id"], re.compile(row["pattern"])) for row in read_tsv("general_clauses.tsv")]


def general_clauses(doc: Document) -> list[Node]:
    """Measures whose title assigns responsibility for the whole document (加强组织领导, 压实工作责任 …).

    When the document has none among its measures, a part with such a title (保障措施,
    组织实施) counts instead.
    """
    def general(node: Node) -> bool:
        return bool(node.title) and any(p.search(node.title) for _, p in _general_patterns())

    found = [m for m in responsible_units(doc) if general(m)]
    if found:
        return found
    return [p for p in doc.nodes("part") if general(p)]


def responsible_units(doc: Document) -> list[Node]:
    """The units that carry responsibility: the document's provisions that are measures, articles or
    tasks (a work plan's tasks, a regulation's articles); failing those, its measures as before."""
    units = [n for n in doc.provisions() if n.provision in ("measure", "article", "task")]
    return units or list(doc.nodes("measure"))


@dataclass(frozen=True)
class Inherited:
    measure: Node
    actor: str
    role: str
    clause: Node


def inherited(doc: Document) -> tuple[list[Node], list[Inherited]]:
    """Measures with no stated responsible body, and what they inherit from the general clauses.

    A general clause's own stated bodies are inherited (its mentioned bodies when it states
    none); a general clause never inherits from itself.
    """
    from kg.link import links

    by_path = links(doc)
    clauses = general_clauses(doc)
    clause_ids = {id(c) for c in clauses}
    sources: dict[str, tuple[str, Node]] = {}
    for c in clauses:
        ul = by_path.get(c.path)
        if ul is None:
            continue
        stated = {a: r for a, (r, _) in ul.roles.items() if r in STATED_ROLES}
        for actor, role in sorted((stated or {a: r for a, (r, _) in ul.roles.items()}).items()):
            sources.setdefault(actor, (role, c))
    unstated, out = [], []
    for m in responsible_units(doc):
        ul = by_path.get(m.path)
        if ul is not None and any(r in STATED_ROLES for r, _ in ul.roles.values()):
            continue
        unstated.append(m)
        if id(m) in clause_ids:
            continue
        for actor, (role, clause) in sorted(sources.items()):
            out.append(Inherited(m, actor, role, clause))
    return unstated, out


# Document diff -------------------------------------------------------------------------------

_NOISE = re.compile(r"[\s\u3000，。、；：！？（）()《》“”\"'‘’—\-–,.;:!?\[\]【】·…]")


def _norm(text: str) -> str:
    return _NOISE.sub("", text)


def _similarity(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, _norm(a), _norm(b), autojunk=False).ratio()


TEXT_CHANGED_BELOW = 0.97  # normalised text similarity under which a matched measure counts as changed


def diff(a: Document, b: Document) -> dict:
    """What changed from document ``a`` to ``b``: measures, targets, actors and goals.

    Measures are matched by their normalised title (then by number); text is compared after
    removing whitespace and punctuation, so a PDF and an HTML rendering of one text agree.
    """
    from kg.link import links

    def measures(doc):
        restarts = _restarts(doc)
        parent = {id(c): n for n in doc.root.walk() for c in n.children}
        out = []
        for m in doc.nodes("measure"):
            up = parent.get(id(m))
            while up is not None and up.kind != "part":
                up = parent.get(id(up))
            out.append((measure_label(up, m, restarts), _norm(m.title or ""), m))
        return out

    ma, mb = measures(a), measures(b)
    by_title_b = {}
    for label, t, m in mb:
        by_title_b.setdefault(t, (label, m))
    by_label_b = {label: m for label, _, m in mb}
    matched, added, dropped, changed = {}, [], [], []
    used = set()
    for label, t, m in ma:
        hit = by_title_b.get(t) if t else None
        if hit is None or id(hit[1]) in used:
            other = by_label_b.get(label)
            hit = (label, other) if other is not None and id(other) not in used else None
        if hit is None:
            dropped.append({"measure": label})
            continue
        used.add(id(hit[1]))
        matched[id(m)] = hit[1]
        sim = _similarity(a.slice(m), b.slice(hit[1]))
        if sim < TEXT_CHANGED_BELOW or _norm(m.title or "") != _norm(hit[1].title or ""):
            changed.append({"measure": label, "now": hit[0], "text_similarity": round(sim, 3)})
    for label, _, m in mb:
        if id(m) not in used:
            added.append({"measure": label})

    def targets(doc):
        out = {}
        for t in doc.annotations.get("target", []):
            key = (t.get("indicator_label"), t.get("year") or "", t.get("scope") or "")
            out.setdefault(key, set()).add((t.get("comparator"), t.get("value"), t.get("unit"), t.get("change") or ""))
        return out

    ta, tb = targets(a), targets(b)
    t_added = [_target_row(k, v) for k in sorted(set(tb) - set(ta)) for v in sorted(tb[k])]
    t_dropped = [_target_row(k, v) for k in sorted(set(ta) - set(tb)) for v in sorted(ta[k])]
    t_changed = [{"indicator": k[0], "year": k[1], "scope": k[2],
                  "was": [_value(v) for v in sorted(ta[k])], "now": [_value(v) for v in sorted(tb[k])]}
                 for k in sorted(set(ta) & set(tb)) if ta[k] != tb[k]]

    def roles(doc):
        out = {}
        for ul in links(doc).values():
            for actor, (role, _) in ul.roles.items():
                out.setdefault(actor, set()).add(role)
        return out

    ra, rb = roles(a), roles(b)
    labels = concept_labels()
    a_added = [{"actor": labels.get(("actor", x), x), "roles": sorted(rb[x])} for x in sorted(set(rb) - set(ra))]
    a_dropped = [{"actor": labels.get(("actor", x), x), "roles": sorted(ra[x])} for x in sorted(set(ra) - set(rb))]
    a_changed = [{"actor": labels.get(("actor", x), x), "was": sorted(ra[x]), "now": sorted(rb[x])}
                 for x in sorted(set(ra) & set(rb)) if ra[x] != rb[x]]

    def goals(doc):
        return {(_norm(doc.text[g.start:g.end]), g.get("year") or ""): doc.text[g.start:g.end]
                for g in doc.annotations.get("goal", [])}

    ga, gb = goals(a), goals(b)
    g_added = [{"goal": gb[k], "year": k[1]} for k in sorted(set(gb) - set(ga))]
    g_dropped = [{"goal": ga[k], "year": k[1]} for k in sorted(set(ga) - set(gb))]
    return {
        "a": {"title": a.meta.get("title"), "date": a.meta.get("date"), "source": a.source.name},
        "b": {"title": b.meta.get("title"), "date": b.meta.get("date"), "source": b.source.name},
        "measures": {"added": added, "dropped": dropped, "changed": changed, "matched": len(matched)},
        "targets": {"added": t_added, "dropped": t_dropped, "changed": t_changed},
        "actors": {"added": a_added, "dropped": a_dropped, "changed": a_changed},
        "goals": {"added": g_added, "dropped": g_dropped},
    }


def _value(v) -> str:
    cmp_, value, unit, change = v
    return f"{change + ' ' if change else ''}{cmp_} {value} {unit}".strip()


def _target_row(key, v) -> dict:
    return {"indicator": key[0], "year": key[1], "scope": key[2], "value": _value(v)}


def has_differences(result: dict) -> bool:
    return any(result[k][x] for k in ("measures", "targets", "actors", "goals") for x in ("added", "dropped", "changed")
               if x in result[k])


def diff_text(result: dict) -> str:
    lines = [f"A: {result['a']['title']} ({result['a']['date']}, {result['a']['source']})",
             f"B: {result['b']['title']} ({result['b']['date']}, {result['b']['source']})"]
    names = {"measures": "措施", "targets": "目标值", "actors": "主体", "goals": "目标"}
    for key, zh in names.items():
        sec = result[key]
        rows = []
        for item in sec.get("added", []):
            rows.append("  + " + _describe(key, item))
        for item in sec.get("dropped", []):
            rows.append("  - " + _describe(key, item))
        for item in sec.get("changed", []):
            rows.append("  ~ " + _describe(key, item, changed=True))
        extra = f"（{sec['matched']} 条对应）" if "matched" in sec else ""
        lines.append(f"{zh} {key}{extra}: " + ("无差异 no difference" if not rows else f"{len(rows)} 处差异"))
        lines.extend(rows)
    return "\n".join(lines) + "\n"


def _describe(key: str, item: dict, changed: bool = False) -> str:
    if key == "measures":
        if changed:
            return f"{item['measure']} → {item['now']} (文本相似度 {item['text_similarity']})"
        return item["measure"]
    if key == "targets":
        head = f"{item['indicator']} {item['year']}年 {item['scope']}".strip()
        return f"{head}: {'、'.join(item['was'])} → {'、'.join(item['now'])}" if changed else f"{head}: {item['value']}"
    if key == "actors":
        return f"{item['actor']}: {','.join(item['was'])} → {','.join(item['now'])}" if changed else f"{item['actor']} ({','.join(item['roles'])})"
    return f"{item['goal']} ({item['year']})"


# Over a build's store (what the CLI commands read) ------------------------------------------

class CrossrefError(ValueError):
    """A measure or document that cannot be found, or is ambiguous: the message says what to give."""


_MEASURES = """
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?m ?doc ?dtitle ?part ?number ?ordinal ?title ?unstated ?start WHERE {
  ?m a pkg:Measure ; pkg:document ?doc ; pkg:ordinal ?ordinal ; pkg:start ?start .
  OPTIONAL { ?m eli:number ?number }
  OPTIONAL { ?m eli:title ?title }
  OPTIONAL { ?m pkg:partNumber ?part }
  OPTIONAL { ?doc eli:title ?dtitle }
  OPTIONAL { ?m pkg:noStatedResponsibility ?unstated }
}
"""


@dataclass(frozen=True)
class MeasureRow:
    iri: str
    doc: str
    doc_title: str
    part: str
    number: str
    ordinal: int
    title: str
    unstated: bool
    start: int

    @property
    def label(self) -> str:
        return f"{self.part}、（{self.number}）{self.title}" if self.part else f"（{self.number}）{self.title}"


def measure_rows(store) -> list[MeasureRow]:
    from kg.query.sparql import run_query

    _, rows = run_query(store, _MEASURES)
    out = [MeasureRow(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", int(r[5]), r[6] or "", r[7] == "true", int(r[8]))
           for r in rows]
    return sorted(out, key=lambda m: (m.doc, m.start))


def _ordinal(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    try:
        import cn2an

        return int(cn2an.cn2an(token, "strict"))
    except (ValueError, KeyError):
        return None


def pick_documents(rows: list[MeasureRow], doc: str | None) -> list[MeasureRow]:
    if not doc:
        return rows
    picked = [m for m in rows if m.doc == doc or doc in m.doc_title]
    if not picked:
        titles = sorted({m.doc_title for m in rows})
        raise CrossrefError(f"--doc {doc!r} matches no document; give its IRI or part of its title: {'; '.join(titles[:20])}")
    return picked


def resolve_measure(rows: list[MeasureRow], spec: str, doc: str | None = None, limit: int = 8) -> MeasureRow:
    """A measure from its IRI, its number (五, （五）, 5, 三（一） in per-part numbering) or part of its title."""
    rows = pick_documents(rows, doc)
    spec = spec.strip()
    if spec.startswith(("http://", "https://")):
        hits = [m for m in rows if m.iri == spec]
    else:
        bare = re.sub(r"[\s()（）、.．]", " ", spec).split()
        hits = []
        if len(bare) == 1 and _ordinal(bare[0]) is not None:
            hits = [m for m in rows if m.ordinal == _ordinal(bare[0])]
        elif len(bare) == 2 and _ordinal(bare[0]) is not None and _ordinal(bare[1]) is not None:
            hits = [m for m in rows if m.ordinal == _ordinal(bare[1]) and m.part and _ordinal(m.part) == _ordinal(bare[0])]
        if not hits:
            hits = [m for m in rows if spec in m.title]
    if not hits:
        raise CrossrefError(f"no measure matches {spec!r}; give its number (五 or 5), part and number (三（一）), "
                            "part of its title, or its IRI (policykg query --name measures lists them)")
    if len(hits) > 1:
        listing = "".join(f"\n  {m.doc_title[:16]} {m.label[:20]} <{m.iri}>" for m in hits[:limit])
        shown = f"showing {min(limit, len(hits))} of {len(hits)} (--limit)" if len(hits) > limit else f"all {len(hits)}"
        raise CrossrefError(f"{spec!r} matches {len(hits)} measures; narrow it with --doc or give the IRI "
                            f"({shown}): {listing}")
    return hits[0]


def related_table(store, measure: MeasureRow, rows: list[MeasureRow]) -> tuple[list[str], list[list]]:
    from kg.query.sparql import named_queries, run_query

    by_iri = {m.iri: m for m in rows}
    _, found = run_query(store, named_queries()["related"].text, {"measure": measure.iri})
    out = []
    for rank, (_doc, _m, rdoc, rmeasure, score, reason) in enumerate(found, 1):
        r = by_iri.get(rmeasure)
        out.append([str(rank), score, "同一文件" if rdoc == measure.doc else (r.doc_title if r else rdoc),
                    r.label if r else rmeasure, reason, rmeasure])
    return ["rank", "score", "document", "measure", "reason", "iri"], out


ROLE_ZH = {"lead": "牵头", "co-lead": "协同", "participant": "参与", "mentioned": "提及"}


def matrix(store, doc: str | None = None) -> tuple[list[str], list[list]]:
    """Actor × measure: one row per measure, one column per actor; cells are roles, inferred ones in brackets."""
    from kg.query.sparql import named_queries, run_query

    rows = pick_documents(measure_rows(store), doc)
    params = {}
    docs = {m.doc for m in rows}
    if len(docs) == 1:
        params["doc"] = next(iter(docs))
    _, resp = run_query(store, named_queries()["responsibilities"].text, params)
    cells: dict[tuple[str, str], list[str]] = {}
    counts: dict[str, int] = {}
    keyed = {(m.doc, m.part, m.number): m for m in rows}
    for d, part, number, _title, actor, role, basis, _source, *_kind in resp:
        m = keyed.get((d, part, number))
        if m is None:
            continue
        text = role if basis == "stated" else f"({role})"
        cells.setdefault((m.iri, actor), []).append(text)
        counts[actor] = counts.get(actor, 0) + 1
    actors = sorted(counts, key=lambda a: (-counts[a], a))
    header = ["doc", "part", "measure", "title", "stated_responsible"] + actors
    out = []
    for m in rows:
        out.append([m.doc_title or m.doc, m.part, m.number, m.title, "no" if m.unstated else "yes"]
                   + [",".join(sorted(cells.get((m.iri, a), []))) for a in actors])
    return header, out


_SENTENCES_WITH = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?doc ?part ?measure ?text ?start WHERE {
  ?s a pkg:Sentence ; pkg:document ?doc ; pkg:text ?text ; pkg:start ?start .
  FILTER(CONTAINS(?text, ?term))
  OPTIONAL { ?s pkg:partNumber ?pn }
  OPTIONAL { ?s pkg:measureNumber ?mn }
  BIND(COALESCE(?pn, "") AS ?part)
  BIND(COALESCE(?mn, "") AS ?measure)
}
ORDER BY ?doc ?start
"""


def concordance(store, term: str, width: int = 15, doc: str | None = None) -> tuple[list[str], list[list]]:
    """Key word in context: every occurrence of ``term`` in every sentence, with ``width`` characters each side."""
    from kg.query.sparql import run_query

    if not term.strip():
        raise CrossrefError("the term is empty; give a word or phrase such as 森林覆盖率")
    titles = {}
    if doc:
        picked = pick_documents(measure_rows(store), doc)
        titles = {m.doc for m in picked}
    import pyoxigraph as ox

    from kg.query.sparql import bind_values

    # a plain string literal always: '2030' must not become an integer
    _, rows = run_query(store, bind_values(_SENTENCES_WITH, {"term": ox.Literal(term)}))
    out = []
    for d, part, measure, text, start in rows:
        if titles and d not in titles:
            continue
        i = text.find(term)
        while i >= 0:
            left = text[max(0, i - width):i]
            right = text[i + len(term):i + len(term) + width]
            out.append([d, part, measure, left, term, right, str(int(start) + i)])
            i = text.find(term, i + 1)
    return ["doc", "part", "measure", "left", "term", "right", "start"], out

"""The provisions of a document, as central → local alignment compares them (issue 15.4).

A provision is a measure, or a part with no measure under it (an unnumbered 主要目标); each carries
its printed id, headings, text, target annotations and its weighted jieba terms (boilerplate phrases
of ``ontology/align_boilerplate.tsv`` down-weighted by the index of ``kg.analysis.align``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from kg.annotate.base import tokenizer
from kg.annotate.jieba_cut import block_words
from kg.lexicon import read_tsv
from kg.model import Document, Node

HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Provision:
    doc: str  # key of the document in the set
    id: str  # as printed: 三（五）, 二, （七）
    path: str  # structural path (part_3/measure_5)
    heading: str  # the measure's heading (its first clause)
    part_heading: str  # the heading of its part
    text: str
    start: int
    end: int
    indicators: frozenset = frozenset()
    targets: tuple = ()  # target annotations inside
    terms: Counter = field(default_factory=Counter)
    clauses: tuple = ()  # clauses of the text (4-30 characters), compared with local headings
    grams: frozenset | None = None  # its GRAM-character substrings, once computed


def provisions(doc: Document, key: str = "") -> list[Provision]:
    """The provisions of a document in order: each measure, and each part with no measure below it
    (an unnumbered 主要目标). Ids are printed numbers: ``三（五）`` for measure 五 of part 三."""
    out = []
    tops = [n for n in doc.root.children if n.kind in ("part", "measure")]
    if not tops:
        tops = [n for n in doc.root.walk() if n.kind in ("part", "measure") and n is not doc.root]
    for top in tops:
        if top.kind == "part":
            ms = [c for c in top.walk() if c.kind == "measure"]
            ph = _heading(doc, top)
            if ms:
                out.extend(_provision(doc, key, m, f"{top.number}（{m.number}）", ph) for m in ms)
            else:
                out.append(_provision(doc, key, top, top.number or "", ph))
        else:
            out.append(_provision(doc, key, top, f"（{top.number}）", ""))
    return out


def _heading(doc: Document, n: Node) -> str:
    if n.title:
        return re.sub(r"\s+", "", n.title)
    body = re.sub(r"\s+", "", doc.slice(n))
    return re.split(r"[。；;]", body, 1)[0][:40]


def _provision(doc: Document, key: str, n: Node, ident: str, part_heading: str) -> Provision:
    text = re.sub(r"\s+", "", doc.slice(n))
    heading = _heading(doc, n)
    ts = [a for a in doc.annotations.get("target", []) if n.start <= a.start < n.end]
    p = Provision(key, ident, n.path, heading, part_heading, text, n.start, n.end,
                  frozenset(a.get("indicator") for a in ts if a.get("indicator")), tuple(ts))
    p.terms = terms(text)
    p.clauses = tuple(c for c in re.split(r"[，。；：,;:]", text[len(heading):]) if 4 <= len(c) <= 30)
    return p


@lru_cache(maxsize=None)
def boilerplate() -> dict[str, float]:
    """Term → weight multiplier for boilerplate phrases and their tokens."""
    out: dict[str, float] = {}
    for row in read_tsv("align_boilerplate.tsv"):
        w = float(row["weight"])
        out[row["phrase"]] = w
        for t in _tokens(row["phrase"]):
            out[t] = min(out.get(t, 1.0), w)
    return out


def _tokens(text: str) -> list[str]:
    return [t for t in block_words(tokenizer(), text) if len(t) >= 2 and HAN.search(t)]  # lcut(text, HMM=False)'s


def terms(text: str) -> Counter:
    return Counter(_tokens(text))

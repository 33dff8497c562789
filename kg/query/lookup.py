"""Look-ups over a build's store for the CLI: measures by number or title, related measures,
the actor × measure matrix, and key words in context (``policykg related|matrix|concordance``).

Their SPARQL is in ``kg/queries/`` (named) and ``kg/queries/internal/`` (``internal_query``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.graph.iris import KIND_CLASS
from kg.labels import measure_label, word
from kg.units import number_label, unit_label
from kg.query.internal import internal_query
from kg.query.sparql import bind_values, document_titles, named_queries, run_query


class CrossrefError(ValueError):
    """A measure or document that cannot be found, or is ambiguous: the message says what to give."""


@dataclass(frozen=True)
class MeasureRow:
    """A unit of the CLI's look-ups: a measure, or an article, task or part where its document's
    responsibility matrix rows those (``kind``: its provision kind; empty for a measure that is no provision)."""

    iri: str
    doc: str
    doc_title: str
    part: str
    number: str
    ordinal: int
    title: str
    unstated: bool
    start: int
    kind: str = "measure"
    keys: frozenset = frozenset()  # (part, measure) as the named query responsibilities prints them
    unit: str = ""  # the node's kind where it prints its number otherwise than its provision kind (annex: 附件1)

    @property
    def printed_number(self) -> str:
        """The number as the matrix prints it: a measure's 五, an article's 第三条, a task's 5., a part's 一、"""
        return self.number if self.kind in ("measure", "") else number_label(self.unit or self.kind, self.number).strip()

    @property
    def label(self) -> str:
        """As the pages print it: （五）标题 (三（一）… per part), 第三条, 5. 标题, 一、标题, 附件1 标题."""
        if self.kind in ("measure", ""):
            return measure_label(self.number, self.title, self.part)
        return unit_label(self.unit or self.kind, self.number, "" if self.kind == "article" else self.title)


_KINDS = {str(cls): kind for kind, cls in KIND_CLASS.items()}
_NUMBERED = ("annex", "chapter", "section", "book", "box")  # a part printed as 附件1, 第三章 …

# what a document's matrix rows, in order of preference (projection.matrix_units over the store)
_RESPONSIBLE = ("measure", "article", "task")


def measure_rows(store) -> list[MeasureRow]:
    """Per document, the units its responsibility matrix rows: its measures, articles or tasks (provisions);
    failing those its measures; failing those its parts read as provisions. In text order."""
    _, found = run_query(store, internal_query("measure_rows"))
    units: dict[str, dict] = {}
    for r in found:
        u = units.get(r[0])
        if u is None:
            u = units[r[0]] = {"row": r, "keys": set(), "unit": ""}
        u["keys"].add((r[3] or "", r[11] or ""))
        unit = _KINDS.get(r[12] or "", "")
        if unit and unit != r[9] and unit in _NUMBERED:
            u["unit"] = unit
    by_doc: dict[str, list[tuple[bool, MeasureRow]]] = {}
    for iri, u in units.items():
        r = u["row"]
        by_doc.setdefault(r[1], []).append((r[10] == "true", MeasureRow(
            iri, r[1], r[2] or "", r[3] or "", r[4] or "", int(r[5]), r[6] or "", r[7] == "true", int(r[8]),
            r[9] or "", frozenset(u["keys"]), u["unit"])))
    out = []
    for rows in by_doc.values():
        out += ([m for _, m in rows if m.kind in _RESPONSIBLE] or [m for measure, m in rows if measure]
                or [m for _, m in rows if m.kind == "part"])
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


# how a unit's number is printed with its kind: 第三条 (an article), 任务5 (a task)
_KIND_FORMS = (("article", re.compile(r"第\s*(\S+?)\s*条")), ("task", re.compile(r"任务\s*(\S+)")))


def _printed_kind(spec: str) -> tuple[str, str]:
    for kind, rx in _KIND_FORMS:
        m = rx.fullmatch(spec)
        if m:
            return kind, m.group(1)
    return "", spec


def resolve_measure(rows: list[MeasureRow], spec: str, doc: str | None = None, limit: int = 8) -> MeasureRow:
    """A unit from its IRI, its number (五, （五）, 5, 三（一） in per-part numbering; 第三条 an article, 任务5 a
    task) or part of its title."""
    rows = pick_documents(rows, doc)
    spec = asked = spec.strip()
    kind, number = _printed_kind(spec)
    if kind and _ordinal(number) is not None:  # 第三条, 任务5: that kind's unit of that number
        hits = [m for m in rows if m.kind == kind and m.ordinal == _ordinal(number)]
        if hits or any(m.kind == kind for m in rows):
            rows = [m for m in rows if m.kind == kind]
            spec = number
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
        raise CrossrefError(f"no measure matches {asked!r} (nor article or task); give its number (五 or 5, 第三条, 任务5), "
                            "part and number (三（一）), part of its title, or its IRI (policykg matrix lists them)")
    if len(hits) > 1:
        listing = "".join(f"\n  {m.doc_title[:16]} {m.label[:20]} <{m.iri}>" for m in hits[:limit])
        shown = f"showing {min(limit, len(hits))} of {len(hits)} (--limit)" if len(hits) > limit else f"all {len(hits)}"
        # with --doc given, or all in one document: the part tells apart measures numbered per part (三（一）); in
        # one part (or a document without parts) the number or more of the title does
        if len({m.doc for m in hits}) > 1:
            how = "narrow it with --doc"
        elif len({m.part for m in hits}) > 1:
            how = "give the part with the number (三（一）)"
        else:
            how = "give its number (五 or 5) or more of its title"
        raise CrossrefError(f"{asked!r} matches {len(hits)} measures; {how} or give the IRI ({shown}):{listing}")
    return hits[0]


def related_table(store, measure: MeasureRow, rows: list[MeasureRow]) -> tuple[list[str], list[list]]:
    by_iri = {m.iri: m for m in rows}
    _, found = run_query(store, named_queries()["related"].text, {"measure": measure.iri})
    out = []
    for rank, (_doc, _m, rdoc, rmeasure, score, reason) in enumerate(found, 1):
        r = by_iri.get(rmeasure)
        out.append([str(rank), score, word("same_document") if rdoc == measure.doc else (r.doc_title if r else rdoc),
                    r.label if r else rmeasure, reason, rmeasure])
    return ["rank", "score", "document", "measure", "reason", "iri"], out


def matrix(store, doc: str | None = None) -> tuple[list[str], list[list]]:
    """Actor × unit: one row per unit of ``measure_rows`` (measures; a regulation's articles, a work plan's
    tasks, a document of parts only its parts), one column per actor; cells are roles, inferred ones in brackets."""
    rows = pick_documents(measure_rows(store), doc)
    params = {}
    docs = {m.doc for m in rows}
    if len(docs) == 1:
        params["doc"] = next(iter(docs))
    _, resp = run_query(store, named_queries()["responsibilities"].text, params)
    cells: dict[tuple[str, str], list[str]] = {}
    counts: dict[str, int] = {}
    keyed = {(m.doc, part, number, m.title, m.kind): m for m in rows for part, number in m.keys}
    for d, part, number, title, actor, role, basis, _source, kind in resp:
        m = keyed.get((d, part, number, title, kind))
        if m is None:
            continue
        text = role if basis == "stated" else f"({role})"
        cells.setdefault((m.iri, actor), []).append(text)
        counts[actor] = counts.get(actor, 0) + 1
    actors = sorted(counts, key=lambda a: (-counts[a], a))
    header = ["doc", "part", "measure", "title", "stated_responsible"] + actors
    out = []
    for m in rows:
        out.append([m.doc_title or m.doc, m.part, m.printed_number, m.title, "no" if m.unstated else "yes"]
                   + [",".join(sorted(cells.get((m.iri, a), []))) for a in actors])
    return header, out


def concordance(store, term: str, width: int = 15, doc: str | None = None) -> tuple[list[str], list[list]]:
    """Key word in context: every occurrence of ``term`` in every sentence, with ``width`` characters each side."""
    if not term.strip():
        raise CrossrefError("the term is empty; give a word or phrase such as 森林覆盖率")
    titles = {}
    if doc:  # any document: one of articles or tasks has sentences but no measure
        titles = {d for d, t in document_titles(store).items() if d == doc or doc in t}
        if not titles:
            raise CrossrefError(f"--doc {doc!r} matches no document; give its IRI or part of its title: "
                                f"{'; '.join(sorted(document_titles(store).values())[:20])}")
    import pyoxigraph as ox

    # a plain string literal always: '2030' must not become an integer
    _, rows = run_query(store, bind_values(internal_query("sentences_with"), {"term": ox.Literal(term)}))
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

"""Central → local alignment read back from a build's store (``policykg align``, the pair pages).

Everything comes from the named queries ``implements`` and ``uncovered`` and the alignments graph
(``kg.analysis.graph``): nothing is parsed again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.query.sparql import document_titles, named_queries, run_query


class AlignError(Exception):
    """A user's mistake: which document, and what to do."""


_STATUS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?relation ?central ?how ?message WHERE {
  ?doc pkg:alignment ?al . ?al pkg:relation ?relation ; pkg:explanation ?message .
  OPTIONAL { ?al pkg:alignedTo ?central } OPTIONAL { ?al pkg:parentFoundBy ?how }
}"""

_NEW = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?measure WHERE { ?doc pkg:withoutCounterpart ?measure . ?measure pkg:start ?start } ORDER BY ?start"""

_LEVELS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?doc ?level WHERE { ?doc pkg:level ?level }"""


@dataclass
class StoredAlignment:
    local: str
    local_title: str
    central: str | None
    central_title: str
    relation: str  # implements | copy | same-level | none | "" (the build did not align it)
    how: str
    message: str
    pairs: list[dict] = field(default_factory=list)  # local, central, score, reason; best first
    left_out: list[str] = field(default_factory=list)  # central measure IRIs, in text order
    left_out_titles: dict = field(default_factory=dict)
    local_new: list[str] = field(default_factory=list)  # local measure IRIs, in text order


_SOURCES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?doc ?file WHERE { ?doc a pkg:PolicyDocument ; pkg:sourceFile ?file }"""


def resolve_document(titles: dict[str, str], spec: str, what: str = "LOCAL", sources: dict | None = None) -> str:
    """A document's IRI from its IRI, its key (last segment of the IRI), its source file name (with or
    without the extension) or part of its title."""
    if spec in titles:
        return spec
    keyed = [d for d in titles if d.rstrip("/").rsplit("/", 1)[-1] == spec]
    keyed += sorted(d for d, f in (sources or {}).items() if spec in (f, f.rsplit(".", 1)[0]))
    if keyed:
        return keyed[0]
    hits = sorted(d for d, t in titles.items() if spec and spec in (t or ""))
    if len(hits) == 1:
        return hits[0]
    listing = "; ".join(f"{titles[d]} ({d.rsplit('/', 1)[-1]})" for d in (hits or sorted(titles))[:20])
    if hits:
        raise AlignError(f"{what} {spec!r} matches {len(hits)} documents; give more of the title, the key or the IRI: {listing}")
    raise AlignError(f"{what} {spec!r} matches no document of the build; give its IRI, key, source file name or part of its title: {listing}")


def stored_alignment(store, local_spec: str, central_spec: str | None = None) -> StoredAlignment:
    titles = document_titles(store)
    if not titles:
        raise AlignError("the build holds no document; build some with 'policykg build FILES --out DIR'")
    sources = dict(run_query(store, _SOURCES)[1])
    local = resolve_document(titles, local_spec, "LOCAL", sources)
    central = resolve_document(titles, central_spec, "CENTRAL", sources) if central_spec else None
    _, rows = run_query(store, _STATUS, {"doc": local})
    if not rows:
        levels = dict(run_query(store, _LEVELS)[1])
        why = ("it is a central document: central documents implement none" if levels.get(local) == "central"
               else "the build has no alignment of it (a document alone aligns to nothing: build it with its central parent)")
        return StoredAlignment(local, titles[local], central, titles.get(central, ""), "", "", why)
    relation, found, how, message = rows[0]
    if central and found and central != found:
        raise AlignError(f"the build aligned {titles[local]} to {titles.get(found, found)}, not to {titles[central]}; "
                         "leave CENTRAL out, or build LOCAL with CENTRAL alone to align it to that document")
    central = found or central
    out = StoredAlignment(local, titles[local], central, titles.get(central, "") if central else "",
                          relation, how or "", message)
    if relation != "implements":
        return out
    qs = named_queries()
    _, rows = run_query(store, qs["implements"].text, {"doc": local})
    out.pairs = [{"local": r[1], "central": r[3], "score": r[4], "reason": r[5]} for r in rows]
    _, rows = run_query(store, qs["uncovered"].text, {"doc": local})
    out.left_out = [r[2] for r in rows]
    out.left_out_titles = {r[2]: r[3] for r in rows}
    _, rows = run_query(store, _NEW, {"doc": local})
    out.local_new = [r[0] for r in rows]
    return out


_LABELS = """PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?m ?part ?number ?title ?text WHERE {
  ?doc pkg:alignment ?al .
  { ?m pkg:document ?doc } UNION { ?al pkg:alignedTo ?c . ?m pkg:document ?c }
  ?m pkg:provisionKind ?kind .
  OPTIONAL { ?m pkg:partNumber ?part } OPTIONAL { ?m pkg:measureNumber ?number }
  OPTIONAL { ?m eli:title ?title } OPTIONAL { ?m pkg:text ?text }
}"""


def measure_labels(store, doc: str) -> dict[str, str]:
    """{provision IRI: 三（一）heading} for the provisions of ``doc`` and of the document it is aligned to."""
    out = {}
    for m, part, number, title, text in run_query(store, _LABELS, {"doc": doc})[1]:
        head = title or re.split(r"[。；：:\n]", re.sub(r"^\s+", "", text or ""), maxsplit=1)[0]
        head = re.sub(r"\s+", "", head)
        ident = f"{part or ''}（{number}）" if number else (f"{part}、" if part else "")
        out[m] = ident + (head[:30] + ("…" if len(head) > 30 else ""))
    return out


def label(labels: dict[str, str], iri: str) -> str:
    return labels.get(iri) or iri.rsplit("/", 1)[-1]

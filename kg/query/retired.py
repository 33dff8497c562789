"""Notes for a query that found nothing and names a term the build no longer writes (issue 17, review RV12).

A term the build's ontology graph marks ``owl:deprecated`` (``pkg:year`` since 2026-12-01) is looked for in the
query's text, as ``<IRI>`` or as a prefixed name of a ``PREFIX`` the query declares; its note is the term's
``rdfs:comment``, which says what to read instead (README "Queries written before 2026-12-01"). Run only on an
empty answer, so a query that finds rows pays nothing.
"""
from __future__ import annotations

import re

from kg.query.internal import internal_query
from kg.query.store import union_kwargs

_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.I)
_AFTER = r"(?![\w-])"  # a name's end: not inside a longer name (pkg:yearComparison is not pkg:year)


def _forms(term: str, prefixes: list[tuple[str, str]]) -> list[str]:
    """How a query may write ``term``: its IRI in angle brackets, or prefix:local for each prefix of its namespace."""
    cut = max(term.rfind("#"), term.rfind("/")) + 1
    namespace, local = term[:cut], term[cut:]
    return [f"<{term}>"] + [f"{p}:{local}" for p, iri in prefixes if iri == namespace and local]


def retired_notes(store, text: str) -> list[str]:
    """One line per deprecated term of ``store``'s ontology that the query ``text`` names: what to read instead."""
    prefixes = _PREFIX.findall(text)
    query = internal_query("retired_terms")
    notes = []
    for sol in store.query(query, **union_kwargs(query, store=store)):
        term, comment = sol["term"].value, sol["comment"].value
        for form in _forms(term, prefixes):
            if re.search(r"(?<![\w:-])" + re.escape(form) + _AFTER, text):
                notes.append(f"note: the query names {form}: {comment}")
                break
    return notes

"""The related-measures graph as N-Triples lines, made straight from the relations (issue 17).

``relations.add_relations`` into an ``NTriplesWriter`` makes six triples per
relation, each turned into its line; a build writes the rows a rebuild could not keep (``kg/related_memo.py``
keeps the others' lines), about 12,000 relations at 150 documents on a clean build. Here each line is formatted
from the N-Triples text of its terms, the literals' text made by rdflib's own row function
(``ntriples.nt_row``) and remembered, so the lines are the same bytes
(``tests/test_incremental_bytes.py`` compares them).
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.plugins.serializers.nt import _quote_encode, _quoteLiteral

from kg.graph.iris import PKG, related_iri, rule_iri
from kg.graph.ntriples import nt_row

_RULE = rule_iri("related-measures")


@lru_cache(maxsize=50_000)
def _literal(value, datatype=None, lang=None) -> str:
    """A literal's N-Triples text, as rdflib writes it (scores and reasons repeat: remembered)."""
    return _quoteLiteral(Literal(value, datatype=datatype, lang=lang))


def _iri(iri) -> str:
    """An IRI's N-Triples text: ``URIRef.n3()`` of an IRI the build minted (``iris.py``) is ``<iri>``."""
    return f"<{iri}>"


def relation_lines(relations) -> list[bytes]:
    """The N-Triples lines ``relations.add_relations`` gives for ``relations`` (unsorted)."""
    relations = list(relations)
    if not relations:
        return []
    out = [nt_row((_RULE, RDF.type, PKG.Rule)), nt_row((_RULE, RDFS.label, Literal("related-measures")))]
    p_rel, p_measure, p_score, p_text, p_expl = (
        _iri(p) for p in (PKG.relatedness, PKG.relatedMeasure, PKG.score, PKG.textSimilarity, PKG.explanation))
    for rel in relations:
        a, b = _iri(rel.source), _iri(rel.target)
        r = _iri(related_iri(rel.source, rel.rank))
        out += [f"{a} {p_rel} {r} .\n", f"{r} {p_measure} {b} .\n",
                f"{r} {p_score} {_literal(f'{rel.score:.4f}', XSD.decimal)} .\n",
                f"{r} {p_text} {_literal(f'{rel.text_similarity:.4f}', XSD.decimal)} .\n",
                f"{r} {p_expl} {_quote_encode(rel.reason)}@zh .\n"]  # _quoteLiteral of Literal(reason, lang="zh")
    return [line.encode("utf-8") for line in out]

"""The forms documents printed for a concept, as its ``skos:altLabel``s: a researcher who searches the
graph for the words of his document finds the concept, and a reviewer sees which forms were merged.

Only forms a document of the build printed are written (never the whole alias list of the lexicon:
its aliases are matching keys, some no name of the concept, and a form no document used says nothing
about the build). A form equal to the concept's prefLabel is not an altLabel (SKOS keeps the two
apart). The lines go, like every line about a concept, into the build's concepts graph, each once.
"""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.annotate.actors import actor_names
from kg.annotate.indicator_concepts import surface_key as indicator_key
from kg.graph.iris import PKG


def add_form(g, concept: URIRef, pref_label: str, form: str) -> bool:
    """``form`` as an altLabel of ``concept`` unless it is empty or its prefLabel; True when written."""
    if not form or form == pref_label:
        return False
    g.add((concept, SKOS.altLabel, Literal(form, lang="zh")))
    return True


def indicator_form(g, target: URIRef, concept: URIRef, ann) -> None:
    """The indicator as the target printed it (``indicator_text``: scope words and years off, spaces
    and quotation marks dropped as the lexicon matches it), an altLabel of its concept; the target
    keeps it (``pkg:indicatorForm``) so the documents that use each form can be told."""
    form = indicator_key(ann.get("indicator_text") or "")
    if add_form(g, concept, ann.get("indicator_label"), form):
        g.add((target, PKG.indicatorForm, Literal(form, lang="zh")))


def actor_form(g, concept: URIRef, ann, text: str, row: dict) -> None:
    """An actor annotation's characters (省发改委), an altLabel of its actor (福建省发展改革委) when they
    are one of the names the tagger knows it by (``actor_names``: its label and aliases)."""
    form = "".join(text[ann.start:ann.end].split())
    if form != row["label_zh"] and form in actor_names(ann):
        add_form(g, concept, row["label_zh"], form)

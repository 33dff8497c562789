"""SHACL validation of a build, and agreement between its serialisations."""
from __future__ import annotations

from pathlib import Path

from kg.lexicon import ontology_dir


class ValidationFailed(ValueError):
    """The build does not conform; the message says where and why."""


def validate_build(graph_dir: Path, all_formats: bool = False) -> str:
    from pyshacl import validate
    from rdflib import Dataset, Graph

    ttl = graph_dir / "graph.ttl"
    if not ttl.exists():
        raise ValidationFailed(f"{graph_dir} holds no graph.ttl; run 'policykg build --out {graph_dir}' first")
    data = Graph().parse(ttl, format="turtle")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, _, report = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    if not conforms:
        lines = [ln for ln in report.splitlines() if ln.strip()][:40]
        raise ValidationFailed("graph.ttl does not conform to ontology/shapes.ttl:\n" + "\n".join(lines))
    checked = ["graph.ttl"]
    if all_formats:
        reference = {t for t in data}
        for name, fmt in (("graph.nt", "nt"),):
            other = Graph().parse(graph_dir / name, format=fmt)
            if {t for t in other} != reference:
                raise ValidationFailed(f"{name} does not hold the same triples as graph.ttl")
            checked.append(name)
        for name, fmt in (("graph.nq", "nquads"), ("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
            ds = Dataset()
            ds.parse(graph_dir / name, format=fmt)
            triples = {(s, p, o) for s, p, o, g in ds.quads() if str(g) not in _EXTRA_GRAPHS}
            if triples != reference:
                raise ValidationFailed(f"{name} does not hold the same document triples as graph.ttl")
            checked.append(name)
    return f"conforms: {', '.join(checked)} ({len(data)} triples)"


_EXTRA_GRAPHS = {"https://w3id.org/policykg/ontology"}

"""SHACL validation of a build, and agreement between its serialisations."""
from __future__ import annotations

from pathlib import Path

from kg import nqfile
from kg.graph.iris import ONTOLOGY_GRAPH, PKG
from kg.graph.serialize import triple_lines
from kg.lexicon import ontology_dir


class ValidationFailed(ValueError):
    """The build does not conform; the message says where and why."""


def validate_build(graph_dir: Path, all_formats: bool = False) -> str:
    from pyshacl import validate
    from rdflib import Dataset, Graph

    nq = nqfile.find(graph_dir)
    if nq is None:
        raise ValidationFailed(f"{graph_dir} holds no graph.nq.gz (nor graph.nq); run 'policykg build --out {graph_dir}' first")
    # the union of the named graphs but the ontology's: what graph.nt and graph.ttl hold when written
    data = Graph().parse(data=b"".join(triple_lines(nq)).decode("utf-8"), format="nt")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, _, report = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    if not conforms:
        lines = [ln for ln in report.splitlines() if ln.strip()][:40]
        older = _earlier_version(data)
        raise ValidationFailed((f"{graph_dir} was built by a version of policykg before 2026-12-01 (its {nq.name} "
                                f"holds {older}, no longer written): build it again with 'policykg build SOURCES "
                                f"--out {graph_dir}' to check it against today's shapes\n" if older else "")
                               + f"{nq.name} does not conform to ontology/shapes.ttl:\n" + "\n".join(lines))
    checked = [nq.name]
    if all_formats:  # the serialisations the build wrote (build --formats, or export) must hold the same triples
        reference = {t for t in data}
        for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt")):
            if (graph_dir / name).exists():
                other = Graph().parse(graph_dir / name, format=fmt)
                if {t for t in other} != reference:
                    raise ValidationFailed(f"{name} does not hold the same triples as {nq.name}")
                checked.append(name)
        for name, fmt in (("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
            if (graph_dir / name).exists():
                ds = Dataset()
                ds.parse(graph_dir / name, format=fmt)
                triples = {(s, p, o) for s, p, o, g in ds.quads() if str(g) not in _EXTRA_GRAPHS}
                if triples != reference:
                    raise ValidationFailed(f"{name} does not hold the same document triples as {nq.name}")
                checked.append(name)
    return f"conforms: {', '.join(checked)} ({len(data)} triples)"


_EXTRA_GRAPHS = {ONTOLOGY_GRAPH}


def _earlier_version(data) -> str:
    """What a build before 2026-12-01 wrote and today's shapes forbid (README "Queries written before
    2026-12-01"): a target's or goal's pkg:year, a relatedness's pkg:rank; "" when ``data`` holds neither."""
    held = []
    if next(data.triples((None, PKG.year, None)), None) is not None:
        held.append("pkg:year")
    if any(next(data.triples((r, PKG.rank, None)), None) is not None for r in data.objects(None, PKG.relatedness)):
        held.append("a relatedness's pkg:rank")
    return " and ".join(held)

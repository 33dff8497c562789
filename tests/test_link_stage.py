"""Linking is a stage (issue 16): computed once per document by the pipeline, stored as ``doc.links``,
read by the graph, the pages and analysis."""
from __future__ import annotations

import pickle
from pathlib import Path

from click.testing import CliRunner

import kg.link
import kg.pipeline
from kg.annotate import annotate
from kg.cli import main
from kg.graph.iris import PKG
from kg.graph.rdf import document_iri, document_lines, node_iri
from kg.link import general_clauses, inherited, links
from kg.model import Links, UnitLinks
from kg.text.clean import clean
from kg.text.read import read_bytes
from kg.text.structure import parse

from tests.conftest import SEED, SHARED, require_shared

SMALL = ("mee_high_energy_high_emission_projects_guidance_2021.txt", "ndrc_energy_consumption_dual_control_plan_2021.txt")


def _unlinked(path: Path):
    """The document as the stages before link leave it (no ``doc.links``)."""
    source = read_bytes(path.read_bytes(), path.name)
    return annotate(parse(source, clean(source.text)))


def test_a_build_links_each_document_exactly_once(tmp_path, monkeypatch):
    require_shared()
    calls: dict[str, int] = {}
    made = [0]  # UnitLinks constructed anywhere, whatever imported what
    stored: dict[str, int] = {}  # per document, the units its stored links hold
    real_links, real_link, real_init = kg.link.links, kg.pipeline.link, UnitLinks.__init__

    def counting_links(doc):
        calls[doc.source.name] = calls.get(doc.source.name, 0) + 1
        return real_links(doc)

    def recording_link(doc):
        result = real_link(doc)
        stored[doc.source.name] = len(result.units)
        return result

    def counting_init(self, *args, **kwargs):
        made[0] += 1
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(kg.link, "links", counting_links)
    monkeypatch.setattr(kg.pipeline, "link", recording_link)
    monkeypatch.setattr(UnitLinks, "__init__", counting_init)
    sources = [str(SHARED / "corpus" / name) for name in SMALL]
    result = CliRunner().invoke(main, ["build", *sources, "--out", str(tmp_path / "out"), "--jobs", "1", "--no-store"])
    assert result.exit_code == 0, result.output
    assert calls == {name: 1 for name in SMALL}
    assert set(stored) == set(SMALL) and all(stored.values())
    assert made[0] == sum(stored.values())  # no unit was linked twice, by any route


def test_stored_links_equal_the_link_functions_on_the_seed(seed_doc):
    fresh = _unlinked(SEED)
    assert fresh.links is None
    stored = seed_doc.links
    assert isinstance(stored, Links)
    assert stored.units == links(fresh)
    assert stored.general == general_clauses(fresh) and stored.general
    unstated, inherits = inherited(fresh, links(fresh), general_clauses(fresh))
    assert stored.unstated == unstated and stored.inherited == inherits and inherits
    # the stored links are those of the document's own nodes
    own = {id(n) for n in seed_doc.root.walk()}
    assert all(id(ul.unit) in own for ul in stored.units.values())
    assert all(id(i.measure) in own and id(i.clause) in own for i in stored.inherited)


def test_a_document_made_by_hand_is_linked_once_on_first_read(monkeypatch):
    doc = _unlinked(SEED)
    count = [0]
    real = kg.link.links

    def counting(d):
        count[0] += 1
        return real(d)

    monkeypatch.setattr(kg.link, "links", counting)
    first = kg.link.linked(doc)
    document_lines(doc)
    assert kg.link.linked(doc) is first and doc.links is first
    assert count[0] == 1


def test_the_graph_says_what_the_stored_links_say(seed_doc):
    d = document_iri(seed_doc)
    lines = [ln.decode() if isinstance(ln, bytes) else ln for ln in document_lines(seed_doc)]
    stored = seed_doc.links

    def subjects(pred) -> set[str]:
        return {ln.split(" ", 1)[0].strip("<>") for ln in lines if f" <{pred}> " in ln}

    assert subjects(PKG.generalClause) == {str(node_iri(d, c)) for c in stored.general}
    assert subjects(PKG.noStatedResponsibility) == {str(node_iri(d, m)) for m in stored.unstated}
    inherited_here = {ln.split(" ")[2].strip("<>") for ln in lines if f" <{PKG.inheritedResponsibility}> " in ln}
    assert inherited_here == {f"{node_iri(d, i.measure)}/inherited_responsibility/{i.actor}" for i in stored.inherited}
    responsibilities = {ln.split(" ")[2].strip("<>") for ln in lines if f" <{PKG.responsibility}> " in ln}
    assert responsibilities == {f"{node_iri(d, ul.unit)}/responsibility/{actor}"
                                for ul in stored.units.values() for actor in ul.roles}


def test_links_cross_processes_with_the_document(seed_doc):
    back = pickle.loads(pickle.dumps(seed_doc))
    own = {id(n) for n in back.root.walk()}
    assert back.links == seed_doc.links
    assert all(id(ul.unit) in own for ul in back.links.units.values())
    assert all(id(c) in own for c in back.links.general)
    assert all(id(i.measure) in own and id(i.clause) in own for i in back.links.inherited)

"""Reading-page bodies kept between builds (kg/pages/fragments.py): reused when the document's data and
its alignments are the same, rendered again otherwise, never trusted when damaged."""
from __future__ import annotations

import pytest

from kg.graph.rdf import document_iri
from kg.pages import render
from kg.pages.fragments import Bodies
from kg.pages.projection import fragment


@pytest.fixture(scope="module")
def page(seed_doc):
    iri = str(document_iri(seed_doc))
    return render.reading_view(fragment(iri, seed_doc), iri, seed_doc)


def test_a_kept_body_gives_the_same_page_and_is_reused(page, tmp_path):
    first = Bodies(None, tmp_path / "a")
    body = first.body(page, {})
    assert (first.reused, first.rendered) == (0, 1)
    assert render.render_reading_page(page, body=body) == render.render_reading_page(page)
    again = Bodies(tmp_path / "a", tmp_path / "b")
    assert again.body(page, {}) == body and (again.reused, again.rendered) == (1, 0)
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == sorted(p.name for p in (tmp_path / "a").iterdir())
    # the top bar lists no document: the page is the same whatever else the build holds
    assert "阅读原文（" not in render.render_reading_page(page, body=body)


def test_other_alignments_or_data_render_again(page, tmp_path):
    Bodies(None, tmp_path / "a").body(page, {})
    node = next(b["node"] for b in page["blocks"] if b["node"])
    aligned = {node: [("（一）中央条款", "../align/x.html#p-1")]}
    b = Bodies(tmp_path / "a", tmp_path / "b")
    assert "落实中央 （一）中央条款" in b.body(page, aligned)
    assert (b.reused, b.rendered) == (0, 1)
    # links of provisions that are not this document's change nothing
    c = Bodies(tmp_path / "a", tmp_path / "c")
    c.body(page, {"https://w3id.org/policykg/eli/cn/other/part_1": [("x", "y")]})
    assert (c.reused, c.rendered) == (1, 0)
    changed = dict(page, title=page["title"] + "（修订）")
    d = Bodies(tmp_path / "a", tmp_path / "d")
    assert "（修订）" in d.body(changed, {}) and (d.reused, d.rendered) == (0, 1)


def test_a_damaged_body_is_rendered_again_never_trusted(page, tmp_path):
    good = Bodies(None, tmp_path / "a").body(page, {})
    (kept,) = (tmp_path / "a").iterdir()
    data = bytearray(kept.read_bytes())
    data[100:103] = b"XXX"
    kept.write_bytes(bytes(data))
    b = Bodies(tmp_path / "a", tmp_path / "b")
    assert b.body(page, {}) == good and (b.reused, b.rendered) == (0, 1)
    kept.write_bytes(b"")
    assert Bodies(tmp_path / "a", tmp_path / "c").body(page, {}) == good


def test_without_a_cache_nothing_is_written(page, tmp_path):
    b = Bodies(None, None)
    assert b.body(page, {}) == render.reading_body(page, {})
    assert list(tmp_path.iterdir()) == []

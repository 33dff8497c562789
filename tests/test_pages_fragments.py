"""Reading-page bodies kept between builds (kg/pages/fragments.py): reused when the document's data and
its alignments are the same, rendered again otherwise, never trusted when damaged."""
from __future__ import annotations

import io
import json

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


# responsibility.html's sections and targets.html's rows: kept by the document's cache key ----------------

@pytest.fixture(scope="module")
def parts(seed_doc):
    iri = str(document_iri(seed_doc))
    frag = fragment(iri, seed_doc)
    return iri, render.matrix_section(frag, iri, seed_doc), render.target_rows(frag)


def _pages(section, rows):
    out = io.StringIO()
    render.write_matrix_page(out, [section], [("k", "t")])
    return out.getvalue(), render.targets_page(rows, [("k", "t")])


def test_kept_sections_and_rows_give_the_pages_rendered_from_the_data(parts, tmp_path, monkeypatch):
    _, section, rows = parts
    assert rows and section["rows"]  # the seed document has targets and a matrix: the test can fail
    data = json.dumps(section, ensure_ascii=False).encode("utf-8")
    first = Bodies(None, tmp_path / "a")
    made = first.matrix("key1", lambda: data), first.target_rows("key1", rows)
    assert _pages(*made) == _pages(section, rows)
    # the next build takes both from the kept files: neither the data nor a template is read
    monkeypatch.setattr("kg.pages.fragments.matrix_section_html", lambda s: pytest.fail("section rendered again"))
    monkeypatch.setattr("kg.pages.fragments.target_row_html", lambda r: pytest.fail("row rendered again"))
    again = Bodies(tmp_path / "a", tmp_path / "b")
    kept = again.matrix("key1", lambda: pytest.fail("data decoded")), again.target_rows("key1", rows)
    assert kept == made and _pages(*kept) == _pages(section, rows)
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == sorted(p.name for p in (tmp_path / "a").iterdir())


def test_another_key_or_a_damaged_kept_section_renders_again(parts, tmp_path):
    _, section, rows = parts
    data = json.dumps(section, ensure_ascii=False).encode("utf-8")
    good = Bodies(None, tmp_path / "a").matrix("key1", lambda: data)
    calls = []
    other = Bodies(tmp_path / "a", tmp_path / "b").matrix("key2", lambda: calls.append(1) or data)
    assert other == good and calls == [1]
    for kept in (tmp_path / "a").iterdir():
        kept.write_bytes(kept.read_bytes()[:-40] + b"X" * 40)
    assert Bodies(tmp_path / "a", tmp_path / "c").matrix("key1", lambda: calls.append(2) or data) == good
    assert calls == [1, 2]


def test_rows_kept_for_another_number_of_rows_are_not_trusted(parts, tmp_path):
    _, _, rows = parts
    Bodies(None, tmp_path / "a").target_rows("key1", rows[:1])
    got = Bodies(tmp_path / "a", tmp_path / "b").target_rows("key1", rows)
    assert [text for _, _, text in got] == [str(render.target_row_html(row)) for _, _, row in rows]
    # without a cache, rows stay data and the page renders them
    assert Bodies(None, None).target_rows("key1", rows) == rows

"""The pages from templates (kg/pages/templates, kg/pages/static): rendered once from plain data.

A worker turns a document into data (reading view, matrix section, target rows); the pages are
rendered from that data once every document and alignment is known. These tests check the data
survives the trip through JSON unchanged in meaning, that the alignment links and the list of
documents are put in by the renderer (no page is patched), that every label comes from
ontology/page_labels.tsv, and that no page markup is left in the Python of kg/pages.
"""
from __future__ import annotations

import ast
import json
import re
from html import unescape
from pathlib import Path

import pytest

from kg.lexicon import page_labels
from kg.pages import render
from kg.pages.projection import doc_key, fragment

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def seed(seed_doc):
    from kg.graph.rdf import document_iri

    iri = str(document_iri(seed_doc))
    return iri, seed_doc, fragment(iri, seed_doc)


def test_reading_page_renders_from_its_data_after_a_json_round_trip(seed):
    iri, doc, frag = seed
    data = render.reading_view(frag, iri, doc)
    direct = render.render_reading_page(data)
    assert render.render_reading_page(json.loads(json.dumps(data, ensure_ascii=False))) == direct
    # the top bar links to the list of documents, and lists none itself (the page depends on its document only)
    assert '<a href="../documents.html">阅读原文</a>' in direct and "阅读原文（" not in direct
    assert 'href="../text/' not in direct
    # every provision of the document has its block and table-of-contents entry
    blocks = data["blocks"]
    assert len(blocks) >= len(doc.nodes("measure"))
    assert all(f'id="{b["anchor"]}"' in direct for b in blocks)
    # the text is all there, once: the page's text (tags stripped) holds every measure's words
    plain = unescape(re.sub(r"<[^>]+>", "", direct))
    for m in doc.nodes("measure")[:5]:
        assert doc.text[m.body_start or m.start:m.end].split("\n")[0][:30] in plain


def test_alignment_links_follow_the_provisions_graph_link(seed):
    iri, doc, frag = seed
    data = render.reading_view(frag, iri, doc)
    block = next(b for b in data["blocks"] if b["node"])
    aligned = {block["node"]: [("（一）中央<条款>", "../align/x.html#p-1"), ("（二）另一条", "../align/x.html#p-2")]}
    page = render.render_reading_page(data, aligned)
    graph = f'<a class="graphlink" href="{block["graph"]}">在图谱中查看</a>'
    links = ('<a class="graphlink alignlink" href="../align/x.html#p-1">落实中央 （一）中央&lt;条款&gt;</a>'
             '<a class="graphlink alignlink" href="../align/x.html#p-2">落实中央 （二）另一条</a>')
    assert page.count(graph + links) == 1
    assert render.render_reading_page(data).count("alignlink") == 0


def test_documents_page_lists_every_document_once_escaped(seed):
    iri, doc, frag = seed
    data = render.reading_view(frag, iri, doc)
    labels = page_labels()
    rows = [render.document_row(doc_key(iri), data["title"], data["facts"]),
            render.document_row("other", "另一<文件>管理办法", [])]
    docs = [(r["key"], r["title"]) for r in rows]
    page = render.documents_page(rows, docs)
    assert f'<a href="text/{doc_key(iri)}.html">{data["title"]}</a>' in page
    assert '<a href="text/other.html">另一&lt;文件&gt;管理办法</a>' in page
    assert page.count('<tr class="row">') == 2
    # the date and issuers are the reading page's facts; the genre from the title, in Chinese
    facts = dict(data["facts"])
    assert rows[0]["date"] == facts[labels["fact"]["date"]] and rows[0]["date"] in page
    assert rows[1] == {"key": "other", "title": "另一<文件>管理办法", "date": "", "issuers": "",
                       "genre": labels["genre"]["regulation"]}
    # the top bar of every page but a reading page counts the documents and leads here
    assert '<a href="documents.html" aria-current=page>阅读原文（2）</a>' in page
    assert '<a href="documents.html">阅读原文（2）</a>' in render.targets_page([], docs)
    one = render.targets_page([], docs[:1])
    assert f'<a href="text/{doc_key(iri)}.html">' in one and "阅读原文（1）" in one  # a single document's direct link


def test_labels_come_from_the_ontology(seed):
    iri, doc, frag = seed
    labels = page_labels()
    rows = render.target_rows(frag)
    assert rows
    page = render.targets_page(rows, [(doc_key(iri), "t")])
    header = re.search(r"<thead><tr>(.*?)</tr></thead>", page).group(1)
    assert re.findall(r"<th>(.*?)</th>", header) == list(labels["target_column"].values())
    assert f"{len(rows)} 个量化目标" in page
    section = render.matrix_section(frag, iri, doc)
    out = _Sink()
    render.write_matrix_page(out, iter([section]), [])
    cells = re.findall(r'<td class="r-([a-z-]+)">([^<]+)</td>', out.text)
    assert cells and all(labels["role"][role] == zh for role, zh in cells)
    assert out.text.count("<tr><th class=\"m\"><a ") == section["measures"] == len(section["rows"])


class _Sink:
    """A text stream that keeps what is written (as a file would: str(chunk), never re-escaped)."""

    def __init__(self):
        self.chunks = []

    def write(self, chunk: str) -> None:
        self.chunks.append(str(chunk))

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def test_templates_escape_what_they_print(seed):
    iri, doc, frag = seed
    data = render.reading_view(frag, iri, doc)
    data["title"] = "关于<script>x</script>'\"&的意见"
    page = render.render_reading_page(data)
    assert "<script>x" not in page
    assert "<h1>关于&lt;script&gt;x&lt;/script&gt;&#x27;&quot;&amp;的意见</h1>" in page


def test_no_page_markup_in_the_python_of_kg_pages():
    import importlib.util

    spec = importlib.util.spec_from_file_location("house_check", ROOT / "scripts" / "house_check.py")
    house = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(house)
    found = [(p.name, rule, line) for p in sorted((ROOT / "kg" / "pages").glob("*.py"))
             for rule, line, _ in house.markup_strings(p)]
    assert found == []
    for p in sorted((ROOT / "kg" / "pages").glob("*.py")):
        assert len(p.read_text(encoding="utf-8").splitlines()) <= house.MAX_LINES, p.name
        tree = ast.parse(p.read_text(encoding="utf-8"))
        inner = [n.lineno for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                 for n in ast.walk(f) if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("kg")]
        assert inner == [], (p.name, inner)


def test_static_files_are_inlined_not_linked():
    static = Path(render.__file__).parent / "static"
    names = sorted(p.name for p in static.iterdir())
    assert {"base.css", "graph.js", "sort.js"} <= set(names)
    pages = "".join((Path(render.__file__).parent / "templates" / t).read_text(encoding="utf-8")
                    for t in ("base.html", "text.html", "targets.html", "responsibility.html", "index.html", "documents.html"))
    for name in names:
        assert f'static("{name}")' in pages or name == "base.css"
    assert "src=" not in pages and 'rel="stylesheet"' not in pages


def test_reading_page_highlights_refer_to_one_table_of_links_and_titles(seed):
    """A highlight carries the index of its [link, title] in the page's pk-data (text.js sets them on it): each pair
    once a page, every index in the table, and no highlight repeats a link or a title in the markup."""
    iri, doc, frag = seed
    data = render.reading_view(frag, iri, doc)
    page = render.render_reading_page(data)
    table = json.loads(re.search(r'<script type="application/json" id="pk-data">(.*?)</script>', page).group(1))
    assert table == data["marks"] and len(table) == len({tuple(m) for m in table}) > 20
    used = [int(m) for m in re.findall(r'<(?:a|span) class="hl hl-\w+" data-m="(\d+)">', page)]
    assert len(used) > 200 and set(used) == set(range(len(table)))
    assert ("../index.html#node=time/year/2027", "年份: 2027年") in {tuple(m) for m in table}
    assert not re.search(r'class="hl hl-\w+"[^>]* (?:href|title)=', page)
    assert page.count("#node=") == page.count('class="graphlink"') + len(table)
    # with scripts off, the page says why its highlights have no titles or links (one note, before the text)
    note = re.findall(r"<noscript>(.*?)</noscript>", page, re.S)
    assert len(note) == 1 and "JavaScript" in note[0] and page.index("<noscript>") < page.index('class="hl hl-')

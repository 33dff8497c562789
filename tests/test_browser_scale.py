"""The graph page at corpus scale (issue 17.5), in Chromium, offline (test_browser's ``Page``).

A 500-document overview is made from the seed's projection repeated under 500 document IRIs
(each document concerns the seed's actors, indicators, sectors, places and years: about 50,000
edges), positioned on a grid (the build computes a spring layout once; what the browser does
with the positions does not depend on them), rendered as a build renders index.html.
"""
from __future__ import annotations

import json
import re

import pytest

from kg.graph.rdf import document_iri
from kg.pages.page_data import expand
from kg.pages.projection import View, fragment, merge, overview
from kg.pages.render import render_graph_page
from tests.test_browser import Page, browser  # noqa: F401  (browser is a fixture)

DOCS = 500


@pytest.fixture(scope="module")
def big_site(seed_doc, tmp_path_factory):
    iri = str(document_iri(seed_doc))
    share = overview(fragment(iri, seed_doc))
    views = []
    for k in range(DOCS):
        new = f"{iri}-{k:03d}"
        details = dict(share.details)
        details[new] = details.pop(iri)
        views.append(View(share.graph.relabeled({iri: new}), details=details,
                          docs=[(new, f"文件{k:03d}")], overview=True))
    view = merge(views)
    for i, node in enumerate(sorted(view.graph.nodes)):
        view.graph.nodes[node].update(x=(i % 40) * 60, y=(i // 40) * 60)
    out = tmp_path_factory.mktemp("big") / "index.html"
    out.write_text(render_graph_page(view), encoding="utf-8")
    return out, view


def test_the_overview_of_500_documents_opens_in_under_3_s(browser, big_site):  # noqa: F811
    page, view = big_site
    assert view.graph.number_of_edges() > 20000
    data = expand(json.loads(re.search(r'id="pk-data">(.*?)</script>', page.read_text(encoding="utf-8")).group(1)))
    first = sum(1 for n in data["nodes"] if n["group"] in ("document", "actor", "indicator"))
    p = Page(browser, page.as_uri())
    p.wait_ready()
    ready = p.page.evaluate("window.policykgReady")
    assert ready < 3000, f"first frame after {ready:.0f} ms"
    assert p.drawn_pixels() > 2000
    # documents, actors and indicators first
    assert p.page.evaluate("window.policykg.visible()") == first < len(data["nodes"])
    # a document's measures on demand, drawn around it, each with its panel and reading-view link
    doc = f"{view.docs[7][0]}"
    units = data["details"][doc]["units"]
    assert len(units) == 33
    p.page.evaluate(f"window.policykg.focus({doc!r})")
    p.page.locator("#panel button.expand").click()
    assert p.page.evaluate("window.policykg.visible()") == first + len(units)
    p.page.evaluate(f"window.policykg.focus({units[4][0]!r})")
    panel = p.page.locator("#panel")
    assert panel.locator("h2").text_content() == units[4][2]
    assert panel.locator("a", has_text="在原文中阅读").get_attribute("href") == units[4][3]
    # a concept hidden at first is shown when asked for
    sector = next(n["id"] for n in data["nodes"] if n["group"] == "sector")
    p.page.evaluate(f"window.policykg.focus({sector!r})")
    assert panel.locator("h2").text_content() == next(n["title"] for n in data["nodes"] if n["id"] == sector)
    p.close()

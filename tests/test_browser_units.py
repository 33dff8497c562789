"""A regulation's articles in the graph page (brief PG): an article's 在图谱中查看 in the reading view opens
its own node (it opened "图中没有该节点"), and that notice goes once a later #node= names a node the graph
has. In Chromium, offline (test_browser's ``Page``); one build of pool 34.txt, a 办法 of 43 articles."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SHARED, require_shared
from tests.test_browser import Page, browser  # noqa: F401  (browser is a fixture)

ARTICLES = SHARED / "dual-carbon" / "34.txt"


@pytest.fixture(scope="module")
def articles_site(tmp_path_factory):
    require_shared()
    out = tmp_path_factory.mktemp("articles-site") / "out"
    r = CliRunner().invoke(main, ["build", str(ARTICLES), "--out", str(out), "--no-store"])
    assert r.exit_code == 0, r.output
    return out


def test_an_articles_graph_link_opens_its_node(browser, articles_site):  # noqa: F811
    page = next((articles_site / "text").glob("*.html"))
    p = Page(browser, page.as_uri() + "#article-3")
    link = p.page.locator("#article-3 a.graphlink").first
    assert link.text_content() == "在图谱中查看"
    link.click()
    p.page.wait_for_selector("body[data-ready]", state="attached", timeout=30000)
    assert "index.html#node=" in p.page.url
    assert p.page.locator("#panel h2").text_content().strip() == "第三条"
    assert "图中没有该节点" not in p.page.locator("#notice").text_content()
    node = p.page.url.split("#node=", 1)[1]
    p.page.evaluate("location.hash = '#node=' + encodeURIComponent('https://example.org/none')")
    p.page.wait_for_timeout(200)
    assert p.page.locator("#notice").text_content() == "图中没有该节点。"
    p.page.evaluate(f"location.hash = '#node={node}'")
    p.page.wait_for_timeout(200)
    assert p.page.locator("#notice").text_content() == ""
    assert p.page.locator("#panel h2").text_content().strip() == "第三条"
    p.close()


def test_the_responsibility_page_has_a_row_per_article(browser, articles_site):  # noqa: F811
    p = Page(browser, (articles_site / "responsibility.html").as_uri())
    text = p.page.locator("body").text_content()
    assert "0 项措施" not in text and "43" in text
    first = p.page.locator("table tbody tr").first
    assert first.locator("a").first.text_content().strip() == "第一条"
    first.locator("a").first.click()
    assert p.page.url.endswith("#article-1")
    p.close()


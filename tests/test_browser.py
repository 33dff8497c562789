"""The reviewers' pages in a real browser (Debian's chromium driven by Playwright), offline.

Every page is opened from files with the network unreachable: any request that is not a
``file:`` URL is aborted and recorded, and the browser is pointed at a dead proxy as well.
Set POLICYKG_REQUIRE_BROWSER=1 (``.ci/run`` does) to make a missing browser a failure
instead of a skip.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlparse

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pages.page_data import expand

from tests.conftest import SEED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "out"
    result = run("build", SEED, "--out", out)
    assert result.exit_code == 0, result.output
    return out


HOSTILE_TITLE = "关于<b>测试</b>的意见"
HOSTILE_SCRIPT = "<script>window.pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.pwned=2">'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("中共中央国务院关于全面推进美丽中国建设的意见", HOSTILE_TITLE, 1)
    text = text.replace("持续深入打好蓝天保卫战。", f"持续深入打好蓝天保卫战。{HOSTILE_SCRIPT}{HOSTILE_IMG}北京' onmouseover='x", 1)
    assert HOSTILE_SCRIPT in text
    src = tmp_path_factory.mktemp("hostile") / "hostile.txt"
    src.write_text(text, encoding="utf-8")
    out = src.parent / "out"
    result = run("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    return out


# Without a browser ---------------------------------------------------------------------------

class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k in ("src", "href", "action", "data", "poster", "srcset") and v is not None:
                self.refs.append((tag, k, v))


def _pages(site: Path) -> list[Path]:
    return sorted(site.glob("*.html")) + sorted((site / "text").glob("*.html"))


@pytest.mark.parametrize("which", ["seed", "corpus"])
def test_no_page_points_to_the_network(which, seed_site, request):
    site = seed_site if which == "seed" else request.getfixturevalue("corpus_build")
    pages = _pages(site)
    assert len(pages) >= 3
    for page in pages:
        html = page.read_text(encoding="utf-8")
        parser = _Refs()
        parser.feed(html)
        assert parser.refs, page
        for tag, attr, value in parser.refs:
            url = urlparse(value)
            assert not url.scheme and not url.netloc and not value.startswith("//"), (page.name, tag, attr, value)
            if url.path:  # relative links lead to files the build wrote
                assert (page.parent / url.path).resolve().exists(), (page.name, value)
        assert "Content-Security-Policy" in html and "default-src 'none'" in html
        assert "cdn" not in " ".join(v for _, _, v in parser.refs).lower()


def test_hostile_text_is_escaped_in_every_page(hostile_site):
    for page in _pages(hostile_site):
        html = page.read_text(encoding="utf-8")
        scripts = re.findall(r"<script[^>]*>", html)
        assert all(s in ("<script>", '<script type="application/json" id="pk-data">') for s in scripts), (page.name, scripts)
        assert "<img" not in html and "onerror=\"window" not in html and "<b>测试" not in html, page.name
    text_page = next((hostile_site / "text").glob("*.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in text_page
    index = (hostile_site / "index.html").read_text(encoding="utf-8")
    assert "\\u003cscript\\u003ewindow.pwned=1\\u003c/script\\u003e" in index


def test_export_graphml_and_gexf(seed_site, tmp_path):
    import json

    projection = json.loads(gzip.decompress((seed_site / "projection.json.gz").read_bytes()))
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        result = run("export", "--graph", seed_site, "--format", fmt, "--out", out)
        assert result.exit_code == 0, result.output
        g = reader(out)
        assert g.number_of_nodes() == len(projection["nodes"]) > 150
        assert g.number_of_edges() == len(projection["edges"])
        labels = {d.get("label") for _, d in g.nodes(data=True)}
        assert "生态环境部" in labels and "细颗粒物平均浓度" in labels
        again = tmp_path / f"again.{fmt}"
        run("export", "--graph", seed_site, "--format", fmt, "--out", again)
        assert again.read_bytes() == out.read_bytes()  # no date stamp, no run-order dependence
    assert b'lastmodifieddate="2023-12-27"' in (tmp_path / "g.gexf").read_bytes()
    assert b"<viz:position" in (tmp_path / "g.gexf").read_bytes()


def test_export_errors(tmp_path, seed_site):
    result = run("export", "--graph", tmp_path, "--format", "gexf")
    assert result.exit_code != 0 and "policykg build" in result.output and "Traceback" not in result.output
    result = run("export", "--graph", seed_site, "--format", "gexf", "--out", tmp_path / "no" / "such" / "g.gexf")
    assert result.exit_code != 0 and "no such folder" in result.output
    result = run("export", "--graph", seed_site, "--format", "dot")
    assert result.exit_code != 0 and "graphml" in result.output


# In a browser --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        _no_browser(f"no chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"])
        yield b
        b.close()


def _no_browser(reason: str):
    if os.environ.get("POLICYKG_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


class Page:
    """A page opened from a file, offline, recording console errors, dialogs and network attempts."""

    def __init__(self, browser, url: str):
        self.errors, self.requests, self.dialogs = [], [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                self.requests.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)
        self.page.goto(url)

    def wait_ready(self):
        # a selector, not wait_for_function: polling a string predicate needs eval, which the pages' CSP forbids
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=30000)

    def drawn_pixels(self) -> int:
        return self.page.evaluate("""() => { const c = document.querySelector('#graph canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
            for (let i = 0; i < d.length; i += 4) { if (d[i+3] > 0 && (d[i] < 235 || d[i+1] < 235 || d[i+2] < 235)) n++; }
            return n; }""")

    def close(self):
        assert not self.errors, self.errors
        assert not self.requests, self.requests
        assert not self.dialogs, self.dialogs
        self.page.close()


def test_seed_graph_is_drawn_offline_and_search_finds_an_actor(browser, seed_site, tmp_path):
    p = Page(browser, (seed_site / "index.html").as_uri())
    p.wait_ready()
    assert p.drawn_pixels() > 2000, "the graph canvas is blank"
    p.page.screenshot(path=str(tmp_path / "seed-graph.png"))
    p.page.fill("#search", "生态环境部")
    button = p.page.locator("#results button", has_text="生态环境部").first
    assert button.text_content() == "生态环境部"
    button.click()
    assert p.page.locator("#panel h2").text_content().startswith("生态环境部")
    assert "压实工作责任" in p.page.locator("#panel").text_content()  # the measure it leads
    p.close()


def test_clicking_a_measure_shows_its_text_with_highlights(browser, seed_site):
    p = Page(browser, (seed_site / "index.html").as_uri())
    p.wait_ready()
    mid = p.page.evaluate("window.policykg.find('（五）持续深入打好蓝天保卫战')[0].id")
    p.page.evaluate(f"window.policykg.network.focus({mid!r}, {{scale: 1.5, animation: false}})")
    xy = p.page.evaluate(f"window.policykg.network.canvasToDOM(window.policykg.network.getPosition({mid!r}))")
    box = p.page.locator("#graph canvas").bounding_box()
    p.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    panel = p.page.locator("#panel")
    assert panel.locator("h2").text_content() == "（五）持续深入打好蓝天保卫战"
    text = panel.locator(".text").first.text_content()
    assert "细颗粒物平均浓度下降到28微克/立方米以下" in text and text.startswith("持续深入打好蓝天保卫战")
    layers = set(panel.locator(".text mark").evaluate_all("ms => ms.map(m => m.className)"))
    assert {"hl hl-target", "hl hl-time", "hl hl-place", "hl hl-sector"} <= layers
    # policy writers' cross-references on the same panel: related measures with reasons, inferred bodies
    assert "相关措施（3）" in panel.text_content() and "文本相似度" in panel.locator(".reason").first.text_content()
    assert "本措施未写明责任主体" in panel.text_content() and "推定" in panel.text_content()
    # a highlight leads to its node
    panel.locator(".text mark.hl-place", has_text="京津冀").first.click()
    assert panel.locator("h2").text_content().startswith("京津冀")
    p.close()


def test_filters_narrow_but_never_empty_the_graph(browser, seed_site):
    p = Page(browser, (seed_site / "index.html").as_uri())
    p.wait_ready()
    total = p.page.evaluate("window.policykg.visible()")
    p.page.select_option("#f-sector", label="大气")
    narrowed = p.page.evaluate("window.policykg.visible()")
    assert 0 < narrowed < total
    p.page.select_option("#f-year", label="2027年")
    both = p.page.evaluate("window.policykg.visible()")
    assert 0 < both <= narrowed
    p.page.click("#reset")
    assert p.page.evaluate("window.policykg.visible()") == total
    boxes = p.page.locator("input[name=type]")
    for i in range(boxes.count() - 1):
        boxes.nth(i).uncheck()
    last = p.page.evaluate("window.policykg.visible()")
    assert last > 0
    boxes.nth(boxes.count() - 1).click()  # would leave nothing: refused, with a notice
    assert p.page.evaluate("window.policykg.visible()") == last
    assert boxes.nth(boxes.count() - 1).is_checked()
    assert "没有符合条件" in p.page.locator("#notice").text_content()
    assert p.drawn_pixels() > 100
    p.close()


def test_reading_view_deep_link_and_highlight_to_node(browser, seed_site, tmp_path):
    page = next((seed_site / "text").glob("*.html"))
    p = Page(browser, page.as_uri() + "#measure-5")
    target = p.page.locator("#measure-5")
    assert "持续深入打好蓝天保卫战" in target.text_content()
    assert p.page.evaluate("document.querySelector(':target').id") == "measure-5"
    assert p.page.locator("nav.toc a").count() >= 43  # 10 parts and 33 measures
    assert target.locator("a.hl-target").count() >= 2
    # every highlight has its link and title from the page's one table of them (text.js), none left without
    marks = p.page.locator("main [data-m]").evaluate_all("ms => ms.map(m => [m.tagName, m.getAttribute('href'), m.title])")
    assert len(marks) > 100 and all(title for _, _, title in marks)
    assert all(href and href.startswith("../index.html#node=") for tag, href, _ in marks if tag == "A")
    year = target.locator("a.hl-time", has_text="2027").first
    assert year.get_attribute("title") == "年份: 2027年" and year.get_attribute("href") == "../index.html#node=time/year/2027"
    p.page.screenshot(path=str(tmp_path / "seed-reading.png"))
    target.locator("a.hl-actor, a.hl-place").first.click()
    p.page.wait_for_selector("body[data-ready]", state="attached", timeout=30000)
    assert "index.html#node=" in p.page.url
    assert p.page.locator("#panel h2").text_content().strip() != ""
    p.close()


def test_deep_link_to_a_node(browser, seed_site):
    iri = "https://w3id.org/policykg/concept/actor/mee"
    p = Page(browser, (seed_site / "index.html").as_uri() + "#node=" + quote(iri, safe=""))
    p.wait_ready()
    assert p.page.locator("#panel h2").text_content().startswith("生态环境部")
    p.close()


def test_the_page_expands_its_compact_data_as_page_data_expand_does(browser, seed_site):
    """graph.js and kg/pages/page_data.expand read the compact pk-data alike: the same nodes, edges and panels
    (every IRI, reason and highlight whole), so what the Python tests check of ``expand`` holds in the page."""
    data = expand(json.loads(re.search(r'id="pk-data">(.*?)</script>', (seed_site / "index.html").read_text(encoding="utf-8")).group(1)))
    p = Page(browser, (seed_site / "index.html").as_uri())
    p.wait_ready()
    page = p.page.evaluate("""() => { const D = window.policykg.data;
        return {nodes: D.nodes.map(n => ({id: n.id, group: n.group, x: n.x, y: n.y, docs: n.docs, label: n.label, title: n.title})),
                edges: D.edges, details: D.details}; }""")
    assert page["nodes"] == data["nodes"] and len(page["nodes"]) > 150
    assert page["edges"] == data["edges"] and len(page["edges"]) > 500
    assert page["details"] == data["details"]
    spans = [s for d in data["details"].values() for s in d.get("spans", [])]
    assert spans and all(s[3].startswith("https://") for s in spans if s[3])
    assert any(d.get("related") for d in data["details"].values())
    p.close()


def test_targets_view_groups_by_year_and_sorts(browser, seed_site):
    p = Page(browser, (seed_site / "targets.html").as_uri())
    years = p.page.locator("tbody").evaluate_all("bs => bs.map(b => b.dataset.year)")
    assert years == sorted(years, key=lambda y: (y == "", y)) and "2027" in years and "2035" in years
    assert p.page.locator("tr.row").count() == 18
    group = p.page.locator('tbody[data-year="2027"]')
    p.page.locator("thead th", has_text="标准值").click()
    values = [float(v) for v in group.locator("tr.row td:nth-child(6)").all_text_contents()]
    assert values == sorted(values)
    p.page.locator("thead th", has_text="标准值").click()
    values = [float(v) for v in group.locator("tr.row td:nth-child(6)").all_text_contents()]
    assert values == sorted(values, reverse=True)
    link = group.locator("tr.row td a").first.get_attribute("href")
    assert re.match(r"text/[0-9a-f]{12}\.html#measure-\d+$", link)
    p.close()


def test_hostile_document_shows_as_text_in_a_browser(browser, hostile_site):
    p = Page(browser, (hostile_site / "index.html").as_uri())
    p.wait_ready()
    p.page.evaluate("window.policykg.focus(window.policykg.find('（五）')[0].id)")
    panel_text = p.page.locator("#panel .text").first.text_content()
    assert HOSTILE_SCRIPT in panel_text and HOSTILE_IMG in panel_text
    assert p.page.evaluate("document.querySelectorAll('img').length") == 0
    assert p.page.evaluate("window.pwned === undefined")
    assert p.page.locator("select#f-doc option").nth(1).text_content() == HOSTILE_TITLE
    p.close()
    page = next((hostile_site / "text").glob("*.html"))
    p = Page(browser, page.as_uri())
    assert HOSTILE_SCRIPT in p.page.locator("#measure-5").text_content()
    assert p.page.evaluate("document.querySelectorAll('img, b').length") == 0
    assert p.page.evaluate("window.pwned === undefined")
    assert p.page.locator("h1").text_content() == HOSTILE_TITLE
    p.close()


def test_corpus_graph_opens_and_is_usable(browser, corpus_build, tmp_path):
    p = Page(browser, (corpus_build / "index.html").as_uri())
    p.wait_ready()
    assert p.drawn_pixels() > 5000
    assert p.page.evaluate("window.policykg.visible()") > 800
    p.page.screenshot(path=str(tmp_path / "corpus-graph.png"))
    p.page.fill("#search", "森林覆盖率")
    p.page.locator("#results button", has_text="森林覆盖率").first.click()
    panel = p.page.locator("#panel").text_content()
    assert "各文件中的目标值" in panel and "2030" in panel and "2035" in panel
    p.page.select_option("#f-doc", index=1)
    assert 0 < p.page.evaluate("window.policykg.visible()") < 800
    p.close()


LEGIBLE_PX = 12  # graph.js: the overview's labels at least this size on screen when the page opens


def test_corpus_graph_opens_with_legible_labels(browser, corpus_build, tmp_path):
    """Issue 17.5: the graph page of the corpus opens where the labels of documents, actors and
    indicators can be read, not with 1,000 nodes fitted into the window and no label drawn."""
    p = Page(browser, (corpus_build / "index.html").as_uri())
    p.wait_ready()
    sizes = p.page.evaluate("""() => { const net = window.policykg.network, s = net.getScale(), out = {};
        for (const n of Object.values(net.body.nodes)) { const t = n.options.shape + ':' + n.options.color.background;
            out[t] = Math.min(out[t] || 99, n.options.font.size * s); } return out; }""")
    data = json.loads(re.search(r'id="pk-data">(.*?)</script>', (corpus_build / "index.html").read_text(encoding="utf-8")).group(1))
    for kind in ("document", "actor", "indicator"):
        shape, colour = data["types"][kind][3], data["types"][kind][2]
        assert sizes[f"{shape}:{colour}"] >= LEGIBLE_PX, (kind, sizes)
    drawn = p.page.evaluate("""() => { const net = window.policykg.network, s = net.getScale();
        const c = document.querySelector('#graph canvas'), r = c.getBoundingClientRect();
        const tl = net.DOMtoCanvas({x: 0, y: 0}), br = net.DOMtoCanvas({x: r.width, y: r.height});
        let n = 0;
        for (const node of Object.values(net.body.nodes)) {
            const px = node.options.font.size * s;
            if (node.x >= tl.x && node.x <= br.x && node.y >= tl.y && node.y <= br.y && px >= LEGIBLE_PX_JS) n++; }
        return n; }""".replace("LEGIBLE_PX_JS", str(LEGIBLE_PX)))
    assert drawn >= 10, f"{drawn} legible labels in the window"
    p.page.screenshot(path=str(tmp_path / "corpus-graph-open.png"))
    p.close()


def test_seed_graph_opens_fitted_with_legible_overview_labels(browser, seed_site):
    """The opening view fits every node (nothing cut off at the edges), and the labels of documents,
    actors, indicators and parts are drawn at LEGIBLE_PX or more: a part box shows its number zoomed
    out, never an empty box. Zoomed in on a node, labels are back at their own size and parts show
    their titles (no outsized labels crowding the node)."""
    p = Page(browser, (seed_site / "index.html").as_uri())
    p.wait_ready()
    view = p.page.evaluate("""() => { const net = window.policykg.network, s = net.getScale();
        const c = document.querySelector('#graph canvas'), r = c.getBoundingClientRect();
        const tl = net.DOMtoCanvas({x: 0, y: 0}), br = net.DOMtoCanvas({x: r.width, y: r.height});
        const out = {outside: 0, nodes: 0, px: {}, parts: []};
        for (const n of Object.values(net.body.nodes)) {
            out.nodes++;
            if (n.x < tl.x || n.x > br.x || n.y < tl.y || n.y > br.y) out.outside++;
            const k = n.options.shape + ':' + n.options.color.background;
            out.px[k] = Math.min(out.px[k] || 99, n.options.font.size * s);
            if (n.options.shape === 'box' && n.options.color.background !== '#1f3b73') out.parts.push(n.options.label); }
        return out; }""")
    assert view["nodes"] > 100 and view["outside"] == 0, view
    data = expand(json.loads(re.search(r'id="pk-data">(.*?)</script>', (seed_site / "index.html").read_text(encoding="utf-8")).group(1)))
    for kind in ("document", "actor", "indicator", "part"):
        shape, colour = data["types"][kind][3], data["types"][kind][2]
        assert view["px"][f"{shape}:{colour}"] >= LEGIBLE_PX, (kind, view["px"])
    assert len(view["parts"]) == 10 and all(t and len(t) <= 5 for t in view["parts"]), view["parts"]
    part = next(n for n in data["nodes"] if n["group"] == "part")
    p.page.evaluate(f"window.policykg.focus({part['id']!r})")
    p.page.wait_for_timeout(300)  # a frame: the labels follow the scale when it is drawn
    zoomed = p.page.evaluate(f"""() => {{ const n = window.policykg.network.body.nodes[{part['id']!r}];
        return [window.policykg.network.getScale(), n.options.label, n.options.font.size]; }}""")
    assert zoomed[0] >= 1.0 and zoomed[1] == part["label"] and zoomed[2] == 14, zoomed
    assert not p.errors, p.errors
    p.close()


def test_documents_page_lists_filters_and_leads_to_the_reading_page(browser, seed_site):
    reading = next((seed_site / "text").glob("*.html"))
    p = Page(browser, reading.as_uri())
    p.page.locator("header.top a", has_text="阅读原文").click()  # the reading page's top bar: the list, not a copy of it
    assert p.page.url.endswith("/documents.html")
    assert p.page.locator("header.top a[aria-current=page]").text_content() == "阅读原文（1）"
    rows = p.page.locator("#documents tr.row")
    assert rows.count() == 1 and rows.first.text_content().endswith("2023-12-27中共中央国务院意见")
    p.page.fill("#filter", "没有这个词")
    assert not rows.first.is_visible() and p.page.locator("#shown").text_content() == "显示 0 / 1"
    p.page.fill("#filter", "")
    assert rows.first.is_visible()
    rows.first.locator("a").click()
    assert p.page.url == reading.as_uri()
    p.close()

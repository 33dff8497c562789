"""Central → local in the graph page (issue 15.7): a local measure's panel links to the central
measure(s) it carries out, and to their row on the pair page. In Chromium, offline (test_browser's
``Page``); one build of a central document and 宁夏's implementation of it (85, an alignment dev document)."""
from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pages.page_data import expand
from tests.conftest import SHARED, require_shared
from tests.test_browser import Page, browser  # noqa: F401  (browser is a fixture)

CENTRAL = SHARED / "corpus" / "sc_green_low_carbon_circular_economy_guidance_2021.txt"
LOCAL = SHARED / "dual-carbon" / "85.txt"


@pytest.fixture(scope="module")
def pair_site(tmp_path_factory):
    require_shared()
    out = tmp_path_factory.mktemp("align-site") / "out"
    r = CliRunner().invoke(main, ["build", str(CENTRAL), str(LOCAL), "--out", str(out), "--no-store"])
    assert r.exit_code == 0, r.output
    return out


def _data(site) -> dict:
    html = (site / "index.html").read_text(encoding="utf-8")
    return expand(json.loads(re.search(r'<script type="application/json" id="pk-data">(.*?)</script>', html).group(1)))


def test_central_links_in_the_panel_data_match_the_alignments(pair_site):
    data = _data(pair_site)
    ids = {n["id"]: n for n in data["nodes"]}
    central = {m: d["central"] for m, d in data["details"].items() if d.get("central")}
    assert len(central) >= 10
    local_doc, central_doc = sorted({m.split("/part_")[0] for m in central}), set()
    for m, cs in central.items():
        assert ids[m]["group"] in ("measure", "part")
        for iri, label, href in cs:
            central_doc.add(iri.split("/part_")[0])
            assert iri in ids and ids[iri]["group"] in ("measure", "part"), iri
            path, _, anchor = href.partition("#")
            page = (pair_site / path).read_text(encoding="utf-8")
            assert f'id="{anchor}"' in page  # the row of the pair page
    assert len(local_doc) == 1 and len(central_doc) == 1 and local_doc[0] not in central_doc
    # the same pairs, in the same order, as the reading view's 落实中央 links
    text = (pair_site / "text" / f"{local_doc[0].rsplit('/', 1)[-1]}.html").read_text(encoding="utf-8")
    reading = re.findall(r'class="graphlink alignlink" href="\.\./([^"]+)">落实中央 ([^<]+)</a>', text)
    panel = [(href, label) for m in central for _, label, href in central[m]]
    assert sorted(reading) == sorted(panel)


def test_a_local_measure_links_to_its_central_measure(browser, pair_site):  # noqa: F811
    data = _data(pair_site)
    m, cs = next((m, d["central"]) for m, d in sorted(data["details"].items()) if d.get("central"))
    p = Page(browser, (pair_site / "index.html").as_uri())
    p.wait_ready()
    p.page.evaluate(f"window.policykg.focus({m!r})")
    panel = p.page.locator("#panel")
    assert f"落实中央（{len(cs)}）" in panel.text_content()
    items = panel.locator("li.central")
    assert items.count() == len(cs)
    assert items.first.locator("a.alignlink").get_attribute("href") == cs[0][2]
    items.first.locator("button.link").click()
    nodes = {n["id"]: n for n in data["nodes"]}
    assert panel.locator("h2").text_content() == nodes[cs[0][0]]["title"]  # the central measure's own panel
    assert p.page.evaluate("location.hash") == "#node=" + quote(cs[0][0], safe="")
    p.close()

"""Interfaces of central → local alignment (issue 15.7): the alignments graph of a build, the named
queries implements / uncovered / target_comparison, and ``policykg align``.

One build of a central document and a province's implementation of it (../shared/dual-carbon/85.txt,
宁夏's 实施意见 of the State Council's 绿色低碳循环发展经济体系 opinion; an alignment dev document),
made once per module.
"""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SEED, SHARED, nq_text, require_shared

CENTRAL = SHARED / "corpus" / "sc_green_low_carbon_circular_economy_guidance_2021.txt"
LOCAL = SHARED / "dual-carbon" / "85.txt"
GRAPH = "https://w3id.org/policykg/alignments"
PKG = "https://w3id.org/policykg/ontology#"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def pair_build(tmp_path_factory):
    require_shared()
    out = tmp_path_factory.mktemp("align") / "out"
    r = run("build", CENTRAL, LOCAL, "--out", out, "--formats", "nt,ttl,trig,jsonld")
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="module")
def store(pair_build):
    from kg.query.sparql import open_store

    return open_store(pair_build)


def quads(folder, graph=GRAPH):
    tail = f" <{graph}> .\n"
    return [ln[: -len(tail)] for ln in nq_text(folder).splitlines(keepends=True) if ln.endswith(tail)]


def docs(store):
    from kg.query.sparql import run_query

    _, rows = run_query(store, f"SELECT ?d ?f WHERE {{ ?d a <{PKG}PolicyDocument> ; <{PKG}sourceFile> ?f }}")
    return {f: d for d, f in rows}


def named(store, name, **params):
    from kg.query.sparql import named_queries, run_query

    return run_query(store, named_queries()[name].text, params or None)


def test_graph_has_levels_parent_and_qualified_implementations(pair_build, store):
    lines = quads(pair_build)
    d = docs(store)
    local, central = d[LOCAL.name], d[CENTRAL.name]
    assert f'<{local}> <{PKG}level> "provincial"' in lines
    assert f'<{central}> <{PKG}level> "central"' in lines
    assert f'<{local}> <{PKG}jurisdiction> "ningxia"' in lines
    assert f"<{local}> <{PKG}implements> <{central}>" in lines
    assert f'<{local}> <{PKG}parentFoundBy> "cited"' in lines
    assert f"<{local}> <http://data.europa.eu/eli/ontology#cites> <{central}>" in lines
    assert f"<{central}> <{PKG}implements> <{local}>" not in lines  # never upwards
    imps = [ln.split(" ", 1)[0] for ln in lines if ln.endswith(f"<{PKG}Implementation>")]
    assert len(imps) >= 10
    for imp in imps:  # every qualified node: both provisions, a score, a reason and how it was found
        for p in ("localProvision", "centralProvision", "score", "explanation", "closeness", "rank"):
            assert any(ln.startswith(f"{imp} <{PKG}{p}> ") for ln in lines), (imp, p)
        assert f"{imp} <http://www.w3.org/ns/prov#wasGeneratedBy> <https://w3id.org/policykg/activity/central-local-alignment>" in lines
    # the alignments graph is in graph.nt too, and nothing of it sits in a document's graph
    nt = (pair_build / "graph.nt").read_text(encoding="utf-8")
    assert f"<{local}> <{PKG}implements> <{central}> .\n" in nt


def test_implements_query_one_row_per_pair_best_first(store):
    d = docs(store)
    local, central = d[LOCAL.name], d[CENTRAL.name]
    cols, rows = named(store, "implements")
    assert cols == ["doc", "measure", "central_doc", "central_measure", "score", "reason"]
    assert rows and all(r[0] == local and r[2] == central for r in rows)
    assert all(r[1].startswith(local + "/") and r[3].startswith(central + "/") for r in rows)
    scores = [float(r[4]) for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert len({(r[1], r[3]) for r in rows}) == len(rows)
    assert all(r[5] for r in rows)
    # narrowing to the central document as "doc" gives nothing: it implements none
    assert named(store, "implements", doc=central)[1] == []


def test_uncovered_are_the_central_measures_no_pair_takes_up(store):
    d = docs(store)
    _, pairs = named(store, "implements")
    cols, rows = named(store, "uncovered", doc=d[LOCAL.name])
    assert cols == ["doc", "central_doc", "central_measure", "title"]
    taken = {r[3] for r in pairs}
    assert rows and not {r[2] for r in rows} & taken
    assert all(r[1] == d[CENTRAL.name] and r[3] for r in rows)


def test_target_comparison_columns_and_values(store):
    cols, rows = named(store, "target_comparison")
    assert cols == ["doc", "measure", "central_doc", "central_measure", "indicator", "local_value", "central_value",
                    "unit", "local_year", "central_year", "value_comparison", "year_comparison"]
    for r in rows:
        assert r[10] in ("stricter", "looser", "same", "incomparable", "incomparable-scope")
        assert r[11] in ("earlier", "later", "same", "unknown")
        if r[10] == "same":
            assert float(r[5]) == float(r[6])


def test_align_cli_table_csv_json(pair_build, store):
    d = docs(store)
    _, pairs = named(store, "implements")
    r = run("align", "85", "--graph", pair_build)
    assert r.exit_code == 0, r.output
    assert "local measure" in r.output and "central measure" in r.output
    assert f"taken up: {len({p[3] for p in pairs})} of " in r.output
    assert "left out (" in r.output and "no central counterpart (" in r.output
    r = run("align", "85", CENTRAL.stem, "--graph", pair_build, "--format", "csv")
    assert r.exit_code == 0, r.output
    got = list(csv.DictReader(io.StringIO(r.output)))
    assert [(x["local_iri"], x["central_iri"]) for x in got] == [(p[1], p[3]) for p in pairs]
    r = run("align", d[LOCAL.name], "--graph", pair_build, "--format", "json")
    data = json.loads(r.output)
    assert data["central"] == d[CENTRAL.name] and data["parent_found_by"] == "cited"
    assert len(data["pairs"]) == len(pairs)
    cov = data["coverage"]
    assert not set(cov["taken_up"]) & set(cov["left_out"])


def test_align_cli_mistakes_are_one_line(pair_build):
    r = run("align", "意见", "--graph", pair_build)  # both titles hold 意见
    assert r.exit_code != 0 and "matches 2 documents" in r.output and "Traceback" not in r.output
    r = run("align", "没有这个文件", "--graph", pair_build)
    assert r.exit_code != 0 and "matches no document" in r.output
    r = run("align", CENTRAL.stem, "--graph", pair_build)  # the central document: says so, aligns nothing
    assert r.exit_code == 0 and "central document" in r.output
    r = run("align", "85", "85", "--graph", pair_build)  # not what the build aligned it to
    assert r.exit_code != 0 and "leave CENTRAL out" in r.output


def test_a_document_alone_aligns_to_nothing(tmp_path):
    from kg.analysis.graph import alignment_lines, profile
    from kg.graph.rdf import document_iri
    from tests.conftest import parsed

    doc = parsed(str(SEED))
    lines = alignment_lines({str(document_iri(doc)): profile(doc)})
    assert lines and all("Alignment" not in ln and "#implements>" not in ln for ln in lines)
    assert any("#level>" in ln for ln in lines)


# The pair page and the reading view's links (offline, hostile text escaped) ----------------------

from tests.test_browser import HOSTILE_IMG, HOSTILE_SCRIPT, Page, _Refs, browser  # noqa: E402,F401


@pytest.fixture(scope="module")
def hostile_pair(tmp_path_factory):
    require_shared()
    text = LOCAL.read_text(encoding="utf-8")
    text = text.replace("加快工业绿色转型。", f"加快工业绿色转型。{HOSTILE_SCRIPT}{HOSTILE_IMG}' onmouseover='x", 1)
    assert HOSTILE_SCRIPT in text
    folder = tmp_path_factory.mktemp("hostile_pair")
    src = folder / "85.txt"
    src.write_text(text, encoding="utf-8")
    r = run("build", CENTRAL, src, "--out", folder / "out")
    assert r.exit_code == 0, r.output
    pages = sorted((folder / "out" / "align").glob("*.html"))
    assert len(pages) == 1  # one local document aligned: one pair page
    return folder / "out", pages[0]


def test_pair_page_is_offline_escaped_and_linked_from_the_reading_view(hostile_pair):
    out, page = hostile_pair
    html = page.read_text(encoding="utf-8")
    parser = _Refs()
    parser.feed(html)
    for tag, attr, value in parser.refs:
        assert not value.startswith(("http:", "https:", "//")), value
        path = value.split("#", 1)[0]
        if path:
            assert (page.parent / path).resolve().exists(), value
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert html.count("<mark>") >= 10  # reused passages highlighted on both sides
    assert "未落实的中央条款" in html
    # the reading view of the local document links each aligned measure to its row on the pair page
    text_page = out / "text" / page.name
    links = re_links(text_page.read_text(encoding="utf-8"))
    assert links and all(h.startswith(f"../align/{page.name}#p-") for h in links)
    anchors = set(re_ids(html))
    assert {h.split("#", 1)[1] for h in links} <= anchors


def re_links(html):
    import re

    return re.findall(r'class="graphlink alignlink" href="([^"]+)"', html)


def re_ids(html):
    import re

    return re.findall(r'<tr id="([^"]+)"', html)


def test_pair_page_in_a_browser(browser, hostile_pair):  # noqa: F811
    _, page = hostile_pair
    p = Page(browser, page.as_uri())
    p.page.wait_for_selector("table.pairs")
    assert p.page.evaluate("document.querySelectorAll('table.pairs tbody tr').length") >= 20
    assert p.page.evaluate("document.querySelectorAll('mark').length") >= 10
    assert HOSTILE_SCRIPT in p.page.locator("table.pairs").text_content()
    assert p.page.evaluate("document.querySelectorAll('img, script').length") == 0
    assert p.page.evaluate("window.pwned === undefined")
    p.close()


def test_alignments_conform_to_the_shapes_and_a_broken_one_does_not(pair_build, tmp_path):
    import shutil

    from kg.query.validate import ValidationFailed, validate_build

    assert validate_build(pair_build, all_formats=True).startswith("conforms")
    bad = tmp_path / "bad"
    bad.mkdir()
    nq = nq_text(pair_build)
    closeness = f"<{PKG}closeness> \""
    assert closeness + 'adapted"' in nq or closeness + 'copied"' in nq
    (bad / "graph.nq").write_text(nq.replace(closeness, closeness + "maybe-", 1), encoding="utf-8")
    with pytest.raises(ValidationFailed, match="closeness"):
        validate_build(bad)
    shutil.rmtree(bad)

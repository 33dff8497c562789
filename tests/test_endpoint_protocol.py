"""The endpoint's answers to malformed requests: the CLI's syntax help, one query per request,
known formats only (400), an Accept it cannot satisfy (406)."""
from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.query.endpoint import make_server
from tests.conftest import run, write_docs

SMALL = """关于推进绿色低碳发展的意见
一、总体要求
（一）指导思想。坚持绿色发展，推动经济社会发展全面绿色转型。
二、重点任务
（二）推进能源转型。国家发展改革委、国家能源局负责加快发展可再生能源。
"""
ASK = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("proto")
    out = root / "out"
    assert run("build", write_docs(root / "d", a=SMALL), "--out", out, "-q").exit_code == 0
    return out


@pytest.fixture(scope="module")
def endpoint(built):
    yield from _serve(built, in_memory=True)


@pytest.fixture(scope="module")
def on_disk(built):
    """Workers on the build's store of triples (serve --on-disk): a query naming graphs answered from graph.nq.gz,
    loaded once per worker (kg/query/named.py)."""
    yield from _serve(built, in_memory=False)


def _serve(out, in_memory: bool):
    server = make_server(out, "127.0.0.1", 0, timeout=5.0, max_rows=50, workers=1, fast_lane=0, in_memory=in_memory)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/sparql"
    server.shutdown()
    server.server_close()
    server.pool.close()


def _get(url: str, query: str = "", headers: dict | None = None, data: bytes | None = None):
    req = urllib.request.Request(url + query, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as res:
            return res.status, res.headers.get("Content-Type", ""), res.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8")


def _q(**params) -> str:
    return "?" + urllib.parse.urlencode(params, doseq=True)


def test_a_misspelled_keyword_gets_the_clis_help(endpoint):
    status, _, body = _get(endpoint, _q(query="SELEC ?s WHERE { ?s ?p ?o }"))
    assert status == 400
    assert "did you mean SELECT?" in body and "^^^^^" in body and "1 | SELEC ?s" in body


def test_a_syntax_error_points_at_line_and_column(endpoint):
    status, _, body = _get(endpoint, _q(query="SELECT ?s WHERE {\n  ?s ?p \n}"))
    assert status == 400 and "line 3" in body and "^" in body, body


@pytest.mark.parametrize("fmt, status", [("xlsx", 400), ("html", 400), ("json", 200), ("csv", 200), ("ttl", 200)])
def test_format_parameter_must_name_a_format(endpoint, fmt, status):
    got, ctype, body = _get(endpoint, _q(query=ASK, format=fmt))
    assert got == status, body
    if status == 400:
        assert f"format={fmt}" in body and "json, xml, csv" in body and "turtle" in body
    elif fmt == "csv":
        assert ctype.startswith("text/csv")


def test_two_queries_are_refused(endpoint):
    status, _, body = _get(endpoint, _q(query=[ASK, "SELECT * WHERE { ?s ?p ?o }"]))
    assert status == 400 and "one query" in body
    form = urllib.parse.urlencode({"query": [ASK, ASK]}, doseq=True).encode()
    status, _, body = _get(endpoint, data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and "one query" in body
    status, _, body = _get(endpoint, _q(query=ASK), data=ASK.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 400 and "one query" in body


@pytest.mark.parametrize("accept, status", [
    ("image/png", 406), ("application/pdf, image/*", 406), ("text/csv;q=0, image/png", 406),
    ("text/csv", 200), ("*/*", 200), ("", 200), ("image/png, */*;q=0.1", 200),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", 200),
])
def test_accept_that_admits_no_format_is_406(endpoint, accept, status):
    got, _, body = _get(endpoint, _q(query=ASK), headers={"Accept": accept} if accept else {})
    assert got == status, body
    if status == 406:
        assert "Accept" in body and "application/sparql-results+json" in body


GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


def _graphs(endpoint, **params) -> list[str]:
    status, _, body = _get(endpoint, _q(query=GRAPHS, format="csv", **params))
    assert status == 200, body
    return body.split()[1:]


@pytest.mark.parametrize("served", ["endpoint", "on_disk"])
def test_the_protocols_dataset_replaces_the_union(served, request):
    """SPARQL 1.1 Protocol 2.1.4: default-graph-uri and named-graph-uri give the query's dataset, in place of
    the store's (the union of its named graphs as default graph, every named graph): named-graph-uri alone is
    a dataset of those named graphs and an empty default graph, default-graph-uri alone one without named
    graphs (as FROM / FROM NAMED in the query text, and as Oxigraph's own server reads them). The same from
    workers holding graph.nq in memory (its named graphs) and from workers on the store of triples."""
    endpoint = request.getfixturevalue(served)
    every = _graphs(endpoint)
    assert len(every) >= 3
    one = every[-1]
    assert _graphs(endpoint, **{"named-graph-uri": one}) == [one]
    assert _graphs(endpoint, **{"named-graph-uri": [one, every[0]]}) == sorted([every[0], one])
    assert _graphs(endpoint, **{"default-graph-uri": one}) == []
    status, _, body = _get(endpoint, _q(query=ASK, format="csv", **{"named-graph-uri": one}))
    assert status == 200 and body.split()[-1] == "false", body  # an empty default graph
    status, _, body = _get(endpoint, _q(query=ASK, format="csv", **{"default-graph-uri": one}))
    assert status == 200 and body.split()[-1] == "true", body

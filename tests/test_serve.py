"""The SPARQL endpoint, driven by SPARQLWrapper as a researcher's tool would."""
from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.serve import make_server

from .conftest import SEED


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    out = tmp_path_factory.mktemp("srv") / "out"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    server = make_server(out, "127.0.0.1", 0, timeout=3.0, max_rows=50, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/sparql"
    server.shutdown()
    server.server_close()
    server.pool.close()


COUNT = "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT (COUNT(?m) AS ?n) WHERE { ?m a pkg:Measure }"


def wrapper(url, method="GET", fmt="json"):
    from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, URLENCODED, XML, SPARQLWrapper

    sw = SPARQLWrapper(url)
    sw.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV}[fmt])
    if method == "POST_FORM":
        sw.setMethod(POST)
        sw.setRequestMethod(URLENCODED)
    elif method == "POST_DIRECT":
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY)
    return sw


@pytest.mark.parametrize("method", ["GET", "POST_FORM", "POST_DIRECT"])
def test_methods(endpoint, method):
    sw = wrapper(endpoint, method)
    sw.setQuery(COUNT)
    res = sw.query().convert()
    assert res["results"]["bindings"][0]["n"]["value"] == "33"


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_content_negotiation(endpoint, fmt):
    sw = wrapper(endpoint, "GET", fmt)
    sw.setQuery(COUNT)
    res = sw.query()
    ctype = res.response.headers["Content-Type"]
    assert {"json": "sparql-results+json", "xml": "sparql-results+xml", "csv": "text/csv", "tsv": "tab-separated"}[fmt] in ctype
    body = res.convert()
    if fmt == "xml":
        assert "33" in body.toxml()
    elif fmt in ("csv", "tsv"):
        assert b"33" in body


def test_named_query_over_http_matches_cli(endpoint, tmp_path):
    from kg.sparql import named_queries

    sw = wrapper(endpoint)
    sw.setQuery(named_queries()["targets"].text)
    rows = sw.query().convert()["results"]["bindings"]
    # max_rows=50 in this fixture; the seed has 18 targets
    assert len(rows) == 18 and {r["unit"]["value"] for r in rows} >= {"%", "ug/m3"}


def _post(url, data: bytes, ctype: str, accept="application/sparql-results+json"):
    req = urllib.request.Request(url, data=data, headers={"Content-Type": ctype, "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_update_refused(endpoint):
    status, _, body = _post(endpoint, b"INSERT DATA { <a:a> <a:b> <a:c> }", "application/sparql-query")
    assert status == 403 and b"read-only" in body
    status, _, body = _post(endpoint, b"update=DROP+ALL", "application/x-www-form-urlencoded")
    assert status == 403
    status, _, _ = _post(endpoint, b"DROP ALL", "application/sparql-update")
    assert status == 403


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
])
def test_no_outbound(endpoint, query):
    status, _, body = _post(endpoint, query.encode(), "application/sparql-query")
    assert status == 403 and (b"SERVICE" in body or b"FROM" in body)


def test_malformed_query_is_400_with_parser_message(endpoint):
    status, _, body = _post(endpoint, b"SELECT ?x WHERE { ?x ", "application/sparql-query")
    assert status == 400 and b"malformed query" in body and b"error at" in body


def test_row_cap_is_reported(endpoint):
    status, headers, body = _post(endpoint, b"SELECT * WHERE { ?s ?p ?o }", "application/sparql-query")
    data = json.loads(body)
    assert status == 200 and len(data["results"]["bindings"]) == 50
    assert data["results"]["truncated"] is True and headers["X-Policykg-Truncated"].startswith("true")


def test_timeout_stops_a_pathological_query_and_others_are_served(endpoint):
    slow = b"SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?x ?y }"
    results = {}

    def run_slow():
        results["slow"] = _post(endpoint, slow, "application/sparql-query")

    t = threading.Thread(target=run_slow)
    started = time.perf_counter()
    t.start()
    time.sleep(0.3)
    status, _, body = _post(endpoint, COUNT.encode(), "application/sparql-query")
    fast_done = time.perf_counter() - started
    assert status == 200 and b"33" in body
    t.join(30)
    assert results["slow"][0] == 503 and b"timeout" in results["slow"][2]
    assert fast_done < 3.0  # served while the slow one was still running
    # the pool recovers: the next query works
    status, _, body = _post(endpoint, COUNT.encode(), "application/sparql-query")
    assert status == 200


def test_query_page_is_offline(endpoint):
    page = urllib.request.urlopen(endpoint.replace("/sparql", "/"), timeout=10).read().decode("utf-8")
    import re

    assert "measures" in page and "<textarea" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)


def test_binds_loopback_by_default():
    import inspect

    assert inspect.signature(make_server).parameters["host"].default == "127.0.0.1"


def test_on_disk_mode_gives_the_same_answers(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    server = make_server(out, "127.0.0.1", 0, timeout=5.0, max_rows=50, workers=1, in_memory=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        status, _, body = _post(f"http://{host}:{port}/sparql", COUNT.encode(), "application/sparql-query")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "33"
    finally:
        server.shutdown()
        server.server_close()
        server.pool.close()


def test_serve_without_a_build_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--graph", str(tmp_path), "--port", "0"])
    assert result.exit_code != 0 and "policykg build" in result.output and "Traceback" not in result.output


def test_concurrent_clients_get_no_errors(endpoint):
    """A small version of scripts/load_test.py: 12 clients sending named queries for 3 s."""
    from urllib.parse import urlencode

    from kg.sparql import named_queries

    texts = [q.text for _, q in sorted(named_queries().items()) if all("(required)" not in d for d in q.params.values())]
    statuses, stop = [], time.perf_counter() + 3

    def client(k):
        i = k
        while time.perf_counter() < stop:
            status, _, body = _post(endpoint, urlencode({"query": texts[i % len(texts)]}).encode(),
                                    "application/x-www-form-urlencoded")
            statuses.append(status)
            if status == 200:
                json.loads(body)
            i += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(statuses) > 20 and set(statuses) == {200}

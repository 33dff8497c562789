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
from kg.query.endpoint import make_server

from tests.conftest import SEED


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
    from kg.query.sparql import named_queries

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
    assert status == 400 and b"malformed query" in body and b"line 1, column" in body and b"^" in body


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
    """A small version of scripts/load_test.py: 12 clients, each sending 3 named queries at once.

    A fixed number of requests, not a time window: the assertion must not depend on how busy
    the machine is."""
    from urllib.parse import urlencode

    from kg.query.sparql import named_queries

    texts = [q.text for _, q in sorted(named_queries().items()) if all("(required)" not in d for d in q.params.values())]
    statuses = []

    def client(k):
        for i in range(k, k + 3):
            status, _, body = _post(endpoint, urlencode({"query": texts[i % len(texts)]}).encode(),
                                    "application/x-www-form-urlencoded")
            statuses.append(status)
            if status == 200:
                json.loads(body)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(statuses) == 36 and set(statuses) == {200}


# Request bodies: always an HTTP answer (issue 18.4) --------------------------------------------

def _raw(endpoint: str, request: bytes, wait: float = 10.0) -> bytes:
    """Send raw bytes, return what the server answers (the status line first)."""
    import socket
    from urllib.parse import urlparse

    u = urlparse(endpoint)
    with socket.create_connection((u.hostname, u.port), timeout=wait) as s:
        s.sendall(request)
        chunks = []
        try:
            while True:
                data = s.recv(65536)
                if not data:
                    break
                chunks.append(data)
                if b"\r\n\r\n" in b"".join(chunks):
                    head, _, rest = b"".join(chunks).partition(b"\r\n\r\n")
                    import re

                    m = re.search(rb"(?i)content-length:\s*(\d+)", head)
                    if m and len(rest) >= int(m.group(1)):
                        break
        except TimeoutError:
            pass
    return b"".join(chunks)


QUERY_BODY = COUNT.encode()


@pytest.mark.parametrize("name,headers,body,status", [
    ("negative length", b"Content-Length: -1\r\n", QUERY_BODY, b"400"),
    ("non-numeric length", b"Content-Length: abc\r\n", QUERY_BODY, b"400"),
    ("length with a sign", b"Content-Length: +5\r\n", QUERY_BODY, b"400"),
    ("two different lengths", b"Content-Length: 5\r\nContent-Length: 7\r\n", QUERY_BODY, b"400"),
    ("missing length with a body", b"", QUERY_BODY, b"411"),
    ("chunked", b"Transfer-Encoding: chunked\r\n", b"5\r\nSELEC\r\n0\r\n\r\n", b"411"),
    ("oversized", b"Content-Length: 300000000\r\n", QUERY_BODY, b"413"),
    ("just over the cap", b"Content-Length: 1000001\r\n", QUERY_BODY, b"413"),
    ("body shorter than its length", b"Content-Length: 500\r\n", QUERY_BODY, b"400"),
])
def test_bad_request_bodies_get_an_answer(endpoint, name, headers, body, status):
    import socket
    from urllib.parse import urlparse

    u = urlparse(endpoint)
    request = (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n" + headers + b"\r\n" + body)
    if name == "body shorter than its length":
        with socket.create_connection((u.hostname, u.port), timeout=10) as s:
            s.sendall(request)
            s.shutdown(socket.SHUT_WR)  # the client gives up sending
            reply = s.recv(65536)
    else:
        reply = _raw(endpoint, request)
    assert reply.startswith(b"HTTP/1.1 " + status), (name, reply[:200])
    assert b"Traceback" not in reply
    # and the server still answers
    assert _post(endpoint, COUNT.encode(), "application/sparql-query")[0] == 200


def test_a_good_raw_request_still_works(endpoint):
    reply = _raw(endpoint, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                           b"Accept: application/sparql-results+json\r\nConnection: close\r\n"
                           b"Content-Length: " + str(len(QUERY_BODY)).encode() + b"\r\n\r\n" + QUERY_BODY)
    assert reply.startswith(b"HTTP/1.1 200") and b'"33"' in reply


# Memory per query and the fast lane (issue 18.5) -------------------------------------------------

def _serve(out, **kw):
    import inspect

    kw["log"] = lambda m: None
    known = inspect.signature(make_server).parameters  # so that each test also runs, and fails, on older code
    server = make_server(out, "127.0.0.1", 0, **{k: v for k, v in kw.items() if k in known})
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}/sparql"


def _stop(server):
    server.shutdown()
    server.server_close()
    getattr(server, "served", server.pool).close()


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("srv2") / "out"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    return out


def test_a_query_past_its_memory_is_stopped_with_the_reason(seed_build):
    server, url = _serve(seed_build, timeout=30.0, max_rows=10, workers=1, query_memory_mb=48)
    try:
        hungry = b"SELECT * WHERE { ?a ?p ?o . ?b ?q ?r } ORDER BY ?o ?r ?a ?b"
        started = time.perf_counter()
        status, _, body = _post(url, hungry, "application/sparql-query")
        assert status == 503 and b"memory" in body, (status, body[:200])
        assert time.perf_counter() - started < 25  # stopped for its memory, not by the timeout
        status, _, body = _post(url, COUNT.encode(), "application/sparql-query")  # a new worker took over
        assert status == 200 and b"33" in body
    finally:
        _stop(server)


SLOW = b"SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?x ?y }"


def test_fast_queries_are_not_stuck_behind_slow_ones(seed_build):
    server, url = _serve(seed_build, timeout=15.0, max_rows=50, workers=2, fast_lane=1.0)
    try:
        for _ in range(3):
            threading.Thread(target=_post, args=(url, SLOW, "application/sparql-query"), daemon=True).start()
            time.sleep(0.1)
        time.sleep(4.0)  # by now the fast lane has stopped a slow query and been replaced
        waits = []
        for _ in range(3):
            started = time.perf_counter()
            status, _, body = _post(url, COUNT.encode(), "application/sparql-query")
            waits.append(time.perf_counter() - started)
            assert status == 200 and b"33" in body
        # without the fast lane the first would wait for a slow query's 15 s timeout
        assert max(waits) < 5.0, waits
    finally:
        _stop(server)


# One build at a time (issue 18.6) ----------------------------------------------------------------

def test_a_rebuild_switches_every_worker_at_once(seed_build, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(seed_build, out)
    server, url = _serve(out, timeout=10.0, max_rows=50, workers=2)
    try:
        status, headers, body = _post(url, COUNT.encode(), "application/sparql-query")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "33"
        first_build = headers.get("X-Policykg-Build")
        half = tmp_path / "half.txt"
        text = SEED.read_text(encoding="utf-8")
        half.write_text(text[: len(text) // 2], encoding="utf-8")
        result = CliRunner().invoke(main, ["build", str(half), "--out", str(out)])
        assert result.exit_code == 0, result.output
        counts = []
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            status, headers, body = _post(url, COUNT.encode(), "application/sparql-query")
            assert status == 200
            counts.append((json.loads(body)["results"]["bindings"][0]["n"]["value"], headers.get("X-Policykg-Build")))
            if counts[-1][0] != "33":
                break
            time.sleep(0.2)
        new = counts[-1]
        assert new[0] != "33" and new[1] != first_build, counts[-3:]
        # from now on every answer, from every worker, comes from the new build
        for _ in range(12):
            status, headers, body = _post(url, COUNT.encode(), "application/sparql-query")
            assert (json.loads(body)["results"]["bindings"][0]["n"]["value"], headers.get("X-Policykg-Build")) == new
    finally:
        _stop(server)


# Ctrl-C and SIGTERM (issue 19.3) -----------------------------------------------------------------

def _children(pid: int) -> list[int]:
    import os

    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(c) for c in fh.read().split()]
        except FileNotFoundError:  # the thread ended between the listing and the read
            continue
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_serve_stops_cleanly(seed_build, how):
    import os
    import re
    import signal
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(seed_build), "--port", "0",
                             "--workers", "2"], stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"http://[\d.]+:\d+/sparql", line)
        assert m, line
        assert _post(m.group(0), COUNT.encode(), "application/sparql-query")[0] == 200
        workers = _children(proc.pid)
        assert len(workers) >= 2
        if how == "ctrl-c":
            os.killpg(proc.pid, signal.SIGINT)  # what a terminal does: the whole process group
        else:
            proc.send_signal(signal.SIGTERM)
        rc = proc.wait(30)
        err = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "Traceback" not in err, err
    assert rc == 0, (rc, err)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("stopped:"), err
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)]


def test_a_slow_query_of_an_innocent_shape_is_moved_off_the_fast_lane(seed_build):
    """A join that is connected (no cartesian product) but explodes: it is not recognised by its
    shape, takes the fast lane, outgrows it, is remembered as slow and handed to a general worker."""
    from kg.query.guard import looks_expensive
    from kg.query.workers import WorkerPool

    sneaky = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?p ?o2 . ?c ?p ?o3 }"
    assert not looks_expensive(sneaky)
    pool = WorkerPool(seed_build, 2, timeout=6.0, max_rows=10, fast_lane=0.3)
    try:
        first = threading.Thread(target=pool.run, args=(sneaky, "json", []), daemon=True)
        first.start()  # takes the general worker
        time.sleep(0.5)
        started = time.perf_counter()
        reply = pool.run(sneaky + " # again", "json", [])  # only the fast lane is free
        assert reply[0] == "error" and reply[1] == 503 and "timeout" in reply[2]  # it ran on, in the general lane
        assert len(pool.slow) == 1
        assert time.perf_counter() - started > 6.0  # the fast lane's try, then the full timeout
        assert pool.run(COUNT, "json", [])[0] == "ok"
        first.join(30)
    finally:
        pool.close()

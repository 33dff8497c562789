"""`policykg push` against tiny Graph Store servers on loopback: one that stores what it is
given, one that fails midway, one that is briefly unavailable, one that never answers."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner

from kg.cli import main

GRAPHS = ["https://w3id.org/policykg/doc/a", "https://w3id.org/policykg/doc/b", "https://w3id.org/policykg/doc/c"]


@pytest.fixture
def build(tmp_path):
    """A build folder as push reads it: graph.nq with three named graphs."""
    out = tmp_path / "out"
    out.mkdir()
    lines = []
    for g in GRAPHS:
        for k in range(3):
            lines.append(f'<{g}#s{k}> <urn:p> "{k}" <{g}> .')
    (out / "graph.nq").write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return out


class Store:
    """A Graph Store Protocol server: PUT ?graph=IRI replaces that graph."""

    def __init__(self, fail_at: int | None = None, fail_status: int = 500, transient: int = 0):
        self.graphs: dict[str, bytes] = {}
        self.puts = 0
        self.fail_at, self.fail_status, self.transient = fail_at, fail_status, transient
        store = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_PUT(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                store.puts += 1
                if store.transient > 0:
                    store.transient -= 1
                    return self._reply(503, b"restarting")
                if store.fail_at is not None and store.puts == store.fail_at:
                    return self._reply(store.fail_status, b"disk full")
                graph = parse_qs(urlparse(self.path).query)["graph"][0]
                store.graphs[graph] = body
                self._reply(201, b"")

            def _reply(self, status, body):
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server():
    made = []

    def make(**kw):
        made.append(Store(**kw))
        return made[-1]

    yield make
    for s in made:
        s.close()


def push(build, url, *extra):
    return CliRunner().invoke(main, ["push", "--graph", str(build), "--endpoint", url, *extra])


def test_push_replaces_graph_by_graph_and_a_rerun_changes_nothing(build, server):
    store = server()
    first = push(build, store.url)
    assert first.exit_code == 0, first.output
    assert sorted(store.graphs) == GRAPHS
    state = dict(store.graphs)
    again = push(build, store.url)
    assert again.exit_code == 0 and store.graphs == state and store.puts == 6
    assert "pushed 3 graph(s), 9 triples" in again.output and "now holds this build's version" in again.output


def test_transient_errors_are_retried(build, server):
    store = server(transient=1)
    result = push(build, store.url, "--retries", "2")
    assert result.exit_code == 0, result.output
    assert sorted(store.graphs) == GRAPHS
    assert "HTTP 503" in result.output and "retry 1 of 2" in result.output


def test_a_failure_midway_says_the_server_is_partly_updated(build, server):
    store = server(fail_at=2)
    result = push(build, store.url)
    assert result.exit_code != 0 and "Traceback" not in result.output
    out = result.output
    assert "PARTLY UPDATED" in out and "HTTP 500 disk full" in out
    new = out[out.index("new (this build's version)"):out.index("old (as before")]
    assert GRAPHS[0] in new and GRAPHS[1] not in new and GRAPHS[2] not in new
    old = out[out.index("old (as before the push, or absent): 2 graph(s)"):]
    assert f"<{GRAPHS[1]}>  (refused)" in old and f"<{GRAPHS[2]}>" in old
    assert list(store.graphs) == [GRAPHS[0]]  # what the statement says is what the server holds
    # a re-run finishes the job
    assert push(build, store.url).exit_code == 0 and sorted(store.graphs) == GRAPHS


def test_retries_run_out_on_a_server_that_stays_unavailable(build, server):
    store = server(transient=100)
    started = time.perf_counter()
    result = push(build, store.url, "--retries", "1")
    assert result.exit_code != 0 and "HTTP 503" in result.output and "Nothing was changed" in result.output
    assert store.puts == 2 and time.perf_counter() - started < 10


def test_a_server_that_never_answers_is_given_up_on_after_the_timeout(build):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # connections are accepted by the kernel, never answered
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/store"
        started = time.perf_counter()
        result = push(build, url, "--timeout", "0.5", "--retries", "1")
        elapsed = time.perf_counter() - started
    finally:
        silent.close()
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "no answer within 0.5 s" in result.output
    assert "may or may not have been replaced" in result.output  # the request went out: say so
    assert f"unknown (sent, no answer): 1 graph\n    <{GRAPHS[0]}>" in result.output
    assert elapsed < 8, elapsed  # two tries of 0.5 s and a 1 s pause, not 300 s per request


@pytest.mark.parametrize("user", [[], ["--user", "dba", "--password", "dba"]])
def test_a_wrong_port_fails_at_once(build, user):
    """With --user the credentials are fetched first: a refused connection there fails at once too."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    started = time.perf_counter()
    result = push(build, f"http://127.0.0.1:{port}/store", *user)
    assert result.exit_code != 0 and "cannot reach" in result.output and "Nothing was changed" in result.output
    assert time.perf_counter() - started < 3


class Refusing:
    """A server that refuses the credentials of a large PUT before reading its body and closes the connection (as
    Virtuoso does), and answers a bodiless HEAD with 401."""

    def __init__(self):
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_HEAD(self):
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="store"')
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_PUT(self):
                self.send_response(401)
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def test_wrong_credentials_on_a_large_graph_are_said_as_the_servers_refusal(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    big = "x" * 4_000_000  # a body the server stops reading: the client sees a broken pipe or a reset, not the 401
    (out / "graph.nq").write_text(f'<urn:s> <urn:p> "{big}" <{GRAPHS[0]}> .\n', encoding="utf-8")
    refusing = Refusing()
    try:
        result = push(out, refusing.url, "--user", "dba", "--password", "wrong", "--retries", "0")
    finally:
        refusing.server.shutdown()
        refusing.server.server_close()
    assert result.exit_code != 0 and "HTTP 401" in result.output and "Traceback" not in result.output, result.output

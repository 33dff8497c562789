"""A read-only SPARQL 1.1 Protocol endpoint over a build's embedded store.

- ``GET /sparql?query=…``, ``POST`` form-encoded (``query=…``) or direct
  (``Content-Type: application/sparql-query``); results as SPARQL JSON, XML, CSV or TSV by
  content negotiation (``Accept``) or a ``format`` parameter; CONSTRUCT/DESCRIBE as Turtle,
  N-Triples or JSON-LD.
- Read-only: updates are refused (403). No outbound requests: ``SERVICE`` is refused, and
  ``FROM``/``FROM NAMED``/``default-graph-uri``/``named-graph-uri`` may only name graphs of this store;
  decided on the parsed query (``kg/query/guard.py``), and the workers have no network where Linux allows.
- The dataset: the union of graph.nq's named graphs as default graph, every named graph; or the one the
  request gives (``default-graph-uri``, ``named-graph-uri``: whole, in place of the query's) or the query
  (``FROM``, ``FROM NAMED``); ``query.store.union_kwargs``. The store holds the union as triples: a worker
  on it answers a query naming graphs from graph.nq, loaded once (``query.named``), and such a query never
  takes the fast lane.
- Each query runs in a worker process with a timeout and a memory bound; past either it is
  killed (503 saying which) while other clients keep being served; a fast lane keeps cheap
  queries moving beside slow ones (``kg/query/workers.py``). Results are capped at ``max_rows``
  and a capped answer says so (``X-Policykg-Truncated`` header, ``"truncated": true``).
- Bodies need a plain ``Content-Length`` of at most 1 MB (else 400/411/413, always answered).
- A rebuild of the served folder switches every worker to the new build at once (``Served``).
- A malformed query gets a 400 saying what ``policykg query`` says: the line, a caret, what the
  parser expected, the closest keyword (``kg/query/errors.py``). More than one query (two
  ``query=``, or a body and a ``query=``) or an unknown ``format=`` is a 400 naming the formats;
  an ``Accept`` that admits none of them (and no ``*/*``) a 406.
- ``GET /`` (or ``/sparql`` without a query, from a browser) is a query page that works
  offline, with the named queries as examples (``kg/query/templates/endpoint.html``).
- Answers are written by ``kg/query/results.py``, the formats ``policykg query`` uses too.
"""
from __future__ import annotations

import functools
import json
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

# one guard for `query` and `serve`: parsed, not pattern-matched
from kg import nqfile
from kg.query.guard import Refused, check_query, looks_expensive, names_graphs
from kg.query.results import ACCEPTED_MEDIA, FORMAT_NAMES, negotiate, templates
from kg.query.sparql import internal_query, named_queries
from kg.query.store import open_store
from kg.query.workers import RETIRED, WorkerPool

MAX_BODY = 1_000_000


@functools.lru_cache(maxsize=2048)
def _expensive(text: str) -> bool:
    """guard.looks_expensive, once per distinct text (a parse takes about 8 ms); a query naming graphs too: a
    worker on the store of triples answers it from graph.nq, loaded on its first such query (kg/query/named.py)."""
    return looks_expensive(text) or names_graphs(text)


def _acceptable(accept: str) -> bool:
    """Whether an ``Accept`` header (absent or empty: anything) admits a format the endpoint writes."""
    if not accept.strip():
        return True
    for part in accept.split(","):
        media, *params = [p.strip().lower() for p in part.split(";")]
        if any(p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params):
            continue
        if media in ACCEPTED_MEDIA or media in ("*/*", "application/*", "text/*"):
            return True
    return False


def build_identity(graph_dir: Path):
    """What tells one build in ``graph_dir`` from the next: graph.nq's and store/'s inodes and times.

    ``build`` writes a new folder and renames it into place, so every build has new inodes.
    ``None`` while the folder is being swapped (or holds no build).
    """
    try:
        st = os.stat(nqfile.path_in(graph_dir))  # graph.nq.gz, or a plain graph.nq
    except OSError:
        return None
    ident = (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)
    try:
        sd = os.stat(graph_dir / "store")
        ident += (sd.st_ino, sd.st_mtime_ns)
    except OSError:
        pass
    return ident


class Served:
    """The one build being served: its graphs and its worker pool, swapped together.

    At most every ``check_every`` seconds a request looks at the build folder's identity;
    when it changed, a new pool loads the new build in the background while the old one keeps
    answering, then every request goes to the new pool and the old workers stop. No answer
    ever mixes builds, and each answer says which build gave it (``X-Policykg-Build``).
    """

    def __init__(self, graph_dir: Path, make_pool, log=None, check_every: float = 0.5):
        self.graph_dir, self.make_pool, self.check_every = graph_dir, make_pool, check_every
        self.log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
        self.lock = threading.Lock()
        self.checked = time.monotonic()
        self.loading = None
        self.failed = None
        ident = build_identity(graph_dir)
        self.state = (self._graphs(), make_pool(), ident, _build_label(ident))

    def _graphs(self) -> set[str]:
        store = open_store(self.graph_dir)
        graphs = {g.value for g in store.named_graphs()}
        del store
        return graphs

    @property
    def pool(self):
        return self.state[1]

    def current(self):
        now = time.monotonic()
        if now - self.checked >= self.check_every:
            with self.lock:
                self.checked = now
                ident = build_identity(self.graph_dir)
                if ident is not None and ident not in (self.state[2], self.loading, self.failed):
                    self.loading = ident
                    threading.Thread(target=self._reload, args=(ident,), daemon=True).start()
        return self.state

    def _reload(self, ident) -> None:
        try:
            graphs = self._graphs()
            pool = self.make_pool()
        except Exception as exc:  # noqa: BLE001 - a half-written or broken build: keep the one being served
            self.log(f"serve: the build in {self.graph_dir} changed but cannot be served ({exc}); "
                     "still serving the previous one")
            with self.lock:
                self.failed, self.loading = ident, None
            return
        if build_identity(self.graph_dir) != ident:  # changed again while loading: the next check reloads
            pool.close()
            with self.lock:
                self.loading = None
            return
        with self.lock:
            old = self.state[1]
            self.state = (graphs, pool, ident, _build_label(ident))
            self.loading = None
        old.retire()
        self.log(f"serve: the build in {self.graph_dir} changed; all workers now serve the new one "
                 f"({len(graphs)} graphs)")

    def run(self, text: str, fmt: str, default_graphs: list[str], expensive: bool = False,
            named_graphs: list[str] = ()):
        for _ in range(3):
            graphs, pool, _, label = self.current()
            reply = pool.run(text, fmt, default_graphs, expensive, named_graphs)
            if reply is not RETIRED:
                return reply, label
        return reply, label

    def close(self) -> int:
        return self.state[1].close()


def _build_label(ident) -> str:
    if not ident:
        return "unknown"
    return f"{ident[1]:x}-{ident[2]:x}"


def make_server(graph_dir: Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                max_rows: int = 10000, workers: int = 4, in_memory: bool = True,
                query_memory_mb: float = 1024, fast_lane: float = 1.0, queue_timeout: float | None = None, log=None,
                cors: tuple[str, ...] = ()):
    """The endpoint's HTTP server. ``cors``: the web origins (``https://example.org``, or ``*`` for
    any) whose pages may read its answers; none by default, so a page the user happens to visit
    cannot read the local endpoint."""
    served = Served(graph_dir, lambda: WorkerPool(graph_dir, workers, timeout, max_rows, in_memory,
                                                   query_memory_mb, fast_lane, queue_timeout), log)
    page = query_page(named_queries()).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        server_version = "policykg"
        protocol_version = "HTTP/1.1"
        timeout = 60  # seconds a client may take to send its request: a stalled one frees its thread

        def log_message(self, fmt, *args):  # quiet by default; the CLI prints a start line
            pass

        def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None):
            self.send_response(status)
            self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") or "json" in ctype or "xml" in ctype else ""))
            self.send_header("Content-Length", str(len(body)))
            for k, v in self._cors().items():
                self.send_header(k, v)
            if self.close_connection:
                self.send_header("Connection", "close")
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _cors(self) -> dict:
            """The cross-origin headers, only for an origin ``--cors`` allows."""
            origin = self.headers.get("Origin")
            if not origin or not cors:
                return {}
            if "*" in cors:
                return {"Access-Control-Allow-Origin": "*"}
            if origin in cors:
                return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
            return {"Vary": "Origin"}

        def do_OPTIONS(self):  # a browser's preflight before a cross-origin POST of application/sparql-query
            extra = {"Access-Control-Allow-Methods": "GET, POST", "Access-Control-Allow-Headers": "Content-Type, Accept",
                     "Access-Control-Max-Age": "600"} if "Access-Control-Allow-Origin" in self._cors() else {}
            self._send(204 if extra else 403, "text/plain", b"", extra)

        def _error(self, status: int, message: str, close: bool = False):
            if close:  # the rest of the request cannot be read: this connection ends here
                self.close_connection = True
            self._send(status, "text/plain", (message + "\n").encode("utf-8"))

        def _guarded(self, method):
            try:
                method()
            except (ConnectionError, TimeoutError):
                raise
            except Exception as exc:  # noqa: BLE001 - always an HTTP answer, never a dropped connection
                print(f"serve: internal error on {self.command} {self.path[:200]}: {type(exc).__name__}: {exc}",
                      file=sys.stderr, flush=True)
                self._error(500, "internal error", close=True)

        def do_GET(self):
            self._guarded(self._get)

        def do_POST(self):
            self._guarded(self._post)

        def _get(self):
            if self.headers.get("Content-Length") not in (None, "0") or self.headers.get("Transfer-Encoding"):
                self.close_connection = True  # a GET body is never read: do not take it for the next request
            url = urlparse(self.path)
            params = parse_qs(url.query, keep_blank_values=True)
            if url.path in ("/", "/index.html") or (url.path == "/sparql" and "query" not in params):
                if "update" in params:
                    return self._error(403, "updates are refused: this endpoint is read-only")
                return self._send(200, "text/html", page, {"Content-Security-Policy": _CSP})
            if url.path == "/queries":
                body = json.dumps([{"name": q.name, "title": q.title, "description": q.description,
                                    "columns": list(q.columns), "params": q.params, "query": q.text}
                                   for q in named_queries().values()], ensure_ascii=False).encode("utf-8")
                return self._send(200, "application/json", body)
            if url.path != "/sparql":
                return self._error(404, "not found: the endpoint is /sparql")
            if len(params["query"]) > 1:
                return self._error(400, f"{len(params['query'])} query= parameters; give one query per request")
            self._answer(params["query"][0], params)

        def _body(self) -> bytes | None:
            """The request body, or None once an error (400/411/413) has been sent."""
            if self.headers.get("Transfer-Encoding"):
                self._error(411, "send the query with a Content-Length header (chunked bodies are not accepted)", close=True)
                return None
            lengths = self.headers.get_all("Content-Length") or []
            if not lengths:
                self._error(411, "a POST needs a Content-Length header", close=True)
                return None
            if len(set(v.strip() for v in lengths)) != 1 or not re.fullmatch(r"[0-9]{1,12}", lengths[0].strip()):
                self._error(400, f"Content-Length {', '.join(lengths)[:40]!r} is not a length in bytes", close=True)
                return None
            length = int(lengths[0])
            if length > MAX_BODY:
                self._error(413, f"the request body is {length} bytes; at most {MAX_BODY} are accepted", close=True)
                return None
            raw = self.rfile.read(length)
            if len(raw) != length:
                self._error(400, f"the body ended after {len(raw)} of {length} bytes", close=True)
                return None
            return raw

        def _post(self):
            url = urlparse(self.path)
            if url.path != "/sparql":
                return self._error(404, "not found: the endpoint is /sparql", close=True)
            data = self._body()
            if data is None:
                return
            raw = data.decode("utf-8", errors="replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(url.query, keep_blank_values=True)
            if ctype == "application/sparql-query":
                if "query" in params:
                    return self._error(400, "a query in the body and a query= parameter; give one query per request")
                text = raw
            elif ctype == "application/sparql-update":
                return self._error(403, "updates are refused: this endpoint is read-only")
            elif ctype in ("application/x-www-form-urlencoded", ""):
                form = parse_qs(raw, keep_blank_values=True)
                if "update" in form:
                    return self._error(403, "updates are refused: this endpoint is read-only")
                if len(params.get("query", []) + form.get("query", [])) > 1:
                    return self._error(400, "more than one query= parameter; give one query per request")
                params.update(form)
                text = form.get("query", [""])[0]
            else:
                return self._error(415, f"unsupported Content-Type {ctype}; use application/sparql-query or a form")
            self._answer(text, params)

        def _answer(self, text: str, params: dict):
            if not text.strip():
                return self._error(400, "no query: give query=… or POST application/sparql-query")
            graphs = served.current()[0]
            defaults = params.get("default-graph-uri", []) + params.get("named-graph-uri", [])
            try:
                check_query(text, graphs)
                for g in defaults:
                    if g not in graphs:
                        raise Refused(403, f"graph <{g}> is not in this store (no remote loading)")
            except Refused as exc:
                return self._error(exc.status, str(exc))
            asked = (params.get("format") or [None])[0]
            accept = self.headers.get("Accept", "")
            fmt = negotiate(accept, asked)
            if fmt not in FORMAT_NAMES:
                return self._error(400, f"format={asked} is not a format of this endpoint; use json, xml, csv or tsv "
                                        "(SELECT, ASK) or turtle, ntriples or jsonld (CONSTRUCT, DESCRIBE)")
            if not asked and not _acceptable(accept):
                return self._error(406, f"no format this endpoint writes is acceptable to 'Accept: {accept[:80]}'; "
                                        "accept application/sparql-results+json, +xml, text/csv, "
                                        "text/tab-separated-values, text/turtle, application/n-triples or "
                                        "application/ld+json (or */*)")
            started = time.perf_counter()
            reply, build = served.run(text, fmt, params.get("default-graph-uri", []), _expensive(text) or bool(defaults),
                                      params.get("named-graph-uri", []))
            if reply[0] == "error":
                return self._send(reply[1], "text/plain", (reply[2] + "\n").encode("utf-8"), {"X-Policykg-Build": build})
            _, ctype, body, truncated, rows = reply
            extra = {"X-Policykg-Rows": str(rows), "X-Policykg-Time-Ms": f"{(time.perf_counter() - started) * 1000:.1f}",
                     "X-Policykg-Build": build}
            if truncated:
                extra["X-Policykg-Truncated"] = f"true; max-rows={max_rows}"
            self._send(200, ctype, body, extra)

    try:
        server = _Server((host, port), Handler)
    except OSError:
        served.close()
        raise
    server.daemon_threads = True
    server.served = served
    return server


class _Server(ThreadingHTTPServer):
    @property
    def pool(self):
        """The pool serving the current build (tests and the CLI close it through here)."""
        return self.served.pool

    # socketserver listens with a backlog of 5: fifty clients connecting at once overflow it and
    # the kernel drops or resets connections. Waiting clients belong in the accept queue.
    request_queue_size = 256


_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'"


def query_page(queries: dict) -> str:
    """The page at ``/``: a form that posts to ``/sparql``, the named queries as examples (offline:
    no script, style or font from elsewhere)."""
    data = json.dumps({q.name: q.text for q in queries.values()}, ensure_ascii=False).replace("</", "<\\/")
    return templates().get_template("endpoint.html").render(
        csp=_CSP, queries=list(queries.values()), data=data, example=internal_query("endpoint_example"))

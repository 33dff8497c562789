"""A read-only SPARQL 1.1 Protocol endpoint over a build's embedded store.

- ``GET /sparql?query=…``, ``POST`` form-encoded (``query=…``) or direct
  (``Content-Type: application/sparql-query``); results as SPARQL JSON, XML, CSV or TSV by
  content negotiation (``Accept``) or a ``format`` parameter; CONSTRUCT/DESCRIBE as Turtle,
  N-Triples or JSON-LD.
- Read-only: updates are refused (403). No outbound requests: ``SERVICE`` is refused, and
  ``FROM``/``FROM NAMED``/``default-graph-uri`` may only name graphs of this store; decided
  on the parsed query (``kg/query/guard.py``), and the workers have no network where Linux allows.
- Each query runs in a worker process with a timeout and a memory bound; past either it is
  killed (503 saying which) while other clients keep being served; a fast lane keeps cheap
  queries moving beside slow ones (see ``WorkerPool``). Results are capped at ``max_rows``
  and a capped answer says so (``X-Policykg-Truncated`` header, ``"truncated": true``).
- Bodies need a plain ``Content-Length`` of at most 1 MB (else 400/411/413, always answered).
- A rebuild of the served folder switches every worker to the new build at once (``Served``).
- A malformed query gets a 400 with the parser's message.
- ``GET /`` (or ``/sparql`` without a query, from a browser) is a query page that works
  offline, with the named queries as examples.
"""
from __future__ import annotations

import functools
import html
import json
import multiprocessing as mp
import os
import re
import signal
import sys
import threading
import time
from collections import OrderedDict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from kg.query.guard import Refused, check_query  # one guard for `query` and `serve`: parsed, not pattern-matched

RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {"turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json"}
_ACCEPT_ALIASES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/n-triples": "ntriples", "application/ld+json": "jsonld",
}

# Worker processes ----------------------------------------------------------------------------

def _no_network() -> bool:
    """Move this process into a network namespace of its own, with no interface up.

    Oxigraph reaches the network only through SERVICE, which the guard refuses on the parsed
    query; a worker without a network cannot reach it even if a parser disagreed. Linux only
    (unshare(2)); where the kernel refuses, the worker runs as before and says so.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        flags = 0x40000000  # CLONE_NEWNET
        if os.geteuid() != 0:
            flags |= 0x10000000  # CLONE_NEWUSER: lets an unprivileged process make the namespace
        return libc.unshare(flags) == 0
    except (OSError, AttributeError):
        return False


def _rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _worker(graph_dir: str, conn, max_rows: int, in_memory: bool):
    # Ctrl-C reaches the whole process group: the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sandboxed = _no_network()
    import pyoxigraph as ox

    from kg.query.sparql import open_store

    try:
        store = open_store(Path(graph_dir), in_memory=in_memory)
    except Exception as exc:  # noqa: BLE001 - reported to the pool, which refuses to start
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", _rss_kb(os.getpid()) or 0, sandboxed))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        if job is None:
            return
        text, fmt, default_graphs = job
        try:
            kwargs = {}  # the store's default graph is the union of the documents (outputs.write_store)
            if default_graphs:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            result = store.query(text, **kwargs)
            conn.send(("ok",) + _serialise(result, fmt, max_rows))
        except SyntaxError as exc:
            conn.send(("error", 400, f"malformed query: {exc}"))
        except Exception as exc:  # noqa: BLE001 - any engine failure is reported, never a crash
            conn.send(("error", 500, f"query failed: {exc}"))


def _term_json(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def _serialise(result, fmt: str, max_rows: int):
    """(content type, body bytes, truncated, rows) for any query result."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        value = bool(result)
        fmt = fmt if fmt in RESULT_TYPES else "json"
        if fmt == "xml":
            body = ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                    f"<boolean>{'true' if value else 'false'}</boolean></sparql>")
        elif fmt in ("csv", "tsv"):
            body = ("_askResult\n" if fmt == "csv" else "?_askResult\n") + ("true\n" if value else "false\n")
        else:
            body = json.dumps({"head": {}, "boolean": value})
        return RESULT_TYPES[fmt], body.encode("utf-8"), False, 1
    if isinstance(result, ox.QuerySolutions):
        fmt = fmt if fmt in RESULT_TYPES else "json"
        variables = [v.value for v in result.variables]
        rows, truncated = [], False
        for sol in result:
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append([sol[v] for v in variables])
        return RESULT_TYPES[fmt], _solutions(variables, rows, fmt, truncated, max_rows), truncated, len(rows)
    fmt = fmt if fmt in GRAPH_TYPES else "turtle"
    triples, truncated = [], False
    for t in result:
        if len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    if fmt == "jsonld":
        body = ox.serialize(triples, format=ox.RdfFormat.JSON_LD)
    else:
        body = ox.serialize(triples, format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES)
    return GRAPH_TYPES[fmt], body, truncated, len(triples)


def _solutions(variables, rows, fmt, truncated, max_rows) -> bytes:
    import csv
    import io

    if fmt == "json":
        bindings = [{v: _term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        results = {"bindings": bindings}
        if truncated:
            results["truncated"] = True
            results["max_rows"] = max_rows
        return json.dumps({"head": {"vars": variables}, "results": results}, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f'<variable name="{html.escape(v)}"/>' for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            for v, t in zip(variables, row):
                if t is None:
                    continue
                j = _term_json(t)
                if j["type"] == "uri":
                    inner = f"<uri>{html.escape(j['value'])}</uri>"
                elif j["type"] == "bnode":
                    inner = f"<bnode>{html.escape(j['value'])}</bnode>"
                else:
                    attrs = ""
                    if "xml:lang" in j:
                        attrs = f' xml:lang="{html.escape(j["xml:lang"])}"'
                    elif "datatype" in j:
                        attrs = f' datatype="{html.escape(j["datatype"])}"'
                    inner = f"<literal{attrs}>{html.escape(j['value'])}</literal>"
                out.append(f'<binding name="{html.escape(v)}">{inner}</binding>')
            out.append("</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for row in rows:
            w.writerow(["" if t is None else t.value for t in row])
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join("?" + v for v in variables)]
    for row in rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


class _Worker:
    __slots__ = ("proc", "conn", "lane", "baseline_kb", "sandboxed")

    def __init__(self, proc, conn, lane):
        self.proc, self.conn, self.lane, self.baseline_kb, self.sandboxed = proc, conn, lane, 0, False


_OUTGREW = object()  # a query ran past the fast lane's limit: it goes back to the general queue
RETIRED = ("error", 503, "the server is switching to a new build; retry")  # the pool was closed


class WorkerPool:
    """Worker processes, each with the store open, in two lanes.

    - Every query runs under ``timeout`` and under ``query_memory_mb`` of memory beyond what
      the worker held once its store was loaded (its resident memory is watched every 50 ms);
      past either, the worker is killed and replaced and the client gets a 503 saying which.
    - The fast lane (one of the workers, when there are two or more and ``fast_lane`` > 0)
      takes a query only when every general worker is taken, and only for ``fast_lane``
      seconds of CPU time (and five times that on the clock): a query that outgrows it is
      stopped, remembered as slow, and queued again for a general worker. A query whose
      parsed shape is slow anyway (a cartesian product, a ``*`` path between two variables:
      ``guard.looks_expensive``) never takes it. So cheap queries keep being answered while
      slow ones hold the others. The fast-lane worker queries the persistent store in place
      (``--on-disk`` style), so replacing it takes a fraction of a second, not a reload.
    - A query that finds no worker within ``max_wait`` seconds (three times the timeout unless
      told) gets a 503 (the server is busy) instead of waiting on.

    A worker becomes idle only once its store is loaded, so a timeout never counts a
    replacement's loading time. The pool is ready when ``__init__`` returns.
    """

    def __init__(self, graph_dir: Path, size: int, timeout: float, max_rows: int, in_memory: bool = True,
                 query_memory_mb: float = 1024, fast_lane: float = 1.0, max_wait: float | None = None):
        self.graph_dir, self.timeout, self.max_rows = str(graph_dir), timeout, max_rows
        self.in_memory = in_memory
        self.query_memory_kb = query_memory_mb * 1024
        self.fast_lane = fast_lane if size >= 2 and fast_lane > 0 else 0
        self.max_wait = max_wait if max_wait is not None else max(3 * timeout, 5.0)
        self.ctx = mp.get_context("spawn")
        self.cond = threading.Condition()
        self.idle: dict[str, list] = {"general": [], "fast": []}
        self.all: list[_Worker] = []
        self.slow: OrderedDict = OrderedDict()  # fingerprints of queries that outgrew the fast lane
        self.closed = False
        lanes = ["general"] * (size - 1) + ["fast"] if self.fast_lane else ["general"] * size
        started = [self._start(lane) for lane in lanes]
        for w in started:
            self._await_ready(w)
            self.idle[w.lane].append(w)
        self.sandboxed = all(w.sandboxed for w in started)

    def _start(self, lane: str) -> _Worker:
        parent, child = self.ctx.Pipe()
        # The fast lane opens the persistent store in place: cheap queries stay cheap there, and a
        # replacement is ready in a fraction of a second instead of reloading the whole graph.
        in_memory = self.in_memory and lane == "general"
        proc = self.ctx.Process(target=_worker, args=(self.graph_dir, child, self.max_rows, in_memory), daemon=True)
        proc.start()
        child.close()
        w = _Worker(proc, parent, lane)
        with self.cond:
            self.all.append(w)
        return w

    def _ready(self, w: _Worker) -> bool:
        try:
            msg = w.conn.recv()
        except (EOFError, OSError):
            msg = ("failed", "the worker process exited while opening the store")
        if msg[0] != "ready":
            self._failure = msg[1]
            return False
        w.baseline_kb, w.sandboxed = msg[1], msg[2]
        return True

    def _await_ready(self, w: _Worker) -> None:
        if not self._ready(w):
            self.close()
            from kg.query.sparql import QueryError

            raise QueryError(f"{self.graph_dir}: the store could not be opened ({self._failure})")

    def _spawn(self, lane: str) -> None:
        """Start a replacement in the background; it becomes idle once loaded."""
        w = self._start(lane)

        def wait():
            if self._ready(w):
                self._release(w)
            else:
                with self.cond:
                    self.all = [x for x in self.all if x is not w]

        threading.Thread(target=wait, daemon=True).start()

    def _release(self, w: _Worker) -> None:
        with self.cond:
            if not self.closed:
                self.idle[w.lane].append(w)
                self.cond.notify_all()
                return
        self._stop(w)  # the pool was closed or retired while this query ran
        w.proc.join(timeout=2)
        with self.cond:
            self.all = [x for x in self.all if x is not w]

    def _take(self, key, until: float, expensive: bool = False) -> _Worker | None:
        with self.cond:
            while not self.closed:
                if self.idle["general"]:
                    return self.idle["general"].pop()
                # known-slow is looked up now, not on arrival: copies of a slow query that were
                # already waiting must not each take the fast lane in turn
                if self.idle["fast"] and not expensive and key not in self.slow:
                    return self.idle["fast"].pop()
                left = until - time.monotonic()
                if left <= 0:
                    return None
                self.cond.wait(left)
        return None

    def run(self, text: str, fmt: str, default_graphs: list[str], expensive: bool = False):
        """Run a query; ``expensive`` (see guard.looks_expensive) keeps it off the fast lane."""
        key = hash((text, tuple(default_graphs)))
        until = time.monotonic() + self.max_wait
        while True:
            w = self._take(key, until, expensive)
            if w is None and self.closed:
                return RETIRED
            if w is None:
                return ("error", 503, f"the server is busy: no query worker came free within {self.max_wait:g} s; "
                                      "retry later")
            reply = self._execute(w, text, fmt, default_graphs, self.timeout)
            if reply is not _OUTGREW:
                return reply
            with self.cond:
                self.slow[key] = True
                while len(self.slow) > 1000:
                    self.slow.popitem(last=False)

    def _execute(self, w: _Worker, text: str, fmt: str, default_graphs: list[str], limit: float):
        try:
            w.conn.send((text, fmt, default_graphs))
        except OSError:
            self._replace(w)
            return ("error", 500, "the query worker stopped")
        deadline = time.monotonic() + limit
        cpu0 = _cpu_seconds(w.proc.pid) if w.lane == "fast" else None
        started = time.monotonic()
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self._replace(w)
                return ("error", 503, f"the query ran past the {self.timeout:g} s timeout and was stopped")
            if w.conn.poll(min(0.05, left)):
                try:
                    reply = w.conn.recv()
                except (EOFError, OSError):
                    self._replace(w)
                    return ("error", 503, "the query worker stopped (out of memory?) and was replaced")
                self._release(w)
                return reply
            rss = _rss_kb(w.proc.pid)
            if rss is not None and rss - w.baseline_kb > self.query_memory_kb:
                self._replace(w)
                return ("error", 503, f"the query needed more than {self.query_memory_kb / 1024:g} MB of memory "
                                      "and was stopped (serve --query-memory)")
            # The fast lane counts the worker's CPU time more than the clock: on a busy machine a
            # cheap query may wait for a core, but it does not burn one for long.
            if cpu0 is not None and ((_cpu_seconds(w.proc.pid) or 0) - cpu0 > self.fast_lane
                                     or time.monotonic() - started > 5 * self.fast_lane):
                self._replace(w)
                return _OUTGREW


    def _replace(self, w: _Worker) -> None:
        w.proc.kill()
        w.proc.join()
        with self.cond:
            self.all = [x for x in self.all if x is not w]
            if self.closed:
                return
        self._spawn(w.lane)

    def _stop(self, w: _Worker) -> None:
        try:
            w.conn.send(None)
        except OSError:
            pass

    def close(self) -> int:
        """Stop every worker (busy ones are killed); return how many there were."""
        with self.cond:
            self.closed = True
            workers = list(self.all)
            self.cond.notify_all()
        for w in workers:
            self._stop(w)
        for w in workers:
            w.proc.join(timeout=2)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join()
        return len(workers)

    def retire(self) -> None:
        """Stop idle workers now and busy ones when their query ends (a newer build took over)."""
        with self.cond:
            self.closed = True
            idle = self.idle["general"] + self.idle["fast"]
            self.idle = {"general": [], "fast": []}
            self.cond.notify_all()
        for w in idle:
            self._stop(w)
            w.proc.join(timeout=2)
        with self.cond:
            self.all = [x for x in self.all if x not in idle]


def negotiate(accept: str, fmt_param: str | None) -> str:
    if fmt_param:
        f = fmt_param.lower().replace("-", "")
        return {"nt": "ntriples", "ttl": "turtle", "jsonld": "jsonld"}.get(f, f)
    best, best_q = "json", -1.0
    for part in (accept or "").split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media in _ACCEPT_ALIASES and q > best_q:
            best, best_q = _ACCEPT_ALIASES[media], q
    return best


MAX_BODY = 1_000_000


@functools.lru_cache(maxsize=2048)
def _expensive(text: str) -> bool:
    """guard.looks_expensive, once per distinct text (a parse takes about 8 ms)."""
    from kg.query.guard import looks_expensive

    return looks_expensive(text)


def build_identity(graph_dir: Path):
    """What tells one build in ``graph_dir`` from the next: graph.nq's and store/'s inodes and times.

    ``build`` writes a new folder and renames it into place, so every build has new inodes.
    ``None`` while the folder is being swapped (or holds no build).
    """
    try:
        st = os.stat(graph_dir / "graph.nq")
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
        from kg.query.sparql import open_store

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

    def run(self, text: str, fmt: str, default_graphs: list[str], expensive: bool = False):
        for _ in range(3):
            graphs, pool, _, label = self.current()
            reply = pool.run(text, fmt, default_graphs, expensive)
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
                query_memory_mb: float = 1024, fast_lane: float = 1.0, queue_timeout: float | None = None, log=None):
    from kg.query.sparql import named_queries

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
            self.send_header("Access-Control-Allow-Origin", "*")
            if self.close_connection:
                self.send_header("Connection", "close")
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

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
            self._answer(params.get("query", [""])[0], params)

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
                text = raw
            elif ctype == "application/sparql-update":
                return self._error(403, "updates are refused: this endpoint is read-only")
            elif ctype in ("application/x-www-form-urlencoded", ""):
                form = parse_qs(raw, keep_blank_values=True)
                if "update" in form:
                    return self._error(403, "updates are refused: this endpoint is read-only")
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
            fmt = negotiate(self.headers.get("Accept", ""), (params.get("format") or [None])[0])
            started = time.perf_counter()
            reply, build = served.run(text, fmt, params.get("default-graph-uri", []), _expensive(text))
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
    options = "".join(
        f'<option value="{html.escape(q.name)}">{html.escape(q.name)} — {html.escape(q.title)}</option>'
        for q in queries.values()
    )
    data = json.dumps({q.name: q.text for q in queries.values()}, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>policykg SPARQL</title>
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<style>body{{font-family:sans-serif;margin:1.5rem}}textarea{{width:100%;height:14rem;font-family:monospace}}
table{{border-collapse:collapse;margin-top:1rem;font-size:.9rem}}td,th{{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top;max-width:40rem}}
#status{{color:#555;margin-left:1rem}}</style></head><body>
<h1>policykg SPARQL endpoint</h1>
<p>POST or GET <code>/sparql</code> (SPARQL 1.1 Protocol). Read-only; results as JSON, XML, CSV or TSV.</p>
<label>示例查询 / named query: <select id="named"><option value="">—</option>{options}</select></label>
<textarea id="q">SELECT ?doc ?title WHERE {{ ?doc a &lt;https://w3id.org/policykg/ontology#PolicyDocument&gt; ; &lt;http://data.europa.eu/eli/ontology#title&gt; ?title }}</textarea>
<button id="run">Run</button><span id="status"></span>
<div id="out"></div>
<script id="queries" type="application/json">{data}</script>
<script>
const Q = JSON.parse(document.getElementById('queries').textContent);
document.getElementById('named').addEventListener('change', e => {{ if (Q[e.target.value]) document.getElementById('q').value = Q[e.target.value]; }});
document.getElementById('run').addEventListener('click', async () => {{
  const status = document.getElementById('status'), out = document.getElementById('out');
  status.textContent = '…'; out.textContent = '';
  const r = await fetch('sparql', {{method: 'POST', headers: {{'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json'}}, body: document.getElementById('q').value}});
  if (!r.ok) {{ status.textContent = r.status + ' ' + await r.text(); return; }}
  const j = await r.json();
  const rows = j.results ? j.results.bindings : [];
  status.textContent = (j.boolean !== undefined ? String(j.boolean) : rows.length + ' rows') + (j.results && j.results.truncated ? ' (truncated at ' + j.results.max_rows + ')' : '');
  if (!j.head.vars) return;
  const t = document.createElement('table'), h = t.insertRow();
  j.head.vars.forEach(v => {{ const th = document.createElement('th'); th.textContent = v; h.appendChild(th); }});
  rows.forEach(b => {{ const tr = t.insertRow(); j.head.vars.forEach(v => {{ tr.insertCell().textContent = b[v] ? b[v].value : ''; }}); }});
  out.appendChild(t);
}});
</script></body></html>
"""

"""A read-only SPARQL 1.1 Protocol endpoint over a build's embedded store.

- ``GET /sparql?query=…``, ``POST`` form-encoded (``query=…``) or direct
  (``Content-Type: application/sparql-query``); results as SPARQL JSON, XML, CSV or TSV by
  content negotiation (``Accept``) or a ``format`` parameter; CONSTRUCT/DESCRIBE as Turtle,
  N-Triples or JSON-LD.
- Read-only: updates are refused (403). No outbound requests: ``SERVICE`` is refused, and
  ``FROM``/``FROM NAMED``/``default-graph-uri`` may only name graphs of this store.
- Each query runs in a worker process with a timeout; a query past it is killed (503) while
  other clients keep being served. Results are capped at ``max_rows`` and a capped answer
  says so (``X-Policykg-Truncated`` header, and ``"truncated": true`` in SPARQL JSON).
- A malformed query gets a 400 with the parser's message.
- ``GET /`` (or ``/sparql`` without a query, from a browser) is a query page that works
  offline, with the named queries as examples.
"""
from __future__ import annotations

import html
import json
import multiprocessing as mp
import queue
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

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
_UPDATE = re.compile(r"(?i)(?<![?$\w])(?:INSERT\s*(?:DATA\s*)?\{|DELETE\s*(?:DATA\s*|WHERE\s*)?\{|(?:LOAD|CLEAR|DROP|CREATE)\s+(?:SILENT\s+)?(?:<|GRAPH|DEFAULT|NAMED|ALL)|(?:ADD|MOVE|COPY)\s+(?:SILENT\s+)?(?:<|GRAPH|DEFAULT))")
_SERVICE = re.compile(r"(?i)\bSERVICE\b")
_FROM = re.compile(r"(?i)\bFROM\s+(?:NAMED\s+)?<([^>]*)>")


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _strip(text: str) -> str:
    """Query text without strings, IRIs and comments, for keyword checks."""
    text = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', text)
    text = re.sub(r"<[^<>\s]*>", "<>", text)
    return re.sub(r"(?m)#[^\n]*$", "", text)


def check_query(text: str, graphs: set[str]) -> None:
    """Refuse what a read-only, offline endpoint must not run."""
    bare = _strip(text)
    if _UPDATE.search(bare):
        raise Refused(403, "updates are refused: this endpoint is read-only")
    if _SERVICE.search(bare):
        raise Refused(403, "SERVICE is refused: this endpoint makes no outbound requests")
    for iri in _FROM.findall(text):
        if iri not in graphs:
            raise Refused(403, f"FROM <{iri}> is refused: only graphs of this store can be named (no remote loading)")


# Worker processes ----------------------------------------------------------------------------

def _worker(graph_dir: str, conn, max_rows: int, in_memory: bool):
    import pyoxigraph as ox

    from .sparql import open_store

    try:
        store = open_store(Path(graph_dir), in_memory=in_memory)
    except Exception as exc:  # noqa: BLE001 - reported to the pool, which refuses to start
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready",))
    while True:
        job = conn.recv()
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


class WorkerPool:
    """Worker processes, each with the store open; a worker past the timeout is replaced.

    A worker joins the idle queue only once its store is loaded, so the timeout of a query
    never counts a replacement's loading time. The pool is ready when ``__init__`` returns.
    """

    def __init__(self, graph_dir: Path, size: int, timeout: float, max_rows: int, in_memory: bool = True):
        self.graph_dir, self.timeout, self.max_rows = str(graph_dir), timeout, max_rows
        self.in_memory = in_memory
        self.ctx = mp.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        self.all: list = []
        started = [self._start() for _ in range(size)]
        for w in started:
            self._await_ready(w)
            self.idle.put(w)

    def _start(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(self.graph_dir, child, self.max_rows, self.in_memory), daemon=True)
        proc.start()
        w = (proc, parent)
        self.all.append(w)
        return w

    def _await_ready(self, w) -> None:
        proc, conn = w
        try:
            msg = conn.recv()
        except EOFError:
            msg = ("failed", "the worker process exited while opening the store")
        if msg[0] != "ready":
            self.close()
            from .sparql import QueryError

            raise QueryError(f"{self.graph_dir}: the store could not be opened ({msg[1]})")

    def _spawn(self):
        """Start a replacement in the background; it becomes idle once loaded."""
        w = self._start()

        def wait():
            try:
                if w[1].recv()[0] == "ready":
                    self.idle.put(w)
            except EOFError:
                pass

        threading.Thread(target=wait, daemon=True).start()
        return None

    def run(self, text: str, fmt: str, default_graphs: list[str]):
        proc, conn = self.idle.get()
        conn.send((text, fmt, default_graphs))
        if conn.poll(self.timeout):
            try:
                reply = conn.recv()
            except EOFError:
                self._replace(proc)
                return ("error", 500, "the query worker stopped")
            self.idle.put((proc, conn))
            return reply
        proc.kill()
        proc.join()
        self._replace(proc)
        return ("error", 503, f"the query ran past the {self.timeout:g} s timeout and was stopped")

    def _replace(self, proc) -> None:
        self.all = [w for w in self.all if w[0] is not proc]
        self._spawn()

    def close(self):
        for proc, conn in self.all:
            try:
                conn.send(None)
            except (OSError, BrokenPipeError):
                pass
            proc.join(timeout=2)
            if proc.is_alive():
                proc.kill()


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


def make_server(graph_dir: Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                max_rows: int = 10000, workers: int = 4, in_memory: bool = True):
    from .sparql import named_queries, open_store

    store = open_store(graph_dir)
    graphs = {g.value for g in store.named_graphs()}
    del store
    pool = WorkerPool(graph_dir, workers, timeout, max_rows, in_memory)
    page = query_page(named_queries()).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        server_version = "policykg"
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet by default; the CLI prints a start line
            pass

        def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None):
            self.send_response(status)
            self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") or "json" in ctype or "xml" in ctype else ""))
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _error(self, status: int, message: str):
            self._send(status, "text/plain", (message + "\n").encode("utf-8"))

        def do_GET(self):
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

        def do_POST(self):
            url = urlparse(self.path)
            if url.path != "/sparql":
                return self._error(404, "not found: the endpoint is /sparql")
            length = int(self.headers.get("Content-Length") or 0)
            if length > 1_000_000:
                return self._error(413, "the query is larger than 1 MB")
            raw = self.rfile.read(length).decode("utf-8", errors="replace")
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
            reply = pool.run(text, fmt, params.get("default-graph-uri", []))
            if reply[0] == "error":
                return self._error(reply[1], reply[2])
            _, ctype, body, truncated, rows = reply
            extra = {"X-Policykg-Rows": str(rows), "X-Policykg-Time-Ms": f"{(time.perf_counter() - started) * 1000:.1f}"}
            if truncated:
                extra["X-Policykg-Truncated"] = f"true; max-rows={max_rows}"
            self._send(200, ctype, body, extra)

    try:
        server = _Server((host, port), Handler)
    except OSError:
        pool.close()
        raise
    server.daemon_threads = True
    server.pool = pool
    return server


class _Server(ThreadingHTTPServer):
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

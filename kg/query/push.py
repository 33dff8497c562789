"""Load a build into a real SPARQL server through the SPARQL 1.1 Graph Store HTTP Protocol.

Each document's named graph (and the shared concepts and the ontology) is sent with
``PUT {endpoint}?graph={iri}``, replacing what the server held for that graph, so pushing
twice gives the same server state. Digest and basic authentication are both offered
(Virtuoso's ``/sparql-graph-crud-auth`` wants digest).
"""
from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from pathlib import Path

from kg import nqfile


class PushError(RuntimeError):
    """The server refused or could not be reached; the message says which graph and why."""


def graph_runs(nquads: Path):
    """(graph, its N-Triples lines) for each run of one graph's lines in a build's graph.nq.gz or graph.nq, in file
    order, read line by line: one graph in memory at a time (a build writes each graph's lines together)."""
    graph, lines = None, []
    with nqfile.open_lines(nquads) as fh:  # graph.nq.gz, or a plain graph.nq
        for line in fh:
            line = line.decode("utf-8").rstrip("\n")
            if not line:
                continue
            head, _, name = line[:-2].rpartition(" <")
            name = name.rstrip(">")
            if name != graph:
                if lines:
                    yield graph, lines
                graph, lines = name, []
            lines.append(head + " .")
    if lines:
        yield graph, lines


def graph_names(nquads: Path) -> list[str]:
    """The graphs of ``graph_runs``, each once, read through without keeping lines (so a damaged file is found
    before anything is sent); PushError when a graph's lines are not together (a file no build wrote)."""
    names: list[str] = []
    for graph, _ in graph_runs(nquads):
        if graph in names:
            raise PushError(f"{nquads}: the lines of <{graph}> are not together, as a build writes them; rebuild it "
                            f"with 'policykg build --out {nquads.parent}'")
        names.append(graph)
    return names


def graphs_of(nquads: Path) -> dict[str, list[str]]:
    """N-Triples lines per named graph of a build's graph.nq.gz or graph.nq (all in memory: for tests)."""
    return dict(graph_runs(nquads))


class _Auth:
    """Pre-emptive digest (or basic) credentials.

    Sending a large body and only then being challenged makes servers reset the connection
    (Virtuoso does): so the challenge is fetched with a bodiless HEAD first and every PUT
    carries its Authorization header from the start.
    """

    def __init__(self, endpoint: str, user: str | None, password: str | None):
        self.endpoint, self.user, self.password = endpoint, user, password
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, endpoint, user or "", password or "")
        self.digest = urllib.request.HTTPDigestAuthHandler(mgr)
        self.challenge: dict | None = None
        self.basic = False

    def refresh(self, timeout: float) -> None:
        if not self.user:
            return
        try:
            urllib.request.urlopen(urllib.request.Request(self.endpoint, method="HEAD"), timeout=timeout).close()
        except urllib.error.HTTPError as exc:
            header = exc.headers.get("WWW-Authenticate", "")
            if header.lower().startswith("digest "):
                self.challenge = urllib.request.parse_keqv_list(urllib.request.parse_http_list(header[7:]))
            elif header.lower().startswith("basic"):
                self.basic = True
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            error = PushError(f"cannot reach {self.endpoint} ({reason}); is the server running?")
            # nothing listens there (a wrong port, or no server): waiting would not help
            error.refused = isinstance(reason, ConnectionRefusedError) or isinstance(exc, ConnectionRefusedError)
            raise error from exc

    def sign(self, req: urllib.request.Request) -> None:
        if not self.user:
            return
        if self.challenge is not None:
            req.add_header("Authorization", "Digest " + self.digest.get_authorization(req, self.challenge))
        elif self.basic:
            import base64

            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            req.add_header("Authorization", f"Basic {token}")


TRANSIENT = {429, 502, 503, 504}  # worth another try: the server is overloaded or restarting


class PushIncomplete(PushError):
    """A push that stopped midway: which graphs the server now has from this build, which not."""

    def __init__(self, endpoint: str, pushed: list[tuple[str, int]], failed: str, reason: str,
                 maybe_applied: bool, remaining: list[str]):
        self.endpoint, self.pushed, self.failed, self.reason = endpoint, pushed, failed, reason
        self.maybe_applied, self.remaining = maybe_applied, remaining
        super().__init__(self.statement())

    def statement(self) -> str:
        total = len(self.pushed) + 1 + len(self.remaining)
        state = ("it may or may not have been replaced (the request was sent, no answer came back)"
                 if self.maybe_applied else "it was not replaced")
        head = f"push stopped at graph {len(self.pushed) + 1} of {total}, <{self.failed}>: {self.reason}; {state}."
        if not self.pushed and not self.maybe_applied:
            return head + f" Nothing was changed on {self.endpoint}. Run the same command again when the server is back."
        lines = [head, f"The server {self.endpoint} is now PARTLY UPDATED:",
                 f"  new (this build's version): {len(self.pushed)} graph(s)"]
        lines += [f"    <{g}>" for g, _ in self.pushed]
        old = ([] if self.maybe_applied else [self.failed]) + self.remaining
        if self.maybe_applied:
            lines += ["  unknown (sent, no answer): 1 graph", f"    <{self.failed}>"]
        if old:
            lines.append(f"  old (as before the push, or absent): {len(old)} graph(s)")
            lines += [f"    <{g}>" + ("  (refused)" if g == self.failed else "") for g in old]
        lines.append("Run the same command again to finish: each graph is replaced whole (PUT), so a re-run is safe.")
        return "\n".join(lines)


class _Failed(Exception):
    def __init__(self, reason: str, maybe_applied: bool):
        super().__init__(reason)
        self.reason, self.maybe_applied = reason, maybe_applied


def _why(exc: BaseException, timeout: float) -> tuple[str, bool]:
    """A failed request's reason in words, and whether the server may have applied it."""
    reason = getattr(exc, "reason", exc)
    if isinstance(exc, TimeoutError) or isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s (--timeout)", True
    if isinstance(reason, ConnectionRefusedError) or isinstance(exc, ConnectionRefusedError):
        return "cannot reach the server (connection refused): is it running?", False
    return f"the connection failed ({reason})", True


def push_build(graph_dir: Path, endpoint: str, user: str | None = None, password: str | None = None,
               timeout: float = 60.0, progress=None, retries: int = 3, backoff: float = 1.0,
               note=None) -> list[tuple[str, int]]:
    """PUT every named graph of a build; return [(graph, triples)] in the order sent.

    Connection errors, timeouts and HTTP 429/502/503/504 are retried ``retries`` times,
    ``backoff`` seconds after the first failure and twice as long after each next one.
    A push that stops midway raises :class:`PushIncomplete`, which says which graphs the
    server now holds from this build and which it holds as before.
    """
    nq = nqfile.find(graph_dir)
    if nq is None:
        raise PushError(f"{graph_dir} holds no graph.nq.gz (nor graph.nq); run 'policykg build --out {graph_dir}' first")
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"--endpoint {endpoint!r} is not an http(s) URL; give the server's Graph Store URL, "
                        "e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
    try:  # read first: a damaged file is said before the server is asked anything
        graphs = graph_names(nq)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:  # a graph.nq.gz cut short or not gzip
        raise PushError(f"{nq}: the graph cannot be read ({exc or type(exc).__name__}): it is damaged; rebuild it "
                        f"with 'policykg build --out {graph_dir}'. Nothing was changed on {endpoint}.") from exc
    note = note or (lambda msg: None)
    auth = _Auth(endpoint, user, password)

    def wait(attempt: int, what: str, why: str) -> None:
        delay = min(backoff * 2 ** attempt, 30.0)
        note(f"  {what}: {why}; retry {attempt + 1} of {retries} in {delay:g} s")
        time.sleep(delay)

    for attempt in range(retries + 1):
        try:
            auth.refresh(timeout)
            break
        except PushError as exc:
            if attempt == retries or getattr(exc, "refused", False):  # a wrong port fails at once, as without --user
                raise PushError(f"{exc} Nothing was changed on {endpoint}.") from exc
            wait(attempt, "credentials", str(exc))
    done: list[tuple[str, int]] = []
    for i, (graph, lines) in enumerate(graph_runs(nq)):  # one graph's lines in memory at a time
        if i >= len(graphs) or graph != graphs[i]:
            raise PushIncomplete(endpoint, done, graph, f"{nq} changed while it was pushed (a build replaced it)",
                                 False, graphs[i + 1:])
        body = ("\n".join(lines) + "\n").encode("utf-8")
        sep = "&" if "?" in endpoint else "?"
        url = f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"
        try:
            _put(url, body, auth, timeout, retries, lambda a, why, g=graph: wait(a, f"<{g}>", why), bool(user), not done)
        except _Failed as f:
            raise PushIncomplete(endpoint, done, graph, f.reason, f.maybe_applied, graphs[i + 1:]) from f
        done.append((graph, len(lines)))
        if progress:
            progress(graph, len(lines))
    return done


def _put(url: str, body: bytes, auth: _Auth, timeout: float, retries: int, wait, signed: bool, first: bool) -> None:
    renewed = False
    attempt = 0
    while True:
        req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "text/turtle; charset=utf-8"})
        auth.sign(req)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                resp.read()
            return
        except urllib.error.HTTPError as exc:
            try:
                detail = exc.read()[:300].decode("utf-8", "replace").strip()
            except (OSError, http.client.HTTPException):
                detail = ""
            why = f"HTTP {exc.code} {detail}".strip()
            if exc.code == 401 and signed and not renewed:
                renewed = True  # a stale nonce: fetch a new challenge and try once more at once
                _refresh_quietly(auth, timeout)
                continue
            if attempt < retries and exc.code in TRANSIENT:
                wait(attempt, why)
                attempt += 1
                continue
            raise _Failed(f"the server refused it: {why}", exc.code == 504) from exc
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            refusal = _refusal(url, auth, timeout) if first and _cut_while_sending(exc) else None
            if refusal:  # the server refused the credentials and closed before reading the whole body
                raise _Failed(f"the server refused it: {refusal}", False) from exc
            why, maybe = _why(exc, timeout)
            refused = not maybe and "refused" in why
            if attempt < retries and not (first and refused):  # a wrong port fails at once, a restart is waited for
                wait(attempt, why)
                attempt += 1
                _refresh_quietly(auth, timeout)
                continue
            raise _Failed(why, maybe) from exc


def _refresh_quietly(auth: _Auth, timeout: float) -> None:
    try:
        auth.refresh(timeout)
    except PushError:
        pass  # the next attempt says what went wrong


def _cut_while_sending(exc: BaseException) -> bool:
    """A connection the server closed while the body was still being sent (a broken pipe or a reset)."""
    reason = getattr(exc, "reason", exc)
    return isinstance(reason, (BrokenPipeError, ConnectionResetError)) or isinstance(exc, (BrokenPipeError, ConnectionResetError))


def _refusal(url: str, auth: _Auth, timeout: float) -> str | None:
    """Why the server refuses this request's credentials ("HTTP 401 …"), asked with a bodiless signed HEAD: a server
    that refuses a large PUT may close the connection before answering it (Virtuoso does, since graphs are pushed in
    file order, the first one a document's). None when the HEAD is not refused or cannot be asked."""
    req = urllib.request.Request(url, method="HEAD")
    auth.sign(req)
    try:
        urllib.request.urlopen(req, timeout=timeout).close()
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code} {exc.reason}".strip() if exc.code in (401, 403) else None
    except (urllib.error.URLError, OSError, http.client.HTTPException):
        return None
    return None

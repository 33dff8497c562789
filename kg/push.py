"""Load a build into a real SPARQL server through the SPARQL 1.1 Graph Store HTTP Protocol.

Each document's named graph (and the shared concepts and the ontology) is sent with
``PUT {endpoint}?graph={iri}``, replacing what the server held for that graph, so pushing
twice gives the same server state. Digest and basic authentication are both offered
(Virtuoso's ``/sparql-graph-crud-auth`` wants digest).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path


class PushError(RuntimeError):
    """The server refused or could not be reached; the message says which graph and why."""


def graphs_of(nquads: Path) -> dict[str, list[str]]:
    """N-Triples lines per named graph of a build's graph.nq (lines are sorted by build)."""
    out: dict[str, list[str]] = {}
    with nquads.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                continue
            head, _, graph = line[:-2].rpartition(" <")
            out.setdefault(graph.rstrip(">"), []).append(head + " .")
    return out


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
            raise PushError(f"cannot reach {self.endpoint} ({getattr(exc, 'reason', exc)}); is the server running?") from exc

    def sign(self, req: urllib.request.Request) -> None:
        if not self.user:
            return
        if self.challenge is not None:
            req.add_header("Authorization", "Digest " + self.digest.get_authorization(req, self.challenge))
        elif self.basic:
            import base64

            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            req.add_header("Authorization", f"Basic {token}")


def push_build(graph_dir: Path, endpoint: str, user: str | None = None, password: str | None = None,
               timeout: float = 300.0, progress=None) -> list[tuple[str, int]]:
    nq = graph_dir / "graph.nq"
    if not nq.exists():
        raise PushError(f"{graph_dir} holds no graph.nq; run 'policykg build --out {graph_dir}' first")
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"--endpoint {endpoint!r} is not an http(s) URL; give the server's Graph Store URL, "
                        "e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
    auth = _Auth(endpoint, user, password)
    auth.refresh(timeout)
    done = []
    for graph, lines in sorted(graphs_of(nq).items()):
        body = ("\n".join(lines) + "\n").encode("utf-8")
        sep = "&" if "?" in endpoint else "?"
        url = f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"
        for attempt in range(3):
            req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "text/turtle; charset=utf-8"})
            auth.sign(req)
            try:
                with urllib.request.urlopen(req, timeout=timeout) as resp:
                    resp.read()
                break
            except urllib.error.HTTPError as exc:
                detail = exc.read()[:300].decode("utf-8", "replace").strip()
                if exc.code == 401 and attempt < 2 and user:
                    auth.refresh(timeout)  # a stale nonce: fetch a new challenge and try again
                    continue
                raise PushError(f"{endpoint} refused graph <{graph}>: HTTP {exc.code} {detail}") from exc
            except (urllib.error.URLError, OSError) as exc:
                if attempt < 2:
                    auth.refresh(timeout)
                    continue
                raise PushError(f"cannot reach {endpoint} ({getattr(exc, 'reason', exc)}); is the server running?") from exc
        done.append((graph, len(lines)))
        if progress:
            progress(graph, len(lines))
    return done

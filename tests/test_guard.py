"""The read-only, offline guard (kg/query/guard.py): a table of bypass attempts, every one refused.

Each attempt names a listener on loopback; the live tests check that neither `policykg serve`
nor `policykg query` ever connects to it. Queries that only *mention* SERVICE or an update
keyword (in a string, an IRI, a comment, a variable name) must still run.
"""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query.guard import Refused, check_query

from tests.conftest import SEED

URL = "http://127.0.0.1:{port}/sparql"
SVC = "SELECT * WHERE {{ {body} }}"

# (id, query template with {port}, what the refusal names)
BYPASSES = [
    ("plain", "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("lower case", "select * where { service <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("quotes inside IRIs", "SELECT * WHERE { BIND(<urn:'> AS ?q) SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } "
                           "BIND(<urn:'x> AS ?r) }", "SERVICE"),
    ("double quote inside IRI", 'SELECT * WHERE { BIND(<urn:"> AS ?q) SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } '
                                'BIND(<urn:"x> AS ?r) }', "SERVICE"),
    ("# inside an IRI", "SELECT * WHERE { BIND(<urn:x#> AS ?q) SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
     "SERVICE"),
    ("comment before", "SELECT * WHERE { # a comment } \n SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("comment quote", "SELECT * WHERE { # it's\n SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } # '\n }", "SERVICE"),
    ("long string with quote", "SELECT * WHERE { BIND(\"\"\"a ' b\"\"\" AS ?q) SERVICE <http://127.0.0.1:{port}/sparql> "
                               "{ ?s ?p ?o } BIND('x' AS ?r) }", "SERVICE"),
    ("unicode escape", "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("unicode escape inside", "SELECT * WHERE { SERV\\u0049CE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("nested subquery", "SELECT * WHERE { { SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:{port}/sparql> "
                        "{ ?s ?p ?o } } } } } }", "SERVICE"),
    ("union", "SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } } }", "SERVICE"),
    ("optional", "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?x ?y } } }", "SERVICE"),
    ("minus", "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?x ?y } } }", "SERVICE"),
    ("filter exists", "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?x ?y } } }",
     "SERVICE"),
    ("inside GRAPH", "SELECT * WHERE { GRAPH ?g { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } } }", "SERVICE"),
    ("values then variable", "SELECT * WHERE { VALUES ?e { <http://127.0.0.1:{port}/sparql> } SERVICE ?e { ?s ?p ?o } }",
     "SERVICE"),
    ("bind then variable", "SELECT * WHERE { BIND(<http://127.0.0.1:{port}/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }", "SERVICE"),
    ("prefixed name", "PREFIX e: <http://127.0.0.1:{port}/> SELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }", "SERVICE"),
    ("empty prefixed name", "PREFIX : <http://127.0.0.1:{port}/sparql> SELECT * WHERE { SERVICE : { ?s ?p ?o } }", "SERVICE"),
    ("base + relative IRI", "BASE <http://127.0.0.1:{port}/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }", "SERVICE"),
    ("silent", "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("ask", "ASK { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("construct", "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("describe", "DESCRIBE ?s WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("glued to a number", "SELECT * WHERE { ?s ?p 1SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("load", "LOAD <http://127.0.0.1:{port}/data.ttl>", "read-only"),
    ("load into graph", "LOAD SILENT <http://127.0.0.1:{port}/data.ttl> INTO GRAPH <urn:g>", "read-only"),
    ("insert data", "INSERT DATA { <urn:a> <urn:b> <http://127.0.0.1:{port}/> }", "read-only"),
    ("delete where", "DELETE WHERE { ?s ?p <http://127.0.0.1:{port}/> }", "read-only"),
    ("drop all", "DROP ALL", "read-only"),
    ("two updates", "CLEAR DEFAULT ; LOAD <http://127.0.0.1:{port}/data.ttl>", "read-only"),
    ("query then update", "SELECT * WHERE { ?s ?p ?o } ; LOAD <http://127.0.0.1:{port}/data.ttl>", "SERVICE|read-only"),
    ("query then service", "SELECT * WHERE { ?s ?p ?o } ; SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> "
                           "{ ?s ?p ?o } }", "SERVICE"),
    ("from a remote graph", "SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE { ?s ?p ?o }", "FROM"),
    ("from named, prefixed", "PREFIX e: <http://127.0.0.1:{port}/> SELECT * FROM NAMED e:data WHERE { GRAPH ?g { ?s ?p ?o } }",
     "FROM"),
]

# Queries that only mention the words: they must run.
ALLOWED = [
    ("string", 'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/> { }" AS ?x) }'),
    ("variable named service", "SELECT ?service WHERE { BIND(1 AS ?service) }"),
    ("IRI with service in it", "SELECT ?x WHERE { BIND(<http://example.org/service/load> AS ?x) }"),
    ("comment", "# SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } ; LOAD <x:y>\nSELECT ?x WHERE { BIND(2 AS ?x) }"),
    ("from a graph of the store", "SELECT ?x FROM <urn:in-store> WHERE { BIND(3 AS ?x) }"),
    ("keywords as prefixes", "PREFIX load: <urn:l/> PREFIX service: <urn:s/> SELECT ?x WHERE { BIND(load:a AS ?x) }"),
]


def _q(template: str, port: int) -> str:
    return template.replace("{port}", str(port))


@pytest.mark.parametrize("name,template,names", BYPASSES, ids=[b[0] for b in BYPASSES])
def test_guard_refuses(name, template, names):
    with pytest.raises(Refused) as info:
        check_query(_q(template, 8), {"urn:in-store"})
    assert info.value.status == 403
    assert any(n in str(info.value) for n in names.split("|")), str(info.value)


@pytest.mark.parametrize("name,text", ALLOWED, ids=[a[0] for a in ALLOWED])
def test_guard_lets_mentions_through(name, text):
    check_query(text, {"urn:in-store"})


def test_named_queries_pass_the_guard():
    from kg.query.sparql import named_queries

    for q in named_queries().values():
        check_query(q.text, set())


# Live: a listener on loopback that records every connection --------------------------------

class Listener:
    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self.stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self):
        self.stop = True
        self.thread.join(2)
        self.sock.close()


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("guard") / "out"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    return out


@pytest.fixture(scope="module")
def listener():
    ls = Listener()
    yield ls
    ls.close()


@pytest.fixture(scope="module")
def server(build):
    from kg.query.endpoint import make_server

    srv = make_server(build, "127.0.0.1", 0, timeout=5.0, max_rows=50, workers=1, log=lambda m: None)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()
    srv.served.close()


def _post(url, query: str):
    req = urllib.request.Request(url, data=query.encode("utf-8"), headers={"Content-Type": "application/sparql-query"})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_serve_never_contacts_the_listener(server, listener):
    port = server.server_address[1]
    for name, template, names in BYPASSES:
        status, body = _post(URL.format(port=port), _q(template, listener.port))
        assert status == 403, (name, status, body[:200])
    # SERVICE back to the endpoint itself
    status, _ = _post(URL.format(port=port), _q(BYPASSES[2][1], port))
    assert status == 403
    time.sleep(0.3)
    assert listener.hits == 0


def test_serve_answers_mentions(server):
    port = server.server_address[1]
    for name, text in ALLOWED[:4]:
        status, body = _post(URL.format(port=port), text)
        assert status == 200, (name, body[:200])
        assert json.loads(body)["results"]["bindings"], name


def test_query_never_contacts_the_listener(build, listener):
    runner = CliRunner()
    for name, template, names in BYPASSES:
        result = runner.invoke(main, ["query", "--graph", str(build), _q(template, listener.port)])
        assert result.exit_code != 0, (name, result.output)
        assert "Traceback" not in result.output
    time.sleep(0.3)
    assert listener.hits == 0


def test_workers_have_no_network_even_past_the_guard(server, listener):
    """Defence in depth: a worker handed a SERVICE query directly still cannot connect."""
    if not server.served.pool.sandboxed:
        pytest.skip("this kernel does not let the worker leave the network (unshare refused)")
    reply = server.served.pool.run(_q(BYPASSES[0][1], listener.port), "json", [])
    assert reply[0] == "error"
    time.sleep(0.3)
    assert listener.hits == 0


def test_the_guard_holds_on_many_threads_at_once():
    """rdflib's parser is not thread-safe; the endpoint checks queries on many threads."""
    query = _q(BYPASSES[-2][1], 8)  # FROM a remote graph: refused only if the parse succeeds
    errors = []

    def check():
        try:
            check_query(query, {"urn:in-store"})
            errors.append("passed")
        except Refused as exc:
            if "FROM" not in str(exc):
                errors.append(str(exc))

    threads = [threading.Thread(target=check) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


EXPENSIVE = [
    ("triple cross join", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?x ?y }", True),
    ("sorted product", "SELECT * WHERE { ?a ?p ?o . ?b ?q ?r } ORDER BY ?o ?r", True),
    ("product across groups", "SELECT * WHERE { { ?a ?p ?o } { ?b ?q ?r } }", True),
    ("star path between variables", "SELECT * WHERE { ?a <urn:p>* ?b }", True),
    ("plus path between variables", "SELECT * WHERE { ?a <urn:p>+ ?b }", True),
    ("one pattern", "SELECT * WHERE { ?a ?p ?o } LIMIT 5", False),
    ("a chain", "SELECT * WHERE { ?a <urn:p> ?b . ?b <urn:q> ?c . ?c <urn:r> ?d }", False),
    ("path from a constant", "SELECT * WHERE { <urn:x> <urn:p>* ?b }", False),
    ("not SPARQL", "SELEC ?x", False),
]


@pytest.mark.parametrize("name,text,expected", EXPENSIVE, ids=[e[0] for e in EXPENSIVE])
def test_looks_expensive(name, text, expected):
    from kg.query.guard import looks_expensive

    assert looks_expensive(text) is expected


# Named queries that list the whole graph and join by a computed IRI: off the endpoint's fast lane on
# purpose (``annotations``: every fact, joined to its sentence through its #char= fragment).
OFF_THE_FAST_LANE = ["annotations"]


def test_no_named_query_looks_expensive_but_the_whole_graph_listings():
    from kg.query.guard import looks_expensive
    from kg.query.sparql import named_queries

    assert sorted(n for n, q in named_queries().items() if looks_expensive(q.text)) == OFF_THE_FAST_LANE


@pytest.mark.parametrize("text, named", [
    ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", True),
    ("select * where { graph <urn:g> { ?s ?p ?o } }", True),
    ("SELECT * WHERE{GRAPH<urn:g>{?s ?p ?o}}", True),
    ("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }", True),
    ("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", True),
    ("SELECT * FROM NAMED <urn:g> WHERE { ?s ?p ?o }", True),
    ("SELECT * WHERE { GR\\u0041PH ?g { ?s ?p ?o } }", True),  # an escape: parsed
    ("SELECT * WHERE { ?s ?p ?o }", False),
    ('SELECT * WHERE { ?s ?p "GRAPH ?g { }" }', False),  # in a string
    ("SELECT * WHERE { ?s ?p ?o } # GRAPH ?g", False),  # in a comment
    ("SELECT * WHERE { ?s <https://w3id.org/policykg/graph/x> ?o }", False),  # in an IRI
    ("PREFIX graph: <urn:x#> SELECT ?graph WHERE { ?s graph:of ?graph ; <urn:p> _:graph }", False),  # names
    ("PREFIX e: <urn:x#> SELECT * WHERE { ?s e:GRAPH ?o ; e:graph_of ?x }", False),
], ids=["variable", "lower-case", "no-spaces", "in-exists", "from", "from-named", "escaped", "none", "string",
        "comment", "iri", "prefix-variable-blank", "local-names"])
def test_a_query_naming_graphs_is_told_apart(text, named):
    """What the store of triples answers from graph.nq (kg/query/named.py): GRAPH, FROM, FROM NAMED, and nothing else."""
    from kg.query.guard import names_graphs

    assert names_graphs(text) is named


def test_the_graphs_a_dataset_names():
    from kg.query.guard import dataset_graphs

    assert dataset_graphs("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }") == []
    assert dataset_graphs("PREFIX d: <urn:d/> SELECT * FROM d:a FROM NAMED <urn:b> WHERE { ?s ?p ?o }") == ["urn:d/a", "urn:b"]
    assert dataset_graphs("SELECT (ADJUST(NOW(), ?d) AS ?t) FROM <urn:a> WHERE { ?s ?p ?o }") is None  # rdflib cannot parse

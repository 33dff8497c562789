"""Scale-out: push a build into Virtuoso (Debian's virtuoso-opensource) and get the same answers.

The test starts its own Virtuoso on loopback with its own database folder and an ini that lifts
ResultSetMaxRows (Virtuoso silently truncates at 10,000 by default). Queries go by POST form
with JSON results (a direct application/sparql-query POST hangs on Virtuoso).
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from decimal import Decimal

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query.sparql import named_queries, open_store, run_query

from tests.conftest import SEED

VIRTUOSO = shutil.which("virtuoso-t")
pytestmark = pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t not installed (apt-get install virtuoso-opensource; .ci/run does)")

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 500M
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
DefaultQuery = select distinct ?Concept where {{[] a ?Concept}} LIMIT 100
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    d = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    (d / "virtuoso.ini").write_text(INI.format(d=d, sql=sql, http=http), encoding="utf-8")
    proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(d / "virtuoso.ini")], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("virtuoso-t exited: " + (d / "virtuoso.log").read_text(errors="replace")[-2000:])
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("virtuoso did not answer within 90 s")
    yield base
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def pushed(virtuoso, tmp_path_factory):
    out = tmp_path_factory.mktemp("vbuild") / "out"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    result = CliRunner().invoke(main, ["push", "--graph", str(out), "--endpoint", virtuoso + "/sparql-graph-crud-auth",
                                       "--user", "dba", "--password", "dba"])
    assert result.exit_code == 0, result.output
    return out


def _norm(value: str | None) -> str:
    if value is None:
        return ""
    try:
        d = Decimal(value)
        return format(d.normalize(), "f") if d == d.to_integral_value() or "." in value else value
    except Exception:  # noqa: BLE001 - not a number
        return value


def remote(base: str, text: str, params: dict | None = None):
    from SPARQLWrapper import JSON, POST, URLENCODED, SPARQLWrapper

    from kg.query.sparql import _term, bind_inline

    if params:  # Virtuoso stalls on a VALUES join here; terms are inlined instead (still escaped)
        text = bind_inline(text, {k: _term(v) for k, v in params.items()})
    sw = SPARQLWrapper(base + "/sparql")
    sw.setMethod(POST)
    sw.setRequestMethod(URLENCODED)
    sw.setReturnFormat(JSON)
    sw.setQuery(text)
    data = sw.query().convert()
    cols = data["head"]["vars"]
    return cols, [[b.get(c, {}).get("value") for c in cols] for b in data["results"]["bindings"]]


CASES = [(n, {}) for n in ("measures", "parts", "targets", "goals", "actors", "sectors", "sector_counts", "co_responsibility")] + [
    ("measures_by_actor", {"actor": "生态环境部"}), ("targets_due", {"year_max": "2030"})]


@pytest.mark.parametrize("name,params", CASES, ids=[c[0] for c in CASES])
def test_named_queries_agree_with_embedded(pushed, virtuoso, name, params):
    q = named_queries()[name].text
    cols, rows = run_query(open_store(pushed), q, params)
    rcols, rrows = remote(virtuoso, q, params)
    assert rcols == cols
    local = sorted(tuple(_norm(v) for v in r) for r in rows)
    there = sorted(tuple(_norm(v) for v in r) for r in rrows)
    assert there == local
    assert len(local) > 0


def test_push_twice_is_idempotent(pushed, virtuoso):
    before = remote(virtuoso, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/policykg/')) }")[1]
    result = CliRunner().invoke(main, ["push", "--graph", str(pushed), "--endpoint", virtuoso + "/sparql-graph-crud-auth",
                                       "--user", "dba", "--password", "dba"])
    assert result.exit_code == 0, result.output
    after = remote(virtuoso, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/policykg/')) }")[1]
    assert before == after


def test_wrong_password_is_a_clear_error(pushed, virtuoso):
    result = CliRunner().invoke(main, ["push", "--graph", str(pushed), "--endpoint", virtuoso + "/sparql-graph-crud-auth",
                                       "--user", "dba", "--password", "wrong"])
    assert result.exit_code != 0 and "HTTP 401" in result.output and "Traceback" not in result.output

#!/usr/bin/env python3
"""The endpoint under load: concurrent clients sending named queries to `policykg serve` on loopback.

    python scripts/load_test.py [--graph DIR] [--clients 50] [--seconds 60] [--workers 4]
    python scripts/load_test.py --slow 15 [--distinct-slow] [--seconds 60]   # fast queries beside slow ones

Starts `policykg serve` as its own process (building seed + corpus first unless --graph is
given), runs --clients threads that each send named queries (POST, SPARQL JSON) back to back
for --seconds, and a third of the way in sends one pathological query (a triple cross join)
that the server's timeout must stop while the others keep being served. Prints requests,
errors, throughput, p50/p90/p99 latency, and the server's memory (main process and query
workers) sampled every 2 s: at start, at its highest, and at the end.

With --slow N, N clients instead send the pathological cross join back to back (each stopped
by the timeout) while --fast-clients clients send cheap named queries; it prints the cheap
queries' latency, which the fast lane keeps short, and what became of the slow ones.
--distinct-slow makes every slow query's text different, so none is recognised as known-slow.
It also sends one query that sorts a cartesian product (memory-hungry) and reports how the
server's memory bound answered it.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARAMS = {"measures_by_actor": {"actor": "生态环境部"}, "targets_due": {"year_max": "2030"},
          "indicators": {"name": "森林覆盖率"}}
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?x ?y }"
HUNGRY = "SELECT * WHERE { ?a ?p ?o . ?b ?q ?r } ORDER BY ?o ?r ?a ?b LIMIT 1"
FAST = ["documents", "targets", "shared_indicators", "places"]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


FAILURES: dict[str, int] = {}  # what went wrong on the client side (status -1), by kind


def post(url: str, query: str, timeout: float = 120) -> tuple[int, float]:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            body = r.read()
            json.loads(body)
            status = r.status
    except urllib.error.HTTPError as e:
        e.read()
        status = e.code
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        kind = f"{type(exc).__name__}: {reason}"[:80]
        FAILURES[kind] = FAILURES.get(kind, 0) + 1
        status = -1
    return status, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--slow", type=int, default=0, help="clients sending only slow queries (the slow-beside-fast scenario)")
    ap.add_argument("--fast-clients", type=int, default=2)
    ap.add_argument("--distinct-slow", action="store_true")
    ap.add_argument("--serve-args", default="", help="extra arguments for policykg serve, e.g. '--fast-lane 0'")
    args = ap.parse_args()
    from kg.query.sparql import _term, bind_values, named_queries

    graph = args.graph
    if graph is None:
        graph = Path(tempfile.mkdtemp()) / "out"
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds"), str(ROOT.parent / "shared" / "corpus"),
                        "--out", str(graph)], check=True, capture_output=True, cwd=ROOT)
    queries = []
    for name, q in sorted(named_queries().items()):
        params = PARAMS.get(name, {})
        queries.append((name, bind_values(q.text, {k: _term(v) for k, v in params.items()}) if params else q.text))
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(graph), "--port", "0",
                               "--workers", str(args.workers), "--timeout", str(args.timeout), "--max-rows", "100000",
                               *args.serve_args.split()],
                              stderr=subprocess.PIPE, text=True, cwd=ROOT)
    line = server.stderr.readline()
    m = re.search(r"http://[\d.]+:\d+/sparql", line)
    if not m:
        server.kill()
        print("the server did not start:", line, server.stderr.read())
        return 1
    url = m.group(0)
    if args.slow:
        try:
            return slow_beside_fast(args, url, server, dict(queries))
        finally:
            server.terminate()
            server.wait(30)
    memory = [rss_mb(server.pid)]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    stop = time.perf_counter() + args.seconds

    def client(k: int):
        i = k
        while time.perf_counter() < stop:
            name, q = queries[i % len(queries)]
            status, dt = post(url, q)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == 200:
                    latencies.append(dt)
            i += 1

    slow_result = {}

    def pathological():
        time.sleep(args.seconds / 3)
        slow_result["status"], slow_result["seconds"] = post(url, SLOW)

    def sample():
        while time.perf_counter() < stop:
            time.sleep(2)
            memory.append(rss_mb(server.pid))

    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    threads += [threading.Thread(target=pathological), threading.Thread(target=sample)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    memory.append(rss_mb(server.pid))
    server.terminate()
    server.wait(10)
    ok = statuses.get(200, 0)
    errors = sum(v for k, v in statuses.items() if k != 200)
    lat = sorted(latencies)

    def pct(p):
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] * 1000 if lat else float("nan")

    print(f"{args.clients} clients x {args.seconds:.0f} s against {url} ({args.workers} query workers, "
          f"{len(queries)} named queries in turn)")
    print(f"requests: {ok + errors} in {elapsed:.1f} s ({(ok + errors) / elapsed:.1f}/s); answered 200: {ok}; "
          f"errors: {errors} {dict(sorted(statuses.items())) if errors else ''}")
    for kind, count in sorted(FAILURES.items()):
        print(f"  client-side failure x{count}: {kind}")
    print(f"latency: p50 {pct(50):.0f} ms, p90 {pct(90):.0f} ms, p99 {pct(99):.0f} ms, max {lat[-1] * 1000 if lat else 0:.0f} ms"
          f" (mean {statistics.mean(lat) * 1000 if lat else 0:.0f} ms)")
    print(f"pathological cross join: HTTP {slow_result.get('status')} after {slow_result.get('seconds', 0):.1f} s "
          f"(timeout {args.timeout:g} s)")
    print(f"server memory (main + workers): start {memory[0]:.0f} MB, highest {max(memory):.0f} MB, "
          f"end {memory[-1]:.0f} MB")
    return 0 if errors == 0 and slow_result.get("status") == 503 else 1


def slow_beside_fast(args, url: str, server, queries: dict) -> int:
    stop = time.perf_counter() + args.seconds
    fast_lat: list[float] = []
    fast_status: dict[int, int] = {}
    slow_status: dict[int, int] = {}
    lock = threading.Lock()
    memory = [rss_mb(server.pid)]
    hungry = {}

    def slow_client(k: int):
        i = 0
        while time.perf_counter() < stop:
            text = SLOW + (f" # client {k} query {i}" if args.distinct_slow else "")
            status, _ = post(url, text)
            with lock:
                slow_status[status] = slow_status.get(status, 0) + 1
            i += 1

    def fast_client(k: int):
        time.sleep(2)  # the slow clients hold the workers first
        i = k
        while time.perf_counter() < stop:
            status, dt = post(url, queries[FAST[i % len(FAST)]])
            with lock:
                fast_status[status] = fast_status.get(status, 0) + 1
                if status == 200:
                    fast_lat.append(dt)
            i += 1
            time.sleep(0.2)

    def hungry_client():
        time.sleep(1)
        hungry["status"], hungry["seconds"] = post(url, HUNGRY)

    def sample():
        while time.perf_counter() < stop:
            time.sleep(1)
            memory.append(rss_mb(server.pid))

    threads = [threading.Thread(target=slow_client, args=(k,)) for k in range(args.slow)]
    threads += [threading.Thread(target=fast_client, args=(k,)) for k in range(args.fast_clients)]
    threads += [threading.Thread(target=hungry_client), threading.Thread(target=sample)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lat = sorted(fast_lat)

    def pct(p):
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] * 1000 if lat else float("nan")

    print(f"{args.slow} slow clients ({'distinct' if args.distinct_slow else 'the same'} cross join, timeout "
          f"{args.timeout:g} s) + {args.fast_clients} fast clients x {args.seconds:.0f} s, {args.workers} workers, "
          f"serve {args.serve_args or '(defaults)'}")
    print(f"fast queries: {sum(fast_status.values())} sent, statuses {dict(sorted(fast_status.items()))}; latency "
          f"p50 {pct(50):.0f} ms, p90 {pct(90):.0f} ms, p99 {pct(99):.0f} ms, max {lat[-1] * 1000 if lat else 0:.0f} ms")
    print(f"slow queries: {sum(slow_status.values())} answered, statuses {dict(sorted(slow_status.items()))}")
    for kind, count in sorted(FAILURES.items()):
        print(f"  client-side failure x{count}: {kind}")
    print(f"memory-hungry sort: HTTP {hungry.get('status')} after {hungry.get('seconds', 0):.1f} s")
    print(f"server memory (main + workers): start {memory[0]:.0f} MB, highest {max(memory):.0f} MB, end {memory[-1]:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

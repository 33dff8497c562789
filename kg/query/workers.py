"""The endpoint's query workers: processes with the store open, a timeout, a memory watchdog, a fast lane.

Each query runs in a worker process (``WorkerPool``); past its timeout or its memory bound the
worker is killed and replaced and the client gets a 503 saying which, while other clients keep
being served. Workers run without a network where Linux allows (``_no_network``). Answers are
serialised in the worker (``kg.query.results``), so only bytes cross the pipe.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections import OrderedDict
from pathlib import Path

from kg.query.errors import QueryError, explain_syntax_error
from kg.query.results import serialise
from kg.query.store import open_store, union_kwargs

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
    try:
        # a store of triples answers a query naming graphs from graph.nq, loaded once (kg/query/named.py)
        store = open_store(Path(graph_dir), in_memory=in_memory, whole=True)
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
        text, fmt, default_graphs, named_graphs = job
        try:
            # the default graph: the union of the named graphs, unless the request names its own
            result = store.query(text, **union_kwargs(text, default_graphs, store, named_graphs))
            conn.send(("ok",) + serialise(result, fmt, max_rows))
        except SyntaxError as exc:
            # the CLI's help: the line, a caret, what the parser expected, the closest keyword
            conn.send(("error", 400, f"malformed query: {explain_syntax_error(text, str(exc))}"))
        except Exception as exc:  # noqa: BLE001 - any engine failure is reported, never a crash
            conn.send(("error", 500, f"query failed: {exc}"))


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

    def run(self, text: str, fmt: str, default_graphs: list[str], expensive: bool = False,
            named_graphs: list[str] = ()):
        """Run a query; ``expensive`` (see guard.looks_expensive) keeps it off the fast lane; ``default_graphs``,
        ``named_graphs``: the protocol's dataset (``default-graph-uri``, ``named-graph-uri``), none: the store's."""
        key = hash((text, tuple(default_graphs), tuple(named_graphs)))
        until = time.monotonic() + self.max_wait
        while True:
            w = self._take(key, until, expensive)
            if w is None and self.closed:
                return RETIRED
            if w is None:
                return ("error", 503, f"the server is busy: no query worker came free within {self.max_wait:g} s; "
                                      "retry later")
            reply = self._execute(w, text, fmt, (default_graphs, named_graphs), self.timeout)
            if reply is not _OUTGREW:
                return reply
            with self.cond:
                self.slow[key] = True
                while len(self.slow) > 1000:
                    self.slow.popitem(last=False)

    def _execute(self, w: _Worker, text: str, fmt: str, dataset: tuple, limit: float):
        try:
            w.conn.send((text, fmt, *dataset))
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

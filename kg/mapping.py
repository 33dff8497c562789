"""Documents mapped to build results, here, in worker processes or on Dask; one document never stops a build.

Every document is processed inside ``outcome``, which catches any exception at the document
boundary and turns it into a ``Failure`` (path, stage, one-line reason, and for a bug its
traceback). The mappers also contain what can go wrong around a worker: a result that cannot be
sent back, a worker process that dies, a Dask task that fails. ``report`` writes the failure
table, skipped inputs and warnings to ``build-report.json`` and tracebacks to ``build.log``.
"""
from __future__ import annotations

import json
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg import build, pipeline
from kg.table import display_width
from kg.text.read import ReadError
from kg.text.sources import SourceError, read_source
from kg.text.structure import StructureError

# The module a failing frame belongs to → the stage of the pipeline it is part of.
_STAGES = {"read": "read", "sources": "read", "clean": "clean", "structure": "structure", "annotate": "tagging",
           "lexicon": "tagging", "rdf": "rdf", "iris": "rdf", "ntriples": "rdf",
           "render": "outputs", "projection": "outputs", "serialize": "outputs",
           "link": "tagging", "build": "outputs"}
_BOUNDARY = ("mapping", "pipeline", "cli")  # frames of the driver itself, not of a stage
_LAYERS = ("text", "graph", "pages", "query")  # subpackages whose modules are stages of their own


def _module_part(module: str) -> str | None:
    """The stage key of a kg module: kg.text.clean → clean, kg.annotate.targets → annotate."""
    if not module.startswith("kg."):
        return None
    parts = module.split(".")[1:]
    return parts[1] if parts[0] in _LAYERS and len(parts) > 1 else parts[0]


@dataclass(frozen=True)
class Failure:
    path: str
    stage: str  # read | clean | structure | tagging | rdf | outputs | write | worker
    reason: str  # one line
    detail: str = ""  # the traceback of an unexpected exception (a bug), for build.log

    def row(self) -> dict:
        return {"path": self.path, "stage": self.stage, "reason": self.reason}


@dataclass
class Outcome:
    path: str
    result: object = None  # build.DocResult
    failure: Failure | None = None
    extra: list = field(default_factory=list)


def _user_errors() -> tuple[type[Exception], ...]:
    return ReadError, StructureError, SourceError


_CALLEES = {"read_bytes": "read", "read_source": "read", "clean": "clean", "parse": "structure",
            "annotate": "tagging", "document_graph": "rdf", "document_result": "outputs"}


def _stage(tb, default: str) -> str:
    """The stage of the first frame, outermost first, that belongs to a stage's module; failing that,
    the stage the driver was calling into (by the called function's name)."""
    callee = None
    after_boundary = False
    for frame, _ in traceback.walk_tb(tb):
        module = frame.f_globals.get("__name__", "")
        part = _module_part(module)
        if part in _BOUNDARY or (part == "mapping"):
            after_boundary = True
            continue
        if after_boundary and callee is None:
            callee = _CALLEES.get(frame.f_code.co_name)
        after_boundary = False
        if part in _STAGES:
            return _STAGES[part]
    return callee or default


def one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def contained(path: str, exc: BaseException, default: str) -> Failure:
    """The failure a document's exception becomes: user errors as they are, bugs with their traceback."""
    stage = _stage(exc.__traceback__, default)
    if isinstance(exc, _user_errors()):
        if type(exc).__name__ == "StructureError" and stage == "read":
            stage = "structure"
        return Failure(path, stage, one_line(exc))
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    reason = one_line(f"internal error, {type(exc).__name__}: {exc}") + " (traceback in build.log)"
    return Failure(path, stage, reason, detail)


def outcome(path: str, data: bytes | None = None, max_chars: int | None = None) -> Outcome:
    """One document, start to finish, with every exception (but an interruption) caught (runs in any process)."""
    try:
        if data is None:
            data = read_source(path)
        doc = pipeline.process_bytes(data, Path(path).name, max_chars or pipeline.MAX_CHARS)
    except Exception as exc:  # noqa: BLE001 - the document boundary
        return Outcome(path, failure=contained(path, exc, "read"))
    try:
        return Outcome(path, result=_result(doc))
    except Exception as exc:  # noqa: BLE001
        return Outcome(path, failure=contained(path, exc, "outputs"))


def _result(doc):
    return build.document_result(doc)


def _worker_init() -> None:
    """A worker process ends on SIGTERM, the pool's way of stopping the workers of a broken pool,
    whatever handler it inherited from the build command (which turns SIGTERM into an interrupt)."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _in_process(path: str, max_chars: int | None) -> Outcome:
    # a result that cannot be pickled back comes out of the future as an exception: contained by the caller
    return outcome(path, None, max_chars)


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def map_local(paths: list[Path], jobs: int, max_chars: int):
    """Outcomes in the order of ``paths``; with ``jobs`` > 1 in worker processes.

    A worker that dies (killed, out of memory) breaks the pool: the documents in flight are
    then built again one at a time, each in a fresh process, so only the one that kills its
    worker fails; a new pool takes the rest.
    """
    if len(paths) < 2 or jobs < 2:
        for p in paths:
            yield outcome(str(p), None, max_chars)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    todo = deque(str(p) for p in paths)
    window = 2 * jobs
    while todo:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), initializer=_worker_init)
        pending: deque = deque()
        broken = False
        try:
            while (todo or pending) and not broken:
                while todo and len(pending) < window:
                    p = todo.popleft()
                    try:
                        pending.append((p, pool.submit(_in_process, p, max_chars)))
                    except (BrokenProcessPool, RuntimeError):
                        todo.appendleft(p)
                        broken = True
                        break
                if not pending:
                    break
                path, fut = pending.popleft()
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    broken = True
                    pending.appendleft((path, None))
                except Exception as exc:  # noqa: BLE001
                    yield Outcome(path, failure=contained(path, exc, "worker"))
        finally:
            pool.shutdown(wait=not broken, cancel_futures=True)
        if broken:
            for path, _ in pending:
                yield _alone(path, max_chars)


def _alone(path: str, max_chars: int | None) -> Outcome:
    """One document in a process of its own: a death there is that document's."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1, initializer=_worker_init) as pool:
        try:
            return pool.submit(_in_process, path, max_chars).result()
        except BrokenProcessPool:
            return Outcome(path, failure=Failure(path, "worker", "the worker process building it died "
                                                 "(out of memory, or killed); the other documents were built"))
        except Exception as exc:  # noqa: BLE001
            return Outcome(path, failure=contained(path, exc, "worker"))


def map_on_dask(client, paths: list[Path], max_chars: int):
    """Outcomes in the order of ``paths`` from a Dask cluster; files are read here and sent."""
    from collections import deque

    window = max(4, 2 * sum(client.nthreads().values()))

    def submit(p: Path):
        try:
            data = read_source(p)
        except SourceError as exc:
            return _Done(Outcome(str(p), failure=Failure(str(p), "read", one_line(exc))))
        return client.submit(outcome, str(p), data, max_chars, pure=False)

    pending: deque = deque()
    todo = iter(paths)
    for p in todo:
        pending.append((p, submit(p)))
        if len(pending) >= window:
            break
    while pending:
        p, fut = pending.popleft()
        try:
            yield fut.result()
        except Exception as exc:  # noqa: BLE001 - a task or worker lost on the cluster
            yield Outcome(str(p), failure=contained(str(p), exc, "worker"))
        nxt = next(todo, None)
        if nxt is not None:
            pending.append((nxt, submit(nxt)))


# -- the report -------------------------------------------------------------------------------

def warning_counts(issues) -> dict[str, int]:
    counts: dict[str, int] = {}
    for i in issues:
        counts[i.code] = counts.get(i.code, 0) + 1
    return dict(sorted(counts.items()))


def warning_line(path: str, issues) -> str:
    """One line for a document's warnings: counts by kind and where the first is."""
    counts = ", ".join(f"{n} {code}" for code, n in warning_counts(issues).items())
    first = issues[0]
    return f"{path}: {counts} (first at {path}:{first.line}:{first.column}: {first.message}; -v lists all)"


def write_report(folder: Path, totals: dict, failures: list[Failure], skipped: list, warnings: dict,
                 duplicates: list[str]) -> None:
    """``build-report.json`` (always) and ``build.log`` (when something failed): deterministic bytes."""
    report = {
        **totals,
        "failures": [f.row() for f in sorted(failures, key=lambda f: f.path)],
        "skipped": [asdict(s) for s in skipped],
        "warnings": [{"path": path, "counts": warning_counts(issues),
                      "details": [{"code": i.code, "line": i.line, "column": i.column, "message": i.message}
                                  for i in issues]}
                     for path, issues in sorted(warnings.items())],
        "duplicates": duplicates,
    }
    (folder / "build-report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if failures:
        with open(folder / "build.log", "w", encoding="utf-8") as log:
            for f in sorted(failures, key=lambda f: f.path):
                log.write(f"{f.path}\t{f.stage}\t{f.reason}\n")
                if f.detail:
                    log.write(f.detail.rstrip("\n") + "\n")
                log.write("\n")


def failure_table(failures: list[Failure], width: int = 100) -> list[str]:
    """The failures as aligned lines: path, stage, reason."""
    rows = [("source", "stage", "reason")] + [(f.path, f.stage, f.reason) for f in sorted(failures, key=lambda f: f.path)]
    w0 = min(max(display_width(r[0]) for r in rows), 60)
    w1 = max(display_width(r[1]) for r in rows)
    # padded by display width: a Chinese character takes two columns of the terminal
    return [f"  {a}{' ' * max(0, w0 - display_width(a))}  {b}{' ' * (w1 - display_width(b))}  {c}" for a, b, c in rows]

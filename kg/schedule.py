"""The build's driver: one call from a list of sources to a finished output folder.

``build(paths, out, options, progress)`` takes the folder's lock, checks that the folder may be
replaced, maps the documents (local processes or a Dask cluster), hands each result to
``kg.build.Build`` as it arrives, lets it finish what needs every document, writes the build
report and swaps the new folder in atomically. It returns a ``Summary``; a user's mistake (a
folder it may not replace, another build writing it, nothing buildable) is a ``BuildError``
whose message is one sentence for the user. Nothing here prints: lines for the user go to
``progress.note`` and the stages to ``progress.step`` (``kg.progress.Reporter``), so tests call
it in-process and the CLI stays a thin layer of options and messages.
"""
from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.build import GRAPH_NODES, Build
from kg.cache import Cache
from kg.graph.serialize import atomic_folder
from kg.mapping import Failure, contained, map_local, map_on_dask, warning_line, write_report
from kg.outfolder import Busy, OutputRefused, check, clean_stale, lock, wait_message
from kg.pipeline import MAX_CHARS
from kg.progress import QUIET_ENV, Reporter


class BuildError(Exception):
    """A build that could not be made, with one sentence for the user (what, where, what to do)."""


@dataclass(frozen=True)
class Options:
    force: bool = False  # move a folder of other files aside instead of refusing it
    wait: bool = False  # wait for another build writing the folder instead of refusing
    strict: bool = False  # numbering problems fail their document
    store: bool = True  # the embedded Oxigraph store
    jobs: int = 1  # worker processes
    scheduler: str | None = None  # a Dask scheduler's address instead of local processes
    max_chars: int = MAX_CHARS
    graph_nodes: int = GRAPH_NODES
    verbose: bool = False  # every warning, not one line per document
    formats: tuple[str, ...] = ()  # serialisations beside graph.nq: nt, ttl, trig, jsonld
    keep_copies: bool = False  # build a source whose text is another's as a document of its own


@dataclass
class Summary:
    """What a finished build holds, and what it left out."""

    out: Path
    totals: dict  # documents, provisions, targets, actors (``Build.totals``)
    failures: list = field(default_factory=list)  # ``kg.mapping.Failure``, one per source that failed
    skipped: list = field(default_factory=list)  # files skipped inside folders (``kg.text.sources``)
    warnings: dict = field(default_factory=dict)  # path → its numbering problems
    duplicates: list = field(default_factory=list)  # one line per source dropped as a copy of another
    unchanged: bool = False  # nothing changed since the last build: the folder was left as it was
    reused: str = ""  # what the cache gave back ("reused 14 of 16 documents; re-did 2"), empty when nothing

    @property
    def report(self) -> Path:
        return self.out / "build-report.json"


def build(paths: list[Path], out, options: Options = Options(), progress: Reporter | None = None,
          roots: list[Path] = (), skipped: list = ()) -> Summary:
    """Build ``paths`` into the folder ``out`` (replaced whole, atomically).

    ``roots`` are the files and folders the user named (the output may never replace one of
    them); ``skipped`` what was skipped while expanding them, reported with the build.
    """
    progress = progress or Reporter(quiet=True)
    was_quiet = os.environ.get(QUIET_ENV)
    if progress.quiet:
        os.environ[QUIET_ENV] = "1"  # worker processes inherit it
    try:
        with interrupt_on_sigterm():
            return _locked(list(paths), out, options, progress, list(roots) + list(paths), list(skipped))
    finally:
        if progress.quiet and was_quiet is None:
            os.environ.pop(QUIET_ENV, None)


def _locked(paths, out, options: Options, progress: Reporter, roots, skipped) -> Summary:
    out_path = Path(out)
    try:
        held = lock(out_path, options.wait, lambda path: progress.note(
            f"{out}: another policykg build is writing this folder{wait_message(path)}; waiting for it (--wait)"))
        held.__enter__()
    except Busy as exc:
        raise BuildError(
            f"{out}: another policykg build is writing this folder{wait_message(Path(str(exc)))}; "
            "wait for it to finish, or add --wait to wait for it")
    except OSError as exc:
        raise BuildError(f"{out}: cannot write the build there ({exc.strerror or exc}); choose another --out")
    try:
        try:
            aside = check(out_path, roots, options.force)
        except OutputRefused as exc:
            raise BuildError(str(exc))
        for p in clean_stale(out_path):
            progress.note(f"removed {p}, left behind by a build that was stopped")
        if aside is not None:
            progress.note(f"--force: moving the existing {out} aside to {aside} (nothing is deleted)")
        return _into(out_path, paths, skipped, aside, options, progress)
    finally:
        held.__exit__(None, None, None)


def _into(out_path: Path, paths, skipped, aside, options: Options, progress: Reporter) -> Summary:
    out = str(out_path)
    summary = Summary(out_path, {}, skipped=skipped)
    failures, warnings = summary.failures, summary.warnings
    timed = _stepper(options.verbose, progress)

    def step(text: str) -> None:  # a stage of the finish: a bar of its own on a terminal
        progress.step(text)
        timed(text)

    for s in skipped:
        progress.note(f"skipped: {s.path}: {s.reason}")
    # every option that changes what a build writes: a rebuild with other options is never "unchanged"
    cache = Cache(out_path, options.max_chars, {"strict": options.strict, "no_store": not options.store,
                                               "graph_nodes": options.graph_nodes, "formats": list(options.formats),
                                               "keep_copies": options.keep_copies})
    if aside is None and cache.unchanged(paths, skipped):
        for path, issues in cache.previous_warnings().items():
            for text in ([f"{path}:{i.line}:{i.column}: {i.message}" for i in issues] if options.verbose
                         else [warning_line(path, issues)]):
                progress.note(f"warning: {text}")
        summary.failures.extend(cache.previous_failures())
        summary.warnings.update(cache.previous_warnings())
        summary.unchanged = True
        n = len(paths) - len(summary.failures)
        summary.reused = f"nothing changed since the last build: reused {n} of {n} documents; {out_path}/ left as it was"
        return summary
    client = _dask_client(options.scheduler) if options.scheduler else None
    outcomes = cache.outcomes(paths, (lambda todo: map_on_dask(client, todo, options.max_chars)) if client
                              else (lambda todo: map_local(todo, options.jobs, options.max_chars)))
    label = "building (dask)" if options.scheduler else \
        f"building ({options.jobs} jobs)" if options.jobs > 1 else "building"
    try:
        def moved(path: Path) -> None:
            progress.note(f"{out}: files that policykg did not write appeared while it built; the folder was moved "
                          f"aside to {path} (nothing is deleted)")

        with atomic_folder(out_path, aside, moved) as tmp:
            build = Build(tmp, graph_nodes=options.graph_nodes, cache=cache, keep_copies=options.keep_copies)
            for path, oc in progress.documents(paths, outcomes, label):
                if oc.failure is not None:
                    failures.append(oc.failure)
                    continue
                value = oc.result
                if options.strict and value.issues:
                    first = value.issues[0]
                    failures.append(Failure(str(path), "structure",
                        f"{path}:{first.line}:{first.column}: {first.message} "
                        f"({len(value.issues)} numbering problem(s); --strict makes them errors)"))
                    continue
                try:
                    build.add(value)
                except OSError:
                    raise
                except Exception as exc:  # noqa: BLE001 - the document boundary in this process
                    failures.append(replace(contained(str(path), exc, "write"), stage="write"))
                    continue
                if value.issues:
                    warnings[str(path)] = value.issues
                    if options.verbose:
                        for issue in value.issues:
                            progress.note(f"warning: {path}:{issue.line}:{issue.column}: {issue.message}")
                    else:
                        progress.note(f"warning: {warning_line(str(path), value.issues)}")
            if not build.kept:
                raise BuildError(_nothing_built(failures))
            summary.duplicates = build.duplicates()
            for dropped in summary.duplicates:
                progress.note(f"warning: {dropped}")
            timed(f"{len(build.kept)} document(s) written")
            build.finish(with_store=options.store, progress=step, formats=options.formats)
            summary.totals = build.totals()
            write_report(tmp, summary.totals, failures, skipped, warnings, summary.duplicates)
            cache.save(tmp, paths, skipped, failures)
            summary.reused = cache.summary(summary.totals["documents"]) or ""
            progress.close()
            timed("done")
    except OSError as exc:
        raise BuildError(f"{out}: cannot write the build there ({exc.strerror or exc}); choose another --out")
    except (BuildError, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - a bug in a step that needs every document
        log = _crash_log(exc)
        raise BuildError(
            f"internal error while writing the build ({type(exc).__name__}: {exc}); {out} was left as it was; "
            f"the traceback is in {log}; please report it")
    finally:
        progress.close()
        if client is not None:
            client.close()
    return summary


@contextmanager
def interrupt_on_sigterm():
    """SIGTERM stops a build as Ctrl-C does: the temporary folder is removed, the lock released,
    the previous build left as it was (by default SIGTERM ends the process with no cleanup)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _nothing_built(failures) -> str:
    """The refusal when no document could be built; a bug's traceback goes to a log file, not the screen."""
    details = [f for f in failures if f.detail]
    tail = ""
    if details:
        log = _crash_log(None, "".join(f"{f.path}\n{f.detail}\n" for f in details))
        tail = f"; tracebacks in {log}"
    if len(failures) == 1:
        f = failures[0]
        where = "" if f.reason.startswith(f.path) else f"{f.path}: "
        return f"{where}{f.reason}{tail} (nothing was written)"
    rows = "\n  ".join(f"{f.path}: [{f.stage}] {f.reason}" for f in failures)
    return f"no document could be built:\n  {rows}\n(nothing was written{tail})"


def _crash_log(exc, text: str | None = None) -> str:
    """A traceback written to a file of its own in the temporary folder (the output folder was not written)."""
    if text is None:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    fd, name = tempfile.mkstemp(prefix="policykg-build-", suffix=".log")
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return name


def _dask_client(address: str):
    try:
        from distributed import Client  # optional: pip install 'policykg[dask]'
    except ImportError:
        raise BuildError("--scheduler needs Dask distributed: pip install 'policykg[dask]'")
    try:
        return Client(address, timeout="15s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise BuildError(f"cannot reach the Dask scheduler at {address} ({exc}); is it running?")


def _stepper(verbose: bool, progress: Reporter):
    """``timed(text)``: with --verbose, a line with the step, the time since the build began and the peak memory."""
    start = time.perf_counter()

    def timed(text: str) -> None:
        if not verbose:
            return
        try:
            import resource  # not on Windows

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 1024
            mem = f", peak memory {peak_mb:,.0f} MB"
        except ImportError:
            mem = ""
        progress.note(f"[{time.perf_counter() - start:7.1f} s{mem}] {text}")

    return timed

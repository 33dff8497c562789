"""The policykg command line: the only place that reads and writes files or prints.

Commands check their options and call the core. A user's mistake is a ``ClickException``
with one sentence that says what was wrong, where, and what to do; never a traceback.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.text.sources import SOURCE_SUFFIXES  # noqa: F401 (kept importable from here)


def _seed_dir() -> Path:
    here = Path(__file__).resolve().parent.parent / "seeds"
    return here if here.is_dir() else Path.cwd() / "seeds"


def _expand(sources: tuple[str, ...]):
    """The files to build and what was skipped inside folders (see ``kg.text.sources``)."""
    from kg.text.sources import SourceError, gather

    if not sources:
        seeds = _seed_dir()
        if not seeds.is_dir():
            raise click.ClickException(
                f"no sources given and no seeds/ folder at {seeds}; name the files or folders to build"
            )
        sources = (str(seeds),)
    try:
        return gather(sources)
    except SourceError as exc:
        raise click.ClickException(str(exc))


def _process(path: Path, max_chars: int | None = None):
    from kg.pipeline import MAX_CHARS, process_bytes
    from kg.text.sources import SourceError, read_source

    try:
        data = read_source(path)  # a regular file only: a FIFO or device never blocks
    except SourceError as exc:
        raise click.ClickException(f"{path}: {exc}")
    return process_bytes(data, path.name, max_chars or MAX_CHARS)


_USER_ERRORS: tuple[type[Exception], ...] = ()


def _user_errors():
    global _USER_ERRORS
    if not _USER_ERRORS:
        from kg.text.read import ReadError
        from kg.text.structure import StructureError

        _USER_ERRORS = (ReadError, StructureError)
    return _USER_ERRORS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykg")
def main():
    """policykg: Chinese policy documents → an annotated, queryable knowledge graph."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--out", "out", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write graph.ttl, graph.nq, store/, index.html into. Replaced whole, so only a "
                   "new or empty folder, or one written by policykg, is accepted.")
@click.option("--force", is_flag=True,
              help="Build into --out even though it holds other files: the folder is first renamed to "
                   "OUT.before-policykg-N beside it (nothing is deleted). Never allowed over a source.")
@click.option("--wait", is_flag=True, help="If another build is writing --out, wait for it instead of refusing.")
@click.option("--strict", is_flag=True, help="Treat numbering gaps, duplicates and disorder as errors.")
@click.option("--no-store", is_flag=True, help="Skip the embedded Oxigraph store (queries then load graph.nq).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Documents parsed and tagged in parallel (worker processes). The output does not depend on it.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Map the documents over a Dask distributed cluster (e.g. tcp://10.0.0.5:8786) instead of local "
                   "processes; the files are read here and sent, so workers need no shared disk. "
                   "Needs: pip install 'policykg[dask]'.")
@click.option("--max-chars", default=1_000_000, show_default=True, type=click.IntRange(1),
              help="Refuse a source whose text is longer (a concatenation, not a document); the graph holds about "
                   "four triples per character.")
@click.option("--verbose", "-v", is_flag=True,
              help="Print every warning, and each step of the build with the time so far and the peak memory.")
@click.option("--graph-nodes", default=5000, show_default=True, type=click.IntRange(1),
              help="index.html draws every part, measure and target up to this many nodes (and 100 documents); "
                   "a larger build gets an overview graph of documents and the concepts they concern.")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress: neither the bar over documents nor the stage lines of a long document.")
def build(sources, out, force, wait, strict, no_store, jobs, scheduler, max_chars, graph_nodes, verbose, quiet):
    """Build the graph of SOURCES (files or folders; default: the seeds/ folder).

    A document that fails (unreadable, no structure, or a bug) never stops the build: the others
    are written, the failures are listed at the end and in OUT/build-report.json, and the exit
    status is 1.
    """
    import os

    from kg.progress import QUIET_ENV

    paths, skipped = _expand(sources)
    out_path = Path(out)
    previous = _interrupt_on_sigterm()
    was_quiet = os.environ.get(QUIET_ENV)
    if quiet:
        os.environ[QUIET_ENV] = "1"  # worker processes inherit it
    try:
        _build_locked(sources, paths, skipped, out, out_path, force, wait, strict, no_store, jobs, scheduler,
                      max_chars, graph_nodes, verbose)
    finally:
        if quiet and was_quiet is None:
            os.environ.pop(QUIET_ENV, None)
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)


def _build_locked(sources, paths, skipped, out, out_path, force, wait, strict, no_store, jobs, scheduler, max_chars,
                  graph_nodes, verbose):
    from kg.outfolder import Busy, OutputRefused, check, clean_stale, lock, wait_message

    try:
        held = lock(out_path, wait, lambda path: click.echo(
            f"{out}: another policykg build is writing this folder{wait_message(path)}; waiting for it (--wait)",
            err=True))
        held.__enter__()
    except Busy as exc:
        raise click.ClickException(
            f"{out}: another policykg build is writing this folder{wait_message(Path(str(exc)))}; "
            "wait for it to finish, or add --wait to wait for it")
    except OSError as exc:
        raise click.ClickException(f"{out}: cannot write the build there ({exc.strerror or exc}); choose another --out")
    try:
        try:
            roots = [Path(s) for s in sources] if sources else [_seed_dir()]
            aside = check(out_path, roots + paths, force)
        except OutputRefused as exc:
            raise click.ClickException(str(exc))
        for p in clean_stale(out_path):
            click.echo(f"removed {p}, left behind by a build that was stopped", err=True)
        if aside is not None:
            click.echo(f"--force: moving the existing {out} aside to {aside} (nothing is deleted)", err=True)
        _build_into(out_path, paths, skipped, aside, strict, no_store, jobs, scheduler, max_chars, graph_nodes,
                    verbose)
    finally:
        held.__exit__(None, None, None)


def _build_into(out_path: Path, paths, skipped, aside, strict, no_store, jobs, scheduler, max_chars, graph_nodes,
                verbose):
    from dataclasses import replace

    from kg.build import Build
    from kg.cache import Cache
    from kg.mapping import Failure, contained, failure_table, map_local, map_on_dask, warning_line, write_report
    from kg.graph.serialize import atomic_folder

    out = str(out_path)
    failures: list[Failure] = []
    warnings: dict[str, list] = {}
    step = _stepper(verbose)
    for s in skipped:
        click.echo(f"skipped: {s.path}: {s.reason}", err=True)
    cache = Cache(out_path, max_chars, {"strict": strict, "no_store": no_store, "graph_nodes": graph_nodes})
    if aside is None and cache.unchanged(paths, skipped):
        for path, issues in cache.previous_warnings().items():
            for line in ([f"{path}:{i.line}:{i.column}: {i.message}" for i in issues] if verbose
                         else [warning_line(path, issues)]):
                click.echo(f"warning: {line}", err=True)
        failures = cache.previous_failures()
        if failures:
            click.echo(f"{len(failures)} source(s) failed, as in the last build (also in {out_path}/build-report.json):",
                       err=True)
            for line in failure_table(failures):
                click.echo(line, err=True)
        n = len(paths) - len(failures)
        click.echo(f"nothing changed since the last build: reused {n} of {n} documents; {out_path}/ left as it was")
        if failures:
            sys.exit(1)
        return
    client = _dask_client(scheduler) if scheduler else None
    outcomes = cache.outcomes(paths, (lambda todo: map_on_dask(client, todo, max_chars)) if client
                              else (lambda todo: map_local(todo, jobs, max_chars)))
    label = "building (dask)" if scheduler else f"building ({jobs} jobs)" if jobs > 1 else "building"
    try:
        def moved(path: Path) -> None:
            click.echo(f"{out}: files that policykg did not write appeared while it built; the folder was moved "
                       f"aside to {path} (nothing is deleted)", err=True)

        with atomic_folder(out_path, aside, moved) as tmp:
            build = Build(tmp, graph_nodes=graph_nodes, cache=cache)
            with click.progressbar(outcomes, length=len(paths), label=label, file=sys.stderr, show_pos=True,
                                   hidden=len(paths) < 2 or _quiet()) as bar:
                for path, oc in zip(paths, bar):
                    if oc.failure is not None:
                        failures.append(oc.failure)
                        continue
                    value = oc.result
                    if strict and value.issues:
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
                        if verbose:
                            for issue in value.issues:
                                click.echo(f"warning: {path}:{issue.line}:{issue.column}: {issue.message}", err=True)
                        else:
                            click.echo(f"warning: {warning_line(str(path), value.issues)}", err=True)
            if not build.kept:
                raise click.ClickException(_nothing_built(failures))
            duplicates = build.duplicates()
            for line in duplicates:
                click.echo(f"warning: {line}", err=True)
            step(f"{len(build.kept)} document(s) written")
            build.finish(with_store=not no_store, progress=step)
            totals = build.totals()
            write_report(tmp, totals, failures, skipped, warnings, duplicates)
            cache.save(tmp, paths, skipped, failures)
            step("done")
    except OSError as exc:
        raise click.ClickException(f"{out}: cannot write the build there ({exc.strerror or exc}); choose another --out")
    except (click.ClickException, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - a bug in a step that needs every document
        log = _crash_log(exc)
        raise click.ClickException(
            f"internal error while writing the build ({type(exc).__name__}: {exc}); {out} was left as it was; "
            f"the traceback is in {log}; please report it")
    finally:
        if client is not None:
            client.close()
    report = f"{out_path}/build-report.json"
    if failures:
        logs = f"; tracebacks in {out_path}/build.log" if any(f.detail for f in failures) else ""
        click.echo(f"{len(failures)} source(s) failed (also in {report}{logs}):", err=True)
        for line in failure_table(failures):
            click.echo(line, err=True)
    click.echo(f"built {totals['documents']} document(s): {totals['provisions']} provisions, "
               f"{totals['targets']} targets, {totals['actors']} actors → {out_path}/")
    if cache.summary(totals["documents"]):
        click.echo(cache.summary(totals["documents"]))
    if failures:
        click.echo(f"{len(failures)} source(s) failed: listed above and in {report}")
    if skipped:
        click.echo(f"{len(skipped)} file(s) skipped in the folders: listed above and in {report}")
    if warnings:
        click.echo(f"{len(warnings)} document(s) with warnings" + (f" (-v lists each; all are in {report})" if not verbose else ""))
    click.echo(f"next: open {out_path}/index.html in a browser, or serve it: policykg serve --graph {out_path}")
    if failures:
        sys.exit(1)


def _interrupt_on_sigterm():
    """SIGTERM stops a build as Ctrl-C does: the temporary folder is removed, the lock released,
    the previous build left as it was (by default SIGTERM ends the process with no cleanup)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, stop)


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
    import tempfile
    import traceback

    if text is None:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    fd, name = tempfile.mkstemp(prefix="policykg-build-", suffix=".log")
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return name


def _dask_client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise click.ClickException("--scheduler needs Dask distributed: pip install 'policykg[dask]'")
    try:
        return Client(address, timeout="15s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise click.ClickException(f"cannot reach the Dask scheduler at {address} ({exc}); is it running?")


def _quiet() -> bool:
    import os

    from kg.progress import QUIET_ENV

    return bool(os.environ.get(QUIET_ENV))


def _stepper(verbose: bool):
    """``step(text)``: with --verbose, print the step, the time since the build began and peak memory."""
    import time

    start = time.perf_counter()

    def step(text: str) -> None:
        if not verbose:
            return
        try:
            import resource

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 1024
            mem = f", peak memory {peak_mb:,.0f} MB"
        except ImportError:  # not on Windows
            mem = ""
        click.echo(f"[{time.perf_counter() - start:7.1f} s{mem}] {text}", err=True)

    return step


def _node_json(doc, node) -> dict:
    s, e = doc.source_span(node.start, node.end)
    out = {"kind": node.kind, "path": node.path}
    if node.number:
        out["number"] = node.number
        out["ordinal"] = node.ordinal
    if node.title is not None and node.kind != "sentence":
        out["title"] = node.title
    out.update({"start": node.start, "end": node.end, "source_start": s, "source_end": e})
    if node.kind == "sentence":
        out["text"] = doc.text[node.start:node.end]
    children = [_node_json(doc, c) for c in node.children]
    if children:
        out["children"] = children
    return out


def document_json(doc) -> dict:
    from kg.graph.rdf import document_iri

    meta = {k: v for k, v in doc.meta.items()}
    if "notice" in meta:
        ns, ne = meta["notice"]
        meta["notice"] = {"start": ns, "end": ne}
    return {
        "doc": str(document_iri(doc)),
        "source": {"name": doc.source.name, "sha256": doc.source.sha256, "encoding": doc.source.encoding,
                   "format": doc.source.format},
        "meta": meta,
        "issues": [i.__dict__ for i in doc.issues],
        "excluded": [e.__dict__ for e in doc.excluded],
        "front": [{"role": r, "start": s, "end": e} for r, s, e in doc.front],
        "structure": [_node_json(doc, c) for c in doc.root.children],
    }


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="json: the structure with offsets; text: the cleaned text.")
@click.option("--strict", is_flag=True, help="Exit non-zero when numbering has gaps, duplicates or disorder.")
def parse(file, fmt, strict):
    """Parse one FILE and print its structure with offsets (nothing is written)."""
    path = Path(file)
    if not path.exists():
        raise click.ClickException(f"{file}: no such file; check the path")
    try:
        doc = _process(path)
    except _user_errors() as exc:
        raise click.ClickException(f"{file}: {exc}")
    if fmt == "text":
        click.echo(doc.text)
    else:
        click.echo(json.dumps(document_json(doc), ensure_ascii=False, indent=1))
    for issue in doc.issues:
        click.echo(f"warning: {file}:{issue.line}:{issue.column}: {issue.message}", err=True)
    if strict and doc.issues:
        raise click.ClickException(f"{file}: {len(doc.issues)} numbering problem(s) (--strict)")


@main.command()
@click.argument("query_text", required=False)
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--name", "name", help="Run a named query (see 'policykg queries').")
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False), help="Read the query from a file.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (repeatable); the value is an RDF term, never pasted into the text.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format.")
def query(query_text, graph_dir, name, query_file, params, fmt):
    """Run SPARQL over a build: a named query, QUERY_TEXT, or a query file.

    --param NAME=VALUE binds the variable ?NAME: for a named query NAME is one of its parameters
    ('policykg queries' lists them, and which are required); for any other query, a variable it uses.
    """
    from kg.query.sparql import QueryError, check_params, format_rows, named_queries, open_store, run_query

    given = [x for x in (query_text, name, query_file) if x]
    if len(given) != 1:
        raise click.ClickException("give exactly one of --name NAME, a QUERY argument, or -f FILE")
    named = None
    if name:
        queries = named_queries()
        if name not in queries:
            import difflib

            close = difflib.get_close_matches(name, list(queries), n=1, cutoff=0.6)
            hint = f"did you mean {close[0]}? " if close else ""
            raise click.ClickException(f"no named query '{name}'; {hint}known: {', '.join(sorted(queries))}")
        named = queries[name]
        text = named.text
    elif query_file:
        try:
            text = Path(query_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"{query_file}: cannot read the query ({exc})")
    else:
        text = query_text
    bound: dict[str, str] = {}
    for p in params:
        key, sep, value = p.partition("=")
        key = key.strip()
        if not sep or not key:
            raise click.ClickException(f"--param {p!r}: write it as NAME=VALUE")
        bound[key[1:] if key[:1] in "?$" else key] = value
    try:
        terms = check_params(text, bound, named)  # before anything runs: names and values checked
        store = open_store(Path(graph_dir))
        columns, rows = run_query(store, text, terms)
        short = _shortener(store, text) if fmt == "table" else None
    except QueryError as exc:
        raise click.ClickException(str(exc))
    _echo_rows(format_rows(columns, rows, fmt, short=short), fmt)


def _echo_rows(text: str, fmt: str) -> None:
    """Print formatted rows; a table too wide for the terminal even with every column at its
    narrowest gets a hint on stderr, so a cut-off screen is never mistaken for the answer."""
    click.echo(text, nl=False)
    if fmt == "table":
        from kg.table import display_width, terminal_width

        width = terminal_width()
        if any(display_width(line) > width for line in text.splitlines()):
            click.echo(f"(the table is wider than the terminal's {width} columns: --format csv or json "
                       "gives every value whole)", err=True)


def _shortener(store, text: str = ""):
    """What a table shows for an IRI: the document's short title, or a prefix of the query's or ours."""
    from kg.query.sparql import document_titles
    from kg.table import iri_shortener, query_prefixes

    return iri_shortener(query_prefixes(text), document_titles(store))


@main.command()
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; loopback unless told otherwise.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0 picks a free one).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600), help="Seconds a query may run.")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(1), help="Rows returned at most; more is reported as truncated.")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 64), help="Query worker processes.")
@click.option("--on-disk", is_flag=True,
              help="Query the persistent store in place instead of loading the graph into each worker's memory "
                   "(slower queries, far less memory: for graphs larger than RAM allows per worker).")
@click.option("--query-memory", default=1024, show_default=True, type=click.IntRange(16),
              help="MB a query may add to a worker's memory; past it the query is stopped (503).")
@click.option("--fast-lane", default=1.0, show_default=True, type=click.FloatRange(0, 3600),
              help="CPU seconds a query may use on the worker kept for cheap queries when the others are busy (0: none).")
@click.option("--queue-timeout", type=click.FloatRange(0.1, 36000), default=None,
              help="Seconds a query may wait for a free worker before a 503 (busy)  [default: 3 x --timeout]")
def serve(graph_dir, host, port, timeout, max_rows, workers, on_disk, query_memory, fast_lane, queue_timeout):
    """Serve a build as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql."""
    import signal

    from kg.query.endpoint import make_server
    from kg.query.sparql import QueryError

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server = make_server(Path(graph_dir), host, port, timeout, max_rows, workers, in_memory=not on_disk,
                             query_memory_mb=query_memory, fast_lane=fast_lane, queue_timeout=queue_timeout)
    except QueryError as exc:
        raise click.ClickException(str(exc))
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port")
    except KeyboardInterrupt:
        click.echo("stopped before the endpoint was ready", err=True)
        return
    h, p = server.server_address[:2]
    click.echo(f"SPARQL endpoint: http://{h}:{p}/sparql  (query page: http://{h}:{p}/; Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not interrupt the shutdown
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        server.server_close()
        n = server.served.close()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        click.echo(f"stopped: the endpoint is closed and its {n} query worker(s) have exited", err=True)


@main.command()
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--all-formats", is_flag=True, help="Also check that graph.nt, .nq, .trig and .jsonld hold the same triples.")
def validate(graph_dir, all_formats):
    """Validate a build against the SHACL shapes in ontology/shapes.ttl (pyshacl)."""
    from kg.query.validate import ValidationFailed, validate_build

    try:
        summary = validate_build(Path(graph_dir), all_formats)
    except ValidationFailed as exc:
        raise click.ClickException(str(exc))
    click.echo(summary)


@main.command()
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
@click.option("--user", envvar="POLICYKG_USER", help="User name (or POLICYKG_USER).")
@click.option("--password", envvar="POLICYKG_PASSWORD", help="Password (or POLICYKG_PASSWORD, which keeps it out of the shell history).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds to wait for the server on each request.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0, 10),
              help="Tries again after connection errors, timeouts and HTTP 429/502/503/504 (waiting 1 s, 2 s, 4 s…).")
def push(graph_dir, endpoint, user, password, timeout, retries):
    """Load every named graph of a build into a SPARQL server (Graph Store Protocol PUT).

    Each graph replaces the server's graph of the same name, so running it again is safe;
    after a failure midway it says which graphs the server now has from this build.
    """
    from kg.query.push import PushError, push_build

    try:
        done = push_build(Path(graph_dir), endpoint, user, password, timeout=timeout, retries=retries,
                          progress=lambda g, n: click.echo(f"  {n:7d} triples → <{g}>", err=True),
                          note=lambda msg: click.echo(msg, err=True))
    except PushError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"pushed {len(done)} graph(s), {sum(n for _, n in done)} triples to {endpoint}: the server now holds "
               f"this build's version of each graph listed above (graphs it held that this build lacks are untouched)")


@main.command()
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]), required=True,
              help="GraphML or GEXF (Gephi opens both; GEXF keeps the browser's layout and colours).")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="File to write (default: DIR/graph.FORMAT).")
def export(graph_dir, fmt, out):
    """Export the networkx projection the browser shows, for Gephi and other network tools."""
    from kg.pages.projection import ExportError, export_bytes, load_projection

    target = Path(out) if out else Path(graph_dir) / f"graph.{fmt}"
    try:
        data = export_bytes(load_projection(Path(graph_dir)), fmt)
    except ExportError as exc:
        raise click.ClickException(str(exc))
    _write_atomically(target, data)
    click.echo(f"wrote {target} ({data.count(b'<node ')} nodes, {data.count(b'<edge ')} edges)")


def _write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside ``target``, then rename: a failure leaves no half file."""
    import os
    import tempfile

    if not target.parent.is_dir():
        raise click.ClickException(f"{target.parent}: no such folder; create it or choose another --out")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise click.ClickException(f"{target}: cannot write ({exc.strerror or exc}); choose another --out")


def _open(graph_dir):
    from kg.query.sparql import QueryError, open_store

    try:
        return open_store(Path(graph_dir))
    except QueryError as exc:
        raise click.ClickException(str(exc))


_TABLE_FORMATS = click.Choice(["table", "csv", "tsv", "json"])


@main.command()
@click.argument("measure")
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--doc", help="The document (IRI or part of its title) when the number alone is ambiguous.")
@click.option("--limit", default=8, show_default=True, type=click.IntRange(1),
              help="Candidates listed when MEASURE matches more than one measure.")
@click.option("--format", "fmt", type=_TABLE_FORMATS, default="table", show_default=True,
              help="table: fitted to the terminal, documents by short title; csv, tsv, json: every value whole.")
def related(measure, graph_dir, doc, limit, fmt):
    """Measures related to MEASURE, ranked, with the reason.

    MEASURE is a number (五, （五）, 5), part and number for documents numbered per part
    (三（一）), part of a title (蓝天保卫战), or an IRI.
    """
    from kg.crossref import CrossrefError, measure_rows, related_table, resolve_measure
    from kg.query.sparql import QueryError, format_rows

    store = _open(graph_dir)
    try:
        rows = measure_rows(store)
        m = resolve_measure(rows, measure, doc, limit=limit)
        columns, out = related_table(store, m, rows)
        short = _shortener(store) if fmt == "table" else None
    except (CrossrefError, QueryError) as exc:
        raise click.ClickException(str(exc))
    if fmt == "table":
        from kg.table import short_title

        click.echo(f"{m.doc_title} {m.label}")
        doc_col = columns.index("document")
        out = [[short_title(v) if i == doc_col else v for i, v in enumerate(r)] for r in out]
    _echo_rows(format_rows(columns, out, fmt, short=short), fmt)


@main.command()
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--doc", help="Only this document (IRI or part of its title).")
@click.option("--format", "fmt", type=_TABLE_FORMATS, default="csv", show_default=True)
def matrix(graph_dir, doc, fmt):
    """The responsibility matrix: a row per measure, a column per actor, roles in the cells.

    Roles read from the text appear as lead, co-lead, participant, mentioned; roles inherited
    from the document's general responsibility clause appear in brackets, (lead). The build's
    responsibility.html shows the same matrix as a page.
    """
    from kg.crossref import CrossrefError, matrix as build_matrix
    from kg.query.sparql import QueryError, format_rows

    store = _open(graph_dir)
    try:
        columns, rows = build_matrix(store, doc)
    except (CrossrefError, QueryError) as exc:
        raise click.ClickException(str(exc))
    if fmt == "table":
        from kg.table import short_title

        rows = [[short_title(r[0])] + r[1:] for r in rows]
    _echo_rows(format_rows(columns, rows, fmt), fmt)


@main.command()
@click.argument("term")
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--width", default=15, show_default=True, type=click.IntRange(1, 200), help="Characters of context each side.")
@click.option("--doc", help="Only this document (IRI or part of its title).")
@click.option("--format", "fmt", type=_TABLE_FORMATS, default="table", show_default=True)
def concordance(term, graph_dir, width, doc, fmt):
    """Where TERM appears across the corpus, with its context on both sides (KWIC), by measure."""
    from kg.crossref import CrossrefError, concordance as kwic
    from kg.query.sparql import QueryError, format_rows

    store = _open(graph_dir)
    try:
        columns, rows = kwic(store, term, width, doc)
        short = _shortener(store) if fmt == "table" else None
    except (CrossrefError, QueryError) as exc:
        raise click.ClickException(str(exc))
    _echo_rows(format_rows(columns, rows, fmt, short=short), fmt)
    if fmt == "table":
        click.echo(f"{len(rows)} occurrence(s) of {term}", err=True)


class _DiffError(click.ClickException):
    exit_code = 2  # 0: same, 1: different, 2: trouble, as diff(1)


@main.command()
@click.argument("a", type=click.Path(dir_okay=False))
@click.argument("b", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def diff(a, b, fmt):
    """What changed from document A to document B: measures, targets, actors and goals.

    Exit status 0 when nothing of substance differs, 1 when something does, 2 on an error.
    Text is compared without whitespace and punctuation, so two renderings of one text agree.
    """
    from kg.crossref import diff as compare, diff_text, has_differences

    docs = []
    for path in (a, b):
        p = Path(path)
        if not p.exists():
            raise _DiffError(f"{path}: no such file; check the path")
        try:
            docs.append(_process(p))
        except click.ClickException as exc:
            raise _DiffError(exc.message)
        except _user_errors() as exc:
            raise _DiffError(f"{path}: {exc}")
    result = compare(*docs)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        click.echo(diff_text(result), nl=False)
    sys.exit(1 if has_differences(result) else 0)


@main.command()
@click.argument("local")
@click.argument("central", required=False)
@click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder written by 'policykg build'.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table: the pairs and the coverage; csv: the pairs; json: pairs and coverage whole.")
def align(local, central, graph_dir, fmt):
    """Which central measure each measure of LOCAL implements, and what it leaves out.

    LOCAL (and CENTRAL, its parent, found by the build when left out) is a document's IRI, its
    key (the last part of the IRI) or part of its title. Read from the build: build the local
    document together with its central parent.
    """
    from kg.analysis.report import AlignError, label, measure_labels, stored_alignment
    from kg.query.sparql import QueryError, format_rows

    store = _open(graph_dir)
    try:
        al = stored_alignment(store, local, central)
        labels = measure_labels(store, al.local) if al.relation == "implements" else {}
    except (AlignError, QueryError) as exc:
        raise click.ClickException(str(exc))
    if al.relation != "implements":
        what = {"copy": "is a copy of", "same-level": "is at the same level as"}.get(al.relation, "implements no document of the build")
        other = f" {al.central_title}" if al.central and al.relation in ("copy", "same-level") else ""
        if fmt == "json":
            click.echo(json.dumps({"local": al.local, "central": al.central, "relation": al.relation or "none",
                                   "message": al.message, "pairs": []}, ensure_ascii=False, indent=2))
        else:
            click.echo(f"{al.local_title} {what}{other}: {al.message}", err=fmt != "table")
        return
    taken = sorted({p["central"] for p in al.pairs})
    if fmt == "json":
        click.echo(json.dumps({"local": al.local, "central": al.central, "relation": al.relation, "parent_found_by": al.how,
                               "message": al.message, "pairs": al.pairs,
                               "coverage": {"taken_up": taken, "left_out": al.left_out, "local_new": al.local_new}},
                              ensure_ascii=False, indent=2))
        return
    columns = ["local measure", "central measure", "score", "reason"]
    rows = [[label(labels, p["local"]), label(labels, p["central"]), p["score"], p["reason"]] for p in al.pairs]
    if fmt == "csv":
        columns, rows = columns + ["local_iri", "central_iri"], [r + [p["local"], p["central"]] for r, p in zip(rows, al.pairs)]
        _echo_rows(format_rows(columns, rows, "csv"), "csv")
        return
    click.echo(f"{al.local_title} → {al.central_title} (parent found: {al.how}; {al.message})")
    _echo_rows(format_rows(columns, rows, "table"), "table")
    n = len(taken) + len(al.left_out)
    click.echo(f"taken up: {len(taken)} of {n} central provisions")
    click.echo(f"left out ({len(al.left_out)}): " + ("; ".join(label(labels, m) for m in al.left_out) or "none"))
    click.echo(f"local provisions with no central counterpart ({len(al.local_new)}): "
               + ("; ".join(label(labels, m) for m in al.local_new) or "none"))


@main.command()
def queries():
    """List the named queries with their columns and parameters."""
    from kg.query.sparql import named_queries

    for q in named_queries().values():
        click.echo(f"{q.name}: {q.title}")
        click.echo(f"    {q.description}")
        click.echo(f"    columns: {', '.join(q.columns)}")
        for p, d in q.params.items():
            click.echo(f"    --param {p}=…  {d}")


if __name__ == "__main__":
    main()

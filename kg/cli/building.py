"""``policykg build``: options in, ``kg.schedule.build`` does the work, the summary out."""
from __future__ import annotations

import atexit
import gc
import sys
from pathlib import Path

import click

from kg import regex_cache
from kg.cli.common import expand_sources, seed_dir


@click.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--out", "out", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write graph.nq.gz, store/, index.html into. Replaced whole, so only a "
                   "new or empty folder, or one written by policykg, is accepted.")
@click.option("--force", is_flag=True,
              help="Build into --out even though it holds other files: the folder is first renamed to "
                   "OUT.before-policykg-N beside it (nothing is deleted). Never allowed over a source.")
@click.option("--wait", is_flag=True, help="If another build is writing --out, wait for it instead of refusing.")
@click.option("--strict", is_flag=True, help="Treat numbering gaps, duplicates and disorder, and numbers read from a dash （-）, as errors.")
@click.option("--no-store", is_flag=True, help="Skip the embedded Oxigraph store (queries then load graph.nq.gz).")
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
@click.option("--formats", default="", metavar="nq,nt,ttl,trig,jsonld", callback=lambda ctx, param, value: _formats(value),
              help="Also write these serialisations beside graph.nq.gz (comma-separated; also later: policykg export); "
                   "nq: the N-Quads as a plain graph.nq instead of graph.nq.gz.")
@click.option("--keep-copies", is_flag=True,
              help="Build a source whose text is another source's (a PDF and the page that republished it) as a "
                   "document of its own, instead of once.")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress (for scripts): no bars, no stage lines of a long document; warnings and errors "
                   "still print.")
def build(**options):
    """Build the graph of SOURCES (files or folders; default: the seeds/ folder).

    A document that fails (unreadable, no structure, or a bug) never stops the build: the others
    are written, the failures are listed at the end and in OUT/build-report.json, and the exit
    status is 1.

    On a terminal, a bar per stage shows the documents per second and what the build waits on.
    """
    _no_collection_at_exit()
    with _few_collections(), regex_cache.installed():  # the taggers' patterns compiled once per machine (issue 17)
        _build(**options)


def _no_collection_at_exit() -> None:
    """Python's finalization collects every generation of the cyclic garbage collector: after a build, a traversal of
    every object its process still holds (the dictionary's parts, the lexicons, the compiled patterns, the last
    document's results: 0.05-0.08 s of CPU on corpus + seeds) only to free memory the system takes back at once.
    ``gc.freeze()`` as an exit hook moves them to the permanent generation, which no collection reads. Hooks run last
    registered first: the ones registered earlier (``weakref.finalize``'s, logging's, multiprocessing's: temporary
    folders removed, handlers flushed, children joined) still run after it, as before; what is left is the collection
    itself, whose only effect at exit is on objects in reference cycles with a finalizer of their own, and a build
    leaves none that matter (the one ``__del__`` of kg, ``ntriples.SortedLines``, removes a temporary file its owner
    moved or discarded already). Registered once per process."""
    if not _EXIT_HOOK:
        atexit.register(gc.freeze)
        _EXIT_HOOK.append(gc.freeze)


_EXIT_HOOK: list = []


# The cyclic garbage collector's first threshold during a build (Python's default: 700). A build allocates millions of
# objects that live until its end, or are freed by reference counting (a document's tree, its spans and lines), so the
# default collects about 1,200 times for nothing: 0.6-0.7 s of CPU on corpus + seeds, 0.2-0.3 s at this threshold,
# with the same peak memory there (585-591 MB; +3% on 60 pool texts). Cycles are still collected, only less often; the
# workers a build forks inherit it (the spawned serialisation process does not). 200,000 since 2026-12-02 (CPU12): what
# a collection costs is the surviving objects it traverses (about 0.4 µs each, 18-20 ms a collection at 50,000), and at
# 50,000 the build's survivors were traversed twice, by four young collections and again by a middle one (88 ms); at
# 200,000 the corpus + seeds build collects once (gc.callbacks, thread CPU, 5 interleaved rounds: 0.15-0.27 s, median
# 0.16 → 0.09-0.11 s, median 0.10), 100 pool texts 1.34 → 0.99 s with a peak of 625 → 634 MB (+1.4%).
GC_THRESHOLD = 200_000


class _few_collections:
    """The garbage collector's thresholds raised for the block, then restored (a build run in-process, by a test,
    leaves the process as it found it)."""

    def __enter__(self):
        self.before = gc.get_threshold()
        if self.before[0]:  # a first threshold of 0 turns collection off (a caller's choice): left off
            gc.set_threshold(max(GC_THRESHOLD, self.before[0]), *self.before[1:])

    def __exit__(self, *exc):
        gc.set_threshold(*self.before)
        return False


def _build(sources, out, force, wait, strict, no_store, jobs, scheduler, max_chars, graph_nodes, verbose, quiet,
           formats, keep_copies):
    from kg.machine_cache_sweep import sweep_if_due
    from kg.mapping import failure_table
    from kg.progress import Reporter
    from kg.schedule import BuildError, Options, build as run

    paths, skipped = expand_sources(sources)
    roots = [Path(s) for s in sources] if sources else [seed_dir()]
    options = Options(force=force, wait=wait, strict=strict, store=not no_store, jobs=jobs, scheduler=scheduler,
                      max_chars=max_chars, graph_nodes=graph_nodes, verbose=verbose, formats=formats,
                      keep_copies=keep_copies)
    before = _identity(Path(out))
    try:
        summary = run(paths, out, options, Reporter(quiet=quiet), roots=roots, skipped=skipped)
        sweep_if_due()  # the machine cache's entries of deleted checkouts, once a day (kg/machine_cache_sweep.py)
    except BuildError as exc:
        raise click.ClickException(str(exc))
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the build removed its temporary folder and let go of the lock
        click.echo(_interrupted(Path(out), before), err=True)
        sys.exit(130)
    out_path, totals, failures = summary.out, summary.totals, summary.failures
    report = summary.report
    if summary.unchanged:
        if failures:
            click.echo(f"{len(failures)} source(s) failed, as in the last build (also in {report}):", err=True)
            for line in failure_table(failures):
                click.echo(line, err=True)
        click.echo(summary.reused)
        if failures:
            sys.exit(1)
        return
    if failures:
        logs = f"; tracebacks in {out_path}/build.log" if any(f.detail for f in failures) else ""
        click.echo(f"{len(failures)} source(s) failed (also in {report}{logs}):", err=True)
        for line in failure_table(failures):
            click.echo(line, err=True)
    click.echo(f"built {totals['documents']} document(s): {totals['provisions']} provisions, "
               f"{totals['targets']} targets, {totals['actors']} actors → {out_path}/")
    if summary.reused:
        click.echo(summary.reused)
    if failures:
        click.echo(f"{len(failures)} source(s) failed: listed above and in {report}")
    if summary.skipped:
        click.echo(f"{len(summary.skipped)} file(s) skipped in the folders: listed above and in {report}")
    if summary.warnings:
        click.echo(f"{len(summary.warnings)} document(s) with warnings"
                   + (f" (-v lists each; all are in {report})" if not verbose else ""))
    click.echo(f"next: open {out_path}/index.html in a browser, or serve it: policykg serve --graph {out_path}")
    if failures:
        sys.exit(1)


def _identity(out: Path):
    """What tells the output folder apart from another put in its place (the build swaps a new one in)."""
    try:
        st = out.stat()
        return st.st_dev, st.st_ino
    except OSError:
        return None


def _interrupted(out: Path, before) -> str:
    after = _identity(out)
    if after == before:
        state = (f"{out} was left as it was (the previous build)" if before else f"nothing was written to {out}")
        return f"interrupted: the build was stopped; {state}; run the same command again to build"
    return f"interrupted after the new build was put in place: {out} holds the new build"


def _formats(value: str) -> tuple[str, ...]:
    from kg.graph.serialize import parse_formats

    try:
        return parse_formats(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--formats")

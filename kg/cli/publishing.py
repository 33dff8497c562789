"""Commands that take a build elsewhere: serve (a SPARQL endpoint), push, export, validate."""
from __future__ import annotations

from pathlib import Path

import click

from kg import nqfile
from kg.cli.common import write_atomically, graph_option


@click.command()
@graph_option
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
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let the web pages of ORIGIN (https://example.org; repeatable; '*' for any site) read the "
                   "endpoint's answers. Default: none, so a page you visit cannot read your local endpoint.")
def serve(graph_dir, host, port, timeout, max_rows, workers, on_disk, query_memory, fast_lane, queue_timeout, cors):
    """Serve a build as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql."""
    import signal

    from kg.query.endpoint import make_server
    from kg.query.sparql import QueryError

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server = make_server(Path(graph_dir), host, port, timeout, max_rows, workers, in_memory=not on_disk,
                             query_memory_mb=query_memory, fast_lane=fast_lane, queue_timeout=queue_timeout,
                             cors=_origins(cors))
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


def _origins(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--cors`` values checked: '*' or a web origin (scheme://host[:port], no path)."""
    import re

    for v in values:
        if v != "*" and not re.fullmatch(r"https?://[^/\s?#]+", v):
            raise click.BadParameter(f"{v!r} is not a web origin; give scheme://host[:port] "
                                     "(e.g. https://example.org, no path) or '*' for any site", param_hint="--cors")
    return tuple(values)


@click.command()
@graph_option
@click.option("--all-formats", is_flag=True, help="Also check that the serialisations present (graph.nt, .ttl, .trig, .jsonld) hold the triples of graph.nq.")
def validate(graph_dir, all_formats):
    """Validate a build against the SHACL shapes in ontology/shapes.ttl (pyshacl)."""
    from kg.cli.overwrite import damaged_nquads
    from kg.query.validate import ValidationFailed, validate_build

    nq = nqfile.path_in(Path(graph_dir))
    if nq.is_file():  # pyshacl runs silent for minutes on a large build: say what it is doing
        click.echo(f"validating {nq} ({nq.stat().st_size / 1e6:.1f} MB) against ontology/shapes.ttl with pyshacl "
                   f"(about {80 if nq.name.endswith('.gz') else 4} s per MB)…", err=True)
    try:
        summary = validate_build(Path(graph_dir), all_formats)
    except ValidationFailed as exc:
        raise click.ClickException(str(exc))
    except Exception:
        damaged_nquads(Path(graph_dir))  # a one-line error if graph.nq(.gz) is damaged
        raise
    click.echo(summary)


@click.command()
@graph_option
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


@click.command()
@graph_option
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "nq", "nt", "ttl", "trig", "jsonld"]), required=True,
              help="GraphML or GEXF (Gephi opens both; GEXF keeps the browser's layout and colours), or the graph "
                   "as plain N-Quads, N-Triples, Turtle, TriG or JSON-LD (from graph.nq.gz).")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="File to write (default: DIR/graph.FORMAT).")
@click.option("--force", is_flag=True,
              help="Replace an existing --out file that policykg did not export (never a file of a build, nor a source).")
def export(graph_dir, fmt, out, force):
    """Export the networkx projection the browser shows (GraphML, GEXF for Gephi), or the RDF graph as
    plain N-Quads, N-Triples, Turtle, TriG or JSON-LD, written from graph.nq.gz (what a default build leaves out).

    An existing --out is replaced only when policykg exported it (or with --force); a build's own
    files (graph.nq, documents.json, …) and the build's sources never are."""
    from kg.cli.overwrite import check_export_target, damaged_nquads
    from kg.pages.export import ExportError, export_bytes, load_projection

    target = Path(out) if out else Path(graph_dir) / f"graph.{fmt}"
    check_export_target(Path(graph_dir), target, force)
    if fmt in ("nq", "nt", "ttl", "trig", "jsonld"):
        from kg.graph.serialize import ExportError as RdfExportError, export_format

        try:
            export_format(Path(graph_dir), fmt, target)
        except RdfExportError as exc:
            raise click.ClickException(str(exc))
        except OSError as exc:
            raise click.ClickException(f"{target}: cannot write ({exc.strerror or exc}); choose another --out")
        except Exception:
            damaged_nquads(Path(graph_dir))  # a one-line error if graph.nq(.gz) is damaged
            raise
        _claimed(Path(graph_dir), target)
        click.echo(f"wrote {target}")
        return
    try:
        data = export_bytes(load_projection(Path(graph_dir)), fmt)
    except ExportError as exc:
        raise click.ClickException(str(exc))
    write_atomically(target, data)
    _claimed(Path(graph_dir), target)
    click.echo(f"wrote {target} ({data.count(b'<node ')} nodes, {data.count(b'<edge ')} edges)")


def _claimed(folder: Path, target: Path) -> None:
    """An export written inside the build folder belongs to the build: the marker lists it, so the
    next build into that folder replaces it (write it with --formats to have it in every build)."""
    from kg.outfolder import claim

    if target.resolve().parent == folder.resolve():
        claim(folder, target)

"""Commands that read a build's store: query, queries, related, matrix, concordance, align."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.common import TABLE_FORMATS, echo_rows, open_graph, shortener, graph_option


@click.command()
@click.argument("query_text", required=False)
@graph_option
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
    from kg.query.retired import retired_notes
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
        # a query naming graphs (GRAPH, FROM) is answered from graph.nq.gz, slower: said why (kg/query/named.py)
        store = open_store(Path(graph_dir), note=lambda line: click.echo(line, err=True))
        columns, rows = run_query(store, text, terms)
        short = shortener(store, text) if fmt == "table" else None
        notes = retired_notes(store, text) if not rows else []  # a term no longer written (kg/query/retired.py)
    except QueryError as exc:
        raise click.ClickException(str(exc))
    echo_rows(format_rows(columns, rows, fmt, short=short), fmt)
    for note in notes:
        click.echo(note, err=True)


@click.command()
def queries():
    """List the named queries with their columns and parameters."""
    from kg.query.sparql import named_queries

    for q in named_queries().values():
        click.echo(f"{q.name}: {q.title}")
        click.echo(f"    {q.description}")
        click.echo(f"    columns: {', '.join(q.columns)}")
        for p, d in q.params.items():
            click.echo(f"    --param {p}=…  {d}")


@click.command()
@click.argument("measure")
@graph_option
@click.option("--doc", help="The document (IRI or part of its title) when the number alone is ambiguous.")
@click.option("--limit", default=8, show_default=True, type=click.IntRange(1),
              help="Candidates listed when MEASURE matches more than one measure.")
@click.option("--format", "fmt", type=TABLE_FORMATS, default="table", show_default=True,
              help="table: fitted to the terminal, documents by short title; csv, tsv, json: every value whole.")
def related(measure, graph_dir, doc, limit, fmt):
    """Measures (articles, tasks) related to MEASURE, ranked, with the reason.

    MEASURE is a number (五, （五）, 5), part and number for documents numbered per part
    (三（一）), an article or task (第三条, 任务5), part of a title (蓝天保卫战), or an IRI.
    """
    from kg.query.lookup import CrossrefError, measure_rows, related_table, resolve_measure
    from kg.query.sparql import QueryError, format_rows

    store = open_graph(graph_dir)
    try:
        rows = measure_rows(store)
        m = resolve_measure(rows, measure, doc, limit=limit)
        columns, out = related_table(store, m, rows)
        short = shortener(store) if fmt == "table" else None
    except (CrossrefError, QueryError) as exc:
        raise click.ClickException(_no_measures(store, graph_dir, doc, "related") or str(exc))
    if fmt == "table":
        from kg.table import short_title

        click.echo(f"{m.doc_title} {m.label}")
        doc_col = columns.index("document")
        out = [[short_title(v) if i == doc_col else v for i, v in enumerate(r)] for r in out]
    echo_rows(format_rows(columns, out, fmt, short=short), fmt)


@click.command()
@graph_option
@click.option("--doc", help="Only this document (IRI or part of its title).")
@click.option("--format", "fmt", type=TABLE_FORMATS, default="csv", show_default=True)
def matrix(graph_dir, doc, fmt):
    """The responsibility matrix: a row per measure, a column per actor, roles in the cells.

    A regulation's rows are its articles (第三条), a work plan's its tasks, a document of parts only
    its parts: the rows of the build's responsibility.html.

    Roles read from the text appear as lead, co-lead, participant, mentioned; roles inherited
    from the document's general responsibility clause appear in brackets, (lead). The build's
    responsibility.html shows the same matrix as a page.
    """
    from kg.query.lookup import CrossrefError, matrix as build_matrix
    from kg.query.sparql import QueryError, format_rows

    store = open_graph(graph_dir)
    try:
        columns, rows = build_matrix(store, doc)
    except (CrossrefError, QueryError) as exc:
        raise click.ClickException(_no_measures(store, graph_dir, doc, "matrix") or str(exc))
    if fmt == "table":
        from kg.table import short_title

        rows = [[short_title(r[0])] + r[1:] for r in rows]
    echo_rows(format_rows(columns, rows, fmt), fmt)


def _no_measures(store, graph_dir, doc: str | None, command: str) -> str | None:
    """Where --doc names a document of the build that has no unit these commands read (no measure,
    article, task or part read as a provision: a notice that only forwards another), say so and where
    what it holds is listed, rather than "matches no document"."""
    from kg.query.lookup import measure_rows
    from kg.query.sparql import document_titles

    if not doc:
        return None
    with_units = {m.doc for m in measure_rows(store)}
    hits = sorted((t, d) for d, t in document_titles(store).items() if d == doc or doc in t)
    if not hits or any(d in with_units for _, d in hits):
        return None
    title, iri = hits[0]
    return (f"--doc {doc!r}: {title} has no measures, articles, tasks or parts read as provisions, which "
            f"'policykg {command}' reads; its sentences are listed by: policykg query --graph "
            f"{graph_dir} --name sentences --param doc={iri}")


@click.command()
@click.argument("term")
@graph_option
@click.option("--width", default=15, show_default=True, type=click.IntRange(1, 200), help="Characters of context each side.")
@click.option("--doc", help="Only this document (IRI or part of its title).")
@click.option("--format", "fmt", type=TABLE_FORMATS, default="table", show_default=True)
def concordance(term, graph_dir, width, doc, fmt):
    """Where TERM appears across the corpus, with its context on both sides (KWIC), by measure."""
    from kg.query.lookup import CrossrefError, concordance as kwic
    from kg.query.sparql import QueryError, format_rows

    store = open_graph(graph_dir)
    try:
        columns, rows = kwic(store, term, width, doc)
        short = shortener(store) if fmt == "table" else None
    except (CrossrefError, QueryError) as exc:
        raise click.ClickException(str(exc))
    echo_rows(format_rows(columns, rows, fmt, short=short), fmt)
    if fmt == "table":
        click.echo(f"{len(rows)} occurrence(s) of {term}", err=True)


@click.command()
@click.argument("local")
@click.argument("central", required=False)
@graph_option
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

    store = open_graph(graph_dir)
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
        echo_rows(format_rows(columns, rows, "csv"), "csv")
        return
    click.echo(f"{al.local_title} → {al.central_title} (parent found: {al.how}; {al.message})")
    echo_rows(format_rows(columns, rows, "table"), "table")
    n = len(taken) + len(al.left_out)
    click.echo(f"taken up: {len(taken)} of {n} central provisions")
    click.echo(f"left out ({len(al.left_out)}): " + ("; ".join(label(labels, m) for m in al.left_out) or "none"))
    click.echo(f"local provisions with no central counterpart ({len(al.local_new)}): "
               + ("; ".join(label(labels, m) for m in al.local_new) or "none"))

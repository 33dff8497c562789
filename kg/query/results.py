"""Result formats: the one place a query's answer becomes bytes, for the CLI and the endpoint.

- ``format_rows``: what ``policykg query`` prints (rows of plain values): json, csv, tsv (every
  value whole), or a table for the terminal (``kg.table``).
- ``serialise``: what the endpoint answers (RDF terms, SPARQL 1.1 result formats): SPARQL
  JSON, XML (``templates/sparql-results.xml``), CSV and TSV, and Turtle, N-Triples or JSON-LD
  for CONSTRUCT/DESCRIBE; ``negotiate`` picks one from ``Accept`` or a ``format`` parameter.

Both write CSV through ``csv_text``. Imports only pyoxigraph (Jinja2 when XML is asked), so
that ``policykg query`` starts fast.
"""
from __future__ import annotations

import csv
import functools
import html
import io
import json

import pyoxigraph as ox

from kg.table import render

RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {"turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json"}
_ACCEPT_ALIASES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/n-triples": "ntriples", "application/ld+json": "jsonld",
}
ACCEPTED_MEDIA = frozenset(_ACCEPT_ALIASES)  # what an Accept header may name (the endpoint answers 406 otherwise)
FORMAT_NAMES = ("json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld")  # what ``negotiate`` may return
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def csv_text(columns: list[str], rows, newline: str = "\n") -> str:
    """A header and rows of plain values (``None`` as an empty cell) as CSV; the SPARQL 1.1 CSV
    results format asks for ``newline="\\r\\n"``."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline)
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


# What ``policykg query`` prints ----------------------------------------------------------------

def format_rows(columns: list[str], rows: list[list[str | None]], fmt: str, short=None, width: int | None = None) -> str:
    """Rows as json, csv, tsv (every value whole) or a table for the terminal (see ``kg.table``:
    fitted to ``width``, long cells wrapped, values passed through ``short`` such as an IRI shortener)."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return csv_text(columns, rows)
    if fmt == "tsv":
        def esc(v):
            return "" if v is None else v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

        return "".join("\t".join(esc(v) for v in r) + "\n" for r in [columns] + rows)
    return render(columns, rows, width=width, short=short)


# What the endpoint answers ---------------------------------------------------------------------

def negotiate(accept: str, fmt_param: str | None) -> str:
    """The result format a client asked for: its ``format`` parameter, else the best of ``Accept``."""
    if fmt_param:
        f = fmt_param.lower().replace("-", "")
        return {"nt": "ntriples", "ttl": "turtle", "jsonld": "jsonld"}.get(f, f)
    best, best_q = "json", -1.0
    for part in (accept or "").split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media in _ACCEPT_ALIASES and q > best_q:
            best, best_q = _ACCEPT_ALIASES[media], q
    return best


def term_json(t) -> dict:
    """An RDF term in the SPARQL 1.1 JSON results format."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != _XSD_STRING:
        out["datatype"] = t.datatype.value
    return out


def serialise(result, fmt: str, max_rows: int):
    """(content type, body bytes, truncated, rows) for any query result, at most ``max_rows`` rows."""
    if isinstance(result, ox.QueryBoolean):
        value = bool(result)
        fmt = fmt if fmt in RESULT_TYPES else "json"
        if fmt == "xml":
            body = _xml(boolean="true" if value else "false")
        elif fmt in ("csv", "tsv"):
            body = ("_askResult\n" if fmt == "csv" else "?_askResult\n") + ("true\n" if value else "false\n")
        else:
            body = json.dumps({"head": {}, "boolean": value})
        return RESULT_TYPES[fmt], body.encode("utf-8"), False, 1
    if isinstance(result, ox.QuerySolutions):
        fmt = fmt if fmt in RESULT_TYPES else "json"
        variables = [v.value for v in result.variables]
        rows, truncated = [], False
        for sol in result:
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append([sol[v] for v in variables])
        return RESULT_TYPES[fmt], _solutions(variables, rows, fmt, truncated, max_rows), truncated, len(rows)
    fmt = fmt if fmt in GRAPH_TYPES else "turtle"
    triples, truncated = [], False
    for t in result:
        if len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    if fmt == "jsonld":
        body = ox.serialize(triples, format=ox.RdfFormat.JSON_LD)
    else:
        body = ox.serialize(triples, format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES)
    return GRAPH_TYPES[fmt], body, truncated, len(triples)


def _solutions(variables, rows, fmt, truncated, max_rows) -> bytes:
    if fmt == "json":
        bindings = [{v: term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        results = {"bindings": bindings}
        if truncated:
            results["truncated"] = True
            results["max_rows"] = max_rows
        return json.dumps({"head": {"vars": variables}, "results": results}, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        bound = [[(v, term_json(t)) for v, t in zip(variables, row) if t is not None] for row in rows]
        return _xml(variables=variables, rows=bound).encode("utf-8")
    if fmt == "csv":
        return csv_text(variables, ([None if t is None else t.value for t in row] for row in rows), "\r\n").encode("utf-8")
    lines = ["\t".join("?" + v for v in variables)]
    for row in rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _xml(**context) -> str:
    """The SPARQL Query Results XML Format, from its template."""
    return templates().get_template("sparql-results.xml").render(**context)


@functools.lru_cache(maxsize=1)
def templates():
    """The query package's Jinja2 templates (results XML, the endpoint's page). Values are escaped
    by ``|x`` as ``html.escape`` does, the escaping these formats have always had; the page is
    autoescaped besides, the XML is not (twice as fast on large answers, and every value in it
    goes through ``|x``)."""
    from jinja2 import Environment, PackageLoader, pass_eval_context, select_autoescape
    from markupsafe import Markup

    @pass_eval_context
    def escape(context, value: str):
        return Markup(html.escape(value)) if context.autoescape else html.escape(value)

    env = Environment(loader=PackageLoader("kg.query", "templates"), autoescape=select_autoescape(["html"]),
                      keep_trailing_newline=True)
    env.filters["x"] = escape
    return env

"""Named queries, query execution over the embedded store, and result formatting.

Imports only pyoxigraph (no rdflib, jieba or pyvis) so that ``policykg query`` starts fast.
Parameters are bound as RDF terms through SPARQL substitutions, never pasted into the text.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

STORE_DIR = "store"
NQUADS = "graph.nq"


class QueryError(ValueError):
    """A query could not be prepared or run; the message says what to fix."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    columns: tuple[str, ...]
    params: dict[str, str] = field(default_factory=dict)  # name → description
    text: str = ""


def _parse_header(name: str, text: str) -> NamedQuery:
    meta: dict[str, str] = {}
    params: dict[str, str] = {}
    for line in text.splitlines():
        m = re.match(r"#\s*(title|description|columns|param):\s*(.*)", line)
        if not m:
            if line.strip() and not line.startswith("#"):
                break
            continue
        key, value = m.groups()
        if key == "param":
            pname, _, pdesc = value.partition("=")
            params[pname.strip()] = pdesc.strip()
        else:
            meta[key] = value.strip()
    columns = tuple(c.strip() for c in meta.get("columns", "").split(",") if c.strip())
    return NamedQuery(name, meta.get("title", name), meta.get("description", ""), columns, params, text)


def named_queries() -> dict[str, NamedQuery]:
    folder = files("kg") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse_header(name, entry.read_text(encoding="utf-8"))
    return out


def open_store(graph_dir: Path, in_memory: bool = False):
    """The embedded store that ``build`` wrote.

    By default the persistent store is opened read-only: nothing is parsed, so a one-shot
    ``policykg query`` starts fast. ``in_memory=True`` loads the build's N-Quads into an
    in-memory Oxigraph store instead (about 1.5 s for the seed plus corpus), where queries
    run about four times faster: what a long-running ``serve`` worker wants. Without a
    persistent store (``build --no-store``) the N-Quads are always loaded into memory.
    """
    import pyoxigraph as ox

    store_path = graph_dir / STORE_DIR
    nq = graph_dir / NQUADS
    if store_path.is_dir() and not (in_memory and nq.exists()):
        try:
            return ox.Store.read_only(str(store_path))
        except OSError as exc:
            raise QueryError(f"the store in {store_path} could not be opened ({exc}); run 'policykg build' again") from exc
    if nq.exists():
        store = ox.Store()
        store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        load_union(store, graph_dir)
        return store
    raise QueryError(
        f"{graph_dir} holds no policykg graph (no {STORE_DIR}/ and no {NQUADS}); "
        f"run 'policykg build --out {graph_dir}' first"
    )


def load_union(store, build_dir: Path) -> None:
    """Put the union of the documents (graph.nt) and the ontology into the default graph."""
    import pyoxigraph as ox

    store.bulk_load(path=str(build_dir / "graph.nt"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    store.bulk_load(path=str(build_dir / "ontology.ttl"), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())


def _term(value: str):
    import pyoxigraph as ox

    if re.match(r"^<[^<>\s]*>$", value):
        return ox.NamedNode(value[1:-1])
    if re.match(r"^(https?|urn):[^\s<>\"]+$", value):
        return ox.NamedNode(value)
    if re.fullmatch(r"-?\d+", value):
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if re.fullmatch(r"-?\d+\.\d+", value):
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))
    return ox.Literal(value)


def run_query(store, text: str, params: dict[str, str] | None = None):
    """Run a SELECT/ASK/CONSTRUCT query; return (columns, rows of python strings or None)."""
    import pyoxigraph as ox

    if params:
        text = bind_values(text, {k: _term(v) for k, v in params.items()})
    from .guard import check_query

    # the text that runs is the text checked (kg/guard.py: parsed, not pattern-matched)
    check_query(text, lambda: {g.value for g in store.named_graphs()})
    try:
        result = store.query(text)  # the default graph holds the union (see outputs.write_store)
    except SyntaxError as exc:
        raise QueryError(f"the query is not valid SPARQL: {exc}") from exc
    if isinstance(result, ox.QueryBoolean):
        return ["result"], [["true" if bool(result) else "false"]]
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        width = range(len(columns))  # positional access: a third faster than by name on large answers
        rows = [[None if (t := sol[i]) is None else t.value for i in width] for sol in result]
        return columns, rows
    rows = [[_value(t.subject), _value(t.predicate), _value(t.object)] for t in result]
    return ["subject", "predicate", "object"], rows


_TOKENS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*|(?i:\bWHERE\b)|\{')


def bind_values(text: str, terms: dict) -> str:
    """Bind variables by a VALUES block at the start of the WHERE group.

    Each value is an RDF term serialised by pyoxigraph (escaped N-Triples syntax), so a
    parameter can never change the shape of the query. (Oxigraph's own substitutions only
    accept projected variables, which rules out parameters used in FILTERs.)
    """
    where_seen = False
    for m in _TOKENS.finditer(text):
        tok = m.group(0)
        if tok.upper() == "WHERE":
            where_seen = True
        elif tok == "{" and (where_seen or not re.search(r"(?i)\b(CONSTRUCT|DESCRIBE)\b", text[: m.start()])):
            block = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in sorted(terms.items()))
            return text[: m.end()] + " " + block + " " + text[m.end():]
    raise QueryError("the query has no WHERE group to bind parameters in")


def bind_inline(text: str, terms: dict) -> str:
    """Replace each ``?name``/``$name`` outside strings, IRIs and comments by its RDF term.

    For servers whose optimiser stalls on a VALUES join (Virtuoso 7 does on the targets_due
    query). The terms are serialised by pyoxigraph, so this is still binding, not pasting.
    """
    out, pos = [], 0
    protected = [(m.start(), m.end()) for m in _TOKENS.finditer(text) if m.group(0) not in ("{",) and m.group(0).upper() != "WHERE"]
    for m in re.finditer(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", text):
        if m.group(1) not in terms or any(a <= m.start() < b for a, b in protected):
            continue
        out.append(text[pos:m.start()])
        out.append(str(terms[m.group(1)]))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _value(term) -> str | None:
    if term is None:
        return None
    return term.value


def format_rows(columns: list[str], rows: list[list[str | None]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
        return buf.getvalue()
    if fmt == "tsv":
        def esc(v):
            return "" if v is None else v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

        return "".join("\t".join(esc(v) for v in r) + "\n" for r in [columns] + rows)
    return _table(columns, rows)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cut(s: str, limit: int = 40) -> str:
    s = s.replace("\n", " ")
    out, w = [], 0
    for ch in s:
        cw = _width(ch)
        if w + cw > limit - 1:
            return "".join(out) + "…"
        out.append(ch)
        w += cw
    return "".join(out)


def _table(columns: list[str], rows: list[list[str | None]]) -> str:
    cells = [[_cut(c) for c in columns]] + [[_cut("" if v is None else v) for v in r] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(columns))]
    lines = []
    for k, row in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(row)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"

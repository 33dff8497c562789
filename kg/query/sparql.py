"""The named-query catalogue (``kg/queries/*.rq``), parameter checking and binding, and running a query.

Imports only pyoxigraph (no rdflib, jieba or pyvis) so that ``policykg query`` starts fast.
Parameters are bound as RDF terms through SPARQL substitutions, never pasted into the text.
Queries the code runs itself are files too, in ``kg/queries/internal/`` (``internal_query``),
never listed in the catalogue. The store is ``kg.query.store``; result formats ``kg.query.results``.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from importlib.resources import files

import pyoxigraph as ox

from kg.query.errors import QueryError, explain_syntax_error
from kg.query.guard import check_query
from kg.query.internal import internal_query  # noqa: F401 - re-exported: the endpoint and tests read it here
# Re-exported: the CLI and other modules reach the store and the formats through here.
from kg.query.results import format_rows  # noqa: F401
from kg.query.store import open_store, union_kwargs  # noqa: F401 (open_store: importable from here)

@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    columns: tuple[str, ...]
    params: dict[str, str] = field(default_factory=dict)  # name → description
    text: str = ""
    required: frozenset[str] = frozenset()  # params the query gives no answer without
    kinds: dict[str, str] = field(default_factory=dict)  # name → "iri" | "integer" | "string"


PARAM_KINDS = ("iri", "integer", "string")


def _parse_header(name: str, text: str) -> NamedQuery:
    """A named query from its file. A parameter line reads
    ``# param: NAME = description (required|optional, iri|integer|string)``."""
    meta: dict[str, str] = {}
    params: dict[str, str] = {}
    required: set[str] = set()
    kinds: dict[str, str] = {}
    for line in text.splitlines():
        m = re.match(r"#\s*(title|description|columns|param):\s*(.*)", line)
        if not m:
            if line.strip() and not line.startswith("#"):
                break
            continue
        key, value = m.groups()
        if key == "param":
            pname, _, pdesc = value.partition("=")
            pname = pname.strip()
            params[pname] = pdesc.strip()
            flags = re.search(r"\(([^()]*)\)\s*$", pdesc)
            words = {w.strip() for w in flags.group(1).split(",")} if flags else set()
            if "required" in words:
                required.add(pname)
            kinds[pname] = next((k for k in PARAM_KINDS if k in words), "string")
        else:
            meta[key] = value.strip()
    columns = tuple(c.strip() for c in meta.get("columns", "").split(",") if c.strip())
    return NamedQuery(name, meta.get("title", name), meta.get("description", ""), columns, params, text,
                      frozenset(required), kinds)


def named_queries() -> dict[str, NamedQuery]:
    folder = files("kg") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse_header(name, entry.read_text(encoding="utf-8"))
    return out


def _term(value: str):
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
    if params:
        text = bind_values(text, {k: _term(v) if isinstance(v, str) else v for k, v in params.items()})
    # the text that runs is the text checked (kg/query/guard.py: parsed, not pattern-matched)
    check_query(text, lambda: {g.value for g in store.named_graphs()})
    try:
        result = store.query(text, **union_kwargs(text, store=store))  # the default graph: the union of the named graphs
    except SyntaxError as exc:
        raise QueryError(explain_syntax_error(text, str(exc))) from exc
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
    for name in terms:
        if not VARNAME.fullmatch(name):
            raise QueryError(f"{name!r} is not a SPARQL variable name; a parameter names a variable of the query")
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


# SPARQL 1.1 VARNAME (grammar rule 166): what may follow ? or $.
_PN_CHARS_U = ("A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
               "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
VARNAME = re.compile(f"[{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00B7\u0300-\u036F\u203F-\u2040]*")
_VARIABLE = re.compile(f"[?$]({VARNAME.pattern})")


def query_variables(text: str) -> list[str]:
    """The variables a query mentions, in order of first use: every ``?name``/``$name`` token
    outside strings, IRIs and comments (where a SPARQL parser would not see a variable either)."""
    protected = [(m.start(), m.end()) for m in _TOKENS.finditer(text) if m.group(0) != "{" and m.group(0).upper() != "WHERE"]
    seen: dict[str, None] = {}
    for m in _VARIABLE.finditer(text):
        if not any(a <= m.start() < b for a, b in protected):
            seen.setdefault(m.group(1), None)
    return list(seen)


def _describe_params(declared: dict[str, str], required: frozenset[str], kinds: dict[str, str]) -> str:
    if not declared:
        return "it takes none"
    parts = []
    for name in declared:
        flags = ["required" if name in required else "optional"]
        if kinds.get(name, "string") != "string":
            flags.append(kinds[name])
        parts.append(f"{name} ({', '.join(flags)})")
    return "it takes " + ", ".join(parts)


def check_params(text: str, given: dict[str, str], named: NamedQuery | None = None) -> dict:
    """The RDF terms to bind, after checking every NAME=VALUE against the query.

    A name must be a SPARQL variable name and one the query declares: for a named query, a
    parameter of its header; for any other query, a variable that appears in it. A named
    query's required parameters must all be given, and a value must fit its kind (an
    integer where the header says integer, an IRI where it says iri). Raises ``QueryError``
    with what to fix; nothing is run and nothing is pasted into the text.
    """
    for name in given:
        if not VARNAME.fullmatch(name):
            raise QueryError(f"--param {name!r}: not a variable name; a parameter is NAME=VALUE where NAME is a "
                             "variable of the query (letters, digits and _)")
    if named is not None:
        declared, required, kinds = named.params, named.required, named.kinds
        what = f"the query '{named.name}'"
    else:
        declared = {v: "" for v in query_variables(text)}
        required, kinds = frozenset(), {}
        what = "the query"
    for name in given:
        if name not in declared:
            close = difflib.get_close_matches(name, list(declared), n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]}?" if close else ""
            listing = _describe_params(declared, required, kinds) if named else (
                "its variables are " + ", ".join(declared) if declared else "it has no variables")
            raise QueryError(f"--param {name}: {what} has no parameter {name}{hint} ({listing})")
    missing = [n for n in declared if n in required and n not in given]
    if missing:
        example = "; ".join(f"--param {n}=…  {declared[n]}" for n in missing)
        raise QueryError(f"{what} needs {', '.join(missing)}: give {example}")
    terms = {}
    for name, value in given.items():
        kind = kinds.get(name)
        if kind == "integer":
            if not re.fullmatch(r"\s*[-+]?\d+\s*", value):
                raise QueryError(f"--param {name}={value}: {name} must be a whole number (such as 2030)")
            terms[name] = ox.Literal(str(int(value)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        elif kind == "iri":
            iri = value.strip()
            iri = iri[1:-1] if iri.startswith("<") and iri.endswith(">") else iri
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", iri):
                raise QueryError(f"--param {name}={value}: {name} must be an IRI such as https://w3id.org/policykg/…"
                                 " (policykg query --name documents or --name measures lists them)")
            terms[name] = ox.NamedNode(iri)
        elif kind == "string":
            terms[name] = ox.Literal(value)
        else:
            terms[name] = _term(value)
    return terms


def document_titles(store) -> dict[str, str]:
    """{document IRI: its title} (the IRI's last segment when it has none): what a table shows for an IRI."""
    _, rows = run_query(store, internal_query("document_titles"))
    return {doc: title or doc.rstrip("/").rsplit("/", 1)[-1] for doc, title in rows}

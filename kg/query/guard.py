"""The read-only, offline guard shared by ``policykg query`` and ``policykg serve``.

Whether a query may run is decided on the parsed query, not on patterns in the text: it is parsed with
rdflib's SPARQL parser (which also expands ``\\uXXXX`` escapes, as the SPARQL grammar asks),
the parse tree and the algebra are walked, and any ``SERVICE`` (silent, with a variable, in a
subquery, a UNION arm, an ``EXISTS``…), any update (``LOAD``, ``INSERT DATA``…, several
operations) and any ``FROM``/``FROM NAMED`` of a graph not in the store is refused.

Oxigraph, which runs the query, only reaches the network through ``SERVICE``; it cannot run
an update through ``Store.query`` at all. So when rdflib cannot parse a text, the text is
refused if the word "service" occurs anywhere in it (any case, strings and comments
included: no stripping, so nothing can hide it); otherwise Oxigraph gets it and reports its
own syntax error. Likewise the parser (about 0.35 s to import) is skipped for a text without
"service" anywhere and without escapes, since a SERVICE keyword reaches Oxigraph's parser only
spelled out; unless the text looks like it has an update or a FROM, which are parsed so the
refusal can be worded (neither could leave the store: Oxigraph runs no update through
``Store.query`` and fetches no FROM graph). The serve workers additionally run without a network
where the kernel allows it (see ``kg.query.workers``).
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Callable, Iterable

from kg.query.errors import Refused

# rdflib's parser (pyparsing) is not thread-safe: parsed concurrently, valid queries fail to
# parse. The endpoint checks queries on many threads, so every parse here takes this lock.
_PARSING = threading.Lock()

_UPDATE_NAMES = {"Load", "Clear", "Drop", "Create", "Add", "Move", "Copy", "InsertData", "DeleteData",
                 "DeleteWhere", "Modify"}

# Only to word the refusal of a text no parser accepts: Oxigraph's Store.query cannot run an
# update whatever this says, so it is a message, not a safeguard.
_LOOKS_LIKE_UPDATE = re.compile(r"(?i)\b(?:(?:LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\s+(?:SILENT\s+)?(?:<|GRAPH\b|DEFAULT\b|"
                                r"NAMED\b|ALL\b)|(?:INSERT|DELETE)\s*(?:DATA|WHERE)?\s*\{|WITH\s+<)")

_FROM = re.compile(r"(?i)\bFROM\s+(?:NAMED\s+)?(?:<|[A-Za-z_\u00C0-\uFFFF][\w.\-]*:|:)")
# A query's IRIs (kept: a '#' in one starts no comment), its strings (long ones first) and its comments: what
# ``has_dataset`` blanks before it looks for a FROM in a text no parser read
_LEXEMES = re.compile(r"""(<[^<>"{}|^`\\\s]*>)|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|"""
                      r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|#[^\n]*""")


SERVICE_REFUSED = "SERVICE is refused: policykg makes no outbound requests (the endpoint and the CLI are offline)"
UPDATE_REFUSED = "updates are refused: policykg queries are read-only (SELECT, ASK, CONSTRUCT, DESCRIBE)"


def check_query(text: str, graphs: Iterable[str] | Callable[[], Iterable[str]] | None = None) -> None:
    """Raise :class:`Refused` for SERVICE, updates and FROM of graphs outside ``graphs``.

    ``graphs`` (a set or a function giving one, called only when the query has a FROM) is
    the store's named graphs; ``None`` skips the FROM check. A text that no parser accepts
    and that does not mention SERVICE passes, so that the engine reports the syntax error.
    """
    lowered = text.lower()
    # SERVICE is the only way out of Oxigraph, and its keyword reaches Oxigraph's parser only
    # spelled out: a text without "service" in it, in any case, anywhere, and without an
    # escape cannot hold one. Update and FROM checks only word a refusal (Oxigraph neither
    # runs updates through Store.query nor fetches FROM graphs), so a prefilter may pick them.
    if not ("service" in lowered or "\\u" in lowered or _LOOKS_LIKE_UPDATE.search(text) or _FROM.search(text)):
        return
    with _PARSING:
        from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

        try:
            tree = parseQuery(text)
        except Exception:  # noqa: BLE001 - pyparsing's ParseException and rdflib's own errors
            tree = None
        update = None
        if tree is None:
            try:
                update = parseUpdate(text)
            except Exception:  # noqa: BLE001
                pass
    if tree is None:
        if update is not None and any(_names(update) & _UPDATE_NAMES):
            raise Refused(403, UPDATE_REFUSED)
        if "service" in lowered:
            raise Refused(403, SERVICE_REFUSED + " (and the query could not be parsed)")
        if _LOOKS_LIKE_UPDATE.search(text):  # e.g. a query and an update in one text
            raise Refused(403, UPDATE_REFUSED + " (and the text could not be parsed)")
        return
    names = _names(tree)
    algebra = None
    try:
        with _PARSING:
            from rdflib.plugins.sparql.algebra import translateQuery

            algebra = translateQuery(tree).algebra  # prefixed names resolved
        names |= _names(algebra)
    except Exception:  # noqa: BLE001 - rdflib cannot translate every parse; the tree is walked anyway
        pass
    if "ServiceGraphPattern" in names:
        raise Refused(403, SERVICE_REFUSED)
    if names & _UPDATE_NAMES:
        raise Refused(403, UPDATE_REFUSED)
    if graphs is None or "DatasetClause" not in names:
        return
    known = set(graphs() if callable(graphs) else graphs)
    for iri in _dataset_iris(algebra, tree):
        if iri not in known:
            raise Refused(403, f"FROM <{iri}> is refused: only graphs of this store can be named (no remote loading)")


def has_dataset(text: str) -> bool:
    """Whether a query names its own dataset (``FROM``/``FROM NAMED``): it then reads those graphs, and the
    store's union of named graphs (``kg.query.store.union_kwargs``), which Oxigraph would put in their
    place, must not be asked for. Parsed (as ``check_query`` parses) only when the text may hold one; a text
    rdflib cannot parse (Oxigraph's SPARQL 1.2 functions, ``ADJUST``…) names one when a FROM stands outside
    its strings and comments."""
    if not (_FROM.search(text) or "\\u" in text.lower()):
        return False
    return _parsed_dataset(text)


# the keyword GRAPH of a graph pattern (not a prefixed name, a variable or a blank node's label), in a text
# whose IRIs, strings and comments ``_LEXEMES`` blanked
_GRAPH = re.compile(r"(?i)(?<![\w:?$\-])GRAPH(?![\w:\-])")


def names_graphs(text: str) -> bool:
    """Whether a query names graphs: a ``GRAPH`` pattern or its own dataset (``FROM``, ``FROM NAMED``). A store
    that holds the union of a build's graphs as triples answers such a query from graph.nq
    (``kg.query.named``). Told from the text with its IRIs, strings and comments blanked (the keyword GRAPH
    cannot hide elsewhere); parsed only when the text holds an escape (``GR\\u0041PH``)."""
    if "\\u" in text.lower():
        return _parsed_names_graphs(text)
    return bool(_GRAPH.search(_LEXEMES.sub(" ", text))) or has_dataset(text)


@lru_cache(maxsize=64)
def _parsed_names_graphs(text: str) -> bool:
    with _PARSING:
        from rdflib.plugins.sparql.parser import parseQuery

        try:
            tree = parseQuery(text)
        except Exception:  # noqa: BLE001 - a text rdflib cannot parse: what it looks like decides
            return bool(_GRAPH.search(_LEXEMES.sub(" ", text))) or has_dataset(text)
    return bool({"GraphGraphPattern", "DatasetClause"} & _names(tree))


def dataset_graphs(text: str) -> list[str] | None:
    """The graphs a query's ``FROM`` and ``FROM NAMED`` name ([] for a query naming none); None when the
    text cannot be parsed (then every graph may be asked for)."""
    if not has_dataset(text):
        return []
    with _PARSING:
        from rdflib.plugins.sparql.algebra import translateQuery
        from rdflib.plugins.sparql.parser import parseQuery

        try:
            tree = parseQuery(text)
        except Exception:  # noqa: BLE001
            return None
        try:
            algebra = translateQuery(tree).algebra  # prefixed names resolved
        except Exception:  # noqa: BLE001
            algebra = None
    return _dataset_iris(algebra, tree)


@lru_cache(maxsize=256)
def _parsed_dataset(text: str) -> bool:
    with _PARSING:
        from rdflib.plugins.sparql.parser import parseQuery

        try:
            tree = parseQuery(text)
        except Exception:  # noqa: BLE001 - a text rdflib cannot parse: what it looks like decides, outside
            # its strings and comments (a "from <…>" there names no dataset)
            return bool(_FROM.search(_LEXEMES.sub(lambda m: m.group(1) or " ", text)))
    return "DatasetClause" in _names(tree)


def _names(node) -> set[str]:
    """Names of every rdflib CompValue in a parse tree or algebra, at any depth."""
    from rdflib.plugins.sparql.parserutils import CompValue

    out: set[str] = set()
    stack = [node]
    visited = set()
    while stack:
        n = stack.pop()
        if id(n) in visited:
            continue
        visited.add(id(n))
        if isinstance(n, CompValue):
            out.add(n.name)
            stack.extend(n.values())
        elif isinstance(n, dict):
            stack.extend(n.values())
        elif isinstance(n, (list, tuple, set)) or type(n).__name__ == "ParseResults":
            stack.extend(list(n))
    return out


def _dataset_iris(algebra, tree) -> list[str]:
    from rdflib.plugins.sparql.parserutils import CompValue

    clauses = []
    if algebra is not None and algebra.get("datasetClause"):
        clauses = algebra["datasetClause"]
    else:
        for part in tree:
            if isinstance(part, CompValue) and part.get("datasetClause"):
                clauses = part["datasetClause"]
    iris = []
    for c in clauses:
        # (rdflib's CompValue.get gives the key itself for a key it lacks: asked with "in")
        term = c["default"] if "default" in c else c.get("named")
        if isinstance(term, CompValue):  # a prefixed name the algebra could not resolve
            iris.append(f"{term.get('prefix')}:{term.get('localname')}")
        else:
            iris.append(str(term))
    return iris


def looks_expensive(text: str) -> bool:
    """Whether the parsed query has a shape that is slow on any sizeable graph.

    For the endpoint's fast lane, which must not be taken by a slow query it has not seen
    before: a cartesian product (triple patterns of the query falling into two or more groups
    that share no variable) or a ``*``/``+`` property path between two variables. A guess,
    on the algebra, erring towards "expensive" (disjoint UNION arms count as a product): such
    a query only loses the fast lane, it still runs. A text that does not parse is not judged.
    """
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    try:
        with _PARSING:
            algebra = translateQuery(parseQuery(text)).algebra
    except Exception:  # noqa: BLE001
        return False
    patterns = []
    stack, seen = [algebra], set()
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        if isinstance(n, CompValue):
            if n.name == "BGP":
                patterns += list(n.get("triples") or [])
            stack.extend(n.values())
        elif isinstance(n, dict):
            stack.extend(n.values())
        elif isinstance(n, (list, tuple, set)):
            stack.extend(list(n))
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    firsts = []
    for s, p, o in patterns:
        if type(p).__name__ == "MulPath" and getattr(p, "mod", "") in ("*", "+") \
                and isinstance(s, Variable) and isinstance(o, Variable):
            return True
        variables = [t for t in (s, p, o) if isinstance(t, Variable)]
        if not variables:
            continue
        for v in variables[1:]:
            parent[find(v)] = find(variables[0])
        firsts.append(variables[0])
    return len({find(v) for v in firsts}) >= 2

"""What goes wrong with a query, said so a person can act on it.

The exception types of ``kg.query`` (``QueryError``, and ``Refused`` for what the read-only
guard will not run), and SPARQL syntax errors as the line, a caret, the expectation in words
and a keyword hint: pure functions over the query text and the parser's message, so
``policykg query`` and the endpoint's 400 reply say the same thing.
"""
from __future__ import annotations

import difflib
import re

from kg.table import display_width


class QueryError(ValueError):
    """A query could not be prepared or run; the message says what to fix."""


class Refused(QueryError):
    """The query must not run here (``kg.query.guard``); ``status`` is the HTTP status the endpoint answers with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status

def unloadable(nq, graph_dir, exc: Exception) -> str:
    """A graph.nq (or ontology.ttl) that does not load, in one line: where, and what to do."""
    where = getattr(exc, "filename", None) or nq
    line = getattr(exc, "lineno", None)
    reason = (getattr(exc, "msg", None) or str(exc)).splitlines()[0] if str(exc) else type(exc).__name__
    return (f"{where}{f':{line}' if line else ''}: the graph cannot be loaded ({reason}): it is damaged or "
            f"incomplete; rebuild it with 'policykg build --out {graph_dir}'")


# Words a SPARQL 1.1 query may hold bare (keywords and built-in function names), upper case.
KEYWORDS = (
    "SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "WHERE", "PREFIX", "BASE", "FILTER", "OPTIONAL", "UNION", "MINUS",
    "GRAPH", "SERVICE", "SILENT", "BIND", "AS", "VALUES", "UNDEF", "DISTINCT", "REDUCED", "FROM", "NAMED",
    "ORDER", "BY", "ASC", "DESC", "GROUP", "HAVING", "LIMIT", "OFFSET", "NOT", "IN", "EXISTS", "TRUE", "FALSE", "A",
    "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR",
    "STR", "LANG", "LANGMATCHES", "DATATYPE", "BOUND", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL", "FLOOR",
    "ROUND", "CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS", "STRENDS",
    "STRBEFORE", "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW",
    "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "COALESCE", "IF", "STRLANG", "STRDT",
    "SAMETERM", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "REGEX", "SUBSTR", "REPLACE",
    "INSERT", "DELETE", "DATA", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING",
    "DEFAULT", "ALL", "INTO", "TO",
)
# The keywords a misspelling is matched against: the ones that shape a query.
_SUGGEST = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "WHERE", "PREFIX", "BASE", "FILTER", "OPTIONAL", "UNION",
            "MINUS", "GRAPH", "BIND", "VALUES", "DISTINCT", "ORDER", "GROUP", "HAVING", "LIMIT", "OFFSET",
            "EXISTS", "COUNT", "COALESCE", "CONTAINS", "REGEX", "STRSTARTS", "LANGMATCHES", "BOUND")

_PUNCTUATION = {
    ".": '"." (end of a triple pattern)', ";": '";" (same subject, next predicate)',
    ",": '"," (same predicate, next object)', "}": '"}" (end of a group)', "{": '"{" (start of a group)',
    "(": '"("', ")": '")" (closing bracket)', "*": '"*"',
}
# Strings, IRIs, comments, variables and prefixed names: never keywords.
_SKIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>'
                   r'|#[^\n]*|[?$]\w+|@[A-Za-z-]+|[\w.-]*:[\w.:%-]*|\d[\w.]*')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)
_LIMIT = re.compile(r"\b(LIMIT|OFFSET)(\s+)(\d+)", re.I)
# The largest LIMIT or OFFSET the store parses (an unsigned 64-bit number); a larger one is a
# syntax error whose "expected an expression" helps no one.
_MAX_LIMIT = 2 ** 64 - 1


def _expectation(raw: str) -> str:
    """The parser's 'expected …' in words ("it expected one of … here"): character classes
    become 'a name', punctuation is explained."""
    raw = raw.strip()
    if not raw.startswith("expected"):
        return raw
    body = re.sub(r"^expected\s+(one of\s+)?", "", raw)
    items, seen = [], set()
    for tok in re.findall(r'"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[A-Za-z_]+', body, flags=re.S):
        if tok.startswith('"'):
            inner = tok[1:-1]
            item = "" if inner in ("{|", "~", "|}") else _PUNCTUATION.get(inner, f'"{inner}"')
        elif tok.startswith("[") or tok == "_":
            item = "a name"
        else:
            item = tok
        if item and item not in seen:
            seen.add(item)
            items.append(item)
    words = [i for i in items if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", i)]
    if len(words) > 8:  # a list of every function: the parser wants an expression
        items = [i for i in items if i not in words and i != "a name"] + ["an expression (a variable, a value or a function such as STR)"]
    if not items:
        return "it could not go on"
    if len(items) == 1:
        return f"it expected {items[0]} here"
    return "it expected one of " + ", ".join(items[:-1]) + f" or {items[-1]} here"


def misspelled_keywords(text: str) -> list[tuple[int, str, str]]:
    """(offset, word, closest keyword) for each bare word that is no SPARQL keyword but looks like one."""
    out = []
    masked = _SKIP.sub(lambda m: " " * len(m.group(0)), text)
    for m in _WORD.finditer(masked):
        word = m.group(0)
        if word.upper() in KEYWORDS:
            continue
        close = difflib.get_close_matches(word.upper(), _SUGGEST, n=1, cutoff=0.6)
        if close:
            out.append((m.start(), word, close[0]))
    return out


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    line = max(1, min(line, len(lines)))
    return sum(len(x) + 1 for x in lines[: line - 1]) + max(0, min(column - 1, len(lines[line - 1])))


def _show(text: str, offset: int, length: int = 1) -> list[str]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    line_no = text.count("\n", 0, offset) + 1
    line = text[start:end].replace("\t", " ")
    gutter = f"  {line_no} | "
    pad = display_width(line[: offset - start])
    caret = "^" * max(1, display_width(text[offset:offset + length]))
    return [gutter + line.rstrip(), " " * len(gutter) + " " * pad + caret]


def _too_large(text: str, at: int) -> str | None:
    """A LIMIT or OFFSET beyond what the store takes, where the parser stopped, said as such."""
    masked = _SKIP.sub(lambda m: " " * len(m.group(0)), text)
    for m in _LIMIT.finditer(text):
        if masked[m.start():m.start(1) + len(m.group(1))].strip() != m.group(1):
            continue  # inside a string, an IRI or a comment
        if int(m.group(3)) > _MAX_LIMIT and m.start(3) <= at <= m.end(3) + 1:
            lines = [f"the query is not valid SPARQL: {m.group(1).upper()} {m.group(3)} at line "
                     f"{text.count(chr(10), 0, m.start()) + 1} is too large (at most {_MAX_LIMIT}); "
                     f"give a smaller number, or leave {m.group(1).upper()} out"]
            return "\n".join(lines + _show(text, m.start(3), len(m.group(3))))
    return None


def explain_syntax_error(text: str, message: str) -> str:
    """A parser's message (``error at LINE:COLUMN: expected …``) as lines a person can act on:
    where (the query line with a caret), what the parser expected in words, and for a
    misspelled keyword the closest one. Falls back to the bare message when it has no position."""
    m = _POSITION.search(message)
    typos = misspelled_keywords(text)
    if not m:
        hint = f"; {typos[0][1]!r} is no SPARQL keyword: did you mean {typos[0][2]}?" if typos else ""
        return f"the query is not valid SPARQL: {message}{hint}"
    line, column, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    at = _offset(text, line, column)
    too_large = _too_large(text, at)
    if too_large:
        return too_large
    before = [t for t in typos if t[0] <= at]
    if before:
        off, word, keyword = before[-1]
        lines = [f"the query is not valid SPARQL: {word!r} at line {text.count(chr(10), 0, off) + 1} "
                 f"is no SPARQL keyword; did you mean {keyword}?"]
        lines += _show(text, off, len(word))
        lines.append(f"(the parser stopped at line {line}, column {column}; {_expectation(expected)})")
    else:
        lines = [f"the query is not valid SPARQL at line {line}, column {column}; {_expectation(expected)}"]
        lines += _show(text, at)
    return "\n".join(lines)

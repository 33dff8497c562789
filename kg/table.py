"""Plain-text tables for a terminal: fitted to its width, Chinese counted double, long cells wrapped.

Only ``--format table`` goes through here; csv, tsv and json keep every value whole.
"""
from __future__ import annotations

import os
import re
import shutil
import unicodedata

# Prefixes shown when a query declares none for an IRI (the project's own and the usual ones).
DEFAULT_PREFIXES = {
    "pkg": "https://w3id.org/policykg/ontology#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "oa": "http://www.w3.org/ns/oa#",
}
GAP = "  "
MIN_WIDTH = 6


def display_width(s: str) -> int:
    """Columns a terminal gives ``s``: East Asian wide and full-width characters take two, combining marks none."""
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w


def terminal_width(default: int = 100) -> int:
    """The terminal's width: $COLUMNS when set, else the terminal's own, else ``default`` (not a terminal)."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return shutil.get_terminal_size((default, 24)).columns


def query_prefixes(text: str) -> dict[str, str]:
    """The ``PREFIX p: <iri>`` declarations of a query, as {p: iri}."""
    return {m.group(1): m.group(2) for m in re.finditer(r"(?i)\bPREFIX\s+([\w.-]*):\s*<([^<>\s]*)>", text)}


def short_title(title: str, n: int = 12) -> str:
    """A document title cut to ``n`` characters (an ellipsis when cut): what a table shows for its IRI."""
    title = " ".join(title.split())
    return title if len(title) <= n else title[: n - 1] + "…"


def iri_shortener(prefixes: dict[str, str] | None = None, titles: dict[str, str] | None = None):
    """``short(value)``: a document IRI as its short title, an IRI inside a document as the title
    plus the rest of the path, an IRI under a known namespace as ``prefix:local``; any other value as is."""
    spaces = sorted({**DEFAULT_PREFIXES, **(prefixes or {})}.items(), key=lambda kv: -len(kv[1]))
    docs = sorted((titles or {}).items(), key=lambda kv: -len(kv[0]))

    def short(value: str) -> str:
        if not value.startswith(("http://", "https://", "urn:")):
            return value
        for iri, title in docs:
            if value == iri:
                return short_title(title)
            if value.startswith(iri + "/"):
                return short_title(title) + value[len(iri):]
        for prefix, ns in spaces:
            if ns and value.startswith(ns) and re.fullmatch(r"[\w.-]*", value[len(ns):]):
                return f"{prefix}:{value[len(ns):]}"
        return value

    return short


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` display columns; breaks after a space when one is near, else anywhere
    (Chinese has no spaces to break at)."""
    text = " ".join(text.split())
    if display_width(text) <= width:
        return [text]
    lines, line, w = [], "", 0
    for ch in text:
        cw = display_width(ch)
        if w + cw > width:
            cut = line.rfind(" ")
            if cut >= len(line) * 2 // 3:
                lines.append(line[:cut])
                line = line[cut + 1:]
            else:
                lines.append(line)
                line = ""
            w = display_width(line)
        line += ch
        w += cw
    lines.append(line)
    return [ln.rstrip() for ln in lines]


def _fit(natural: list[int], floors: list[int], room: int) -> list[int]:
    """Column widths summing to at most ``room``: columns narrower than a fair share keep their width,
    the others share what is left (never below their floor, so a very narrow terminal overflows
    rather than losing a column)."""
    widths = list(natural)
    if sum(widths) <= room:
        return widths
    open_ = set(range(len(widths)))
    left = room
    while open_:
        share = left // len(open_)
        fixed = {i for i in open_ if natural[i] <= share}
        if not fixed:
            break
        for i in fixed:
            widths[i] = natural[i]
            left -= natural[i]
        open_ -= fixed
    if open_:
        # Share what is left in proportion to natural width; whatever rounding leaves goes to the widest.
        total = sum(natural[i] for i in open_)
        for i in open_:
            widths[i] = max(floors[i], left * natural[i] // total)
        spare = left - sum(widths[i] for i in open_)
        if spare > 0:
            widest = max(open_, key=lambda i: natural[i])
            widths[widest] += spare
        while spare < 0:  # floors raised some columns: take it back from the widest above its floor
            over = [i for i in open_ if widths[i] > floors[i]]
            if not over:
                break  # every column at its floor: the table overflows
            widest = max(over, key=lambda i: widths[i])
            widths[widest] -= 1
            spare += 1
    return widths


def render(columns: list[str], rows: list[list[str | None]], width: int | None = None, short=None) -> str:
    """The table: a header, a rule, every row (long cells wrapped onto more lines), and a row count.

    ``width`` defaults to the terminal's; ``short`` maps each cell value to what is shown
    (see ``iri_shortener``)."""
    width = width or terminal_width()
    show = short or (lambda v: v)
    cells = [[" ".join(("" if v is None else show(v)).split()) for v in r] for r in rows]
    header = list(columns)
    natural = [max([display_width(header[i])] + [display_width(r[i]) for r in cells]) for i in range(len(columns))]
    natural = [max(1, n) for n in natural]
    room = width - len(GAP) * (len(columns) - 1)
    # A column keeps its header whole while that fits; else it narrows down to MIN_WIDTH (the
    # header wraps too), and only then does the table overflow.
    floors = [min(n, max(MIN_WIDTH, display_width(header[i]))) for i, n in enumerate(natural)]
    if sum(floors) > room:
        floors = [min(n, MIN_WIDTH) for n in natural]
    widths = _fit(natural, floors, room)

    def lines_of(row: list[str]) -> list[str]:
        wrapped = [_wrap(c, widths[i]) for i, c in enumerate(row)]
        height = max([len(w) for w in wrapped] + [1])
        out = []
        for k in range(height):
            parts = []
            for i, w in enumerate(wrapped):
                piece = w[k] if k < len(w) else ""
                parts.append(piece + " " * (widths[i] - display_width(piece)))
            out.append(GAP.join(parts).rstrip())
        return out

    lines = lines_of(header)
    lines.append(GAP.join("-" * w for w in widths))
    for r in cells:
        lines.extend(lines_of(r))
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"

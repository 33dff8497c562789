"""Roles from a column of bodies closing a table's numbered rows (issue 14, class 8; lane RL): the text layer prints
the table one cell a line, the header's last cell the body column (责任城市, 牵头单位, 责任单位: ``role_cues.tsv``
``table-*`` and ``row-place`` rows) right before the number of the first row, and each row as its number, its cells,
then its body cell (436: 序号 / 断面名称 / … / 责任城市 / 1 / 大洋港桥 / 通吕运河 / Ⅲ / Ⅲ / 南通市 / 2 / …; 360:
牵头单位 / 1 / 开展原材料行业… / 市工信局).

Rows are opened by their numbers, 1, 2, 3 … in turn, each on a line of its own; a row's body cell is its last line
when that line holds bodies and nothing else (a 责任城市 cell: cities or counties of the document's province, each an
actor with itself, or the city holding it, as jurisdiction: keys' convention 6, a city named as acting). The last row
ends at its first body cell: body cells printed after it (436's three 连云港市 after row 32, cells of rows 13, 14 and
20 the layout moved) cannot be paired with their rows and give nothing, nor does a row whose last line holds no body.
Each body of a row's cell gets the row's role (keys' convention 8, as ``table_roles`` reads a cell) carrying the row
as its ``task``: under a 牵头 column the first body leads and the others co-lead; under a 责任 column a cell naming one
body (no collective) leads, several share the duty (co-lead; the first leads where the document states it).
A header naming a 配合 column too is left alone (its cells cannot be told from the body column's).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import read_tsv
from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.jurisdiction import document_place
from kg.annotate.place_lines import places_in_cell
from kg.annotate.roles import first_listed_leads, is_collective
from kg.annotate.table_roles import lines_between

_NUMBER = re.compile(r"(\d{1,3})[.．、]?")
_JOINERS = re.compile(r"^[\s、，,和及与]*$")
_JOIN_MARKS = "、，,"  # a line of bodies ending with one: the cell goes on on the next line
_HEADER_REACH = 12  # header cells looked at above the body column's cell for a 配合 column; a last row's lines
_ROW_REACH = 40  # lines a row may run over before the next row's number


@lru_cache(maxsize=None)
def _columns() -> list[tuple[re.Pattern, str]]:
    rows = read_tsv("role_cues.tsv")
    return [(re.compile(r["pattern"]), r["convention"].removeprefix("table-").removeprefix("row-"))
            for r in rows if r.get("convention", "").startswith(("table-", "row-place"))]


def _column(line: str) -> str | None:
    """The kind of body column a header cell names (lead, responsible, place, co), or None."""
    line = re.sub(r"\s+", "", line)
    return next((kind for rx, kind in _columns() if rx.fullmatch(line)), None)


def _number(text: str, line: tuple[int, int]) -> int | None:
    """The row number a line holds alone (1, 2., 3、), or None."""
    m = _NUMBER.fullmatch(text, *line)
    return int(m.group(1)) if m else None


def tables(text: str) -> list[tuple[str, list[list[tuple[int, int]]]]]:
    """Each table of this layout: the kind of its body column and its rows, each the lines after its number."""
    lines, out = lines_between(text), []
    for k, (s, e) in enumerate(lines):
        kind = _column(text[s:e]) if e - s <= 12 else None
        if kind is None and k and e - s <= 3 and lines[k - 1][1] - lines[k - 1][0] <= 3:
            kind = _column(text[lines[k - 1][0]:lines[k - 1][1]] + text[s:e])  # 责任 / 城市: a narrow header cell wrapped
        if kind in (None, "co") or k + 1 >= len(lines):
            continue
        if any(_column(text[a:b]) == "co" for a, b in lines[max(0, k - _HEADER_REACH):k]):
            continue  # a 配合 column before it: which cell is whose is not certain
        rows, j, expected = [], k + 1, 1
        if _number(text, lines[j]) != 1:  # the first row's number taken for a page number by the cleaning (436)
            j, expected = k, 1
        while j < len(lines) and (_number(text, lines[j]) == expected or j == k):
            nxt = next((m for m in range(j + 1, min(len(lines), j + _ROW_REACH)) if _number(text, lines[m]) == expected + 1), None)
            cells = lines[j + 1:nxt] if nxt is not None else lines[j + 1:j + 1 + _HEADER_REACH]
            if j == k and (nxt is None or any(_number(text, c) == 1 for c in cells)):
                break  # no number opens the first row nor the second (or a 1 further down: a header cell wrapped, 牵头 / 单位)
            rows.append(cells)
            if nxt is None:
                break
            j, expected = nxt, expected + 1
        out.append((kind, rows))
    return out


def _row_cells(text: str, cells: list[tuple[int, int]], last: bool, by_row: bool, is_body) -> tuple[int, int, tuple[int, int]] | None:
    """(task start, task end, body cell) of a row whose last lines (the last row: its first lines after a cell of
    another kind) are a body cell, else None. A cell runs over the lines of bodies whose line ends with a joining mark
    (市发展改革委、 / 市生态环境局). The last row's first body cell followed by others (a block of cells after the rows)
    is its own only in a table whose other rows print their cells row by row (``by_row``): a block after the rows of a
    page answers for the page's rows in order (438, ``table_roles.cell_rows``)."""
    def joined(i: int) -> bool:  # line i and the next hold one cell: line i ends with a joining mark
        return (i + 1 < len(cells) and text[cells[i][1] - 1] in _JOIN_MARKS and is_body(cells[i]) and is_body(cells[i + 1]))

    if last:
        at = next((i for i in range(1, len(cells)) if is_body(cells[i])), None)
        if at is None:
            return None
        end = at
        while joined(end):
            end += 1
        if not by_row and end + 1 < len(cells) and is_body(cells[end + 1]):
            return None
        cells = cells[:end + 1]
    if len(cells) < 2 or not is_body(cells[-1]):
        return None  # no body cell closing the row
    first = len(cells) - 1
    while first > 1 and joined(first - 1):
        first -= 1
    if is_body(cells[first - 1]):
        return None  # two body cells closing the row: a cell the layout moved
    return cells[0][0], cells[first - 1][1], (cells[first][0], cells[-1][1])


def place_actors(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    """Actors for the cities and counties of the body cells of a 责任城市 column that no other rule tagged (a site
    column's place before it is none: only the cell closing the row is read)."""
    text, out, place = doc.text, [], None
    for kind, rows in tables(text):
        if kind != "place":
            continue
        if place is None:
            place = (document_place(doc),)
        paired = 0
        for k, cells in enumerate(rows):  # the rows' body cells as ``tag`` pairs them, places for bodies
            row = _row_cells(text, cells, k == len(rows) - 1, k > 0 and paired * 2 >= k,
                             lambda c: bool(places_in_cell(text, c[0], c[1], place[0])))
            if row is None:
                continue
            paired += 1
            for ps, pe, actor, own, level in places_in_cell(text, *row[2], place[0]):
                if not any(a.start < pe and ps < a.end for a in actors + out):
                    out.append(make("actor", ps, pe, "actor-row-place", actor=actor, level=level, jurisdiction=own.jurisdiction))
    return out


def tag(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    """One role per body of each row's body cell, carrying the row as its task."""
    text, out, first_leads = doc.text, [], None
    by_start = sorted(actors, key=lambda a: a.start)
    for kind, rows in tables(text):
        def bodies(cell: tuple[int, int]) -> list[Annotation]:
            s, e = cell
            found = [a for a in by_start if s <= a.start and a.end <= e]
            pos = s
            for a in found:
                if a.start < pos or not _JOINERS.match(text[pos:a.start]):
                    return []
                pos = a.end
            return found if found and _JOINERS.match(text[pos:e]) else []

        paired = 0
        for k, cells in enumerate(rows):
            by_row = k > 0 and paired * 2 >= k  # most rows before it closed by their own body cell
            row = _row_cells(text, cells, k == len(rows) - 1, by_row, lambda c: bool(bodies(c)))
            if row is None:
                continue
            paired += 1
            task, task_end, cell = row
            found = bodies(cell)
            for i, a in enumerate(found):
                if kind == "lead":
                    role = "lead" if i == 0 else "co-lead"
                elif len(found) == 1 and not is_collective(a, text):
                    role = "lead"  # one unit answers for the row
                else:
                    if first_leads is None:
                        first_leads = first_listed_leads(doc)
                    role = "lead" if i == 0 and first_leads and not is_collective(a, text) else "co-lead"
                out.append(make("role", a.start, a.end, "role-row-column", actor=a.get("actor"), role=role,
                                task=task, task_end=task_end))
    return out

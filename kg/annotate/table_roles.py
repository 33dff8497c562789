"""Roles stated by a table's column of bodies: an indicator table (主要指标) or a task table whose header
names a 牵头部门 / 牵头单位 / 责任单位 column (``ontology/role_cues.tsv``, the ``table-*`` rows).

The text layer flattens such a table one cell a line, the body cell after the row's values (177: the
row's 生态环境厅 after its ≥99) or the column's cells as a block after the rows of a page (438: 市生态环
/ 境局 ×3, 市资规局 …). A body cell is a line that holds bodies only (joined by 、，和), or a name the
cell wrapped over two lines (市生态环 / 境局, 崖州区 / 政府), glued back and tagged as an actor with its
printed characters. Each cell gives its bodies a role (keys' conventions 8): under a 牵头 column the
first body leads and the others co-lead; under a 责任 column a cell naming one body (no collective)
leads, several share the duty (co-lead; the first leads only where the document states the
convention, ``roles.first_listed_leads``). A header that also names a 配合 column gives no roles: the
flattened cells cannot be told apart by column. Each cell's roles carry the row they answer for (``task``,
``task_end``: ``cell_rows``) where the layout pairs cells with rows.

Project tables whose rows the structure made tasks (``kg/annotate/project_tables.py``) are left to
that reader. Rows of indicator tables are no provisions: a cell's role belongs to the table's unit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import read_tsv
from kg.model import Annotation, Document, Node
from kg.annotate.base import make
from kg.annotate.bodies import find_listed, forms
from kg.annotate.jurisdiction import document_place, find_local
from kg.annotate.places import levels, province_names, province_places
from kg.annotate.project_tables import tables_of
from kg.annotate.table_layouts import ATTRIBUTE
from kg.annotate.roles import first_listed_leads, is_collective

_JOINERS = re.compile(r"^[\s、，,和及与]*$")
# a row's last cell: its attribute (约束性), alone or with the wrapped end of a bracketed note glued on (约束性滩涂池塘）)
_ROW_END = re.compile(r"(?m)^" + ATTRIBUTE + r"(?:[①②③④⑤⑥⑦⑧⑨⑩]*|[^\n（(）)]{1,12}[）)])[ \t]*$")
_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,4}$")  # 境局, 政府, 事局: the end of a name the cell wrapped


@lru_cache(maxsize=None)
def _columns() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r["pattern"]), r["convention"].removeprefix("table-"))
            for r in read_tsv("role_cues.tsv") if r.get("convention", "").startswith("table-")]


def _column(line: str) -> str | None:
    """The kind of body column a header cell names (lead, responsible, co), or None."""
    line = line.strip()
    for rx, kind in _columns():
        if rx.fullmatch(line):
            return kind
    return None


def _tables(doc: Document) -> list[tuple[Node, str]]:
    """Table nodes with one kind of body column (and the kind), project tables left out."""
    rows = [(r.start, r.end) for t in tables_of(doc) for r in t.rows]
    out = []
    for node in doc.root.walk():
        if node.kind != "table" or any(node.start <= s < node.end for s, _ in rows):
            continue
        kinds = {_column(ln) for ln in doc.text[node.start:node.end].split("\n")} - {None}
        if len(kinds) == 1 and "co" not in kinds:
            out.append((node, kinds.pop()))
    return out


def lines_between(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The non-empty lines of ``text[start:end]`` as (start, end) offsets in ``text``, without their surrounding spaces
    (a node's lines here; a whole text's in ``last_column``)."""
    out, pos = [], start
    for ln in text[start:len(text) if end is None else end].split("\n"):
        s, e = pos, pos + len(ln)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        pos += len(ln) + 1
    return out


def _after_header(text: str, node: Node) -> list[tuple[int, int]]:
    """The lines after the first header cell naming the body column: the cells of the rows."""
    lines = lines_between(text, node.start, node.end)
    for k, (s, e) in enumerate(lines):
        if _column(text[s:e]):
            return lines[k + 1:]
    return []


def wrapped_actors(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    """Bodies of the cells of such a table that the actor layer did not find: a name the cell wrapped over
    two lines (市生态环 / 境局), or one no lexicon lists (崖州区政府, 三亚海 / 事局), read as an item of a
    responsibility list (``bodies.find_listed``: the column says it is one) when it ends as a body's
    name does (``body_forms.tsv`` suffix, never-bare). The span is the printed characters (the line
    break inside)."""
    text, out = doc.text, []
    tables = _tables(doc)
    if not tables:
        return out
    place = document_place(doc)
    label = forms()["label"][0] + "："
    ends = forms()["suffix"] + forms().get("never-bare", ())
    for node, _ in tables:
        lines = _after_header(text, node)
        for k, (s, e) in enumerate(lines):
            if any(a.start < e and s < a.end for a in actors + out):
                continue
            spans = [(s, e)]
            if k + 1 < len(lines) and _TAIL.match(text[lines[k + 1][0]:lines[k + 1][1]]):
                spans.insert(0, (s, lines[k + 1][1]))
            for cs, ce in spans:
                glued = text[cs:ce].replace("\n", "").replace(" ", "")
                if not (3 <= len(glued) <= 12 and glued.endswith(ends)) or any(a.start < ce and cs < a.end for a in actors + out):
                    continue
                found = [f for f in find_local(glued, place) if f[0] == 0 and f[1] == len(glued)]
                found = found or _opens_with_place(glued, place) and [(fs - len(label), fe - len(label), *rest) for fs, fe, *rest in find_listed(label + glued, place)
                                  if fs == len(label) and fe - len(label) == len(glued)]
                if found:
                    _, _, actor, jur, level = found[0]
                    out.append(make("actor", cs, ce, "actor-table-cell", actor=actor, level=level,
                                    jurisdiction=None if level == "any" else jur.jurisdiction or (None if place else "national")))
                    break
    return out


def _opens_with_place(name: str, place) -> bool:
    """The name opens with a level word (市, 区) or a place (崖州区, 三亚): a body's, not a cell's text."""
    words = tuple(levels()) + tuple(province_names()) + (tuple(province_places(place.province)) if place and place.province else ())
    return name.startswith(words)


def tag(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    """One role per body of each body cell of the tables with a column of bodies."""
    text, out = doc.text, []
    by_start = sorted(actors, key=lambda a: a.start)
    first_leads = None
    for node, kind in _tables(doc):
        done, cells = -1, []
        for s, e in _after_header(text, node):
            if s < done:
                continue  # the second line of a name the cell wrapped
            cell = [a for a in by_start if s <= a.start < e]
            e = max([e] + [a.end for a in cell])  # 市生态环 / 境局: the cell goes on to the name's end
            if not cell or not _cell_only(text, s, e, cell):
                continue
            done = e
            cells.append((s, e, cell))
        for (s, e, cell), row in zip(cells, cell_rows(text, node, [(s, e) for s, e, _ in cells])):
            where = {"task": row[0], "task_end": row[1]} if row else {}
            for i, a in enumerate(cell):
                if kind == "lead":
                    role = "lead" if i == 0 else "co-lead"
                elif len(cell) == 1 and not is_collective(a, text):
                    role = "lead"  # a cell naming one unit: it alone answers for the row
                else:
                    if first_leads is None:
                        first_leads = first_listed_leads(doc)
                    role = "lead" if i == 0 and first_leads and not is_collective(a, text) else "co-lead"
                out.append(make("role", a.start, a.end, "role-table-column", actor=a.get("actor"), role=role, **where))
    return out


def cell_rows(text: str, node: Node, cells: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """The row each body cell answers for, as (start, end), or None where the layout does not say. Rows end
    with their attribute cell (约束性, 预期性: ``table_layouts.ATTRIBUTE``; the wrapped end of a note the wraps
    step glued to it kept: 约束性滩涂池塘）). A cell printed after its row's
    values (177: name / 约束性 / 99.88 / ≥99 / 生态环境厅) answers for the one row ended since the cell before;
    a block of K cells after a page's rows (438: 市生态环 / 境局 ×3, 市资规局 …) for the K rows ended since the
    block before, in order, only when the counts agree (a scrambled page pairs nothing)."""
    marks = [m.end() for m in _ROW_END.finditer(text, node.start, node.end)]
    runs: list[list[int]] = []  # cells with nothing but white space between them: one block
    for k, (s, _) in enumerate(cells):
        if runs and not text[cells[runs[-1][-1]][1]:s].strip():
            runs[-1].append(k)
        else:
            runs.append([k])
    out: list[tuple[int, int] | None] = [None] * len(cells)
    previous = node.start
    for run in runs:
        ended = [m for m in marks if previous <= m <= cells[run[0]][0]]
        if len(ended) == len(run):
            starts = [previous] + ended[:-1]
            for k, a, b in zip(run, starts, ended):
                while a < b and not text[a].strip():
                    a += 1
                out[k] = (a, b)
        previous = cells[run[-1]][1]
    return out


def _cell_only(text: str, s: int, e: int, cell: list[Annotation]) -> bool:
    """The line holds these bodies and nothing else but the marks joining them."""
    pos = s
    for a in cell:
        if a.start < pos or not _JOINERS.match(text[pos:a.start]):
            return False
        pos = a.end
    return bool(_JOINERS.match(text[pos:e]))

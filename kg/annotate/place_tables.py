"""Target tables by place (2021年各县（市）区工业技改投资预期目标, pool 404) from the text layer, one cell a line:
a header of K cells (序号, the column of places 县（市）区, then columns of targets each with its unit in its
brackets: 总量（亿元）, 比增（%）; the wraps step may glue two header cells on one line), then the rows, each its
serial number (missing on a row after a page break, printed after the table), its place and one cell per target
column (an empty cell / or — counts as a cell).

The reader pairs rows only when every row has a cell per target column and its name is a place (全市, 鼓楼区,
其中：高新区); a table it cannot pair gives nothing. Each row × target column with a value is a target: its
indicator the row's place, the title's subject and the column's name (鼓楼区 + 工业技改投资 + 总量, as the keys
word it), its unit from the column's header, its deadline the title's year (else the document's), binding
expected when the title says 预期. A column of growth over the year before (比增) is a change up from the year
before. A title that sets no targets (no 目标/任务) or reports (现状, 完成, 测算, 预计) gives nothing.

Words: ``ontology/target_cues.tsv`` (table-place-column, table-place-row, table-target-title, table-record-title,
table-expected-title, table-year-on-year-column, table-bracket-unit, table-serial-column, table-title-suffix,
table-title-whole-place, table-increase-end, table-decrease-end)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate.base import make
from kg.annotate.indicators import indicator_concept, label_ok
from kg.annotate.table_layouts import EMPTY, VALUE
from kg.annotate.values import MULTIPLIERS, TABLE_CMP, TABLE_SUFFIX, decimal_str, unit_row, units

_SERIAL = re.compile(r"^\s*(\d{1,3})\s*$")
_SERIAL_HEAD = cue("target_cues.tsv", "table-serial-column")
_PLACE_COLUMN = re.compile(r"(?:各)?(?:" + cue("target_cues.tsv", "table-place-column") + ")")
_PLACE_ROW = re.compile(r"(?:其中[：:]\s*)?(" + cue("target_cues.tsv", "table-place-row") + r")")
_TARGET_COLUMN = re.compile(r"([\u4e00-\u9fff]{1,10})\s*[（(]\s*(" + cue("target_cues.tsv", "table-bracket-unit") + r")\s*[）)]\s*")
_TARGET_TITLE = re.compile(r"(?:" + cue("target_cues.tsv", "table-target-title") + r")(?:" + cue("target_cues.tsv", "table-title-suffix") + r")?\s*$")
_RECORD = re.compile(cue("target_cues.tsv", "table-record-title"))
_EXPECTED = re.compile(cue("target_cues.tsv", "table-expected-title"))
_YEAR_ON_YEAR = re.compile(r"^(?:" + cue("target_cues.tsv", "table-year-on-year-column") + ")$")
_YEAR = re.compile(r"(20\d\d)\s*年(?:度)?")
_INCREASE = re.compile(r"(?:" + cue("target_cues.tsv", "table-increase-end") + r")$")
_DECREASE = re.compile(r"(?:" + cue("target_cues.tsv", "table-decrease-end") + r")$")
_TABLE_NUMBER = re.compile(r"^\s*(?:附)?表\s*\d+(?:\s*[-－.．]\s*\d+)?\s*")  # 表1, 表3-1 before a title
_WHOLE_PLACE = cue("target_cues.tsv", "table-title-whole-place")  # 全市, 全省 opening a title's subject
_TITLE = 60  # characters: a longer line above the header is prose, not the table's title


@dataclass(frozen=True)
class Column:
    name: str  # 总量
    unit: str  # 亿元, as printed in the header cell's brackets


@dataclass(frozen=True)
class PlaceRow:
    """One row of a target table by place: its place and one cell per target column (offsets; None where the
    cell is empty), with where the row starts and ends (its name's line to its last cell)."""
    place: str
    cells: tuple[tuple[int, int] | None, ...]
    start: int
    end: int


@dataclass(frozen=True)
class PlaceTable:
    title: str  # the line above the header
    subject: str  # what the columns measure, from the title (工业技改投资)
    columns: tuple[Column, ...]
    rows: tuple[PlaceRow, ...]
    year: int | None  # the title's year
    expected: bool


def _lines(text: str, start: int = 0) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[start:]) if m.group().strip()]


def _header_cells(line: str, first: bool) -> list | None:
    """The header cells of one line: 序号, the place column (only on the header's first lines), target columns
    (总量（亿元）); None when the line holds anything else."""
    cells: list = []
    rest = line.strip()
    while rest:
        if rest.startswith(_SERIAL_HEAD) and not cells and first:
            cells.append("serial")
            rest = rest[len(_SERIAL_HEAD):].lstrip()
            continue
        place = _PLACE_COLUMN.match(rest)
        if place and first and "place" not in cells and not any(isinstance(c, Column) for c in cells):
            cells.append("place")
            rest = rest[place.end():].lstrip()
            continue
        col = _TARGET_COLUMN.match(rest)
        if col is None:
            return None
        cells.append(Column(col.group(1), col.group(2)))
        rest = rest[col.end():]
    return cells


def _subject(title: str) -> str | None:
    """What the table's columns measure: the title's last piece after its years (a title glued to its subtitle:
    2021年各县（市）区…目标2021年…目标), after 各县（市）区 and without a table number before it (表1) and 预期目标
    after it; None when the title sets no targets or reports."""
    if _RECORD.search(title) or not _TARGET_TITLE.search(title):
        return None
    piece = re.split(r"20\d\d\s*年(?:度)?", title)[-1].strip()
    piece = _TABLE_NUMBER.sub("", piece)
    each = re.search(r"各(?:" + cue("target_cues.tsv", "table-place-column") + ")", piece)
    piece = piece[each.end():] if each else re.sub(r"^(?:" + _PLACE_COLUMN.pattern + "|" + _WHOLE_PLACE + ")", "", piece)
    return _TARGET_TITLE.sub("", piece).strip(" ：:") or ""


def tables(text: str) -> list[PlaceTable]:
    """Every target table by place whose rows pair with its header."""
    lines = _lines(text)
    out: list[PlaceTable] = []
    i = 0
    while i < len(lines):
        line = text[lines[i][0]:lines[i][1]]
        cells = _header_cells(line, True) if len(line.strip()) <= _TITLE else None
        if not cells or "place" not in cells:
            i += 1
            continue
        head = i
        if cells[0] != "serial" and i > 0 and text[lines[i - 1][0]:lines[i - 1][1]].strip() == _SERIAL_HEAD:
            head, cells = i - 1, ["serial"] + cells
        j = i + 1
        while j < len(lines) and (more := _header_cells(text[lines[j][0]:lines[j][1]], False)):
            cells += more
            j += 1
        found = _table(text, lines, head, j, cells)
        if found:
            out.append(found)
        i = j
    return out


def _table(text: str, lines: list[tuple[int, int]], head: int, body: int, cells: list) -> PlaceTable | None:
    columns = tuple(c for c in cells if isinstance(c, Column))
    if not columns or cells.count("place") != 1 or any(isinstance(c, Column) for c in cells[:cells.index("place")]):
        return None
    title = text[lines[head - 1][0]:lines[head - 1][1]].strip() if head else ""
    subject = _subject(title) if len(title) <= _TITLE * 2 else None
    if subject is None or any(_RECORD.search(c.name) for c in columns):
        return None
    rows: list[PlaceRow] = []
    serials: list[int] = []
    numbered, unnumbered, after = False, 0, 0  # the row's number seen; rows after the first printed without one
    k = body
    while k < len(lines):
        line = text[lines[k][0]:lines[k][1]]
        nxt = text[lines[k + 1][0]:lines[k + 1][1]] if k + 1 < len(lines) else ""
        if (sm := _SERIAL.match(line)) and "serial" in cells and _place(nxt):
            serials.append(int(sm.group(1)))  # the row's serial number
            numbered = True
            k += 1
            continue
        place = _place(line)
        if place is None:
            if (sm := _SERIAL.match(line)) and "serial" in cells:
                serials.append(int(sm.group(1)))  # a row's number printed after the table (a page break: 404's 8)
                after += 1
            break  # the table ends
        row_cells = []
        for c in range(len(columns)):
            if k + 1 + c >= len(lines):
                return None
            a, b = lines[k + 1 + c]
            cell = text[a:b]
            if VALUE.match(cell):
                row_cells.append((a, b))
            elif EMPTY.match(cell):
                row_cells.append(None)
            else:
                return None  # a row without a cell per column: the layout cannot be paired
        if rows and not numbered and place == line.strip():  # not the first row (a total), not a 其中 row
            unnumbered += 1
        rows.append(PlaceRow(place, tuple(row_cells), lines[k][0], lines[k + len(columns)][1]))
        numbered = False
        k += 1 + len(columns)
    if len(rows) < 2 or serials and sorted(serials) != list(range(1, len(serials) + 1)):
        return None  # serial numbers missing or twice: a value cell taken for a number, or one the other way
    if "serial" in cells and unnumbered != after:
        return None  # a row without its number, none printed after the table: the last number taken for a cell
    years = [int(y) for y in _YEAR.findall(title)]
    return PlaceTable(title, subject, columns, tuple(rows), max(years) if years else None, bool(_EXPECTED.search(title)))


def _place(line: str) -> str | None:
    m = _PLACE_ROW.fullmatch(line.strip())
    return m.group(1) if m else None


def tag(text: str, year_of_document: int | None, background: list[tuple[int, int]] = ()) -> list[Annotation]:
    """The targets of every target table by place in ``text`` (none inside ``background`` ranges)."""
    out: list[Annotation] = []
    for table in tables(text):
        if any(a <= table.rows[0].start < b for a, b in background):
            continue
        year = table.year or year_of_document
        for row in table.rows:
            for column, cell in zip(table.columns, row.cells):
                target = cell and _target(text, table, row, column, cell, year)
                if target:
                    out.append(target)
    return out


def _target(text: str, table: PlaceTable, row: PlaceRow, column: Column, cell: tuple[int, int],
            year: int | None) -> Annotation | None:
    vm = VALUE.match(text[cell[0]:cell[1]])
    surface, mult = column.unit, Decimal(1)
    if surface[0] in MULTIPLIERS and surface[1:] and any(u["surface"] == surface[1:] for u in units()):
        mult, surface = MULTIPLIERS[surface[0]], surface[1:]  # 万KW: a unit of its own (ontology/units.tsv), as tables.py reads it
    try:
        unit = unit_row(surface)
    except StopIteration:
        return None
    if (vm.group("pct") or vm.group("pct0")) and unit["code"] != "%":
        return None  # a percentage in a column of amounts: not this table's cell
    factor = mult * Decimal(unit["factor"])
    name = row.place + table.subject + column.name
    if not label_ok(name):
        return None
    ident, label = indicator_concept(name)
    yoy = _YEAR_ON_YEAR.match(column.name) is not None
    said = column.name if _INCREASE.search(column.name) or _DECREASE.search(column.name) else table.subject  # 能耗降低 / 目标（%）
    change = "increase" if yoy or _INCREASE.search(said) else "decrease" if _DECREASE.search(said) else None
    return make(
        "target", cell[0], cell[1], "target-table-place",
        indicator=ident, indicator_label=label, indicator_text=name,
        value=decimal_str(Decimal(vm.group("num")) * factor),
        value_max=decimal_str(Decimal(vm.group("max")) * factor) if vm.group("max") else None,
        unit=unit["code"], unit_iri=unit["qudt"] or None,
        comparator=TABLE_CMP.get(vm.group("cmp") or "") or TABLE_SUFFIX.get(vm.group("suf") or "") or "=",
        change=change, year=year, base_year=year - 1 if yoy and year else None,
        deadline_source="section" if table.year else ("document" if year else None),
        binding="expected" if table.expected else None,
        clause_start=row.start, clause_end=row.end, value_start=cell[0], value_end=cell[1],
        aspirational=False, index=0,
    )

"""Indicator tables (主要指标) from the text layout: pdftotext flattens a table one cell per line, and
each row ends with its attribute cell, 约束性 (binding) or 预期性 (expected). The line before that
cell holds the target value (72, 18②, 93%左右, ＜26%, a range 70-80 as min and max, a cumulative
［13.5］ as a change over the period), the line before it the base value (66.4, /, ——) of the
table's earliest year; the unit is the last bracketed unit of the row's cells (（%）, （公里）, （个）)
or a unit cell of its own (a 单位 column, over one or two lines), and the deadline the latest year
column of the table's header (2025年; never a year of the prose after the table), or its one year
column (2025年, 2025目标值), else the years of header cells around the row (a title glued to its year:
…指标体系2025年; never the prose's 到2035年), else the document's period (deadline_source ``document``). A row with a cell per year column (2019 | 2020 | 2025 |
2030) gives a target per column of the plan period, each with its own column's year. Where the
attribute cell follows the name (a 属性 column before the years), the values follow it.

Rows in other layouts (column by column, names apart, a row a line) are paired by
kg/annotate/table_layouts.py and read here.

A table of past results (a 完成 column, or no year column reaching the document's deadline) or one
under a heading of background (发展基础, “十三五”成效) gives no targets.

This reads only what the layout makes certain; a row whose value or unit cannot be found yields
nothing. Tables read from a PDF's structure are another stage's work.
"""
from __future__ import annotations

import re
from decimal import Decimal

from kg.lexicon import comparators, cue
from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.indicators import indicator_concept
from kg.annotate.table_cells import energy_unit, name_ok, power_cell, row_unit
from kg.annotate.table_change import read_name
from kg.annotate import numbered_names, outlook_columns, place_tables, plain_tables, yearly_tables
from kg.annotate.table_layouts import (ATTR_CELL as _ATTR_CELL, BASE as _BASE, EMPTY as _EMPTY, HEADER_YEAR as _HEADER_YEAR,
                                       VALUE as _VALUE, YEAR_CELL as _YEAR_CELL, Row, header_years, layout_rows,
                                       base_cell, past_header as _past_header, split_glued, target_column_first)
from kg.annotate.values import (TABLE_BINDING, TABLE_CMP, TABLE_EXPECTED, TABLE_HEADER, TABLE_ROW_PREFIX, TABLE_SUFFIX,
                                MULTIPLIERS, decimal_str, unit_row, units)

_MARK = re.compile(r"(?m)^(" + TABLE_BINDING + "|" + TABLE_EXPECTED + ")")
_FOOTNOTE = re.compile(r"^\s*[①②③④⑤⑥⑦⑧⑨⑩]+\s*$")
_CHANGE = [(re.compile(p), chg) for p, _, chg in comparators("before") if chg]  # 降低 → decrease
_UNIT_IN_BRACKETS = re.compile(r"[（(]\s*(" + cue("target_cues.tsv", "table-bracket-unit") + r")\s*[）)]")  # ontology/target_cues.tsv
_GLUED_PERCENT = re.compile(r"[\u4e00-\u9fff](( ?)(%|‰))\s*$")
# a header whose attribute column (属性) stands before its year columns: each row's values follow its attribute cell
_ATTRIBUTE_FIRST = re.compile(cue("target_cues.tsv", "table-attribute-column") + r"[^年]{0,20}\n[^\n]*20\d\d\s*年")
_RATE_COLUMN = re.compile("(?:" + cue("target_cues.tsv", "table-rate-column") + ")$")  # 十四五年均增速: a rate column
_BODY_COLUMN = re.compile(cue("target_cues.tsv", "table-body-column"))  # 牵头部门: a column of bodies after the values
_BODY_PREFIX = re.compile(r"(?m)^(?:" + cue("target_cues.tsv", "table-body-prefix") + r")(?=[\u4e00-\u9fff]{4})")
_UNIT_ALONE = re.compile(r"^(?:" + cue("target_cues.tsv", "table-bracket-unit") + r")$")
_ROW_OPEN = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})?[.．、]?|[（(]\d{1,2}[）)])\s*(?=[\u4e00-\u9fff])")  # 1.1可再生…, （4）
_CUT_ABOVE = re.compile(r"(?=.{8})[\u4e00-\u9fff]{2,}(?:、[\u4e00-\u9fff]{2,})+")  # a list of words wrapped right above a name's last line: the cell cut (no 三、 category, no bracket)
_WORD_CELL = re.compile(cue("target_cues.tsv", "table-word-cell"))  # 完成省下达目标: a value cell in words


def tag(doc: Document, year_of_document: int | None) -> list[Annotation]:
    text = doc.text
    out: list[Annotation] = []
    marks = list(_MARK.finditer(text))
    background = [(n.start, n.end) for n in doc.root.walk() if n.provision == "background"]
    table_start = 0
    for k, m in enumerate(marks):
        block_start = marks[k - 1].end() if k else max(0, text.rfind("\n\n", 0, m.start()), m.start() - 400)
        if not k or m.start() - marks[k - 1].end() > 400:
            table_start = max(0, text.rfind("\n\n", 0, m.start()), m.start() - 400)  # a new table: its header is above
            # the header's year columns; cells of the header the layer printed among the first rows count too
            years = header_years(text[max(0, table_start - 300):m.start()], text[m.start():m.end() + 200])
            single, years = (years if len(years) == 1 else None), (years if len(years) >= 2 else None)
            target_first = target_column_first(text[max(0, table_start - 300):m.start()])
            bodies = any(_BODY_COLUMN.fullmatch(ln.strip()) for ln in text[max(0, table_start - 300):m.start()].split("\n"))
            columns = header_years(text[max(0, table_start - 300):m.start()], text[m.start():m.end() + 200], False)
            rate = any(len(ln.strip()) <= 6 and _RATE_COLUMN.search(ln.strip()) and not _UNIT_IN_BRACKETS.search(ln)
                       for ln in text[max(0, table_start - 300):m.start()].split("\n")[-16:])
        if _in_attribute_run(text, m):
            continue  # attribute cells one under another: a table printed column by column (table_layouts)
        if years and (len(columns) >= 3 or rate):  # 2020年 / 2025年 / 2030年: each value its own column's year
            cells, top = _cells_above(text, block_start, m)
            if rate and len(cells) == len(columns) + 1 and _VALUE.match(text[cells[-2][0]:cells[-2][1]]):
                cells = cells[:-1]  # 十四五年均增速 after the year columns: its cell is no target
            if len(cells) == len(columns) and len(columns) >= 2:
                if not (any(a <= m.start() < b for a, b in background)
                        or _past_header(text[max(0, table_start - 300):m.start()])):
                    out += _row_of_columns(text, block_start, top, cells, columns, year_of_document, m)
                continue
        lines_end = m.start() - 1  # the newline before the marker
        value_line_end = lines_end
        value_line_start = text.rfind("\n", block_start, value_line_end) + 1
        line = text[value_line_start:value_line_end]
        if _FOOTNOTE.match(line):  # 180 / ② / 预期性: the footnote has a line of its own
            value_line_end = value_line_start - 1
            value_line_start = text.rfind("\n", block_start, value_line_end) + 1
            line = text[value_line_start:value_line_end]
        vm = _VALUE.match(line)
        if not vm and _EMPTY.match(line) and value_line_start > block_start:
            # 18.9 / 22左右 / — / 预期性: an empty 累计 cell after the target (a 五年累计 column)
            target_end = value_line_start - 1
            target_start = text.rfind("\n", block_start, target_end) + 1
            base_start = text.rfind("\n", block_start, target_start - 1) + 1
            base_line = text[base_start:target_start - 1]
            if base_start > block_start and (base_cell(base_line, text[target_start:target_end]) or _EMPTY.match(base_line)):
                vm = _VALUE.match(text[target_start:target_end])
                value_line_start, value_line_end = target_start, target_end
        after = None
        # 名称 / 属性 / 2020年 / 2025年: the values follow the attribute cell (a header saying so, or a row whose
        # attribute cell comes right after its name and unit: 近岸海域优良水质面积比例（%） / 约束性 / 99.88 / ≥99)
        if not vm and not _VALUE.match(line) and (_ATTRIBUTE_FIRST.search(text[max(0, table_start - 300):m.start()])
                                                  or _UNIT_IN_BRACKETS.search(line[-12:])):
            after = _values_after(text, m.end())
        if after:
            base_m, vm, value_line_start, value_line_end = after
            span = (m.start(), value_line_end)
            block = text[block_start:m.start()]
            unit_cell = None
        elif not vm or value_line_start <= block_start:
            continue
        else:
            span = (value_line_start, m.end())
            block = text[block_start:value_line_start]
            # the base-value cell above the target cell, then a unit cell of its own (单位 column) above it
            prev_start = text.rfind("\n", block_start, value_line_start - 1) + 1
            base_m = base_cell(text[prev_start:value_line_start - 1], line) if prev_start > block_start else None  # ≥26, 19.8*
            cells_end = prev_start if base_m or _EMPTY.match(text[prev_start:value_line_start - 1]) else value_line_start
            unit_cell = _unit_cell(block[:cells_end - block_start])
            if target_first and base_m and _BASE.match(line):  # 2025年（目标） before 2020年（现状）: the first is the target
                vm, base_m = _VALUE.match(text[prev_start:value_line_start - 1]), _BASE.match(line)
                value_line_start, value_line_end = prev_start, value_line_start - 1
                block = text[block_start:prev_start]
        if any(a <= m.start() < b for a, b in background) or _past_header(text[max(0, table_start - 300):m.start()]):
            continue  # a table of results (完成) or under a review heading: records, not targets
        if years is None:  # no two year columns in the header: its one year column, else the header cells around
            around, dated = _row_years(single, _cell_years(text[max(0, block_start - 300):m.end() + 300],
                                                           year_of_document), year_of_document)
        if bodies:  # 林业局 / 海草床生态系统修复面积（公顷）glued: the previous row's body cell is no part of the name
            block = _BODY_PREFIX.sub("", block)
            unit_cell = None if unit_cell is None else _unit_cell(block)
        if after is None and _another_name(block):
            continue  # a second name between the row's name and its values (pool 464): whose values is not certain
        target = _target(block, vm, base_m, unit_cell, years or around, year_of_document, bool(years) or dated,
                         span, (value_line_start, value_line_end), m.group(1), row=(text, block_start))
        if target is not None:
            out.append(target)
    out = numbered_names.over(out, [(row, t) for row in layout_rows(text) + numbered_names.numbered_rows(text) + plain_tables.rows(text) + yearly_tables.rows(text)
                                    if not any(a <= row.at < b for a, b in background) for t in _layout_row(text, row, year_of_document)])
    out += place_tables.tag(text, year_of_document, background)  # targets by place (各县（市）区…预期目标)
    return outlook_columns.drop(text, [a for a in out if a.get("indicator")])  # 2026年展望: a forecast (convention 64)


def _cell_years(window: str, year_of_document: int | None) -> list[int]:
    """The years of the header cells around a row: lines holding no sentence (表1…指标体系2025年 glued to its
    title counts, 到2035年，… of the prose around the table does not). With no document period, any year printed."""
    if year_of_document is None:
        return [int(y) for y in re.findall(r"(20\d\d)\s*年", window)]
    return [int(y) for ln in window.split("\n") if not re.search(r"[，。；：]", ln) for y in _HEADER_YEAR.findall(ln)]


def _row_years(single: list[int] | None, found: list[int], year_of_document: int | None) -> tuple[list[int], bool]:
    """(years, dated) of a row whose header shows fewer than two year columns: its one year column (``single``:
    2025年, 2025目标值), else the latest header year of the document's period around it, is its deadline; with
    neither (a base year such as 2020年 alone, or none) the document's period, and ``dated`` False: the deadline
    is the document's, not the table's. The earliest header year before the deadline stays its base year."""
    start = year_of_document - 5 if year_of_document else None
    found = found + (single or [])
    if single and (start is None or single[0] > start):
        deadline = single[0]
    else:
        deadline = max((y for y in found if start is None or start < y <= year_of_document), default=None)
    dated = deadline is not None
    deadline = deadline if dated else year_of_document
    if deadline is None:
        return [], False
    before = [y for y in found if y < deadline]
    return ([min(before)] if before else []) + [deadline], dated


def _another_name(block: str) -> bool:
    """The row's cells before its values hold, after the name closing with its bracketed unit, another line
    naming something (four Chinese characters or more, no header word, no value in words such as
    完成国家和省上下达的目标, not a whole name closing with its own unit: the next row's, printed ahead of the
    values in the rows' order): a fragment of another row's name above this row's values (464)."""
    found = list(_UNIT_IN_BRACKETS.finditer(block))
    if not found:
        return False
    for ln in block[found[-1].end():].split("\n")[1:]:
        if (len(re.findall(r"[\u4e00-\u9fff]", ln)) >= 4 and not _WORD_CELL.search(ln)
                and not (len(ln.strip()) <= 6 and TABLE_HEADER.search(ln)) and not _past_header(ln)
                and not re.search(r"[（(][^（）()]{1,8}[）)]\s*$", ln)):  # the next row's whole name, in order (388)
            return True
    return False


def _cells_above(text: str, block_start: int, m) -> tuple[list[tuple[int, int]], int]:
    """The value cells one a line right above the attribute cell ``m``, top to bottom, and where the line
    above them ends (the row's name, or its unit cell)."""
    cells: list[tuple[int, int]] = []
    end = m.start() - 1
    while end > block_start:
        start = text.rfind("\n", block_start, end) + 1
        line = text[start:end]
        parts = split_glued(text, start, end)  # 30左右[15.3]: a target cell and its [ ] change cell glued by the clean step
        if not line.strip() or not all(_VALUE.match(text[a:b]) or _EMPTY.match(text[a:b]) for a, b in parts):
            break
        cells[:0] = parts
        end = start - 1
    return cells, max(end, block_start)


def _row_of_columns(text: str, block_start: int, top: int, cells: list[tuple[int, int]], columns: list[int],
                    year_of_document: int | None, m) -> list[Annotation]:
    """A row with a cell per year column (2019 | 2020 | 2025 | 2030): a target per column inside or after the
    document's plan period, each with its column's year; the base the last column before them."""
    start = year_of_document - 5 if year_of_document else columns[0]  # the plan period's first year (2020 of 十四五)
    later = [c for c in range(len(columns)) if columns[c] > max(start, columns[0])]
    if not later:
        return []
    base_c = max((c for c in range(later[0]) if columns[c] < columns[later[0]]), default=None)
    base_m = _BASE.match(text[cells[base_c][0]:cells[base_c][1]]) if base_c is not None else None
    base_years = [columns[base_c]] if base_c is not None else []
    block = _joined_name(text[block_start:top])  # its clause the row, from its name's line (the base cell inside)
    unit_cell = _unit_cell(block)
    out = []
    for c in later:
        vm = _VALUE.match(text[cells[c][0]:cells[c][1]])
        span = (cells[c][0], m.end() if c == len(cells) - 1 else cells[c][1])
        target = vm and _target(block, vm, base_m, unit_cell, base_years + [columns[c]], year_of_document, True,
                                span, cells[c], m.group(1), row=(text, block_start))
        if target:
            out.append(target)
    return out


def _joined_name(block: str) -> str:
    """The row's cells before its values with a name wrapped over two or three lines joined (★可再生能源 /
    开发利用量及 / 占能源消费比重): header cells and longer runs stay as they are."""
    unit = _unit_cell(block)
    lines = [ln.strip() for ln in (block[:unit[0]] if unit else block).split("\n") if ln.strip()]
    if not 2 <= len(lines) <= 3 or any(_HEADER_YEAR.search(ln) or _YEAR_CELL.match(ln) or
                                       (len(ln) <= 6 and TABLE_HEADER.search(ln)) for ln in lines):
        return block
    joined = "".join(lines).lstrip("★*")
    if len(joined) > 30 or not re.search(r"[\u4e00-\u9fff]{2}", lines[0]):
        return block
    return "\n" + joined + ("\n" + block[unit[0]:] if unit else "")


def _in_attribute_run(text: str, m) -> bool:
    """The attribute cell ``m`` has another attribute cell alone on the line before or after it."""
    end = text.find("\n", m.end())
    nxt = text[end + 1:text.find("\n", end + 1) if text.find("\n", end + 1) >= 0 else len(text)] if end >= 0 else ""
    prev_start = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
    prev = text[prev_start:m.start() - 1] if m.start() else ""
    return any(_ATTR_CELL.match(ln.strip()) for ln in (prev, nxt) if ln.strip())


def _layout_row(text: str, row: Row, year_of_document: int | None) -> list[Annotation]:
    """The targets of a row a layout reader paired (kg/annotate/table_layouts.py): with a cell per year column,
    a target per column of the plan period with its column's year, else the last cell with the latest year."""
    cells, years = row.cells, sorted(row.years)  # cells in reading order: the earliest year first
    if len(years) == len(cells) >= 2:
        start = year_of_document - 5 if year_of_document else years[0]  # the plan period's first year
        later = [c for c in range(len(years)) if years[c] > max(start, years[0])]
        base_c = max((c for c in range(later[0]) if years[c] < years[later[0]]), default=None) if later else None
    else:
        later, base_c = [len(cells) - 1], (0 if len(cells) > 1 else None)
    base_cell = text[cells[base_c][0]:cells[base_c][1]] if base_c is not None else ""
    base_m = _BASE.match(base_cell) or _VALUE.match(base_cell) if base_cell else None  # ≤0.9: a base with its mark
    out = []
    for c in later:
        vm = _VALUE.match(text[cells[c][0]:cells[c][1]])
        column = ([years[base_c]] if base_c is not None else []) + [years[c]] if len(years) == len(cells) else years
        dated = bool(years)
        if len(years) < 2:  # one year column (its deadline if of the plan period), or none: the document's period
            column, dated = _row_years(years or None, [], year_of_document)
        one_line = "\n" not in text[row.at:cells[c][0]]  # a row a line: its clause is the row, to its attribute
        end = (text.find("\n", cells[c][1]) if "\n" in text[cells[c][1]:] else len(text)) if one_line else cells[c][1]
        target = vm and _target(row.name, vm, base_m, None, column, year_of_document, dated, row.clause or (cells[c][0], end),
                                cells[c], row.attribute, row=(text, row.at) if one_line else None)
        if target:
            out.append(target)
    return out


def _target(block: str, vm, base_m, unit_cell, years: list[int], year_of_document: int | None, dated: bool,
            span: tuple[int, int], value_span: tuple[int, int], attribute: str,
            row: tuple[str, int] | None = None) -> Annotation | None:
    """The target of one row: its name and unit from ``block`` (the cells before its values), its target cell
    ``vm``, its base cell ``base_m``; the deadline the latest of the table's year columns ``years``. With ``row``
    (the text and where the row's cells may start), its clause is the row from its name's line to ``span``'s end."""
    units_found = list(_UNIT_IN_BRACKETS.finditer(block))
    pct = vm.group("pct") or vm.group("pct0")
    if pct:
        surface = pct
    elif units_found:
        surface = row_unit(units_found, block).group(1)
    elif unit_cell:
        surface = unit_cell[1]
    else:
        return None  # no unit: the row cannot be read with certainty
    mult = 1
    if surface[0] in MULTIPLIERS and surface[1:] and any(u["surface"] == surface[1:] for u in units()):
        mult, surface = MULTIPLIERS[surface[0]], surface[1:]  # 万吨 a unit cell: 万 of ontology/target_cues.tsv multiplier
    try:
        unit = unit_row(energy_unit(surface, block))  # 万KW a unit of its own (ontology/units.tsv); 亿吨 of energy tce
    except StopIteration:
        return None
    factor = mult * Decimal(unit["factor"])
    value = decimal_str(Decimal(vm.group("num")) * factor)
    value_max = decimal_str(Decimal(vm.group("max")) * factor) if vm.group("max") else None
    comparator = TABLE_CMP.get(vm.group("cmp") or "") or TABLE_SUFFIX.get(vm.group("suf") or "") or "="
    if unit_cell and not units_found and not pct:
        name = _indicator(block[:unit_cell[0]], None)
    else:
        name = _indicator(block, row_unit(units_found, block) if units_found and not pct else None)
    change = None
    if vm.group("open"):  # ［13.5］: a change over the plan's period, its direction in the name (降低, 提高)
        found = next(((rx.search(name), chg) for rx, chg in _CHANGE if rx.search(name)), None)
        if found is None:
            return None
        word, change = found
        if word.end() == len(name):  # 单位地区生产总值能耗降低: the indicator is what falls
            name = name[:word.start()]
    year = max(years) if years else year_of_document
    if years and year_of_document and year <= year_of_document - 5:
        return None  # every value column is a year of the last plan period or before: its figures, not targets
    has_base = base_m is not None or change is not None
    base_year = min(years) if has_base and years and min(years) < (year or 0) else None
    name, change, base_year = read_name(name, block, change, base_year)  # 能效水平提升（%）: table_change.py
    base_value = decimal_str(Decimal(base_m.group("num")) * factor) if base_m and base_year and not change else None
    name = "" if re.search(r"[<＜>＞≤≥≦≧]", name) else name  # 其他县城≥25: a value cell, not a name
    ident, label = indicator_concept(name) if name else (None, None)
    clause_start = _row_start(row[0], name, row[1], span[0]) if row and name else span[0]
    return make(
        "target", span[0], span[1], "target-table-text",
        indicator=ident, indicator_label=label, indicator_text=name or None,
        value=value, value_max=value_max, unit=unit["code"], unit_iri=unit["qudt"] or None, comparator=comparator,
        change=change, year=year, base_year=base_year, base_value=base_value,
        deadline_source="section" if dated else ("document" if year else None),
        binding="binding" if re.fullmatch(TABLE_BINDING, attribute) else ("expected" if attribute else None),  # plain_tables: none
        clause_start=clause_start, clause_end=span[1], value_start=value_span[0], value_end=value_span[1],
        aspirational=False, index=0,
    )


def _row_start(text: str, name: str, lo: int, at: int) -> int:
    """Where the row whose name is ``name`` starts: the line holding the name's first characters, between ``lo``
    (the previous row's end) and ``at`` (its values); ``at`` when the name is not printed there as it reads."""
    i = text.rfind(name[:3], lo, at)
    return max(lo, text.rfind("\n", lo, i) + 1) if i >= 0 else at


def _values_after(text: str, at: int):
    """(base match, target match, target start, target end) of the two value cells after an attribute cell."""
    if text[at:at + 1] != "\n":
        return None
    base_start = at + 1
    base_end = text.find("\n", base_start)
    if base_end < 0:
        return None
    target_end = text.find("\n", base_end + 1)
    target_end = len(text) if target_end < 0 else target_end  # the table ends the text
    base_line = text[base_start:base_end]
    vm = _VALUE.match(text[base_end + 1:target_end])
    if vm is None or not (base_cell(base_line, vm.group(0)) or _EMPTY.match(base_line)):
        return None
    return base_cell(base_line, vm.group(0)), vm, base_end + 1, target_end


def _unit_cell(block: str) -> tuple[int, str] | None:
    """(where it starts, unit) of the row's last cell when it is a unit alone (%, 万千瓦, 公里): a 单位 column."""
    end = len(block.rstrip("\n"))
    start = block.rfind("\n", 0, end) + 1
    cell = block[start:end].strip().strip("（）()")
    if cell and len(cell) <= 8 and _UNIT_ALONE.match(cell):
        return start, cell
    two = block.rfind("\n", 0, max(0, start - 1)) + 1 if start else None
    joined = block[two:end].replace("\n", "").strip().strip("（）()") if two is not None else ""
    if 2 < len(joined) <= 8 and _UNIT_ALONE.match(joined):  # 万吨 / 标准煤: a unit cell over two lines
        return two, joined
    glued = _GLUED_PERCENT.search(block[start:end])  # 城市生活垃圾回收利用率 / % joined as one line by the wraps step
    if glued:
        return start + glued.start(1), glued.group(3)
    return None


def _indicator(block: str, unit_m) -> str:
    """The row's indicator: the cell text before its unit bracket, without row numbers and notes; a name wrapped
    over two lines whose first line opens the row (1.1可再生能源电力总量消 / 纳责任权重%) whole."""
    if unit_m is not None:
        line_start = block.rfind("\n", 0, unit_m.start()) + 1
        cell = block[line_start:unit_m.start()]
    else:
        lines = block.split("\n")  # a two-character name (风电) counts on a line under its row number alone (2.1)
        cells = [c for i, c in enumerate(lines) if (re.search(r"[\u4e00-\u9fff]{3,}", c) or power_cell(c) or i and re.fullmatch(r"[\u4e00-\u9fff]{2}", c.strip())
                 and re.fullmatch(r"\s*\d{1,2}\.\d{1,2}\s*", lines[i - 1])) and not TABLE_HEADER.search(c)
                 and not (len(c.strip()) <= 8 and _past_header(c))]  # 期间完成情况: the header's cell, no name
        cell = cells[-1] if cells else ""
        line_start = block.rfind("\n" + cell) + 1 if cell else 0
    head = _wrapped_head(block, line_start) if cell and not _ROW_OPEN.match(cell) else ""
    name = _clean_name(cell)
    joined = _clean_name(head + cell) if head else ""
    cut = line_start and _CUT_ABOVE.fullmatch(block[:line_start - 1].rsplit("\n", 1)[-1]) and not (joined and _plain(joined))
    return "" if cut else joined if joined and _plain(joined) and len(joined) > len(name) else name  # 新建…屋顶光 / 伏覆盖率: none


def _clean_name(cell: str) -> str:
    cell = TABLE_ROW_PREFIX.sub("", cell)
    cell = re.sub(r"^(?:\d+(?!\d|\s*(?:" + cue("target_cues.tsv", "label-class-lead") + r"))|[（(]\d+[）)])", "", cell)  # the row number: 3, （4）; not 500 千伏 (572)
    cell = re.sub(r"[①②③④⑤⑥⑦⑧⑨⑩]", "", cell)
    cell = re.sub(r"(?<=[\u4e00-\u9fff])\d(?=\s*(?:[（(][^）)]*[）)]\s*)?$)", "", cell)  # 修复面积2（公顷）: a note's number
    cell = re.sub(r"\d+(?:\.\d+)?[（(][^）)]*$", "", cell)
    if not _plain(cell):  # 近岸海域水质优良（一、二类）66.4（2018~20201比例: cells of two columns run together
        cell = re.sub(r"[（(][^（()）]*[）)]", "", cell)
        if not _plain(cell):  # 城市O3浓度（8小时）: the bracket alone was the fault, the name keeps its digits
            cell = re.sub(r"[\d.~～\-—（(）)]+", "", cell)
    return cell.strip(" ：:")


def _wrapped_head(block: str, line_start: int) -> str:
    """The first line of a name wrapped over two, above its last line at ``line_start``: a line opening the row
    (its row number before it: 1.1可再生能源电力总量消, 1地级及以上城市细颗粒物（PM2.5）; or a row number alone on the
    line above it: 8 / 地表水（省控及以上断面）质) that holds Chinese words and no unit, value, attribute or sentence;
    '' otherwise (a category cell 生态 / 环境质量…, the previous row's name closing with its unit)."""
    lines = block[:line_start].rstrip("\n").split("\n")
    prev = lines[-1] if line_start else ""
    opened = _ROW_OPEN.match(prev)
    if opened:
        head = prev[opened.end():]
    elif len(lines) >= 2 and re.fullmatch(r"\s*\d{1,2}\s*", lines[-2]):
        head = prev
    else:
        return ""
    head = head.strip()
    if (len(re.findall(r"[\u4e00-\u9fff]", head)) < 2 or re.search(r"[，。；：%‰<＜>＞≤≥≦≧]|^、|、$", head)
            or _UNIT_IN_BRACKETS.search(head) or _MARK.search(head) or re.search(r"\d\s*$", head)
            or (len(head) <= 6 and TABLE_HEADER.search(head)) or _past_header(head) or not _balanced(head)):
        return ""
    return head


def _balanced(cell: str) -> bool:
    """Every bracket of the cell closed after it opens (（PM2.5）, not 断面7）（质: cells of two rows run together)."""
    depth = 0
    for ch in cell:
        depth += (ch in "（(") - (ch in "）)")
        if depth < 0:
            return False
    return depth == 0


def _plain(cell: str) -> bool:
    return name_ok(cell.strip(" ：:"))

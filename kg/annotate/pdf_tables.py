"""Indicator tables (主要指标) read from a PDF's table structure (``Source.tables``, pdfplumber rows):
a header row names the indicator column (指标名称, 具体指标; not the categories' 指标分类, 一级指标, 类别: with
no other column holding 指标, the first column naming rows, 332's 类别), year columns (2020年, 2025年) and the
attribute column (属性, 指标属性, 指标性质); every later row is a target with its base value and year (the
earliest year column), target value and year (the latest), unit (单位 column, a bracketed unit in the name,
or %), and binding (约束性 → binding, 预期性 → expected). A name spanning two columns (447: 地表水 |
地表水达到或好于Ⅲ类水体比例 under one 指标名称) is its last cell; a row number before it (（1）, 1.1, ．4) is no part
of it.

A row is read only when its target cell is one number (≥98%, 72, ＜26%, 93%左右) with a unit, and its indicator
name is printed in the text layer (the annotation anchors there: on the table's page where the text layer has
page breaks, line breaks inside the name allowed). A table with fewer than two year columns, or a header cell of
results (完成值, 完成情况: 433's table of the last plan), gives nothing: its figures are records.

Each printing of an aim is a target (keys convention 56): a row whose prose twin states the same value elsewhere
(447's 森林覆盖率 ≥61 and 全市森林覆盖率保持在61%以上) is kept beside it; the same row read from the table's structure
and from its text layer is one printing (``merge``).
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal

from kg.lexicon import cue
from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.indicators import indicator_concept, label_ok
from kg.annotate.values import (TABLE_ATTRIBUTE_COLUMN, TABLE_BINDING, TABLE_CMP, TABLE_EXPECTED, TABLE_INDICATOR_COLUMN,
                                TABLE_SUFFIX, TABLE_SUFFIX_WORDS, TABLE_UNIT_COLUMNS, decimal_str, unit_row)

_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_NOTES = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩*＊★△\s]")
_CELL = re.compile(r"^(?P<cmp>[<＜>＞≤≥≦≧])?(?P<num>\d+(?:\.\d+)?)(?P<pct>%|‰)?(?P<suf>" + TABLE_SUFFIX_WORDS + r")?$")
_UNIT_IN_NAME = re.compile(r"[（(]\s*([^（）()]{1,8})\s*[）)]\s*$")
# a row number before the name: （1）, ．4, 1.1, 3. or 3、, 1 and a space (never 10千伏's digits)
_ROW_NUMBER = re.compile(r"^\s*(?:[（(]\d{1,2}[）)]|[．.]\s*\d{1,2}|\d{1,2}(?:\.\d{1,2})+|\d{1,2}[．.、]|\d{1,2}\s+)\s*")
_CATEGORY = re.compile(cue("target_cues.tsv", "table-category-column"))  # 指标分类, 一级指标
_PAST = re.compile(cue("target_cues.tsv", "table-past-column"))  # 完成值, 完成情况: a table of results
_ATTRIBUTE_CELL = re.compile(TABLE_BINDING + "|" + TABLE_EXPECTED)
_SERIAL = re.compile(cue("target_cues.tsv", "table-serial-column"))  # 序号
_SENTENCE = re.compile(r"[，。；]")  # a sentence's marks: no flattened table row holds them


def _name_column(cells: list[str], before: int) -> int | None:
    """The indicators' column: a header cell holding 指标 that names no categories nor attributes, else the first
    cell before the value columns that is no row number, category-free 指标 cell or unit column."""
    named = [j for j, c in enumerate(cells) if TABLE_INDICATOR_COLUMN.search(c) and not TABLE_ATTRIBUTE_COLUMN.search(c)]
    plain = [j for j in named if not _CATEGORY.search(cells[j])]
    if plain:
        return plain[0]
    if named:
        return None  # 指标分类 alone: the indicators' column is not named, nothing is certain
    return next((j for j in range(before) if cells[j] and not _SERIAL.search(cells[j])
                 and cells[j] not in TABLE_UNIT_COLUMNS), None)


def _header(rows) -> tuple[int, dict] | None:
    for i, row in enumerate(rows[:3]):
        cells = [_NOTES.sub("", c or "") for c in row]
        years = {j: int(m.group(1)) for j, c in enumerate(cells) if (m := _YEAR.search(c))}
        attr = next((j for j, c in enumerate(cells) if TABLE_ATTRIBUTE_COLUMN.search(c)), None)
        if not years or attr is None:
            continue
        header = [row] + [r for r in rows[i + 1:i + 2] if not any(_ATTRIBUTE_CELL.fullmatch(_NOTES.sub("", c or "")) for c in r)]
        if len(set(years.values())) < 2 or any(_PAST.search(c or "") for r in header for c in r):
            return None  # one year column, or a column of results: the table's figures are no targets
        name = _name_column(cells, min(years))
        if name is None:
            return None
        unit = next((j for j, c in enumerate(cells) if c in TABLE_UNIT_COLUMNS), None)
        # a name over two columns: the header cells right of 指标名称 left empty, before the unit and values
        span = [name]
        while span[-1] + 1 < min(years) and not cells[span[-1] + 1] and span[-1] + 1 != unit:
            span.append(span[-1] + 1)  # right next to it only: an empty cell past 属性 or 单位 is another column
        return i, {"years": years, "attr": attr, "name": span, "unit": unit}
    return None


def _cell_value(cell: str):
    return _CELL.match(_NOTES.sub("", cell or "").replace("，", ""))


def _row_name(row, columns: list[int]) -> str:
    """The row's name: the last non-empty cell of its name columns, without notes and its row number."""
    cells = [row[j] or "" for j in columns if j < len(row)]
    name = next((c for c in reversed(cells) if c.strip()), "")
    return _NOTES.sub("", _ROW_NUMBER.sub("", name))


def _page_span(doc: Document, page: int) -> tuple[int, int]:
    """The cleaned text's offsets of one page, from the text layer's form feeds; the whole text without them."""
    source = doc.source.text
    if "\f" not in source:
        return 0, len(doc.text)
    starts = [0] + [m.end() for m in re.finditer("\f", source)]
    if page - 1 >= len(starts):
        return 0, len(doc.text)
    a = starts[page - 1]
    b = starts[page] if page < len(starts) else len(source)
    return bisect.bisect_left(doc.offsets, a, 0, len(doc.text)), bisect.bisect_left(doc.offsets, b, 0, len(doc.text))


def _row_line(text: str, start: int, end: int) -> bool:
    """The line from a name printed at start..end to the line's end reads as a table's flattened row (森林覆盖率% 61.02
    ≥61约束性), not a sentence (全市森林覆盖率保持在61%以上，…: a comma or a full stop)."""
    line_end = text.find("\n", end)
    return not _SENTENCE.search(text, start, len(text) if line_end < 0 else line_end)


def _anchor(doc: Document, name: str, page: int) -> tuple[int, int] | None:
    """Where the row's name is printed: on its page first (line breaks and spaces inside it allowed), a printing on
    a line of the flattened table before one in a sentence; else anywhere in the text."""
    rx = re.compile(r"\s*".join(map(re.escape, name)))
    a, b = _page_span(doc, page)
    on_page = list(rx.finditer(doc.text, a, b))
    found = (next((m for m in on_page if _row_line(doc.text, m.start(), m.end())), None)
             or (on_page[0] if on_page else rx.search(doc.text)))
    return (found.start(), found.end()) if found else None


def same_printing(t: Annotation, others: list[Annotation], text: str) -> Annotation | None:
    """The reading of a PDF row's own printing, if one was read: a row of the text layer's table reader with the same
    value and unit under the same name, or a name holding the other (单位地区生产总值能源消耗 / …降低); or any reading
    of the same value and unit on the row's own line of the text layer, no comma nor full stop between its name and
    the value (the flattened row 受污染耕地安全利用率98% ≥98%约束性 read by the prose readers). The prose printing of
    the same aim elsewhere (全市森林覆盖率保持在61%以上) is another printing: each printing is a target (convention 56)."""
    name = t.get("indicator_text") or ""
    line_end = text.find("\n", t.end)
    line_end = len(text) if line_end < 0 else line_end
    for o in others:
        if o.layer != "target" or (o.get("value"), o.get("unit")) != (t.get("value"), t.get("unit")):
            continue
        at = o.get("value_start")
        if at is not None and t.start <= at <= line_end and not _SENTENCE.search(text, t.start, at):
            return o  # on the row's flattened line, no sentence's mark before it: the same printing
        other = o.get("indicator_text") or ""
        if o.rule == "target-table-text" and (o.get("indicator_label") == t.get("indicator_label")
                                              or (other and (other in name or name in other))):
            return o
    return None


def merge(out: list[Annotation], rows: list[Annotation], text: str) -> list[Annotation]:
    """The PDF's rows added to the readings of the text layer: a row whose printing the text layer's table reader
    read is not added again; a row whose printing a prose reader read off the flattened line replaces that reading
    (the PDF's cells give the row its name, base value and binding), as it replaces a text layer's table row whose
    name lost its first lines; any other row is a printing of its own."""
    out = list(out)
    for t in rows:
        twin = same_printing(t, out, text)
        if twin is None:
            out.append(t)
        elif not twin.rule.startswith("target-table") or _cut_name(twin, t):
            out[out.index(twin)] = t
    return out


def _cut_name(text_row: Annotation, pdf_row: Annotation) -> bool:
    """The text layer's reader kept only the name's last line (567's 行比例 for 城区常住人口300万以上城市绿色出行比例):
    the PDF's cell holds the whole name."""
    cut, whole = text_row.get("indicator_text") or "", pdf_row.get("indicator_text") or ""
    return len(cut) < len(whole) and whole.endswith(cut)


def tag(doc: Document) -> list[Annotation]:
    out: list[Annotation] = []
    for table in getattr(doc.source, "tables", ()) or ():
        head = _header(table.rows)
        if head is None:
            continue
        at, cols = head
        years = cols["years"]
        target_col = max(years, key=lambda j: years[j])
        base_col = min(years, key=lambda j: years[j])
        for row in table.rows[at + 1:]:
            if max(cols["name"][0], target_col, cols["attr"]) >= len(row):
                continue
            attr = _NOTES.sub("", row[cols["attr"]] or "")
            if not _ATTRIBUTE_CELL.fullmatch(attr):  # 预期性, or 指导性 as some tables print it
                continue
            name = _row_name(row, cols["name"])
            vm = _cell_value(row[target_col])
            if not name or vm is None:
                continue
            unit_surface = vm.group("pct")
            um = _UNIT_IN_NAME.search(name)
            if um:
                name = name[: um.start()]
                unit_surface = unit_surface or um.group(1)
            if not unit_surface and cols["unit"] is not None and cols["unit"] < len(row):
                unit_surface = _NOTES.sub("", row[cols["unit"]] or "").strip("（）()")
            try:
                unit = unit_row(unit_surface) if unit_surface else None
            except StopIteration:
                unit = None
            if unit is None or not label_ok(name):
                continue
            span = _anchor(doc, name, table.page)
            if span is None:
                continue  # the row's name is not in the text layer: nothing to anchor on
            value = decimal_str(Decimal(vm.group("num")) * Decimal(unit["factor"]))
            comparator = TABLE_CMP.get(vm.group("cmp") or "") or TABLE_SUFFIX.get(vm.group("suf") or "") or "="
            bm = _cell_value(row[base_col]) if base_col < len(row) else None
            ident, label = indicator_concept(name)
            out.append(make(
                "target", span[0], span[1], "target-table-pdf",
                indicator=ident, indicator_label=label, indicator_text=name,
                value=value, unit=unit["code"], unit_iri=unit["qudt"] or None, comparator=comparator,
                year=years[target_col], base_year=years[base_col] if bm is not None else None,
                base_value=decimal_str(Decimal(bm.group("num")) * Decimal(unit["factor"])) if bm is not None else None,
                deadline_source="section", binding="binding" if re.fullmatch(TABLE_BINDING, attr) else "expected",
                clause_start=span[0], clause_end=span[1], value_start=span[0], value_end=span[1],
                aspirational=False, index=0, page=table.page,
            ))
    return out

"""Indicator tables (主要指标) read from a PDF's table structure (``Source.tables``, pdfplumber rows):
a header row names the indicator column (指标, 指标名称), year columns (2020年, 2025年) and the
attribute column (属性, 指标属性); every later row is a target with its base value and year (the
earliest year column), target value and year (the latest), unit (单位 column, a bracketed unit in
the name, or %), and binding (约束性 → binding, 预期性 → expected).

A row is read only when its target cell is one number (≥98%, 72, ＜26%, 93%左右) with a unit, and
its indicator name is printed in the text layer (the annotation anchors there). Tables of past
figures (完成值, 完成情况) have no attribute column and give nothing.
"""
from __future__ import annotations

import re
from decimal import Decimal

from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.indicators import indicator_concept, label_ok
from kg.annotate.values import (TABLE_ATTRIBUTE_COLUMN, TABLE_BINDING, TABLE_CMP, TABLE_EXPECTED, TABLE_INDICATOR_COLUMN,
                                TABLE_SUFFIX, TABLE_SUFFIX_WORDS, TABLE_UNIT_COLUMNS, decimal_str, unit_row)

_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_NOTES = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩\s]")
_CELL = re.compile(r"^(?P<cmp>[<＜>＞≤≥])?(?P<num>\d+(?:\.\d+)?)(?P<pct>%|‰)?(?P<suf>" + TABLE_SUFFIX_WORDS + r")?$")
_UNIT_IN_NAME = re.compile(r"[（(]\s*([^（）()]{1,8})\s*[）)]\s*$")


def _header(rows) -> tuple[int, dict] | None:
    for i, row in enumerate(rows[:3]):
        cells = [_NOTES.sub("", c or "") for c in row]
        years = {j: int(m.group(1)) for j, c in enumerate(cells) if (m := _YEAR.search(c))}
        attr = next((j for j, c in enumerate(cells) if TABLE_ATTRIBUTE_COLUMN in c), None)
        name = next((j for j, c in enumerate(cells) if TABLE_INDICATOR_COLUMN.search(c) and TABLE_ATTRIBUTE_COLUMN not in c), None)
        unit = next((j for j, c in enumerate(cells) if c in TABLE_UNIT_COLUMNS), None)
        if years and attr is not None and name is not None:
            return i, {"years": years, "attr": attr, "name": name, "unit": unit}
    return None


def _cell_value(cell: str):
    m = _CELL.match(_NOTES.sub("", cell or "").replace("，", ""))
    return m


def tag(doc: Document) -> list[Annotation]:
    tables = getattr(doc.source, "tables", ()) or ()
    text = doc.text
    flat = re.sub(r"\s+", "", text)
    out: list[Annotation] = []
    for table in tables:
        head = _header(table.rows)
        if head is None:
            continue
        at, cols = head
        years = cols["years"]
        target_col = max(years, key=lambda j: years[j])
        base_col = min(years, key=lambda j: years[j]) if len(years) > 1 else None
        for row in table.rows[at + 1:]:
            if max(cols["name"], target_col, cols["attr"]) >= len(row):
                continue
            attr = _NOTES.sub("", row[cols["attr"]] or "")
            if not re.fullmatch(TABLE_BINDING + "|" + TABLE_EXPECTED, attr):  # 预期性, or 指导性 as some tables print it
                continue
            name = _NOTES.sub("", row[cols["name"]] or "")
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
            pos = text.find(name)
            if pos < 0:
                continue  # the row's name is not in the text layer: nothing to anchor on
            value = decimal_str(Decimal(vm.group("num")) * Decimal(unit["factor"]))
            comparator = TABLE_CMP.get(vm.group("cmp") or "") or TABLE_SUFFIX.get(vm.group("suf") or "") or "="
            bm = _cell_value(row[base_col]) if base_col is not None and base_col < len(row) else None
            ident, label = indicator_concept(name)
            out.append(make(
                "target", pos, pos + len(name), "target-table-pdf",
                indicator=ident, indicator_label=label, indicator_text=name,
                value=value, unit=unit["code"], unit_iri=unit["qudt"] or None, comparator=comparator,
                year=years[target_col], base_year=years[base_col] if bm is not None else None,
                base_value=decimal_str(Decimal(bm.group("num")) * Decimal(unit["factor"])) if bm is not None else None,
                deadline_source="section", binding="binding" if attr == TABLE_BINDING else "expected",
                clause_start=pos, clause_end=pos + len(name), value_start=pos, value_end=pos + len(name),
                aspirational=False, index=0, page=table.page,
            ))
    del flat
    return out

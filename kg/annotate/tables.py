"""Indicator tables (主要指标) from the text layout: pdftotext flattens a table one cell per line, and
each row ends with its attribute cell, 约束性 (binding) or 预期性 (expected). The line before that
cell holds the target value (72, 18②, 93%左右, ＜26%), the line before it the base value (66.4, /,
——); the unit is the last bracketed unit of the row's cells (（%）, （公里）, （个）), and the deadline
the table's target-year column (2025年), else the document's period.

This reads only what the layout makes certain; a row whose value or unit cannot be found yields
nothing. Tables read from a PDF's structure are another stage's work.
"""
from __future__ import annotations

import re

from decimal import Decimal

from kg.lexicon import cue
from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.indicators import indicator_concept, label_ok
from kg.annotate.values import (TABLE_BINDING, TABLE_CMP, TABLE_EXPECTED, TABLE_HEADER, TABLE_ROW_PREFIX, TABLE_SUFFIX,
                                TABLE_SUFFIX_WORDS, decimal_str, unit_row)

_MARK = re.compile(r"(?m)^(" + TABLE_BINDING + "|" + TABLE_EXPECTED + ")")
_FOOTNOTE = re.compile(r"^\s*[①②③④⑤⑥⑦⑧⑨⑩]+\s*$")
_VALUE = re.compile(r"^\s*(?P<cmp>[<＜>＞≤≥])?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<pct>%|‰)?\s*(?P<suf>" + TABLE_SUFFIX_WORDS + r")?\s*[①②③④⑤⑥⑦⑧⑨⑩]*\s*$")
_UNIT_IN_BRACKETS = re.compile(r"[（(]\s*(" + cue("target_cues.tsv", "table-bracket-unit") + r")\s*[）)]")  # ontology/target_cues.tsv
_MULT = {"万": 10 ** 4, "亿": 10 ** 8}


def tag(doc: Document, year_of_document: int | None) -> list[Annotation]:
    text = doc.text
    out: list[Annotation] = []
    marks = list(_MARK.finditer(text))
    for k, m in enumerate(marks):
        block_start = marks[k - 1].end() if k else max(0, text.rfind("\n\n", 0, m.start()), m.start() - 400)
        lines_end = m.start() - 1  # the newline before the marker
        value_line_end = lines_end
        value_line_start = text.rfind("\n", block_start, value_line_end) + 1
        line = text[value_line_start:value_line_end]
        if _FOOTNOTE.match(line):  # 180 / ② / 预期性: the footnote has a line of its own
            value_line_end = value_line_start - 1
            value_line_start = text.rfind("\n", block_start, value_line_end) + 1
            line = text[value_line_start:value_line_end]
        vm = _VALUE.match(line)
        if not vm or value_line_start <= block_start:
            continue
        block = text[block_start:value_line_start]
        units_found = list(_UNIT_IN_BRACKETS.finditer(block))
        if vm.group("pct"):
            surface = vm.group("pct")
        elif units_found:
            surface = units_found[-1].group(1)
        else:
            continue  # no unit: the row cannot be read with certainty
        mult = 1
        if surface[0] in _MULT and surface[1:]:
            mult, surface = _MULT[surface[0]], surface[1:]
        try:
            unit = unit_row(surface)
        except StopIteration:
            continue
        value = decimal_str(Decimal(vm.group("num")) * mult * Decimal(unit["factor"]))
        comparator = TABLE_CMP.get(vm.group("cmp") or "") or TABLE_SUFFIX.get(vm.group("suf") or "") or "="
        name = _indicator(block, units_found[-1] if units_found and not vm.group("pct") else None)
        # the target-year column (2025年): the latest year of the table's header cells around the row
        years = [int(y) for y in re.findall(r"(20\d\d)\s*年", text[max(0, block_start - 300):m.end() + 300])]
        year = max(years) if years else year_of_document
        prev_start = text.rfind("\n", block_start, value_line_start - 1) + 1
        has_base = prev_start > block_start and re.match(r"^\s*\d+(?:\.\d+)?\s*%?\s*$", text[prev_start:value_line_start - 1])
        base_year = min(years) if has_base and years and min(years) < (year or 0) else None
        if not name or not label_ok(name):
            name = ""
        ident, label = indicator_concept(name) if name else (None, None)
        out.append(make(
            "target", value_line_start, m.end(), "target-table-text",
            indicator=ident, indicator_label=label, indicator_text=name or None,
            value=value, unit=unit["code"], unit_iri=unit["qudt"] or None, comparator=comparator,
            year=year, base_year=base_year, deadline_source="section" if years else ("document" if year else None),
            binding="binding" if m.group(1) == TABLE_BINDING else "expected",
            clause_start=value_line_start, clause_end=m.end(), value_start=value_line_start, value_end=value_line_end,
            aspirational=False, index=0,
        ))
    return [a for a in out if a.get("indicator")]


def _indicator(block: str, unit_m) -> str:
    """The row's indicator: the cell text before its unit bracket, without row numbers and notes."""
    if unit_m is not None:
        line_start = block.rfind("\n", 0, unit_m.start()) + 1
        cell = block[line_start:unit_m.start()]
    else:
        cells = [c for c in block.split("\n") if re.search(r"[\u4e00-\u9fff]{3,}", c) and not TABLE_HEADER.search(c)]
        cell = cells[-1] if cells else ""
    cell = TABLE_ROW_PREFIX.sub("", cell)
    cell = re.sub(r"^\d+", "", cell)
    cell = re.sub(r"[①②③④⑤⑥⑦⑧⑨⑩]", "", cell)
    cell = re.sub(r"\d+(?:\.\d+)?[（(][^）)]*$", "", cell)
    if not _plain(cell):  # 近岸海域水质优良（一、二类）66.4（2018~20201比例: cells of two columns run together
        cell = re.sub(r"[（(][^（()）]*[）)]", "", cell)
        cell = re.sub(r"[\d.~～\-—（(）)]+", "", cell)
    return cell.strip(" ：:")


def _plain(cell: str) -> bool:
    return label_ok(cell.strip(" ：:"))

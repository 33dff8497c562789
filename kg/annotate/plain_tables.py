"""Indicator tables printed with no attribute column (lane TB9, corpus/tb9-table-coverage.md): a title naming the
plan's indicators (主要指标, 目标指标: ``table-plain-title`` of ontology/target_cues.tsv), header cells with a target
column (2025年) and at most one before it (现状值, 2020年), then rows one cell a line — the row's number, its name
(its unit in brackets, or a % in its cells), one value cell per column (— for an empty base):

    表1 / 山东省“十四五”海洋生态环境保护规划主要指标序号 / 指标类别 / 现状值 / 2025年 /
    1 / 近岸海域优良（一、二类）水质面积比例（%） / 86.8 / 92 / 2 / …

Pool 420 and 171 print them (436's cells are scrambled: no row pairs). A table holding an attribute cell or a 属性
header is tables.py's; a results table (完成情况) or one of the last period gives nothing. Rows pair only while
each name is followed by exactly as many value cells as the header has columns; the first row that does not ends the
table (what follows is not certain). The rows are `Row`s with no attribute: tables.py reads them as the other
layouts' rows, binding left empty (nothing printed says it)."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.table_layouts import (ATTR_CELL, EMPTY, VALUE, YEAR_CELL, Row, header_years, past_header,
                                       text_lines)

_TITLE = re.compile(cue("target_cues.tsv", "table-plain-title"))  # 主要指标, 目标指标
_BASE_COLUMN = re.compile(r"^(?:" + cue("target_cues.tsv", "table-plain-base-column") + r")$")  # 现状值
_OTHER_HEAD = re.compile(cue("target_cues.tsv", "table-plain-head-cell"))  # 序号, 指标类别, 指标名称
_ATTRIBUTE_HEAD = re.compile(cue("target_cues.tsv", "table-pdf-attribute-column"))  # 属性: tables.py's table
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.．、]?\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[.．、]?\s*(?=[\u4e00-\u9fff])")  # 3大陆自然岸线保有率（%）: the number glued
_NAME = re.compile(r"[\u4e00-\u9fff]{4,}")
_SENTENCE = re.compile(r"[，。；：]")
_GLUED_YEAR = re.compile(r"^\s*(20[2-3]\d)\s*年(?=[\u4e00-\u9fff]{4})")  # 2025年建筑运行…（亿吨标准煤）: 171's header cell glued


def _header(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, list[int], int, bool] | None:
    """(columns, years, index of the first row's line, whether its year cell is glued before that row's name) of a
    header starting at the title line ``i``: short header cells, a year column or two, at most one base column
    (现状值) before the target's."""
    years_at, base, j, glued = [], 0, i + 1, None
    while j < len(lines) and j - i <= 8:
        cell = text[lines[j][0]:lines[j][1]].strip()
        if not years_at and (glued := _GLUED_YEAR.match(cell)):
            years_at.append(j)
            break
        if YEAR_CELL.match(cell):
            years_at.append(j)
        elif _BASE_COLUMN.match(cell):
            base += 1
        elif _ATTRIBUTE_HEAD.search(cell) or ATTR_CELL.match(cell):
            return None
        elif not (_OTHER_HEAD.fullmatch(cell) or (len(cell) <= 12 and _OTHER_HEAD.search(cell))):
            break
        j += 1
    columns = len(years_at) + base
    if not years_at or not 1 <= columns <= 2:
        return None
    years = header_years(text[lines[i][1]:lines[j - 1][1]]) + ([int(glued.group(1))] if glued else [])
    return columns, years, j, glued is not None


def rows(text: str) -> list[Row]:
    lines = text_lines(text)
    out: list[Row] = []
    for i, (a, b) in enumerate(lines):
        title = text[a:b].strip()
        if len(title) > 60 or _SENTENCE.search(title) or not _TITLE.search(title):
            continue
        head = _header(text, lines, i)
        if head is None or past_header(text[a:lines[head[2] - 1][1]]):
            continue
        columns, years, j, glued = head
        found: list[Row] = []
        while j < len(lines):
            cell = text[lines[j][0]:lines[j][1]]
            if _ROW_NUMBER.match(cell):
                j += 1
                continue
            name = _NUMBERED.sub("", _GLUED_YEAR.sub("", cell) if glued and not found else cell).strip()
            if not _NAME.search(name) or _SENTENCE.search(name) or VALUE.match(name) or len(name) > 40:
                break
            cells = lines[j + 1:j + 1 + columns]
            if len(cells) < columns or not all(VALUE.match(text[c:d]) or EMPTY.match(text[c:d]) for c, d in cells) \
                    or not VALUE.match(text[cells[-1][0]:cells[-1][1]]):
                break
            after = lines[j + 1 + columns] if j + 1 + columns < len(lines) else None
            if after and (VALUE.match(text[after[0]:after[1]]) and not _ROW_NUMBER.match(text[after[0]:after[1]])):
                break  # a value cell more than the header's columns: the pairing is not certain
            found.append(Row(name, tuple(cells), "", tuple(years), lines[j][0], (lines[j][0], cells[-1][1])))
            j += 1 + columns
        if len(found) >= 2 and not any(ATTR_CELL.search(text[r.at:r.clause[1]]) for r in found):
            out += found
    return out

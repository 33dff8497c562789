"""Yearly breakdown tables (lane TB10, key convention 81): a plan's table breaking its aims down by year, under a title
saying so (…目标的年度分解, 分年度: ``table-yearly-title`` of ontology/target_cues.tsv), its header a run of three or more
consecutive year columns (2021年 2022年 2023年 2024年 2025年), a total after them (总计: ``table-yearly-total``) and an
attribute column (属性), the rows one cell a line or several cells a line as pdftotext prints them:

    表3.4 / 项目 / 新增既有建筑绿色改造目标的年度分解单位2021年2022年2023年2024年2025年总计属性 /
    既有建筑绿色改造总 / 万平方米 / 面积 / 127 / 142 / 151 / 164 / 176 / 760 / 约束性 / …

Each row: its name (one or two lines, the unit cell printed before, between or after them), a unit cell, then exactly
one value cell per column, then its attribute cell (glued to the last value, 6625.0约束性, or alone; a next row's name
may follow it on the line). Each year's cell is an aim of that year, the total the period's (its year the last
column's), binding from the row's attribute (convention 81); a cell printed —, / or 0 gives nothing. Rows pair only
while every row holds exactly that many cells: the first that does not ends the table. Names printed apart from their
values (531's 表3.1, 表3.2's first rows) are not paired: their order is not certain.

The rows are `table_layouts.Row`s of one cell and one year each, read by tables.py as the other layouts' rows."""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_pairs
from kg.annotate.table_layouts import ATTRIBUTE, EMPTY, HEADER_YEAR, VALUE, Row, past_header, text_lines

_TITLE = re.compile(cue("target_cues.tsv", "table-yearly-title"))  # 年度分解
_TOTAL = re.compile(cue("target_cues.tsv", "table-yearly-total"))  # 总计
_HEAD_CELL = re.compile(r"(?:" + cue("target_cues.tsv", "table-yearly-head-cell") + r"|" + _TOTAL.pattern + r")+")  # 单位, 属性
_UNIT = re.compile(r"(?:属性|" + ATTRIBUTE + r")?[（(]?(?P<unit>" + cue("target_cues.tsv", "table-bracket-unit")
                   + r"|[A-Za-z][A-Za-z/²³0-9]{0,5})[）)]?")  # 万平方米, 个, MW (a unit no row reads: its row consumed); 约束性% glued
_NAME_UNIT = re.compile(r"[（(]\s*(?P<unit>" + cue("target_cues.tsv", "table-bracket-unit") + r")\s*[）)]$")  # the unit in the name
_LATIN_UNIT = cue_pairs("target_cues.tsv", "table-yearly-unit-cell")  # MW: 兆瓦
_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9.（）()、“”%‰/]{0,23}")  # a name's line: no sentence, no value
_CELL = re.compile(r"[ \t\n]*(?P<cell>[<＜>＞≤≥≦≧]?\d+(?:\.\d+)?(?:[ \t]*(?:%|‰))?|——|—|－|-|/|／)"
                   r"(?=[ \t]*(?:\n|$|" + ATTRIBUTE + r"|[<＜>＞≤≥≦≧]?\d|——|—|－|/|／))")
_ATTR = re.compile(r"[ \t\n]*" + ATTRIBUTE)
_NOT_AIM = re.compile(cue("target_cues.tsv", "table-yearly-not-aim"))  # 投资: a project's money by year, no aim
_PAST = re.compile(cue("target_cues.tsv", "table-past-column"))  # 完成情况: the header of a results table
_LINE_END = re.compile(r"[^\n]*")
_ONE_YEAR = re.compile(r"\s*(20[1-5]\d)\s*年\s*")
_ROW_NUMBER = re.compile(r"\s*\d{1,2}\s*[.．、]?\s*(?=[\u4e00-\u9fff]|$)")  # 1 / 新增…, 1新增…: the row's number


def _run(years: list[int]) -> bool:
    return len(years) >= 3 and all(y == years[0] + k for k, y in enumerate(years))


def _header(text: str, lines: list[tuple[int, int]], i: int):
    """(years, whether a total column follows them, where the rows start) of a header whose run of three or more
    consecutive year columns (2021年2022年…2025年) is printed on line ``i`` or one a line from it, with the title
    (年度分解) on that line or the eight lines above (names printed before the header between them); None for anything
    else."""
    line = text[lines[i][0]:lines[i][1]]
    years, j = [int(y) for y in HEADER_YEAR.findall(line)], i + 1
    if len(years) == 1 and _ONE_YEAR.fullmatch(line):  # 2021年 / 2022年 / …: a cell a line
        while j < len(lines) and (m := _ONE_YEAR.fullmatch(text[lines[j][0]:lines[j][1]])):
            years.append(int(m.group(1)))
            j += 1
        line = text[lines[i][0]:lines[j - 1][1]]
    above = text[lines[max(0, i - 8)][0]:lines[i][1]]
    if not _run(years) or not _TITLE.search(above) or past_header(line) \
            or any(_PAST.search(ln) and not re.search(r"[，。；]", ln) for ln in above.split("\n")[-3:]):
        return None  # a table of results (…年度分解完成情况): records
    tail = line[line.rfind("年") + 1:].strip()
    if tail and not _HEAD_CELL.fullmatch(tail):
        return None  # a year run followed by something no header prints
    total = bool(_TOTAL.search(tail))
    while j < len(lines) and _HEAD_CELL.fullmatch(cell := text[lines[j][0]:lines[j][1]].strip()):
        total = total or bool(_TOTAL.search(cell))
        j += 1
    return years, total, lines[j][0] if j < len(lines) else len(text)


def _row(text: str, at: int, width: int):
    """(name, unit, cells, attribute, where the row's name starts, its clause's end, where the next row starts) of the
    row at ``at``, or None where it does not read as a row of ``width`` cells."""
    names, unit, start, pos = [], None, None, at
    while pos < len(text) and len(names) + (unit is not None) < 4:
        m = _LINE_END.match(text, pos)
        cell = m.group().strip()
        if not names and unit is None and (n := _ROW_NUMBER.match(cell)):
            cell = cell[n.end():].strip()  # the row's number (序号), alone on its line or glued before the name
        if not cell:
            pos = m.end() + 1
            continue
        if unit is None and (u := _UNIT.fullmatch(cell)) and (names or u.group("unit") != cell or not _NAME.fullmatch(cell)):
            unit = _LATIN_UNIT.get(u.group("unit"), u.group("unit"))
        elif _NAME.fullmatch(cell) and not re.fullmatch(ATTRIBUTE, cell):
            names.append(cell)
        else:
            break
        start = m.start() if start is None else start
        pos = m.end() + 1
    if unit is None and names and (b := _NAME_UNIT.search(names[-1])):  # 既有建筑节能改造面积（万平方米）
        unit, names[-1] = b.group("unit"), names[-1][:b.start()]
    if unit is None:
        return None  # no unit cell (a group with no name, 约束性% / 90 / … / —, is read past, never paired)
    cells, end = [], pos
    while len(cells) < width and (c := _CELL.match(text, end)):
        cells.append((c.start("cell"), c.end("cell")))
        end = c.end()
    if len(cells) != width or _CELL.match(text, end):
        return None  # a cell more or fewer than the header's columns: the pairing is not certain
    attribute = _ATTR.match(text, end)
    if attribute:
        end = attribute.end()
    return "".join(names), unit, cells, attribute.group(1) if attribute else "", start, end


def rows(text: str) -> list[Row]:
    lines = text_lines(text)
    out: list[Row] = []
    for i in range(len(lines)):
        head = _header(text, lines, i)
        if head is None:
            continue
        years, total, at = head
        width = len(years) + total
        while (row := _row(text, at, width)) is not None:
            name, unit, cells, attribute, start, end = row
            for c, (a, b) in enumerate(cells):
                vm = VALUE.match(text[a:b])
                if not name or _NOT_AIM.search(name) or EMPTY.match(text[a:b]) or not vm or float(vm.group("num")) == 0:
                    continue  # —, / or 0: no item due that year (convention 81)
                year = years[min(c, len(years) - 1)]  # the total: the period's aim, the last column's year
                out.append(Row(f"{name}（{unit}）", ((a, b),), attribute, (year,), start, (cells[0][0], end)))
            at = end
            while (stray := _ATTR.match(text, at)) is not None:  # an attribute cell printed twice (531's 表3.3)
                at = stray.end()
    return out

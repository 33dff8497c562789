"""Indicator tables (主要指标) in the layouts a text layer gives them: the shapes of their cells (a value, a
base, an empty cell, an attribute 约束性/预期性, a year column's header) and the readers that pair a row's
name with its value cells where the layout is not one cell a line in column order (that is kg/annotate/tables.py's
own loop):

- column by column (pool 157): the names of K rows a line each, then their values, then the K attribute cells;
- attribute first, names apart (pool 456's shape): the names of K rows, then K groups ``约束性97 / 97``;
- a row a line: ``1 森林覆盖率（%） 24 25 预期性`` (the cleaning step may glue the cells: ``1森林覆盖率（%）24 25预期性``).

A reader pairs rows only when the counts agree (K names, K attribute cells, a cell per year column of the
header, two when it shows none): a layout it cannot pair gives nothing. It returns `Row`s; tables.py reads
their unit, name and values."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import cue
from kg.annotate.values import TABLE_BINDING, TABLE_EXPECTED, TABLE_HEADER, TABLE_SUFFIX_WORDS

VALUE = re.compile(r"^\s*(?P<cmp>[<＜>＞≤≥≦≧])?\s*(?P<open>[［\[〔])?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<pct0>%|‰)?"
                   r"(?:\s*[-－—~～]{1,2}\s*(?P<max>\d+(?:\.\d+)?))?\s*(?P<pct>%|‰)?\s*(?(open)[］\]〕])\s*"
                   r"(?P<suf>" + TABLE_SUFFIX_WORDS + r")?\s*[①②③④⑤⑥⑦⑧⑨⑩]*\s*$")
BASE = re.compile(r"^\s*(?P<num>\d+(?:\.\d+)?)\s*(?:%|‰)?\s*[①②③④⑤⑥⑦⑧⑨⑩]*\s*$")
EMPTY = re.compile(r"^\s*(?:/|／|-|—|——|－|无|\s)*\s*$")  # a cell left empty (/, ——)
_STARRED = re.compile(r"^\s*(?P<num>\d+(?:\.\d+)?)\s*(?:%|‰)?\s*[*＊※]+\s*$")  # 19.8*: a figure with its note's star
GLUED_CHANGE = re.compile(r"(?P<cell>[^\n]*?\S)[ \t]*(?P<change>[［\[〔][^］\]〕\n]*[］\]〕])[ \t]*$")  # 30左右[15.3]
ATTRIBUTE = "(" + TABLE_BINDING + "|" + TABLE_EXPECTED + ")"
ATTR_CELL = re.compile(r"(?m)^" + ATTRIBUTE + r"[①②③④⑤⑥⑦⑧⑨⑩]*[ \t]*$")
# a year column's header cell: 2025年, 2020 年, （2020年）, 2025年（目标）, or the bare year the layout split from its 年
YEAR_CELL = re.compile(r"^\s*[（(]?\s*(20[1-5]\d)\s*年?\s*[）)]?\s*(?:[（(]?[\u4e00-\u9fff]{1,4}[）)]?)?\s*$")
HEADER_YEAR = re.compile(r"(?<![比较于至到\d—－\-~～])(20[1-5]\d)\s*年")  # not 比2015年 (a row's name), not 2021—2025年
_PAST = re.compile(cue("target_cues.tsv", "table-past-column"))  # ontology/target_cues.tsv: 2020年完成, 完成情况
_SENTENCE = re.compile(r"[，。；、：]")
_PLANNED = re.compile(r"^\s*(20[1-5]\d)\s*年\s*[（(]?(?:" + cue("target_cues.tsv", "table-plan-column") + r")")  # 2025年规划
# one value cell among several on a line: 24, ≥85, ［13.5］, 93%左右, ——
_TOKEN = re.compile(r"[<＜>＞≤≥≦≧]?\s*[［\[〔]?\d+(?:\.\d+)?\s*(?:%|‰)?[］\]〕]?(?:" + TABLE_SUFFIX_WORDS + r")?|——|—|－|/|／")
# a row a line: its number, its name ending in its unit (（%）, 率%), its value cells, its attribute
_LINE_ROW = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]?\s*)?(?P<name>[^\d\s<＜>＞≤≥≦≧［\[〔/—－][^\n。；，]*?(?:[）)]|%|‰))\s*"
                       r"(?P<cells>(?:(?:" + _TOKEN.pattern + r")\s*){2,5})" + ATTRIBUTE + r"[①②③④⑤⑥⑦⑧⑨⑩]*\s*$")
# a group of the attribute-first layout: the attribute, then the row's first value on the same line
_GROUP = re.compile(r"^" + ATTRIBUTE + r"\s*(?P<cell>" + _TOKEN.pattern + r")\s*$")


@dataclass(frozen=True)
class Row:
    name: str  # the row's name with its unit (森林覆盖率（%）)
    cells: tuple[tuple[int, int], ...]  # its value cells in reading order, as offsets into the text
    attribute: str  # 约束性 or 预期性
    years: tuple[int, ...]  # the year columns of its table's header
    at: int  # where the row starts
    clause: tuple[int, int] | None = None  # the row's cells where its name is printed apart (trailing_name_rows)


def base_cell(cell: str, target: str = ""):
    """The base column's cell as a match whose ``num`` is the base value: a number (66.4, 93%), one with its note's
    star (19.8*), or one printed with a mark (≥26, ＞65, 90以上) where the row's target cell ``target`` is marked too
    (≥26 / ≥30: a floor kept and raised; lane TB9): beside a bare number (434's > 12 / 5, OCR-scrambled) the marked
    cell is the aim, not the base. A ［13.5］ change or a range 60-65 is no base figure."""
    marked, aim = VALUE.match(cell), VALUE.match(target)
    if marked and (marked.group("open") or marked.group("max") or not (aim and (aim.group("cmp") or aim.group("suf")))):
        marked = None
    return BASE.match(cell) or _STARRED.match(cell) or marked


def header_years(header: str, after: str = "", distinct: bool = True) -> list[int]:
    """The year columns of a table's header, in the order printed: header cells (short lines) holding a year
    (2020年, 2025, （现状）2020年, 2025年指标性质 glued by the wraps step), up from the first row to the prose
    above the table, and down from it (header cells printed among the first rows). A row's target takes the
    latest, its base value the earliest: never a year of the prose after the table (到2035年) or of the next table."""
    found: list[int] = []
    for ln in reversed(header.split("\n")):
        if len(ln.strip()) > 30 or re.search(r"[。；]", ln):
            break
        ym = YEAR_CELL.match(ln)
        for y in reversed([ym.group(1)] if ym else HEADER_YEAR.findall(ln)):
            if not distinct or int(y) not in found:
                found.insert(0, int(y))
    for ln in after.split("\n"):
        if re.search(r"[。；]", ln):
            break
        ym = YEAR_CELL.match(ln) if len(ln.strip()) <= 30 else None
        cells = [ym.group(1)] if ym else HEADER_YEAR.findall(ln) if len(ln.strip()) <= 30 else []
        found += [int(y) for y in cells if not distinct or int(y) not in found]
    return found


def target_column_first(header: str) -> bool:
    """The header prints the target year's column before the base year's, each labelled (2025年 / 2020年 /
    （目标） / （现状）, pool 444): a row's first value cell is its target, the second its base."""
    years = header_years(header)
    cells = [ln.strip() for ln in header.split("\n") if len(ln.strip()) <= 12]
    target = next((i for i, ln in enumerate(cells) if re.search(r"目标", ln)), None)
    base = next((i for i, ln in enumerate(cells) if re.search(r"现状", ln)), None)
    return len(years) == 2 and years[0] > years[1] and target is not None and base is not None and target < base


def past_header(window: str) -> bool:
    """A header cell (a short line, no sentence) saying 完成 (2020年完成, 完成情况): a table of results, unless the
    header also prints a later year column labelled as the plan's (2020年现状/十三五期间完成情况 | 2025年规划目标):
    there the results are the base column."""
    cells = [ln for ln in window.split("\n") if len(ln.strip()) <= 24 and not _SENTENCE.search(ln)]
    if not any(_PAST.search(ln) for ln in cells):
        return False
    years = header_years(window)
    planned = [int(m.group(1)) for ln in cells if (m := _PLANNED.match(ln))]
    return not (len(years) >= 2 and planned and max(planned) == max(years) > min(years))


def name_cell(line: str) -> bool:
    """A line of a column of names: Chinese words, not a header cell (属性, 2025年) nor an attribute cell."""
    cell = line.strip()
    return (re.search(r"[\u4e00-\u9fff]{2,}", cell) is not None and not ATTR_CELL.search(cell)
            and not _GROUP.match(cell) and not (len(cell) <= 6 and TABLE_HEADER.search(cell))
            and not YEAR_CELL.match(cell))


def text_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that is not blank."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The value cells of a line [a, b) one after another (24 25, ——［13.5］), or None if it holds anything else."""
    out, at = [], a
    for m in _TOKEN.finditer(text, a, b):
        if text[at:m.start()].strip():
            return None
        out.append((m.start(), m.end()))
        at = m.end()
    return out if out and not text[at:b].strip() else None


def row_width(years: list[int]) -> int:
    """The value cells a row of a table whose header prints ``years`` holds: one a year, at least two."""
    return len(years) if len(years) >= 2 else 2


def _names_above(text: str, lines: list[tuple[int, int]], j: int, k: int) -> list[tuple[int, int]]:
    """Up to k + 1 name lines ending at line j (row numbers alone skipped), top to bottom."""
    names: list[tuple[int, int]] = []
    while j >= 0 and len(names) <= k:
        line = text[lines[j][0]:lines[j][1]]
        if re.fullmatch(r"\s*\d{1,2}\s*", line):
            j -= 1
            continue
        if not name_cell(line):
            break
        names.insert(0, lines[j])
        j -= 1
    return names


def _row_name(text: str, span: tuple[int, int]) -> str:
    return re.sub(r"^\s*\d{1,2}(?=[^\d.])", "", text[span[0]:span[1]])  # 16森林覆盖率（%）: the row number glued


def column_rows(text: str) -> list[Row]:
    """Tables printed column by column (pool 157): K names a line each, then the value cells of every row
    in column order (one or several a line), then K attribute cells a line each. A row's clause its own cells,
    base through target (42 / 42.5: lane TB8), wherever the lines break them."""
    lines = text_lines(text)
    runs: list[list[int]] = []
    for i, (a, b) in enumerate(lines):
        if ATTR_CELL.match(text[a:b]):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    out: list[Row] = []
    for run in (r for r in runs if len(r) >= 3):
        k, j = len(run), run[0] - 1
        cells: list[tuple[int, int]] = []
        while j >= 0 and (found := _tokens(text, *lines[j])) is not None:
            cells[:0] = found
            j -= 1
        names = _names_above(text, lines, j, k)
        if len(names) != k:
            continue
        header = text[max(0, names[0][0] - 300):names[0][0]]
        years = header_years(header)
        width = row_width(years)
        if past_header(header) or len(cells) != width * k:
            continue
        out += [Row(_row_name(text, names[r]), tuple(cells[r * width:(r + 1) * width]),
                    text[lines[i][0]:lines[i][1]].strip()[:3], tuple(years), names[r][0],
                    (cells[r * width][0], cells[(r + 1) * width - 1][1])) for r, i in enumerate(run)]
    return out


def group_rows(text: str) -> list[Row]:
    """The attribute column printed before the values and the names apart (pool 456's shape): K names, then K
    groups, each its attribute with the row's first value on one line and its other values a line each."""
    lines = text_lines(text)
    out: list[Row] = []
    i = 0
    while i < len(lines):
        if not _GROUP.match(text[lines[i][0]:lines[i][1]]):
            i += 1
            continue
        first, groups = i, []
        while i < len(lines) and (g := _GROUP.match(text[lines[i][0]:lines[i][1]])):
            cells = [(lines[i][0] + g.start("cell"), lines[i][0] + g.end("cell"))]
            i += 1
            while i < len(lines) and not _GROUP.match(text[lines[i][0]:lines[i][1]]) and \
                    (found := _tokens(text, *lines[i])) is not None:
                cells += found
                i += 1
            groups.append((g.group(1), cells))
        names = _names_above(text, lines, first - 1, len(groups))
        if len(groups) < 2 or len(names) != len(groups):
            continue
        header = text[max(0, names[0][0] - 300):names[0][0]]
        years = header_years(header)
        if past_header(header) or any(len(cells) != row_width(years) for _, cells in groups):
            continue
        out += [Row(_row_name(text, names[r]), tuple(cells), attribute, tuple(years), names[r][0])
                for r, (attribute, cells) in enumerate(groups)]
    return out


def line_rows(text: str) -> list[Row]:
    """A row a line (1 森林覆盖率（%） 24 25 预期性): its value cells a cell per year column of the header above."""
    out: list[Row] = []
    header_end = None
    for a, b in text_lines(text):
        m = _LINE_ROW.match(text[a:b])
        if not m:
            header_end = None
            continue
        if header_end is None:  # the table's first row: its header is above it
            header_end = a
            header = text[max(0, a - 300):a]
            years, past = header_years(header), past_header(header)
        cells = _tokens(text, a + m.start("cells"), a + m.end("cells"))
        if past or cells is None or len(cells) != row_width(years):
            continue
        out.append(Row(m.group("name"), tuple(cells), m.group(3), tuple(years), a))
    return out


def layout_rows(text: str) -> list[Row]:
    """Every row the four readers pair, in the order of the text."""
    return sorted(column_rows(text) + group_rows(text) + line_rows(text) + trailing_name_rows(text),
                  key=lambda r: (r.at, r.cells))


def split_glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line text[start:end]: a value cell and the [ ] change cell of the next column the clean step
    glued to it (30左右[15.3]: 213's 年均增速 column printing a five-year change) as two, else the line as one."""
    m = GLUED_CHANGE.fullmatch(text, start, end)
    if m and VALUE.match(m.group("cell")) and VALUE.match(m.group("change")) and not m.group("cell").rstrip().endswith(("[", "［")):
        return [(start, m.end("cell")), (m.start("change"), end)]
    return [(start, end)]


_NOTE_MARK = re.compile(r"^\s*[①②③④⑤⑥⑦⑧⑨⑩]+\s*$")  # a note's mark alone on a line, where the row's name was (430: ③)
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+[章节]|(?:"
                      + cue("target_cues.tsv", "table-after") + "))")  # a heading, 注：, the next 表 or 专栏: the table ended
_CHANGE_ALONE = re.compile(r"\s*[［\[〔][^］\]〕\n]*[］\]〕]\s*")  # [15.3]: the cell of a 累计 column, no year's
_ATTRIBUTE_HEAD = re.compile(r"^\s*[\u4e00-\u9fff]{0,2}(?:" + cue("target_cues.tsv", "table-attribute-column") + r")\s*$")  # 属性, 指标属性
_UNIT_LINE = re.compile(r"^\s*[（(][^（）()\n]{1,12}[）)]\s*$")  # a name's unit bracket wrapped onto a line of its own


def group_cells(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The value cell of a line of a group (24, ——, 32%), a [ ] change cell glued after it or alone on its line
    left off (22左右[5.9], 292[-3.4], [15.3]: the 年均增速 or 累计 column, no cell of a year), or None."""
    if _CHANGE_ALONE.fullmatch(text, a, b):
        return []
    m = GLUED_CHANGE.fullmatch(text, a, b)
    if m and VALUE.match(m.group("cell")):
        return [(a, m.end("cell"))]
    return [(a, b)] if VALUE.match(text[a:b]) or EMPTY.match(text[a:b]) else None


def _trailing_names(text: str, lines: list[tuple[int, int]], j: int) -> list[tuple[int, int, str]]:
    """The name lines from line j on (a unit bracket wrapped onto the next line joined back) up to the table's end,
    a line that opens a note (注：), a heading or holds a sentence: [(start, end, name)]; [] if anything else follows."""
    names: list[tuple[int, int, str]] = []
    while j < len(lines):
        line = text[lines[j][0]:lines[j][1]].strip()
        if names and _UNIT_LINE.match(line):
            names[-1] = (names[-1][0], lines[j][1], names[-1][2] + line)
        elif (name_cell(line) and len(line) <= 30 and not re.search(r"[，。；：:]", line)
              and not _HEADING.match(line) and not _NOTE_MARK.match(line)):
            names.append((lines[j][0], lines[j][1], line))
        else:
            break
        j += 1
    stop = text[lines[j][0]:lines[j][1]].strip() if j < len(lines) else "。"
    if not (_HEADING.match(stop) or re.search(r"[。；：:]", stop) or len(stop) > 30):
        return []  # a value, an attribute or a fragment of a wrapped name after them (440 农药使用量减少比 / 例): not the table's end
    return names


def trailing_name_rows(text: str) -> list[Row]:
    """Rows printed with their names after the table (213 表1's last three rows, 430 表2's ③ ④ rows): K groups of
    value cells each closed by its attribute cell, with no name before them (the line above each an attribute
    cell or the header's 属性 cell, a note's mark alone between), then right after the last attribute cell K names a line each and a line that
    names nothing (注：…, a sentence, a heading): the k-th name is the k-th group's. Paired only when the counts
    agree and each group holds a cell per year column of the header (two when it shows none)."""
    lines = text_lines(text)
    out: list[Row] = []
    i = 0
    while i < len(lines):
        if not (ATTR_CELL.match(text[lines[i][0]:lines[i][1]]) or _ATTRIBUTE_HEAD.match(text[lines[i][0]:lines[i][1]])):
            i += 1
            continue
        groups, j = [], i + 1
        while j < len(lines):
            k = j + 1 if _NOTE_MARK.match(text[lines[j][0]:lines[j][1]]) else j
            cells: list[tuple[int, int]] = []
            while k < len(lines) and not ATTR_CELL.match(text[lines[k][0]:lines[k][1]]) and \
                    (found := group_cells(text, *lines[k])) is not None:
                cells += found
                k += 1
            if not cells or k >= len(lines) or not ATTR_CELL.match(text[lines[k][0]:lines[k][1]]):
                break
            groups.append((cells, text[lines[k][0]:lines[k][1]].strip()[:3], lines[k][1]))
            j = k + 1
        names = _trailing_names(text, lines, j) if groups else []
        if groups and len(names) == len(groups):
            header = text[max(0, lines[i][0] - 1500):lines[i][0]]
            years = header_years(header)
            if not past_header(header) and all(len(cells) == row_width(years) for cells, _, _ in groups):
                out += [Row(name, tuple(cells), attribute, tuple(years), cells[0][0], (cells[0][0], end))
                        for (cells, attribute, end), (_, _, name) in zip(groups, names)]
        i = max(i + 1, j)
    return out

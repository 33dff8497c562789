"""Indicator tables whose row names are printed apart from their value groups, paired by the rows' numbers (issue 14,
class 6, lane TB5: corpus/tb5-names-apart.md). The text layer prints some tables' names in a block of their own: before
the value groups (names 7, 8, 9, then three groups ``63 / 100 / 预期性``) or after the table's last group (five groups
with no name, then names 12 … 16). Which name is whose is certain only where the names carry the row numbers:

- the names of the block are numbered n + 1 … n + k without a gap (``13.森林蓄积量（亿立方米）``, ``（13）…``; a category
  cell glued before the number, ``生态保护13.``, is no part of the name), n the number of the named row just before
  (1 where the block opens the table);
- the block holds k names, each closed by its unit bracket (（%）, （亿立方米）: ontology/target_cues.tsv
  ``table-bracket-unit``), a name wrapped over lines joined until its unit closes it, and the table prints k groups
  with no name, each closed by its attribute cell: read where it holds a cell per year column of the header (two when
  it shows none); its words (完成国家下达指标) or another count of cells counted, not read;
- names after the groups end the table (a heading, 注：, a sentence, or the text's end after them); the table's rows
  between the groups and the names, if any, are named n + k + 1, n + k + 2 … in their places (149).

Anything else (names unnumbered, a number missing, counts that disagree, a name left open) gives nothing: the table
stays unread. It returns `table_layouts.Row`s; kg/annotate/tables.py reads their unit, name and values."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate.table_layouts import (ATTR_CELL, Row, group_cells, header_years, past_header, row_width, text_lines,
                                       trailing_name_rows)

# a name opening with its row number: 13.森林蓄积量…, （13）森林…, 生态保护13.森林… (a category cell glued before it)
_NUMBERED = re.compile(r"^\s*(?P<cat>[\u4e00-\u9fff]{0,6}?)\s*(?:[（(](?P<n1>\d{1,2})[）)]|(?P<n2>\d{1,2})\s*[.．、])"
                       r"\s*(?P<name>[\u4e00-\u9fff].*?)\s*$")
_UNIT_END = re.compile(r"[（(]\s*(?:" + cue("target_cues.tsv", "table-bracket-unit") + r")\s*[）)]\s*$")
_WORD_CELL = re.compile(cue("target_cues.tsv", "table-word-cell"))
_WORDS = re.compile(r"^[\u4e00-\u9fff]{1,8}$")  # a line of a value cell printed in words (国家下 / 达指标)
_OPAQUE = re.compile(r"^(?=.*\d)[^\u4e00-\u9fff]{1,20}$")  # a value cell no reader takes: 4.0、3.5, 83/77
_CATEGORY = re.compile(r"^[\u4e00-\u9fff]{1,6}$")  # a category cell (生态保护, 候变化) between the names
# a category cell of the table's first column printed as a heading among the names (149: （四）交通领域)
_CATEGORY_HEAD = re.compile(r"^[（(][一二三四五六七八九十]+[）)][\u4e00-\u9fff]{1,10}$")
_END = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节]|(?:"
                  + cue("target_cues.tsv", "table-after") + r"))")


@dataclass(frozen=True)
class NumberedRow(Row):
    """A row this reader paired by its number."""


def over(found: list[Annotation], rows: list[tuple[Row, Annotation]]) -> list[Annotation]:
    """The table targets ``found`` row by row and those of the layout readers' ``rows``: a target of a numbered row
    (certain) stands in for one the row-by-row loop read on the same value cell (that loop takes the name nearest
    above a group, wrong where the names are printed apart: 567's row 9 read with row 7's values)."""
    sure = {(t.get("value_start"), t.get("value_end")) for row, t in rows if isinstance(row, NumberedRow) and t.get("indicator")}
    return [a for a in found if (a.get("value_start"), a.get("value_end")) not in sure] + [t for _, t in rows]


def _number(m: re.Match) -> int:
    return int(m.group("n1") or m.group("n2"))


def _segment(text: str, lines: list[tuple[int, int]], a: int, b: int):
    """The lines between two attribute cells [a, b): (head lines, value cells, words). The head is what stands before
    the value cells; a group of words (完成国家 / 下达指标, after a value or not) has no head and words True."""
    cells: list[tuple[int, int]] = []
    j = b
    while j > a and (found := group_cells(text, *lines[j - 1])) is not None:
        cells[:0] = found
        j -= 1
    head = list(range(a, j))
    if not cells and head:  # the target in words (its lines words) or in cells no reader takes (4.0、3.5: no
        w = j  # word, a digit): a value cell before them allowed
        while w > a and (_WORDS.match(text[lines[w - 1][0]:lines[w - 1][1]].strip())
                         or _OPAQUE.match(text[lines[w - 1][0]:lines[w - 1][1]].strip())):
            w -= 1
        words = "".join(text[lines[i][0]:lines[i][1]].strip() for i in range(w, j))
        if words and (_WORD_CELL.search(words) or _OPAQUE.fullmatch(words)):
            v = w
            while v > a and (found := group_cells(text, *lines[v - 1])) is not None:
                v -= 1
            return list(range(a, v)), [], True
    return head, cells, False


def _names(text: str, lines: list[tuple[int, int]], idx: list[int], first: int, k: int):
    """The k names numbered first … first + k - 1 in the lines idx, in order, with nothing else among them but
    category cells; [(start, end, name)] or None when they are not exactly that."""
    out: list[list] = []
    category = False  # a category cell seen among the names: a wrapped name's next line may hold the rest of it
    for i in idx:
        line = text[lines[i][0]:lines[i][1]].strip()
        m = _NUMBERED.match(line)
        if m and len(out) < k and _number(m) == first + len(out) and (not out or out[-1][3]):
            name = m.group("name")
            category = category or bool(m.group("cat"))
            out.append([lines[i][0] + line.find(name, len(m.group("cat") or "")), lines[i][1], name,
                        bool(_UNIT_END.search(name)), True])
        elif out and not out[-1][3] and not m and not re.search(r"\d", line):  # a name wrapped onto this line
            out[-1][1], out[-1][2] = lines[i][1], out[-1][2] + line
            out[-1][3] = bool(_UNIT_END.search(line))
            out[-1][4] = not category  # 绿色转型 / 8.…城市绿色出 / 升级行比例（%）: whose 升级 is not certain
        elif (_CATEGORY.match(line) or _CATEGORY_HEAD.match(line)) and (not out or out[-1][3]):
            category = True
        else:
            return None
    if len(out) != k or not all(closed for *_, closed, _ in out):
        return None
    return [(a, b, name if sure else None) for a, b, name, _, sure in out]


def _row_number(text: str, lines: list[tuple[int, int]], head: list[int]) -> int | None:
    """The number of the one named row whose head this is (None if it holds no number or several)."""
    found = [_number(m) for i in head if (m := _NUMBERED.match(text[lines[i][0]:lines[i][1]].strip()))]
    return found[0] if len(found) == 1 else None


def _nameless(text: str, lines: list[tuple[int, int]], segs: list, opens: list[bool], j: int) -> tuple[list, int]:
    """The value groups with no name from segment ``j`` on, up to a named row or the next table: ([(cells, words, the
    attribute line)], the first segment after them)."""
    run = []
    while j < len(segs) and not opens[j]:
        h, c, w = _segment(text, lines, *segs[j])
        if h:
            break
        run.append((c, w, segs[j][1]))
        j += 1
    return run, j


def numbered_rows(text: str) -> list[Row]:
    """Rows of tables whose numbered names are printed in a block before or after their value groups (the module's
    doc): paired only where the numbers, the names and the groups agree."""
    lines = text_lines(text)
    attrs = [i for i, (a, b) in enumerate(lines) if ATTR_CELL.match(text[a:b])]
    out: list[Row] = []
    # segments: the lines before each attribute cell back to the previous one (less than 12 lines: one table)
    segs, opens = [], []  # a table's first row: its head back to the header, at most 12 lines
    for k, i in enumerate(attrs):
        opens.append(not (k and i - attrs[k - 1] <= 12))
        segs.append((max(i - 12, attrs[k - 1] + 1 if k else 0), i))
    k = 0
    while k < len(segs):
        lo, i = segs[k]
        head, cells, words = _segment(text, lines, lo, i)
        # names before: this head holds numbered names, the segments after it none
        block = [x for x in head if _NUMBERED.match(text[lines[x][0]:lines[x][1]].strip())]
        if len(block) >= 2 and (cells or words):
            run, j = _nameless(text, lines, segs, opens, k + 1)
            run = [(cells, words, i)] + run
            prev = _segment(text, lines, *segs[k - 1]) if not opens[k] else None
            n = _row_number(text, lines, prev[0]) if prev else 0
            first = _NUMBERED.match(text[lines[block[0]][0]:lines[block[0]][1]].strip())
            if n is not None and first and _number(first) == n + 1:
                names = _names(text, lines, head[head.index(block[0]):], n + 1, len(run))
                if names:
                    out += _rows(text, lines, names, run, _table_top(opens, k, attrs))
            k = j
            continue
        # names after: nameless groups after a numbered row, their names after the table's last attribute cell
        if head and not words and cells and (n := _row_number(text, lines, head)) is not None:
            run, j = _nameless(text, lines, segs, opens, k + 1)
            # the rows after the run up to the table's end named n + k + 1, … one each (149: rows 9–12 after the
            # nameless groups of rows 5–8, whose names close the table)
            later, expected = j, n + len(run) + 1
            while later < len(segs) and not opens[later] and \
                    _row_number(text, lines, _segment(text, lines, *segs[later])[0]) == expected:
                later, expected = later + 1, expected + 1
            if run and (later >= len(segs) or opens[later]):
                tail = []
                for x in range(attrs[later - 1] + 1, len(lines)):
                    line = text[lines[x][0]:lines[x][1]].strip()
                    if (_END.match(line) and not _CATEGORY_HEAD.match(line)) or re.search(r"[。；]|注[:：]", line) \
                            or len(line) > 30:
                        break
                    tail.append(x)
                names = _names(text, lines, tail, n + 1, len(run))
                if names:
                    out += _rows(text, lines, names, run, _table_top(opens, k, attrs))
            k = max(j, k + 1)
            continue
        k += 1
    taken = {r.cells for r in trailing_name_rows(text)}  # rows that reader pairs already
    return [r for r in out if r.cells not in taken]


def _table_top(opens: list[bool], k: int, attrs: list[int]) -> int:
    """The line of the table's first attribute cell: segments back from k while they are one table."""
    while k > 0 and not opens[k]:
        k -= 1
    return attrs[k]


def _rows(text: str, lines: list[tuple[int, int]], names, run, top: int) -> list[Row]:
    """The rows of a run of groups with their names: each group of values holding a cell per year column."""
    header = text[max(0, lines[top][0] - 1500):lines[top][0]]
    years = header_years(header, text[lines[top][0]:lines[top][0] + 300])
    if past_header(header):
        return []
    rows = []
    for (a, b, name), (cells, words, attr) in zip(names, run):
        if words or len(cells) != row_width(years) or name is None:
            continue  # a group of words, or not a cell per year column (149's 1.38[5]): counted, not read
        attribute = text[lines[attr][0]:lines[attr][1]].strip()[:3]
        rows.append(NumberedRow(name, tuple(cells), attribute, tuple(years), cells[0][0], (cells[0][0], lines[attr][1])))
    return rows

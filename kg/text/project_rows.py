"""Project and task tables (重点任务分工表, 重点项目表) flattened by the text layer: where they are, their
columns, and their rows, each row a task of its own (``ontology/project_tables.tsv``).

A table is found by its header: three or more header cells in a row (one a line, as pdftotext prints
a table, or one line of cells parted by spaces), one of them the row number (序号), one what is done
(重点任务, 项目名称, 建设内容) and one what is to be reached or who does it (目标指标, 牵头单位, 责任单位,
配合单位). A header holding an indicator table's cells (指标, 属性, 目标值, 单位) is an indicator
table's (``kg/annotate/tables.py``); one holding 完成情况 is a table of results: neither is read here.

Rows are delimited by their numbers: 1, 2, 3 … each on a line of its own (one cell a line) or opening
the row's line (row a line), the first right after the header. A table whose first number does not
follow its header (cells scrambled by the layout) is not read: nothing is better than rows cut wrong.
A row ends where the next begins; the last at its deadline cell (a table with a deadline column),
else at a line of prose (a sentence end) or a heading, else after as many lines as the header has cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import cue, read_tsv
from kg.model import Node

_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.．、]?\s*$")
_ROW_OPEN = re.compile(r"^\s*(\d{1,3})\s*[.．、]?\s*([^\d\s.．、%％].*)$")
_CELL_OPEN = re.compile(r"^\s*(\d{1,3})\s*[.．、]?\s+(\S.*)$")  # 1 推进…: a number and its row's first cell
_PROSE = re.compile(r"[。；！？]\s*$")
_GROUP = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\S")  # a label grouping a table's rows
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|附件|第[一二三四五六七八九十]+[章节条])")
BODY_COLUMNS = ("lead", "responsible", "co")
_DEADLINE = re.compile(cue("text_cues.tsv", "project-deadline"))
_BODY_LINE = re.compile(cue("text_cues.tsv", "project-body-line"))
_SHORT_PAIR = re.compile(r"(?m)^[ \t]*\S{1,3}[ \t]*\n[ \t]*\S{1,3}[ \t]*$")  # 牵头 / 单位: a header cell wrapped
_COUNT_AFTER = re.compile(r"^(?:" + cue("text_cues.tsv", "project-count-after") + r")")
_BODY_PREFIX = re.compile(cue("text_cues.tsv", "project-body-line").rstrip("$"))
_BODY_OPEN = re.compile(r"^(?:" + cue("text_cues.tsv", "project-body-level") + r")")
_ATTRIBUTE = re.compile(r"^\s*(?:" + cue("text_cues.tsv", "value-attribute") + r")\s*$")


@dataclass(frozen=True)
class Row:
    number: int
    start: int  # the row's first character (its number)
    end: int
    pieces: tuple[tuple[int, int], ...]  # its cells' lines (or a row-a-line's cells), after the number


@dataclass(frozen=True)
class ProjectTable:
    start: int  # the header's first character
    end: int
    columns: tuple[str, ...]  # header cells' columns in printed order (ontology/project_tables.tsv)
    rows: tuple[Row, ...]
    glued: bool = False  # a row a line, its cells glued


@lru_cache(maxsize=None)
def header_words() -> dict[str, str]:
    return {r["word"]: r["column"] for r in read_tsv("project_tables.tsv")}


@lru_cache(maxsize=None)
def _header_start() -> re.Pattern:
    """A line opening with a header word."""
    words = "|".join(re.escape(w) for w in _longest_first())
    return re.compile(r"(?m)^[ \t]*(?:" + words + r")")


@lru_cache(maxsize=None)
def _longest_first() -> tuple[str, ...]:
    return tuple(sorted(header_words(), key=lambda w: (-len(w), w)))


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, pos = [], lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        if text[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _column(cell: str) -> str | None:
    return header_words().get(re.sub(r"\s+", "", cell))


def _glued_number(line: str) -> re.Match | None:
    """1推进光伏发电规模化开发: a row's number the wraps step glued to its first cell; never 5个示范区
    (a count: ``text_cues.tsv`` project-count-after)."""
    m = _ROW_OPEN.match(line)
    return m if m and not _COUNT_AFTER.match(m.group(2)) else None


def _header_cell(text: str, lines, j: int) -> tuple[list[str], int] | None:
    """The header cells at line ``j`` and the line after them: a cell a line, cells parted by spaces
    on one line, or a cell its narrow column wrapped (牵头 / 单位)."""
    line = text[lines[j][0]:lines[j][1]]
    if j + 1 < len(lines) and len(line.strip()) <= 3:  # 目标 / 指标 is one cell 目标指标 before it is two
        glued = line.strip() + text[lines[j + 1][0]:lines[j + 1][1]].strip()
        if _column(glued):
            return [_column(glued)], j + 2
    tokens = line.split()
    if tokens and all(_column(t) for t in tokens):
        return [_column(t) for t in tokens], j + 1
    return None


def glued_header(line: str) -> list[str] | None:
    """A header printed on one line with its cells glued (the cleaning step takes the spaces between
    Chinese cells out: 序号重点任务目标指标责任单位完成时限), cut into header words, longest first."""
    words = _longest_first()
    line, out = re.sub(r"\s+", "", line), []
    while line:
        word = next((w for w in words if line.startswith(w)), None)
        if word is None:
            return None
        out.append(header_words()[word])
        line = line[len(word):]
    return out if len(out) >= 3 else None


def _is_project_header(columns: list[str]) -> bool:
    kinds = set(columns)
    return (len(columns) >= 3 and ("number" in kinds or columns[-1] in (*BODY_COLUMNS, "deadline"))
            and not kinds & {"indicator", "past"} and bool(kinds & {"task", "content"}) and bool(kinds & {"target", *BODY_COLUMNS}))


def find_tables(text: str, lo: int = 0, hi: int | None = None) -> list[ProjectTable]:
    """The project tables of ``text[lo:hi]`` with their rows, in order."""
    hi = len(text) if hi is None else hi
    if _header_start().search(text, lo, hi) is None and not _SHORT_PAIR.search(text, lo, hi):
        return []  # no line opens with a header word, nor a short line a header cell wrapped: no table
    lines = _lines(text, lo, hi)
    out: list[ProjectTable] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        opens = _header_start().match(text, s)
        if not opens and len(text[s:e].strip()) > 3:
            i += 1
            continue
        glued = glued_header(text[s:e]) if opens and e - s >= 6 else None
        if glued:  # row a line: one header line
            columns, j, row_a_line = glued, i + 1, True
        else:
            j, columns, row_a_line = i, [], False
            while j < len(lines):
                found = _header_cell(text, lines, j)
                if found is None:
                    break
                columns.extend(found[0])
                j = found[1]
            if len(columns) < 3:
                i += 1
                continue
        if not _is_project_header(columns):
            i = max(j, i + 1)
            continue
        if "number" in columns:
            rows = _rows(text, lines, j, columns, row_a_line)
        else:
            rows = [] if row_a_line else _closed_rows(text, lines, j, columns)
        if any(_ATTRIBUTE.match(text[a:b]) for r in rows for a, b in r.pieces):
            rows = []  # 约束性 / 预期性 cells: an indicator table's rows (kg/annotate/tables.py), never a project's
        if rows:
            out.append(ProjectTable(s, rows[-1].end, tuple(columns), tuple(rows), row_a_line))
            i = next((k for k in range(j, len(lines)) if lines[k][0] >= rows[-1].end), len(lines))
        else:
            i = j
    return out


def _rows(text, lines, j, columns, row_a_line) -> list[Row]:
    rows: list[Row] = []
    expected, cur, pieces = 1, None, []  # cur: (number, start, end of the number)
    has_deadline = "deadline" in columns

    def close():
        rows.append(Row(cur[0], cur[1], pieces[-1][1] if pieces else cur[2], tuple(pieces)))

    skip_to = j
    for k in range(j, len(lines)):
        if k < skip_to:
            continue  # a group label's lines (一、推进产业结构 / 优化升级): no row's
        s, e = lines[k]
        line = text[s:e]
        if not row_a_line and (after := _group_label(text, lines, k, expected)) is not None:
            if cur is not None:
                close()
            cur, pieces, skip_to = None, [], after
            nxt = text[lines[after][0]:lines[after][1]]
            expected = int((_NUMBER.match(nxt) or _CELL_OPEN.match(nxt) or _glued_number(nxt)).group(1))  # 1: numbered anew
            continue
        if row_a_line:
            m = _ROW_OPEN.match(line)
            if not (m and int(m.group(1)) == expected):
                break  # a line that opens no row ends a row-a-line table
            if cur is not None:
                close()
            cur, expected = (expected, s, s + m.end(1)), expected + 1
            pieces = [(s + m.start(2), e)]  # the row's cells glued: told apart by what they hold (kg/annotate/project_tables.py)
            continue
        m = _NUMBER.match(line) or _CELL_OPEN.match(line) or _glued_number(line)
        if m and int(m.group(1)) == expected:
            if cur is not None:
                close()
            cur, pieces, expected = (expected, s, s + m.end(1)), [], expected + 1
            if m.re is not _NUMBER:  # 1 推进光伏发电规模化开发: the number and the first cell on one line
                pieces = [(s + m.start(2), e)]
            continue
        if cur is None:
            if rows and (_column(line) or not line.strip()):
                continue
            break  # after a row closed by its deadline, a line that opens no row ends the table
        if _column(line):
            continue  # the header printed again on the next page
        if _HEADING.match(line) or (len(line) > 40 and _PROSE.search(line)):
            break
        pieces.append((s, e))
        if has_deadline and len(pieces) >= 2 and is_deadline(line):
            close()
            cur, pieces = None, []
            continue
        if len(pieces) > (len(columns) - 1) * 4:
            break
    if not rows and cur is None:
        return []  # the first row's number does not follow the header: cells scrambled, not read
    if cur is not None and pieces:
        close()
    return rows


def _group_label(text, lines, k, expected) -> int | None:
    """Where the next row opens after a label grouping the table's rows at line ``k`` (一、推进产业结构优化升级 or
    （二）加快能源结构调整, wrapped over up to three lines, a row spanning the table): the index of the line of the
    row numbered ``expected`` (or 1, where each group numbers its rows anew) within the next four lines; None where
    line ``k`` is no such label (a heading of the text goes on in prose)."""
    line = text[lines[k][0]:lines[k][1]].strip()
    if not _GROUP.match(line) or len(line) > 40 or _PROSE.search(line):
        return None
    for n in range(k + 1, min(len(lines), k + 5)):
        nxt = text[lines[n][0]:lines[n][1]]
        m = _NUMBER.match(nxt) or _CELL_OPEN.match(nxt) or _glued_number(nxt)
        if m:
            return n if int(m.group(1)) in (expected, 1) else None
        if len(nxt.strip()) > 20 or _PROSE.search(nxt):
            return None
    return None


def _closed_rows(text, lines, j, columns) -> list[Row]:
    """Rows of a table with no number column whose last column is its bodies or its due date
    (项目名称 / 实施内容 / 目标指标 / 责任单位): each row closes with that cell, the bodies' run of lines
    (a list wrapped over lines, a name's tail) or the due-date line."""
    rows: list[Row] = []
    pieces: list[tuple[int, int]] = []
    last = columns[-1]
    in_bodies = False
    for k in range(j, len(lines)):
        s, e = lines[k]
        line = text[s:e].strip()
        if _column(line):
            continue  # the header printed again on the next page
        if _HEADING.match(line) or (len(line) > 40 and _PROSE.search(line)):
            break
        body = body_line(line) or (in_bodies and (len(line) <= 4 or text[pieces[-1][0]:pieces[-1][1]].rstrip().endswith("、")))
        glued = _BODY_PREFIX.match(text[s:e]) if not body and len(pieces) >= 2 else None
        if glued and s + glued.end() < e:
            # the wraps step glued the row's last body cell and the next row's first cell (…建设局工业节能改造)
            cut = s + glued.end()
            pieces.append((s, cut))
            rows.append(Row(len(rows) + 1, pieces[0][0], cut, tuple(pieces)))
            pieces, in_bodies = [(cut, e)], False
            continue
        if in_bodies and not body:
            rows.append(Row(len(rows) + 1, pieces[0][0], pieces[-1][1], tuple(pieces)))
            pieces, in_bodies = [], False
        pieces.append((s, e))
        if last == "deadline" and len(pieces) >= 2 and is_deadline(line):
            rows.append(Row(len(rows) + 1, pieces[0][0], e, tuple(pieces)))
            pieces = []
            continue
        in_bodies = last != "deadline" and body and len(pieces) >= 2
        if len(pieces) > len(columns) * 4:
            break
    if in_bodies and pieces:
        rows.append(Row(len(rows) + 1, pieces[0][0], pieces[-1][1], tuple(pieces)))
    return rows


def body_line(line: str) -> bool:
    """A line that is a list of bodies (市发展改革委、市能源局; ``ontology/text_cues.tsv``: project-body-line),
    its last name perhaps cut by the wrap (市发展改革委、市住房城乡建设 / 局)."""
    line = line.strip()
    if len(line) > 40:
        return False
    if _BODY_LINE.match(line):
        return True
    head, sep, tail = line.rpartition("、")
    return bool(sep) and _BODY_LINE.match(head) is not None and _BODY_OPEN.match(tail) is not None and len(tail) <= 12


def wrapped_body(line: str, tail: str) -> bool:
    """A body's name its cell wrapped over two lines (省住房城乡 / 建设厅): the first opens with a level,
    the second is short, and the two make a body line."""
    line, tail = line.strip(), tail.strip()
    return (len(line) >= 3 and len(tail) <= 6 and _BODY_OPEN.match(line) is not None
            and not body_line(tail) and body_line(line + tail))


def is_deadline(cell: str) -> bool:
    """A due-date cell: 2025年底前, 2022—2023年, 持续推进 (``ontology/text_cues.tsv``: project-deadline)."""
    cell = cell.strip()
    return len(cell) <= 16 and _DEADLINE.fullmatch(cell) is not None


def split_rows(node: Node, text: str) -> None:
    """Each row of a project table in ``node``'s own text becomes a task of its own (a provision),
    holding one sentence: the row's characters. Run after sentences are split; a sentence a row cuts
    (the wraps step may glue one row's last cell to the next row's first) keeps its part outside rows."""
    lo = node.body_start if node.body_start is not None else node.start
    rows = [r for t in find_tables(text, lo, node.end) for r in t.rows]
    if not rows:  # a table whose labels grouping its rows (一、…) the structure read as headings: its header before them
        rows = [r for t in _text_tables(text) for r in t.rows if lo <= r.start and r.end <= node.end]
    rows = [r for r in rows if not any(c.kind != "sentence" and c.start < r.end and r.start < c.end for c in node.children)]
    if not rows:
        return
    kept, cut = [], []
    for c in node.children:
        (cut if any(c.start < r.end and r.start < c.end for r in rows) else kept).append(c)
    for c in cut:  # the parts of a cut sentence outside every row stay sentences of the node
        pos = c.start
        for r in sorted(rows, key=lambda r: r.start):
            if r.end <= pos or r.start >= c.end:
                continue
            if r.start > pos and text[pos:r.start].strip():
                kept.append(_trimmed(text, pos, r.start))
            pos = max(pos, r.end)
        if pos < c.end and text[pos:c.end].strip():
            kept.append(_trimmed(text, pos, c.end))
    for r in rows:
        kept.append(Node(kind="task", start=r.start, end=r.end, number=str(r.number), ordinal=r.number, body_start=r.start,
                         provision="task", children=[Node(kind="sentence", start=r.start, end=r.end)]))
    node.children = sorted(kept, key=lambda n: (n.start, n.end))


@lru_cache(maxsize=2)
def _text_tables(text: str) -> tuple[ProjectTable, ...]:
    """The project tables of a whole text, read once for the nodes of one document."""
    return tuple(find_tables(text))


def _trimmed(text: str, a: int, b: int) -> Node:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Node(kind="sentence", start=a, end=b)

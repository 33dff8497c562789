"""Tables flattened by pdftotext, one cell a line, or by a PDF's text layer, one row a line with its
cells glued (1.全市细颗粒物浓度（μg/m3）* 53完成省级分解任务约束性): which paragraph ranges are a
table, so that its numbered rows and the labels grouping them (（一）环境治理) are never read as headings. A decimal section
printed alone over a paragraph of prose (1.1.3大气环境质量指标 / 规划目标：…。) is a heading between two tables,
never a cell of either."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.text.decimal_sections import decimal_of
from kg.text.headings import DIVISIONS, Para, heading_of
from kg.text.numerals import cn_number


# Tables flattened by pdftotext: one cell a line. A value cell is a number, a range or a mark, or
# an indicator's attribute (约束性/预期性, 完成); a row whose label is numbered (2.城市空气质量…%,
# （四）可再生能源发电量, 五、地热能（万平方米）) is a row, not a heading.
_VALUE_CELL = re.compile(r"^[\d.,%％≥≤≧≦<>＜＞~～\-—–/+*×（）()\s]*\d[\d.,%％≥≤≧≦<>＜＞~～\-—–/+*×（）()\s]*$|"
                         r"^(?:" + cue("text_cues.tsv", "value-attribute") + r"|[-—–/])$|"
                         r"^[≥≤≧≦<>＜＞]?\d[\d.,%％]*\s*(?:[（(][^）)]{1,12}[）)]|" + cue("text_cues.tsv", "value-qualifier") + r")$")  # 100（52个断面）, 93左右


_SHORT_CELL = 30  # characters: longer lines, or lines with a sentence end, are prose
_CATEGORY = 4  # characters a line of a category cell wrapped in a narrow column (一、环境 / 质量)
_ROW_LINE = 90  # characters: an indicator row with its cells glued is no longer than this
# An indicator row with its cells glued on one line: a numbered label, then a bracketed unit (（%）,
# （万吨）) or the row's attribute (约束性, 预期性); no clause punctuation. A note glued after the last
# row (…约束性注：①〔〕内为五年累计值。) is the table's, not the row's.
_ROW_NUMBER = re.compile(r"^(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)])")  # 1. or （1）
_ROW_CELLS = re.compile(r"[（(]\s*(?:" + cue("target_cues.tsv", "table-bracket-unit") + r")\s*[）)]|"
                        r"(?:" + cue("text_cues.tsv", "row-attribute") + ")")
_ROW_NOTE = re.compile(r"注\s*[:：]")


def _is_value(text: str) -> bool:
    return _VALUE_CELL.match(text) is not None


def is_indicator_row(text: str) -> bool:
    """A numbered indicator row printed on one line with its cells (unit, values, 约束性/预期性)."""
    note = _ROW_NOTE.search(text)
    row = text[:note.start()] if note else text
    cells = len(_ROW_CELLS.findall(row))  # rows glued one after the other (…预期性20.农药使用量…) make a longer line
    return (_ROW_NUMBER.match(row) is not None and 0 < cells and len(row) <= _ROW_LINE * cells
            and not re.search(r"[。；，,;]", row))


def _prose(text: str) -> bool:
    """A paragraph of sentences: longer than a cell, or holding a sentence end."""
    return len(text) > _SHORT_CELL or re.search(r"[。；]", text) is not None


def _valued(text: str) -> bool:
    return _is_value(text) or is_indicator_row(text)


def _restarts(pars: list[Para], lo: int, i: int) -> bool:
    """Heading ``i`` restarts the numbering of its kind above it (（一） after （一）（二）（三） of the same
    part): a label grouping a table's rows, not the next heading of the text."""
    h = heading_of(pars[i].text)
    number = cn_number(h[2]) if h and h[2] else None
    if number is None:
        return False
    for k in range(i - 1, lo - 1, -1):
        hk = heading_of(pars[k].text)
        if hk is None or is_indicator_row(pars[k].text):
            continue
        if hk[0].level < h[0].level:
            return False  # a higher heading first: the numbering is a new one
        if hk[0].kind == h[0].kind and hk[2]:
            return cn_number(hk[2]) >= number
    return False


def _next_group(pars: list[Para], a: int, b: int) -> bool:
    """Line ``b``, just after the table ``[a, b)``, is its last row group: a label numbered on from the
    groups inside it (（六）生态保护和碳汇建设 after （一）…（五）) with only the table's note or values after it."""
    h = heading_of(pars[b].text)
    if h is None or not h[2] or _valued(pars[b].text):
        return False
    inner = [cn_number(hk[2]) for k in range(a, b) if (hk := heading_of(pars[k].text)) and hk[0].kind == h[0].kind
             and hk[2] and not _valued(pars[k].text)]
    after = pars[b + 1].text if b + 1 < len(pars) else ""
    return bool(inner) and cn_number(h[2]) == max(inner) + 1 and (_ROW_NOTE.match(after) is not None or _valued(after))


def table_regions(pars: list[Para], lo: int, hi: int) -> list[tuple[int, int]]:
    """Paragraph ranges ``[a, b)`` that are a flattened table: a run of short cells holding at least
    three value cells, where a numbered line followed by value cells is a row, not a heading."""
    def row(i: int) -> bool:
        nxt = [pars[k].text for k in range(i + 1, min(i + 6, hi))]  # values may follow the next label
        if i + 1 < hi and is_indicator_row(pars[i + 1].text) and not is_indicator_row(pars[i].text):
            return _restarts(pars, lo, i)  # a label over glued rows: a row group only where it restarts the numbering
        return sum(1 for t in nxt if _valued(t)) >= 2 and not any(heading_of(t) for t in nxt if not _valued(t))

    def category(i: int) -> bool:
        """A category cell wrapped a few characters a line (一、环境 / 质量, 二、绿色 / 低碳 / 发展), between
        short cells and with values close after: the table's, not a part."""
        h = heading_of(pars[i].text)
        if h is None or h[0].kind != "part" or len(h[3] or "") > _CATEGORY or i == lo or i + 1 >= hi:
            return False
        before, after = pars[i - 1].text.strip(), pars[i + 1].text.strip()
        return (0 < len(after) <= _CATEGORY and heading_of(after) is None and not _valued(after)
                and len(before) <= _SHORT_CELL and not re.search(r"[。；，]", before + after)
                and any(_valued(pars[k].text) for k in range(i + 2, min(i + 12, hi))))

    def breaker(i: int) -> bool:  # 第二节, 专栏, and a part without values after it end a table
        h = heading_of(pars[i].text)
        return h is not None and not _valued(pars[i].text) and (
            h[0].kind in DIVISIONS + ("article", "box", "annex") or h[0].kind == "part" and not row(i) and not category(i))

    def cell(i: int) -> bool:
        t = pars[i].text
        if _valued(t):
            return True
        return not breaker(i) and len(t) <= _SHORT_CELL and not re.search(r"[。；]", t) and not section_over_prose(i)

    def section_over_prose(i: int) -> bool:  # 1.1.3大气环境质量指标 over 规划目标：…。: a heading, never a cell
        return decimal_of(pars[i].text) is not None and i + 1 < hi and _prose(pars[i + 1].text)

    def head(i: int) -> bool:  # a heading that is not a row of the table
        return not _valued(pars[i].text) and heading_of(pars[i].text) is not None and not row(i) and not category(i)

    def value_near(i: int, j: int, within: int = 4) -> bool:
        return any(_valued(pars[k].text) for k in range(i, min(i + within, j)))

    out, i = [], lo
    while i < hi:
        if not cell(i):
            i += 1
            continue
        j = i
        while j < hi and cell(j):
            j += 1
        a, b = i, j
        # Kinds of the numbered rows of the run: a heading of such a kind at its edge is a row too
        # (（二）应对气候变化 between the rows （一） and （三） of an indicator table).
        rows = {h[0].kind for k in range(i, j) if (h := heading_of(pars[k].text)) and row(k)}

        def edge(k: int) -> bool:
            return head(k) and heading_of(pars[k].text)[0].kind not in rows

        # The lines before the first value that no value follows closely, and headings that open or
        # close the run, are the text around the table, not its cells.
        while a < b and (edge(a) or not value_near(a, b, 12)):  # a title and header lines stay
            a += 1
        while b > a and (edge(b - 1) or not _valued(pars[b - 1].text) and not value_near(max(a, b - 3), b)):
            b -= 1
        while b < hi and _next_group(pars, a, b):
            b += 1
        if sum(1 for k in range(a, b) if _valued(pars[k].text)) >= 3:
            gap = range(out[-1][1], a) if out else range(0)
            if out and len(gap) <= 3 and not any(re.search(r"[。；]", pars[k].text) or breaker(k) for k in gap):
                out[-1] = (out[-1][0], b)  # a long cell or a category row between two pieces of one table
            else:
                out.append((a, b))
        i = j
    return out

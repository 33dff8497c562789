"""Tables flattened by pdftotext, one cell a line: which paragraph ranges are a table, so that its
numbered rows are never read as headings."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.text.headings import DIVISIONS, Para, heading_of


# Tables flattened by pdftotext: one cell a line. A value cell is a number, a range or a mark, or
# an indicator's attribute (约束性/预期性, 完成); a row whose label is numbered (2.城市空气质量…%,
# （四）可再生能源发电量, 五、地热能（万平方米）) is a row, not a heading.
_VALUE_CELL = re.compile(r"^[\d.,%％≥≤<>＜＞~～\-—–/+*×（）()\s]*\d[\d.,%％≥≤<>＜＞~～\-—–/+*×（）()\s]*$|"
                         r"^(?:" + cue("text_cues.tsv", "value-attribute") + r"|[-—–/])$|"
                         r"^[≥≤<>＜＞]?\d[\d.,%％]*\s*(?:[（(][^）)]{1,12}[）)]|" + cue("text_cues.tsv", "value-qualifier") + r")$")  # 100（52个断面）, 93左右


_SHORT_CELL = 30  # characters: longer lines, or lines with a sentence end, are prose


def _is_value(text: str) -> bool:
    return _VALUE_CELL.match(text) is not None


def table_regions(pars: list[Para], lo: int, hi: int) -> list[tuple[int, int]]:
    """Paragraph ranges ``[a, b)`` that are a flattened table: a run of short cells holding at least
    three value cells, where a numbered line followed by value cells is a row, not a heading."""
    def row(i: int) -> bool:
        nxt = [pars[k].text for k in range(i + 1, min(i + 6, hi))]  # values may follow the next label
        return sum(1 for t in nxt if _is_value(t)) >= 2 and not any(heading_of(t) for t in nxt if not _is_value(t))

    def breaker(i: int) -> bool:  # 第二节, 专栏, and a part without values after it end a table
        h = heading_of(pars[i].text)
        return h is not None and not _is_value(pars[i].text) and (
            h[0].kind in DIVISIONS + ("article", "box", "annex") or h[0].kind == "part" and not row(i))

    def cell(i: int) -> bool:
        t = pars[i].text
        if _is_value(t):
            return True
        return not breaker(i) and len(t) <= _SHORT_CELL and not re.search(r"[。；]", t)

    def head(i: int) -> bool:  # a heading that is not a row of the table
        return not _is_value(pars[i].text) and heading_of(pars[i].text) is not None and not row(i)

    def value_near(i: int, j: int, within: int = 4) -> bool:
        return any(_is_value(pars[k].text) for k in range(i, min(i + within, j)))

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
        while b > a and (edge(b - 1) or not _is_value(pars[b - 1].text) and not value_near(max(a, b - 3), b)):
            b -= 1
        if sum(1 for k in range(a, b) if _is_value(pars[k].text)) >= 3:
            gap = range(out[-1][1], a) if out else range(0)
            if out and len(gap) <= 3 and not any(re.search(r"[。；]", pars[k].text) or breaker(k) for k in gap):
                out[-1] = (out[-1][0], b)  # a long cell or a category row between two pieces of one table
            else:
                out.append((a, b))
        i = j
    return out

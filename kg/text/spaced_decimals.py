"""Cleaning step 4c: a decimal whose text layer (an OCR text, a cell of a table) put a space after its point (达到83. 3%,
不少于5. 4千米, 利率1. 75%, a cell 50. 25, PM 2. 5) joined back: read as printed, "5. 4千米" gave 4千米.

Only the space after a point between two digits goes, and only where the number is a value: inside a sentence after
a character that is no sentence end, or a paragraph that is the number alone (a table's cell). A list's number opening
a paragraph or a sentence (17. 2021年度…申报书, 1. 2035年远景目标, 。2. 加强…) keeps its space.
"""
from __future__ import annotations

import re

from kg.text.lines import Paragraph

_CELL = re.compile(r"\d+[.．] \d+%?")


def spaced_points(text: str) -> list[int]:
    """Where the spaces after the points of spaced decimals stand in ``text`` (a cleaned paragraph)."""
    if _CELL.fullmatch(text):
        return [text.index(" ")]
    return [m.end() - 1 for m in _VALUE.finditer(text)]


# a number (its digits after a character that is no sentence end nor a point, or after a Latin word: PM 2. 5), its point, a space, a digit not a year's
_VALUE = re.compile(r"(?:(?<=[^\s。；;：:！？!?\d.．])|(?<=[A-Za-z] ))\d+[.．] (?=\d)(?!\d{4}年)")


def join_spaced_decimals(par: Paragraph) -> Paragraph:
    """The paragraph with the space after the point of each spaced decimal dropped; every kept character keeps its
    offset."""
    drop = set(spaced_points(par.text))
    return par.without(drop) if drop else par

"""Cleaning step 4b: digits a PDF's text layer letter-spaced (2 0 2 0 年, 超过 8 0 %, 2 2 . 5 毫米) joined back.

Some documents' text layers space every digit. A value read from "8 0 %" is 0 and one from "2 5 5万吨" is
50000, so a document is letter-spaced when it prints at least three years so (1 9 x x, 2 0 x x); in such a
document a space between two digits, or between a digit and its decimal point or %, is layout and goes.
Other documents are left as they are: "1 2 3" in a table of an ordinary document stays three numbers.
"""
from __future__ import annotations

import re

from kg.text.lines import Paragraph

_SPACED_YEAR = re.compile(r"(?<!\d)(?<!\d )(?:1 9|2 0) \d \d(?! ?\d)")
_GAP = re.compile(r"(?<=\d) (?=[\d.%])|(?<=\d\.) (?=\d)")


def letter_spaced(text: str) -> bool:
    """True when ``text`` prints its digits letter-spaced (three spaced years or more)."""
    return len(_SPACED_YEAR.findall(text)) >= 3


def join_spaced_digits(par: Paragraph) -> Paragraph:
    """The paragraph with the spaces inside its numbers dropped; every kept character keeps its offset."""
    par = Paragraph(list(par.chars), list(par.src), par.markdown)
    while True:
        drop = {m.start() for m in _GAP.finditer(par.text)}
        if not drop:
            return par
        par = par.without(drop)

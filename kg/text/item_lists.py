"""Cleaning step 3, lists: a line opening with the next number of the list the paragraphs above print
(…定期减免企业所得税 / 2.购置用于…, or 1. under the heading of a part or measure) opens a paragraph of its own,
even after a full line with no closing mark, which the wrap rule of ``kg/text/wraps.py`` would join it to.

The numbers are read from the paragraphs as ``join_lines`` groups them: an item 1. 2. … (``item`` rows of
``ontology/structure.tsv``) opening a paragraph sets the next number expected; a higher heading (一、, （一）,
第X章, 专栏) opening one lets the list start again at 1 or go on (items numbered straight through a document).
Only that number opens a paragraph: a number out of the list's order, or a line a wrap broke before a
decimal (2.5%) or a year (…目标 / 2.2025年), is left to the wrap rules.

Decimal sections (4.1.5 实施现场核查, 4.2.1.4 核算数据) are followed the same way: a line opening with the next
section of the paragraphs above (X.Y after X.(Y-1), X.Y.1 after X.Y, X.1 after a section or a heading numbered X-1 or
X) opens a paragraph, even after a full line (…不实施现场核查。 / 4.1.5实施现场核查…), but never a number followed by
a unit (…达到 / 2.6万吨: ``text_cues.tsv`` project-count-after); ``kg/text/decimal_sections.py`` reads them."""
from __future__ import annotations

import re

from kg.lexicon import cue, match_heading
from kg.text.decimal_sections import decimal_of
from kg.text.numerals import cn_number

_LISTS = ("item",)  # heading kinds whose numbers are followed
_ABOVE = ("part", "measure", "chapter", "section", "book", "article", "box")  # headings a list starts again under
_COUNT = re.compile(cue("text_cues.tsv", "project-count-after"))  # a value (2.6万吨), not a section (2.6 报告)


class ItemList:
    """The numbers the next list line may print, from the paragraphs opened so far."""

    def __init__(self) -> None:
        self.last: int | None = None  # the number of the last item opening a paragraph
        self.mark: str | None = None  # its mark after the number: . or 、
        self.restart = False  # a higher heading opened a paragraph since
        self.sections: dict[int, tuple[int, ...]] = {}  # depth → the last decimal section opening a paragraph
        self.heading: int | None = None  # the number of the last heading (一、 1. 第X章) opening a paragraph

    def opens(self, text: str) -> bool:
        """Whether a line of this text opens the list's next item or decimal section."""
        nums = _section(text)
        if nums is not None:
            return self._next_section(nums)
        number, mark = _item(text)
        if number is None:
            return False
        if self.restart and number == 1:
            return True
        return self.last is not None and number == self.last + 1 and mark == self.mark

    def paragraph(self, text: str) -> None:
        """A paragraph opens with this line."""
        nums = _section(text)
        if nums is not None:
            self.sections = {d: s for d, s in self.sections.items() if d < len(nums)}
            self.sections[len(nums)] = nums
            return
        number, mark = _item(text)
        if number is not None:
            self.last, self.mark, self.restart, self.heading = number, mark, False, number
            return
        rule, m = match_heading(text)
        if rule is not None and rule.kind in _ABOVE:
            self.restart = True
            self.heading = cn_number(m.group("num")) if "num" in m.groupdict() and m.group("num") else None

    def _next_section(self, nums: tuple[int, ...]) -> bool:
        depth, head, n = len(nums), nums[:-1], nums[-1]
        last = self.sections.get(depth)
        if n > 1:
            return last is not None and last[:-1] == head and last[-1] == n - 1
        if depth > 2:
            return self.sections.get(depth - 1) == head
        return last is not None and last[0] == nums[0] - 1 or self.heading in (nums[0], nums[0] - 1) and bool(self.sections)


def _item(text: str) -> tuple[int | None, str | None]:
    rule, m = match_heading(text)
    if rule is None or rule.kind not in _LISTS or not m.group("num").isdigit():
        return None, None
    mark = text[m.end("num"):m.start("title")].strip()
    if mark in (".", "．") and _DECIMAL_REST.match(m.group("title")):
        return None, None  # a decimal a letter-spacing text layer printed with spaces (上升 / 1 . 4 ℃和 2 . 2 ℃: pool 501)
    return int(m.group("num")), "." if mark in (".", "．") else mark


def _section(text: str) -> tuple[int, ...] | None:
    found = decimal_of(text)
    return None if found is None or _COUNT.match(text[found[1]:]) else found[0]


_SPLIT_NUMBER = re.compile(r"^\d{1,2}$")
_SPLIT_REST = re.compile(r"^[.．]\s*[^\d\s.．]")


def split_item_number(line: str, next_line: str) -> bool:
    """An item's number printed apart from its dot and title (pdftotext: "3" then ". 污染源监测"), which a page
    number at the top of a page looks like: never a page number (``kg/text/furniture.py``)."""
    return bool(_SPLIT_NUMBER.match(line.strip()) and _SPLIT_REST.match(next_line.strip()))


_DECIMAL_REST = re.compile(r"\d(?!\d{3}\s*年)")  # a title opening with a digit that is not a year's

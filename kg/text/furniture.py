"""Cleaning step 2: page furniture (page numbers, running headers and footers) marked as not content;
tables of contents through ``kg.text.contents``."""
from __future__ import annotations

import re

from kg.lexicon import match_heading
from kg.text.contents import drop_toc
from kg.text.item_lists import split_item_number
from kg.text.lines import Line

_PAGE_NUMBER = re.compile(r"^[-—–―－_~·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–―－_~·\s]*$")
_DASHED_PAGE_NUMBER = re.compile(r"^[-—–―－]+\s*\d{1,4}\s*[-—–―－]+$")
_DASHES_ONLY = re.compile(r"^[-—–―－]{1,3}$")
_SENTENCE_END = ("。", "；", "！", "？")  # what no running header or footer closes with
_SPILLED_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff，、。；）])\s*[—–―－-]\s*\d{1,4}\s*$")


def drop_page_furniture(lines: list[Line]) -> list[Line]:
    """Mark page numbers, running headers/footers and tables of contents as not content."""
    n = len(lines)
    page_start = [i == 0 or lines[i].page_break for i in range(n)]
    page_end = [i == n - 1 or lines[i + 1].page_break for i in range(n)]
    edge = [page_start[i] or page_end[i] for i in range(n)]
    # An item number printed apart from its ". title" at a page's top is neither a page number nor a header.
    split = {i for i in range(n - 1) if split_item_number(lines[i].text, lines[i + 1].text)}
    for i, ln in enumerate(lines):
        if _DASHED_PAGE_NUMBER.match(ln.text) or (edge[i] and _PAGE_NUMBER.match(ln.text) and i not in split):
            ln.drop = "page-number"
        elif page_end[i] and _DASHES_ONLY.match(ln.text) and i:
            # pdftotext sometimes splits "— 10 —" into "…text— 10" and "—".
            ln.drop = "page-number"
            prev = lines[i - 1]
            m = _SPILLED_PAGE_NUMBER.search(prev.text)
            if m:
                prev.text = prev.text[: m.start()]
    for ln in lines:
        if not ln.drop:
            strip_trailing_page_number(ln)
    # Tables of contents first: an entry at a page edge must not make its heading a running header.
    drop_toc(lines)
    # After page numbers are gone, the page edges move inward by one line.
    content = [i for i in range(n) if not lines[i].drop]
    tops, bottoms = [], []
    for k, i in enumerate(content):
        if lines[i].page_break or _page_break_between(lines, content[k - 1] if k else -1, i):
            tops.append(i)
            if k:
                bottoms.append(content[k - 1])
    if len(tops) >= 2:
        counts: dict[str, int] = {}
        for i in tops + bottoms:
            key = re.sub(r"\s+", "", lines[i].text)
            counts[key] = counts.get(key, 0) + 1
        for i in tops + bottoms:
            key = re.sub(r"\s+", "", lines[i].text)
            # A numbered heading at the top of two pages (第二节 of two chapters) is a heading, not a header; the end of
            # a sentence at the foot of two pages (…大格局基本 / 形成。 / — 5 —, pool 460) is text, not a footer.
            if counts[key] >= 2 and len(key) <= 60 and match_heading(lines[i].text)[0] is None and i not in split \
                    and not key.endswith(_SENTENCE_END):
                lines[i].drop = "running-header"
    return lines


_TRAILING_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff。；：，、”）])\s*[—–―－]\s*\d{1,4}\s*[—–―－]\s*$")


def strip_trailing_page_number(ln: Line) -> None:
    """pdftotext glues a page number "— 6 —" to the last line of a page ("…予以书面回复。— 6 —");
    left there, it hides the sentence end and glues the heading below it to the paragraph."""
    m = _TRAILING_PAGE_NUMBER.search(ln.text)
    if m and m.start() > 0:
        ln.text = ln.text[: m.start()]


def _page_break_between(lines: list[Line], a: int, b: int) -> bool:
    return any(lines[j].page_break for j in range(a + 1, b + 1)) if a >= 0 else False

"""Cleaning step 1: the source as physical lines with their offsets, page breaks and markdown marks;
headings that pdftotext glued onto the line before are split off."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.text.numerals import cn_numeral, cn_number

_STRIP = " \t\u3000\u00a0\f\v\r\ufeff"
# ꎮ ꎻ: Yi syllables some PDF fonts print for 。 ； (the text layer of 542.txt); a line ending with one is closed.
TERMINAL = "。！？；：!?;:…ꎮꎻ"
CLOSERS = "”’」』）)》〉】]"
_MARKDOWN = re.compile(r"^(#{1,6})\s+")


@dataclass
class Line:
    start: int  # source offset of the first content character
    text: str  # content with surrounding white space removed
    page_break: bool = False  # a form feed comes before this line
    blanks: int = 0  # blank lines between this line and the previous content line
    indent: bool = False
    markdown: int = 0  # markdown heading level (the # marks are not content)
    drop: str | None = None  # why the line is not content, if it is not
    split_number: bool = False  # an item number printed alone ("4" then ".标题" on the next line)
    in_bracket: bool = False  # the break after this line falls inside a bracket that closes soon after
    printed: str = ""  # a heading split off the end of a printed line (split_glued_headings): that whole line


@dataclass
class Paragraph:
    chars: list[str]
    src: list[int]
    markdown: int = 0

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def without(self, drop: set[int]) -> "Paragraph":
        """The paragraph with the characters at the positions ``drop`` left out; every kept one keeps its offset."""
        return Paragraph([c for i, c in enumerate(self.chars) if i not in drop],
                         [s for i, s in enumerate(self.src) if i not in drop], self.markdown)


# A measure or an article glued after the end of a sentence on one printed line ("…基础数据。（十）规范…",
# "…责任。第八章 附 则"): pdftotext lost the line break. Run-in 一、 is not split (一、二类城市 is text).
_GLUED_HEADING = re.compile(
    r"(?<=[。；])\s*(?=[（(][一二三四五六七八九十]{1,3}[）)]\S|第[一二三四五六七八九十百]{1,4}[章节]|"
    r"第[一二三四五六七八九十百]{1,4}条(?![的和或至、，。；：所及]|中(?![国华央共])|规定|第[一二三四五六七八九十]+[款项]))"
)


# A measure glued after the responsibility note closing the previous one, a space between
# ("…（省发展改革委牵头，…负责） （二）建设…"): pdftotext lost the line break.
_GLUED_AFTER_NOTE = re.compile(r"(?<=[）)])[ \u3000]+(?=[（(][一二三四五六七八九十]{1,3}[）)][^，。；、）)]{2})")


# A part heading with its first measure run in on the same printed line ("十二、完善政策机制（三十）完善…"):
# the part's title is short and has no sentence punctuation.
_GLUED_PART_MEASURE = re.compile(
    r"^[一二三四五六七八九十]{1,3}、[^。；：（(]{2,40}?(?=[（(][一二三四五六七八九十]{1,3}[）)][^）)]{2})"
)


_PAGE_NUMBER_BEFORE_HEADING = re.compile(r"^\d{1,3}\s*(?=[（(][一二三四五六七八九十]{1,3}[）)]\S)")
_PART_START = re.compile(r"^([一二三四五六七八九十]{1,3})、")


def _glued_next_part(text: str, last: int) -> list[int]:
    """Cuts before the next part heading glued after a sentence end ("…洪雅通用机场。四、应对气候变化"):
    only the number that follows the last part seen, so 一、二类 and 三、四级 in running text stay."""
    cuts = []
    while last:
        m = re.search(rf"(?<=[。；])\s*(?={cn_numeral(last + 1)}、[^一二三四五六七八九十、]{{2}})", text)
        if not m or m.end() >= len(text):
            break
        cuts.append(m.end())
        last += 1
    return cuts


def split_glued_headings(lines: list[Line]) -> list[Line]:
    """Split a line where a heading starts right after a sentence end (see ``_GLUED_HEADING``), where a
    part heading runs its first measure in (see ``_GLUED_PART_MEASURE``), or where the next part heading
    follows a sentence end (see ``_glued_next_part``)."""
    out: list[Line] = []
    last_part = 0
    for ln in lines:
        ps = _PART_START.match(ln.text)
        if ps:
            last_part = cn_number(ps.group(1)) or last_part
        cuts = [m.end() for m in _GLUED_HEADING.finditer(ln.text) if m.end() < len(ln.text)]
        cuts += [m.end() for m in _GLUED_AFTER_NOTE.finditer(ln.text) if m.end() < len(ln.text)]
        glued = _glued_next_part(ln.text, last_part)
        if glued:
            cuts += glued
            last_part += len(glued)
        pm = _GLUED_PART_MEASURE.match(ln.text)
        if pm and pm.end() < len(ln.text):
            cuts.append(pm.end())
        cuts = sorted(set(cuts))
        lead = _PAGE_NUMBER_BEFORE_HEADING.match(ln.text)
        if lead and not ln.markdown:  # "2（二）拓展…": a page number glued before a heading is not content
            ln = Line(ln.start + lead.end(), ln.text[lead.end():], ln.page_break, ln.blanks, ln.indent, 0)
            cuts = [c - lead.end() for c in cuts if c > lead.end()]
        if not cuts or ln.markdown:
            out.append(ln)
            continue
        prev = 0
        for k, cut in enumerate(cuts + [len(ln.text)]):
            piece = ln.text[prev:cut].rstrip()
            if piece:
                if k == 0:
                    out.append(Line(ln.start, piece, ln.page_break, ln.blanks, ln.indent, ln.markdown))
                else:
                    out.append(Line(ln.start + prev, piece, False, 0, True, 0, printed=ln.text))
            prev = cut
    return out


def split_lines(src: str) -> list[Line]:
    lines: list[Line] = []
    page_break = False
    blanks = 0
    for text, start, _end in _iter_raw_lines(src):
        if "\f" in text:
            page_break = True
        stripped = text.strip(_STRIP + "\n")
        if not stripped:
            blanks += 1
            continue
        lead = len(text) - len(text.lstrip(_STRIP + "\n"))
        indent = lead >= 2 and "\f" not in text[:lead]
        md = _MARKDOWN.match(stripped)
        level = 0
        if md:
            level = len(md.group(1))
            lead += md.end()
            stripped = stripped[md.end():]
        lines.append(Line(start + lead, stripped, page_break, blanks, indent, level))
        page_break = False
        blanks = 0
    return lines


def _iter_raw_lines(src: str):
    """(text, start, end) of each physical line; \\n, \\r\\n and \\r all end a line."""
    start = 0
    for m in re.finditer(r"\r\n|\r|\n", src):
        yield src[start:m.start()], start, m.start()
        start = m.end()
    if start < len(src):
        yield src[start:], start, len(src)

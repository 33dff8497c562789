"""Source text → cleaned paragraphs with a character-level map back to the source.

Named steps, each a pure function over lines or characters:

0. ``kg.text.normalize``: compatibility, format, surrogate and private-use characters, counted.
1. ``split_lines``: physical lines with their source offsets, page breaks and markdown marks.
2. ``drop_page_furniture``: page numbers, running headers/footers and tables of contents.
3. ``join_lines``: hard line wraps and page-broken paragraphs joined into paragraphs.
4. ``normalise``: width, punctuation, spaces around digits, traditional → simplified.
5. ``set_aside``: datelines as metadata; photo captions and unrelated articles excluded.

Guarantee: for every character ``text[i]`` of the result, ``offsets[i]`` is the offset in the
source text of the character it came from, and cleaning the cleaned text again changes nothing.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kg.lexicon import boilerplate_rules, front_matter_rules, match_heading
from kg.model import Excluded
from kg.text.normalize import Normalized, normalize

_STRIP = " \t\u3000\u00a0\f\v\r\ufeff"
# ꎮ ꎻ: Yi syllables some PDF fonts print for 。 ； (the text layer of 542.txt); a line ending with one is closed.
_TERMINAL = "。！？；：!?;:…ꎮꎻ"
_CLOSERS = "”’」』）)》〉】]"
_CONTINUATION_START = "，。、；：）」』”’！？%％,.;:)]》"
_PAGE_NUMBER = re.compile(r"^[-—–－_~·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–－_~·\s]*$")
_DASHED_PAGE_NUMBER = re.compile(r"^[-—–－]+\s*\d{1,4}\s*[-—–－]+$")
_DASHES_ONLY = re.compile(r"^[-—–－]{1,3}$")
_SPILLED_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff，、。；）])\s*[—–－-]\s*\d{1,4}\s*$")
_TOC_HEAD = re.compile(r"^目\s*录$")
# Leaders: dots, middle dots, ellipses, or private-use glyphs some PDFs print them with (U+1001BA).
_TOC_LEADER = re.compile(r"^(.{1,60}?)\s*(?:[.·…．_\ue000-\uf8ff\U00100000-\U0010ffff]\s*){4,}\s*[(（]?(?:\d\s?){0,4}[)）]?$")
_TOC_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇]+[章节篇编]$|^[一二三四五六七八九十]+、$")  # a column of numbers
_TOC_PAGE = re.compile(r"^[(（]?\s*[\d０-９]{1,4}\s*[)）]$|^[(（]\s*[\d０-９]{1,4}\s*[)）]?$")  # a page number printed on the line after its entry
_TOC_ENTRY = re.compile(r"^(.{1,60}?)[\s.·…．_－-]{2,}\d{1,4}$|^(.{1,60}?)\s+\d{1,4}$")
_CONTINUED_TITLE = re.compile(r"^的(?:通知|决定|意见|函)$")  # "…印发《X》" wrapped before 的通知
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


@dataclass
class Paragraph:
    chars: list[str]
    src: list[int]
    markdown: int = 0

    @property
    def text(self) -> str:
        return "".join(self.chars)


@dataclass
class Cleaned:
    text: str
    offsets: list[int]
    excluded: list[Excluded] = field(default_factory=list)
    dateline: dict | None = None
    markdown_lines: list[int] = field(default_factory=list)  # paragraph indexes that were # headings
    normalised: dict[str, int] = field(default_factory=dict)  # characters changed before cleaning, per kind


# 1. split_lines ---------------------------------------------------------------------------

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
_CN_DIGITS = "一二三四五六七八九"
_PART_START = re.compile(r"^([一二三四五六七八九十]{1,3})、")


def _cn(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (the numerals of part headings)."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens - 1] + "十")) + (_CN_DIGITS[ones - 1] if ones else "")


def _glued_next_part(text: str, last: int) -> list[int]:
    """Cuts before the next part heading glued after a sentence end ("…洪雅通用机场。四、应对气候变化"):
    only the number that follows the last part seen, so 一、二类 and 三、四级 in running text stay."""
    cuts = []
    while last:
        m = re.search(rf"(?<=[。；])\s*(?={_cn(last + 1)}、[^一二三四五六七八九十、]{{2}})", text)
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
            from kg.text.structure import cn_number

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
                    out.append(Line(ln.start + prev, piece, False, 0, True, 0))
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


# 2. drop_page_furniture -------------------------------------------------------------------

def drop_page_furniture(lines: list[Line]) -> list[Line]:
    """Mark page numbers, running headers/footers and tables of contents as not content."""
    n = len(lines)
    page_start = [i == 0 or lines[i].page_break for i in range(n)]
    page_end = [i == n - 1 or lines[i + 1].page_break for i in range(n)]
    edge = [page_start[i] or page_end[i] for i in range(n)]
    for i, ln in enumerate(lines):
        if _DASHED_PAGE_NUMBER.match(ln.text) or (edge[i] and _PAGE_NUMBER.match(ln.text)):
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
    _drop_toc(lines)
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
            # A numbered heading at the top of two pages (第二节 of two chapters) is a heading, not a header.
            if counts[key] >= 2 and len(key) <= 60 and match_heading(lines[i].text)[0] is None:
                lines[i].drop = "running-header"
    return lines


_TRAILING_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff。；：，、”）])\s*[—–－]\s*\d{1,4}\s*[—–－]\s*$")


def strip_trailing_page_number(ln: Line) -> None:
    """pdftotext glues a page number "— 6 —" to the last line of a page ("…予以书面回复。— 6 —");
    left there, it hides the sentence end and glues the heading below it to the paragraph."""
    m = _TRAILING_PAGE_NUMBER.search(ln.text)
    if m and m.start() > 0:
        ln.text = ln.text[: m.start()]


def _page_break_between(lines: list[Line], a: int, b: int) -> bool:
    return any(lines[j].page_break for j in range(a + 1, b + 1)) if a >= 0 else False


def _drop_toc(lines: list[Line]) -> None:
    """Tables of contents, in the layouts of the pool.

    A table starts at 目录 (also printed 目 / 录 on two lines) and runs over its entries: lines with
    dotted leaders or a page number, and short heading-like lines without sentence punctuation,
    until the body repeats the first entry or a line of prose comes. Lines with dotted leaders are
    entries wherever they stand (tables printed without a 目录 line), and so are the short lines
    wrapped between two of them.
    """
    n = len(lines)
    for i, ln in enumerate(lines):
        if ln.drop:
            continue
        head = bool(_TOC_HEAD.match(ln.text))
        listed: list[str] = []  # entries printed before 录 in the 目 / 第一章 / 录 layout
        if not head and ln.text == "目":
            # 目 / 录 on lines of their own, sometimes interleaved with 前 / 言 of a second column.
            # Or 目, a column of numbers (第一章 / 第一节 …), then 录 and a column of titles.
            ahead = _next_contents(lines, i, 80)
            texts = [lines[k].text for k in ahead]
            if "录" in texts and all(len(t) <= 12 and not re.search(r"[。；，：]", t) for t in texts[: texts.index("录")]):
                head = True
                for k in ahead[: [lines[k].text for k in ahead].index("录") + 1]:
                    lines[k].drop = "table-of-contents"
                    listed.append(re.sub(r"\s+", "", lines[k].text))
        if not head:
            continue
        ln.drop = "table-of-contents"
        entries: list[str] = []
        first_heading = None  # the first heading the table lists (第一章): the body starts where it comes again
        last = ""  # the previous line of the table
        j = i + 1
        while j < n:
            cur = lines[j]
            if cur.drop:
                j += 1
                continue
            if _is_leader_line(cur.text):
                m = _TOC_LEADER.match(cur.text) or _TOC_RUN.search(cur.text)
            else:
                m = _TOC_ENTRY.match(cur.text) or _TOC_PAGE.match(cur.text)
            bare = re.sub(r"\s+", "", next((g for g in m.groups() if g), cur.text) if m else cur.text)
            if entries and not _is_leader_line(cur.text) and not _TOC_PAGE.match(cur.text) \
                    and not _TOC_NUMBER.match(cur.text) and any(
                    bare == e or (len(bare) >= 4 and len(e) >= 4 and (e.startswith(bare) or bare.startswith(e)))
                    for e in entries):
                break  # the body repeats an entry (the first, or the first it has): the table is over
            heading, _ = match_heading(cur.text)
            if first_heading is None:
                first_heading = next((e for e in listed + entries if match_heading(e)[0] is not None), None)
            if entries and heading is not None and _heading_label(cur.text) == _heading_label(first_heading):
                break  # the first heading the table listed comes again (第一章): the body starts
            short = len(cur.text) <= 40 and not re.search(r"[。；，：]", cur.text) and cur.text[-1] not in _TERMINAL
            # The title of a number printed alone on the line before (第一节 / 推进转型升级，助力…).
            short = short or (bool(entries) and _TOC_NUMBER.match(last) is not None and len(cur.text) <= 40
                              and not re.search(r"[。；]", cur.text))
            last = cur.text
            if m or short or (heading is not None and len(cur.text) <= 40 and cur.text[-1] not in _TERMINAL):
                entries.append(bare)
                cur.drop = "table-of-contents"
                j += 1
                continue
            break
    # Dotted-leader entries without a 目录 line, and the short lines wrapped between two of them.
    leader = [i for i, ln in enumerate(lines) if not ln.drop and _is_leader_line(ln.text)]
    for i in leader:
        k = _next_contents(lines, i, 1)
        if k and _TOC_PAGE.match(lines[k[0]].text):
            lines[k[0]].drop = "table-of-contents"
    for i in leader:
        lines[i].drop = "table-of-contents"
    for a, b in zip(leader, leader[1:]):
        between = range(a + 1, b)
        if 1 < b - a <= 4 and all(len(lines[k].text) <= 40 and not re.search(r"[。；]", lines[k].text) for k in between) \
                or 1 < b - a <= 60 and all(_TOC_NUMBER.match(lines[k].text) or lines[k].drop for k in between):
            for k in range(a + 1, b):
                lines[k].drop = lines[k].drop or "table-of-contents"


def _heading_label(text: str | None) -> str | None:
    """The number part of a heading without its title ("第一章 生态环境…" → "第一章"), spaces removed."""
    if not text:
        return None
    rule, m = match_heading(text)
    if rule is None:
        return None
    cut = m.start("title") if "title" in m.groupdict() and m.group("title") is not None else len(text)
    return re.sub(r"\s+", "", text[:cut]).rstrip("、，,.．")


_TOC_RUN = re.compile(r"^(.{1,60}?)\s*[.·…]{6,}")


def _is_leader_line(text: str) -> bool:
    """An entry with dotted leaders, or a whole table of contents flattened into one line."""
    return bool(_TOC_LEADER.match(text)) or len(re.findall(r"[.·…]{6,}", text)) >= 2


def _next_contents(lines: list[Line], i: int, n: int) -> list[int]:
    out = []
    for j in range(i + 1, len(lines)):
        if len(out) == n:
            break
        if not lines[j].drop:
            out.append(j)
    return out


# 3. join_lines ------------------------------------------------------------------------------

def em_width(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


def _wrap_width(lines: list[Line]) -> float | None:
    """The width at which the source hard-wraps lines, or None when lines are paragraphs."""
    widths = [em_width(ln.text) for ln in lines if not ln.drop]
    if len(widths) < 8:
        return None
    best, best_count = None, 0
    for w in sorted({round(x) for x in widths}):
        count = sum(1 for x in widths if w - 2.0 <= x <= w + 0.5)
        if count > best_count or (count == best_count and best is not None and w > best):
            best, best_count = w, count
    if best is None or best > 90 or best < 12 or best_count < max(4, 0.2 * len(widths)):
        return None
    return float(best)


def _ends_open(text: str) -> bool:
    """True when a line stops where a paragraph cannot end (mid-word or after a comma)."""
    last = text.rstrip(_CLOSERS)[-1:] if text.rstrip(_CLOSERS) else ""
    return bool(last) and last not in _TERMINAL and not text.endswith(tuple(")）】]")) or text.endswith(("，", "、", ","))


def is_title_line(text: str) -> bool:
    """A line that ends with a genre word (意见, 方案, 通知 …) and has no sentence punctuation."""
    if len(text) > 90 or re.search(r"[。；，]", text):
        return False
    if any(p.search(text) for role, p, _ in front_matter_rules() if role in ("title", "notice-title")):
        return True
    from kg.text.genre import genre_of  # the genre words of ontology/genres.tsv (工作要点, 行动清单 …)

    return len(text) <= 30 and genre_of(text) != "other"


def join_lines(lines: list[Line]) -> list[list[Line]]:
    """Group content lines into paragraphs.

    A line break is a paragraph break unless: the next line starts with punctuation that
    cannot start a paragraph; the source hard-wraps and this line is full; or a page break
    or blank line cut a long paragraph mid-word and the next line starts no heading.
    """
    content = [ln for ln in lines if not ln.drop]
    mark_split_numbers(content)
    wrap = _wrap_width(lines)
    paragraphs: list[list[Line]] = []
    for ln in content:
        if not paragraphs:
            paragraphs.append([ln])
            continue
        prev = paragraphs[-1][-1]
        if prev.text != ln.text and _joins(prev, ln, wrap):
            paragraphs[-1].append(ln)
        else:
            paragraphs.append([ln])
    return paragraphs


# Headings a line wrap never produces: （五） with a Chinese numeral, 第三章, 第二节, 第十条 (a wrapped
# sentence may start a line with 一、二类 or 2025年, but not with these).
_NEVER_WRAPPED = ("measure", "chapter", "section", "article", "book")
_SPLIT_NUMBER = re.compile(r"^\d{1,2}$")
_SPLIT_NUMBER_REST = re.compile(r"^[.．](?!\d)")


def mark_split_numbers(content: list[Line]) -> None:
    """pdftotext prints an item number apart from its dot ("…。\n4\n.预报预警"): the number
    starts a paragraph of its own, and the line after it continues it."""
    for a, b in zip(content, content[1:]):
        if _SPLIT_NUMBER.match(a.text) and _SPLIT_NUMBER_REST.match(b.text):
            a.split_number = True
        elif _SPLIT_TENS.match(a.text) and _SPLIT_TENS_REST.match(b.text):
            a.split_number = True  # "十" then "一、健全…": part 十一 broken after its tens


# A part number broken after its tens: "十" (or 二十) alone, then "一、…" on the next line.
_SPLIT_TENS = re.compile(r"^[二三四五六七八九]?十$")
_SPLIT_TENS_REST = re.compile(r"^[一二三四五六七八九]、\S")


_CJK_SPACES = re.compile(r"(?<=[\u4e00-\u9fff(（])\s+(?=[\u4e00-\u9fff)）])")
# Some text layers print 。 as an ASCII full stop: after a Chinese character it ends a sentence.
_CJK_PERIOD = re.compile(r"[\u4e00-\u9fff”）]\.$")


def _joins(prev: Line, cur: Line, wrap: float | None) -> bool:
    if cur.markdown or prev.markdown:
        return False
    if prev.split_number:
        return True
    if cur.split_number:
        return False
    if cur.text[0] in _CONTINUATION_START or _CONTINUED_TITLE.match(cur.text):
        return True
    # Justified lines space out characters ("(二十 二) 健 全"): the heading is read without those spaces.
    heading, _ = match_heading(_CJK_SPACES.sub("", cur.text))
    prev_terminal = prev.text.rstrip(_CLOSERS)[-1:] in _TERMINAL or prev.text[-1] in ")）】]〕" \
        or _CJK_PERIOD.search(prev.text) is not None
    prev_heading_only = match_heading(prev.text)[0] is not None and "。" not in prev.text
    if wrap is not None:
        if cur.indent and not cur.page_break:
            return False
        if is_front_matter_line(prev.text) or is_front_matter_line(cur.text):
            return False  # metadata fields, document numbers and dates are lines of their own
        width = em_width(prev.text)
        if wrap - 2.5 <= width <= wrap + 3:  # a full line; wider ones are lines of their own
            if heading is not None and heading.kind in _NEVER_WRAPPED:
                return False  # （五）… after a full line: a heading, not the wrap of a sentence
            return not (heading is not None and prev_terminal)
        if heading is not None or prev_terminal or prev_heading_only or is_title_line(prev.text):
            return False
        # A short line that stops mid-sentence: pdftotext breaks lines at style changes.
        # Runs of short open lines are lists (signatures), not wrapped text.
        short = 0.6 * wrap
        return not (em_width(prev.text) < short and em_width(cur.text) < short and _ends_open(cur.text))
    # Paragraph-per-line sources: only a break that cut a long paragraph mid-word joins.
    if heading is None and em_width(prev.text) >= 20 and _ends_open(prev.text):
        return bool(cur.page_break or cur.blanks)
    return False


# 4. normalise -------------------------------------------------------------------------------

_ASCII_TO_CJK = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_TO_ASCII_EXTRA = {"％": "%", "．": ".", "／": "/", "－": "-", "＋": "+", "～": "~", "＝": "="}


def _is_control(ch: str) -> bool:
    o = ord(ch)
    return o < 0x20 or 0x7F <= o <= 0x9F or o in (0x2028, 0x2029, 0xFFFE, 0xFFFF)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and (unicodedata.east_asian_width(ch) in "WF")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def normalise(par: Paragraph) -> Paragraph:
    """Width, punctuation and spacing in one paragraph; every output char keeps its source offset."""
    chars, src = list(par.chars), list(par.src)
    # Full-width letters and digits to ASCII; a few full-width symbols to their usual form.
    for i, ch in enumerate(chars):
        o = ord(ch)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            chars[i] = chr(o - 0xFEE0)
        elif ch in _FULL_TO_ASCII_EXTRA:
            chars[i] = _FULL_TO_ASCII_EXTRA[ch]
        elif ch in "\u3000\t\u00a0" or _is_control(ch):
            chars[i] = " "  # control characters (damage, stray bytes) are never content
    # Spaces next to CJK characters or CJK punctuation are layout, not content.
    out_c, out_s = [], []
    for i, ch in enumerate(chars):
        if ch == " ":
            prev = out_c[-1] if out_c else ""
            nxt = next((c for c in chars[i + 1:] if c != " "), "")
            if not prev or not nxt or prev == " " or _is_cjk(prev) or _is_cjk(nxt):
                continue
        out_c.append(ch)
        out_s.append(src[i])
    chars, src = out_c, out_s
    # Half-width Chinese punctuation to full width, except inside numbers (1,000; 10:30).
    for i, ch in enumerate(chars):
        if ch in _ASCII_TO_CJK:
            prev = chars[i - 1] if i else ""
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                continue
            if ch in "()" or _is_cjk(prev) or _is_cjk(nxt) or not nxt:
                chars[i] = _ASCII_TO_CJK[ch]
    # Dashes that lead principle lines: pdftotext prints —— as --.
    text = "".join(chars)
    for m in re.finditer(r"(?<![\w-])--(?!-)|──|－－", text):
        chars[m.start()] = chars[m.start() + 1] = "—"
    # Traditional characters that slipped in, with OpenCC; only 1:1 changes keep offsets exact.
    text = "".join(chars)
    simplified = _t2s().convert(text)
    if simplified != text and len(simplified) == len(text):
        chars = list(simplified)
    return Paragraph(chars, src, par.markdown)


# 5. set_aside -------------------------------------------------------------------------------

def set_aside(pars: list[Paragraph]) -> tuple[list[Paragraph], list[Excluded], dict | None]:
    """Remove datelines and non-policy material; return what was removed with source offsets."""
    excluded: list[Excluded] = []
    dateline = None
    keep: list[Paragraph] = []
    rest_from: int | None = None
    rest_reason = ""
    rules = boilerplate_rules()
    for idx, par in enumerate(pars):
        text = par.text
        hit = None
        for rule in rules:
            m = rule.pattern.search(text)
            if m:
                hit = (rule, m)
                break
        if hit is None:
            keep.append(par)
            continue
        rule, m = hit
        if rule.action == "dateline":
            dateline = {
                "text": m.group(0),
                "source_start": par.src[m.start()],
                "source_end": par.src[m.end() - 1] + 1,
                "rule": rule.rule_id,
            }
            before = Paragraph(par.chars[: m.start()], par.src[: m.start()], par.markdown)
            while before.chars and before.chars[-1] in " ":
                before.chars.pop()
                before.src.pop()
            after = Paragraph(par.chars[m.end():], par.src[m.end():], par.markdown)
            if before.chars:
                keep.append(before)
            if "".join(after.chars).strip():
                excluded.append(Excluded(after.src[0], after.src[-1] + 1, "after-dateline"))
            rest_from, rest_reason = idx + 1, "after-dateline"
            break
        if rule.action == "exclude-rest" and _after_body(keep):
            rest_from, rest_reason = idx, rule.kind
            break
        if rule.action in ("exclude-paragraph",):
            excluded.append(Excluded(par.src[0], par.src[-1] + 1, rule.kind))
            continue
        keep.append(par)
    if rest_from is not None and rest_from < len(pars):
        tail = pars[rest_from:]
        excluded.append(Excluded(tail[0].src[0], tail[-1].src[-1] + 1, rest_reason))
    return keep, excluded, dateline


def _after_body(kept: list[Paragraph]) -> bool:
    """Exclusion of a whole tail only once some structured policy text has been seen."""
    return any(match_heading(p.text)[0] is not None for p in kept)


# The whole stage ------------------------------------------------------------------------------

def clean(src: str) -> Cleaned:
    # Look-alike, invisible, surrogate and private-use characters first (kg/text/normalize.py): every
    # later step sees one spelling; offsets are mapped back to ``src`` at the end.
    norm = normalize(src)
    return _to_source(_clean(norm.text), norm)


def _to_source(cleaned: Cleaned, norm: Normalized) -> Cleaned:
    """Offsets into the normalised text → offsets into the source it came from."""
    cleaned.normalised = norm.counts
    if norm.back is None:
        return cleaned
    back = norm.back

    def end(s: int, e: int) -> int:
        return back[e - 1] + 1 if e > s else back[s]

    offsets = [back[o] for o in cleaned.offsets[:-1]]
    offsets.append((offsets[-1] + 1) if offsets else 0)
    cleaned.offsets = offsets
    cleaned.excluded = sorted(
        (Excluded(back[x.source_start], end(x.source_start, x.source_end), x.reason) for x in cleaned.excluded),
        key=lambda e: (e.source_start, e.source_end, e.reason),
    )
    if cleaned.dateline:
        d = cleaned.dateline
        d["source_start"], d["source_end"] = back[d["source_start"]], end(d["source_start"], d["source_end"])
    return cleaned


def _clean(src: str) -> Cleaned:
    lines = drop_page_furniture(split_glued_headings(split_lines(src)))
    excluded = [
        Excluded(ln.start, ln.start + len(ln.text), ln.drop)
        for ln in lines
        if ln.drop and ln.drop != "page-number"
    ]
    groups = join_lines(lines)
    pars: list[Paragraph] = []
    for group in groups:
        chars: list[str] = []
        offs: list[int] = []
        for ln in group:
            chars.extend(ln.text)
            offs.extend(range(ln.start, ln.start + len(ln.text)))
        pars.append(normalise(Paragraph(chars, offs, group[0].markdown)))
    pars = [p for p in pars if p.chars]
    pars = _drop_repeated_title(pars, excluded)
    pars, more, dateline = set_aside(pars)
    excluded.extend(more)
    text_parts: list[str] = []
    offsets: list[int] = []
    markdown_lines = []
    for i, p in enumerate(pars):
        if i:
            text_parts.append("\n")
            offsets.append(p.src[0] - 1 if p.src[0] > 0 else 0)
        if p.markdown:
            markdown_lines.append(i)
        text_parts.append(p.text)
        offsets.extend(p.src)
    text = "".join(text_parts)
    offsets.append((offsets[-1] + 1) if offsets else 0)
    excluded.sort(key=lambda e: (e.source_start, e.source_end, e.reason))
    return Cleaned(text, offsets, excluded, dateline, markdown_lines)


def _drop_repeated_title(pars: list[Paragraph], excluded: list[Excluded]) -> list[Paragraph]:
    """A title printed twice at the top (page header, then title) is kept once."""
    if len(pars) >= 2 and pars[0].text == pars[1].text and len(pars[0].chars) <= 80:
        excluded.append(Excluded(pars[0].src[0], pars[0].src[-1] + 1, "running-header"))
        return pars[1:]
    return pars


_LINE_ROLES = frozenset({"metadata-field", "doc-number", "date"})


def is_front_matter_line(text: str) -> bool:
    """Metadata fields, document numbers and dates: lines that never wrap into others."""
    return any(p.match(text) for role, p, _ in front_matter_rules() if role in _LINE_ROLES)



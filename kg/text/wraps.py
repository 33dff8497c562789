"""Cleaning step 3: hard line wraps and page-broken paragraphs joined into paragraphs."""
from __future__ import annotations

import re
import unicodedata

from kg.lexicon import cue, front_matter_rules, match_heading
from kg.text.dash_wraps import cut_principle
from kg.text.genre import genre_of
from kg.text.heading_lines import heading_alone
from kg.text.item_lists import ItemList
from kg.text.item_wraps import cut_item
from kg.text.lines import CLOSERS, TERMINAL, Line
from kg.text.title_wraps import title_goes_on
from kg.text.value_wraps import cut_value

_CONTINUATION_START = "，。、；：）」』”’！？%％,.;:)]》"
_CONTINUED_TITLE = re.compile(r"^的(?:" + cue("text_cues.tsv", "continued-title") + r")$")  # "…印发《X》" wrapped before 的通知


_WIDTHS: dict[str, float] = {}  # a line's width, asked for two or three times per line (its own, as prev, as cur)


class _Wide(dict):
    """character → 1 if East Asian wide (W, F, A), else 0; each character's width looked up once."""

    def __missing__(self, ch: str) -> int:
        wide = self[ch] = 1 if unicodedata.east_asian_width(ch) in "WFA" else 0
        return wide


_WIDE = _Wide()


def em_width(text: str) -> float:
    """A line's width in em: 1 per wide character, 0.5 per other (the same float as summing them one by one: every
    partial sum is a multiple of 0.5, exact)."""
    width = _WIDTHS.get(text)
    if width is None:
        if len(_WIDTHS) >= 100_000:
            _WIDTHS.clear()
        wide = sum(map(_WIDE.__getitem__, text))
        width = _WIDTHS[text] = wide + (len(text) - wide) * 0.5 if text else 0  # sum() of nothing: 0
    return width


_MIN_WRAP, _MAX_WRAP = 12, 90


def _wrap_width(lines: list[Line]) -> float | None:
    """The width at which the source hard-wraps lines, or None when lines are paragraphs."""
    widths = [em_width(ln.text) for ln in lines if not ln.drop]
    if len(widths) < 8:
        return None
    best, best_count = None, 0
    # Only widths a full line can have: a layout that prints the last characters of each full line
    # on a line of their own ("…单位地区生产总值能" then "耗和") has more 2-character lines than full
    # ones, and the mode of all widths would be 2.
    for w in sorted({round(x) for x in widths if _MIN_WRAP - 2 <= x <= _MAX_WRAP + 0.5}):
        count = sum(1 for x in widths if w - 2.0 <= x <= w + 0.5)
        if count > best_count or (count == best_count and best is not None and w > best):
            best, best_count = w, count
    if best is None or best > _MAX_WRAP or best < _MIN_WRAP or best_count < max(4, 0.2 * len(widths)):
        return None
    return float(best)


_LOOSE_MIN, _LOOSE_BAND = 20, 4.5


def _loose_width(lines: list[Line]) -> float | None:
    """When no regular width is found (tables of short cells outnumber the prose, or the text layer
    spaces digits so that full lines differ by up to 4 em: 31 to 35.5 in one document), the width
    most lines of prose reach, counted among lines of at least 20 em only; None when no such width
    holds a quarter of them."""
    widths = [em_width(ln.text) for ln in lines if not ln.drop and em_width(ln.text) >= _LOOSE_MIN]
    best, best_count = None, 0
    for w in sorted({round(x) for x in widths if x <= _MAX_WRAP + 1}):
        count = sum(1 for x in widths if w - _LOOSE_BAND <= x <= w + 1)
        if count > best_count:
            best, best_count = w, count
    if best is None or best_count < max(8, 0.25 * len(widths)):
        return None
    return float(best)


def _cut_mid_word(prev: Line, cur: Line, loose: float | None) -> bool:
    """A line of prose as wide as the document's lines that stops between two Chinese characters
    ("…各省级生态环境主管" then "部门应于…"): a word was cut by the wrap, never a paragraph's end."""
    if loose is None or cur.indent or cur.markdown or prev.markdown or not (_HAN.match(prev.text[-1]) and _HAN.match(cur.text[0])):
        return False
    if not loose - _LOOSE_BAND <= em_width(prev.text) <= loose + 1.5:
        return False
    return match_heading(_CJK_SPACES.sub("", cur.text))[0] is None and not is_title_line(prev.text) \
        and not is_front_matter_line(prev.text) and not is_front_matter_line(cur.text)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _ends_open(text: str) -> bool:
    """True when a line stops where a paragraph cannot end (mid-word or after a comma)."""
    last = text.rstrip(CLOSERS)[-1:] if text.rstrip(CLOSERS) else ""
    return bool(last) and last not in TERMINAL and not text.endswith(tuple(")）】]")) or text.endswith(("，", "、", ","))


def is_title_line(text: str) -> bool:
    """A line that ends with a genre word (意见, 方案, 通知 …) and has no sentence punctuation."""
    if len(text) > 90 or re.search(r"[。；，]", text):
        return False
    if any(p.search(text) for role, p, _ in front_matter_rules() if role in ("title", "notice-title")):
        return True
    # the genre words of ontology/genres.tsv (工作要点, 行动清单 …)
    return len(text) <= 30 and genre_of(text) != "other"


def join_lines(lines: list[Line]) -> list[list[Line]]:
    """Group content lines into paragraphs.

    A line break is a paragraph break unless: the next line starts with punctuation that
    cannot start a paragraph; the source hard-wraps and this line is full; or a page break
    or blank line cut a long paragraph mid-word and the next line starts no heading.
    """
    content = [ln for ln in lines if not ln.drop]
    mark_split_numbers(content)
    mark_bracket_breaks(content)
    wrap = _wrap_width(lines)
    loose = _loose_width(lines) if wrap is None else None
    paragraphs: list[list[Line]] = []
    items = ItemList()  # the next number of the list above opens a paragraph (kg/text/item_lists.py)
    for ln in content:
        if not paragraphs:
            paragraphs.append([ln])
            items.paragraph(ln.text)
            continue
        prev = paragraphs[-1][-1]
        if prev.text != ln.text and not (items.opens(ln.text) and not prev.split_number and not prev.in_bracket) \
                and (_joins(prev, ln, wrap, paragraphs[-1], paragraphs[-2][-1] if len(paragraphs) > 1 else None)
                     or _cut_mid_word(prev, ln, loose)):
            paragraphs[-1].append(ln)
        else:
            paragraphs.append([ln])
            items.paragraph(ln.text)
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


_OPEN, _CLOSE = "（(〔", "）)〕"
_BRACKET_LINES = 4  # the most lines a bracket note wraps over (（牵头单位：…；责任单位：…）)


_CELL = 6  # characters: two lines this short before a bracket opens are cells of a table
_MIDDLE_LINE = 12  # characters: a line of a wrapped note between its first and its last is a full line
# A space between two Chinese characters or marks: the gap between two columns of a table printed side by side.
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2018-\u201d"
_COLUMN_GAP = re.compile(f"[{_CJK}][ \t\u3000]+[{_CJK}]")
_LATIN_END, _LATIN_START = re.compile(r"[A-Za-z]$"), re.compile(r"[A-Za-z]")


def open_depth(text: str, depth: int = 0) -> int:
    """Brackets （ ( 〔 still open at the end of ``text`` (a closer with none open is ignored)."""
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
    return depth


def mark_bracket_breaks(content: list[Line]) -> None:
    """A break inside a bracket that closes within a few lines, with no heading, list number or
    sentence end before it, wraps one note ("（牵头单位：市经" then "信局；责任单位：…）"): the
    lines up to the one that closes it are marked to join."""
    for i, ln in enumerate(content):
        depth = open_depth(ln.text)
        if not depth or ln.markdown or ln.in_bracket or _COLUMN_GAP.search(ln.text) \
                or i >= 2 and all(len(c.text) < _CELL for c in content[i - 2:i]):
            continue  # a line amid a table's cells printed a line each ("公顷" "/" "（修复已清退" "约束性滩涂池塘）")
        for j in range(i + 1, min(i + 1 + _BRACKET_LINES, len(content))):
            text = content[j].text
            if content[j].markdown or _COLUMN_GAP.search(text) or match_heading(text)[0] is not None or _LIST_MARK.match(text) \
                    or is_front_matter_line(text) or _OPENS_NOTE.match(text):
                break
            closed_at = _closes_at(text, depth)
            if "。" in text[:closed_at if closed_at is not None else len(text)] \
                    or _LATIN_END.search(content[j - 1].text) and _LATIN_START.match(text):
                break  # a sentence ends inside, or an English word wraps (the space would be lost)
            if closed_at is None and (len(text) < _MIDDLE_LINE or len(text) < 0.8 * len(ln.text)):
                break  # a short line in the middle: cells of a table's columns, not a wrapped note
            if closed_at is not None:
                for k in range(i, j):
                    content[k].in_bracket = True
                break
            depth = open_depth(text, depth)


def _closes_at(text: str, depth: int) -> int | None:
    """Where in ``text`` the brackets open before it (``depth``) are all closed, or None."""
    for n, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return n
    return None


# A part number broken after its tens: "十" (or 二十) alone, then "一、…" on the next line.
_SPLIT_TENS = re.compile(r"^[二三四五六七八九]?十$")
_SPLIT_TENS_REST = re.compile(r"^[一二三四五六七八九]、\S")
_CJK_SPACES = re.compile(r"(?<=[\u4e00-\u9fff(（])\s+(?=[\u4e00-\u9fff)）])")
# Some text layers print 。 as an ASCII full stop: after a Chinese character it ends a sentence.
_CJK_PERIOD = re.compile(r"[\u4e00-\u9fff”）]\.$")


def _joins(prev: Line, cur: Line, wrap: float | None, para: list[Line] | None = None, before: Line | None = None) -> bool:
    """Whether ``cur`` continues the paragraph ``para`` (so far) whose last line is ``prev`` (``before``: the last line
    of the paragraph before it)."""
    para = para or [prev]
    opens = len(para) == 1
    if cur.markdown or prev.markdown:
        return False
    if prev.split_number or prev.in_bracket:
        return True
    if cur.split_number:
        return False
    if _OPENS_NOTE.match(cur.text):
        return False  # 抄送：… opens the 版记: never the wrap of the sentence above it
    if cur.text[0] in _CONTINUATION_START or _CONTINUED_TITLE.match(cur.text):
        return True
    if cut_value(prev.text, cur.text):
        return True  # "…各地要抓紧制定 2022" "年国土绿化实施方案，…": kg/text/value_wraps.py
    # Justified lines space out characters ("(二十 二) 健 全"): the heading is read without those spaces.
    heading, _ = match_heading(_CJK_SPACES.sub("", cur.text))
    if heading is None and _is_bare_number(prev.text):
        return True  # "（一）" printed alone, its title on the next line
    prev_terminal = prev.text.rstrip(CLOSERS)[-1:] in TERMINAL or prev.text[-1] in ")）】]〕" \
        or _CJK_PERIOD.search(prev.text) is not None
    prev_rule = match_heading(prev.text)[0]
    prev_heading_only = prev_rule is not None and "。" not in prev.text
    if wrap is not None:
        if title_goes_on(prev, cur, wrap, em_width):
            return True  # …负责）   （二）建设绿色低碳 / 城市。实施…: kg/text/title_wraps.py
        if cur.indent and not cur.page_break:
            return False
        if is_front_matter_line(prev.text) or is_front_matter_line(cur.text):
            return False  # metadata fields, document numbers and dates are lines of their own
        width = em_width(prev.text)
        if len(cur.text) <= _FRAGMENT and heading is None and not prev_terminal and not is_title_line(prev.text):
            # pdftotext may print the last characters of a full line on a line of their own
            # ("…通过管理" then "创"): the two together fill the line.
            width += em_width(cur.text)
        if wrap - 2.5 <= width <= wrap + 3:  # a full line; wider ones are lines of their own
            if heading is not None and heading.kind in _NEVER_WRAPPED:
                return False  # （五）… after a full line: a heading, not the wrap of a sentence
            return not (heading is not None and prev_terminal)
        if heading is None and prev.text.endswith(("；", ";")) and _goes_on(para) and _SENTENCE_MARK.search(cur.text) \
                and not _LIST_MARK.match(cur.text):
            return True  # "…确保完成" "国家下达的目标；" "非化石能源消费比重…": the sentence goes on
        if heading is None and not prev_terminal and prev_rule is not None \
                and cut_principle(prev, em_width(prev.text), wrap, prev_rule.kind, opens):
            return True  # "——近岸海域…优良（一、二类）水质面" "积比例不低于92%": kg/text/dash_wraps.py
        if heading is None and not prev_terminal and prev_rule is not None \
                and cut_item(prev, em_width(prev.text), wrap, prev_rule.kind, opens):
            return True  # "1.渤海湾：…任务，消除 10 条" "县控及以上入海河流…": kg/text/item_wraps.py
        wrapped = len(para) == 2 and wrap - 2.5 <= em_width(para[0].text) <= wrap + 3 and em_width(prev.text) < 0.6 * wrap
        if heading is not None or prev_terminal or prev_heading_only or is_title_line(prev.text) \
                or heading_alone(para, prev, cur, before, wrapped):
            return False  # 2.4 核查 / 根据行业…: a heading alone on its line (kg/text/heading_lines.py)
        short = 0.6 * wrap
        if opens and em_width(prev.text) <= _LABEL_WIDTH and em_width(cur.text) >= short \
                and not _SENTENCE_MARK.search(prev.text) and not _UNCLOSED.search(prev.text):
            # A short line of its own without punctuation before a line of text is a label (前言,
            # 2020年11月, 表1-1), unless it is the first characters of a full line printed apart
            # ("加" then "速推动…"). A cell's wrap ("用建筑比" / "例（%）") is followed by a short line.
            together = wrap - 2.5 <= em_width(prev.text) + em_width(cur.text) <= wrap + 3
            return together and (em_width(cur.text) < wrap - 2.5 or _is_lone_letter(prev.text))
        # A short line that stops mid-sentence: pdftotext breaks lines at style changes.
        # Runs of short open lines are lists (signatures), not wrapped text.
        if _is_lone_letter(cur.text) and _SENTENCE_MARK.search(prev.text) or _is_lone_letter(prev.text) and not opens:
            return True  # one character cut off a sentence ("…全面加强生" "态" "环境保护…"): never a list entry
        return not (em_width(prev.text) < short and em_width(cur.text) < short and _ends_open(cur.text))
    # Paragraph-per-line sources: only a break that cut a long paragraph mid-word joins.
    if heading is None and em_width(prev.text) >= 20 and _ends_open(prev.text):
        return bool(cur.page_break or cur.blanks)
    return False


_LABEL_WIDTH = 10
_FRAGMENT = 3  # characters: the most pdftotext prints apart from the full line they end
_SENTENCE_MARK = re.compile(r"[，。、；：,;:]")
_UNCLOSED = re.compile(r"[《（(“][^》）)”]*$")  # "《浙江省关于开展": a title or bracket still open goes on
_LIST_MARK = re.compile(r"[\u2460-\u24ff\u2776-\u2793•·\-—－]")  # ①…⑳, ❶…, bullets and dashes start items


def _goes_on(para: list[Line]) -> bool:
    """A clause ending in ； goes on to the next line when it closes a wrapped paragraph of prose (a
    sentence ended with 。 before it, no heading starts it); lines of a list ending in ； (references,
    contacts, definitions) are a line each, or start with a number."""
    return len(para) > 1 and match_heading(para[0].text)[0] is None and any("。" in ln.text for ln in para)


def _is_lone_letter(text: str) -> bool:
    """One Chinese character, not a numeral: a piece of a word, never a paragraph of its own."""
    return len(text) == 1 and "\u4e00" <= text <= "\u9fff" and text not in _NUMERALS


_NUMERALS = "一二三四五六七八九十"


def _is_bare_number(text: str) -> bool:
    """A part or measure number with no title after it (（一）, 三、)."""
    rule, m = match_heading(text)
    return rule is not None and rule.kind in ("part", "measure") and not (m.groupdict().get("title") or "").strip()


_LINE_ROLES = frozenset({"metadata-field", "doc-number", "date"})
_OPENS_NOTE = next(p for role, p, rule_id in front_matter_rules() if rule_id == "copy-note")


def is_front_matter_line(text: str) -> bool:
    """Metadata fields, document numbers and dates: lines that never wrap into others."""
    return any(p.match(text) for role, p, _ in front_matter_rules() if role in _LINE_ROLES)

"""Step 3, a heading printed alone on its line: its line ends the paragraph, whatever the line below it.

A heading with no closing mark printed on a line of its own, above the first line of its paragraph, was read as
one title with that line when the two lines together were as wide as the document's lines (the wrap's test for a
label printed apart from its line) or when the heading's number stood on a line of its own:

- a decimal section (``text_cues.tsv`` decimal-section) opening its paragraph on a short line (2.4 核查 / 根据行业…;
  4.1.2 建立核查技术工作组 / 省级生态环境主管部门应…), never a value opening a line (2.5 年平均…: a unit or time
  word after the number, ``text_cues.tsv`` value-wrap-unit);
- a part's, measure's or item's number printed alone, then its title on a line of its own (一、 / “十三五”时期生态环境
  保护进展成效 / “十三五”时期，全市…; （一） / 健全完善体制机制 / 健全生态文明建设…; 5 / . 生态环境监测机构能力
  建设 / 提升各级…);
- an annex's title on the line after its marker (附件 / 三明市林业碳汇工作领导小组成员名单 / 组长：郑剑波…), where the
  line below holds a sentence mark (a title's second line holds none: 广东省2021年度… / 发电企业名单 stays one title)
  and opens with a Chinese character, “, 《 or a digit (2022 年全国节能宣传周…).

The title's line holds no sentence mark (，。、；：), no bracket or quotation left open, at least two Chinese
characters, no space between two of them (a justified line, spread to the full width: 1 / . 加快推进 生 态 保 护 …
整合 / 优化。依据…), the line below opens with a Chinese character, “ or 《 (a table's next cell opens with a
bracket or a digit: 6.7左右 / （%）), and the title's line is no full line (``wraps._joins`` joins a full line before asking: a long title wrapped over two
lines stays one). ``wraps._joins`` calls ``heading_alone``.
"""
from __future__ import annotations

import re

from kg.lexicon import cue, match_heading
from kg.text.decimal_sections import decimal_of
from kg.text.lines import Line

_SENTENCE_MARK = re.compile(r"[，。、；：,;:！？!?]")
_UNCLOSED = re.compile(r"[《（(“〔【][^》）)”〕】]*$")
_UNIT = re.compile(r"^(?:" + cue("text_cues.tsv", "value-wrap-unit") + r")")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SPLIT_REST = re.compile(r"^[.．]\s*")  # ". 标题" after an item's number printed alone (kg/text/wraps.py)
_SENTENCE_OPENING = re.compile(r"[\u4e00-\u9fff“《]")  # a bracket, a unit, a digit or a mark continues a cell or a value
_JUSTIFIED = re.compile(r"[\u4e00-\u9fff）)][ \t\u3000]+[\u4e00-\u9fff（(]")  # spaces spread a full line out
_ANNEX_TEXT = re.compile(r"[\u4e00-\u9fff“《\d]")  # an annex's text may open with its year (2022 年全国节能宣传周…)
_BARE_KINDS = ("part", "measure", "item", "subitem")


def heading_alone(para: list[Line], prev: Line, cur: Line, before: Line | None = None, wrapped: bool = False) -> bool:
    """Whether ``prev``, the last line of the paragraph ``para`` so far, closes a heading printed alone on its line,
    ``cur`` opening a sentence below it (``before``: the last line of the paragraph before ``para``; ``wrapped``: the
    paragraph's first line is a full line and ``prev`` a short one, ``wraps._joins`` measures both)."""
    if len(para) == 1 and before is not None and _annex_marker(before.text):
        return title_line(prev.text) and _ANNEX_TEXT.match(cur.text) is not None and _SENTENCE_MARK.search(cur.text) is not None
    if not _SENTENCE_OPENING.match(cur.text):
        return False
    if len(para) == 1 and para[0] is prev:
        found = decimal_of(prev.text)
        return found is not None and title_line(prev.text[found[1]:]) and not _UNIT.match(prev.text[found[1]:])
    if len(para) == 2 and para[1] is prev and (para[0].split_number or _bare_number(para[0].text)):
        return match_heading(prev.text)[0] is None and title_line(_SPLIT_REST.sub("", prev.text))
    if len(para) == 2 and para[1] is prev and wrapped:
        return _open_heading(para[0].text) and match_heading(prev.text)[0] is None and title_line(prev.text)
    return False


def _open_heading(text: str) -> bool:
    """A part's, measure's or item's heading with its title and no closing 。 (a title wrapped onto the next line)."""
    rule, m = match_heading(text)
    return rule is not None and rule.kind in _BARE_KINDS and bool((m.groupdict().get("title") or "").strip()) \
        and "。" not in text


def _annex_marker(text: str) -> bool:
    rule = match_heading(text)[0]
    return rule is not None and rule.kind == "annex"


def _bare_number(text: str) -> bool:
    """A part's, measure's or item's number with no title after it (一、, （一）, 3.)."""
    rule, m = match_heading(text)
    return rule is not None and rule.kind in _BARE_KINDS and not (m.groupdict().get("title") or "").strip()


def title_line(title: str) -> bool:
    """A heading's words: no sentence mark, nothing left open, two Chinese characters or more."""
    return len(_HAN.findall(title)) >= 2 and _SENTENCE_MARK.search(title) is None and _UNCLOSED.search(title) is None \
        and _JUSTIFIED.search(title) is None

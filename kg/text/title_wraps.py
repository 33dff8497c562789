"""Step 3, an inline title cut by the right margin: a heading printed after the end of the paragraph before it, on the
same printed line (…按照职责分工负责）   （二）建设绿色低碳, split off by ``lines.split_glued_headings``), whose title
fills that line to its end and goes on at the next line's start up to its closing 。 (城市。实施城市更新行动…).

The heading's line is joined to the next one, so the title reads 建设绿色低碳城市 and the body starts at 实施, where:

- the heading was split off the end of a printed line (``Line.printed``) and that printed line is as wide as the
  document's lines (≥ wrap − 4 em: the gap before the heading, printed as a few spaces, counts less than it spans): nothing but the margin ended the title there;
- the title holds no sentence mark, nothing left open and two Chinese characters or more
  (``heading_lines.title_line``);
- the next line opens with at most 12 characters of words (no digit, no mark) and then 。: the title's last words.

A heading printed alone on its own line (its printed line holds nothing before it) is never joined this way: a run-in
sub-title under it (（一）加强组织领导 / 强化规划引导。…) opens its own paragraph. ``wraps._joins`` calls ``title_goes_on``.
"""
from __future__ import annotations

import re

from kg.lexicon import match_heading
from kg.text.heading_lines import title_line
from kg.text.lines import Line

_TITLE_END = re.compile(r"^[\u4e00-\u9fff“”《》、]{1,12}。")  # the title's last words, then its closing 。
_FULL = 4.0  # em: a printed line this close to the wrap width is full (the spaces before the heading count half)


def title_goes_on(prev: Line, cur: Line, wrap: float, width) -> bool:
    """Whether the heading ``prev``, split off a full printed line, goes on at the start of ``cur`` (``width``: the
    em width of a text, ``wraps.em_width``)."""
    if not prev.printed or width(prev.printed) < wrap - _FULL or not _TITLE_END.match(cur.text):
        return False
    rule, m = match_heading(prev.text)
    return rule is not None and title_line((m.groupdict().get("title") or "").strip())

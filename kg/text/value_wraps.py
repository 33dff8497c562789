"""A value the wrap cut from its unit: a line of prose that stops on a number (…各地要抓紧制定 2022, …提交 2020, …在 2)
over a line that opens with that number's unit or time word and goes on in words (年国土绿化实施方案，…; 年度碳排放信息
报告。; 年后仍未通过验收的; 万吨二氧化碳…): one sentence, joined whatever the width of the lines (a text layer with
no regular wrap width, or a heading's line: （二）…应于2021年3月20日前通过报告系统提交 2020 / 年度…).

A line that opens with a digit is never read so (a table's next cell, a list's next number: …附件1 / 2.购置…), nor a
short line (a cell) above it.
"""
from __future__ import annotations

import re

from kg.lexicon import cue

_NUMBER_END = re.compile(r"[\u4e00-\u9fff～~\-－][ \t\u3000]?\d+(?:\.\d+)?$")
_UNIT_OPENING = re.compile(r"^(?:" + cue("text_cues.tsv", "value-wrap-unit") + r")(?:[\u4e00-\u9fff（(]|[ \t\u3000]?\d)")
_PROSE = 15  # characters: the shortest line of prose above the cut (a cell is shorter)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def cut_value(prev: str, cur: str) -> bool:
    """Whether ``prev`` stops on a number whose unit or time word opens ``cur``."""
    return len(prev) >= _PROSE and len(_HAN.findall(prev[-20:])) >= 3 and _NUMBER_END.search(prev) is not None \
        and _UNIT_OPENING.match(cur) is not None

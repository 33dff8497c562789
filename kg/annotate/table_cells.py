"""The name cell of an indicator table's row (kg/annotate/tables.py): what the table's layout makes a name may hold
what a sentence's phrase may not. A verb of action naming the work a row measures (实施公共建筑能效提升改造 / 万平方米,
绿色施工实施比例) and the items of a list one measured head is of (党政机关、学校、医院等既有公共建筑屋顶光伏覆盖率,
新建近零能耗、低碳、零碳建筑 / 面积) are part of the name where, taken off, the rest is a noun phrase
(indicators.label_ok); every other fault refuses it as label_ok does (a fragment, a sentence, a bracket left
open, a verb of change closing it)."""
from __future__ import annotations

import re

from kg.lexicon import cue_words
from kg.annotate.indicators import ACTION_VERBS, label_ok
from kg.annotate.table_layouts import YEAR_CELL
from kg.annotate.values import TABLE_HEADER

_LIST_MARK = re.compile(r"(?<=[\u4e00-\u9fff]{2})、(?=[\u4e00-\u9fff]{2})")  # 、 between two items of two characters or more
_FRAGMENT = re.compile(r"[\u4e00-\u9fff]{1,3}")  # 率: a wrapped tail of another cell (a sub-row's name, 418)
_HEADING = re.compile(r"^[一二三四五六七八九十]+、")  # 一、规划目标: a heading's number, no list
_POWER_SOURCES = frozenset(cue_words("target_cues.tsv", "label-power-source"))


def power_cell(cell: str) -> bool:
    """A cell that is a source of power alone (风电, 水电: ``label-power-source``): a row's name however short, where
    a two-character cell is otherwise read as a name only under its row number (566: 水电 / 万千瓦 / 0.5)."""
    return cell.strip() in _POWER_SOURCES


def name_ok(name: str, block: str = "") -> bool:
    """A row's name cell is a name: a noun phrase, or one once its verbs of action and list marks are taken off; the
    latter only where no header cell (2020年, 指标, 性质) stands between it and the row's values in ``block`` (the row's
    cells before its values: the table scrambled, the values another row's, 443), nor, after a name closed by its unit
    bracket, a short fragment of another cell (18.生活污水收集、处理率（%） / 率 / — / 56: a sub-row's value, 418)."""
    if label_ok(name):
        return True
    if _HEADING.match(name):
        return False
    bare = _LIST_MARK.sub("", ACTION_VERBS.sub("", name))
    if bare == name or len(bare) < 4 or not label_ok(bare):
        return False
    at = block.rfind(name[-2:])
    line_end = block.find("\n", at) if at >= 0 and "\n" in block[at:] else len(block)
    closed = re.search(r"[）)]\s*$", block[at:line_end]) is not None  # the name's line closes with its unit bracket
    after = [ln.strip() for ln in block[line_end + 1:].split("\n") if ln.strip()]
    return not any(YEAR_CELL.match(ln) or (len(ln) <= 6 and TABLE_HEADER.search(ln))
                   or (closed and _FRAGMENT.fullmatch(ln)) for ln in after)

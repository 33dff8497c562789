"""The name cell of an indicator table's row (kg/annotate/tables.py): what the table's layout makes a name may hold
what a sentence's phrase may not. A verb of action naming the work a row measures (实施公共建筑能效提升改造 / 万平方米,
绿色施工实施比例) and the items of a list one measured head is of (党政机关、学校、医院等既有公共建筑屋顶光伏覆盖率,
新建近零能耗、低碳、零碳建筑 / 面积) are part of the name where, taken off, the rest is a noun phrase
(indicators.label_ok); every other fault refuses it as label_ok does (a fragment, a sentence, a bracket left
open, a verb of change closing it)."""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_words
from kg.annotate.indicators import ACTION_VERBS, label_ok
from kg.annotate.table_layouts import YEAR_CELL
from kg.annotate.values import TABLE_HEADER

_LIST_MARK = re.compile(r"(?<=[\u4e00-\u9fff]{2})、(?=[\u4e00-\u9fff]{2})")  # 、 between two items of two characters or more
_FRAGMENT = re.compile(r"[\u4e00-\u9fff]{1,3}")  # 率: a wrapped tail of another cell (a sub-row's name, 418)
_HEADING = re.compile(r"^[一二三四五六七八九十]+、")  # 一、规划目标: a heading's number, no list
_POWER_SOURCES = frozenset(cue_words("target_cues.tsv", "label-power-source"))
_ATTRIBUTE_INSIDE = re.compile(cue("target_cues.tsv", "table-binding") + "|" + cue("target_cues.tsv", "table-expected"))
_ENERGY = re.compile(cue("target_cues.tsv", "table-energy-tonnes"))  # 可再生能源生产总量 / 亿吨: coal equivalent
_EMISSION = re.compile(cue("target_cues.tsv", "table-energy-tonnes-not"))


def power_cell(cell: str) -> bool:
    """A cell that is a source of power alone (风电, 水电: ``label-power-source``): a row's name however short, where
    a two-character cell is otherwise read as a name only under its row number (566: 水电 / 万千瓦 / 0.5)."""
    return cell.strip() in _POWER_SOURCES


def energy_unit(surface: str, block: str) -> str:
    """The unit a row's cells print, as read: 吨 (its multiplier split off) under a name measuring a quantity of energy
    (``table-energy-tonnes``: 可再生能源生产总量 / 亿吨, 564; 可再生能源非电利用 / 万吨, 332) is 吨标准煤, tonnes of coal
    equivalent, a table printing the class of its unit only (lane TB8); an emission's name keeps its tonnes."""
    return "吨标准煤" if surface == "吨" and _ENERGY.search(block) and not _EMISSION.search(block) else surface


def name_ok(name: str, block: str = "") -> bool:
    """A row's name cell is a name: a noun phrase, or one once its verbs of action and list marks are taken off; the
    latter only where no header cell (2020年, 指标, 性质) stands between it and the row's values in ``block`` (the row's
    cells before its values: the table scrambled, the values another row's, 443), nor, after a name closed by its unit
    bracket, a short fragment of another cell (18.生活污水收集、处理率（%） / 率 / — / 56: a sub-row's value, 418). A name
    holding an attribute word (完成省上下达目预期性: cells of several columns run together, 456) is none."""
    if _ATTRIBUTE_INSIDE.search(name):
        return False
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


_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{4}")  # a name before the unit bracket, not a unit cell alone: （%）
_ROW_NUMBER = re.compile(r"\s*(?:\d{1,2}\.?|[（(]\d{1,2}[）)])\s*[\u4e00-\u9fff]")  # 20湿地保护率, 7.重污染…, （11）…


def row_unit(found: list[re.Match], block: str) -> re.Match:
    """Of the bracketed units ``found`` in a row's cells ``block`` (tables.py's _UNIT_IN_BRACKETS), the one closing
    this row's name: the last, but where the lines right above the values are two or more whole names, each closing
    its line with its own unit, and exactly one of them opens with a row number, that one: the other names are rows
    printed apart from their values (388: 20湿地保护率（%） / 放射源辐射事故年发生率（起/每万枚） / 48.9 / 50: 湿地保护率's;
    446: …浓度（μg/m3） / 7重污染天气比率（%） / 0: the last). With none or several numbered, the last, as before."""
    k = len(found) - 1
    while k > 0 and _closes_name(found[k], block) and _closes_name(found[k - 1], block) \
            and block.count("\n", found[k - 1].end(), found[k].start()) == 1:
        k -= 1
    numbered = [j for j in range(k, len(found)) if _ROW_NUMBER.match(block, block.rfind("\n", 0, found[j].start()) + 1)]
    return found[numbered[0]] if len(numbered) == 1 else found[-1]


def _closes_name(m: re.Match, block: str) -> bool:
    """The unit bracket ``m`` closes its line, a name of four Chinese characters or more before it on the line."""
    line_start = block.rfind("\n", 0, m.start()) + 1
    line_end = block.find("\n", m.end())
    return not block[m.end():len(block) if line_end < 0 else line_end].strip() \
        and _NAME_BEFORE.search(block[line_start:m.start()]) is not None

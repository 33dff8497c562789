"""Values and units of quantitative statements: a number, a Chinese multiplier (万, 亿, 万亿) and a
unit of ``ontology/units.tsv``, as an exact decimal in the unit's code (315万平方公里 → 3150000 km2);
the comparator marks of indicator-table cells."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from kg.lexicon import comparators, cue, cue_pairs, cue_words, read_tsv
from kg.text.numerals import cn_number

# 万亿, 亿, 万 and the power of ten each stands for (ontology/target_cues.tsv multiplier), the longest first
MULTIPLIERS = {w: Decimal(10) ** int(p) for w, p in sorted(cue_pairs("target_cues.tsv", "multiplier").items(), key=lambda x: -len(x[0]))}
_MULT = "|".join(MULTIPLIERS)


@lru_cache(maxsize=None)
def units() -> list[dict]:
    return sorted(read_tsv("units.tsv"), key=lambda r: -len(r["surface"]))


_MORE = cue("target_cues.tsv", "value-more")
_AIM_UNITS = cue_words("target_cues.tsv", "aim-unit")


@lru_cache(maxsize=None)
def value_rx() -> re.Pattern:
    alts = "|".join(re.escape(u["surface"]) for u in units() if u["surface"] not in _AIM_UNITS)  # 天, 米: see aim_units
    return re.compile(
        r"(?P<num>\d+(?:\.\d+)?)\s*(?P<more>" + _MORE + r")?\s*(?P<mult>" + _MULT + r")?(?P<more2>" + _MORE + r")?\s*(?P<unit>" + alts + r")"
    )  # 500余家, 1.7万余辆, 50余万辆: 余 (more than) read by more_than


# 分别降低20个、10个百分点: counts listed before one printed with 个百分点 are percentage points as well
_POINTS_JOIN, _POINTS_COUNT = cue("target_cues.tsv", "points-list-joiner"), cue("target_cues.tsv", "points-list-count")
_POINTS_UNIT = cue_words("target_cues.tsv", "points-list-unit")[0]
_POINTS_AFTER = r"(?:\s*(?:" + _POINTS_JOIN + r")\s*\d+(?:\.\d+)?\s*(?:" + _POINTS_COUNT + r")?)*\s*(?:" + _POINTS_JOIN \
    + r")\s*\d+(?:\.\d+)?\s*(?:" + cue("target_cues.tsv", "points-list-unit") + r")"
_POINTS_LISTED = re.compile(_POINTS_AFTER)
_POINTS_BARE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=" + _POINTS_AFTER + r")")  # 分别降低20、15个百分点: 20 printed bare


@dataclass(frozen=True)
class Retyped:
    """A value match read in another unit (the 20个 of 分别降低20个、10个百分点: ``pp``); the rest as ``value_rx`` read it."""

    m: re.Match
    unit: str

    def start(self, name=0) -> int:
        return self.m.start(name)

    def end(self, name=0) -> int:
        return self.m.end(name)

    def group(self, name=0):
        return self.unit if name == "unit" else self.m.group(name)


# 折合标煤约4048万吨: a value printed after the coal it measures, its unit a bare 吨, is in tonnes of coal equivalent
_COAL_BEFORE = re.compile(r"(?:" + cue("target_cues.tsv", "coal-before-value") + r")\s*(?:"
                          + cue("target_cues.tsv", "coal-before-gap") + r")?\s*$")
_COAL_UNIT = cue_words("target_cues.tsv", "coal-before-unit")[0]
_TONNE = cue_words("target_cues.tsv", "coal-before-bare")[0]


def _retyped(m, clause: str):
    if m.group("unit") in _POINTS_COUNT.split("|") and not m.group("mult") and _POINTS_LISTED.match(clause, m.end()):
        return Retyped(m, _POINTS_UNIT)
    if m.group("unit") == _TONNE and _COAL_BEFORE.search(clause, max(0, m.start() - 8), m.start()):
        return Retyped(m, _COAL_UNIT)
    return m


def values_in(clause: str) -> list:
    """``value_rx`` matches of the clause, a value listed before one in 个百分点 (20个、10个百分点; 20、15个百分点, the
    first printed bare) read in percentage points, one in 吨 printed after 标煤 (折合标煤约4048万吨) in tonnes of coal
    equivalent."""
    found = [_retyped(m, clause) for m in value_rx().finditer(clause)]
    found += [m for m in aim_units(clause) if not any(v.start() <= m.start() < v.end() for v in found)]
    bare = [NumeralMatch(m.start(1), m.end(1), m.group(1), _POINTS_UNIT) for m in _POINTS_BARE.finditer(clause)
            if not any(v.start() <= m.start() < v.end() for v in found)]
    return sorted(found + bare, key=lambda m: m.start())


def more_than(m) -> bool:
    """The value was printed with 余 (500余家: more than 500), the keys' comparator ``>``."""
    try:
        return bool(m.group("more") or m.group("more2"))
    except IndexError:  # a unitless ratio or a Chinese-numeral count: printed without 余
        return False


_NO_UNIT = {"surface": "", "code": "", "qudt": "", "factor": "1"}


def unit_row(surface: str) -> dict:
    if surface == "":
        return _NO_UNIT  # a ratio with no unit (PUE 1.3): see unitless_values
    return next(u for u in units() if u["surface"] == surface)


# PUE 1.3: indicators measured by a plain ratio (ontology/target_cues.tsv), their value printed with no unit
_UNITLESS_CUE = re.compile(r"(?:" + cue("target_cues.tsv", "unitless-indicator") + r")\s*(?:（[^（）]{0,40}）|\([^()]{0,40}\))?")
_UNITLESS_VALUE = re.compile(r"(?P<num>\d+\.\d+)(?P<mult>)(?P<unit>)(?!\s*[\d.%]|\s*(?:" + _MULT + r"))")


def unitless_values(clause: str) -> list[re.Match]:
    """Decimal values after a unitless indicator's name in the clause (电能利用效率（PUE）不高于1.3):
    within 16 characters of it, with nothing but words between, the value with no unit after it."""
    out = []
    for c in _UNITLESS_CUE.finditer(clause):
        m = _UNITLESS_VALUE.search(clause, c.end(), min(len(clause), c.end() + 16))
        if m and not re.search(r"[，；。\d]", clause[c.end():m.start()]) and not value_rx().match(clause, m.start()):
            out.append(m)
    return out


@dataclass(frozen=True)
class NumeralMatch:
    """A count printed in Chinese numerals (至少完成一轮), with the groups of ``value_rx``: the number in digits."""

    span_start: int
    span_end: int
    num: str
    unit: str

    def start(self, _group=0) -> int:
        return self.span_start

    def end(self, _group=0) -> int:
        return self.span_end

    def group(self, name=0) -> str:
        return {"num": self.num, "mult": "", "unit": self.unit}.get(name, "")


# 至少完成一轮, 各区至少完成一个示范项目: a count in Chinese numerals read only after a floor (ontology/target_cues.tsv);
# elsewhere 一个, 两个, 四个 are determiners and slogans (“四个意识”, 两个维护, 新一轮)
_CN_COUNT = re.compile(r"(?:" + cue("target_cues.tsv", "cn-count-floor") + r")\s*(?P<num>[一二两三四五六七八九十]{1,3})"
                       r"(?P<unit>" + cue("target_cues.tsv", "cn-count-unit") + r")(?!" + cue("target_cues.tsv", "cn-count-not-after") + r")")


def numeral_counts(clause: str) -> list[NumeralMatch]:
    """Counts in Chinese numerals after a floor (至少, 不少于, with the verb that counts) in the clause."""
    out = []
    for m in _CN_COUNT.finditer(clause):
        n = cn_number(m.group("num").replace("两", "二"))
        if n:
            out.append(NumeralMatch(m.start("num"), m.end("unit"), str(n), m.group("unit")))
    return out


# 储备能力达到20天, 停电时间不超过3.5小时, 报修到达时间60分钟以内: minutes, hours, days and metres read only in an aim's
# position (key convention 63a; ontology/target_cues.tsv aim-unit-*)
_AIM_VALUE = r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>" + cue("target_cues.tsv", "aim-unit") + r")"
_AIM_NOT = r"(?!\s*(?:" + cue("target_cues.tsv", "aim-unit-not-after") + r"))"
_AIM_UNIT = re.compile(r"(?:" + cue("target_cues.tsv", "aim-unit-quantity") + r")\s*(?:" + cue("target_cues.tsv", "aim-unit-verb")
                       + r")\s*" + _AIM_VALUE + _AIM_NOT)
_AIM_WITHIN = re.compile(r"(?:" + cue("target_cues.tsv", "aim-unit-quantity") + r")\s*" + _AIM_VALUE
                         + r"(?=\s*(?:[（(][^（）()]{0,12}[）)])?\s*(?:" + cue("target_cues.tsv", "aim-unit-within") + r"))")


def aim_units(clause: str) -> list[NumeralMatch]:
    """Values in minutes, hours, days or metres in an aim's position: a named time, capacity or length, then the aim's
    verb or comparator, then the value (储备能力达到20天), or the named time right before a value capped by 以内
    (报修到达时间60分钟以内); a value followed by 的 or 范围 is a threshold or a scope and none."""
    found = [*_AIM_UNIT.finditer(clause), *_AIM_WITHIN.finditer(clause)]
    return [NumeralMatch(m.start("num"), m.end("unit"), m.group("num"), m.group("unit"))
            for m in sorted(found, key=lambda m: m.start("num"))]


def decimal_str(d: Decimal) -> str:
    s = format(d.normalize(), "f")
    return s


def value_of(m: re.Match) -> tuple[str, dict]:
    unit = unit_row(m.group("unit"))
    d = Decimal(m.group("num")) * MULTIPLIERS.get(m.group("mult") or "", Decimal(1)) * Decimal(unit["factor"])
    return decimal_str(d), unit


# Comparator marks of an indicator-table cell (≥98%, ＜26%, 93%左右), shared by the two table readers.
TABLE_CMP = {"<": "<", "＜": "<", ">": ">", "＞": ">", "≤": "<=", "≥": ">=", "≦": "<=", "≧": ">="}  # ≦ ≧: the same marks in another font (454, 423)
TABLE_SUFFIX = {p: comp for p, comp, _ in comparators("cell")}  # ontology/comparators.tsv
TABLE_SUFFIX_WORDS = "|".join(TABLE_SUFFIX)  # in a cell's pattern: 93%左右
# The words of indicator tables (ontology/target_cues.tsv): a row's attribute, binding or expected, and
# the headers of the columns.
# 约束性, and 约束 printed without 性 as a cell of its own (no Chinese character after it: 约束机制 is no attribute),
# its 性 wrapped to the next line part of the cell (约束⏎性: 338 81 466)
_WRAP = r"(?:[ \t]*\n[ \t]*(?:" + cue("target_cues.tsv", "table-attribute-wrap") + r"))?"
TABLE_BINDING = cue("target_cues.tsv", "table-binding") + r"|(?:" + cue("target_cues.tsv", "table-binding-short") + r")" + _WRAP + r"(?![\u4e00-\u9fff])"
TABLE_EXPECTED = cue("target_cues.tsv", "table-expected") + r"|(?:" + cue("target_cues.tsv", "table-expected-short") + r")" + _WRAP + r"(?![\u4e00-\u9fff])"
TABLE_HEADER = re.compile(cue("target_cues.tsv", "table-header"))
TABLE_ROW_PREFIX = re.compile(r"^(?:" + cue("target_cues.tsv", "table-row-prefix") + r")+")
TABLE_ATTRIBUTE_COLUMN = re.compile(cue("target_cues.tsv", "table-pdf-attribute-column"))  # 属性, 指标性质
TABLE_INDICATOR_COLUMN = re.compile(cue("target_cues.tsv", "table-indicator-column"))
TABLE_UNIT_COLUMNS = cue_words("target_cues.tsv", "table-unit-column")

"""Values printed with no digits-and-unit (key convention 63b, c): a share in Chinese numerals X分之Y right after an
aim's comparator or verb (力争外受电比重超过三分之一 → 33.33 %; 完成三分之一以上…整治任务), and a ratio a：b right after a
ratio's name and comparator (车桩比例达到4：1 → 4; 比例不低于1：8 → 0.125, no unit), beside the counts in Chinese
numerals after a floor (values.numeral_counts) and a round of work done once or one time of it (完成一轮…排查, 完成一次…检查:
1, key convention 63c, as 414's 至少完成一轮; not routine work, 每1-3年完成一轮监测, 每年开展一次). A ratio in a clause of funding (自筹经费与…比例不低于1:1) is none, nor is a
ratio of three parts (三次产业比例达到10.6:40.2:49.2). Cue words: ontology/target_cues.tsv spelled-*."""
from __future__ import annotations

import re
from decimal import Decimal

from kg.lexicon import cue, cue_pairs
from kg.annotate.values import NumeralMatch, decimal_str, numeral_counts
from kg.text.numerals import cn_number

_CN = "一二两三四五六七八九十百"
_FRACTION = re.compile(r"(?:" + cue("target_cues.tsv", "spelled-fraction-before") + r")(?P<den>[" + _CN + r"]{1,3})分之"
                       r"(?P<num>[" + _CN + r"]{1,3})")
_RATIO = re.compile(r"(?:" + cue("target_cues.tsv", "spelled-ratio-before") + r")\s*(?P<first>\d+(?:\.\d+)?)\s*[：:]\s*"
                    r"(?P<second>\d+(?:\.\d+)?)(?![\d.]|\s*[：:]\s*\d)")
_RATIO_NOT = re.compile(cue("target_cues.tsv", "spelled-ratio-not"))
_ROUND = re.compile(r"(?:" + cue("target_cues.tsv", "spelled-round-verb") + r")(?P<num>[" + _CN[:10] + r"])(?P<unit>"
                    + cue("target_cues.tsv", "spelled-round-unit") + r")")
_ROUND_ROW = cue_pairs("target_cues.tsv", "spelled-round-unit-row")  # 次 read as 轮's row (count)
_ROUND_NOT = re.compile(r"(?:" + cue("target_cues.tsv", "spelled-round-frequency") + r")[^，；。]{0,12}$")
_PLACES = Decimal("0.01")
_RATIO_PLACES = Decimal("0.0001")


def _number(word: str) -> int | None:
    return cn_number(word.replace("两", "二"))


def fractions(clause: str) -> list[NumeralMatch]:
    """Shares printed X分之Y after an aim's comparator, in % to two decimals (三分之一 → 33.33)."""
    out = []
    for m in _FRACTION.finditer(clause):
        den, num = _number(m.group("den")), _number(m.group("num"))
        if den and num and num < den and m.group("den") != "百":
            pct = (Decimal(num) * 100 / Decimal(den)).quantize(_PLACES)
            out.append(NumeralMatch(m.start("den"), m.end("num"), decimal_str(pct), "%"))
    return out


def rounds(clause: str) -> list[NumeralMatch]:
    """A round of work done once, or one time of it (完成一轮土壤和地下水污染隐患排查, 完成一次…检查 → 1 count); none
    after 每 (每1-3年完成一轮, 每年开展一次: a frequency)."""
    out = []
    for m in _ROUND.finditer(clause):
        n = _number(m.group("num"))
        if n and not _ROUND_NOT.search(clause[:m.start()]):
            unit = m.group("unit")
            out.append(NumeralMatch(m.start("num"), m.end("unit"), str(n), _ROUND_ROW.get(unit, unit)))
    return out


def ratios(clause: str) -> list[NumeralMatch]:
    """Ratios a：b after a ratio's name and comparator, as a/b with no unit; none in a clause of funding."""
    if _RATIO_NOT.search(clause):
        return []
    out = []
    for m in _RATIO.finditer(clause):
        a, b = Decimal(m.group("first")), Decimal(m.group("second"))
        if a and b:
            out.append(NumeralMatch(m.start("first"), m.end("second"), decimal_str((a / b).quantize(_RATIO_PLACES)), ""))
    return out


def spelled_values(clause: str) -> list[NumeralMatch]:
    """Every value of the clause printed in words or as a ratio: counts after a floor, rounds done, shares X分之Y,
    ratios a：b (one value a place: a round after 至少 is the floor's)."""
    found = numeral_counts(clause)
    found += [m for m in rounds(clause) if all(m.start() != f.start() for f in found)]
    return sorted(found + fractions(clause) + ratios(clause), key=lambda m: m.start())

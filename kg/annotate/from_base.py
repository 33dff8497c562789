"""A level reached from a printed base: 西部数据中心利用率由30%提高到50%以上, 非化石能源占一次能源消费比重由2020年的11.2%
提高到20%, 辐射环境监测站点由227个增至248个. The value after the verb is the target; its indicator stands before 由,
the base value between them is none (no comparator states it as an aim), and the base's year, when printed, is the
target's base year. A base of a year before the year before the document's plan starts (由2015年的18.6%提升到19.16% in a 十四五 plan)
reports the last plan: a record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import cue
from kg.annotate.values import value_rx

# 由 + an optional base year or plan period (由2020年的, 由“十三五”期间的, 由2015年底) right before the base value
_FROM = re.compile(r"由\s*(?:((?:19|20)\d\d)\s*年(?:" + cue("time_cues.tsv", "year-tail") + r")?\s*的?|“?十[一二三四五]五”?(?:"
                   + cue("time_cues.tsv", "period-tail") + r")?\s*的?)?\s*$")
# the year the reached value is for, between the verb and the value (提升至2025年的37.55%): no part of the head
_TO_YEAR = re.compile(r"(?:19|20)\d\d\s*年(?:" + cue("time_cues.tsv", "year-tail") + r")?\s*的?\s*$")


_AFTER_VALUE = re.compile(r"^[\s、]*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?[\s、]*(?:"
                          + cue("actor_cues.tsv", "group-join") + r")?")


@dataclass(frozen=True)
class FromBase:
    phrase: str  # the clause's text before 由 (the indicator, still to be stripped)
    base_year: int | None  # 由2020年的…: 2020
    head: str  # the text between the base value and the reached value, the year of the reached value off
    at: int = 0  # where ``phrase`` starts in the clause


def from_base(clause: str, from_: int, head: str, lo: int = 0) -> FromBase | None:
    """The printed base before the value whose clause text since the previous value is ``head`` (``from_`` the end of
    that previous value in ``clause``), or None when the previous value is no base opened by 由. ``lo``: the end of the
    value before the base (光伏装机达到100万千瓦和风电装机占比由30%提高到50%: the phrase starts after it)."""
    if not from_ or not head.strip() or len(head) > 12:
        return None
    base = next((m for m in value_rx().finditer(clause, 0, from_) if m.end() == from_), None)
    if base is None:
        return None
    opened = _FROM.search(clause, 0, base.start())
    if opened is None:
        return None
    phrase = re.split(r"[，；。：]", clause[lo: opened.start()])[-1]
    if lo:  # …达到500万千瓦以上、占比由…, …100万千瓦和风电装机占比由…: what closes or joins the value before is no name
        phrase = _AFTER_VALUE.sub("", phrase)
    if len(phrase.strip()) < 2:
        return None  # …比重由…: the indicator is in an earlier clause
    return FromBase(phrase, int(opened.group(1)) if opened.group(1) else None, _TO_YEAR.sub("", head),
                    opened.start() - len(phrase))


def reports_past(found: FromBase, start: int | None) -> bool:
    """A base year before the year before the document's plan starts (``bare_values.plan_start``: its period's first
    year, else the year it was written) is the last plan's: 由2015年的… in a 十四五 plan; 由2020年的… in a 十四五 plan
    issued in 2022 is its own base."""
    return found.base_year is not None and start is not None and found.base_year < start - 1

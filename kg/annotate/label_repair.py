"""A rejected indicator name cut to the noun phrase a reader would write, never by loosening the phrase check
(issue 14 class 5): the repaired name must pass ``indicators.label_ok`` as it is.

- A future adverb glued to the end of the name before its comparator (森林蓄积量将 of 森林蓄积量将比2005年增加60亿
  立方米, 绿色建筑竣工面积占比将 of …将达70%以上) is cut off (``label-end-copula``), unless an adverb of a state or
  a norm stands before it (``label-end-state``), or the words of its sentence before its clause say it is a
  forecast (预测到2025年，全省能源消费总量将达到…: ``label-forecast-context``).
- A bracket closing the name, a class or an abbreviation of it (乡村旅游重点村（镇）, 电能利用效率（PUE）,
  化学农药使用强度（单位播种面积化学农药用量）), is cut off when what is left is a name of four characters or more
  (其他区（园区）, 城市（县城） stay out: a scope); not a bracket saying what the amount includes
  (项目设备投资（含软件）: ``label-end-gloss-keep``).
- A bracket naming the short form the text goes on with is cut wherever it stands (二氧化碳排放（以下简称碳排放）总量:
  ``label-alias-gloss``).

A cut that holds punctuation or a space (生态环保产业示范园区. （2）: the next item's number), a year (全国2025年…: a
context, not a name) or opens with a conjunction (且引入的…: ``label-open-conjunction``) is no repair.
"""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_words
from kg.annotate.base import tokenizer
from kg.annotate.indicators import label_ok, strip_phrase

_COPULA = frozenset(cue_words("target_cues.tsv", "label-end-copula"))
_STATE = frozenset(cue_words("target_cues.tsv", "label-end-state"))
_END_BRACKET = re.compile(r"^(?P<name>[^（）()\s.。，,、；;：:“”\"/]{4,})[（(](?P<inner>[^（）()，,；;：:、。“”\"/]{1,16})[）)]$")
_INCLUDES = re.compile(r"^(?:" + cue("target_cues.tsv", "label-end-gloss-keep") + r")")
_FORECAST = re.compile(cue("target_cues.tsv", "label-forecast-context"))
_OPEN_CONJUNCTION = frozenset(cue_words("target_cues.tsv", "label-open-conjunction"))
_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
_ALIAS = re.compile(r"[（(](?:" + cue("target_cues.tsv", "label-alias-gloss") + r")[^（）()]{1,12}[）)]")


def _cut_copula(name: str, before: str) -> str | None:
    tokens = tokenizer().lcut(name, HMM=False)
    if _FORECAST.search(before) or len(tokens) < 2 or tokens[-1] not in _COPULA or tokens[-2] in _STATE:
        return None
    return name[: -len(tokens[-1])]


def _cut_bracket(name: str) -> str | None:
    m = _END_BRACKET.match(name)
    if not m or _INCLUDES.match(m.group("inner")):
        return None
    return m.group("name")


def repair(name: str, before: str = "") -> str | None:
    """The rejected name cut to a noun phrase, or None when no cut makes one; ``before``: the words of the value's own
    sentence before its clause, at most 200 characters (a forecast is told there: 预测到2025年，…将达到)."""
    for cut in (_ALIAS.sub("", name) if _ALIAS.search(name) else None, _cut_copula(name, before), _cut_bracket(name)):
        if cut is None:
            continue
        cut, _ = strip_phrase(cut)  # the time words, lead verbs and adverbs the cut leaves at an end go as before
        if label_ok(cut) and not _YEAR.search(cut) and not re.search(r"[\s.]", cut) \
                and tokenizer().lcut(cut, HMM=False)[0] not in _OPEN_CONJUNCTION:
            return cut
    return None

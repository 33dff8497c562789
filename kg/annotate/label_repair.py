"""A rejected indicator name cut to the noun phrase a reader would write, never by loosening the phrase check
(issue 14 class 5): the repaired name must pass ``indicators.label_ok`` as it is.

- A future adverb glued to the end of the name before its comparator (森林蓄积量将 of 森林蓄积量将比2005年增加60亿
  立方米, 绿色建筑竣工面积占比将 of …将达70%以上), or the copula 在 of a level printed with 以上/以下/左右
  (质量安全监测总体合格率在97%以上, 煤电装机在1.33亿千瓦左右; lane TK8), is cut off (``label-end-copula``), unless an
  adverb of a state or a norm stands before it (``label-end-state``: 长期在, 必须在), or the words of its sentence
  before its clause say it is a forecast (预测到2025年，全省能源消费总量将达到…: ``label-forecast-context``) or a
  line of a scoring rubric (22.社区绿化（3分） …地植物比例在85%以上…得3分: ``label-rubric-context``). The name cut may
  be a list of places or classes qualifying one indicator (新建大型、超大型数据中心平均电能利用效率: convention 9).
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
from kg.annotate.indicators import label_ok, one_indicator_list, strip_phrase

_COPULA = frozenset(cue_words("target_cues.tsv", "label-end-copula"))
_STATE = frozenset(cue_words("target_cues.tsv", "label-end-state"))
_END_BRACKET = re.compile(r"^(?P<name>[^（）()\s.。，,、；;：:“”\"/]{4,})[（(](?P<inner>[^（）()，,；;：:、。“”\"/]{1,16})[）)]$")
_END_BRACKET_LISTED = re.compile(_END_BRACKET.pattern.replace("、；", "；", 1))
_INCLUDES = re.compile(r"^(?:" + cue("target_cues.tsv", "label-end-gloss-keep") + r")")
_FORECAST = re.compile(cue("target_cues.tsv", "label-forecast-context"))
_RUBRIC = re.compile(cue("target_cues.tsv", "label-rubric-context"))
_OPEN_CONJUNCTION = frozenset(cue_words("target_cues.tsv", "label-open-conjunction"))
_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
_ALIAS = re.compile(r"[（(](?:" + cue("target_cues.tsv", "label-alias-gloss") + r")[^（）()]{1,12}[）)]")


def _cut_copula(name: str, before: str) -> str | None:
    tokens = tokenizer().lcut(name, HMM=False)
    if _FORECAST.search(before) or _RUBRIC.search(before) or len(tokens) < 2 or tokens[-1] not in _COPULA or tokens[-2] in _STATE:
        return None
    return name[: -len(tokens[-1])]


def _cut_bracket(name: str, listed: bool = False) -> str | None:
    """``listed``: the name may list the places or classes of one indicator (新建大型、超大型数据中心…（PUE值）)."""
    m = (_END_BRACKET_LISTED if listed else _END_BRACKET).match(name)
    if not m or _INCLUDES.match(m.group("inner")):
        return None
    return m.group("name")


def repair(name: str, before: str = "") -> str | None:
    """The rejected name cut to a noun phrase, or None when no cut makes one; ``before``: the words of the value's own
    sentence before its clause, at most 200 characters (a forecast is told there: 预测到2025年，…将达到)."""
    copula = _cut_copula(name, before)
    for cut in (_ALIAS.sub("", name) if _ALIAS.search(name) else None, copula, _cut_bracket(name),
                copula and _cut_bracket(copula, listed=True)):  # …数据中心的平均电能利用效率（PUE值）在1.25以下: 在, then the abbreviation
        if cut is None:
            continue
        cut, _ = strip_phrase(cut)  # the time words, lead verbs and adverbs the cut leaves at an end go as before
        if (label_ok(cut) or one_indicator_list(cut)) and not _YEAR.search(cut) and not re.search(r"[\s.]", cut) \
                and tokenizer().lcut(cut, HMM=False)[0] not in _OPEN_CONJUNCTION:
            return cut
    return None

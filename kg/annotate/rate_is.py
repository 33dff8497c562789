"""A rate named and then 为 before its share, under a deadline stated for it (issue 14, lane TK10,
corpus/tk10-aims-frames.md): 到2025年，城镇新建建筑现行节能设计标准执行率为100% (172); 到2025年，县级及以上城市集中式饮用水
水源达到或优于Ⅲ类比例为100% (426); …，集中式饮用水水源地达到或优于Ⅲ类比例为100% after its paragraph's 到2025年 (452).

为 (``target_cues.tsv`` rate-is-word) after a name ending with a rate's head (rate-head: 率, 比例, 比重, 占比 …) links the
rate and the share it is to reach, as 达到 does, where the frame states an aim: a deadline (到2025年, 2025年底前:
rate-is-due) stated in the value's sentence or paragraph and in force. Elsewhere 为 states a fact or a rule: a bare past
year reports (2020年，全市空气质量优良天数比例为73.2%), the plan's period is no deadline (“十四五”规划项目总投资为605.38亿元，
其中国家及省级投资占比为20.43%), nor a year's allocation (确定2020年度…，其中电力企业的免费配额比例为95%), nor a statistic
(据统计，…的比例为20%左右). ``bare_values.measured`` asks after its own checks (a deadline in force, the clause closed after
the value); the label is the rate's name as every label is read (``strip_phrase``, ``label_ok``)."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok, strip_phrase

_RATE_IS = re.compile(r"((?:" + cue("target_cues.tsv", "rate-head") + r"))\s*(?:" + cue("target_cues.tsv", "rate-is-word") + r")\s*$")
_DUE = re.compile(cue("target_cues.tsv", "rate-is-due"))


def stated_rate(text: str, head: str, unit: str, scope: TimeScope | None, after_rate: bool | str = False) -> str | None:
    """The rate's name when ``head`` (the clause before a value of ``unit``) ends with a rate and 为, the value is a share,
    and the deadline in force (``scope``) is a date stated in its sentence or paragraph, or the clause before stated a
    share as a target (``after_rate`` ``%``: …达到90%以上，集中式饮用水水源地达到或优于Ⅲ类比例为100%, the aims going on
    under the plan's period); None otherwise."""
    m = _RATE_IS.search(head)
    if m is None or unit != "%" or scope is None:
        return None
    if after_rate != "%" and (scope.origin not in ("sentence", "paragraph")
                              or not _DUE.match(text[scope.source[0]:scope.source[1] + 3])):  # 2025年底前: the span holds 2025年
        return None  # “十四五”规划项目…占比为20.43%: the plan's period, no deadline of an aim
    label = strip_phrase(head[: m.end(1)])[0]
    return label if label_ok(label) else None

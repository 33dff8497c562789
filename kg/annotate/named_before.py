"""The name a clause gives an indicator without a value, for the clause after it that states the value alone (issue 14,
lane TK6): 天然气产量快速增长，力争2025年达到2300亿立方米以上; 持续提高大宗物料铁路运输比例，确保稳定在50%以上; 能源消费总量
进入达峰平台期，力争控制在9000万吨标准煤左右. The clause before names the indicator (a noun phrase closed by a measure or
a share: ``measure-noun``, ``rate-head`` of ``ontology/target_cues.tsv``) and says how it moves (``named-trend``) or
opens with the verb that moves it (``named-move-lead``: 持续提高…比例); the value's clause names nothing but its
comparator (targets.py reads the name as it reads ``last_label``: …下降12.5%，年均下降2.6%). A clause holding a
number, or a name that is no noun phrase, gives none."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.indicators import label_ok, strip_phrase

_HEADS = r"(?:" + cue("target_cues.tsv", "rate-head") + "|" + cue("target_cues.tsv", "measure-noun") + r")"
_TREND = re.compile(r"^(?P<name>.+?" + _HEADS + r")(?:" + cue("target_cues.tsv", "named-trend") + r")$")
_MOVE = re.compile(r"^(?:" + cue("target_cues.tsv", "named-move-lead") + r")(?P<name>.+" + _HEADS + r")$")


def named(clause: str) -> str | None:
    """The indicator's name a clause with no value gives (天然气产量 of 天然气产量快速增长), or None."""
    clause = clause.strip().rstrip("，；。")
    if not clause or re.search(r"\d", clause):
        return None
    m = _TREND.match(clause) or _MOVE.match(clause)
    if m is None:
        return None
    name, _ = strip_phrase(m.group("name"))
    return name if len(name) >= 4 and label_ok(name) else None

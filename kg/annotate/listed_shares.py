"""The population a share printed before it is of, and the state it is to reach: 80%的学校社区达到绿色创建标准 (one share,
its population right after it), and shares listed before the one state they all reach, each of its own population
(95%的省级、90%的市级和70%的县级党政机关达到创建标准; 全省90%的典型生态系统和85%的重要物种得到有效保护). A share
listed so takes its own population; a level alone (省级, 市级: ``share-level`` of ``ontology/target_cues.tsv``) takes the
noun of the last population after it (省级党政机关), as the keys name each level's share. The verbs of the state are
``share-verb`` (达到, 实现, 完成, 得到 …). ``targets.py`` names the label (``heads.share_label``)."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.lexicon import cue

_VERB = r"(?:" + cue("target_cues.tsv", "share-verb") + r")"
_SHARE_OF = re.compile(r"\s*的?\s*([^，；。的\d]{2,12}?)(" + _VERB + r")((?:“[^“”，；。]{1,30}”|[^，；。“]){1,14}?)(?=$|[，；。]|、(?=\d))")
_QUALIFIER = r"(?:" + cue("target_cues.tsv", "head-qualifier") + r")?"
_SHARE = r"\d+(?:\.\d+)?\s*%\s*" + _QUALIFIER
_POPULATION = r"[^，；。的\d、和及%]{2,12}?"
# the first share's population, then the shares after it, each with its population, to the last share
_LISTED = re.compile(r"\s*的\s*(" + _POPULATION + r")\s*[、和及]\s*(?:" + _SHARE + r"的\s*" + _POPULATION + r"\s*[、和及]\s*)*" + _SHARE)
_LEVEL = re.compile(r"(?:" + cue("target_cues.tsv", "share-level") + r")")


class Share(NamedTuple):
    population: str
    verb: str
    state: str

    def group(self, k: int) -> str:  # read as the match of one share: 1 population, 2 verb, 3 state
        return self[k - 1]


def share_of(tail: str) -> Share | None:
    """The population, verb and state of the share whose phrase ``tail`` (the clause after the value and its
    qualifier, a gloss taken off) opens; None when it names none."""
    one = _SHARE_OF.match(tail)
    if one:
        return Share(one.group(1), one.group(2), one.group(3))
    listed = _LISTED.match(tail)
    last = _SHARE_OF.match(tail, listed.end()) if listed else None
    if last is None or not tail[listed.end():].lstrip().startswith("的"):
        return None  # 90%的…和85%的重要物种得到有效保护: the last share's population after its 的
    population, last_population = listed.group(1), last.group(1)
    if _LEVEL.fullmatch(population):  # 95%的省级、…70%的县级党政机关: the level's share of the same bodies
        level = _LEVEL.match(last_population)
        if level is None or len(last_population) - level.end() < 2:
            return None
        population += last_population[level.end():]
    return Share(population, last.group(2), last.group(3))

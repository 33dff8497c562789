"""The population a share printed before it is of, and the state it is to reach: 80%的学校社区达到绿色创建标准 (one share,
its population right after it), and shares listed before the one state they all reach, each of its own population
(95%的省级、90%的市级和70%的县级党政机关达到创建标准; 全省90%的典型生态系统和85%的重要物种得到有效保护). A share
listed so takes its own population; a level alone (省级, 市级: ``share-level`` of ``ontology/target_cues.tsv``) takes the
noun of the last population after it (省级党政机关), as the keys name each level's share. The verbs of the state are
``share-verb`` (达到, 实现, 完成, 得到 …). A population printed before its share, the state right after the share
(全省纳入强制性清洁生产审核名单的企业100%实施清洁生产审核; 设市城市建成区面积的50%达到海绵城市建设要求; verbs
``share-before-verb``), is read by ``share_before``. ``targets.py`` names the label (``heads.share_label``)."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.annotate.indicators import label_ok, strip_phrase
from kg.lexicon import cue

_VERB = r"(?:" + cue("target_cues.tsv", "share-verb") + r")"
_SHARE_OF = re.compile(r"\s*的?\s*([^，；。的\d]{2,12}?)(" + _VERB + r")((?:“[^“”，；。]{1,30}”|[^，；。“]){1,14}?)(?=$|[，；。]|、(?=\d))")
_QUALIFIER = r"(?:" + cue("target_cues.tsv", "head-qualifier") + r")?"
_SHARE = r"\d+(?:\.\d+)?\s*%\s*" + _QUALIFIER
_POPULATION = r"[^，；。的\d、和及%]{2,12}?"
# the first share's population, then the shares after it, each with its population, to the last share
_LISTED = re.compile(r"\s*的\s*(" + _POPULATION + r")\s*[、和及]\s*(?:" + _SHARE + r"的\s*" + _POPULATION + r"\s*[、和及]\s*)*" + _SHARE)
# the state right after a share whose population was printed before it: a verb, then the state to the clause's end
_STATE_AFTER = re.compile(r"\s*(" + cue("target_cues.tsv", "share-before-verb") + r")(?!了)((?:“[^“”，；。]{1,30}”|[^，；。“\d%]){2,14}?)\s*(?=$|[，；。])")
_POPULATION_BEFORE = re.compile(r"[^，；。：:\d%（）()]{2,30}$")
_NOT_POPULATION = re.compile(r"^(?:按|按照|以|对|给予|超过|不超过|不低于|低于|高于)|(?:" + cue("target_cues.tsv", "share-verb") + r"|为|占|约|比|的比例)$")
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


def share_before(head: str, tail: str) -> Share | None:
    """The population printed right before a share (``head``: the clause before the value) and the verb and state
    right after it (``tail``), closing the clause (城镇新建民用建筑100%执行绿色建筑标准要求); None when the words before
    are no noun phrase of their own (按照改造成本的50%: a rule of funding; 比例达到50%: a comparator's value) or the state is
done already (100%实施了…: 了 reports the past)."""
    state = _STATE_AFTER.match(tail)
    words = _POPULATION_BEFORE.search(head.rstrip())
    if state is None or words is None:
        return None
    printed = words.group(0).rstrip("的")
    if words.start() and head[words.start() - 1].isdigit():  # 到2025年设市城市建成区面积的50%: the year's 年 is no population
        printed = re.sub(r"^年(?:底|末)?(?:前)?", "", printed)
    population = strip_phrase(printed)[0]
    if len(population) < 2 or _NOT_POPULATION.search(population) or not label_ok(population):
        return None
    return Share(population, state.group(1), state.group(2))

"""A count of a population printed before the act the population undertakes is named by the act and the population
(issue 14 class 5: a label names the indicator, never the population alone; lane LB8).

Plans count the bodies that are to do a work (选择1-2家商贸企业开展绿色供应链试点; 选取74个重点监控村庄开展环境质量监测;
推动60家公共机构安装可再生能源智慧路灯; 推动5000家以上工业企业开展清洁生产审核). The target taggers name such a count by
the population alone (商贸企业, 重点监控村庄, 公共机构) or by the population and the act without its verb (企业清洁生产审核):
the count is of the firms that carry out the pilot, not of every firm, as a share of a population is named by its state
(``share_states``: 实施循环化改造的园区比例). After every target tagger, a count whose label is the population printed
right after its value and qualifier (以上, 左右), or that population with the act run on to it, a verb of doing
(``label-count-act-verb`` of ``ontology/target_cues.tsv``: 开展, 实施, 安装, 进行) right after the population and the act
to the end of its clause (up to a second verb's 并: ``indicators.before_then``), is named verb, act, 的, population
(开展环境质量监测的重点监控村庄, 安装可再生能源智慧路灯的公共机构; an adverb before the verb goes with it,
``label-count-act-adverb``: 公共机构定期开展能源审计 → 定期开展能源审计的公共机构), as the dev keys of 430 and 202 name it (353's and
360's drop the verb: 绿色供应链试点商贸企业), where that is a noun phrase (``indicators.label_ok``, a relative clause closed by 的 before the population:
``verb_names.verb_in_name``, or the act and the population with the verb masked: 开展清洁生产审核的企业, a generic
population). An act holding a digit,
a population opened by a verb of doing, or a clause of more than the act (a comma inside) is left as it was. The value,
span, comparator and layer stay; no target is found or lost.

A count printed after a verb of doing (``label-count-act-before``: 完成, 开展, 实施), its population and the act after
it labelled together in the printed order (完成2000家以上工业企业清洁生产审核 → 工业企业清洁生产审核; 完成100个行政村农村
环境整治 → 行政村农村环境整治), is named act, 的, population the same way (清洁生产审核的工业企业, 农村环境整治的行政村: the
dev keys of 430 生活污水治理行政村, 509 农村环境质量监测特色村庄, dev19 农村环境整治行政村), the verb off (it stands before
the count: 完成… and 开展… the same concept): the population up to a head of ``label-count-population-head`` (企业,
单位, 行政村, 村庄, 点位 …) at a jieba word's edge (not 县|级市), the act after it closed by a work of
``label-count-act-end`` (审核, 监测, 治理, 整治 …; not a project, …工程, nor a building, …建设), holding no verb of
action. A word of task closing the act (``label-count-act-task``: 新增完成1600个行政村生活污水治理任务, labelled
行政村生活污水治理任务) names no part of it and stays off (生活污水治理的行政村: 430's, 466's, 414's dev keys drop it; lane LB9);
a floor or a word of increment between the verb and the count (``label-count-act-between``: 新增完成至少3500个, 完成新增1200个)
stands with the verb.
"""
from __future__ import annotations

import re

from kg.annotate.base import tokenizer
from kg.annotate.indicators import ACTION_VERBS, before_then, label_ok
from kg.annotate.renamed import relabelled
from kg.annotate.verb_names import verb_in_name
from kg.lexicon import cue
from kg.model import Annotation

_VERB = cue("target_cues.tsv", "label-count-act-verb")
_QUALIFIER = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*的?")
# the population, the verb of doing, the act to the end of its clause
_CLAUSE = re.compile(r"([^，。；：:、\s\d]{2,20}?)(" + _VERB + r")([^，。；：:\d\n]{2,30}?)\s*(?=$|[，。；\n])")
_ADVERB = re.compile(r"(?:" + cue("target_cues.tsv", "label-count-act-adverb") + r")$")
_LINK = "的"
_BEFORE = re.compile(r"(?:" + cue("target_cues.tsv", "label-count-act-before") + r")\s*(?:(?:"
                     + cue("target_cues.tsv", "label-count-act-between") + r")\s*)?(?:[\d.]+\s*[—\-~～至]\s*)?$")
# the population up to its head, the act after it closed by a work
_SPLIT = re.compile(r"^([^、，（）()\d]{0,12}?(?:" + cue("target_cues.tsv", "label-count-population-head") + r"))([^、，\d]{0,20}(?:"
                    + cue("target_cues.tsv", "label-count-act-end") + r"))(?:" + cue("target_cues.tsv", "label-count-act-task")
                    + r")?$")


def act_label(x: Annotation, text: str) -> str | None:
    """The label of a count target ``x`` of a population printed before the act it undertakes (verb, act, 的,
    population); None otherwise."""
    label, end = x.get("indicator_label") or "", x.get("value_end")
    if x.get("unit") != "count" or not label or end is None:
        return None
    m = _CLAUSE.match(text, _QUALIFIER.match(text, end).end())
    if m is None:
        return None
    population, verb, act = m.group(1), m.group(2), before_then(m.group(3).strip())
    if label not in (population, population + act) or re.match(_VERB, population) or len(act) < 2:
        return None
    adverb = _ADVERB.search(population)  # 公共机构定期|开展能源审计: the adverb goes with the act
    lead = ""
    if adverb and adverb.start() >= 2:
        population, lead = population[:adverb.start()], adverb.group(0)
    named = verb + act + _LINK + population
    return lead + named if label_ok(named) or verb_in_name(named) or label_ok(act + population) else None


def act_after_label(x: Annotation, text: str) -> str | None:
    """The label of a count target ``x`` printed after a verb of doing, its population and the act after it labelled
    together (完成2000家以上工业企业清洁生产审核, labelled 工业企业清洁生产审核): act, 的, population (the verb, printed
    before the count, stays off: 完成3200个行政村生活污水治理 and 开展1600个行政村生活污水治理 are one concept, 430's
    key 生活污水治理行政村); None otherwise."""
    label, at, end = x.get("indicator_label") or "", x.get("value_start"), x.get("value_end")
    if x.get("unit") != "count" or not label or at is None or end is None:
        return None
    verb = _BEFORE.search(text, max(0, at - 10), at)
    m = _SPLIT.match(label)
    if verb is None or m is None or not text.startswith(label, _QUALIFIER.match(text, end).end()):
        return None
    population, act = m.group(1), m.group(2)
    if len(population) < 2 or ACTION_VERBS.search(act) or len(population) not in \
            {e for _, _, e in tokenizer().tokenize(label, HMM=False)}:  # 县|级市…: no population's edge
        return None
    return act + _LINK + population if label_ok(act + population) else None


def relabel(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` (targets) with each count of a population before its act named by the act and the population; every
    other annotation as it was."""
    return relabelled(found, lambda x: act_label(x, text) or act_after_label(x, text))

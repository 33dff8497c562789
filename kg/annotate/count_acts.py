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
360's drop the verb: 绿色供应链试点商贸企业), where that is a noun phrase (``indicators.label_ok``, or a relative clause closed by 的 before the population:
``verb_names.verb_in_name``). An act holding a digit,
a population opened by a verb of doing, or a clause of more than the act (a comma inside) is left as it was. The value,
span, comparator and layer stay; no target is found or lost.
"""
from __future__ import annotations

import re

from kg.annotate.indicators import before_then, label_ok
from kg.annotate.renamed import renamed
from kg.annotate.verb_names import verb_in_name
from kg.lexicon import cue
from kg.model import Annotation

_VERB = cue("target_cues.tsv", "label-count-act-verb")
_QUALIFIER = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*的?")
# the population, the verb of doing, the act to the end of its clause
_CLAUSE = re.compile(r"([^，。；：:、\s\d]{2,20}?)(" + _VERB + r")([^，。；：:\d\n]{2,30}?)\s*(?=$|[，。；\n])")
_ADVERB = re.compile(r"(?:" + cue("target_cues.tsv", "label-count-act-adverb") + r")$")
_LINK = "的"


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
    return lead + named if label_ok(named) or verb_in_name(named) else None


def relabel(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` (targets) with each count of a population before its act named by the act and the population; every
    other annotation as it was."""
    out = []
    for x in found:
        named = act_label(x, text)
        out.append(x if named is None else renamed(x, named))
    return out

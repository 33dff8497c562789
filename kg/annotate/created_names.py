"""Firms and exchanges a measure is to create: no actors there (issue 14, class 7; lane ap5).

``bodies.find_named`` reads a run of words closed by a firm's ending (…集团, …交易所, …有限公司) as a named non-state body,
an actor wherever the policy text names it (key convention 1). Printed right after a verb of creating (打造一批大型绿色产业集团,
积极组建中国雄安绿色交易所, 研究组建省水务集团, 鼓励设立混合所有制集团公司), the name is what the measure sets up or fosters: a
class or a plan, no body that acts, as the keys read it (75 and 79: objects of 培育/设立/打造; 71: 中国雄安绿色交易所, to be set
up). A name the lexicon or a local rule reads (a state body set up: 成立省生态环境保护委员会) is left, and 成立 is no verb here:
records name what was set up and exists (213: 成立天津市电力交易中心并完成股份制改造). Words are data: ``ontology/actor_cues.tsv``
created-verb.
"""
from __future__ import annotations

import re

from kg.lexicon import cue


_CREATED = re.compile(f"(?:{cue('actor_cues.tsv', 'created-verb')})$")


def drop_created(text: str, named: list[tuple]) -> tuple[list[tuple], list[tuple[int, int]]]:
    """``named`` (``find_named``'s spans: start, end, id, place, level) without the non-state names (level ``any``)
    printed right after a verb of creating, and the spans of those names (a lexicon name inside one, 组建第一个股份制电力交易中心's
    电力交易中心, is no actor either)."""
    rx = _CREATED
    created = [x for x in named if x[4] == "any" and rx.search(text, max(0, x[0] - 12), x[0])]
    return [x for x in named if x not in created], [(x[0], x[1]) for x in created]

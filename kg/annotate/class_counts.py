"""Counts of classes sharing one thing (issue 14, lane TK6): a verb of making or pursuing, then two or more counts each
printed with its class, then the one thing they count (全市规划新建6个500千伏、25个220千伏输变电项目; 力争建成10个国家级、
100个省级农村产业融合示范园; 打造2—3个省级和1—2个国家级绿色云计算大数据中心; 积极推进14家国家级、21家市级园区循环化改造).
Each count is of its class of that thing: 500千伏输变电项目 6, 220千伏输变电项目 25. Before, the first count took its
class alone as its label (国家级, 省级: a fragment) or the other class's (省级农村产业融合示范园 for the 国家级 count), or
failed the phrase check (500千伏) and was dropped with the counts after it.

Read only under a deadline in force (``deadline.in_force``), the verb (``count-class-verb`` of
``ontology/target_cues.tsv``) right before the first count, the classes ``count-class``, joined by 、/和/及/以及/与;
the thing is what follows the last class to the clause's end, and the class with it must pass the phrase check.
No verb, no aim: 全省长江流域20个国家级和1个省级水产种质资源保护区…实现全面禁捕 (a scope) is none."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate import deadline
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok

_CLASS = r"(?:" + cue("target_cues.tsv", "count-class") + r")"
_COUNT = r"\d+(?:\.\d+)?(?:\s*[—~～\-–至到]\s*\d+)?\s*(?:个|家|座|处|条|项|所)\s*"
_ITEM = re.compile(_COUNT + r"(?P<cls>" + _CLASS + r")")
_JOIN = r"\s*(?:、|以及|和|及|与)\s*"
_LIST = re.compile(r"(?:" + cue("target_cues.tsv", "count-class-verb") + r")\s*约?\s*(?P<items>" + _COUNT + _CLASS
                   + r"(?:" + _JOIN + _COUNT + _CLASS + r")+)(?P<thing>[\u4e00-\u9fff“”]{2,30})\s*(?:$|[，；。：])")


def classed_thing(full_head: str, count: str, tail: str, unit: str, scope: TimeScope | None,
                  since_year: int | None) -> str | None:
    """The label of the count printed as ``count`` after ``full_head`` (its clause before it) and before ``tail``
    when it is one of counts of classes sharing one thing: its class and the thing (500千伏输变电项目); None otherwise."""
    if unit != "count" or not deadline.in_force(scope, since_year):
        return None
    clause = full_head + count + tail
    at = len(full_head)  # where the count starts
    for m in _LIST.finditer(clause):
        thing = m.group("thing")
        for item in _ITEM.finditer(clause, m.start("items"), m.end("items")):
            if item.start() <= at < item.end():
                label = re.sub(r"\s+", "", item.group("cls")) + thing
                return label if label_ok(label) else None
    return None

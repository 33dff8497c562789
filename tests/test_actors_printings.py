"""A generic group made to act somewhere in the text is an actor, but a printing of it that qualifies the noun after
it (企业配额, 企业边界, 公众沟通力度, 农民的环境知情权) names no one there: no mention of the actor at that printing
(kg/annotate/acting.py ``qualifies``; convention 1 of corpus/keys/README.md: an object, a possessor or a modifier is
no actor). Printings after a pivot or a duty verb, or before a part, a duty or 协同, stay. Positives (printings
kept), negatives (printings dropped) and known gaps (strict xfail). Sentences from unkeyed documents of
../shared/dual-carbon/ (shortened); the number in each id is the document."""
from __future__ import annotations

import pytest

from tests.actor_tagging import printings_after

ACTS = "鼓励企业开展碳排放核查。引导公众绿色出行。引导农民参与。"  # each group made to act once


def printings(body: str, surface: str) -> int:
    """How many printings ending in ``surface`` in the body (after ACTS) are tagged actors."""
    return printings_after(ACTS, body, surface)


KEPT = [
    ("subject-modal", "企业应当报告排放量。", "企业", 1),
    ("77-pivot-before-a-noun", "鼓励生产企业商贸流通共享共用仓储基础设施。", "生产企业", 1),
    ("86-part-after", "以深化企业主体作用为根本。", "企业", 1),
    ("65-duty-after", "落实企业环境安全主体责任。", "企业", 1),
    ("544-cooperation-after", "构建政府、企业、公众协同共治的生态环境保护新格局。", "公众", 1),
    ("230-pivot-described", "支持符合条件的绿色产业企业上市融资。", "绿色产业企业", 1),
]
DROPPED = [
    ("463-credit-system", "建立企业环境行为信用评价制度。", "企业"),
    ("408-formula", "企业配额按基准法计算。", "企业"),
    ("157-rights", "维护农民合法权益。", "农民"),
    ("415-possessive", "尊重和保障公众的环境知情权。", "公众"),
    ("146-capacity", "提高企业环境保护能力和水平。", "企业"),
]
GAPS = [
    # a pivot verb opens the clause, so the modifier after it stays (推动园区及企业污染物排放治理: 543)
    ("543-pivot-then-modifier", "推动园区及企业污染物排放治理。", "企业"),
    # a verbal noun after the group (jieba tags 沟通 a verb): read as its act
    ("459-communication", "信息公开和公众沟通力度不够。", "公众"),
]


@pytest.mark.parametrize("case,body,surface,n", KEPT, ids=[c[0] for c in KEPT])
def test_acting_printing_kept(case, body, surface, n):
    assert printings(body, surface) == n


@pytest.mark.parametrize("case,body,surface", DROPPED, ids=[c[0] for c in DROPPED])
def test_qualifying_printing_dropped(case, body, surface):
    assert printings(body, surface) == 0


def test_the_actor_stays_where_it_acts():
    assert printings("鼓励企业开展节能改造。建立企业环境信用评价制度。", "企业") == 1


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_qualifying_printing_known_gaps(case, body, surface):
    assert printings(body, surface) == 0

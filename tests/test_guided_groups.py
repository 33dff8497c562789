"""Groups named as the object of a guidance printed as a noun are moved to act (issue 14, class 7; lane ar4; key convention 1):
加强对企业和居民采购绿色产品的引导 — the formula of the national 促进绿色消费实施方案 that provincial and city plans copy
(``kg/annotate/guided_groups.py``; ``modifiers.drop_modifiers`` keeps the group after 对 there). Tables of positives,
negatives (must NOT be tagged) and known gaps (strict xfail); sentences of development documents (79, 106, 239, 357) and
non-held-out pool documents (157, 318, 578), shortened; the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某省促进绿色消费实施方案"

POS = [
    ("357-residents", "加强对企业和居民采购绿色产品的引导，倡导绿色生活方式。", "居民"),
    ("79-enterprises-too", "加强对企业和居民采购绿色产品的引导，鼓励企业开展绿色采购。", "企业"),
    ("239-private-enterprises", "加强对民营企业和居民采购绿色产品的引导。", "民营企业"),
    ("consumers-buying", "加强对消费者购买节能家电的引导。", "消费者"),
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_guided_groups_are_actors(case, body, surface):
    assert surface in tagged(body, PLAN)


NEG = [
    # a group after 对 with no guidance of its act: the object of the act, as before
    ("object-of-training", "对企业开展节能培训。", "企业"),
    ("object-of-inspection", "加强对居民小区的检查。", "居民"),
    # a plan, a project, a reserve after 对: no group
    ("518-plan-implemented", "有关部门加强对本方案落实情况的指导监督。", "本方案"),
    ("157-reserve-planning", "强化对自然保护区规划与实施的指导。", "自然保护区"),
    ("578-projects-supported", "加大对绿色低碳项目实施、产业发展等的支持力度。", "绿色低碳项目"),
]


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_not_guided_groups(case, body, surface):
    assert surface not in tagged(body, PLAN)


GAPS = [
    # a word between the group and its act (绿色消费: 绿色 before 消费)
    ("residents-green-consumption", "加强对居民绿色消费的引导。", "居民"),
]


@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap of guided_groups")
def test_guided_groups_known_gaps(case, body, surface):
    assert surface in tagged(body, PLAN)

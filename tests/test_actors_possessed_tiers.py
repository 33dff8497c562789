"""A collective or a local tier printed right before what it has or is judged by is no actor there (issue 14, class 7;
lane ap3; key convention 1: a possessor is only mentioned): 用好地方政府专项债券, 结合各地资源禀赋, 各地区各有关部门领导班子和
领导干部考核, 公共机构垃圾分类, 党政机关公务车辆 (``actor_cues.tsv`` modifier-possessed, read by kg/annotate/modifiers.py
``possessing``). The same names given an act stay. Positives (kept), negatives (must NOT be tagged) and known gaps
(strict xfail). Sentences from non-held-out pool documents (502, 39, 451, 65, 149, 498, 302), shortened.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某省碳达峰实施方案"

KEPT = [
    ("local-government-acts", "地方政府要加强组织领导。", "地方政府"),
    ("localities-act", "各地要结合实际制定方案。", "各地"),
    ("public-institutions-lead", "鼓励公共机构带头使用新能源汽车。", "公共机构"),
    ("debt-not-after-the-name", "地方政府要防范化解债务风险。", "地方政府"),
]
DROPPED = [
    ("special-bonds", "用好地方政府专项债券资金，支持生态环境项目。", "地方政府"),
    ("502-debt", "是否可能增加地方政府债务负担。", "地方政府"),
    ("39-endowment", "充分结合各地资源禀赋，统筹开发利用方式。", "各地"),
    ("302-actual-conditions", "探索符合各地实际的城市适应气候变化建设管理模式。", "各地"),
    ("451-sorting", "推进中心城区公共机构垃圾分类。", "公共机构"),
    ("65-official-cars", "公交汽车、巡游出租车、党政机关公务车辆全面使用新能源。", "党政机关"),
    ("149-staff", "组织开展地方生态环境主管部门及相关部门工作人员培训班。", "相关部门"),
    ("leadership-assessment", "规划实施情况作为各地区各有关部门领导班子和领导干部考核的重要内容。", "各地区各有关部门"),
    ("498-assessment", "评估结果作为地方政府考核评价的重要依据。", "地方政府"),
]
GAPS = [
    # a body of a level named by the local rules (actor-local), not a lexicon collective: 各级政府投资基金 (565)
    ("565-fund", "发挥各级政府投资基金引导作用。", "各级政府"),
]


@pytest.mark.parametrize("case,body,surface", KEPT, ids=[c[0] for c in KEPT])
def test_tier_given_an_act_kept(case, body, surface):
    assert surface in tagged(body, PLAN)


@pytest.mark.parametrize("case,body,surface", DROPPED, ids=[c[0] for c in DROPPED])
def test_tier_before_what_it_has_dropped(case, body, surface):
    assert surface not in tagged(body, PLAN)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_possessed_known_gaps(case, body, surface):
    assert surface not in tagged(body, PLAN)

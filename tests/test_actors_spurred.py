"""Groups a verb spurs to act by naming their drive (issue 14, class 7; lane ar; key convention 1): 激发/调动/激活 +
a group + its 活力/积极性/主动性/创造性… in one clause (激发市场主体绿色低碳投资活力, 充分激发市场主体的积极性) makes the
group an actor, as 发挥…作用 does (``actor_cues.tsv`` group-spur-verb, group-spur-part, read by
kg/annotate/acting.py).
Tables of positives, negatives (must NOT be tagged) and known gaps (strict xfail). Sentences from development-half
documents of ../shared/dual-carbon/ (482, 533, 578) and non-held-out pool documents (16, 35, 204, 454, 565, 566),
shortened; the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某市碳达峰实施方案"

POS = [
    ("482-investment-drive", "激发市场主体绿色低碳投资活力。", "市场主体"),
    ("533-initiative-de", "充分激发市场主体的积极性，力争通过绿色建筑拉动科技创新。", "市场主体"),
    ("566-mobilise", "调动各类市场主体的积极性。", "各类市场主体"),
    # 激发 ends the modified group's run (lane ap3): the group named with its modifier 存量 (one actor, 电网企业, as before)
    ("16-modified-group", "激发存量供电企业活力。", "存量供电企业"),
    ("activate", "激活市场主体活力。", "市场主体"),
    # 激发 ends a modified group's run (body_forms.tsv verb; lane ap3): the group after it is spurred, as 激发市场主体…活力
    # (key convention 1) reads it; before, 激发企业 was one garbage surface
    ("565-enterprises", "激发企业创新活力。", "企业"),
    ("258-drive-of-green-development", "激发企业绿色发展动力。", "企业"),
]
NEG = [
    # no group: the market's or innovation's vitality
    ("market-vitality", "激发市场活力，释放创新潜能。", "市场"),
    # the spur's clause names no drive: 激发 alone moves nobody
    ("no-drive", "激发企业碳排放核算需求。", "企业"),
    # the group is an object in the clause before; the spur's clause names none
    ("object-before", "加强对企业的监管，激发市场活力。", "企业"),
]
GAPS = [
    # the group's drive is an act after it, no drive word (调动…市场主体建设绿色建筑: 533); a modified group before a
    # lexicon name is left to other rules
    ("533-mobilise-to-build", "充分调动城乡建设领域市场主体建设绿色建筑。", "城乡建设领域市场主体"),
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_spurred_group_acts(case, body, surface):
    got = tagged(body, PLAN)
    assert surface in got and got[surface][1] == "non-state" and got[surface][0] is None, got


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_spur_without_group(case, body, surface):
    assert surface not in tagged(body, PLAN)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_spurred_known_gaps(case, body, surface):
    assert surface in tagged(body, PLAN)

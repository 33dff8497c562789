"""Lexicon names printed as the opening of a longer word (issue 14, class 7; lane ap5; kg/annotate/name_fragments.py):
各地 of 各地级以上市 (Guangdong's tier of prefecture-level cities) and 各地级及以上城市 names no actor; the body after the tier
(市生态环境局, 市政府) is read as before, and 各地 printed as a word of its own stays. Positives (kept), negatives (must NOT
be tagged) and known gaps (strict xfail). Sentences from non-held-out pool documents (365, 475, 552, 567, 424), shortened.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

GD = "广东省生态环境厅关于做好企业碳排放报告核查工作的通知"

KEPT = [
    ("365-tier-body", "各地级以上市生态环境局要及时将本通知传达落实到相关企业。", "市生态环境局"),
    ("475-tier-government", "（各地级以上市政府牵头，省发展改革委配合）", "市政府"),
    ("localities-own-word", "各地要加强组织领导，抓好贯彻落实。", "各地"),
    ("localities-before-level-word", "各地各级生态环境部门要加强监管。", "各地"),
]
DROPPED = [
    ("365-fragment", "各地级以上市生态环境局要及时将本通知传达落实到相关企业。", "各地"),
    ("475-fragment-alone", "各地级以上市因地制宜完善绿色金融发展扶持政策。", "各地"),
    ("424-fragment-cities", "各地级及以上城市建成至少1个符合要求的医疗废物集中处置设施。", "各地"),
]
GAPS = [
    # the tier acting alone (475, 540, 567: 各地级以上市加强…立法) is 各地市 of convention 32(d): no actor is read there
    ("475-tier-acts", "各地级以上市因地制宜完善绿色金融发展扶持政策。", "各地级以上市"),
]


@pytest.mark.parametrize("case,body,surface", KEPT, ids=[c[0] for c in KEPT])
def test_word_of_its_own_kept(case, body, surface):
    assert surface in tagged(body, GD)


@pytest.mark.parametrize("case,body,surface", DROPPED, ids=[c[0] for c in DROPPED])
def test_fragment_dropped(case, body, surface):
    assert surface not in tagged(body, GD)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_fragment_known_gaps(case, body, surface):
    assert surface in tagged(body, GD)

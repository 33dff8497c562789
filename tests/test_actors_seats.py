"""A government's seat printed with 所在城市, 所在城区 or 所在县城 (issue 14, class 7; lane ap5; actor_cues.tsv modifier-seat,
read by ``modifiers.naming_other``): 市州政府所在城市 is the city where the governments sit, a place (key convention 1:
places are no actors; 318's key leaves 市州政府 there unkeyed, convention 61), as 乡镇政府所在地 already was. The government
given an act stays. Sentences from non-held-out pool documents (318, 107, 360, 424), shortened.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

GANSU = "甘肃省城乡建设绿色发展实施意见"

KEPT = [
    ("government-acts", "市州政府要加强组织领导，抓好贯彻落实。", "市州政府"),
    ("seat-word-later", "各市州政府要在所在城市开展垃圾分类示范。", "各市州政府"),
]
DROPPED = [
    ("318-seat-city", "到2025年，市州政府所在城市城区及兰州新区基本建立生活垃圾分类投放系统。", "市州政府"),
    ("107-each-seat-city", "到2025年，各市州政府所在城市城区基本建立生活垃圾分类处理系统。", "各市州政府"),
    ("360-seat-district", "到2025年，县区政府所在城区基本建立生活垃圾分类系统。", "县区政府"),
]
GAPS = [
    # 所在的城市, with 的: the seat words are read right after the name only
    ("seat-with-de", "到2025年，市州政府所在的城市城区基本建立生活垃圾分类投放系统。", "市州政府"),
]


@pytest.mark.parametrize("case,body,surface", KEPT, ids=[c[0] for c in KEPT])
def test_government_given_an_act_kept(case, body, surface):
    assert surface in tagged(body, GANSU)


@pytest.mark.parametrize("case,body,surface", DROPPED, ids=[c[0] for c in DROPPED])
def test_seat_no_actor(case, body, surface):
    assert surface not in tagged(body, GANSU)
    assert surface in tagged(body.replace(surface + "所在", surface + "要在", 1), GANSU)  # given an act: tagged


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_seat_known_gaps(case, body, surface):
    assert surface not in tagged(body, GANSU)

"""A place word printed once before a list of groups, carried over each (issue 14, class 7; lane ap5;
kg/annotate/carried_places.py): 鼓励引导我省企业、高校、科研机构积极参与… names 我省企业, 我省高校, 我省科研机构 (key conventions 39
and 62, as 75's, 111's and 242's keys have it). The document's own place after a pivot narrows the group (as
``printed_prefixes.keep_places`` reads 在陕, 省内); each later group joined by 、 takes it (the actor's name, the printing the
bare group). Positives, negatives (what must NOT be carried or narrowed) and known gaps (strict xfail). Sentences from
non-held-out pool documents (75, 111, 242, 210, 508), shortened.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PROVINCE = "福建省加快建立健全绿色低碳循环发展经济体系实施方案"
CITY = "邯郸市加快建立健全绿色低碳循环发展经济体系实施意见"

CARRIED = [
    # (case, body, title, printed, actor label)
    ("75-province-first", "鼓励引导我省企业、高校、科研机构积极参与国家绿色技术交易。", PROVINCE, "我省企业", "我省企业"),
    ("75-province-second", "鼓励引导我省企业、高校、科研机构积极参与国家绿色技术交易。", PROVINCE, "高校", "我省高校"),
    ("75-province-third", "鼓励引导我省企业、高校、科研机构积极参与国家绿色技术交易。", PROVINCE, "科研机构", "我省科研机构"),
    ("242-city", "鼓励引导我市企业、高校、科研机构积极参与国家绿色技术交易。", CITY, "高校", "我市高校"),
]
NOT_CARRIED = [
    # no pivot before the place: a possessor or a scope, the bare groups as the other rules read them
    ("no-pivot", "我省企业、高校数量持续增长，鼓励高校开展绿色技术研发。", PROVINCE, "高校", "我省高校"),
    # a list closed by 和 stops the place word (508 keys 市内工业园区、重点行业以及大型企业 without carrying)
    ("joined-by-and", "鼓励引导我省企业和高校积极参与国家绿色技术交易。", PROVINCE, "高校", "我省高校"),
    # a place word of its own on the later group
    ("own-place-later", "鼓励引导我省企业、省外高校积极参与国家绿色技术交易。", PROVINCE, "省外高校", "我省省外高校"),
]
GAPS = [
    # 省内 before the first group (keep_places) in a made-up plan: the first group is not read there, so nothing is carried
    ("543-within-province", "支持省内高校、科研院所申报国家重点研发计划项目。", "贵州省“十四五”规划", "科研院所", "省内科研院所"),
]


@pytest.mark.parametrize("case,body,title,printed,label", CARRIED, ids=[c[0] for c in CARRIED])
def test_place_word_carried(case, body, title, printed, label):
    assert tagged(body, title).get(printed, (None, None, None))[2] == label


@pytest.mark.parametrize("case,body,title,printed,label", NOT_CARRIED, ids=[c[0] for c in NOT_CARRIED])
def test_place_word_not_carried(case, body, title, printed, label):
    assert tagged(body, title).get(printed, (None, None, None))[2] != label


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,title,printed,label", GAPS, ids=[c[0] for c in GAPS])
def test_carried_place_known_gaps(case, body, title, printed, label):
    assert tagged(body, title).get(printed, (None, None, None))[2] == label

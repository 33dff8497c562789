"""Key conventions 1 and 27 of corpus/keys/README.md for people a pivot verb moves to act in their private conduct, the act
printed as 绿色 (低碳) + 出行/消费/生活 (引导居民绿色出行、绿色消费; 鼓励居民绿色出行、共享出行; 引导市民绿色低碳出行): ontology/actor_cues.tsv
addressed-after opens the act at 绿色 before those words (jieba reads 绿色 as no verb), read by kg/annotate/addressed.py (lane AR12).
Not after 全民 (推动全民绿色消费: a nationwide campaign the keys have not read as 全民 acting; corpus/ar12-actor-shapes.md), not before
a change (推动企业绿色转型: convention 53). Non-held-out pool: 6 printings added in 6 documents. Positives, negatives and known gaps;
sentences from development documents (dev 85 89 185) and unkeyed pool documents (39 580, shortened), never from a held-out half; the
number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

NX = "自治区人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见"
JX = "江西省人民政府印发关于加快建立健全绿色低碳循环发展经济体系若干措施的通知"
CD = "成都市能源结构调整十条政策措施"
SH = "上海市碳达峰实施方案"
NATIONAL = "国家能源局、农业农村部、国家乡村振兴局关于印发《加快农村能源转型发展助力乡村振兴的实施意见》的通知"

POSITIVES = [
    # (case, title, body, printed surface, label)
    ("85-residents-travel", NX, "建设城市绿道慢道，引导居民绿色出行。", "居民", "居民"),
    ("89-residents-consume", JX, "鼓励地方推行碳普惠宝等奖励政策，引导居民绿色出行、绿色消费。", "居民", "居民"),
    ("185-residents-shared", CD, "完善智能交通管理系统，鼓励居民绿色出行、共享出行。", "居民", "居民"),
    ("580-citizens-low-carbon", SH, "积极引导市民绿色低碳出行。", "市民", "市民"),
    ("39-rural-residents", NATIONAL, "引导农村居民绿色出行。", "农村居民", "居民"),
]


@pytest.mark.parametrize("case,title,body,surface,label", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_green_conduct(case, title, body, surface, label):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][1] == "non-state" and got[surface][2].endswith(label), got


NEGATIVES = [
    # (case, title, body, surface that must not be tagged)
    ("446-nationwide", SH, "推动全民绿色消费，建立统一绿色产品标准、认证、标识体系。", "全民"),  # a campaign (lookbehind)
    ("466-verb-before", SH, "引导推行全民绿色消费。", "推行全民"),
    ("change-only", SH, "推动企业绿色转型。", "企业"),  # a change, no act (convention 53)
    ("green-noun", SH, "推动居民绿色建筑改造。", "居民"),  # 绿色建筑: a thing, no conduct
]


@pytest.mark.parametrize("case,title,body,surface", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_not_green_conduct(case, title, body, surface):
    assert surface not in tagged(body, title)


GAPS = [
    # 低碳 with no 绿色 before the conduct (548, dev22: 倡导居民低碳出行): one printing in the pool, not read
    ("548-low-carbon-alone", SH, "倡导居民低碳出行。", "居民"),
]


@pytest.mark.parametrize("case,title,body,surface", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap of the green-conduct reading (corpus/ar12-actor-shapes.md)")
def test_known_gaps(case, title, body, surface):
    assert surface in tagged(body, title)

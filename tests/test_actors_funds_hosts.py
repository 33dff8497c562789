"""Funds and the hosts of an activity a measure addresses (issue 14, class 7; lane an; key convention 1): the
object of an addressing verb before its act, ending in a head of ``body_forms.tsv`` addressed-head (私募基金,
股权基金, 投资基金, 基金会, 主办方), read by kg/annotate/addressed.py. A bare 基金 is no head: after
引导 it ends the name of a government's fund (政府引导基金, 成果转化引导基金), which the verb opens. Tables of
positives, negatives (must NOT be tagged) and known gaps (strict xfail). Sentences from development-half documents
of ../shared/dual-carbon/ (482, 494, 500) and from non-held-out pool documents (65, 76, 77, 106, 219, 230, 392), shortened;
the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某市碳达峰实施方案"

POS = [
    ("482-private-equity", "支持私募股权基金参与绿色项目投资和绿色企业并购重组。", "私募股权基金"),
    ("482-city-investment-funds", "鼓励国有企业和市属股权投资基金加大对绿色产业投资。", "市属股权投资基金"),
    ("219-investment-funds", "积极引导各类投资基金支持本市绿色技术创新成果转化应用。", "各类投资基金"),  # as printed (convention 32 (a); lane AR5)
    ("76-provincial-equity-fund", "鼓励省产业股权基金设立绿色产业发展子基金。", "省产业股权基金"),
    ("65-foundations", "鼓励相关基金会和企业依法依规开展环保公益活动。", "相关基金会"),
    ("500-event-hosts", "支持大型活动主办方制定碳中和工作方案。", "大型活动主办方"),
    # the act opens with 助推, no verb in jieba's dictionary (actor_cues.tsv addressed-after)
    ("77-charity-foundations", "鼓励公益慈善基金会助推生态环保公益发展。", "公益慈善基金会"),
    # the act opens with 投资, no verb in jieba's dictionary (actor_cues.tsv addressed-after; lane gr)
    ("494-private-funds", "引导私募基金投资绿色消费。", "私募基金"),
]
NEG = [
    # 引导 opens a fund's name (政府引导基金): the fund is no group a verb addresses, nor its tail 基金
    ("230-guidance-fund", "支持政府引导基金带动社会资本发起设立能源领域新兴产业基金。", "基金"),
    ("106-fund-plays-a-part", "充分发挥省成果转化引导基金作用。", "基金"),
    ("392-fund-as-money", "积极争取省级绿色低碳产业发展引导基金支持。", "基金"),
    # a fund set up is a thing made, no group (544)
    ("544-fund-set-up", "推动设立绿色发展基金和碳基金。", "绿色发展基金"),
]
GAPS = [
    # a bare 基金 beside other groups after a verb (177): no head of its own, so the list stops before it
    ("177-banks-funds-insurers", "鼓励银行、基金、保险机构发展海洋碳汇领域的绿色金融产品。", "基金"),
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_fund_or_host_addressed(case, body, surface):
    got = tagged(body, PLAN)
    assert surface in got and got[surface][1] == "non-state" and got[surface][0] is None, got


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_fund_not_addressed(case, body, surface):
    assert surface not in tagged(body, PLAN)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_fund_known_gaps(case, body, surface):
    assert surface in tagged(body, PLAN)

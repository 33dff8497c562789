"""Groups a body or a group joins with (联合, ``actor_cues.tsv`` group-partner-verb; issue 14, class 7; lane ar; key
convention 1): the partner after 联合 acts beside the subject (支持…企业联合行业协会、高校，建立…; 联合节能服务机构，采取…),
read as a pivot by kg/annotate/acting.py's acts(); not where 联合 is an adverb of a verb right after it (联合研究…,
联合建立…机构), and not by qualifies() (联合高校、科研院所、企业技术中心: 企业 modifies 技术中心 there). Tables of
positives, negatives (must NOT be tagged) and known gaps (strict xfail). Sentences from development-half documents
of ../shared/dual-carbon/ (533, 343) and non-held-out pool documents (182, 191, 240, 466, 35, 432, 168), shortened.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某市碳达峰实施方案"

POS = [
    ("533-associations-universities", "支持有条件的装配式建筑企业联合行业协会、高校，建立教学培训基地。", "行业协会"),
    ("343-right-after", "支持重点用能企业在节能诊断基础上，联合节能服务机构，采取合同能源管理方式。", "节能服务机构"),
    ("182-institutes", "支持企业联合科研院所和高校共同承担关键技术创新研发。", "科研院所"),
    ("191-professional-associations", "鼓励龙头企业联合高校、科研院所、专业协会等组建创新联合体。", "专业协会"),
    ("466-research-units", "支持企业联合省内外高校和科研单位开展技术攻关。", "科研单位"),
    # a group with no head the tagger knew, read as an agent noun (厂商: lane AR12; a strict xfail before)
    ("suppliers-no-head", "鼓励龙头企业联合上下游配套厂商开展协同攻关。", "上下游配套厂商"),
]
NEG = [
    # 联合 an adverb: the verb after it is what is done jointly, its objects no partners (35, 432)
    ("35-jointly-set-up", "在联合研究发布报告、成立机构等方面取得积极进展。", "机构"),
    ("432-jointly-build", "通过联合建立研究开发平台、技术转化机构等方式推动成果转化。", "技术转化机构"),
    # a group modifying the institution after it stays a modifier (168)
    ("168-enterprise-centre", "联合高校、科研院所、企业技术中心等共同开展重大科技项目攻关。", "企业"),
    # 联合国 is no verb (../shared/corpus mee_climate_and_eco_env_coordination…: read 多边机构 before the fix)
    ("united-nations", "加强与联合国等多边机构合作，建立长期性、机制性的环境与气候合作伙伴关系。", "多边机构"),
    # 联合 as a noun's modifier: no partner (联合执法, 联合体)
    ("joint-enforcement", "加强联合执法，严厉打击违法行为。", "执法"),
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_partner_acts(case, body, surface):
    got = tagged(body, PLAN)
    assert surface in got and got[surface][1] == "non-state", got


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_no_partner(case, body, surface):
    assert surface not in tagged(body, PLAN)

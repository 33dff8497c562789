"""Actor loose ends review RV9b found (issue 14): units the policy appoints (创建单位, 试点单位, 示范单位, 项目推荐单位)
opening a duty are convention 14's collective of the document's jurisdiction, not non-state groups (``body_forms.tsv``
subject-local); an exchange named by a level word and its name (省碳排放权交易中心) is non-state, not a local state
body (``bodies.find_generic_local``, body_forms named-placed / named-nonstate); a regulation's article number
(第二十七条交易机构) is no part of a group's name (``bodies.find_modified_groups``). Tables of positives, negatives
(must NOT be tagged) and known gaps (strict xfail); sentences of non-held-out pool documents (shortened), the number in
each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

SH = "上海市低碳示范创建工作方案"
JS = "关于组织申报2022年度江苏省碳达峰碳中和科技创新专项资金项目的通知"
HLJ = "黑龙江省2021-2023年度推动碳达峰、碳中和工作滚动实施方案"
SJZ = "石家庄市关于加快推进绿色低碳循环发展经济体系的若干措施"
SZ = "深圳市碳排放权交易管理办法"

POS = [
    # convention 14: units the policy appoints, opening a duty → a collective of the document's jurisdiction
    ("548-creation-units", "创建单位应持续示范运营，市生态环境局定期组织开展跟踪评估。", SH, "创建单位", "local"),
    ("548-creation-units-after-heading", "（六）跟踪评估\n创建单位应持续示范运营。", SH, "创建单位", "local"),
    ("181-recommending-units", "各项目推荐单位须聚焦本地区、本领域碳达峰碳中和目标任务。", JS, "各项目推荐单位", "local"),
    ("pilot-units", "各试点单位要加强组织领导。", SH, "各试点单位", "local"),
    ("demonstration-units", "各示范单位要及时总结经验。", SH, "各示范单位", "local"),
    ("pilot-units-bare", "试点单位要加强组织领导。", SH, "试点单位", "local"),
    # units defined by an economic activity stay non-state groups (convention 14)
    ("applicant-units-stay-non-state", "申报单位要如实填报。", JS, "申报单位", "non-state"),
    # an exchange named by a level word and its name: non-state (73's key)
    ("73-province-exchange", "会同省碳排放权交易中心推进碳普惠及碳汇交易平台建设。", HLJ, "省碳排放权交易中心", "non-state"),
    ("111-province-tech-exchange", "加强与国家、省绿色技术交易中心对接。", SJZ, "省绿色技术交易中心", "non-state"),
    # a regulation's article number opens the clause; the group is the words after it
    ("312-article-27", "第二十七条 交易机构负责制订交易方式、交易服务费等交易规则。", SZ, "交易机构", "non-state"),
    ("312-article-33", "第三十三条 交易机构应当建立大额交易监控、风险警示等制度。", SZ, "交易机构", "non-state"),
]


@pytest.mark.parametrize("case,body,title,surface,kind", POS, ids=[c[0] for c in POS])
def test_loose_ends_tagged(case, body, title, surface, kind):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][1] == kind, got


NEG = [
    # the article number is no part of the name
    ("312-article-number-not-named", "第三十三条 交易机构应当建立大额交易监控、风险警示等制度。", SZ, "第三十三条交易机构"),
    # a line broken mid-sentence: its tail is no group's name
    ("wrapped-tail-no-group", "督促排放单位于每年三月底前向主管部门提交上年度的碳排放报告和交\n易单位应当如实报告的材料。", SZ, "易单位"),
    # an exchange still to set up is no actor (501)
    ("501-exchange-to-set-up", "探索设立省自愿减排交易中心。", HLJ, "省自愿减排交易中心"),
]


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_loose_ends_not_tagged(case, body, title, surface):
    assert surface not in tagged(body, title)

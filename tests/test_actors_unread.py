"""Actors of forms the pool survey of unread bodies found (scripts/survey_unread_bodies.py, corpus/survey-bodies.md;
issue 14, class 7): a department named by its field alone (财政部门, 卫生健康部门, 公安交管部门) opening its clause as
a modal's subject, the collective of convention 6 with the document's jurisdiction (``actor_cues.tsv``
field-department-subject; pool: 13 spans in 8 documents untagged before); 各成员单位, 各责任单位, 各牵头单位,
其他成员单位 opening a duty (convention 14; unit-collective; pool: 7 spans in 7 documents); a group opening its clause
before 要 (convention 1; group-subject-modal; pool: 30 spans in 26 documents). Tables of positives, negatives (must NOT be
tagged) and known gaps (strict xfail); sentences from non-held-out pool documents (shortened), the number in each
id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

DT = "大同市“十四五”生态环境保护规划"
QQ = "齐齐哈尔市绿色建筑创建行动实施方案"
NX = "宁夏回族自治区医疗废物处置实施方案"
TJ = "天津市碳达峰碳中和促进条例"

POS = [
    ("463-police-traffic", "对属于已注销和已报废的机动车，公安交管部门要加强路面查处。", DT, "公安交管部门", "大同"),
    ("463-finance-tax", "财税部门要研究制定有利于环境保护的财税政策；价格主管部门要进一步制定和完善价格政策。", DT, "财税部门", "大同"),
    ("463-price-competent", "财税部门要研究制定有利于环境保护的财税政策；价格主管部门要进一步制定和完善价格政策。", DT, "价格主管部门", "大同"),
    ("521-press-and-broadcasting", "培养人才队伍。新闻出版广电部门要充分利用广播、电视、报纸、网络等媒体。", QQ, "新闻出版广电部门", "齐齐哈尔"),
    ("440-health", "并集中移交回收企业。卫生健康部门要指导加强日常监管。", NX, "卫生健康部门", "ningxia"),
    ("58-civil-service-shall", "公务员主管部门应当将碳达峰、碳中和知识纳入公务员教育培训内容。", TJ, "公务员主管部门", "tianjin"),
    ("445-farming-should", "农牧部门应组织开展规模化畜禽养殖污染治理。", "海西州“十四五”生态环境保护规划", "农牧部门", "海西"),
    # units a body is made of or answers through, told to act (convention 14: collective, the document's jurisdiction;
    # actor_cues.tsv unit-collective; pool: 7 spans in 7 documents untagged before)
    ("475-member-units", "日常工作由省地方金融监管局负责。各成员单位要加强联动配合，形成有效工作合力。", "广东省绿色金融改革实施方案",
     "各成员单位", "guangdong"),
    ("234-responsible-units", "及时向市委、市政府报告。各责任单位要充分发挥工作主动性。", "梧州市碳达峰实施方案", "各责任单位", "梧州"),
    ("240-lead-units", "确保各项任务落地见效。各牵头单位要各负其责，根据工作实际制定方案。", "海南省碳达峰实施方案", "各牵头单位", "hainan_province"),
    ("546-other-member-units", "市发改委对评估编制工作负总责，其他成员单位按职责承担具体工作。", "武汉市碳达峰实施方案", "成员单位", "武汉"),  # 546 keys 成员单位 (convention 43)
    # a group opening its clause before 要 (convention 1; actor_cues.tsv group-subject-modal; pool: 30 spans in 26
    # documents): non-state, or the document's collective for units it appoints (body_forms.tsv subject-local)
    ("440-medical-institutions", "解塑料和一次性塑料用品等使用。医疗机构要按照标准做好输液瓶（袋）的收集。", NX, "医疗机构", None),
    ("426-tailings-enterprises", "实施“一库一策”分类分级整治。尾矿库企业要完善尾水回用系统。", "河南省“十四五”生态环境保护规划", "尾矿库企业", None),
    ("502-project-units", "项目建设完成后，项目单位要向所在地发展改革部门报送完工报告。", "湖南省节能专项资金管理办法", "项目单位", None),
    ("267-task-force-member-units", "形成工作合力。专班各成员单位要明确一名分管领导具体负责。", "柳州市碳达峰实施方案", "专班各成员单位", "柳州"),
    ("335-related-transport-units", "交通运输相关单位要在港口、码头、客运站等场所利用电子显示屏宣传。", "广东省节能宣传周活动方案", "交通运输相关单位", "guangdong"),
]

NEG = [
    # the department as an object, a scope, or after a verb: no act of its own
    ("object-of-a-preposition", "加强与食药部门的协作，推进宾馆污染控制。", DT, "食药部门"),
    ("verb-opens-the-clause", "推进食药部门要求的整改。", DT, "推进食药部门"),
    ("verb-opens-the-clause-object", "推进食药部门要求的整改。", DT, "食药部门"),
    ("demand-not-a-modal", "落实食药部门要求。", DT, "食药部门"),
    ("pronoun-opens", "该部门要加强指导。", DT, "该部门"),
    ("respond-not-a-modal", "食药部门应对突发事件。", DT, "食药部门"),
    # units only addressed or acted on (请各单位…: keys 374, 340, 480), or a possessor
    ("units-addressed-by-qing", "请各成员单位配合完成核查。", DT, "各成员单位"),
    ("units-as-object", "对各责任单位进行考核。", DT, "各责任单位"),
    ("units-as-possessor", "各成员单位的职责分工见附件。", DT, "各成员单位"),
    # 要 inside a word (主要) after a group: no modal (200, 216, 445, 463 before the cut check)
    ("main-is-no-modal", "区内现状工业用地50平方公里。工业企业主要涉及金属制品业。", DT, "工业企业主"),
    ("main-is-no-modal-short", "大同市城镇生活和工业主要使用地下水源。", DT, "工业主"),
]

GAPS = [
    # a field list sharing one head (convention 4): 食药部门 + 卫生部门, not read yet
    ("field-list-shared-head", "食药、卫生部门要严格宾馆、饭店的污染控制。", DT, "卫生部门"),
    # member units after the group they belong to (580, 267): closed by lane NA as one collective named with its group,
    # 市碳达峰碳中和工作领导小组各成员单位, as dev9's key 482 names it (tests/test_actors_rosters.py::test_member_units_of_a_named_group)
]


@pytest.mark.parametrize("case,body,title,surface,place", POS, ids=[p[0] for p in POS])
def test_tagged(case, body, title, surface, place):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][0] == place


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[n[0] for n in NEG])
def test_not_tagged(case, body, title, surface):
    assert surface not in tagged(body, title)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,title,surface", GAPS, ids=[g[0] for g in GAPS])
def test_gaps(case, body, title, surface):
    assert surface in tagged(body, title)

"""Groups named by 有关/相关 and a head, from the fourth pool-wide survey of unread collectives and groups (issue 14;
corpus/survey-bodies.md section 4, corpus/survey-groups-sample.tsv): a group that opens its clause before a modal or
an act, or that a pivot verb or 由 moves to act (有关单位应当…, 相关技术单位可以…, 鼓励有关单位开展…, 由有关主管部门
责令改正: ``collectives.find_related_groups``, ``actor_cues.tsv`` related-group). Tables of positives, negatives (must
NOT be tagged) and known gaps (strict xfail); sentences of dev documents and non-held-out pool documents (shortened),
the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

RULES = "某省碳达峰碳中和促进条例"
PLAN = "某省绿色消费实施方案"
NATIONAL = "国家林业和草原局关于推进林业碳汇工作的通知"

POS = [
    # opening the clause before a modal or an act; a department, bare units or units that vet applications: the
    # collective of conventions 6, 14 and 23; a group with a modifier: convention 1, non-state
    ("58-relevant-units-shall", "各级人民政府、有关单位应当积极开展碳达峰、碳中和宣传教育和科学知识普及。", RULES, "有关单位", "local"),
    ("288-units-in-charge-according", "有关归口管理单位按照要求，征集遴选项目。", PLAN, "有关归口管理单位", "local"),
    ("465-other-functional-departments", "其他相关职能部门按各自职能推进规划实施。", PLAN, "其他相关职能部门", "local"),
    ("204-government-bodies-should", "相关政府机构应结合部门工作，积极支持碳普惠工作。", PLAN, "相关政府机构", "local"),
    ("406-technical-units-may", "相关技术单位可以受标准制定机关委托，承担标准起草工作。", NATIONAL, "相关技术单位", "non-state"),
    # moved to act by a pivot verb or 由
    ("494-encourage-relevant-units", "鼓励有关单位开展绿色消费领域地方标准研究。", PLAN, "有关单位", "local"),
    ("578-support-relevant-institutions", "支持相关机构积极参与国际标准制定。", PLAN, "相关机构", "non-state"),
    ("303-by-the-authorities-in-charge", "违反规定的，应当由有关主管部门责令改正。", NATIONAL, "有关主管部门", "local"),
    ("440-urged-relevant-units", "依法督促相关单位开展调查并组织评审土壤污染状况调查报告。", PLAN, "相关单位", "local"),
    ("335-local-commerce-departments", "鼓励相关地方商务主管部门、行业协会、电商平台开展宣传。", NATIONAL, "相关地方商务主管部门", "local"),
    # units hired (委托) are a contractor, non-state (convention 14: 区发展改革委委托相关单位…)
    ("548-hired-technical-units", "市生态环境局委托相关技术支撑单位对申报材料进行审核。", PLAN, "相关技术支撑单位", "non-state"),
    ("hired-relevant-units", "市生态环境局委托相关单位对申报材料进行审核。", PLAN, "相关单位", "non-state"),
    ("14-relevant-bureaus", "有关司局积极研究并推进具体任务实施。", NATIONAL, "有关司局", "local"),
]


@pytest.mark.parametrize("case,body,title,surface,kind", POS, ids=[c[0] for c in POS])
def test_related_group_tagged(case, body, title, surface, kind):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][1] == kind, got


def test_relevant_units_after_a_pivot_are_the_collective_of_the_document():
    """494 (dev7): 鼓励有关单位开展… is convention 14's collective with the document's jurisdiction, not a non-state group."""
    got = tagged("鼓励有关单位开展绿色消费领域地方标准研究。", "河北省促进绿色消费实施方案")
    assert got["有关单位"][:2] == ("hebei", "local"), got


NEG = [
    # asked, checked or named as a possessor: no act of their own
    ("units-asked-by-qing", "请有关单位于月底前报送材料。", PLAN, "有关单位"),
    ("units-object-of-dui", "对相关单位开展专项检查。", PLAN, "相关单位"),
    ("267-pay-kept-by-the-former-unit", "相关薪资待遇由原单位负责。", PLAN, "相关薪资待遇由原单位"),
    # the lexicon's names and a lexicon class printed with 有关 (dev 34's key: a variant of 生态环境主管部门)
    ("34-relevant-class-of-the-lexicon", "涉嫌构成犯罪的，有关生态环境主管部门应当依法移送司法机关。", NATIONAL, "有关生态环境主管部门"),
    # the object of a preposition inside the clause (加强对相关单位的管理)
    ("units-object-of-management", "加强对相关单位的管理。", PLAN, "相关单位"),
    # no act after the group: a noun follows (相关单位名单)
    ("list-of-units", "公布相关单位名单。", PLAN, "相关单位"),
]


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_not_related_groups(case, body, title, surface):
    assert surface not in tagged(body, title)


GAPS = [
    # a group a pivot verb moves whose name the 4-character modifier limit cuts (督促相关规划组织编制单位落实…主体责任: 478)
    ("478-long-modified-units", "督促相关规划组织编制单位落实规划环评主体责任。", PLAN, "相关规划组织编制单位"),
    # 等相关部门 closing a list of fields whose first item no domain lexicon knows (230): read neither as fields nor as 有关部门
    ("230-fields-then-relevant-departments", "信息化、交通运输、科技、市场监管等相关部门按照责任分工研究制定细化配套措施。", PLAN, "信息化"),
]


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,title,surface", GAPS, ids=[c[0] for c in GAPS])
def test_related_groups_known_gaps(case, body, title, surface):
    assert surface in tagged(body, title)

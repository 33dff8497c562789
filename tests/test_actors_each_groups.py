"""Generic groups no rule read, from the third pool-wide survey of unread bodies (issue 14; corpus/survey-bodies.md
section 3, corpus/survey-bodies-sample-3.tsv): a group named by 各 and a head opening its clause before a modal or
an act or as the agent of 由 (各职能部门要…, 各核查机构将…, 由各项目主管部门发动…: ``collectives.find_each_groups``, ``actor_cues.tsv`` each-group-subject), and a
group a verb makes act whose act opens with 依法/依规/严格/切实/全面/将 (督促矿山企业依法依规编制…: ``actor_cues.tsv``
addressed-after). Tables of positives, negatives (must NOT be tagged) and known gaps (strict xfail); sentences of
non-held-out pool documents (shortened), the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某省海洋生态环境保护规划"
NOTICE = "关于做好碳排放核查工作的通知"
BANK = "某市银行业保险业支持绿色发展实施方案"

POS = [
    # 各 + a field's or a task's departments: the collective of convention 6, of the document's jurisdiction
    ("420-functional-departments", "各职能部门要严格按照任务分工要求，各司其职。", PLAN, "各职能部门", "local"),
    ("442-each-department", "各个部门要将规划目标落实在做好各自领域的相关工作。", PLAN, "各个部门", "local"),
    # the agent of 由 (dev 269; 181, 254): the document's departments of each project
    ("269-led-by-each-department", "由各项目主管部门充分发动辖区内有条件的创新型企业。", "关于组织申报苏州市科技发展计划项目的通知", "各项目主管部门", "local"),
    # 各 + a head of units or institutions: a group of convention 1, non-state
    ("262-legal-person-institutions", "各法人机构要参照“是绿即快”的原则，对于小额绿色信贷给予优先办理。", BANK, "法人机构", "non-state"),
    ("375-verification-bodies", "各核查机构将备案申请材料汇总后统一在“广东政务服务网”申请办理。", NOTICE, "各核查机构", "non-state"),
    # 各 before a lexicon name is that name's printed variant (convention 19): the lexicon's collective
    ("202-public-institutions", "各公共机构要加大节能降碳工作的投入。", PLAN, "公共机构", "collective"),
    # a verb makes the group act; its act opens with 依法依规, 依法, 严格, 将
    ("450-mining-enterprises-by-law", "督促矿山企业依法依规编制矿山地质环境保护与土地复垦方案。", PLAN, "矿山企业", "non-state"),
    ("81-key-supervised-units-by-law", "督促重点监管单位依法全面落实土壤环境管理制度。", PLAN, "重点监管单位", "non-state"),
    ("440-key-supervised-units-jiang", "推动重点监管单位将土壤污染防治责任和要求贯穿到生产经营全过程。", PLAN, "重点监管单位", "non-state"),
    ("413-builders-strictly", "督促施工单位严格执行建筑施工现场噪声污染防治管理和公告制度。", PLAN, "施工单位", "non-state"),
    ("125-shipping-companies-strictly", "督促航运公司严格落实大气污染防治主体责任。", PLAN, "航运公司", "non-state"),
]


@pytest.mark.parametrize("case,body,title,surface,kind", POS, ids=[c[0] for c in POS])
def test_each_group_and_addressed_group_tagged(case, body, title, surface, kind):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][1] == kind, got


NEG = [
    # mentioned, asked or told only: no act of their own in the clause
    ("369-units-may-call", "各单位可来电咨询。", NOTICE, "各单位"),
    ("225-units-asked-by-qing", "请各单位将相关案例发送至生态环境部应对气候变化司。", NOTICE, "各单位"),
    # 各 before a class word: 各类…机构 after a verb is acting.py's, never this rule's
    ("450-every-kind-object", "加强各类职业培训机构管理。", PLAN, "各类职业培训机构"),
    # 各 before a lexicon name is that name (convention 19): no second actor 各重点排放单位
    ("212-each-key-emitter", "各重点排放单位须按照指南报告排放数据。", NOTICE, "各重点排放单位"),
    # 各个 before a level or place is 各 before it (review RV9b: the optional 个 let the regex step past its own
    # exclusions, 各个区县部门 read as one group of its own; made-up sentences, 0 pool documents print the form)
    ("each-ge-before-a-level", "各个区县部门要加强协作。", PLAN, "各个区县部门"),
    ("by-each-ge-before-a-place", "由各个地方部门审核。", PLAN, "各个地方部门"),
    # a group inside a list, not opening its clause
    ("each-group-object", "对各核查机构将开展抽查。", NOTICE, "各核查机构"),
    # 由 before a level (由各区…) is the level finders', and a class word (由各类机构) names no 各 group
    ("by-every-kind", "由各类机构自愿申报。", NOTICE, "各类机构"),
    # a verb after the pivot makes the head a thing, not a group (推动建立…机构)
    ("509-institutions-to-build", "推动建立生态环境监测机构和人员信用评价制度。", PLAN, "生态环境监测机构"),
]


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_not_each_groups(case, body, title, surface):
    assert surface not in tagged(body, title)


GAPS = [
    # a list of field departments before a modal: the first item is read as the ministry (工业和信息化部), the second not at all
    ("445-field-departments-listed", "工业和信息化部门、工业园区管理部门要加大产业结构调整力度。", PLAN, "工业园区管理部门"),
    # 111's 引导餐饮企业和消费者参与… is read now (消费者 an agent noun: lane AR12, tests/test_actors_agent_nouns.py 111-list-to-act; a strict xfail here before)
]


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,title,surface", GAPS, ids=[c[0] for c in GAPS])
def test_each_groups_known_gaps(case, body, title, surface):
    assert surface in tagged(body, title)


SPLIT = [
    # convention 19: a leading 各 is a printed variant of one actor; find_each_groups names its group by the bare
    # name's id, as the other finders do (review RV9b: it used the 各 form's id, two actors in one document;
    # 0 non-held-out pool documents print both forms today)
    ("each-verification-bodies-and-bare", "督促核查机构严格落实要求。各核查机构将材料汇总。", NOTICE, "核查机构", "各核查机构"),
    ("each-functional-departments-and-bare", "职能部门要加强协作。各职能部门要严格按照任务分工要求。", PLAN, "职能部门", "各职能部门"),
]


@pytest.mark.parametrize("case,body,title,bare,each", SPLIT, ids=[c[0] for c in SPLIT])
def test_each_group_is_its_bare_group(case, body, title, bare, each):
    got = tagged(body, title)
    assert got[bare][2] == got[each][2], got

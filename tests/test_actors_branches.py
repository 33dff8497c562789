"""Branches named after their parent (kg/annotate/branches.py) and named bodies whose name holds the verb
of their work (市推动企业技术改造工作领导小组, bodies.find_named; dev7 404, 345, dev6 355; pool survey: 分公司
after a named enterprise in 7 documents, 分局 after a body in 4), and state monitoring bodies named by a level
(省级监测机构, dev6 509). Positives, negatives (must NOT be
tagged) and known gaps (strict xfail); sentences from development documents and unkeyed pool documents
(shortened), never from a held-out half; the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

SR = "上饶市加快建立健全绿色低碳循环发展经济体系的实施方案"
SZ = "深圳市生态环境局关于做好2021年度碳排放权交易履约工作的通知"
FZ = "福州市“数字·绿色”技术改造专项行动方案"
JJ = "九江市“十四五”生态环境保护规划"

POS = [
    # an enterprise's branch: non-state, whatever level word its parent opens with
    ("355-airport-branch-of-a-provincial-group", "（市交通运输局、上饶车务段、省民航机场集团上饶机场分公司、市发改委按职责分工负责）", SR,
     "省民航机场集团上饶机场分公司", None, "non-state"),
    ("418-refinery-branch", "以江西理文化工有限公司、中国石油化工股份有限公司九江分公司等为重点推进治理。", JJ,
     "中国石油化工股份有限公司九江分公司", None, "non-state"),
    # a branch of an enterprise printed by its short name (中国铝业): a group ending in 公司 (bodies.find_modified_groups)
    ("453-short-enterprise-name", "推动西宁特殊钢股份有限公司、中国铝业青海分公司等大型企业制定达峰方案。", "青海省碳达峰实施方案", "中国铝业青海分公司",
     None, "non-state"),
    # a body's branch in the document's place, and the branches of a city bureau
    ("355-port-branch-of-a-provincial-bureau", "（市交通运输局、省港航管理局上饶分局、市住建局按职责分工负责）", SR, "省港航管理局上饶分局", "上饶", "local"),
    ("345-branches-of-a-bureau", "市生态环境局各管理局要及时将本通知传达落实到辖区内相关管控单位。", SZ, "市生态环境局各管理局", "深圳", "local"),
    # a named body whose name holds the verb of its work, after a level word or the city's name
    ("404-leading-group-named-by-its-work", "成立市推动企业技术改造工作领导小组，负责专项行动全面工作。", FZ, "市推动企业技术改造工作领导小组", "福州", "local"),
    ("495-provincial-leading-group", "根据省推进碳达峰碳中和工作领导小组部署安排，各地要抓好落实。", "山西省碳达峰实施方案",
     "省推进碳达峰碳中和工作领导小组", "shanxi", "local"),
    # the office a leading group sets up (actors.tsv leading_group_office: the keys' 领导小组办公室)
    ("404-office-set-up", "定期协商议事，领导小组下设办公室，负责牵头组织实施日常工作。", FZ, "领导小组下设办公室", "福州", "collective"),
]


@pytest.mark.parametrize("case,body,title,surface,jur,kind", POS, ids=[c[0] for c in POS])
def test_branches_and_named_bodies(case, body, title, surface, jur, kind):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][:2] == (jur, kind), got


def test_the_citys_name_and_the_level_word_name_one_body():
    # 福州市推动… and 市推动… in a Fuzhou document: one actor
    a = tagged("成立市推动企业技术改造工作领导小组。", FZ)["市推动企业技术改造工作领导小组"]
    b = tagged("福州市推动企业技术改造工作领导小组成员名单", FZ)["福州市推动企业技术改造工作领导小组"]
    assert a == b


NEG = [
    # two bodies joined, not a branch of one (454)
    ("454-bureau-and-county-branches", "组建市环境局和各县区分局、市生态环境保护综合执法支队。", "商洛市“十四五”生态环境保护规划", "市环境局和各县区分局"),
    # the parent's words are no actor of their own inside the branch
    ("355-no-group-inside-the-branch", "（上饶车务段、省民航机场集团上饶机场分公司、市发改委按职责分工负责）", SR, "集团上饶机场分公司"),
    ("355-no-bureau-inside-the-branch", "（省港航管理局上饶分局、市住建局按职责分工负责）", SR, "省港航管理局"),
    # words before a named body that are no part of it: 按照, 根据, 负责 end its run
    ("286-according-to", "按照天津市推进碳达峰碳中和领导小组的相关部署，制定本方案。", "天津市交通运输领域碳达峰实施方案", "按照天津市推进碳达峰碳中和领导小组"),
    # a verb of work after no level word: the run stops at it (建立 creates the group)
    ("134-set-up-a-task-force", "各市建立重点领域节能降碳改造工作专班。", "河北省节能降碳实施方案", "各市建立重点领域节能降碳改造工作专班"),
]


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_not_branches(case, body, title, surface):
    assert surface not in tagged(body, title)


GAPS = [
    # bank branches (分行, 支行) outside the lexicon: not read as branches
    ("262-policy-bank-branch", "（农发行三明市分行、三明银保监分局按职责分工负责）", "三明市林业碳汇实施方案", "农发行三明市分行"),
]


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,title,surface", GAPS, ids=[c[0] for c in GAPS])
def test_branch_known_gaps(case, body, title, surface):
    assert surface in tagged(body, title)


MONITORING = "“十四五”生态环境监测规划"
STATE = [
    # a level or a state scope and a state head: a state body of the document's jurisdiction (dev6 509's keys), not a
    # non-state group (collectives.find_state_groups; body_forms.tsv state-modifier, state-head)
    ("509-river-basin-monitoring", "充分发挥流域监测机构在质量监督管理及仲裁监测等方面的作用。", MONITORING, "流域监测机构", "national"),
    ("509-provincial-monitoring", "强化省级监测机构业务统筹与技术指导作用。", MONITORING, "省级监测机构", "national"),
    ("509-stations-in-the-cities", "驻市监测机构在做好环境质量监测的基础上，结合实际承担任务。", MONITORING, "驻市监测机构", "national"),
    ("447-county-monitoring-of-a-city", "到2025年，县级生态环境监测机构具备有效开展执法监测的能力。", "邵阳市“十四五”生态环境保护规划", "县级生态环境监测机构", "邵阳"),
]


@pytest.mark.parametrize("case,body,title,surface,jur", STATE, ids=[c[0] for c in STATE])
def test_state_monitoring_bodies(case, body, title, surface, jur):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][:2] == (jur, "local"), got


STATE_NOT = [
    # a society's monitoring bodies stay non-state
    ("509-social-monitoring", "鼓励社会监测机构参与。", MONITORING, "社会监测机构", (None, "non-state")),
]


@pytest.mark.parametrize("case,body,title,surface,want", STATE_NOT, ids=[c[0] for c in STATE_NOT])
def test_nonstate_monitoring_bodies(case, body, title, surface, want):
    assert tagged(body, title)[surface][:2] == want

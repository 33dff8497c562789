"""Lead roles only where responsibility is stated (issue 14, class 8: role precision), as tables:
positives (a lead still read), negatives (wording that names a lead verb but states no task's
responsibility: no lead) and known gaps.

The negatives are the classes ``scripts/survey_roles.py --leads`` finds outside every list form
over the non-held-out pool (corpus/survey-roles.tsv, "lead roles outside a list"). Sentences are
from development-half and non-key documents of ../shared/dual-carbon/ (shortened), never from a
held-out half; the number in each case id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import linked_roles

TJ = "天津市“十四五”应对气候变化和生态环境保护规划"
GS = "甘肃省“十四五”节能减排综合工作方案"
HN = "淮南市“十四五”生态环境保护规划"
CENTRAL = "关于推动城乡建设绿色发展的意见"
REG = "绿色出行创建行动办法"
CITY = "天水市碳达峰实施方案"


roles = linked_roles  # label → (strongest role, rule) of the one measure of a made-up document


def named_in(named: set[str], got: dict) -> set[str]:
    """The labels of ``got`` that end with one of ``named`` (a city document's 省生态环境厅 may lack its province)."""
    return {k for k in got if any(k.endswith(n) for n in named)}


def scored_leads(got: dict) -> set[str]:
    """The leads scripts/score.py counts: stated by responsibility wording, not by the subject rule."""
    return {k for k, (role, rule) in got.items() if role == "lead" and rule != "role-subject"}


POS = [
    ("511-bracket-lead", "提高建筑可再生能源替代比例。〔省住房城乡建设厅牵头，省发展改革委等按职责分工负责〕", GS,
     {"甘肃省住房城乡建设厅"}),
    ("546-led-by-prose", "由市生态环境局、市发改委牵头负责编制市级评估报告。", CITY, {"甘肃省天水市生态环境局", "甘肃省天水市发展改革委"}),
    ("373-lead-verb-after-body", "未通过验收的示范工程，交通运输部牵头反馈其未通过原因。", REG, {"交通运输部"}),
    ("219-body-alone-in-bracket", "推进港口关键环节升级改造。（天津港集团负责）", TJ, {"天津港集团"}),
]

NEG = [
    # 附则: the interpretation clause names who reads the text, not who carries a task
    ("373-interpretation-clause", "本办法由交通运输部、公安部、商务部负责解释。", REG, {"交通运输部", "公安部", "商务部"}),
    # 负责人: the verb is part of a noun
    ("456-head-of-body", "成立了由市委、市政府主要负责人任组长的生态建设与环境保护领导小组。", HN, {"淮南市委", "淮南市人民政府"}),
    # X牵头的 + noun: a modifier of what is taken part in
    ("415-led-by-as-modifier", "积极参与省生态环境厅牵头的指导性文件和地方标准制定。", HN, {"省生态环境厅"}),
    # an encouraged firm leads a project of its own, not the measure
    ("353-encouraged-firm-leads-project", "鼓励企业牵头或参与财政资金支持的绿色技术研发项目。", CITY, {"企业"}),
    ("392-supported-leader-firm", "支持龙头企业牵头组建绿色低碳产业联盟。", CENTRAL, {"骨干企业"}),
    ("315-firm-applies-as-lead", "企业牵头申报时，企业自筹经费与财政经费比例不低于1：1。", CITY, {"企业"}),
    # 由X组织认定 / 由X组织开展: a procedural duty of one body, the subject of its clause; the keys hold
    # it as no list (408, 504, 552 print the same sentence)
    ("408-organise-by", "若没有相关政府部门文件，则由省生态环境厅组织认定企业生产能力。", GS, {"甘肃省生态环境厅"}),
    # 由X负责 in prose without 牵头: the duty of the clause's subject, as X负责 is (keys' convention 7; 546's key
    # holds the body as co of the task's list, not a lead; 475 and 502 print the same form)
    ("546-by-body-in-prose", "按照省级有关部门要求，由市生态环境局负责提供我市2015年温室气体排放清单数据。", CITY, {"市生态环境局"}),
    ("475-daily-work-by-body", "领导小组日常工作由省发展改革委负责。各成员单位要加强联动配合。", GS, {"甘肃省发展改革委"}),
    # X牵头 + a verb + 的: still a modifier (415, 182)
    ("415-led-and-organised-as-modifier", "积极参与省生态环境厅牵头组织的辐射安全法律法规培训。", HN, {"省生态环境厅"}),
    ("182-applied-as-lead", "由企业牵头申报的，自筹经费不低于市级资助经费。", CITY, {"企业"}),
]

# After the bracket has named its lead, a later duty in it is shared (co), not a second lead.
CO_AFTER_LEAD = [
    ("451-carry-out-after-labels", "减少人类活动对自然生态空间的占用。〔牵头单位：市生态环境局；配合单位：市发展改革委；各县（市、区）政府负责落实〕",
     CITY, {"甘肃省天水市生态环境局"}, {"甘肃省天水市各县（市、区）人民政府"}),
]



@pytest.mark.parametrize("case,body,title,leads", POS, ids=[c[0] for c in POS])
def test_stated_leads_are_read(case, body, title, leads):
    got = roles(body, title)
    assert leads <= scored_leads(got), got


@pytest.mark.parametrize("case,body,title,named", NEG, ids=[c[0] for c in NEG])
def test_lead_verb_without_responsibility_is_no_lead(case, body, title, named):
    got = roles(body, title)
    found = named_in(named, got)
    assert len(found) == len(named), got  # the actors are still found
    assert not scored_leads(got) & found, got


@pytest.mark.parametrize("case,body,title,leads,cos", CO_AFTER_LEAD, ids=[c[0] for c in CO_AFTER_LEAD])
def test_duty_after_the_named_lead_is_shared(case, body, title, leads, cos):
    got = roles(body, title)
    assert scored_leads(got) == leads, got
    assert all(got[c][0] == "co-lead" for c in cos), got

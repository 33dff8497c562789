"""Responsibility lists printed as a bracket of bodies after a task (issue 14, class 8; lane RL2; kg/annotate/role_brackets.py;
corpus/rl2-bracket-roles.md), as tables:

- a bracket after a sentence's end holding bodies alone (（市住房城乡建设局）, （A、B、C等）) is a list (keys' convention 8):
  one body (no collective) leads, several co-lead (the first leads only where the document states the convention);
- a bracket of bodies with a duty phrase and another verb than 负责 (按职责分工落实, 按照职责分工指导推动，C组织实施, 按职责分工) is
  a list wherever it stands;
- no list: a bracket of bodies inside a sentence (a name's gloss, a table's cell, a form's title), one holding other
  words (以下简称, 含), one naming a firm, places; an inline tag (（市财政局-新增），: one printing in the pool) is a known gap.

Sentences are from development-half and non-key documents of ../shared/dual-carbon/ (shortened), never from a held-out
half; the number in each case id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import linked_roles

CS = "长沙市绿色建筑创建行动实施方案"
ZJ = "浙江省高耗能行业重点领域节能降碳改造升级实施方案"
BJ = "北京市绿色社区创建行动实施方案"
LB = "来宾市加快建立健全绿色低碳循环发展经济体系的实施方案"
GD = "广东省发展绿色金融支持碳达峰行动的实施意见"


def named(got: dict, name: str) -> tuple[str, str]:
    hits = [v for k, v in got.items() if k.endswith(name)]
    assert len(hits) == 1, got
    return hits[0]


LISTS = [
    ("517-one-body", "规范绿色建筑市场行为。（市住房城乡建设局）", CS, {"市住房城乡建设局": "lead"}),
    ("517-one-body-etc", "并在全市进行通报。（市住房和城乡建设局等）", CS, {"市住房城乡建设局": "lead"}),
    ("517-several-etc", "逐步完善工程质量保证和保修机制。（市住房城乡建设局、湖南银保监局等）", CS,
     {"市住房城乡建设局": "co-lead", "银保监局": "co-lead"}),
    ("etc-bare-classifier", "形成工作合力。（省发展改革委、省生态环境厅等有关部门）", ZJ,
     {"省发展改革委": "co-lead", "省生态环境厅": "co-lead"}),
    ("205-several", "形成工作合力。（省发展改革委、省经信厅、省生态环境厅）", ZJ,
     {"省发展改革委": "co-lead", "工业和信息化厅": "co-lead", "省生态环境厅": "co-lead"}),
    ("205-own-line", "对重点企业节能有重大推动作用的节能技术和核心装备。\n（省科技厅、省发展改革委）\n", ZJ,
     {"省科技厅": "co-lead", "省发展改革委": "co-lead"}),
    ("359-duty-without-verb", "推进工业绿色升级。（市工信局、市发改委按职责分工）", LB,
     {"市工业和信息化局": "co-lead", "市发展改革委": "co-lead"}),
    ("514-duty-other-verb", "推进社区绿色化。（市民政局、市住房城乡建设委按照职责分工指导推动，各区人民政府组织实施）", BJ,
     {"市民政局": "co-lead", "市住房城乡建设委": "co-lead", "人民政府": "co-lead"}),
    ("475-duty-carry-out", "发展绿色保险。（广东银保监局，省地方金融监管局按职责分工落实）", GD,
     {"银保监局": "co-lead", "地方金融监管局": "co-lead"}),
]


@pytest.mark.parametrize("case,body,title,want", LISTS, ids=[c[0] for c in LISTS])
def test_bracket_list_roles(case, body, title, want):
    got = roles = linked_roles(body, title)
    for name, role in want.items():
        assert named(got, name) == (role, "role-bracket-list"), roles


NOT_LISTS = [
    # a bracket of bodies inside a sentence: a name's gloss (399), no list
    ("399-gloss", "与全国碳排放权注册登记机构（湖北碳排放权交易中心）加强对接。", "关于做好全国碳排放权交易市场有关工作的通知", "湖北碳排放权交易中心"),
    # a bracket after a number: a table's cell (572)
    ("572-table-cell", "合肥电厂\n1260（皖能合肥发电有限公司）\n", "合肥市“十四五”电力发展规划", "皖能合肥发电有限公司"),
    # a bracket after a stop that explains a term
    ("341-short-form", "纳入全国碳市场的发电行业重点排放单位。（以下简称省发展改革委）", CS, "省发展改革委"),
    # a bracket after a stop naming a firm
    ("firm-after-stop", "推进电网改造。（国家电网有限公司）", ZJ, "国家电网有限公司"),
]


@pytest.mark.parametrize("case,body,title,name", NOT_LISTS, ids=[c[0] for c in NOT_LISTS])
def test_no_bracket_list(case, body, title, name):
    got = linked_roles(body, title)
    hits = [v for k, v in got.items() if k.endswith(name)]
    assert hits, got  # the name is tagged: a bracket that tags nothing tests nothing
    assert all(rule != "role-bracket-list" for _, rule in hits), got


def test_rule_before_keeps_its_roles():
    """A bracket another rule read (牵头, 负责) keeps that rule's roles."""
    got = linked_roles("形成工作合力。（省发展改革委牵头，省经信厅、省生态环境厅按职责分工负责）", ZJ)
    assert named(got, "省发展改革委")[0] == "lead" and all(rule != "role-bracket-list" for _, rule in got.values()), got


def test_stated_convention_makes_the_first_lead():
    got = linked_roles("形成工作合力。（省发展改革委、省经信厅）\n各项任务排在第一位的为牵头单位。", ZJ)
    assert named(got, "省发展改革委") == ("lead", "role-bracket-list") and named(got, "工业和信息化厅")[0] == "co-lead", got


def test_one_collective_co_leads():
    got = linked_roles("形成工作合力。（各区人民政府）", BJ)
    assert named(got, "人民政府") == ("co-lead", "role-bracket-list"), got


@pytest.mark.xfail(strict=True, reason="517's inline tag （市财政局-新增）， after a clause: one printing in the pool, left (corpus/rl2-bracket-roles.md)")
def test_inline_tag_is_a_list_of_its_clause():
    got = linked_roles("压实采购人落实政策的主体责任（市财政局-新增），通过加强采购需求管理等措施提高比重。", CS)
    assert named(got, "市财政局")[0] == "lead", got


def _roles_of(text: str) -> dict[str, tuple[str, str]]:
    from kg.annotate import annotate
    from kg.model import Source
    from kg.text.clean import clean
    from kg.text.structure import parse

    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return {d.text[r.start:r.end]: (r.get("role"), r.rule) for r in d.annotations.get("role", [])}


def test_no_list_in_a_record_of_the_past():
    """A records section (发展基础, 十三五成效: provision ``background``) states no task: a bracket of one body after its
    sentence is the figure's source or the body credited, no list (RV16: the rule made 省统计局 lead of the record);
    the same bracket after a task of 重点任务 is one."""
    got = _roles_of("江苏省“十四五”应对气候变化规划\n一、发展基础\n（一）“十三五”成效显著。2020年全省单位地区生产总值能耗比2015年"
                    "下降20%。（省统计局）\n二、重点任务\n（一）推进节能。加快建设碳排放权交易市场。（省生态环境厅）\n")
    assert got.get("省生态环境厅") == ("lead", "role-bracket-list"), got
    assert got.get("省统计局", ("mentioned", ""))[1] != "role-bracket-list", got

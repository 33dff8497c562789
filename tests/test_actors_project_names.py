"""A named firm printed only inside the name of a project or works is no actor (key convention 16; issue 14, class 7;
lane an; kg/annotate/modifiers.py project_named, actor_cues.tsv firm-project-head, firm-project-act): 华能集团水电解
制氢等项目建设 names a project. A firm given an act, a word of an act or a joiner between it and the project, stays
an actor. Tables of positives (the firm tagged), negatives (must NOT be tagged) and known gaps (strict xfail).
Sentences from development-half documents of ../shared/dual-carbon/ (186, 213) and from non-held-out pool documents
(422, 450, 455, 460), shortened; the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某市“十四五”能源发展规划"

POS = [
    # the firm does the project: a verb between them
    ("firm-implements", "推动华能集团实施水电解制氢项目。", "华能集团"),
    ("422-firm-responsible", "攀枝花瑞达水泥有限公司负责深度治理改造项目建设。", "攀枝花瑞达水泥有限公司"),
    # the firm named elsewhere with an act keeps it there
    ("firm-in-a-list", "（责任单位：市发展改革委、国网天津市电力公司）", "国网天津市电力公司"),
    # 了 marks what the firm did (460)
    ("460-firm-did", "湘钢集团、湘潭电厂等工业企业虽然上马了一批治污项目，但排放总量仍然较大。", "湘钢集团"),
]
NEG = [
    ("186-hydrogen-project", "加快东方氢能产业园、华能集团水电解制氢等项目建设。", "华能集团"),
    ("213-gas-project", "新增燃气分布式项目装机24.6万千瓦，分别为天津钢管集团股份有限公司燃气分布式能源项目、临港粮油加工区燃气分布式能源项目。", "天津钢管集团股份有限公司"),
    ("455-extension-works", "加快推进泰州蓝德环保科技有限公司扩建工程。", "泰州蓝德环保科技有限公司"),
    ("422-two-firms-one-project", "加快米易恒禾矿业有限公司、攀枝花水钢红发矿业有限公司超低排放深度治理项目建设。", "米易恒禾矿业有限公司"),
    ("450-railway-siding", "推进华源济宁高新区热电有限公司铁路专用线项目建设。", "华源济宁高新区热电有限公司"),
]
GAPS = [
    # a verb of the firm's own act that firm-project-act does not list (承建): read as a project's name
    ("firm-builds", "华能集团承建光伏电站工程。", "华能集团"),
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_firm_acting_tagged(case, body, surface):
    got = tagged(body, PLAN)
    assert surface in got and got[surface][1] == "non-state", got


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_firm_in_a_project_name_not_tagged(case, body, surface):
    assert not any(surface in k for k in tagged(body, PLAN))


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_firm_project_known_gaps(case, body, surface):
    assert surface in tagged(body, PLAN)

"""A 牵头 clause with no subject of its own (kg/annotate/role_serial.py, issue 14 class 8): the body opening the
clause before it leads. Tables of positives, negatives (no lead) and known gaps.

Sentences are shortened from development-half documents of ../shared/dual-carbon/ (404 dev7, 490 dev6, 303 dev6)
and from unkeyed pool documents (478, 533, 540), never from a held-out half; the number in each case id is the document.
Pool count (scripts/survey_roles.py over the non-held-out pool, 2026-12-01): ，(负责)牵头 after a clause 11 times in
9 documents; the rule reads 2 of them (404, 490), both right; the rest open their clause with no body, name a
person, or create the body that leads.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

SM = "三明市林业碳汇发展实施方案\n"
ZZ = "漳州市推动企业技术改造专项行动方案\n"
GD = "广东省生态环境厅关于生态环境分区管控的工作要点\n"


def _leads(title: str, body: str) -> dict[str, str]:
    """printed body → rule of each lead role the keys count (not role-subject)."""
    text = f"{title}一、保障措施\n（一）测试措施。{body}\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return {d.text[a.start:a.end]: a.rule for a in d.annotations["role"] if a.get("role") == "lead" and a.rule != "role-subject"}


POSITIVE = [
    ("490-office-set-in-bureau", SM, "成立林业碳汇工作领导小组，领导小组办公室设在市林业局，牵头协调推进各项工作落实，各成员单位各司其职。",
     {"领导小组办公室"}),
    ("404-office-below-group", ZZ, "领导小组负责专项行动全面工作，领导小组下设办公室，负责牵头组织实施日常工作。",
     {"领导小组下设办公室"}),
]

NEGATIVE = [
    # the bureau after 设在 is where the office sits, not the subject
    ("490-bureau-after-set-in", SM, "领导小组办公室设在市林业局，牵头协调推进各项工作落实。", "市林业局"),
    # the clause before creates the group that leads: its creator is no lead
    ("540-creator-of-the-group", GD, "省生态环境厅专门设立生态文明体制改革专项小组，牵头推动生态文明体制改革工作。", "省生态环境厅"),
    # a clause opened by a verb (支持企业…): no body opens it, none leads
    ("533-firm-opens-clause", GD, "支持建筑企业联合行业协会，牵头开展装配式建筑行业技术人才培训。", "建筑企业"),
    # 牵头 as a noun after the comma: no act
    ("186-lead-unit-noun", GD, "省生态环境厅细化分解任务，牵头单位加强与各责任单位的组织协同。", "省生态环境厅"),
]

KNOWN_GAPS = [
    # 478: the body 各地级以上市生态环境局 is cut by the actor layer (各地 | 级以上…): no role until it is one actor
    ("478-name-cut-by-actor-layer", GD, "各地级以上市生态环境局要在党委和政府的领导下，牵头做好生态环境分区管控落地应用相关工作。",
     "各地级以上市生态环境局"),
    # 303: an adverb of reference between the body and 牵头 (生态环境部据此牵头编制…): one document, no rule
    ("303-adverb-of-reference", GD, "管理办法由生态环境部、财政部另行制定。生态环境部据此牵头编制年度赠款项目指南。", "生态环境部"),
]


@pytest.mark.parametrize("case,title,body,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_subjectless_lead_clause_gives_the_opening_body_the_lead(case, title, body, expected):
    leads = _leads(title, body)
    assert expected <= set(leads), leads
    assert all(leads[b] == "role-serial-lead" for b in expected)


@pytest.mark.parametrize("case,title,body,name", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_no_serial_lead(case, title, body, name):
    assert name not in _leads(title, body)


@pytest.mark.parametrize("case,title,body,name", KNOWN_GAPS, ids=[c[0] for c in KNOWN_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap: see the row's comment")
def test_serial_lead_known_gaps(case, title, body, name):
    assert name in _leads(title, body)

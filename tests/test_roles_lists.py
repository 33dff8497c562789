"""Roles from the forms of responsibility list the pool prints (issue 14, class 8), as tables:
positives, negatives (no lead where the list names none) and known gaps.

The forms and their counts are in corpus/survey-roles.tsv (scripts/survey_roles.py). Sentences are
from development-half and non-key documents of ../shared/dual-carbon/ (shortened), never from a
held-out half; the number in each case id is the document.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse
from tests.actor_tagging import linked_roles

YN = "云南省人民政府办公厅关于科学绿化的实施意见"
GS = "甘肃省“十四五”节能减排综合工作方案"
HB = "湖北省碳达峰碳中和科技创新行动方案"
HLJ = "黑龙江省生态环境厅2021-2023年度推动碳达峰、碳中和工作滚动实施方案"
SC = "四川省县城绿色低碳建设实施意见"
CENTRAL = "关于推动城乡建设绿色发展的意见"
WH = "武汉市二氧化碳排放达峰评估工作方案"
NX = "宁夏回族自治区关于加快建立健全绿色低碳循环发展经济体系的实施意见"
WZ = "梧州市人民政府关于加快建立健全绿色低碳循环发展经济体系的实施方案"
SX = "山西省促进绿色消费实施方案"


def roles(body: str, title: str) -> dict[str, str]:
    return {label: role for label, (role, _) in linked_roles(body, title).items()}


POS = [
    ("73-department-label-alone", "配合制定全省碳达峰行动方案。（责任部门：气候处，完成期限：持续推进）", HLJ, {"黑龙江省气候处": "lead"}),
    ("311-body-alone-leads", "促进公共机构能效提升。（省机关事务局负责）", GS, {"甘肃省机关事务管理局": "lead"}),
    ("73-department-label-names-leads", "开展温室气体监测。(责任部门：监测处、省监测中心牵头，财审处、气候处配合；完成时限：2022年四季度)", HLJ,
     {"黑龙江省监测处": "lead", "黑龙江省监测中心": "lead", "黑龙江省财审处": "participant", "黑龙江省气候处": "participant"}),
    # 由A牵头 where the lexicons know no A: the words between 由 and 牵头 name a body by their ending
    ("120-led-by-unlisted-body", "政策执行中由开发区城市运行局牵头，办公室成员单位各自负责本领域内的工作。", "北京经济技术开发区2021年度绿色发展资金支持政策",
     {"北京市开发区城市运行局": "lead"}),
    ("276-led-by-enterprises", "申报说明：由大型燃煤发电企业牵头申报，并出具推荐意见。", "关于2021年江西省碳达峰碳中和科技创新专项项目申报工作的通知",
     {"大型燃煤发电企业": "lead"}),
    ("352-adverb-before-lead", "住房城乡建设厅每年牵头开展全省县城绿色低碳建设年度评估评价。", SC, {"四川省住房城乡建设厅": "lead"}),
]

# Lists that name no lead, in local documents that state no convention: every body shares the duty.
NO_LEAD = [
    ("160-duty-list-anzhao-local", "科学选择绿化树种草种。（省林草局、省自然资源厅、省水利厅等按照职责分工负责）", YN,
     {"云南省林业局", "云南省自然资源厅", "云南省水利厅"}),
    ("160-carry-out-after-list", "科学编制绿化规划。（省林草局、省发展改革委等按照职责分工负责，各级政府负责落实）", YN,
     {"云南省林业局", "云南省发展改革委", "云南省各级人民政府"}),
    ("350-responsible-list-local", "推进碳金融发展。（省生态环境厅、省发改委、人行武汉分行、湖北证监局负责）", HB,
     {"湖北省生态环境厅", "湖北省发展改革委", "湖北省证监局"}),
    ("234-comma-inside-list", "加快港口岸电设施建设。（市交通运输局、发展改革委、工业和信息化局、商务局，梧州市邮政管理局按职责分工负责）", WZ,
     {"广西壮族自治区梧州市交通运输局", "广西壮族自治区梧州市发展改革委", "广西壮族自治区梧州市商务局", "广西壮族自治区梧州市邮政管理局"}),
    ("85-unknown-body-in-list", "（自治区商务厅、市场监管厅、发展改革委、生态环境厅、银川海关负责）", NX, {"宁夏回族自治区商务厅"}),
    ("495-etc-sector-authorities", "推广绿色旅游产品。（省文旅厅等行业主管部门按职责分工负责）", SX, {"山西省文化和旅游厅"}),
    # a central document that states no convention reads as any other (keys' convention 8)
    ("160-duty-list-anzhao-central", "推进绿色制造。（工业和信息化部、国家发展改革委等按照职责分工负责）", CENTRAL,
     {"工业和信息化部", "国家发展改革委"}),
]


@pytest.mark.parametrize("case,body,title,expected", POS, ids=[c[0] for c in POS])
def test_roles_of_list_forms(case, body, title, expected):
    got = roles(body, title)
    assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize("case,body,title,bodies", NO_LEAD, ids=[c[0] for c in NO_LEAD])
def test_list_without_lead_names_no_lead(case, body, title, bodies):
    got = roles(body, title)
    assert bodies <= set(got), got
    assert "lead" not in got.values(), got


def test_prose_duty_is_a_subject_not_a_list():
    """市生态环境局负责提供…: in prose, 负责 without 牵头 is the duty of the clause's subject (like 要), kept as a
    lead of the measure but by the subject rule, which the answer keys of responsibility lists do not hold (546)."""
    text = f"{WH}\n一、重点任务\n（一）测试措施。市统计局负责提供我市温室气体排放清单数据。\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    got = [(d.text[a.start:a.end], a.get("role"), a.rule) for a in d.annotations["role"]]
    assert got == [("市统计局", "lead", "role-subject")]


def test_join_verb_before_a_noun_is_no_participant():
    """完善支持社会资本参与政策: 参与 modifies 政策; 社会资本 is named but does not participate (corpus carbon-peak opinions)."""
    got = roles("完善支持社会资本参与政策，激发市场主体绿色低碳投资活力。", CENTRAL)
    assert got.get("社会资本") == "mentioned", got


@pytest.mark.parametrize("body,rule", [
    ("抓好贯彻落实。市发展改革委要发挥牵头抓总作用，做好年度工作部署。", "role-lead"),
    ("抓好贯彻落实。市发展改革委要做好年度工作部署。", "role-subject"),
], ids=["353-plays-the-leading-role", "subject-of-a-modal-only"])
def test_leading_role_formula(body, rule):
    """A要发挥牵头抓总作用 (printed 5 times in the pool; 353 dev2, shortened) states a lead as 牵头 does,
    not the duty of a clause's subject (role-subject, which the keys do not count)."""
    text = f"天水市关于加快建立健全绿色低碳循环发展经济体系实施方案\n一、重点任务\n（一）测试措施。{body}\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    got = {d.text[a.start:a.end]: (a.get("role"), a.rule) for a in d.annotations["role"]}
    assert got.get("市发展改革委") == ("lead", rule), got


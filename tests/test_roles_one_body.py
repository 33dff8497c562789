"""Who leads a list that names no 牵头 (issue 14, class 8; corpus/keys/README.md, convention 8), as tables:

- a list naming ONE body (（责任单位：A）, （A负责）, （A按职责分工负责）, 责任部门：A，完成期限：…) → A leads;
- a list naming one collective (（各有关部门按职责分工负责）) → co: it names many bodies;
- a list of several bodies with no 牵头 and no convention the document states → no lead, in a central
  document too (the State Council's unstated first-listed convention is no longer assumed);
- a 责任单位 list after the line naming the lead (牵头单位：A⏎责任单位：B) → co.

Sentences are from development-half and non-key documents of ../shared/dual-carbon/ (shortened), never from
a held-out half; the number in each case id is the document. The pool counts of each form are in the commit
that added this file (scripts/survey_roles.py and a pool dump before and after).
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.link import links
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse
from tests.actor_tagging import linked_roles

DZ = "德州市“十四五”生态环境保护规划"
HLJ = "黑龙江省生态环境厅2021-2023年度推动碳达峰、碳中和工作滚动实施方案"
HB = "河北省促进绿色消费实施方案"
SR = "上饶市关于加快建立健全绿色低碳循环发展经济体系的实施方案"
SM = "三明市林业碳汇高质量发展实施方案"
FZ = "福州市工业企业技术改造专项行动方案"
CENTRAL = "关于开展气候投融资试点工作的通知"
MIN = "工业领域碳达峰实施方案"


roles = linked_roles  # label → (strongest role, rule) of the one measure of a made-up document


def named(got: dict, name: str) -> tuple[str, str]:
    """The role of the one actor whose label ends with ``name`` (a city's 市公安局 is labelled with its province)."""
    hits = [v for k, v in got.items() if k.endswith(name)]
    assert len(hits) == 1, got
    return hits[0]


ONE_BODY_LEADS = [
    ("451-responsible-unit-alone", "减少燃放烟花爆竹污染。（责任单位：市公安局）", DZ, "市公安局"),
    ("73-department-with-deadline", "初步确定试点区域和试点单位（责任部门：气候处，完成期限：2021年四季度）。", HLJ, "气候处"),
    ("451-committee-alone", "开创“双赢”新局面。（责任单位：市生态环境保护委员会）", DZ, "市生态环境保护委员会"),
    ("494-duty-list-of-one", "加强绿色消费宣传。（省发展改革委按职责分工负责）", HB, "省发展改革委"),
    ("404-responsible-line-alone", "推动技改项目早日投产。\n责任单位：市工信局\n", FZ, "市工业和信息化局"),
]

NOT_ONE_BODY = [
    # one collective names many bodies: co
    ("494-one-collective", "提高政策知晓度。（各有关部门按职责分工负责）", HB, "各有关部门", "co-lead"),
    ("512-one-collective-central", "支持试点地方承办国际会议。（各相关部门按分工负责）", CENTRAL, "有关部门", "co-lead"),
    # 等有关部门 after the body: the list names more than it
    ("495-body-and-others", "推广绿色旅游产品。（省发展改革委等有关部门按职责分工负责）", HB, "省发展改革委", "co-lead"),
    # a name the lexicons do not know before the last body: the list is longer than the group read
    ("355-unknown-name-before", "推进港航绿色化。（省港航管理局上饶分局、市住建局按职责分工负责）", SR, "市住房城乡建设局", "co-lead"),
    # a bracket whose sentence is cut at a wrapped name (57): the list goes on after the line break, and the name
    # cut by it is whole again (kg/text/wraps.py joins a break inside a bracket that closes soon after)
    ("57-wrapped-name-in-bracket", "发展绿色农房。\n（责任单位：重庆市规划\n自然资源局、市住房城乡建委、市生态环境局）",
     "重庆市城乡建设领域碳达峰实施方案", "重庆市规划自然资源局", "co-lead"),
    # the comma list of several bodies, no 牵头 and no stated convention
    ("404-comma-list", "推动技改项目早日投产。\n责任单位：市工信局，各县（市）区政府、高新区管委会\n", FZ, "市工业和信息化局", "co-lead"),
    # the line before names the lead
    ("490-after-lead-line", "建立林业碳汇收储机制。\n牵头单位：市林业局\n责任单位：市生态环境局\n", SM, "市生态环境局", "co-lead"),
    # a central document's list without 牵头: no first-listed convention unless it is stated
    ("576-central-no-lead", "提高准入标准。（国家发展改革委、工业和信息化部、生态环境部等按职责分工负责）", MIN, "国家发展改革委", "co-lead"),
]


@pytest.mark.parametrize("case,body,title,name", ONE_BODY_LEADS, ids=[c[0] for c in ONE_BODY_LEADS])
def test_list_naming_one_body_leads(case, body, title, name):
    assert named(roles(body, title), name)[0] == "lead"


@pytest.mark.parametrize("case,body,title,name,role", NOT_ONE_BODY, ids=[c[0] for c in NOT_ONE_BODY])
def test_list_naming_more_than_one_body_names_no_lead(case, body, title, name, role):
    got = roles(body, title)
    assert named(got, name)[0] == role
    assert [k for k, (r, _) in got.items() if r == "lead"] == (["福建省三明市林业局"] if case == "490-after-lead-line" else []), got


def test_stated_convention_still_makes_the_first_lead():
    """A central document that states the convention (排在第一位的为牵头单位) keeps it (role_cues.tsv)."""
    body = "提高准入标准。（国家发展改革委、工业和信息化部等按职责分工负责）\n各项任务排在第一位的为牵头单位。"
    got = roles(body, MIN)
    assert named(got, "国家发展改革委")[0] == "lead" and named(got, "工业和信息化部")[0] == "co-lead"


def test_collective_never_leads_by_the_first_listed_convention():
    body = "加强宣传。（各有关部门、省发展改革委按职责分工负责）\n各项任务排在第一位的为牵头单位。"
    got = roles(body, HB)
    assert named(got, "各有关部门")[0] == "co-lead" and "lead" not in {r for r, _ in got.values()}, got


# convention 10: 以下均需X落实，不再列出 makes X co of every later task with a list (the link stage carries it); a later
# task that states no list gets nothing, nor does a task before the statement
FJ = "福建省“十四五”节能减排综合工作实施方案"
STANDING = [
    ("483-standing-implementers", FJ,
     "（一）第一项。推进节能。（省工业和信息化厅负责，设区市人民政府负责落实。以下均需设区市人民政府落实，不再列出）\n",
     "（二）第二项。加快改造。（省发展改革委按职责分工负责）", "设区市人民政府", True),
    ("160-standing-collective", "河北省国土绿化实施方案",
     "（一）第一项。严格规划。（省林草局、省发展改革委等按照职责分工负责，各级政府负责落实。以下均需各级政府落实，不再列出）\n",
     "（二）第二项。合理安排绿化用地。（省自然资源厅负责）", "各级政府", True),
    ("153-standing-bracketed-name", "河北省国土绿化实施方案",
     "（一）第一项。严格规划。〔省林草局、省水利厅等按职责分工负责，各市、县（市、区）人民政府负责落实。"
     "以下均需各市、县（市、区）人民政府落实，不再列出〕\n",
     "（二）第二项。规范落实造林。（省林草局负责）", ["各市", "县（市、区）人民政府"], True),  # one per tier (convention 3, joined_levels.py)
    ("85-standing-before-the-clause", "宁夏回族自治区关于加快建立健全绿色低碳循环发展经济体系的实施意见",
     "（一）第一项。加强固废管理。（自治区工业和信息化厅、发展改革委负责，各地级市人民政府具体落实，以下任务不再列出）\n",
     "（二）第二项。推进农业绿色发展。（自治区农业农村厅负责）", "各地级市人民政府", True),
    ("451-not-one-by-one", "测试省“十四五”生态环境保护规划",
     "（一）第一项。推进节能。（省生态环境厅负责。以下均需设区市人民政府落实，不再一一列出）\n",
     "（二）第二项。加快改造。（省发展改革委负责）", "设区市人民政府", True),
    ("483-later-task-without-list", FJ,
     "（一）第一项。推进节能。（省工业和信息化厅负责，设区市人民政府负责落实。以下均需设区市人民政府落实，不再列出）\n",
     "（二）第二项。加快改造，提升能效水平。", "设区市人民政府", False),
]


@pytest.mark.parametrize("case,title,first,second,name,carried", STANDING, ids=[c[0] for c in STANDING])
def test_standing_implementers(case, title, first, second, name, carried):
    text = f"{title}\n一、重点任务\n{first}{second}\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    stated = [a for a in d.annotations["role"] if a.rule == "role-standing"]
    names = name if isinstance(name, list) else [name]
    assert [d.text[a.start:a.end] for a in stated] == names and all(a.get("role") == "co-lead" for a in stated)
    units = links(d)
    last = units[max(units, key=lambda p: units[p].unit.start)]
    assert last.unit.start > stated[0].start  # the later task
    assert (last.roles.get(stated[0].get("actor"), (None,))[0] == "co-lead") is carried

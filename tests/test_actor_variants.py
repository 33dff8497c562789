"""Convention 32 of corpus/keys/README.md in the actor tagger (kg/annotate/actor_variants.py): printed variants of one
actor (各园区 / 园区, 广大职工 / 职工, 公安机关 / 公安部门, 生态环境主管部门 / 生态环境部门) tagged in one document are one
actor; a word that narrows or widens the set (各级, 各地, 重点, a level, 有关 before a bare group) keeps two. Positives,
negatives and known gaps (strict xfail); sentences from unkeyed pool documents (shortened), never from a held-out half;
the number in each id is the document.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

SC = "四川省城乡建设领域碳达峰实施方案"
NX = "宁夏回族自治区生态环境保护“十四五”规划"
HZ = "杭州市高新区绿色创新发展行动方案"
TJ = "天津市职工节能降碳行动方案"


def ids(body: str, title: str) -> dict[str, str]:
    """Printed surface → actor id of every actor tagged in the body."""
    text = f"{title}\n一、重点任务\n（一）测试措施。{body}\n"
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return {d.text[a.start:a.end]: a.get("actor") for a in d.annotations.get("actor", []) if a.start > len(title)}


ONE = [
    # (case, title, body, first name, second name)
    ("446-police-organs", NX, "加强生态环境部门与公安机关联勤联动协作机制。公安部门要加快制定重型车辆绕城方案。", "公安机关", "公安部门"),
    ("212-competent-departments", NX, "生态环境部门要加强监督。企业应与生态环境主管部门数据平台联网。", "生态环境部门", "生态环境主管部门"),
    ("168-each-park", HZ, "指导各园区编制绿色创新发展规划。鼓励园区建设绿色微电网。", "各园区", "园区"),
    ("258-all-workers", TJ, "鼓励广大职工积极参与节能降碳活动。结合开展“五小”活动，引导职工增强节能降碳意识，重视发现和解决岗位难点问题。", "广大职工", "职工"),
]


@pytest.mark.parametrize("case,title,body,first,second", ONE, ids=[c[0] for c in ONE])
def test_variants_one_actor(case, title, body, first, second):
    got = ids(body, title)
    assert first in got and second in got, got
    assert got[first] == got[second], got


TWO = [
    # (case, title, body, name, name that stays another actor)
    ("every-level-narrows", SC, "各级生态环境部门要加强监督。生态环境部门要做好指导。", "各级生态环境部门", "生态环境部门"),
    ("a-level-narrows", SC, "市生态环境部门要加强监督。生态环境部门要做好指导。", "市生态环境部门", "生态环境部门"),
    ("another-field", SC, "财政部门要加强资金保障。公安机关要依法查处。", "财政部门", "公安机关"),
]


@pytest.mark.parametrize("case,title,body,name,other", TWO, ids=[c[0] for c in TWO])
def test_narrowed_sets_stay_apart(case, title, body, name, other):
    got = ids(body, title)
    assert name in got and other in got, got
    assert got[name] != got[other], got


# convention 39: a prefix printed once carried over the group after the joiner -----------------------------------
TS = "天水市关于加快建立健全绿色低碳循环发展经济体系实施方案"
WH = "武汉市加快建立健全绿色低碳循环发展经济体系实施方案"
YN = "云南省生态环境保护“十四五”规划"
GS = "甘肃省碳达峰实施方案"

CARRIED = [
    # (case, title, body, surface of the second group, the id of the same group printed whole)
    ("353-each-relevant-departments-and-units", TS, "各县区、各有关部门和单位要切实提高思想认识。", "各有关单位要切实提高思想认识。"),
    ("356-partners-after-huitong", WH, "市发改委要会同有关部门和单位强化统筹协调和督促指导。", "各有关单位要强化统筹协调。"),
    ("515-relevant-with-comma", WH, "各区、各相关部门和单位，要尽快制定相应的工作方案。", "各相关单位要尽快制定相应的工作方案。"),
]


@pytest.mark.parametrize("case,title,body,whole", CARRIED, ids=[c[0] for c in CARRIED])
def test_prefix_carried_to_the_second_group(case, title, body, whole):
    got, alone = ids(body, title), ids(whole, title)
    assert got.get("单位") is not None and got["单位"] == next(iter(alone.values())), (got, alone)
    assert got.get("各有关部门", got.get("有关部门", got.get("各相关部门"))) == "departments", got  # the first group as before


def test_prefix_not_carried_inside_a_title():
    """371: 严格落实《云南省省级有关部门和单位生态环境保护责任清单》 names a document, no actor."""
    assert "单位" not in ids("严格落实《云南省省级有关部门和单位生态环境保护责任清单》。", YN)


@pytest.mark.xfail(strict=True, reason="known gap of convention 39: a level before 有关 (省有关部门、单位) not carried")
def test_level_prefix_known_gap():
    """347: …等省有关部门、单位 → 省有关单位."""
    assert "单位" in ids("配合单位：省科技厅、省工业和信息化厅等省有关部门、单位。", GS)

"""Actors come from the policy text only (issue 14, class 7): the addressee line, a covering notice's
signature block and the document number name no actor, even when the wrap step glued the addressee to
the first paragraph. Sentences shaped after dev4 340 and 46 and pool 85."""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def _actors(text: str) -> set[str]:
    d = annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))
    return {d.text[a.start:a.end] for a in d.annotations["actor"]}


# 340: a covering notice signed by seven bodies, one a line; its own paragraphs are policy text
NOTICE = ("关于印发《北京市低碳试点工作方案》的通知\n京环发〔2022〕13号\n各区政府，市有关部门及相关单位：\n"
          "经市政府同意，现印发给你们。各区、各有关部门要做好试点的组织实施工作。\n特此通知。\n"
          "市生态环境局\n\n市经济和信息化局\n\n市住房城乡建设委\n\n市交通委\n\n2022年6月17日\n"
          "北京市低碳试点工作方案\n为推动绿色低碳发展，制定本方案。\n"
          "一、工作原则\n市生态环境局会同相关部门统筹推进低碳试点工作。\n二、保障措施\n鼓励金融机构提供融资支持。\n")
# 46: the addressee printed as a full line and joined to the first paragraph by the wrap step
GLUED = ("工业和信息化部、国家发展和改革委员会关于化纤工业高质量发展的指导意见\n（工信部联消费〔2022〕43号）\n"
         "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、发展改革主管部门：化纤工业是纺织产业链\n"
         "稳定发展的核心支撑，现提出以下意见：\n一、总体要求\n（一）指导思想\n坚持创新驱动。\n"
         "二、保障措施\n（一）加强组织领导。工业和信息化部、国家发展改革委加强协同。\n")
# 85: an addressee line alone
LINE = ("自治区人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见\n宁政发〔2021〕39号\n"
        "各市、县（区）人民政府，自治区政府各部门、各直属机构：\n为认真贯彻落实国家部署，提出如下实施意见。\n"
        "一、健全绿色低碳循环发展的生产体系\n（一）推进工业绿色升级。自治区工业和信息化厅牵头推进。\n")

POS = [
    ("340-notice-paragraph", NOTICE, "各有关部门"),
    ("340-body-lead", NOTICE, "市生态环境局"),
    ("340-non-state", NOTICE, "金融机构"),
    ("46-body-ministry", GLUED, "工业和信息化部"),
    ("85-body-department", LINE, "自治区工业和信息化厅"),
]
NEG = [
    ("340-signatory", NOTICE, "市经济和信息化局"),
    ("340-signatory-2", NOTICE, "市住房城乡建设委"),
    ("340-signatory-3", NOTICE, "市交通委"),
    ("46-glued-addressee-domain", GLUED, "工业和信息化"),
    ("46-glued-addressee-domain-2", GLUED, "发展改革"),
    ("85-addressee-line", LINE, "各市、县（区）人民政府"),
    ("85-addressee-line-2", LINE, "自治区政府"),
]


@pytest.mark.parametrize("case,text,surface", POS, ids=[c[0] for c in POS])
def test_policy_text_actors_are_kept(case, text, surface):
    assert surface in _actors(text)


@pytest.mark.parametrize("case,text,surface", NEG, ids=[c[0] for c in NEG])
def test_front_matter_names_no_actor(case, text, surface):
    assert surface not in _actors(text)

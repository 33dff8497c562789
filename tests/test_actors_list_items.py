"""Every item of a responsibility list is a body (kg/annotate/list_items.py, issue 14): a well-formed name between
、，；和 in a list (（A牵头，B、C按职责分工负责）, 责任单位：⏎A、B) is an actor, known to the lexicon or not; a group
(有关区人民政府, 有农业的区人民政府) a collective of the document's jurisdiction (convention 14), and its role is read.
Positives, negatives (must NOT be tagged) and known gaps (strict xfail); sentences from non-held-out pool documents
(shortened), the number in each id is the document. Pool survey: scripts/survey_list_items.py,
scripts/survey_list_items_added.py.
"""
from __future__ import annotations

import pytest

from kg.annotate.list_items import find_list_items
from kg.annotate.places import Place
from tests.actor_tagging import linked_roles, tagged


def document_place_of(title: str) -> Place:
    return Place("tianjin", None) if title.startswith("天津") else Place("guangdong", "佛山") if title.startswith("佛山") else Place("jiangsu", None)

TJ = "天津市加快建立健全绿色低碳循环发展经济体系的实施方案"
FS = "佛山市绿色建筑创建行动实施方案（2022―2025）"
CY = "成渝地区双城经济圈碳达峰碳中和联合行动方案"
JS = "江苏省关于科学绿化的实施意见"

POS = [
    # a group of bodies by a generic qualifier (convention 14): a collective of the document's place
    ("219-relevant-district-governments", "（市商务局、市市场监管委、有关区人民政府按职责分工负责）", TJ, "有关区人民政府", "collective"),
    # a group by a clause closed by 的: the districts that farm
    ("219-districts-with-farming", "推行水产健康养殖。（市农业农村委、有农业的区人民政府按职责分工负责）", TJ, "有农业的区人民政府", "collective"),
    ("153-each-relevant-department", "加强古树名木保护。（各相关部门按职责分工负责）", JS, "各相关部门", "collective"),
    # a body whose name holds a short bracket (a flat bracket's reader never saw this list)
    ("518-committee-with-a-bracket", "（市住房城乡建设局牵头，各区人民政府，市发展改革局、佛山中德工业服务区（三龙湾）管理委员会、"
     "佛山高新技术产业开发区管理委员会配合）", FS, "佛山中德工业服务区（三龙湾）管理委员会", "local"),
    ("518-zone-committee-in-the-same-list", "（市住房城乡建设局牵头，佛山中德工业服务区（三龙湾）管理委员会、"
     "佛山高新技术产业开发区管理委员会配合）", FS, "佛山高新技术产业开发区管理委员会", "local"),
]


@pytest.mark.parametrize("case,body,title,surface,kind", POS, ids=[c[0] for c in POS])
def test_list_item_is_an_actor(case, body, title, surface, kind):
    got = tagged(body, title)
    assert surface in got, got
    levels = {body[s:e]: level for s, e, _, _, level in find_list_items(body, document_place_of(title))}
    assert (levels[surface] == "all") == (kind == "collective"), levels  # a group's id is of every level (convention 14)


def test_group_item_takes_the_document_jurisdiction():
    got = tagged("（市发展改革委、有关区人民政府按职责分工负责）", TJ)
    assert got["有关区人民政府"][0] == got["市发展改革委"][0], got


ROLES = [
    # the item's role is read with the list's: no 牵头 in a local list, every body shares the duty
    ("219-group-co-leads", "（市农业农村委、有关区人民政府按职责分工负责）", TJ, "有关区人民政府", "co-lead"),
    ("518-committee-participates", "（市住房城乡建设局牵头，佛山中德工业服务区（三龙湾）管理委员会、佛山高新技术产业开发区管理委员会配合）",
     FS, "佛山高新技术产业开发区管理委员会", "participant"),
]


@pytest.mark.parametrize("case,body,title,label,role", ROLES, ids=[c[0] for c in ROLES])
def test_list_item_role(case, body, title, label, role):
    got = {k: v for k, v in linked_roles(body, title).items() if k.endswith(label)}
    assert got and all(r == role for r, _ in got.values()), linked_roles(body, title)


NEG = [
    # a clause inside a list (57: the list's own convention) is no body
    ("57-clause-in-a-list", "（责任单位：重庆市能源局、市经济信息委；两省市列首位的为牵头单位，下同）", CY, "两省市列首位的为"),
    # 和 inside a name never splits it
    ("57-and-inside-a-name", "（责任单位：重庆市能源局；四川省能源局、经济和信息化厅）", CY, "信息化厅"),
    # a bare ending left by 等部门 names no body
    ("219-bare-departments", "（市交通运输委、市商务局等部门和各区人民政府按职责分工负责）", TJ, "部门"),
    # whichever are able (convention 31): no group as printed
    ("219-whichever-are-able", "（市农业农村委、有条件的区人民政府按职责分工负责）", TJ, "有条件的区人民政府"),
]


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_not_a_list_item_actor(case, body, title, surface):
    assert surface not in tagged(body, title)


# A name a line break cut inside its bracket is whole again since the text stage joins a break inside a bracket
# that closes soon after (kg/text/wraps.py mark_bracket_breaks, branch br; a known gap of this file before).
JOINED = [
    ("57-name-cut-by-a-line-break", "（责任单位：重庆市规划\n自然资源局、市经济信息委）", CY, "重庆市规划自然资源局"),
]


@pytest.mark.parametrize("case,body,title,surface", JOINED, ids=[c[0] for c in JOINED])
def test_name_cut_by_a_line_break_in_a_list_is_read_whole(case, body, title, surface):
    assert surface in tagged(body, title)


GAPS = [
    # a note with a sentence end inside its bracket is not joined by the text stage: the name stays cut (311)
    ("311-name-cut-in-note-with-sentence-end", "（省工信厅、省\n市场监管局等按职责分工负责。以下均需落实）", "甘肃省“十四五”节能减排综合工作方案\n", "省市场监管局"),
]


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,title,surface", GAPS, ids=[c[0] for c in GAPS])
def test_list_item_known_gaps(case, body, title, surface):
    assert surface in tagged(body, title)

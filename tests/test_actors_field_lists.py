"""Conventions 36 and 40 of corpus/keys/README.md in the actor tagger (kg/annotate/field_lists.py): a list of bare
fields closed by 等部门 / 等有关部门 is one department per field wherever it stands (the partners after 会同, the other
party of a coordination), never a row for 有关部门. Positives, negatives (must NOT be tagged) and known gaps (strict
xfail); sentences from development documents and unkeyed pool documents (shortened), never from a held-out half;
the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

SC = "四川省城乡建设领域碳达峰实施方案"
NATIONAL = "关于推动城乡建设绿色发展的意见"
GZ = "广州市生态环境保护条例"

POSITIVES = [
    # (case, title, body, surfaces each tagged, the label of one of them)
    ("352-partners-after-huitong", SC, "住房城乡建设部门要会同发展改革、经济和信息化、体育、乡村振兴、消防救援等有关部门按照本意见要求，细化工作方案。",
     ("发展改革", "经济和信息化", "体育", "乡村振兴", "消防救援"), ("体育", "体育部门")),
    ("170-national-list", NATIONAL, "各级住房和城乡建设部门要会同科技、民政、文物、乡村振兴等有关部门按照本意见要求，结合实际抓好落实。",
     ("科技", "民政", "文物", "乡村振兴"), ("文物", "文物部门")),
    ("171-coordination-partners", SC, "住房和城乡建设部门要加强与发展改革、财政、税务等部门沟通，制定政策措施。",
     ("发展改革", "财政", "税务"), ("税务", "税务部门")),
    ("373-partners-of-a-mechanism", GZ, "应当建立交通运输、公安、商务等相关部门协同机制。",
     ("交通运输", "公安", "商务"), ("公安", "公安部门")),
    ("324-unknown-field-after-known", SC, "林草部门牵头负责，加强与生态环境、国资等部门合作。",
     ("生态环境", "国资"), ("国资", "国资部门")),
    # convention 36: the partners of a coordination, the list opening after 与 whatever its first field
    ("335-partners-no-known-first", NATIONAL, "要加强与网络、通讯、交通、城管等部门的衔接，妥善做好相关宣传工作。",
     ("网络", "通讯", "交通", "城管"), ("城管", "城管部门")),
    ("427-partners-of-the-environment", SC, "进一步加强生态环境与公安、检察、司法等部门协同配合，建立健全联席会议制度。",
     ("公安", "检察", "司法"), ("检察", "检察部门")),
]


@pytest.mark.parametrize("case,title,body,surfaces,label", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_each_field_a_department(case, title, body, surfaces, label):
    got = tagged(body, title)
    for s in surfaces:
        assert s in got, (s, got)
    assert got[label[0]][2].endswith(label[1]), got


NEGATIVES = [
    # (case, title, body, surface that must not be an actor)
    ("closing-classifier-no-row", SC, "住房城乡建设部门要会同发展改革、民政等有关部门落实。", "有关部门"),  # convention 40
    ("463-sectors-after-yu", SC, "加强与银行、证券、保险等部门合作。", "银行"),  # 银行 ends like a body: sectors, no fields
    ("466-local-partners", SC, "加强与当地城管、环卫等部门沟通。", "城管"),  # 当地: a level of its own
]


@pytest.mark.parametrize("case,title,body,surface", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_not_a_field_department(case, title, body, surface):
    assert surface not in tagged(body, title)


def test_a_list_of_bodies_is_left_to_the_other_finders():
    """262: 加强与发改、自然资源局等部门联动 names a body (自然资源局): no field list (the body finders read it)."""
    from kg.annotate.field_lists import find_field_lists
    from kg.annotate.places import Place

    assert list(find_field_lists("加强与发改、自然资源局等部门联动。", Place("sichuan", None))) == []
    assert list(find_field_lists("加强与财政、市生态环境等部门沟通。", Place("sichuan", None))) == []  # a level of its own
    assert [x[0:2] for x in find_field_lists("加强与发改、国资等部门联动。", Place("sichuan", None))] == [(3, 5), (6, 8)]


GAPS = [
    # (case, title, body, surface that should be tagged)
    ("76-compound-field-cut", SC, "整合海洋渔业、生态环境、自然资源等部门监测网络。", "海洋渔业"),  # the list opens at the domain 渔业
    ("170-single-field-with-level", NATIONAL, "各级住房和城乡建设等部门要在当地党委政府领导下推进工作。", "各级住房和城乡建设"),  # one field: no list
]


@pytest.mark.xfail(strict=True, reason="known gap of convention 40 (field_lists.py)")
@pytest.mark.parametrize("case,title,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_known_gaps(case, title, body, surface):
    assert surface in tagged(body, title)

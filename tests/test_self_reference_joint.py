"""A self-reference in a joint document (kg/annotate/self_reference.py): 我委 is the issuer that is a commission,
我厅 the one that is a department, whatever order the issuers are printed in; a single issuer still takes any
self-reference (我部 of 生态环境部办公厅). Synthetic issuer lists, sentences of the genre (reviewer RV8c)."""
from __future__ import annotations

import pytest

from kg.annotate.actors import matcher
from kg.annotate.self_reference import find_self_references

DRC, ECO = "广东省发展和改革委员会", "广东省生态环境厅"
TEXT = "我委将组织专家评审。请于6月30日前报送我厅。"

CASES = [
    # (case, issuers, {surface: actor})
    ("commission-printed-first", [DRC, ECO], {"我委": "guangdong.province.drc", "我厅": "guangdong.province.eco_env"}),
    ("commission-printed-last", [ECO, DRC], {"我委": "guangdong.province.drc", "我厅": "guangdong.province.eco_env"}),
    ("single-issuer-any-kind", [ECO], {"我委": "guangdong.province.eco_env", "我厅": "guangdong.province.eco_env"}),
    ("office-signs-for-its-ministry", ["生态环境部办公厅"], {"我委": "mee", "我厅": "mee"}),
]


@pytest.mark.parametrize("case,issuers,expected", CASES, ids=[c[0] for c in CASES])
def test_self_reference_takes_the_issuer_of_its_kind(case, issuers, expected):
    got = {TEXT[s:e]: actor for s, e, actor, *_ in find_self_references(TEXT, issuers, None, matcher())}
    assert got == expected


# 应对 opens a division's name, not the modal 应 (345: 我局应对气候变化处将统筹推进…; the key's actor is the division)
ACT = [
    # (case, text, self-reference tagged)
    ("345-division-name", "（一）我局应对气候变化处将统筹推进核查工作。", False),
    ("modal-ying", "我局应加强对核查机构的监督管理。", True),
    ("modal-yingdang", "我局应当及时公布核查结果。", True),
]


@pytest.mark.parametrize("case,text,tagged", ACT, ids=[c[0] for c in ACT])
def test_ying_dui_is_no_act(case, text, tagged):
    got = [text[s:e] for s, e, *_ in find_self_references(text, ["深圳市生态环境局"], None, matcher())]
    assert got == (["我局"] if tagged else []), got

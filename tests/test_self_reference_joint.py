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

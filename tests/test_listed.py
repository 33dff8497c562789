"""kg.annotate.base.listed: the 、-separated items of a match's group with their offsets in the text (the walk the
list finders of doers, city_lists and zone_doers share)."""
from __future__ import annotations

import re

import pytest

from kg.annotate.base import listed

CASES = [
    ("three-items", "推动哈尔滨、绥化、大庆等城市完成", r"推动(?P<list>[^等]+)等", ["哈尔滨", "绥化", "大庆"]),
    ("one-item", "支持洋浦经济开发区创建", r"支持(?P<list>.+?)创建", ["洋浦经济开发区"]),
    ("empty-middle", "甲、、乙等", r"(?P<list>[^等]+)等", ["甲", "", "乙"]),
]


@pytest.mark.parametrize("case,text,rx,items", CASES, ids=[c[0] for c in CASES])
def test_items_and_their_offsets(case, text, rx, items):
    m = re.search(rx, text)
    got = list(listed(m))
    assert [i for _, _, i in got] == items
    assert all(text[s:e] == i for s, e, i in got)


def test_another_group():
    m = re.search(r"(?P<head>发挥)(?P<zones>[^引]+)引领", "发挥两江新区、广阳湾智创生态城引领作用")
    assert [(s, e) for s, e, _ in listed(m, "zones")] == [(2, 6), (7, 15)]

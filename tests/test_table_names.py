"""The name cell of an indicator table's row (issue 14 class 6, lane TT; kg/annotate/table_cells.name_ok): a verb
of action naming the work a row measures (实施公共建筑能效提升改造 / 万平方米, 绿色施工实施比例) and the items of
a list one head is of (党政机关、学校、医院等既有公共建筑屋顶光伏覆盖率) belong to the name; before, the phrase check
refused them and the row gave nothing (533, a dev8 key: 6 rows; 338 unkeyed: 1)."""
from __future__ import annotations

import pytest

from kg.annotate.table_cells import name_ok
from tests.test_table_layouts import rows

HEAD = "\n专栏2 “十四五”时期绿色建筑高质量发展主要指标\n序号\n指标\n计量单位\n发展目标\n指标类型\n"
TITLE = "济南市“十四五”绿色建筑发展规划"
KEYS = ("indicator_text", "value", "unit", "comparator", "binding")

POSITIVE = [
    ("action-verb-area-533", "5\n实施公共建筑能效提升改造\n万平方米\n≥200\n预期\n",
     [("实施公共建筑能效提升改造", "2000000", "m2", ">=", "expected")]),
    ("action-verb-inside-533", "11\n绿色施工实施比例%\n≥60\n预期\n", [("绿色施工实施比例", "60", "%", ">=", "expected")]),
    ("list-wrapped-533", "9\n党政机关、学校、医院等既有公共建\n筑屋顶光伏覆盖率%\n≥15\n预期\n",
     [("党政机关、学校、医院等既有公共建筑屋顶光伏覆盖率", "15", "%", ">=", "expected")]),
    ("list-then-head-line-533", "6\n新建超低能耗建筑、近零能耗建筑等\n绿色低碳建筑\n万平方米\n≥100\n预期\n",
     [("新建超低能耗建筑、近零能耗建筑等绿色低碳建筑", "1000000", "m2", ">=", "expected")]),
]


@pytest.mark.parametrize("case,body,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_table_names_with_verbs_and_lists(case, body, expected):
    assert rows(HEAD + body, TITLE, *KEYS) == expected


@pytest.mark.parametrize("name", ["实施公共建筑能效提升改造", "绿色施工实施比例", "新建近零能耗、低碳、零碳建筑面积",
                                  "党政机关、学校、医院等既有公共建筑屋顶光伏覆盖率"])
def test_name_ok(name):
    assert name_ok(name)


@pytest.mark.parametrize("name", [
    "一、规划目标",  # a heading's number, no list (the 一 before 、 is no item)
    "推进、落实",  # verbs only: nothing left that names a quantity
    "城镇新建居住建筑能效水平提升",  # a verb of change closing it: no indicator, as label_ok says
    "、绿色建材应用比例",  # a list mark opening it: a fragment
    "绿色建材应用比例，",  # a sentence's mark
    "实施",  # a verb alone
])
def test_not_names(name):
    assert not name_ok(name)


def test_header_cells_between_a_listed_name_and_the_values():
    # 443 (scrambled): a listed name, then the header's cells (2020年 / 2025年 / 指标 / 性质), then a group of values:
    # whose values they are is not certain, nothing (the name would have been refused before, for its 、)
    body = ("12\n氮氧化物、挥发性有机物、化学需氧量、氨氮重点工程减排量（万吨）\n2020年\n2025年\n指标\n性质\n—\n≤47.37\n"
            "预期性\n")
    assert rows(HEAD + body, TITLE, *KEYS) == []


def test_a_fragment_of_another_cell_after_a_listed_name():
    # 418: a listed name closed by its unit bracket, then 率 (the tail of a sub-row's name, 城市生活污水集中收集 / 率),
    # then the sub-row's values: not the named row's, nothing
    body = "城市生活污水集中收集\n18.生活污水收集、处理率（%）\n率\n—\n56\n/\n预期性\n"
    assert [r for r in rows(HEAD + body, TITLE, *KEYS) if r[1] == "56"] == []


@pytest.mark.xfail(strict=True, reason="533 row 4: the name's wrapped tail of two characters (…及绿色化 / 改造) is left off "
                   "(a name line needs three Chinese characters): the label lacks 改造")
def test_known_gap_short_wrapped_tail():
    got = rows(HEAD + "4\n实施既有居住建筑节能改造及绿色化\n改造\n万平方米\n≥500\n预期\n", TITLE, *KEYS)
    assert got == [("实施既有居住建筑节能改造及绿色化改造", "5000000", "m2", ">=", "expected")]

"""Fixes from the review of session 8's change (brief RV): each case failed before its fix."""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def _plan(body: str, date: str):
    """A 十四五 plan with one aim under 主要目标, signed on ``date``."""
    text = f"关于印发某省“十四五”生态环境保护规划的通知\n一、主要目标\n（一）总体目标。{body}\n\n{date}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def _found(d) -> list[tuple[str, str, int | None]]:
    return [(a.layer, a.get("value"), a.get("base_year")) for layer in ("target", "record") for a in d.annotations.get(layer, [])]


# (case, body, date, layer of the reached value): a base of the plan's own start year is the plan's base, whenever
# the plan was issued; a base before it is the last plan's (kg/annotate/from_base.py)
FROM_BASE = [
    ("own-base-issued-first-year", "到2025年，非化石能源占一次能源消费比重由2020年的11.2%提高到20%。", "2021年12月30日", "target"),
    ("own-base-issued-later", "到2025年，非化石能源占一次能源消费比重由2020年的11.2%提高到20%。", "2022年3月1日", "target"),
    ("last-plan-base", "“十四五”期间，森林覆盖率由2015年的18.6%提升到19.16%。", "2022年3月1日", "record"),
]


@pytest.mark.parametrize("case,body,date,layer", FROM_BASE, ids=[c[0] for c in FROM_BASE])
def test_from_base_against_the_plans_start(case, body, date, layer):
    found = _found(_plan(body, date))
    assert [f[0] for f in found] == [layer], found


# a number glued to a class word opens a name (indicators.label_ok, target_cues.tsv label-class-lead); a number, a
# class word and a comparator or a lone character after it is a value, no name
CLASS_LEAD_NAMES = ["500米公园覆盖率", "10千伏线路智能终端覆盖率", "5A级旅游景区", "1-5级堤防达标率", "72小时级别预报准确率",
                    "24小时内处置率"]
CLASS_LEAD_VALUES = ["24小时内", "10小时以上", "3米以上", "2级以上", "100米以内", "5千伏左右"]


@pytest.mark.parametrize("label", CLASS_LEAD_NAMES)
def test_class_lead_opens_a_name(label):
    from kg.annotate.indicators import label_ok

    assert label_ok(label)


@pytest.mark.parametrize("label", CLASS_LEAD_VALUES)
def test_class_lead_before_a_comparator_is_a_value(label):
    from kg.annotate.indicators import label_ok

    assert not label_ok(label)


def _aim(body: str):
    text = f"关于测试的实施方案\n一、主要目标\n（一）主要目标。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


# (case, body, [(value, indicator text, annotated text)]): a level reached from a base printed after another value of
# its clause: the base is no target, the indicator starts after the value before it (kg/annotate/from_base.py)
FROM_BASE_AFTER_A_VALUE = [
    ("after-a-comma", "到2025年，光伏装机达到100万千瓦，占比由30%提高到50%。",
     # the share printed without its subject takes the amount's (kg/annotate/label_subjects.py): 光伏装机占比
     [("1000000", "光伏装机", "光伏装机达到100万千瓦"), ("50", "光伏装机占比", "占比由30%提高到50%")]),
    ("after-a-list-mark", "到2025年，可再生能源装机达到500万千瓦以上、占比由30%提高到50%。",
     [("5000000", "可再生能源装机", "可再生能源装机达到500万千瓦以上"), ("50", "占比", "占比由30%提高到50%")]),
    ("after-and", "到2025年，新增光伏装机100万千瓦和风电装机占比由30%提高到50%。",
     [("1000000", "光伏装机", "光伏装机100万千瓦"), ("50", "风电装机占比", "风电装机占比由30%提高到50%")]),
]


@pytest.mark.parametrize("case,body,want", FROM_BASE_AFTER_A_VALUE, ids=[c[0] for c in FROM_BASE_AFTER_A_VALUE])
def test_from_base_after_another_value(case, body, want):
    d = _aim(body)
    assert [(a.get("value"), a.get("indicator_text"), d.text[a.start:a.end]) for a in d.annotations["target"]] == want

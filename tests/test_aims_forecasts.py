"""Lane CV4 (session 18): the target tagger follows key convention 71 (预计 under the document's own aims is the aim's
attribute, its values targets; elsewhere, or with another estimate word, a forecast), as tables of positives, negatives
(what must stay a forecast) and known gaps. Sentences shortened from 563 (dev20) and 336, 560 (dev).
"""
from __future__ import annotations

import pytest

from tests.target_tagging import measure_doc as doc, target_rows as rows, text_doc


# 预计 under a heading of the document's aims (convention 71): 563 (dev20) 第三章 发展目标 第一节 总体目标.
AIMS = ("关于测试的发展规划\n第三章 发展目标\n第一节 总体目标\n“十四五”期间，我省加大新能源和可再生能源开发利用。"
        "{}\n第二节 重点任务\n一、发电装机\n到2025年，风电装机1080万千瓦。\n")


def test_expected_under_the_aims_is_a_target():
    d = text_doc(AIMS.format("预计到2025年，我省新能源和可再生能源利用总量折合标煤约4048万吨，非化石能源消费占比提高到21.6%。"))
    assert [(r[0], r[2]) for r in rows(d)][:2] == [("40480000", "~"), ("21.6", "=")]
    assert not [a for a in d.annotations.get("record", []) if a.get("status") == "forecast"]


AIMS_NOT = [
    # an estimate word other than 预计 keeps the value a forecast even under the aims (convention 71)
    ("preliminary", "初步预计到2025年，可再生能源利用总量折合标煤约4048万吨。"),
    ("can-save", "预计到2025年，全省农业节水灌溉可节约水量3.45亿立方米。"),
    ("can-reduce", "预计到2025年，可减少碳排放量81万吨。"),
    ("equivalent", "预计到2025年，相当于减少二氧化碳排放量约10929万吨。"),
    # an item titled as a forecast under the aims (336's （三）主要目标 1.总量预测): convention 71 keeps it a forecast
    ("item-titled-forecast", "1.总量预测。倡导节约用电、合理用能，2025年全社会用电量预计1850亿千瓦时以上。"),
    # a projection from a trend (531's 主要目标): 预计可能
    ("trend", "根据近五年新建建筑规模的变化趋势，“十四五”期间新建建筑总规模预计可能达到10500万平方米。"),
]


@pytest.mark.parametrize("case,sentence", AIMS_NOT, ids=[c[0] for c in AIMS_NOT])
def test_estimate_words_under_the_aims_stay_forecasts(case, sentence):
    d = text_doc(AIMS.format(sentence))
    assert [r for r in rows(d) if r[0] != "10800000"] == []
    assert [a for a in d.annotations.get("record", []) if a.get("status") == "forecast"]


def test_expected_elsewhere_is_a_forecast():
    """预计 outside a heading of aims (336's 总量预测, 563's own 环境效益): the marker decides, no target."""
    d = doc("预计到2025年，全社会用电量1850亿千瓦时以上。", heading="（一）用电需求预测。")
    assert rows(d) == []
    assert [a.get("status") for a in d.annotations.get("record", [])] == ["forecast"]


def test_coal_equivalent_before_the_value():
    """标煤 printed before the value (折合标煤约4048万吨): tonnes of coal equivalent, 563's key (a known gap until lane
    SO19, session 19: kg/annotate/values.py values_in; tests/test_coal_before_value.py)."""
    d = text_doc(AIMS.format("预计到2025年，我省新能源和可再生能源利用总量折合标煤约4048万吨。"))
    assert rows(d)[0][:2] == ("40480000", "tce")

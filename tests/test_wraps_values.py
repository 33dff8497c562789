"""A line of prose that stops on a number over a line that opens with the number's unit or time word is one sentence
the wrap cut (kg.text.value_wraps.cut_value), joined whatever the lines' widths; a line opening with a digit (a list's
next number, a table's next cell) or a short cell above it stays apart.

Lines from pool documents 147, 548, 552, 408 (positives), 329 and 538 (negatives), none held out, as printed.
"""
from __future__ import annotations

import pytest

from kg.text.clean import clean


def _paragraphs(lines: list[str]) -> list[str]:
    return [p for p in clean("\n".join(lines) + "\n").text.split("\n") if p]


@pytest.mark.parametrize("lines, joined", [
    (["主体责任，构建国土绿化、资源保护长效机制。各地要抓紧制定 2022", "年国土绿化实施方案，进一步将目标任务分解落实到县、乡、村，编"],
     "制定2022年国土绿化实施方案"),  # 147: a year
    (["评估。未获得相关称号的创建单位，可继续参与创建工作，在 2", "年后仍未通过验收的，取消创建资格。"], "在2年后仍未通过验收"),  # 548
    (["（二）报告企业和控排企业应于 2021 年 3 月 20 日前通过报告系统提交 2020", "年度碳排放信息报告。"],
     "提交2020年度碳排放信息报告"),  # 552: a heading's line
    (["于 2020～2021 年建成投产且预计年排放 2", "万吨二氧化碳（或年综合能源消费量 1 万吨标准煤）"], "年排放2万吨二氧化碳"),  # 408: a unit
    (["惠核证减碳量（PHCER）抵消实际碳排放的，应在 2021 年 6", "月 10 日前通过国家自愿减排交易注册登记系统"], "2021年6月10日前"),  # 408
])
def test_value_cut_by_the_wrap_joins(lines, joined):
    assert any(joined in p for p in _paragraphs(lines))


@pytest.mark.parametrize("lines, first, second", [
    (["1.从事符合条件的环境保护项目的所得定期减免企业所得税1", "2.购置用于环境保护专用设备的投资额按一定比例实行企业所得税"], "企业所得税1", "2.购置"),  # 329
    (["海南省住房和城乡建设厅海南省发展和改革委员会、海5", "2018年4月南省规划委员会海南省国土资源厅关于印发"], "海5", "2018年4月"),  # 538
    (["装机容量 2000", "万千瓦", "预期性"], "2000", "万千瓦"),  # a table's cells
])
def test_not_joined(lines, first, second):
    assert not any(first in p and second in p for p in _paragraphs(lines))


@pytest.mark.xfail(strict=True, reason="known gap: a decimal cut at its point by a table cell's wrap (407's 0. / 94) "
                   "stays two lines")
def test_decimal_cut_at_its_point():
    lines = ["单位产品电耗＞13150；≤14050千瓦时/吨", "0.", "94", "单位产品电耗＞14050千瓦时/吨"]
    assert any("0.94" in p for p in _paragraphs(lines))

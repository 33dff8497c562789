"""Issue 14, class 4 values (lane UN2): key convention 63's values the tagger now reads (kg/annotate/spelled_values.py).
(b) A ratio a：b right after a ratio's name and comparator is a value a/b with no unit (车桩比例达到4：1 → 4; 比例不低于
1：8 → 0.125); a ratio of funding (自筹经费与…比例不低于1:1) is none. (c) A share X分之Y right after an aim's comparator or
verb is a value in % to two decimals (三分之一 → 33.33). Units of time and length (分钟, 小时, 天, 米) are read only in an aim's
position (lane UT: tests/test_aim_units.py; days of reserve, 储备能力达到20天, moved there from the gaps): over the
pool they are names, thresholds, records and time limits of procedures far more often than aims (corpus/un-units.md,
"Convention 63"; corpus/ut-time-units.md). Positives, negatives, known gaps; sentences shortened from non-held-out pool documents (185, 213,
420, 452, 572 print these aims).
"""
from __future__ import annotations

import pytest

from tests.test_targets_recall import doc, rows

POSITIVE = [
    ("ratio-reach", "到2025年，全市充电桩16万个以上，车桩比例达到4：1。",
     [("160000", "count", ">=", "充电桩"), ("4", "", "=", "车桩比例")]),
    ("ratio-floor", "到2025年，合肥市公共充电桩与电动汽车比例不低于1：8。",
     [("0.125", "", ">=", "公共充电桩与电动汽车比例")]),
    ("ratio-ascii-colon", "到2025年，确保全年VOCs和氮氧化物减排比例不低于1.2:1。",
     [("1.2", "", ">=", "VOCs和氮氧化物减排比例")]),
    # 米 keeps no row: a radius inside the indicator's name (418) stays in its label, no value of its own
    ("metres-in-name", "到2025年，城市公交站点500米覆盖率不低于95%。", [("95", "%", ">=", "城市公交站点500米覆盖率")]),
    ("fraction-over", "到2025年，力争外受电比重超过三分之一。", [("33.33", "%", ">", "外受电比例")]),
]

NEGATIVE = [
    # a rule of funding: the applicant's own money against the grant (315, 288, 254: 16 printings)
    ("ratio-funding", "到2025年，申报企业自筹经费与申请资助经费的比例不低于1:1。"),
    # a ratio of three parts (the structure of the economy, a record)
    ("ratio-three-parts", "2020年，三次产业比例达到10.6:40.2:49.2。"),
    # a clock time before a deadline of procedure (288)
    ("clock-time", "于2021年8月11日17：30前完成网上审核推荐。"),
    # a map's scale (543)
    ("map-scale", "到2025年，按照一般区域1:5万精度开展地质灾害调查评价。"),
    # a cap of funding: 不超过…的三分之一 (254) and 不超过 before a fraction (65): no comparator read for the share
    ("fraction-cap", "到2025年，政府财政资金投入不超过项目新增总投入的三分之一。"),
    # a slogan in words: 六个百分之百 (146, 433, 450, 454, 463, 464)
    ("slogan", "到2025年，施工工地严格落实“六个百分之百”管控要求。"),
    # a share of a record, no comparator before it (77, 415)
    ("fraction-record", "全省危险废物产生量大，约占全国的十分之一。"),
    # time limits of procedures are no targets (no unit row reads 日, 天, 小时, 分钟)
    ("limit-working-days", "到2025年，审批部门应在受理之日起30个工作日内作出决定。"),
    ("limit-days", "到2025年，企业应在30日内完成整改。"),
    ("limit-hours", "到2025年，接到报修后24小时内到达现场。"),
    # units of time and length keep no row: names and thresholds (418, 455, 338)
    ("minutes-in-name", "到2025年，打造“10分钟公园绿地服务圈”。"),
]

GAPS = [
    # a share after 及 (450): the comparator or verb is printed before the list, not right before the share
    ("fraction-after-list", "2021年年底前，完成全部入河排污口整治任务及三分之一其他类型入河排污口整治任务。"),
]


@pytest.mark.parametrize("case,body,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_spelled_values(case, body, expected):
    assert rows(doc(body)) == expected


@pytest.mark.parametrize("case,body", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_not_targets(case, body):
    assert rows(doc(body)) == []


@pytest.mark.parametrize("case,body", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap: see the table's comments")
def test_gaps(case, body):
    assert rows(doc(body)) != []

"""Issue 14, target recall from the second pool-wide sample of unclaimed values (scripts/survey_missed.py, seed 20261202,
corpus/survey-missed.md): a count right after a verb of pursuing, the thing after the count (推动450家企业开展清洁生产
审核: kg/annotate/pursued_counts.py), and a share 实现 brings a population to, the state printed after the share
(实现新采购公务车辆100%新能源化: bare_values.achieved_share). Positives, negatives (must NOT be targets) and known gaps
(strict xfail).

Sentences are shortened from pool documents outside corpus/keys/split.tsv (the number is the pool file; none held out).
"""
from __future__ import annotations

import pytest

from tests.test_targets_recall import doc, rows

# (case, body, expected (value, unit, comparator, indicator label) rows, in text order)
PURSUED = [
    # the thing before the verb that sets it to work (65, 200); a thing too generic alone keeps the work (企业); the act
    # before the things that do it since lane LB8's count_acts (202's dev key 安装可再生能源智慧路灯的公共机构)
    ("firms-audited", "到2025年，推动450家企业开展清洁生产审核。", [("450", "count", "=", "开展清洁生产审核企业")]),
    ("institutions-install", "到2023年，推动60家公共机构安装可再生能源智慧路灯。", [("60", "count", "=", "安装可再生能源智慧路灯公共机构")]),
    # the work after the thing off the label (64, 77); an adverb before the verb (77)
    ("zones-built", "到2025年，推动16个市级海绵城市试点区建设。", [("16", "count", "=", "市级海绵城市试点区")]),
    ("adverb-first", "到2025年，大力推进30个国家级果菜茶病虫全程绿色防控示范县建设。",
     [("30", "count", "=", "国家级果菜茶病虫全程绿色防控示范县")]),
    ("parks-renewed", "到2025年，推进22个工业园区智能化改造。", [("22", "count", "=", "工业园区智能化改造")]),
    # (TF) an adverb opens what the things are set to do (336: 相继; 38: 陆续), the thing ends before it; a ceiling
    # after the count (the head-qualifier row, 以内: 112) off the thing
    ("adverb-before-work", "到2025年，推动10座储罐陆续投运。", [("10", "count", "=", "储罐")]),
    ("ceiling-after-count", "到2025年，推动10个以内园区开展循环化改造。", [("10", "count", "<=", "开展循环化改造园区")]),
    # (TF) a scope word opening the thing is what is counted, kept on the label (543: 51 regions, not 51 登记; RV9d's
    # 重点行业 too generic alone keeps its work, as 企业 does): targets.py strips no counted thing
    ("scope-word-counted", "到2025年，有序推进51个重点区域自然资源统一确权登记。", [("51", "count", "=", "重点区域自然资源统一确权登记")]),
    ("scope-word-with-work", "到2025年，推动20个重点行业开展清洁生产审核。", [("20", "count", "=", "开展清洁生产审核重点行业")]),
    # a range and 左右 (574)
    ("range", "到2025年，推进5~10个燃煤电厂进行新型绿色智慧电厂改造示范。", [("5", "count", "=", "进行新型绿色智慧电厂改造示范燃煤电厂")]),
]

PURSUED_NOT = [
    # a scope word between the verb and the count: the whole of a known set, not an aim (543, 465, 420)
    ("whole-province", "到2025年，推进全省88个县（市、区、特区）地质灾害详细调查和风险评价。"),
    ("within-the-list", "到2025年，推进名录内6处渔港环境综合整治。"),
    # a list of counts (332), another value inside the thing (565)
    ("list-of-counts", "到2025年，推动100个左右的县、10000个左右的行政村乡村风电开发。"),
    ("value-inside", "到2025年，加快推进7座共计840万千瓦抽水蓄能电站开工建设。"),
    # no deadline printed: the document's period alone (the test document has none), a year looked back on
    ("no-deadline", "推动450家企业开展清洁生产审核。"),
    # words before the verb name a subject (202), a place (在全市: count-where)
    ("subject-first", "到2025年，全市公共机构推动15个可再生能源建筑一体化试点项目建设。"),
]

SHARES = [
    ("population-after", "到2025年，实现冬奥赛区及场馆100%使用绿色电力。", [("100", "%", "=", "冬奥赛区及场馆使用绿色电力比例")]),
    ("adverb-first", "到2025年，加快实现新采购公务车辆100%新能源化。", [("100", "%", "=", "新采购公务车辆新能源化比例")]),
    ("population-before", "到2025年，直排海污染源污水实现100%达标排放。", [("100", "%", "=", "直排海污染源污水达标排放比例")]),
    ("coverage", "到2025年，实现全市新能源公交车100%全覆盖。", [("100", "%", "=", "新能源公交车覆盖率")]),
    # examples before the population off the label (436)
    ("examples-off", "到2025年，实现南通港吕四作业区、吕四渔港、海州湾连云段码头等港口码头船舶污水100%收集处理。",
     [("100", "%", "=", "港口码头船舶污水收集处理比例")]),
    # (RV9d) a state that is itself a rate's name keeps it, no 比例 after it (was 新能源公交车覆盖率比例; 0 pool rows)
    ("state-a-rate", "到2025年，实现新能源公交车100%全覆盖率。", [("100", "%", "=", "新能源公交车覆盖率")]),
]

SHARES_NOT = [
    # a standard's level (210), a machine's level with no population (565)
    ("standard-level", "到2025年，逐步实现全区城镇新建居住建筑全面执行75%节能设计标准。"),
    ("machine-level", "到2025年，实现30%额定容量及以下稳定出力。"),
    # no deadline in force, or one looked back on
    ("no-deadline", "实现新采购公务车辆100%新能源化。"),
    ("past-year", "2020年，实现新采购公务车辆100%新能源化。"),
    # (RV9d) 等 inside a word of a list (高等院校: 41 rows in 31 non-held-out pool documents list it after 、) closes no
    # examples: not 院校使用绿色电力比例 (the list whole is no label)
    ("deng-in-word", "到2025年，实现中小学、高等院校100%使用绿色电力。"),
]

GAPS = [
    # a pursued count whose thing is no noun phrase by the check (202): the list inside the name
    ("list-in-thing", "到2023年，推动60个餐厨垃圾资源化、无害化利用项目。"),
    # a preposition before the population (222, 76)
    ("preposition-population", "到2025年，对放射源使用单位监督检查实现100%全覆盖。"),
    # examples before the count (77, 388, 420): an aim or a scope, not told apart yet
    ("examples-then-count", "到2025年，推进潍坊港、东营港等32处港区船舶污染防治项目。"),
]


@pytest.mark.parametrize("case,body,expected", PURSUED + [(f"share-{c}", b, e) for c, b, e in SHARES],
                         ids=[c[0] for c in PURSUED] + [f"share-{c[0]}" for c in SHARES])
def test_targets_read(case, body, expected):
    assert rows(doc(body)) == expected


_PLAN = "测试市“十四五”节能减排实施方案"


def test_document_period_alone_reads_a_pursued_count():
    """(RV9d held the document's period alone, its title's 十四五, no deadline for a pursued count; lane TR, session 13:
    over the non-held-out pool it adds 7 targets, 6 right (64, 65, 77, 200, 210, 446), the wrong one places counted,
    82's 推进18个市县及…: those alone still need a printed deadline, ``pursue-place-class``)."""
    assert rows(doc("推动450家企业开展清洁生产审核。", title=_PLAN)) == [("450", "count", "=", "开展清洁生产审核企业")]
    assert rows(doc("重点推进77个黑臭水体治理项目。", title=_PLAN)) == [("77", "count", "=", "黑臭水体治理项目")]


@pytest.mark.parametrize("body", ["推进18个市县及洋浦经济开发区污水处理厂及配套管网建设。", "推进18个市县污水处理厂及配套管网建设。"],
                         ids=["cities-and-counties-82", "cities-and-counties-work"])
def test_document_period_alone_no_deadline_for_places(body):
    """places a verb of pursuing counts (every city and county of a province, a scope) need a printed deadline."""
    assert rows(doc(body, title=_PLAN)) == []


def test_printed_deadline_reads_places():
    assert rows(doc("到2025年，推进18个市县污水处理厂及配套管网建设。", title=_PLAN)) == [("18", "count", "=", "市县污水处理厂及配套管网")]


def test_deadline_of_section_heading():
    """(RV9d) a deadline printed in the section's heading is printed enough (origin section)."""
    assert rows(doc("推动450家企业开展清洁生产审核。", heading="（一）到2025年主要任务。", title=_PLAN)) == [
        ("450", "count", "=", "开展清洁生产审核企业")]


@pytest.mark.parametrize("case,body", PURSUED_NOT + [(f"share-{c}", b) for c, b in SHARES_NOT],
                         ids=[c[0] for c in PURSUED_NOT] + [f"share-{c[0]}" for c in SHARES_NOT])
def test_not_targets(case, body):
    assert rows(doc(body)) == []


@pytest.mark.xfail(strict=True, reason="known gap: no rule reads these values as targets yet")
@pytest.mark.parametrize("case,body", GAPS, ids=[c[0] for c in GAPS])
def test_known_gaps(case, body):
    assert rows(doc(body))


def test_share_under_period_and_share_reached():
    """(RV9d) a share 实现 brings a population to is read under the document's period alone (unlike a pursued count),
    and one printed as reached (已实现) is no target."""
    assert rows(doc("实现新能源公交车100%全覆盖。", title=_PLAN)) == [("100", "%", "=", "新能源公交车覆盖率")]
    assert rows(doc("全市新能源公交车已实现100%全覆盖。", title=_PLAN)) == []


@pytest.mark.parametrize("heading", ["（一）“十四五”中期评估情况。", "（一）约束性指标完成情况\n", "（一）规划实施情况。"])
def test_review_heading_reports(heading):
    """(TF) a part whose heading closes with 完成情况/实施情况/执行情况/评估情况 reports how a plan went (563, 463, 446 in
    the non-held-out pool): its counts are records, not targets; a task heading naming the review keeps its targets."""
    assert rows(doc("到2025年，推动450家企业开展清洁生产审核。", heading=heading)) == []
    assert rows(doc("到2025年，推动450家企业开展清洁生产审核。", heading="（一）加强规划实施情况评估。")) == [
        ("450", "count", "=", "开展清洁生产审核企业")]

"""Issue 14, reports of the past and chapters of expected effects (kg/annotate/estimates.py, ontology/record_cues.tsv
report_future, report_document, benefit_section): in a white paper a value is a record unless its sentence looks
ahead (将, 力争, 目标, 到2030年, a year after the paper was written); in a plan's chapter of expected effects
(预期效果) every value is a forecast. Sentences from unkeyed, non-held-out pool documents (38, 565: the number is the
pool file); the same sentences in a plan stay targets (the genre decides, not the words)."""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

WHITE_PAPER = "中国应对气候变化的政策与行动白皮书"
PLAN = "关于测试的实施方案"


def doc(body: str, title: str = WHITE_PAPER, opening: str = "", heading: str = "（一）测试措施。"):
    text = f"{title}\n{opening}一、重点任务\n{heading}{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def layers(d):
    return {layer: [(a.get("value"), a.get("status")) for a in d.annotations.get(layer, [])]
            for layer in ("target", "record")}


# (case, body, value): in a white paper the value is a record of the past, no target (38)
RECORDS = [
    ("share-reached", "2020年底，全国森林面积2.2亿公顷，全国森林覆盖率达到23.04%。", "23.04"),
    ("capacity-reached", "中国非化石能源发电装机总规模达到9.8亿千瓦。", "980000000"),
    ("as-of-trade", "截至2021年9月30日，全国碳市场碳排放配额累计成交量约1765万吨。", "17650000"),
    ("done-in-plan-period", "“十三五”期间，中国累计完成防沙治沙任务1097.8万公顷，完成石漠化治理面积165万公顷。", "1650000"),
]

# (case, body, value): a sentence of a white paper that looks ahead keeps its aims (38)
AIMS = [
    ("future-will", "到2030年，中国单位GDP二氧化碳排放将比2005年下降65%以上，非化石能源占一次能源消费比重将达到25%左右。", "25"),
    ("future-year", "2030年非化石能源占一次能源消费比重达到25%左右。", "25"),
]


@pytest.mark.parametrize("case,body,value", RECORDS, ids=[c[0] for c in RECORDS])
def test_a_white_papers_values_are_records(case, body, value):
    got = layers(doc(body, opening="（2021年10月）\n"))
    assert (value, "record") in got["record"], got
    assert not any(v == value for v, _ in got["target"]), got


@pytest.mark.parametrize("case,body,value", RECORDS, ids=[c[0] for c in RECORDS])
def test_the_same_sentence_in_a_plan_is_no_report(case, body, value):
    """The genre decides: no rule of report_record moves a plan's value (a plan's own cues may still)."""
    got = rule_names(doc(body, title=PLAN))
    assert got and "record-report" not in got, got


def rule_names(d):
    return [a.rule for layer in ("target", "record") for a in d.annotations.get(layer, [])]


@pytest.mark.parametrize("case,body,value", AIMS, ids=[c[0] for c in AIMS])
def test_a_white_papers_aims_stay_targets(case, body, value):
    got = layers(doc(body, opening="（2021年10月）\n"))
    assert any(v == value for v, _ in got["target"]), got


def test_a_white_paper_known_by_its_opening():
    """A title that dropped 白皮书 (35: 新时代的中国能源发展 / 中华人民共和国国务院新闻办公室): the issuer of white papers
    in the opening names the report."""
    body = "北方农村地区累计完成散煤替代约2300万户。"
    got = layers(doc(body, title="新时代的中国能源发展", opening="（2020年12月）\n中华人民共和国国务院新闻办公室\n"))
    assert ("23000000", "record") in got["record"], got
    assert not got["target"], got


# Known gap: a past sentence naming a goal it met (38: 2020年中国碳排放强度比2015年下降18.8%，超额完成…目标) keeps
# its value a target: 目标 is read as a word of the future.
def test_known_gap_a_met_goal_stays_a_target():
    body = "2020年中国碳排放强度比2015年下降18.8%，超额完成“十三五”约束性目标。"
    got = layers(doc(body, opening="（2021年10月）\n"))
    assert any(v == "18.8" for v, _ in got["target"]), got


def test_a_chapter_of_expected_effects_gives_forecasts():
    """三、环境保护预期效果 (565): what the plan is expected to bring, forecasts; the same values under a heading of
    tasks stay aims."""
    body = "“十四五”期间，全区可再生能源电力年利用量达到3600万吨标准煤。"
    effects = layers(doc(body, title=PLAN, heading="（一）环境保护预期效果\n"))
    assert ("36000000", "forecast") in effects["record"], effects
    tasks = layers(doc(body, title=PLAN, heading="（一）推进可再生能源利用\n"))
    assert any(v == "36000000" for v, _ in tasks["target"]), tasks

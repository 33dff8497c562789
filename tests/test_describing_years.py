"""A year that describes a thing is no deadline (issue 14, review RV8a of branch tx).

A clause due before the year its document was written is no goal (kg/annotate/goals.py). A year, range or period
that qualifies a noun (2000年前建成的老旧小区, 1980年至2000年期间建成的, “十三五”期间已开展的, 2021年度通报的园区,
2019-2021年发电行业核查报告) dates that thing, not the clause's aim: kg/annotate/time.py marks it ``describes``
(words in ontology/time_cues.tsv) and no time scope or deadline reads it. Sentences from non-held-out pool documents
(their numbers in comments); non-held-out pool counts in corpus/issue14-classes.md section 1.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.annotate import time
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse
from kg.annotate import annotate


def doc(body: str, title: str = "测试省“十四五”建筑节能与绿色建筑发展规划"):
    text = f"{title}\n一、重点任务\n（一）测试措施。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def tagged(text: str):
    return time.tag(SimpleNamespace(text=text))  # the time tagger reads only the text


# the year (range, period) that qualifies a noun, and the goal its clause stays (in a 十四五 plan: written 2021)
DESCRIBING = [
    ("range-period-built", "以1980年至2000年期间建成的老旧小区为重点，开展节能宜居综合改造。", "1980年至2000年"),  # 172
    ("range-built-noun", "有序推进对2001-2005年建成小区的改造。", "2001-2005年"),  # 172
    ("year-before-built", "全面完成2000年前建成的老旧小区改造任务。", "2000年前"),  # 199
    ("range-report", "对编制2019-2021年发电行业核查报告的技术服务机构工作质量进行评估。", "2019-2021年"),  # 212
    ("range-data", "探索开展2005-2015年化石能源消费数据回溯方法研究。", "2005-2015年"),  # 73
    ("period-already", "分批完成对“十三五”期间已开展公共机构能源审计的整改。", "“十三五”"),  # 202
    ("annual-notified", "2021年度通报的全省高新区评价排名前10位的高新园区每家推荐2项。", "2021年"),  # 181
    ("annual-passed", "2021年度通过复查评估的园区要总结工作成效。", "2021年"),  # 226
]
# years that date an aim: no ``describes``
DATING = [
    ("deadline-built", "到2025年建成7791万亩高标准农田。", "到2025年"),  # 199
    ("range-built-count", "2021-2025年建成10个近零碳示范区。", "2021-2025年"),
    ("range-opens", "2021—2025年，全市新建建筑全面执行绿色建筑标准。", "2021—2025年"),
    ("year-end-before-built", "2025年底前建成充电桩500个。", "2025年"),
    ("year-data-centre", "2025年数据中心电能利用效率降到1.3以下。", "2025年"),
    ("milestone", "力争2030年前实现碳达峰。", "2030年前"),
    ("period-built-aim", "“十四五”期间建成外送新能源1900万千瓦。", "“十四五”"),  # 564
    ("period-built-then-verb", "依托“十四五”期间建成投产和开工建设的重点输电通道，配套建设风电光伏基地。", "“十四五”"),  # 332
    ("range-built-then-verb", "2021-2025年建成投产一批抽水蓄能电站。", "2021-2025年"),
]


@pytest.mark.parametrize("case,body,span", DESCRIBING, ids=[c[0] for c in DESCRIBING])
def test_a_year_that_qualifies_a_noun_describes(case, body, span):
    hits = [t for t in tagged(body) if body[t.start:t.end] == span]
    assert hits and all(t.get("describes") for t in hits), [(t.rule, t.value) for t in tagged(body)]


@pytest.mark.parametrize("case,body,span", DATING, ids=[c[0] for c in DATING])
def test_a_year_that_dates_an_aim_does_not_describe(case, body, span):
    hits = [t for t in tagged(body) if body[t.start:t.end] == span]
    assert hits and not any(t.get("describes") for t in hits), [(t.rule, t.value) for t in tagged(body)]


@pytest.mark.parametrize("case,body,span", DESCRIBING[:6], ids=[c[0] for c in DESCRIBING[:6]])
def test_the_clause_stays_a_goal_of_the_plan(case, body, span):
    """Before: the described year was read as the clause's (past) deadline and the aim dropped."""
    goals = doc(f"到2025年，全市绿色建筑占比达到100%。{body}").annotations["goal"]
    assert len(goals) >= 2 and all(g.get("year") in (2025, None) for g in goals)


def test_annual_since_opens_a_span():
    """2021年度起 is a start (kind since), not a past deadline."""
    kinds = [t.get("kind") for t in tagged("2021年度起，对新建项目实行能耗等量替代。")]
    assert kinds == ["since"]


def test_a_past_year_that_dates_its_clause_still_drops_it():
    """The negative of the fix: 2016年，… in a 十四五 plan is still the past (no goal)."""
    assert doc("2016年，泰州市通过国家生态市考核验收。").annotations["goal"] == []

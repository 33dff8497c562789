"""Issue 14 class 5, lane LB5: indicator labels that say what is counted. Each rule of the genre a table of
positives (the label a reader writes), negatives (labels that must NOT come out, or that stay as they are) and
strict known gaps. Sentences are from development documents (151 dev12) and non-held-out pool documents,
shortened; none is from a held-out half or a sample.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.annotate.indicators import strip_phrase
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def doc(body: str, title: str = "关于测试的实施方案"):
    text = f"{title}\n一、重点任务\n（一）测试措施。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def labels(body: str) -> list[str]:
    return [a.get("indicator_label") for a in doc(body).annotations.get("target", [])]


# A five-year plan's period with its tail (末期, 期末, 初期, 中期: time_cues.tsv period-tail) is a time word, off the
# label whole: its 期 left opening the label was a fragment (151: 期我省林木良种使用率).
PERIODS = [
    ("end-of-period-151", "确保“十四五”末期我省林木良种使用率达到76%的目标。", ["林木良种使用率"]),
    ("period-end-533", "到“十四五”期末，新城绿色交通出行比例达到80%。", ["新城绿色交通出行比例"]),
    ("period-end-glued", "“十四五”期末新城绿色交通出行比例达到80%。", ["新城绿色交通出行比例"]),
]
PERIODS_KEPT = [
    # the period's own words inside a name (期末 of a fund, 中期 of a review) are no plan period: nothing taken
    ("no-plan-name", "到2025年，中期评估完成率达到100%。", ["中期评估完成率"]),
    ("tail-alone", "“十四五”时期，全省森林覆盖率达到30%。", ["森林覆盖率"]),
]


@pytest.mark.parametrize("case,body,expected", PERIODS + PERIODS_KEPT, ids=[c[0] for c in PERIODS + PERIODS_KEPT])
def test_a_plan_period_with_its_tail_is_off_the_label(case, body, expected):
    assert labels(body) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("“十四五”末期我省林木良种使用率", ("林木良种使用率", "我省")),
    ("“十三五”初期居民投诉量", ("居民投诉量", None)),
    ("期末余额", ("期末余额", None)),
])
def test_strip_period_tail(phrase, expected):
    assert strip_phrase(phrase) == expected

"""Issue 14: documents that end their Chinese sentences with an ASCII "." (77, 320, 443 in the pool) have each sentence
a sentence of its own, so a target's label no longer runs in from the sentence before (钢铁行业超低排放改造工程.完成鞍山市
13家). Headings' numbers (一., 专栏一.), a number's point and Latin text keep their ".". Sentences are from pool documents
outside the split (77, 320, 443), shortened."""
from __future__ import annotations

import pytest

from kg.model import Source
from kg.text.clean import clean
from kg.text.lines import Paragraph
from kg.text.punctuation import normalise
from kg.text.structure import parse


def normalised(text: str) -> str:
    return "".join(normalise(Paragraph(list(text), list(range(len(text))))).chars)


# (case, printed, after the punctuation step)
STOPS = [
    ("between-sentences", "绿色底色和成色更加浓厚.推动高质量发展更加有力.制定方案", "绿色底色和成色更加浓厚。推动高质量发展更加有力。制定方案"),
    ("paragraph-end", "全省化肥、农药用量连续4年负增长.", "全省化肥、农药用量连续4年负增长。"),
    ("after-percent", "比例达到50%.推动城乡融合", "比例达到50%。推动城乡融合"),
    ("after-value-unit", "新增处理能力1.5万吨.完成改造", "新增处理能力1.5万吨。完成改造"),
    # a point never follows a Chinese character: one before a number opens the next sentence (77, 320; branch z)
    ("before-year", "资源循环利用和污染物集中安全处置等.2025年年底前，生态工业园区比例力争达到",
     "资源循环利用和污染物集中安全处置等。2025年年底前，生态工业园区比例力争达到"),
    ("before-count", "较2015年提高5个百分点.38个地表水国考断面", "较2015年提高5个百分点。38个地表水国考断面"),
    # the value before it spaced off (443, 77)
    ("spaced-after-percent", "城市污泥无害化处置率达到90% .推进农业面源污染防治", "城市污泥无害化处置率达到90% 。推进农业面源污染防治"),
]

KEPT = [
    ("heading-number", "一.总体要求"),
    ("box-number", "专栏一.重大工程"),
    ("decimal", "PM2.5浓度下降到35微克/立方米"),
    ("latin", "详见www.mee.gov.cn网站"),
    ("numbered-item", "1.加强生态保护"),
    ("heading-before-year", "一.2025年主要目标"),
    ("percent-point-digit", "比例由30%.5提高"),
    ("spaced-percent-before-year", "利用率达到100% .2025年"),
]


@pytest.mark.parametrize("case,printed,expected", STOPS, ids=[c[0] for c in STOPS])
def test_ascii_stop_ends_a_sentence(case, printed, expected):
    assert normalised(printed) == expected


@pytest.mark.parametrize("case,printed", KEPT, ids=[c[0] for c in KEPT])
def test_other_dots_kept(case, printed):
    assert normalised(printed) == printed


def test_sentences_split_at_ascii_stops():
    text = "关于测试的实施方案\n一、重点任务\n（一）强化治理.完成钢铁产能超低排放改造.新建污水管网600公里.\n"
    doc = parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text))
    sentences = [doc.text[n.start:n.end] for n in doc.nodes("sentence")]
    assert "完成钢铁产能超低排放改造。" in sentences
    assert "新建污水管网600公里。" in sentences

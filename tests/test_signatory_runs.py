"""Signature lines printing several bodies apart by runs of spacing, or line by line, are read one signatory per body
(kg/text/signatory_runs.py, called by kg.text.structure.parse_structure).

Pool (the 288 texts and 25 PDFs outside the held-out halves): 322 signature lines; 9 of 5 sources changed, every one
read right (517: 2 lines of 7 and 5 bodies set out with the Hangul filler U+3164 → 12 signatories; 515: 北京市机关事务
管理局 / 中国人民银行营业管理部 中国银行保险监督管理委员会北京监管局 → 3; 521, 249.pdf: two bodies a line one space
apart; 340.pdf 3 lines); the letter-spaced names of 332, 335, 383 and 21 (生 态 环 境 部), 34's and 406's 部长 黄润秋
and 107's, 462's note after the name (甘肃省人民政府 / （此件有删减）) stay as they were. No annotation of the five
changed; the graph's pkg:signatory literals did. The last test reads ../shared/dual-carbon/517.txt (dev14).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Source
from kg.text.clean import clean
from kg.text.read import read_bytes
from kg.text.structure import parse

FILLER = "\u3164"  # the Hangul filler 517 sets its columns with


def signatories(*lines: str) -> list[str]:
    text = "\n".join(["某市住房和城乡建设局等部门关于印发某市绿色建筑创建行动实施方案的通知", "各区县住房和城乡建设局：",
                      "现将《某市绿色建筑创建行动实施方案》印发给你们，请遵照执行。", *lines, "2021年8月26日",
                      "某市绿色建筑创建行动实施方案", "一、总体要求", "全面提升建筑工程品质，推动精美城市建设。",
                      "二、重点任务", "推进绿色建筑创建行动，确保创建工作落实到位。"]) + "\n"
    doc = parse(Source("t.txt", "0" * 64, "utf-8", "text", text), clean(text))
    return doc.meta.get("signatories")


@pytest.mark.parametrize("lines, names", [
    # 517: columns set with fillers, two bodies a line, the lines joined by the wrap
    ([f"长沙市住房和城乡建设局{FILLER * 12}长沙市发展改革委员会", f"长沙市教育局{FILLER * 11} {FILLER * 9}长沙市科学技术局"],
     ["长沙市住房和城乡建设局", "长沙市发展改革委员会", "长沙市教育局", "长沙市科学技术局"]),
    # 249.pdf, 521: two bodies a line, one space apart
    (["国家机关事务管理局 国家发展和改革委员会", "财政部 生态环境部"], ["国家机关事务管理局", "国家发展和改革委员会", "财政部", "生态环境部"]),
    # 515: a line break between two names the wrap joined, a space between the next two
    (["北京市机关事务管理局", "中国人民银行营业管理部 中国银行保险监督管理委员会北京监管局"],
     ["北京市机关事务管理局", "中国人民银行营业管理部", "中国银行保险监督管理委员会北京监管局"]),
])
def test_one_signatory_per_body(lines, names):
    assert signatories(*lines) == names


@pytest.mark.parametrize("lines, names", [
    (["生 态 环 境 部"], ["生态环境部"]),  # 332, 335: a name letter-spaced to the line's width
    (["部长 黄润秋"], ["部长黄润秋"]),  # 34, 406: a title and a person, no body
    (["长沙市住房和城乡建设局"], ["长沙市住房和城乡建设局"]),  # one body
])
def test_names_as_printed(lines, names):
    assert signatories(*lines) == names


POOL_517 = Path(__file__).resolve().parents[2] / "shared" / "dual-carbon" / "517.txt"


def test_pool_517():
    if not POOL_517.exists():
        pytest.skip("the pool (../shared/dual-carbon) is not here")
    source = read_bytes(POOL_517.read_bytes(), POOL_517.name)
    doc = parse(source, clean(source.text))
    assert doc.meta["signatories"] == [
        "长沙市住房和城乡建设局", "长沙市发展改革委员会", "长沙市教育局", "长沙市科学技术局", "长沙市工业和信息化局", "长沙市财政局",
        "长沙市人力资源和社会保障局", "长沙市自然资源和规划局", "长沙市机关事务管理局", "长沙市城市人居环境局",
        "中国人民银行长沙中心支行", "中国银行保险监督管理委员会湖南监管局"]
    assert doc.meta["issuers"] == ["长沙市住房和城乡建设局"]  # the title's 长沙市住房和城乡建设局等12部门

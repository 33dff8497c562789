"""The issuers printed under a title (kg/text/issuer_lines.py; convention 5 of corpus/keys/README.md): a joint
document's bodies between its title and its first sentence, on lines of their own or run together and joined by the
wrap step to the first sentence, are front matter and name no actor. Positives, negatives (a first sentence whose
subject is a body, a subtitle) and known gaps."""
from pathlib import Path

import pytest

from kg.pipeline import process_bytes
from kg.text.clean import clean
from kg.text.read import read_bytes
from kg.text.structure import parse

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon"

TITLE = "关于深入推进绿色认证促进绿色低碳循环发展的意见\n"
BODY = "一、总体要求\n（一）指导思想。坚持节约优先，推进绿色发展。\n二、重点任务\n（二）推进认证。省市场监管局要加快推进绿色认证。\n"


def _doc(text: str):
    source = read_bytes(text.encode("utf-8"), "x.txt")
    return parse(source, clean(source.text))


def _issuers(doc) -> str:
    return "".join(doc.text[s:e] for role, s, e in doc.front if role == "issuers")


# (id, lines between the title and the body, a name marked, the first sentence kept)
POSITIVES = [
    ("run-glued-to-the-first-sentence", "省市场监管局 省发展改革委 省工业和信息化厅\n省科技厅 省民政厅 省财政厅\n省邮政管理局 南京海关\n"
     "为深入贯彻有关部署，加快建立统一的绿色认证体系，提出如下意见。\n", "省民政厅", "为深入贯彻有关部署"),
    ("one-name-a-line", "国家发展改革委\n生态环境部\n住房城乡建设部\n国家卫生健康委\n环境基础设施是基础设施的重要组成部分。\n",
     "住房城乡建设部", "环境基础设施是基础设施的重要组成部分"),
    ("one-name-before-an-opening", "某市发展和改革委员会\n为贯彻落实有关部署，制定本方案。\n", "某市发展和改革委员会", "为贯彻落实有关部署"),
]


@pytest.mark.parametrize("between, name, kept", [p[1:] for p in POSITIVES], ids=[p[0] for p in POSITIVES])
def test_issuers_under_the_title_marked(between, name, kept):
    doc = _doc(TITLE + between + BODY)
    assert name in _issuers(doc)
    assert kept not in _issuers(doc)


def test_issuers_name_no_actor():
    text = TITLE + "省市场监管局 省发展改革委 省民政厅\n省财政厅 省商务厅\n为深入贯彻有关部署，提出如下意见。\n" + BODY
    doc = process_bytes(text.encode("utf-8"), "x.txt")
    printed = {doc.text[a.start:a.end] for a in doc.annotations.get("actor", [])}
    assert "省市场监管局" in printed  # given a task in the body
    assert not printed & {"省民政厅", "省财政厅", "省商务厅"}


# Never issuers: a first sentence whose subject is one or two bodies, a subtitle, a signature over its date (a cover).
NEGATIVES = [
    ("subject-of-the-first-sentence", "省委省政府根据有关部署，作出如下决定。\n"),
    ("one-office-as-the-subject", "省人民政府办公厅为贯彻落实有关部署，制定本方案。\n"),
    ("subtitle", "（试行）\n为贯彻落实有关部署，制定本办法。\n"),
    ("cover-signature-over-a-date", "某省能源局\n某省发展和改革委员会\n2022年4月\n为贯彻落实有关部署，制定本方案。\n"),
]


@pytest.mark.parametrize("between", [n[1] for n in NEGATIVES], ids=[n[0] for n in NEGATIVES])
def test_no_issuers(between):
    assert _issuers(_doc(TITLE + between + BODY)) == ""


POOL_DOCS = [("183", "省文化和旅游厅"), ("380", "国家卫生健康委")]


@pytest.mark.parametrize("number, name", POOL_DOCS, ids=[p[0] for p in POOL_DOCS])
def test_pool_issuer_lines(number, name):
    path = POOL / f"{number}.txt"
    if not path.exists():
        pytest.skip("the shared pool is not there")
    source = read_bytes(path.read_bytes(), path.name)
    assert name in _issuers(parse(source, clean(source.text)))


# Known gaps: issuers under the title printed with 、 between them (read as a line of text, not of names).
GAPS = [("names-with-commas", "省市场监管局、省发展改革委、省民政厅\n为贯彻落实有关部署，制定本方案。\n", "省民政厅")]


@pytest.mark.parametrize("between, name", [g[1:] for g in GAPS], ids=[g[0] for g in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_known_gaps(between, name):
    doc = _doc(TITLE + between + BODY)
    assert name in _issuers(doc)

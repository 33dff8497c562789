"""Contact lines found by their telephone number (kg/text/contacts.py; convention 21 of corpus/keys/README.md): a
clause whose only content is whom to turn to is no policy text, and a body named only there is no actor. Positives,
negatives (policy sentences that print a number or give the body a task) and known gaps, on short texts of the genre
and on pool documents of the development pool (never held out) that the survey of lane FM2 found."""
from pathlib import Path

import pytest

from kg.pipeline import process_bytes
from kg.text.clean import clean
from kg.text.read import read_bytes
from kg.text.structure import parse

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon"

HEAD = "某省科学技术厅关于组织申报2022年度科技计划项目的通知\n各设区市科技局，各有关单位：\n为做好项目申报工作，现将有关事项通知如下。\n"
BODY = "一、申报要求\n（一）申报条件。申报单位应为省内注册的企业。\n二、工作安排\n（二）审核推荐。各设区市科技局要做好审核推荐工作。\n"
AFTER = "（三）加强保障。各设区市科技局要加强组织保障。\n"


def _doc(text: str):
    source = read_bytes(text.encode("utf-8"), "x.txt")
    return parse(source, clean(source.text))


def _contacts(doc) -> list[str]:
    return [doc.text[s:e] for role, s, e in doc.front if role == "contact"]


# (id, lines after the body, the contact line marked)
POSITIVES = [
    ("item-project-contact", "（1）“重大科技示范”项目联系人：省科技厅社会发展处朱某某，咨询电话：025-84215986。\n",
     "（1）“重大科技示范”项目联系人：省科技厅社会发展处朱某某，咨询电话：025-84215986。"),
    ("office-colon-number", "4.联系方式。\n省科技厅社会发展科技处：0551-62678552；\n省政务中心科技厅窗口：0551-62999803。\n",
     "省政务中心科技厅窗口：0551-62999803。"),
    ("office-then-word", "（4）社会发展示范项目：市科技局农村科技与社会发展处电话：83847165\n",
     "（4）社会发展示范项目：市科技局农村科技与社会发展处电话：83847165"),
    ("number-in-brackets", "联系人：某某\n电话：（010）65645638\n", "电话：（010）65645638"),
    ("line-opening-with-the-number", "某某电话：\n（021）56903000转全国碳市场运营中心北京绿色交易所（技术支撑）：\n",
     "（021）56903000转全国碳市场运营中心北京绿色交易所（技术支撑）："),
    ("hotline", "服务热线：021-12345、4008205114（手机）\n", "服务热线：021-12345、4008205114（手机）"),
    ("mobile", "技术支持某某电话：13906405607\n", "技术支持某某电话：13906405607"),
]


@pytest.mark.parametrize("tail, contact", [p[1:] for p in POSITIVES], ids=[p[0] for p in POSITIVES])
def test_contact_lines_marked(tail, contact):
    doc = _doc(HEAD + BODY + tail + AFTER)
    assert contact in _contacts(doc)
    kept = "".join(doc.slice(n) for n in doc.root.walk() if n.provision)
    assert "加强组织保障" in kept  # the provisions are never cut


def test_label_line_over_a_contact_line():
    doc = _doc(HEAD + BODY + "湖北碳排放权交易中心（全国碳排放权注册登记机构）：\n某某电话：4009911188转0\n" + AFTER)
    assert "湖北碳排放权交易中心（全国碳排放权注册登记机构）：" in _contacts(doc)


# Policy text that prints a number or a contact word: never a contact line.
NEGATIVES = [
    ("task-before-the-number", "（三）受理。省科技事务中心负责统一受理项目，电话：025-84215986。\n"),
    ("task-without-comma", "（三）受理。省科技事务中心负责受理咨询电话：025-84215986。\n"),
    ("a-sentence-before", "（三）报送。请于3月10日前报送市科技局，电话：83847165。\n"),
    ("role-then-address", "（三）主责部门。该类项目主责部门为经开区经济发展局，地址：某路15号，电话：010-67882073。\n"),
    ("a-year-span", "（三）基数。熟料产量取20172019年中的算术平均值。\n"),
    ("a-quantity", "（三）目标。到2025年，全省新增造林23456789亩。\n"),
    ("address-line-above", "地址：某区荣华中路15号朝林大厦1107室，电话：\n010-67817352。\n"),
]


@pytest.mark.parametrize("tail", [n[1] for n in NEGATIVES], ids=[n[0] for n in NEGATIVES])
def test_policy_text_is_no_contact(tail):
    contacts = _contacts(_doc(HEAD + BODY + tail + AFTER))
    assert not any("负责" in c or "报送" in c or "主责" in c or "平均值" in c or "造林" in c or "地址" in c for c in contacts)


def test_a_body_named_only_in_a_contact_line_is_no_actor():
    text = HEAD + BODY + "4.联系方式。\n省科技网络中心技术支持：0551-62654951；\n省政务中心科技厅窗口：0551-62999803。\n" + AFTER
    doc = process_bytes(text.encode("utf-8"), "x.txt")
    printed = {doc.text[a.start:a.end] for a in doc.annotations.get("actor", [])}
    assert "各设区市科技局" in printed
    assert not printed & {"省科技网络中心", "省政务中心"}


# Pool documents (development pool, never held out): the body named only in a contact line.
POOL_DOCS = [("288", "省科技网络中心技术支持：0551-62654951；"), ("181", "省科技厅高新技术处张竞博，咨询电话：025-86631760。"),
             ("583", "省科学技术院：0871-63138976"), ("403", "电话：（010）84351838、84351852")]


@pytest.mark.parametrize("number, piece", POOL_DOCS, ids=[p[0] for p in POOL_DOCS])
def test_pool_contact_lines(number, piece):
    path = POOL / f"{number}.txt"
    if not path.exists():
        pytest.skip("the shared pool is not there")
    source = read_bytes(path.read_bytes(), path.name)
    doc = parse(source, clean(source.text))
    assert any(piece in c for c in _contacts(doc))


# Known gaps: the body to turn to named before 联系 and a comma, the number after it (convention 21's own example).
GAPS = [
    ("contact-verb-then-comma", "可与技术支持部门—某研究所联系，技术支持联系电话：010-62345678。\n", "某研究所联系"),
]


@pytest.mark.parametrize("tail, piece", [g[1:] for g in GAPS], ids=[g[0] for g in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_known_gaps(tail, piece):
    assert any(piece in c for c in _contacts(_doc(HEAD + BODY + tail + AFTER)))

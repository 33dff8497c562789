"""An addressee line under a title or document number that the front reader's addressee rule does not know by its
first word (kg/text/addressee_lines.py; convention 5 of corpus/keys/README.md: front matter, no actor): 湖南湘江新区、…
住房和城乡建设局…：(517), 省级有关部门，各市…：(495), 厅机关相关处（室）、直属单位：(73). Positives, negatives (a sentence
ending in 通知如下：, a form's 填报单位： under an annex title, a line with two colons) and known gaps."""
from pathlib import Path

import pytest

from kg.pipeline import process_bytes
from kg.text.clean import clean
from kg.text.read import read_bytes
from kg.text.structure import parse

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon"

TITLE = "某市住房和城乡建设局等5部门关于印发某市绿色建筑创建行动实施方案的通知\n某住建发〔2021〕80号\n"
BODY = ("为深入贯彻有关部署，制定本方案。\n一、总体要求\n（一）指导思想。坚持节约优先，推进绿色发展。\n二、重点任务\n"
        "（二）推进创建。市住房和城乡建设局要加快推进绿色建筑创建。\n")


def _doc(text: str):
    source = read_bytes(text.encode("utf-8"), "x.txt")
    return parse(source, clean(source.text))


def _addressee(doc) -> str:
    return "".join(doc.text[s:e] for role, s, e in doc.front if role == "addressee")


# (id, the text above the line, the line, a name it holds)
POSITIVES = [
    ("new-area-first", TITLE, "湖南湘江新区、高新区、各区县（市）住房和城乡建设局、发展改革局、财政局、机关事务管理局：", "发展改革局"),
    ("provincial-bodies-first", TITLE, "省级有关部门，各市发展和改革委员会、工业和信息化局、商务局：", "商务局"),
    ("offices-and-units", TITLE, "厅机关相关处（室）、直属单位：", "直属单位"),
    ("bracketed-end", TITLE, "省级有关单位，各市、县（市、区）发展改革委（局）、生态环境局（分局）：", "生态环境局"),
    ("under-a-letterhead", "某省发展和改革委员会\n某省能源局文件\n某发改产业〔2022〕1号\n"
     "省发展改革委等五部门关于严格能效约束推动重点领域节能降碳工作的实施方案\n", "省科技厅、省财政厅，各设区市发展改革委、能源局：", "省财政厅"),
    ("under-a-signer-field", "某开发区管理委员会文件\n某技管[2021]115号\n签发人：某某\n"
     "某开发区管理委员会关于印发《某开发区绿色发展资金支持政策》的通知\n", "工委、管委会各相关机构，区内各相关企事业单位：", "企事业单位"),
]


@pytest.mark.parametrize("above, line, name", [p[1:] for p in POSITIVES], ids=[p[0] for p in POSITIVES])
def test_addressee_line_marked(above, line, name):
    doc = _doc(above + line + "\n" + BODY)
    assert name in _addressee(doc)
    assert "为深入贯彻" not in _addressee(doc)
    assert doc.meta["addressee"] == line.rstrip("：")


def test_addressee_names_no_actor():
    text = TITLE + "湖南湘江新区、各区县（市）住房和城乡建设局、发展改革局、科技局、教育局：\n" + BODY
    doc = process_bytes(text.encode("utf-8"), "x.txt")
    printed = {doc.text[a.start:a.end] for a in doc.annotations.get("actor", [])}
    assert "市住房和城乡建设局" in printed  # given a task in the body
    assert not any(p.endswith(("教育局", "科技局")) for p in printed)


# Never an addressee: a first sentence ending in ：, a line with a colon inside, a line with a full stop, a form's
# 填报单位： under an annex title with policy text above it, a preamble opening.
NEGATIVES = [
    ("sentence-ending-in-a-colon", TITLE, "为加强能力建设，现公开征集典型案例，有关事项通知如下：\n"),
    ("two-colons", TITLE, "时间：2022-03-25来源：生态环境部有关省、自治区、直辖市生态环境厅（局）：\n"),
    ("full-stop", TITLE, "区县住房和城乡建设局。市财政局：\n"),
    ("preamble-opening", TITLE, "根据省住房和城乡建设厅、省发展改革委：\n"),
    ("form-under-an-annex-title", BODY + "附件\n某市绿色建筑创建项目申报表\n", "填报单位：\n"),
]


@pytest.mark.parametrize("above, line", [n[1:] for n in NEGATIVES], ids=[n[0] for n in NEGATIVES])
def test_no_addressee(above, line):
    doc = _doc(above + line + BODY)
    assert _addressee(doc) == ""
    assert "addressee" not in doc.meta


POOL_DOCS = [("517", "城市人居环境局"), ("495", "机关事务管理局"), ("205", "浙江银保监局"), ("73", "直属单位")]


@pytest.mark.parametrize("number, name", POOL_DOCS, ids=[p[0] for p in POOL_DOCS])
def test_pool_addressee_lines(number, name):
    path = POOL / f"{number}.txt"
    if not path.exists():
        pytest.skip("the shared pool is not there")
    source = read_bytes(path.read_bytes(), path.name)
    assert name in _addressee(parse(source, clean(source.text)))


# Known gap: an addressee printed on one line after a reposting site's fields (时间：…来源：…有关省…（局）：; 226 prints
# them on two lines, kept apart since the web-page-field row of front_matter.tsv): the line is a metadata field, the
# addressee inside it not read as one.
@pytest.mark.xfail(strict=True, reason="an addressee on the line of a web page's fields is read as the field's value")
def test_gap_addressee_after_metadata_fields():
    doc = _doc(TITLE + "时间：2022-03-25来源：生态环境部有关省、自治区、直辖市生态环境厅（局）：\n" + BODY)
    assert "生态环境厅" in _addressee(doc)

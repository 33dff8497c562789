"""Forms of front matter the pool prints that kg/text/front.py read wrong (lane fm, issue 14 class 7): each
form a table of positives (what is front matter now, and names no actor), negatives (what stays policy text)
and known gaps. Texts shaped after non-held-out pool documents (the number in each case's name)."""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

BODY = "一、总体要求\n（一）加强组织领导。市生态环境局牵头推进，各县区人民政府抓好落实。\n"


def _doc(text: str):
    return parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text))


def _roles(doc, line: str) -> set[str]:
    """The front roles that cover the printed line ``line``."""
    s = doc.text.index(line)
    return {r for r, a, b in doc.front if a < s + len(line) and b > s}


def _actors(text: str) -> set[str]:
    d = annotate(_doc(text))
    return {d.text[a.start:a.end] for a in d.annotations["actor"]}


# 1. A covering notice's title printed over several lines: its first lines (…关于印发) are title too.
# 456: 天水市人民政府办公室关于印发 / 天水市“十四五”生态环境保护规划的通知
TWO_LINES = ("天水市人民政府办公室关于印发\n天水市“十四五”生态环境保护规划的通知\n天政办发〔2021〕99号\n"
             "各县区人民政府，经开区管委会，市政府有关部门：\n"
             "《天水市“十四五”生态环境保护规划》已经市政府常务会议审议通过，现印发你们，请认真抓好贯彻落实。\n"
             "天水市人民政府办公室\n2021年12月28日\n天水市“十四五”生态环境保护规划\n为推动绿色发展，制定本规划。\n" + BODY)
# 466: printed over three lines
THREE_LINES = ("青海省人民政府办公厅关于印发青海省\n“十四五”生态环境\n保护规划的通知\n"
               "各市、自治州人民政府，省政府各委、办、厅、局：\n《青海省“十四五”生态环境保护规划》已经省政府审议通过，"
               "现印发给你们，请认真抓好贯彻落实。\n青海省人民政府办公厅\n2021年11月24日\n青海省“十四五”生态环境保护规划\n" + BODY)
# 300: an opinion's title whose first line names its two issuers
ISSUERS_LINE = ("中共广西壮族自治区委员会广西壮族自治区人民政府\n关于完整准确全面贯彻新发展理念\n做好碳达峰碳中和工作的实施意见\n"
                "（2022年4月28日）\n为深入贯彻落实党中央决策部署，结合我区实际，提出如下实施意见。\n" + BODY)

TITLE_LINES = [
    ("456-notice-first-line", TWO_LINES, "天水市人民政府办公室关于印发"),
    ("466-notice-first-line", THREE_LINES, "青海省人民政府办公厅关于印发青海省"),
    ("466-notice-middle-line", THREE_LINES, "“十四五”生态环境"),
    ("300-issuers-line", ISSUERS_LINE, "中共广西壮族自治区委员会广西壮族自治区人民政府"),
    ("300-middle-line", ISSUERS_LINE, "关于完整准确全面贯彻新发展理念"),
]


@pytest.mark.parametrize("case,text,line", TITLE_LINES, ids=[c[0] for c in TITLE_LINES])
def test_a_titles_first_lines_are_title(case, text, line):
    assert "title" in _roles(_doc(text), line)


def test_the_title_and_issuers_read_from_all_its_lines():
    meta = _doc(TWO_LINES).meta
    assert meta["notice_title"] == "天水市人民政府办公室关于印发天水市“十四五”生态环境保护规划的通知"
    assert meta["issuers"] == ["天水市人民政府办公室"]
    assert _doc(ISSUERS_LINE).meta["title"].startswith("中共广西壮族自治区委员会广西壮族自治区人民政府关于")


@pytest.mark.parametrize("case,text,surface", [
    ("456-issuer-in-title", TWO_LINES, "市人民政府办公室"),
    ("300-party-in-title", ISSUERS_LINE, "广西壮族自治区委"),
], ids=["456-issuer-in-title", "300-party-in-title"])
def test_a_titles_first_lines_name_no_actor(case, text, surface):
    assert surface not in _actors(text)


# negatives: a line above a title that is no part of it (a masthead, a date, a sentence), and the
# body's bodies, stay as they were
MASTHEAD = ("西安市人民政府文件\n市政发〔2021〕21号\n西安市人民政府关于印发\n“十四五”生态环境保护规划的通知\n"
            "各区、县人民政府：现将《西安市“十四五”生态环境保护规划》印发给你们，请认真贯彻落实。\n"
            "西安市人民政府\n2021年11月23日\n西安市“十四五”生态环境保护规划\n" + BODY)
# 213: a second title line (a cited plan) under the cover: the lines above it are no title
SECOND_TITLE = ("天津市电力发展“十四五”规划\n天津市发展和改革委员会\n"
                "本规划依据《天津市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》、\n"
                "《天津市能源发展“十四五”规划》\n编制，是天津“十四五”电力高质量发展的指导性文件。\n" + BODY)


def test_a_masthead_above_the_title_is_no_title():
    assert "title" not in _roles(_doc(MASTHEAD), "西安市人民政府文件")
    assert "title" in _roles(_doc(MASTHEAD), "西安市人民政府关于印发")


def test_lines_above_a_title_line_not_taken_as_the_title_stay():
    assert "title" not in _roles(_doc(SECOND_TITLE), "本规划依据《天津市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》、")


@pytest.mark.parametrize("text,surface", [(TWO_LINES, "市生态环境局"), (ISSUERS_LINE, "各县区人民政府")],
                         ids=["456-body", "300-body"])
def test_the_bodys_actors_stay(text, surface):
    assert surface in _actors(text)


# 2. The addressee glued to the notice's text after it, under the title or the document number (GB/T
# 9704-2012 prints 主送机关 there): 各…：现将《…》印发给你们 (230, 463, 161, 434; 468 as the notice's end)
GLUED_AFTER = ("河南省人民政府关于印发河南省“十四五”现代能源体系和碳达峰碳中和规划的通知\n豫政〔2021〕58号\n"
               "各省辖市人民政府、济源示范区管委会，省人民政府各部门：现将《河南省“十四五”现代能源体系和碳达峰碳中和规划》"
               "印发给你们，请认真贯彻实施。\n河南省人民政府\n2021年12月31日\n河南省“十四五”现代能源体系和碳达峰碳中和规划\n"
               "为推动能源转型，制定本规划。\n" + BODY)
GLUED_AFTER_TITLE = ("大同市人民政府关于印发大同市“十四五”生态环境保护规划的通知\n"
                     "各县（区）人民政府，开发区管委会，市人民政府各委、办、局：现将《大同市“十四五”生态环境保护规划》"
                     "印发给你们，请认真组织实施。\n大同市人民政府\n2021年12月16日\n大同市“十四五”生态环境保护规划\n" + BODY)
# negatives: a sentence of the preamble opening with 有关 under a heading-less front, and a preamble's 各…： with
# no title or number just above it
OPENS_YOUXIAN = ("关于组织开展节能降碳示范项目征集工作的通知\n四川省经济和信息化厅\n"
                 "有关事项通知如下：各地要高度重视。\n" + BODY)


@pytest.mark.parametrize("case,text,addressee", [
    ("230-under-the-number", GLUED_AFTER, "各省辖市人民政府、济源示范区管委会，省人民政府各部门"),
    ("463-under-the-title", GLUED_AFTER_TITLE, "各县（区）人民政府，开发区管委会，市人民政府各委、办、局"),
], ids=["230-under-the-number", "463-under-the-title"])
def test_an_addressee_glued_to_the_text_after_it(case, text, addressee):
    doc = _doc(text)
    assert doc.meta["addressee"] == addressee
    assert "addressee" in _roles(doc, addressee)


@pytest.mark.parametrize("case,text,surface,kept", [
    ("230-addressed-city-governments", GLUED_AFTER, "各省辖市人民政府", False),
    ("230-addressed-zone", GLUED_AFTER, "济源示范区管委会", False),
    ("463-addressed-zone", GLUED_AFTER_TITLE, "开发区管委会", False),
    ("230-body-stays", GLUED_AFTER, "市生态环境局", True),
], ids=["230-addressed-city-governments", "230-addressed-zone", "463-addressed-zone", "230-body-stays"])
def test_a_glued_addressee_names_no_actor(case, text, surface, kept):
    assert (surface in _actors(text)) is kept


def test_a_line_that_opens_with_youguan_under_an_issuer_is_no_addressee():
    doc = _doc(OPENS_YOUXIAN)
    assert "addressee" not in doc.meta

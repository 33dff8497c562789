"""Structure: heading tables (positives, negatives, known gaps), numbering checks, seed facts, goldens."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from kg.text.clean import clean
from kg.model import Source
from kg.pipeline import process_bytes
from kg.text.structure import StructureError, cn_number, parse

from tests.conftest import ROOT, SEED, parsed, require_shared


def parse_text(text: str):
    src = Source("t.txt", "0" * 64, "utf-8", "txt", text)
    return parse(src, clean(text))


def kinds(doc):
    return [(n.kind, n.number, n.title) for n in doc.root.walk() if n.kind not in ("document", "sentence")]


# (id, text, expected (kind, number, title) outline)
POSITIVE = [
    ("part-and-measure", "一、总体要求\n（一）指导思想。坚持。\n",
     [("part", "一", "总体要求"), ("measure", "一", "指导思想")]),
    ("half-width-measure", "一、总体要求\n(二)工作原则。坚持。\n",
     [("part", "一", "总体要求"), ("measure", "二", "工作原则")]),
    ("heading-line-alone", "一、总体要求\n（二）工作原则\n实现目标，要坚持原则。\n",
     [("part", "一", "总体要求"), ("measure", "二", "工作原则")]),
    ("items", "一、重点任务\n（一）调整结构。推动。\n1.构建产业布局。贯彻。\n2.遏制盲目发展。采取。\n",
     [("part", "一", "重点任务"), ("measure", "一", "调整结构"), ("item", "1", "构建产业布局"), ("item", "2", "遏制盲目发展")]),
    ("subitems", "一、任务\n（一）调整。推动。\n（1）钢铁。推进。\n（2）建材。推进。\n",
     [("part", "一", "任务"), ("measure", "一", "调整"), ("subitem", "1", "钢铁"), ("subitem", "2", "建材")]),
    ("principles", "二、总体要求\n要坚持做到：\n——全领域转型。大力推动。\n——全方位提升。坚持。\n",
     [("part", "二", "总体要求"), ("principle", None, "全领域转型"), ("principle", None, "全方位提升")]),
    ("chapter-parts", "第一章 总体要求\n（一）指导思想。坚持。\n第二章 重点任务\n（二）任务。推进。\n",
     [("part", "一", "总体要求"), ("measure", "一", "指导思想"), ("part", "二", "重点任务"), ("measure", "二", "任务")]),
    ("big-numbers", "十三、加强组织\n（三十七）严格监督考核。各地区要。\n",
     [("part", "十三", "加强组织"), ("measure", "三十七", "严格监督考核")]),
]

# (id, text, kind that must NOT appear, or a (kind, number) pair)
NEGATIVE = [
    ("inline-parenthesis", "一、总体要求\n（一）落实责任。省（自治区、直辖市）党委和政府应当制定配套文件。\n", ("measure", "自治区、直辖市")),
    ("wrapped-parenthesis", "一、总体要求\n（一）落实责任。各省要加强领导，落实工作责任，确保各项任务落到实处。地方各级党委和政府、省\n（自治区、直辖市）党委和政府应当制定配套文件。\n", ("measure", "自治区、直辖市")),
    ("decimal-not-item", "一、目标\n（一）目标。比2020年下降\n13.5%以上。\n", ("item", "13")),
    ("year-not-item", "一、目标\n（一）目标。到\n2025年，基本形成。\n", ("item", "2025")),
    ("title-not-part", "关于推进美丽中国建设的意见\n一、总体要求\n（一）指导思想。坚持。\n", ("part", "关于")),
]

KNOWN_GAPS = [
    # Ordinals in the 百 range print as 一百零一 and are rare; cn2an handles them, headings rarely do.
    ("unnumbered-bold-run-in-heading", "一、任务\n（一）统筹。强化统筹协调。应对气候变化工作统一谋划。\n", ("subheading", "强化统筹协调")),
]


@pytest.mark.parametrize("case_id,text,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_structure_positive(case_id, text, expected):
    assert kinds(parse_text(text)) == expected


@pytest.mark.parametrize("case_id,text,absent", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_structure_negative(case_id, text, absent):
    doc = parse_text(text)
    kind, number = absent
    assert all(not (k == kind and (n or t or "").startswith(number)) for k, n, t in kinds(doc)), kinds(doc)


@pytest.mark.parametrize("case_id,text,expected", KNOWN_GAPS, ids=[c[0] for c in KNOWN_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_structure_known_gaps(case_id, text, expected):
    assert expected in [(k, t) for k, _, t in kinds(parse_text(text))]


@pytest.mark.parametrize("num,value", [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("三十三", 33), ("三十七", 37), ("12", 12)])
def test_cn_number(num, value):
    assert cn_number(num) == value


# Numbering problems: (id, text, issue code, the heading it is reported at)
NUMBERING = [
    ("gap", "一、甲\n（一）甲。甲。\n（三）丙。丙。\n", "numbering-gap", "（三）"),
    ("duplicate", "一、甲\n（一）甲。甲。\n（二）乙。乙。\n（二）乙。乙。\n", "numbering-duplicate", "（二）乙。乙。\n（二）"),
    ("out-of-order", "一、甲\n（一）甲。甲。\n（三）丙。丙。\n（二）乙。乙。\n（四）丁。丁。\n", "numbering-order", "（二）"),
    ("part-gap", "一、甲\n（一）甲。甲。\n三、丙\n（二）乙。乙。\n", "numbering-gap", "三、"),
    ("through-numbering-continues", "一、甲\n（一）甲。甲。\n二、乙\n（三）丙。丙。\n", "numbering-gap", "（三）"),
]


@pytest.mark.parametrize("case_id,text,code,where", NUMBERING, ids=[c[0] for c in NUMBERING])
def test_numbering_problems_are_reported_with_location(case_id, text, code, where):
    doc = parse_text(text)
    assert code in [i.code for i in doc.issues]
    issue = [i for i in doc.issues if i.code == code][0]
    lines = text.split("\n")
    line_text = lines[issue.line - 1]
    assert line_text[issue.column - 1:].startswith(where.split("\n")[-1]), (issue, line_text)


@pytest.mark.parametrize("text", ["一、甲\n（一）甲。甲。\n二、乙\n（一）乙。乙。\n（二）丙。丙。\n",
                                  "一、甲\n（一）甲。甲。\n二、乙\n（二）乙。乙。\n"], ids=["per-part", "through"])
def test_valid_numbering_has_no_issues(text):
    assert parse_text(text).issues == []


@pytest.mark.parametrize("text", ["", "这是一段没有任何结构的文字。它没有标题，也没有编号。\n", "hello world\n"], ids=["empty", "prose", "latin"])
def test_no_structure_is_an_error(text):
    with pytest.raises(StructureError, match="no policy structure"):
        parse_text(text)


# The seed ------------------------------------------------------------------------------------

SEED_PARTS = ["新时代新征程开启全面推进美丽中国建设新篇章", "总体要求", "加快发展方式绿色转型", "持续深入推进污染防治攻坚",
              "提升生态系统多样性稳定性持续性", "守牢美丽中国建设安全底线", "打造美丽中国建设示范样板", "开展美丽中国建设全民行动",
              "健全美丽中国建设保障体系", "加强党的全面领导"]
# measures per part (parts 一 and 二 have none)
SEED_MEASURES_PER_PART = [0, 0, 4, 4, 3, 5, 4, 3, 6, 4]  # counted with awk on the source


def test_seed_parts_and_measures(seed_doc):
    parts = seed_doc.nodes("part")
    assert [p.title for p in parts] == SEED_PARTS
    assert [sum(1 for c in p.children if c.kind == "measure") for p in parts] == SEED_MEASURES_PER_PART
    measures = seed_doc.nodes("measure")
    assert [m.ordinal for m in measures] == list(range(1, 34))
    assert measures[0].title == "优化国土空间开发保护格局"
    assert measures[-1].title == "开展绩效考核"
    assert seed_doc.issues == []


def test_seed_text_facts(seed_doc):
    ms = {m.ordinal: seed_doc.slice(m) for m in seed_doc.nodes("measure")}
    assert "高耗能、高排放、低水平项目盲目上马" in ms[3]
    assert "科学开展大规模国土绿化行动" in ms[10]
    assert "高层次生态环境科技人才工程" in ms[26]
    assert ms[33].endswith("重要参考。")
    assert "新华社" not in ms[33]
    assert "氣" not in seed_doc.text and "气候变化" in ms[15]
    for word in ("阿尔金山", "藏野驴", "宁夏"):
        assert word not in seed_doc.text
    assert seed_doc.meta["title"] == "中共中央国务院关于全面推进美丽中国建设的意见"
    assert seed_doc.meta["date"] == "2023-12-27"
    assert seed_doc.meta["dateline"]["text"] == "（新华社北京1月11日电）"
    reasons = {e.reason for e in seed_doc.excluded}
    assert "after-dateline" in reasons
    src = seed_doc.source.text
    ex = [e for e in seed_doc.excluded if e.reason == "after-dateline"][0]
    assert "阿尔金山" in src[ex.source_start:ex.source_end] and "宁夏" in src[ex.source_start:ex.source_end]


def test_every_span_proves_itself(seed_doc):
    """Each structural span maps back to source characters that read the same."""
    import unicodedata

    src = seed_doc.source.text
    for node in seed_doc.nodes("sentence"):
        text = seed_doc.text[node.start:node.end]
        s, e = seed_doc.source_span(node.start, node.end)
        raw = src[s:e]
        squash = lambda t: re.sub(r"[\s#]", "", unicodedata.normalize("NFKC", t)).replace("氣", "气")  # noqa: E731
        assert squash(raw).replace("，", ",").replace("（", "(").replace("）", ")").replace("；", ";").replace("：", ":") == \
            squash(text).replace("，", ",").replace("（", "(").replace("）", ")").replace("；", ";").replace("：", ":")


def test_sentences_tile_measures(seed_doc):
    for m in seed_doc.nodes("measure"):
        sents = [c for c in m.children if c.kind == "sentence"]
        assert sents and sents[0].start == m.body_start
        assert "".join(seed_doc.text[s.start:s.end] for s in sents) == seed_doc.slice(m).replace("\n", "")


# Goldens --------------------------------------------------------------------------------------

GOLDEN_DIR = ROOT / "tests" / "golden"


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN_DIR.glob("*.json")))
def test_golden_structure(name):
    require_shared()
    sys.path.insert(0, str(ROOT / "scripts"))
    import golden

    path = golden.GOLDEN[name]
    doc = parsed(str(path))
    expected = json.loads((GOLDEN_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert golden.outline(doc) == expected


def test_goldens_cover_seed_and_three_corpus_documents():
    names = {p.stem for p in GOLDEN_DIR.glob("*.json")}
    assert "seed_beautiful_china_2023" in names and len(names - {"seed_beautiful_china_2023"}) >= 3


def test_seed_file_is_the_shared_seed_byte_for_byte():
    require_shared()
    shared = ROOT.parent / "shared" / "seeds" / "000_e6765db9f21b0710.txt"
    assert SEED.read_bytes() == shared.read_bytes()


# Titles of real documents: read by hand from the first lines of each pool text --------------------

POOL = Path(__file__).resolve().parents[2] / "shared" / "dual-carbon"

# Held-out documents (the test halves of corpus/keys/split.tsv and corpus/alignment/) are never quoted here:
# 79, 298 and 129 were, until 2026-11-30 20:20 (disclosed in the closing note of issue 14).
TITLES = [
    # a title wrapped over lines, the last alone ending in the genre word
    ("240", "海南省人民政府办公厅关于加快建立健全绿色低碳循环发展经济体系的实施意见"),
    # a covering notice 关于印发…的通知 wrapped over two lines, without 《》: the plan's own title
    ("219", "天津市加快建立健全绿色低碳循环发展经济体系的实施方案"),
    ("75", "福建省加快建立健全绿色低碳循环发展经济体系实施方案"),
]


@pytest.mark.parametrize("number,title", TITLES, ids=[t[0] for t in TITLES])
def test_titles_of_pool_documents(number, title):
    path = POOL / f"{number}.txt"
    if not path.exists():
        pytest.skip("../shared/dual-carbon is not beside this checkout")
    doc = process_bytes(path.read_bytes(), path.name)
    assert doc.meta["title"] == title


@pytest.mark.parametrize("line", [
    "为贯彻落实《国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见》",
    "根据《中华人民共和国环境保护法》等法律法规，制定本办法",
    "按照《2030年前碳达峰行动方案》",
])
def test_a_preamble_sentence_is_never_a_title(line):
    from kg.text.structure import front_role

    assert front_role(line)[0] != "title"

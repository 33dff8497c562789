"""Central → local alignment (issue 15): levels, citations, parent detection, measure alignment.

Alignment pairs are checked on dev-half documents of corpus/alignment only (60, 85, 297); no
test-half document (71, 298, 69, 79) is read here. A parent found by alignment rather than by
citation is tested on 297 with the sentence citing its parent taken out ("297-uncited").
"""
import re
from pathlib import Path

import pytest

from kg.analysis.align import Pool, provisions
from kg.analysis.citations import citations, core_title, titles_match
from kg.analysis.level import document_level, parent_possible
from kg.pipeline import process_bytes

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "dual-carbon"
CORPUS = ROOT.parent / "shared" / "corpus"
CARBON = "cpc_sc_carbon_peak_neutrality_opinions_2021"
GREEN = "sc_green_low_carbon_circular_economy_guidance_2021"
COPY = "cpc_sc_carbon_peak_neutrality_opinions_2021_montana_html"
CARBON_TITLE = "中共中央、国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见"
GREEN_TITLE = "国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见"

pytestmark = pytest.mark.skipif(not (POOL.exists() and CORPUS.exists()), reason="../shared corpus not present")


def doc(text: str, name="t.txt"):
    return process_bytes(text.encode("utf-8"), name)


@pytest.fixture(scope="module")
def docs():
    out = {k: process_bytes((CORPUS / f"{k}.txt").read_bytes(), f"{k}.txt") for k in (CARBON, GREEN, COPY)}
    for n in ("60", "85", "297"):
        out[n] = process_bytes((POOL / f"{n}.txt").read_bytes(), f"{n}.txt")
    # the same implementation with no citation of its parent: found by how its provisions align
    text, cut = re.subn(r"为贯彻落实《[^》]*》精神，", "为", (POOL / "297.txt").read_text(encoding="utf-8"))
    assert cut == 1
    out["297-uncited"] = process_bytes(text.encode("utf-8"), "297-uncited.txt")
    return out


@pytest.fixture(scope="module")
def pool(docs):
    return Pool(docs)


# ------------------------------------------------------------------ 15.1 level


@pytest.mark.parametrize("key,level,province", [
    (CARBON, "central", None), (GREEN, "central", None),
    ("60", "provincial", "jiangxi"), ("85", "provincial", "ningxia"), ("297", "provincial", "neimenggu"),
])
def test_level_of_pool_documents(docs, key, level, province):
    lv = document_level(docs[key])
    assert (lv.level, lv.province) == (level, province)


@pytest.mark.parametrize("title,level", [
    ("国务院关于加快发展循环经济的指导意见", "central"),
    ("国家发展改革委关于印发节能方案的通知", "central"),
    ("江苏省人民政府关于推进绿色发展的实施意见", "provincial"),
    ("北京市人民政府关于推进绿色发展的实施意见", "provincial"),
    ("苏州市人民政府关于推进绿色发展的实施意见", "municipal"),
    ("中共天水市委 天水市人民政府关于推进绿色发展的实施意见", "municipal"),
    ("沭阳县人民政府关于推进绿色发展的实施方案", "county"),
    ("广西壮族自治区人民政府关于推进绿色发展的实施意见", "provincial"),
])
def test_level_from_title(title, level):
    assert document_level(doc(f"{title}\n\n一、总体要求\n（一）指导思想。推进绿色发展。\n")).level == level


def test_same_level_never_parent_and_child(docs):
    a, b = document_level(docs["60"]), document_level(docs["85"])
    assert not parent_possible(a, b) and not parent_possible(b, a)
    assert parent_possible(a, document_level(docs[CARBON]))
    assert not parent_possible(document_level(docs[CARBON]), a)


# ------------------------------------------------------------------ 15.2 citations


@pytest.mark.parametrize("cited,title", [
    (GREEN_TITLE, GREEN_TITLE),
    ("〈国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见〉", GREEN_TITLE),
    ("关于加快建立健全绿色低碳循环发展经济体系的指导意见", GREEN_TITLE),  # without the issuer
    ("国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见（国发〔2021〕4号）", GREEN_TITLE),
    ("中共中央国务院关于完整准确全面贯彻新发展理念做 好碳达峰碳中和工作的意见", CARBON_TITLE),  # line break, no 、
    ("关于完整准确全面贯彻理念做好碳达峰碳中和工作的意见", CARBON_TITLE),  # a word dropped in print
])
def test_titles_match(cited, title):
    assert titles_match(cited, title)


@pytest.mark.parametrize("cited,title", [
    ("江西省关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的实施意见", CARBON_TITLE),  # 实施意见 ≠ 意见
    ("中华人民共和国节约能源法", GREEN_TITLE),
    ("意见", GREEN_TITLE),
    ("关于加快建立健全绿色低碳循环发展经济体系的实施方案", GREEN_TITLE),
])
def test_titles_do_not_match(cited, title):
    assert not titles_match(cited, title)


def test_core_title_drops_issuer():
    assert core_title("中共中央、国务院关于做好碳达峰碳中和工作的意见") == "关于做好碳达峰碳中和工作意见"  # and 的 before the genre word


PREAMBLE = (
    "某省人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见\n\n"
    "为贯彻落实《国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见》（国发〔2021〕4号），"
    "按照《中华人民共和国节约能源法》规定，结合我省实际，现提出如下实施意见。《意见》提出的任务要逐项落实。\n\n"
    "一、总体要求\n（一）指导思想。依据《关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见》推进工作。\n"
)


def test_citations_resolved_cued_and_short_forms():
    cs = citations(doc(PREAMBLE), {"green": GREEN_TITLE, "carbon": CARBON_TITLE})
    got = [(c.title, c.target, c.cue, c.short, c.in_preamble) for c in cs]
    assert got == [
        (GREEN_TITLE, "green", "贯彻落实", False, True),
        ("中华人民共和国节约能源法", None, "按照", False, True),  # kept as a literal: nothing matches
        ("意见", "green", None, True, True),  # short form → the last full title
        ("关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见", "carbon", None, False, False),  # cue outside the preamble
    ]


def test_own_title_is_not_a_citation_target(docs):
    cs = citations(docs["60"], {"carbon": CARBON_TITLE})
    assert [c.is_self for c in cs[:2]] == [True, False]
    assert cs[1].target == "carbon" and cs[1].cue == "贯彻落实"


# ------------------------------------------------------------------ 15.3 parent


@pytest.mark.parametrize("key,parent,how", [("60", CARBON, "cited"), ("85", GREEN, "cited"), ("297", CARBON, "cited"), ("297-uncited", CARBON, "aligned")])
def test_parent_detection(pool, key, parent, how):
    found, got_how, _ = pool.parent(key)
    assert (found, got_how) == (parent, how)


def test_no_forced_match_when_parent_absent(docs):
    pool = Pool({k: v for k, v in docs.items() if k not in (CARBON, COPY, "297-uncited")})
    al = pool.align("297")
    assert al.relation == "none" and al.central is None and al.pairs == []
    assert "not in the set" in al.message


def test_copy_is_reported(pool):
    al = pool.align(COPY, CARBON)
    assert al.relation == "copy" and al.pairs == []
    assert pool.align(CARBON, CARBON).relation == "copy"


def test_same_level_is_not_aligned(pool):
    al = pool.align(GREEN, CARBON)
    assert al.relation == "same-level" and al.pairs == []
    assert pool.align("60", "85").relation == "same-level"


# ------------------------------------------------------------------ 15.4-15.6 alignment (dev documents only)


def test_provision_ids_follow_print(docs):
    ids = [p.id for p in provisions(docs["60"])]
    assert ids[:3] == ["一", "二（一）", "二（二）"] and "十（四）" in ids
    assert [p.id for p in provisions(docs[CARBON])][:4] == ["一（一）", "一（二）", "二", "三（三）"]


@pytest.mark.parametrize("key,local,central", [
    ("60", "三（一）", "五（九）"),  # 严格能源消费强度和总量控制 → 强化能源消费强度和总量双控
    ("60", "八（一）", "九（二十二）"),  # 巩固生态系统碳汇成果, copied
    ("60", "十（四）", "十三（三十七）"),  # 严格监督考核
    ("85", "一（二）", "一（三）"),  # 主要目标
    ("85", "七（二十二）", "七（二十三）"),  # 加大财税扶持力度, copied
])
def test_hand_checked_pairs(pool, key, local, central):
    al = pool.align(key)
    best = [p for p in al.pairs if p.local.id == local]
    assert best and best[0].central.id == central
    assert best[0].reason.text() != "weak overlap"


def test_copied_and_adapted(pool):
    al = pool.align("85")
    assert {p.closeness for p in al.pairs} == {"copied", "adapted"}
    for p in al.pairs:  # copied: at least half of the local text in passages reused from the central one
        assert (p.closeness == "copied") == (p.reason.reused >= 0.5)
    one = [p for p in al.pairs if p.local.id == "一（一）"][0]  # 指导思想, key: copied
    assert one.closeness == "copied" and one.reason.passage in one.central.text


def test_coverage_and_targets(pool):
    al = pool.align("60")
    cov = al.coverage
    central_ids = {p.id for p in pool.provs[CARBON]}
    assert set(cov.taken_up) | set(cov.left_out) == central_ids and not set(cov.taken_up) & set(cov.left_out)
    assert set(cov.local_new) == {p.id for p in al.local_provisions} - {p.local.id for p in al.pairs}
    t = [t for t in al.targets if t.indicator == "non_fossil_share"]
    assert t and t[0].central == "二" and t[0].value in ("stricter", "looser", "same")


def test_deterministic(docs):
    a = Pool(docs).align("85")
    b = Pool(docs).align("85")
    assert [(p.local.id, p.central.id, p.score, p.reason) for p in a.pairs] == \
        [(p.local.id, p.central.id, p.score, p.reason) for p in b.pairs]


def test_copy_found_without_a_parent(pool):
    al = pool.align(COPY)  # the html copy of the central opinion: its level is not printed
    assert (al.relation, al.central) == ("copy", CARBON)


def test_same_title_of_several_provinces_resolves_to_own_province():
    from kg.analysis.citations import resolve

    t = "关于加快建立健全绿色低碳循环发展经济体系的实施意见"
    known = {"js": "江苏省政府" + t, "nx": "宁夏回族自治区人民政府" + t, "hb": "河北省人民政府关于建立健全绿色低碳循环发展经济体系的实施意见"}
    assert resolve(t, known) is None  # ambiguous: two provinces issued this title
    assert resolve(t, known, prefer=lambda k: k == "nx") == "nx"
    assert resolve("关于建立健全绿色低碳循环发展经济体系的实施意见", known) == "hb"  # exact beats a near match


@pytest.mark.parametrize("sentence,cue", [
    ("为深入贯彻落实国家发展改革委、工业和信息化部、生态环境部、市场监管总局、国家能源局五部委《{t}》，现制定本方案。", "深入贯彻落实"),
    ("为贯彻落实\n《{t}》精神，结合实际，制定本方案。", "贯彻落实"),  # a line break in the sentence
    ("根据《{t}》，制定本方案。", "根据"),
])
def test_cue_positives(sentence, cue):
    cs = citations(doc("某省实施方案\n\n" + sentence.format(t=GREEN_TITLE) + "\n\n一、总体要求\n（一）指导思想。推进。\n"), {"g": GREEN_TITLE})
    assert (cs[0].target, cs[0].cue) == ("g", cue)


@pytest.mark.parametrize("sentence", [
    "为贯彻落实党中央决策部署，加快绿色转型，《{t}》提出了要求。",  # the cue is in another clause
    "各地要学习《{t}》。",
])
def test_cue_negatives(sentence):
    cs = citations(doc("某省实施方案\n\n" + sentence.format(t=GREEN_TITLE) + "\n\n一、总体要求\n（一）指导思想。推进。\n"), {"g": GREEN_TITLE})
    assert cs[0].target == "g" and cs[0].cue is None


def test_same_title_of_another_province_is_not_a_match():
    t = "关于加快建立健全绿色低碳循环发展经济体系的实施意见"
    assert not titles_match("广西壮族自治区人民政府" + t, "江苏省人民政府办公厅" + t)
    assert not titles_match("广西壮族自治区人民政府" + t, "海南省人民政府办公厅" + t)  # a province places.tsv lacks
    assert titles_match("广西壮族自治区人民政府" + t, t)
    assert titles_match("江苏省政府" + t, "江苏省人民政府" + t)


def test_level_from_a_province_named_in_the_title():
    d = doc("关于印发《严格能效约束推动浙江省重点领域节能降碳技术改造实施方案》的通知\n\n各市县：\n\n一、总体要求\n（一）指导思想。推进节能降碳。\n")
    assert (document_level(d).level, document_level(d).province) == ("provincial", "zhejiang")


def test_cited_issuer_province_vetoes_a_document_of_another_province():
    from kg.analysis.citations import resolve

    t = "关于加快建立健全绿色低碳循环发展经济体系的实施意见"
    known = {"nx": "自治区人民政府" + t}  # its title names no province; its place is ningxia
    assert resolve("广西壮族自治区人民政府" + t, known) == "nx"
    assert resolve("广西壮族自治区人民政府" + t, known, places={"nx": "ningxia"}) is None
    assert resolve("宁夏回族自治区人民政府" + t, known, places={"nx": "ningxia"}) == "nx"


def test_hainan_is_a_province_not_only_its_free_trade_port():
    # 严格能效约束推动海南省…实施方案 names its province only in the middle of its title
    d = doc("严格能效约束推动海南省重点领域节能降碳技术改造实施方案\n\n一、总体要求\n（一）指导思想。推进节能降碳。\n")
    assert (document_level(d).level, document_level(d).province) == ("provincial", "hainan_province")

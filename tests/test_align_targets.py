"""Central → local target comparison (issue 15.5) and the alignment's bad input (issue 15, "Bad input").

Real documents are dev-half (297) or outside corpus/alignment's keys; the test half is never aligned here.
"""
from pathlib import Path

import pytest

from kg.analysis.align import Pool
from kg.analysis.provisions import Provision
from kg.analysis.targets import compare_targets, scale_free
from kg.model import Annotation
from kg.pipeline import process_bytes

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "dual-carbon"
CORPUS = ROOT.parent / "shared" / "corpus"
CARBON = "cpc_sc_carbon_peak_neutrality_opinions_2021"
GREEN = "sc_green_low_carbon_circular_economy_guidance_2021"

shared = pytest.mark.skipif(not (POOL.exists() and CORPUS.exists()), reason="../shared corpus not present")


def target(value, unit, year=2025, comparator="=", change=None, indicator="x", start=0):
    v = {"indicator": indicator, "value": value, "unit": unit, "year": year, "comparator": comparator}
    if change:
        v["change"] = change
    return Annotation("target", start, start + 1, "test", tuple(sorted(v.items())))


class _Pair:  # what compare_targets reads of an align.Pair
    def __init__(self, lts, cts):
        self.local = Provision("l", "一", "part_1", "", "", "", 0, 1, targets=tuple(lts))
        self.central = Provision("c", "二", "part_2", "", "", "", 0, 1, targets=tuple(cts))


def compared(lt, ct):
    [t] = compare_targets([_Pair([lt], [ct])])
    return t.value, t.deadline


@pytest.mark.parametrize("unit,free", [
    ("%", True), ("pp", True), ("tce/10k-yuan", True), ("tCO2/10k-yuan", True), ("kWh/t", True), ("km/km2", True),
    ("t", False), ("km", False), ("kW", False), ("count", False), ("m3", False), ("t/d", False), ("m3/d", False),
    ("t/a", False), (None, False),
])
def test_scale_free_units(unit, free):
    assert scale_free(target("1", unit)) is free


@pytest.mark.parametrize("lt,ct,value", [
    # ratios, percentages, intensities: compared
    (target("18", "%"), target("20", "%"), "looser"),
    (target("25", "%", comparator="~"), target("20", "%"), "stricter"),  # 左右 aims at the value like 达到
    (target("14", "%", change="decrease"), target("13.5", "%", change="decrease"), "stricter"),
    (target("0.5", "tce/10k-yuan", comparator="<="), target("0.6", "tce/10k-yuan", comparator="<="), "stricter"),
    (target("20", "%"), target("20", "%"), "same"),
    # absolute amounts of a province against the country's: never stricter or looser
    (target("1550000000", "m3"), target("18000000000", "m3"), "incomparable-scope"),
    (target("100", "count", comparator=">="), target("100", "count", comparator=">="), "incomparable-scope"),
    (target("5000000", "kW"), target("1200000000", "kW"), "incomparable-scope"),
    (target("300", "t/d"), target("300", "t/d"), "incomparable-scope"),
    # other units or no number: incomparable
    (target("20", "%"), target("20", "pp"), "incomparable"),
    (target("较大", "%"), target("20", "%"), "incomparable"),
])
def test_value_comparison(lt, ct, value):
    assert compared(lt, ct)[0] == value


def test_absolute_amounts_still_compare_deadlines():
    assert compared(target("8", "m3", year=2025), target("190", "m3", year=2030)) == ("incomparable-scope", "earlier")


def test_the_central_target_of_the_same_deadline_is_chosen():
    lt = target("25", "%", year=2030)
    [t] = compare_targets([_Pair([lt], [target("20", "%", year=2025), target("25", "%", year=2030, start=5)])])
    assert (t.central_value, t.value, t.deadline) == ("25", "same", "same")


@pytest.fixture(scope="module")
def family():
    docs = {k: process_bytes((CORPUS / f"{k}.txt").read_bytes(), f"{k}.txt") for k in (CARBON, GREEN)}
    docs["297"] = process_bytes((POOL / "297.txt").read_bytes(), "297.txt")
    return docs


@shared
def test_a_provinces_forest_stock_is_not_looser_than_the_countrys(family):
    al = Pool(family).align("297")
    got = {(t.indicator, t.value) for t in al.targets}
    assert ("forest_stock", "incomparable-scope") in got  # 15.5亿 m³ of one province against 180亿 m³ of the country
    assert ("forest_cover", "looser") in got  # a percentage: compared


NEWS = ("省委办公厅、省政府办公厅印发《关于推动城乡建设绿色发展的实施意见》\n\n"
        "（记者宋平）日前，省委办公厅、省政府办公厅印发《关于推动城乡建设绿色发展的实施意见》，"
        "为贯彻落实《中共中央、国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见》，提出：\n"
        "1.到2025年，全省森林覆盖率要达到36.5%。\n2.城市人均公园绿地面积达到12平方米。\n")


@shared
def test_a_news_report_with_no_provisions_aligns_to_nothing_and_says_why(family):
    docs = dict(family, news=process_bytes(NEWS.encode("utf-8"), "news.txt"))
    pool = Pool(docs)
    assert pool.provs["news"] == []
    for al in (pool.align("news"), pool.align("news", CARBON)):
        assert (al.relation, al.central, al.pairs) == ("none", None, [])
        assert "no parts or numbered measures" in al.message and "\n" not in al.message
    al = pool.align("297")  # and the others still align
    assert al.relation == "implements" and al.pairs


@shared
def test_a_news_report_in_a_build_is_one_line_not_a_failure(family):
    from kg.analysis.graph import alignment_lines

    lines = alignment_lines(dict(family, **{"https://example.org/news": process_bytes(NEWS.encode("utf-8"), "news.txt")}))
    mine = [ln for ln in lines if ln.startswith("<https://example.org/news/alignment>")]
    assert any('"none"' in ln for ln in mine)
    assert any("no parts or numbered measures" in ln for ln in mine)


@shared
def test_a_pool_copy_of_a_central_document_is_reported_as_a_copy():
    central = "mee_pollution_carbon_synergy_implementation_plan_2022"
    docs = {central: process_bytes((CORPUS / f"{central}.txt").read_bytes(), f"{central}.txt"),
            "247": process_bytes((POOL / "247.txt").read_bytes(), "247.txt")}  # the same plan, from another site
    pool = Pool(docs)
    for a, b in (("247", central), (central, "247")):
        al = pool.align(a)
        assert (al.relation, al.central, al.pairs) == ("copy", b, [])
    assert pool.align(central, central).relation == "copy"

"""An added document realigns exactly the local documents it can change (issue 17, item 4), and the
folder is byte for byte what a clean build of the same sources writes.

A local document's alignment share is kept under the digest of what it depends on (``Pool.reads``):
the central documents, the possible parents whose titles a title its preamble cites could match,
the documents it could be a copy of. A provincial document added to a folder of municipal ones
realigns the municipal documents citing it (and itself), not the others; a central one realigns
every local document (it changes the index every parent is searched in).
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.analysis.citations import TitleCandidates, match_grade

from tests.conftest import nq_text, run, write_docs
from tests.test_incremental import CENTRAL, LOCAL
from tests.test_incremental_cross import _files, aligned  # noqa: F401 (aligned: a fixture)

CHENGDU = """成都市人民政府关于推进绿色低碳发展的实施方案
为贯彻落实《四川省人民政府关于推进绿色低碳发展的实施意见》，结合我市实际，制定本方案。
一、总体要求
（一）指导思想。坚持绿色发展，推动全市经济社会发展全面绿色转型。
（二）主要目标。到2030年，森林覆盖率达到41%。
二、重点任务
（三）推进能源转型。市发展改革委负责加快发展可再生能源，推进分布式光伏建设。
"""
MIANYANG = """绵阳市人民政府关于加强生态环境保护的实施方案
一、总体要求
（一）指导思想。坚持生态优先，推动全市生态环境质量持续改善。
二、重点任务
（二）加强生态保护。市生态环境局负责加强生态环境监管执法，市自然资源和规划局参与。
"""
DEYANG = """德阳市人民政府关于推进绿色低碳发展的实施方案
为贯彻落实《国务院关于推进绿色低碳发展的意见》，结合我市实际，制定本方案。
一、总体要求
（一）指导思想。坚持绿色发展，推动全市经济社会发展全面绿色转型。
二、重点任务
（二）推进能源转型。市发展改革委负责加快发展可再生能源。
"""


@pytest.mark.parametrize("before, added, realigned, cited", [
    # a provincial document: the municipal one citing it realigns (its parent is now the cited one), itself too
    ({"central": CENTRAL, "chengdu": CHENGDU, "mianyang": MIANYANG}, {"sichuan": LOCAL},
     ["chengdu.txt", "sichuan.txt"], "四川省人民政府关于推进绿色低碳发展的实施意见"),
    # a central document the local ones cite: every local document realigns
    ({"chengdu": CHENGDU, "mianyang": MIANYANG, "deyang": DEYANG}, {"central": CENTRAL},
     ["chengdu.txt", "deyang.txt", "mianyang.txt"], "国务院关于推进绿色低碳发展的意见"),
], ids=["provincial-cited-by-one", "central-cited"])
def test_an_added_parent_realigns_the_documents_citing_it_and_gives_the_clean_build(tmp_path, aligned, before, added,
                                                                                      realigned, cited):
    src = write_docs(tmp_path / "docs", **before)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    write_docs(src, **added)
    aligned.clear()
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    assert sorted(aligned) == realigned
    nq = nq_text(out)
    assert f"the preamble cites 《{cited}》 as the document it implements" in nq  # the added parent was taken
    assert run("build", src, "--out", clean, "--no-store").exit_code == 0
    assert _files(out) == _files(clean)


# ------------------------------------------------------------------ the title look-up


TITLES = {
    "a": ["国务院关于推进绿色低碳发展的意见"],
    "b": ["四川省人民政府关于推进绿色低碳发展的实施意见", "四川省人民政府"],
    "c": ["广东省人民政府关于推进绿色低碳发展的实施意见"],
    "d": ["关于印发2030年前碳达峰行动方案的通知（国发〔2021〕23号）", "2030年前碳达峰行动方案"],
    "e": ["成都市人民政府关于加快建设国家中心城市推动城市绿色低碳高质量发展的实施方案"],
}


@pytest.mark.parametrize("cited, found", [
    ("国务院关于推进绿色低碳发展的意见", {"a"}),  # the same title
    ("关于推进绿色低碳发展的意见", {"a"}),  # its issuer dropped
    ("四川省人民政府关于推进绿色低碳发展的实施意见", {"b", "c"}),  # c: the same core (match_grade tells them apart)
    ("2030年前碳达峰行动方案", {"d"}),
    ("成都市人民政府关于加快建设国家中心城市推动城市绿色低碳发展的实施方案", {"e"}),  # a word dropped: near
    # negatives: another genre, another subject
    ("国务院关于推进绿色低碳发展的实施意见", {"b", "c"}),
    ("关于加强生态环境保护的通知", set()),
    ("意见", set()),
], ids=["same", "issuer-dropped", "same-core", "same-line", "near", "other-genre", "other-subject", "short"])
def test_title_candidates(cited, found):
    assert set(TitleCandidates(TITLES)(cited)) == found


def _mutations(rng: random.Random, title: str) -> list[str]:
    """A title with characters dropped, doubled or swapped: near misses and near matches."""
    out = []
    for _ in range(40):
        t = list(title)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(t))
            op = rng.choice("drop double swap other".split())
            if op == "drop" and len(t) > 1:
                del t[i]
            elif op == "double":
                t.insert(i, t[i])
            elif op == "swap" and i + 1 < len(t):
                t[i], t[i + 1] = t[i + 1], t[i]
            else:
                t[i] = rng.choice("省市县区的和与关于推进")
        out.append("".join(t))
    return out


def test_title_candidates_hold_every_matching_document():
    """Every document ``match_grade`` matches is a candidate, over titles cut and mutated at random."""
    rng = random.Random(17)
    titles = {k: [m for t in ts for m in [t] + _mutations(rng, t)[:5]] for k, ts in TITLES.items()}
    lookup = TitleCandidates(titles)
    checked, grades = 0, set()
    for ts in TITLES.values():
        for cited in [m for t in ts for m in _mutations(rng, t)]:
            want = {k for k, kts in titles.items() if any(match_grade(cited, t) for t in kts)}
            assert want <= lookup(cited), cited
            checked += 1
            grades |= {match_grade(cited, t) for kts in titles.values() for t in kts}
    assert checked == 280 and grades == {0, 1, 2, 3}  # every kind of match was met

"""Places of the document's province listed after a strong verb and ending at a verb of building (issue 14 class 7,
lane tk4; dev13 89's misses 九江, 鹰潭): 支持九江、鹰潭建设港口型…国家物流枢纽 — two or more places so listed act, each
a body of its own city (convention 6), as after 支持…开展 (``doers.find_named_place_doers``, ``actor_cues.tsv``
place-doer-build). Tables of positives, negatives (must NOT be tagged) and known gaps (strict xfail); sentences of dev
documents and non-held-out pool documents (shortened), the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

JIANGXI = "江西省碳达峰实施方案"
JIANGSU = "江苏省“十四五”海洋生态环境保护规划"
GUANGDONG = "广东省碳达峰实施方案"

POS = [
    # (case, body, title, surface, jurisdiction)
    ("89-short-names-build", "支持九江、鹰潭建设港口型、陆港型国家物流枢纽。", JIANGXI, "九江", "九江"),
    ("89-short-names-build-second", "支持九江、鹰潭建设港口型、陆港型国家物流枢纽。", JIANGXI, "鹰潭", "鹰潭"),
    ("436-full-names-build", "支持南通市、连云港市、盐城市建设增殖放流基地。", JIANGSU, "连云港市", "连云港"),
    ("540-build-into-centres", "支持汕头、湛江建设省域副中心城市。", GUANGDONG, "湛江", "湛江"),
    ("forge", "鼓励九江、鹰潭打造区域物流枢纽。", JIANGXI, "九江", "九江"),
]


@pytest.mark.parametrize("case,body,title,surface,jur", POS, ids=[c[0] for c in POS])
def test_listed_places_building_act(case, body, title, surface, jur):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][:2] == (jur, "local"), got


NEG = [
    # one place: the measure builds the place (推动雄安新区建设…), no doer
    ("one-place", "支持南昌建设国家物流枢纽。", JIANGXI, "南昌"),
    # a verb that is no strong one (推动): the places are built
    ("pushed-not-strong", "推动九江、鹰潭建设国家物流枢纽。", JIANGXI, "九江"),
    # places of another province are not the document's own list
    ("other-province", "支持汕头、湛江建设省域副中心城市。", JIANGXI, "汕头"),
]


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_not_listed_place_builders(case, body, title, surface):
    assert surface not in tagged(body, title)


GAPS = [
    # one place a strong verb moves to build: read as the place built (支持南昌建设…), though a key may have the city act
    ("one-place-supported", "支持赣州建设革命老区高质量发展示范区。", JIANGXI, "赣州"),
]


@pytest.mark.parametrize("case,body,title,surface", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap: one place before a verb of building")
def test_listed_place_builder_gaps(case, body, title, surface):
    assert surface in tagged(body, title)

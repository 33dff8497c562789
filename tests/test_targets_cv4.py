"""Lane CV4 (session 18): the target tagger follows key convention 9 (a list of places or classes qualifying ONE
indicator stays one row; a list of indicators, or one measured apart, is split), as tables of positives and negatives.

Sentences are from pool documents outside the held-out halves (the number is the pool file), shortened.
"""
from __future__ import annotations

import pytest

from tests.target_tagging import target_labels as labels


# Convention 9, second sentence: the places or classes one rate is of, printed with one value and no 分别/均/各, stay
# one row, the list in its label (indicators.split_indicators: no item before the last names a measure of its own).
ONE_ROW = [
    ("classes-of-buildings", "到2025年，新建公共机构建筑、新建厂房屋顶光伏覆盖率力争达到50%。",  # 485, 533 dev
     [("新建公共机构建筑、新建厂房屋顶光伏覆盖率", "50")]),
    ("classes-of-vehicles", "2025年清洁能源及新能源公交车、出租车占比达到100%。",  # 111 dev
     [("清洁能源及新能源公交车、出租车比例", "100")]),
    ("levels-of-places", "到2025年，市、县污水处理率达到98%以上。",  # 75 dev
     [("市、县污水处理率", "98")]),
    ("classes-of-sites", "到2025年，重点工业园区、物流园区、工矿企业铁路专用线接入率达到60%。",  # 85 dev21
     [("重点工业园区、物流园区、工矿企业铁路专用线接入率", "60")]),
    ("cities", "到2025年，海口、三亚、儋州污水资源化利用率超过25%。",  # 82
     [("海口、三亚、儋州污水资源化利用率", "25")]),
    ("classes-of-machines", "到2025年，自走喷雾机、无人机植保作业覆盖率达到80%。",  # 64
     [("自走喷雾机、无人机植保作业覆盖率", "80")]),
]


@pytest.mark.parametrize("case,body,expected", ONE_ROW, ids=[c[0] for c in ONE_ROW])
def test_a_list_qualifying_one_rate_is_one_row(case, body, expected):
    assert labels(body) == expected


# Convention 9, first sentence, and what stays split: the text measures the items apart (分别, 均), each item names a
# rate of its own, or each item is an indicator the ontology knows (美丽河湖建成率, 化肥利用率: national indicators).
STILL_SPLIT = [
    ("measured-apart", "到2025年，市、县污水处理率分别达到98%以上。",
     [("市污水处理率", "98"), ("县污水处理率", "98")]),
    ("each-equal", "到2025年，城区、工业园区主要道路机械化清扫率均达到86%。",
     [("城区主要道路机械化清扫率", "86"), ("工业园区主要道路机械化清扫率", "86")]),
    ("list-of-rates", "到2025年，工业危险废物安全处置率、医疗废物无害化处理率保持100%。",  # 222
     [("工业危险废物安全处置率", "100"), ("医疗废物无害化处理率", "100")]),
    ("a-rate-then-a-bare-rate", "到2025年，重点挥发性有机物排放单位在线设施安装率、联网率达到100%。",  # 463
     [("重点挥发性有机物排放单位在线设施安装率", "100"), ("联网率", "100")]),
    ("known-indicators", "到2027年，美丽河湖、美丽海湾建成率达到40%左右。",  # the seed
     [("美丽河湖建成率", "40"), ("美丽海湾建成率", "40")]),
    ("known-indicators-substances", "到2025年，主要农作物化肥、农药利用率稳定在43%以上。",  # 567
     [("化肥利用率", "43"), ("农药利用率", "43")]),
]


@pytest.mark.parametrize("case,body,expected", STILL_SPLIT, ids=[c[0] for c in STILL_SPLIT])
def test_lists_of_indicators_stay_split(case, body, expected):
    assert labels(body) == expected


# Known gap: a list too long for the noun-phrase check as a whole (376's four 师市, 40 characters) keeps the old split,
# one row per place, where convention 9 keys one.
@pytest.mark.xfail(strict=True, reason="known gap: the whole list's label fails the noun-phrase check, so the split stays")
def test_known_gap_long_list_of_places():
    body = "到2025年，第一师阿拉尔市、第六师五家渠市、第七师胡杨河市、第八师石河子市中水回用率达到80%以上。"  # 376
    assert labels(body) == [("第一师阿拉尔市、第六师五家渠市、第七师胡杨河市、第八师石河子市中水回用率", "80")]

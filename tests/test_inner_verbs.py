"""Issue 14 class 5 (lane LB6): a verb of attainment printed inside an indicator's phrase, before its measured head,
comes off the label (非供热期实现最小发电出力达到35% → 非供热期最小发电出力, as 213's dev8 key names it;
``kg/annotate/inner_verbs.py``, ``label-inner-attain*`` of ontology/target_cues.tsv). Non-held-out pool, branch lb6:
4 labels of 4 documents changed (64, 65, 213, 249), 4 better (249's still long: the area it is of kept).

Sentences shortened from pool documents outside the held-out halves of corpus/keys/split.tsv (64, 65, 213, 249, 416,
82, 52)."""
from __future__ import annotations

import pytest

from tests.test_targets_recall import doc, rows

# (case, body, expected (value, unit, comparator, indicator label) rows)
OFF = [
    ("before-output-213", "到2025年，力争在非供热期实现最小发电出力达到35%。", [("35", "%", "=", "非供热期最小发电出力")]),
    ("before-rate-65", "到2025年，规划保留的水产养殖场实现尾水处理设施建设覆盖率达到80%以上。",
     [("80", "%", ">=", "规划保留水产养殖场尾水处理设施建设覆盖率")]),
    ("strive-to-249", "到2025年公共机构新建建筑可安装光伏屋顶面积力争实现光伏覆盖率达到50%。",
     [("50", "%", "=", "公共机构新建建筑可安装光伏屋顶面积光伏覆盖率")]),
]

KEPT = [
    # the state counted things reach: the label closed by the things keeps its verb (416)
    ("state-of-counted-things-416", "到2025年，12条入海河流水质实现巩固提升。", [("12", "count", "=", "水质实现巩固提升入海河流")]),
    # a share's state opens the label (82)
    ("share-state-82", "到2025年，96%以上的工厂化养殖实现循环水利用。", [("96", "%", ">=", "实现循环水利用工厂化养殖比例")]),
    # 实现 before the phrase: no part of the label (52)
    ("verb-before-phrase-52", "到2025年，实现高效照明光源使用率100%。", [("100", "%", "=", "高效照明光源使用率")]),
]

GAPS = [
    # the area the rate is of kept before the rate's own subject (249): a reader writes 公共机构新建建筑光伏覆盖率
    ("area-before-rate-249", "到2025年公共机构新建建筑可安装光伏屋顶面积力争实现光伏覆盖率达到50%。",
     [("50", "%", "=", "公共机构新建建筑光伏覆盖率")]),
]


@pytest.mark.parametrize("case,body,expected", OFF + KEPT, ids=[c[0] for c in OFF + KEPT])
def test_inner_verbs(case, body, expected):
    assert rows(doc(body)) == expected


@pytest.mark.xfail(strict=True, reason="known gap: the area a rate is of kept before the rate")
@pytest.mark.parametrize("case,body,expected", GAPS, ids=[c[0] for c in GAPS])
def test_inner_verbs_known_gaps(case, body, expected):
    assert rows(doc(body)) == expected

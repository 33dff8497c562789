"""Issue 14, target precision in prose (lane TC4): a share printed after 执行 and the buildings it applies to, the
standard named after it (新建居住建筑执行75%节能设计标准; 执行新建居住建筑75%+、公共建筑72%+节能标准), is the level of a
standard to apply, no aim (records.standard_level, ``standard_level_*`` of ontology/record_cues.tsv): dev2 key 186's
note reads 511's 执行75%节能标准 so, and dev8 key 500 keys neither of its two. Raising the standard (提升…标准至72%,
186) stays a target. Positives (no target), negatives (targets that must stay) and known gaps (strict xfail).

Sentences are shortened from pool documents outside the held-out halves of corpus/keys/split.tsv (500, 346, 172, 186).
"""
from __future__ import annotations

import pytest

from tests.test_targets_recall import doc, rows

LEVELS = [
    ("apply-design-standard", "到2025年，新建居住建筑执行75%节能设计标准，新建公共建筑执行72.5%的节能设计标准。"),
    ("apply-listed", "执行新建居住建筑75%+、公共建筑72%+节能标准，适时推行更高的节能标准。"),
    ("apply-no-deadline", "新建居住建筑执行80%节能设计标准。"),
]

AIMS = [
    # raising the standard is an aim (186, dev2 key)
    ("raise-standard", "到2025年，提升新建民用建筑节能设计标准至72%。", [("72", "%", "=", "新建民用建筑节能设计标准")]),
    # a rate whose name holds 执行 and a standard, its comparator after them
    ("rate-of-applying", "到2025年，执行超低排放标准的钢铁产能比例达到80%。", [("80", "%", "=", "执行超低排放标准钢铁产能比例")]),
    ("rate-of-apply-after", "到2025年，新建建筑节能标准执行率达到100%。", [("100", "%", "=", "新建建筑节能标准执行率")]),
]

GAPS = [
    # the share of buildings applying a standard is an aim (500's key: 城镇新建民用建筑 … 比例); labelled 城镇 today
    ("share-applying", "到2025年，城镇新建民用建筑100%执行绿色建筑标准要求。",
     [("100", "%", "=", "城镇新建民用建筑执行绿色建筑标准要求比例")]),
]


@pytest.mark.parametrize("case,body", LEVELS, ids=[c[0] for c in LEVELS])
def test_a_standards_level_is_no_target(case, body):
    assert rows(doc(body)) == []


@pytest.mark.parametrize("case,body,expected", AIMS, ids=[c[0] for c in AIMS])
def test_aims_stay(case, body, expected):
    assert rows(doc(body)) == expected


@pytest.mark.xfail(strict=True, reason="known gap: not read this way yet")
@pytest.mark.parametrize("case,body,expected", GAPS, ids=[c[0] for c in GAPS])
def test_known_gaps(case, body, expected):
    assert rows(doc(body)) == expected

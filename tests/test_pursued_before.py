"""Issue 14, class 4 (lane TP): a count a verb of pursuing opens its clause with, the counted thing printed between
the verb and the count closing the clause (推进“分布式光伏+充电桩”一体化充电设施项目10个, 推进空气源热泵供热改造6万户):
kg/annotate/pursued_counts.py ``pursued_before``, called from made_counts.made_thing where no verb of making opens the
clause; under a deadline printed in the sentence, paragraph or section, as the count right after the verb
(tests/test_pursued_counts.py). Non-held-out pool at c8c3e77: 2 unclaimed counts in this form (202, 346).

Sentences shortened from pool documents outside corpus/keys/split.tsv (the number is the pool file; none held out)."""
from __future__ import annotations

import pytest

from tests.test_targets_recall import doc, rows

POSITIVE = [
    ("charging-projects-202", "到2023年，推进“分布式光伏+充电桩”一体化充电设施项目10个。",
     [("10", "count", "=", "分布式光伏+充电桩一体化充电设施项目")]),
    ("heat-pump-households-346", "到2025年，推进空气源热泵供热改造6万户。", [("60000", "count", "=", "空气源热泵供热改造")]),
    ("adverb-before-verb", "到2025年，加快推进农村户用沼气池改造2000个以上。", [("2000", "count", ">=", "农村户用沼气池改造")]),
]

NEGATIVE = [
    # only the document's period, or none: no printed deadline, no aim read (as for the count after the verb)
    ("no-printed-deadline", "推进空气源热泵供热改造6万户。", []),
    # words before the verb that name something: not this form
    ("subject-before-verb", "到2025年，各区推进空气源热泵供热改造6万户。", []),
    # a value inside the thing: another amount's count
    ("value-inside-thing", "到2025年，推进30万千瓦风电项目5个。", []),
]

GAPS = [
    # a scope or the doers before the verb of pursuing (202: 全市公共机构推动15个…试点项目建设, 在全市推进20个…)
    ("doers-before-verb-202", "到2023年，全市公共机构推动15个可再生能源建筑一体化试点项目建设。",
     [("15", "count", "=", "可再生能源建筑一体化试点项目")]),
]


@pytest.mark.parametrize("case,body,expected", POSITIVE + NEGATIVE, ids=[c[0] for c in POSITIVE + NEGATIVE])
def test_pursued_before(case, body, expected):
    assert rows(doc(body)) == expected


@pytest.mark.xfail(strict=True, reason="known gap: no rule reads these values as targets yet")
@pytest.mark.parametrize("case,body,expected", GAPS, ids=[c[0] for c in GAPS])
def test_pursued_before_known_gaps(case, body, expected):
    assert rows(doc(body)) == expected

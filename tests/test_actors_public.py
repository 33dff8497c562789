"""The public at large moved to act (key conventions 1, 46 of corpus/keys/README.md; issue 14, class 7;
kg/annotate/public_groups.py): 全社会, 社会各界, 社会各方 right after a verb that moves them (引导, 动员, 推动, 鼓励, 引领,
带动; 调动/激发 with their drive named) or after 发挥 with a part. Tables of positives, negatives (what must NOT be
tagged) and known gaps (strict xfail); sentences from development documents and unkeyed non-held-out pool documents
(shortened); the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

TITLE = "某省“十四五”生态环境保护规划"


def surfaces(body: str) -> dict[str, tuple[str, str]]:
    """printed surface → (type, jurisdiction) of every actor tagged."""
    return {s: (kind, jur) for s, (jur, kind, _) in tagged(body, TITLE).items()}


MOVED = [
    ("490-pivot", "开展碳汇知识进校园等宣传活动，推动全社会共同参与碳汇推广和普及。", "全社会"),
    ("58-guide", "通过政策鼓励与市场激励，引导全社会绿色低碳生产、生活。", "全社会"),
    ("359-lead", "推广绿色电力证书交易，引领全社会提升绿色电力消费。", "全社会"),
    ("486-encourage", "深入开展多形式宣传教育，鼓励社会各方广泛开展专题交流培训等活动。", "社会各方"),
    ("454-two-verbs", "推进生态环境公益广告宣传，引导和动员社会各界积极参与生态环境保护实践。", "社会各界"),
    ("560-spur-with-drive", "调动全社会开发利用可再生能源的积极性，培育长期持续的市场。", "全社会"),
    ("459-part-to-play", "发挥社会各界对规划实施情况的监督作用，积极开展公众评价。", "社会各界"),
]


@pytest.mark.parametrize("case,body,surface", MOVED, ids=[c[0] for c in MOVED])
def test_the_public_moved_to_act_is_an_actor(case, body, surface):
    assert surfaces(body).get(surface) == ("non-state", None), surfaces(body)


NOT_MOVED = [
    ("scope", "在全社会倡导简约适度、绿色低碳的生活方式。", "全社会"),
    ("572-statistic", "到2025年，全社会用电量达到711亿千瓦时，全社会最大负荷达到1610万千瓦。", "全社会"),
    ("67-climate-of-the-past", "全社会支持参与生态环境保护的氛围日益浓厚。", "全社会"),
    ("578-possessor-after-a-part", "充分发挥碳交易机制在降低全社会减碳成本方面的重要作用。", "全社会"),
    ("202-place-inside-a-part", "充分发挥公共机构在全社会的示范引领作用。", "全社会"),
    ("spur-without-drive", "激发全社会绿色转型。", "全社会"),
    ("494-forces", "各地要组织动员全社会力量，因地制宜抓好贯彻落实。", "全社会"),
]


@pytest.mark.parametrize("case,body,surface", NOT_MOVED, ids=[c[0] for c in NOT_MOVED])
def test_the_public_only_named_is_no_actor(case, body, surface):
    assert surface not in surfaces(body), surfaces(body)


@pytest.mark.xfail(strict=True, reason="13: 带动全社会可持续发展的创新创业生态 (society's development the object of what the "
                   "ecosystem drives) is read as the public moved to act; 1 pool document")
def test_known_gap_driven_development():
    assert "全社会" not in surfaces("积极培育带动全社会可持续发展的创新创业生态。")


@pytest.mark.xfail(strict=True, reason="467: a second verb joined to the first that is no pivot (激发并提升全社会…积极性) "
                   "is not read")
def test_known_gap_second_verb_no_pivot():
    assert "全社会" in surfaces("激发并提升全社会共同参与治理水环境的积极性。")

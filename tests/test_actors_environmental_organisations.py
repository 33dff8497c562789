"""Environmental organisations (环保组织: ontology/actors.tsv environmental_organisations, a gated group; lane AR8, issue 14
class 7): a group of society the template on environmental governance moves to act (引导具备资格的环保组织依法开展生态环境公益
诉讼等活动, printed by 18 non-held-out pool documents), an actor where it acts (key convention 1; 具备资格的 picks out no set,
convention 31) or is given a part to play (convention 46), and another set than 社会组织 (convention 32). Positives, negatives
(an object, a group that only changes) and known gaps (strict xfail); sentences from non-held-out pool documents (shortened),
the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

T = "深入打好污染防治攻坚战实施方案"

POSITIVE = [
    ("77-template", "加强对社会组织的管理和指导。引导具备资格的环保组织依法开展生态环境公益诉讼等活动。"),
    ("413-qualified-otherwise", "加大对环境违法行为的曝光力度，引导具有资格的环保组织依法开展生态环境公益诉讼等活动。"),
    ("422-unqualified", "加快培育发展社会组织，引导环保组织依法开展生态环境公益诉讼等活动。"),
    ("86-support", "对环境违法行为进行监督和曝光。支持具备资格的环保组织开展生态环境公益诉讼等活动。"),
    ("427-part-to-play", "注重发挥民间环保组织的作用，鼓励环保志愿者积极参与。"),
    ("222-in-an-acting-list", "引导研究机构、企业、金融机构、环保组织等开展定期的交流和对话。"),
]


@pytest.mark.parametrize("case,body", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_environmental_organisations(case, body):
    got = tagged(body, T)
    assert got.get("环保组织") == (None, "non-state", "环保组织"), got


NEGATIVE = [
    ("453-only-changes", "加强对社会组织的管理和指导，支持社会环保组织健康有序发展。"),
    ("81-object-of-fostering", "创建生态环境教育基地，加强社会环保组织培育引导。"),
    ("544-a-source-of-talent", "广泛利用国内外环保组织、高校、研究机构人才资源，建设高端智库。"),
    ("social-organisations-whole", "引导环保社会组织有序参与环境治理。"),
]


@pytest.mark.parametrize("case,body", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_not_environmental_organisations(case, body):
    assert "环保组织" not in tagged(body, T)


GAPS = [
    # 469's 环保公益组织 is read now as a type of organisation (公益组织, lane AR12: tests/test_actors_organisation_types.py 469-charities)
    # 465: 环境组织 printed for 环保组织 in the same template
    ("465-environment-organisations", "引导、支持具备资格的环境组织依法开展生态环境公益诉讼等活动。", "环境组织"),
]


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,name", GAPS, ids=[c[0] for c in GAPS])
def test_environmental_organisations_known_gaps(case, body, name):
    assert name in tagged(body, T)

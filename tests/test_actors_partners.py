"""Partners of a joint act (issue 14, class 7; lane an; key conventions 1 and 36): the group after 联合 (an addressing
verb: 支持高校联合科技企业建立…, 支持企业联合其他创新主体建立…) and groups whose act opens with 共同 (引导大型企业与中高职
院校共同举办…, 鼓励社会各界共同参与…) are actors, read by kg/annotate/addressed.py (actor_cues.tsv addressing-verb,
addressed-after). A name ending in 各单位 is a collective of the issuer's units (convention 14), never a non-state group
(addressed-collective-end). Tables of positives, negatives (must NOT be tagged so) and known gaps (strict xfail). Sentences
from development-half documents of ../shared/dual-carbon/ (14, 482, 509) and from non-held-out pool documents (85, 230,
284, 446, 576), shortened; the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某省碳达峰实施方案"

POS = [
    ("14-tech-firms-with-universities", "支持高校联合科技企业建立技术研发中心、产业研究院、中试基地。", "科技企业"),
    ("85-other-innovators", "支持企业联合其他创新主体建立绿色技术创新联合体。", "创新主体"),
    ("576-firms-across-industries", "鼓励龙头企业联合上下游企业、行业间企业开展协同降碳行动。", "行业间企业"),
    ("482-vocational-schools", "引导大型企业与中高职院校共同举办绿色低碳领域高质量职业教育。", "中高职院校"),
    ("230-investors-jointly", "发挥省级天然气管网公司统筹作用，鼓励多元投资主体共同参与。", "多元投资主体"),
    ("446-society-jointly", "鼓励社会各界共同参与治水保水，形成各司其职、齐抓共管的格局。", "社会各界"),
]
NEG = [
    # 联合 inside a noun: no verb, no partner
    ("joint-punishment", "完善联合惩戒机制，推动联合执法。", "惩戒"),
    # the issuer's units: a collective, not a non-state group (284)
    ("284-units-of-the-department", "统筹推动厅属各单位共同做好碳达峰碳中和工作。", "厅属各单位"),
]
GAPS = [
    # a word jieba tags a verb inside the name (知名): no group is read (509)
    ("509-renowned-universities", "联合知名高等院校推进生态环境监测基础理论研究。", "知名高等院校"),
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_partner_tagged(case, body, surface):
    got = tagged(body, PLAN)
    assert surface in got and got[surface][1] == "non-state" and got[surface][0] is None, got


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_not_a_nonstate_partner(case, body, surface):
    got = tagged(body, PLAN)
    assert not any(surface in k and v[1] == "non-state" for k, v in got.items()), got


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_partner_known_gaps(case, body, surface):
    assert surface in tagged(body, PLAN)

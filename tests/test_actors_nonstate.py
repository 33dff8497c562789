"""Generic non-state actors (issue 14, class 7): groups jieba keeps one word ending in a head
(航空公司, 售电公司, 生产经营者), and the doers the lexicon names (试点主体, 社会资金, 土壤污染责任人).
Positives, negatives (must NOT be tagged) and known gaps (strict xfail;
负有…职责的部门 and bare county names as doers are read since branch ar: tests/test_actors_doers.py). Sentences from non-held-out
documents of ../shared/dual-carbon/ (shortened); the number in each id is the document."""
from __future__ import annotations

import pytest

from tests.test_actors_regulations import GZ, actors

PLAN = "某省碳达峰实施方案"

POS = [
    ("374-airlines", "在京注册的航空公司需报送年度碳排放报告。", PLAN, "航空公司"),
    ("383-power-retailers", "引入发电企业、售电公司、用户等市场主体。", PLAN, "售电公司"),
    ("381-other-producers", "鼓励企业事业单位和其他生产经营者向社会公开温室气体排放信息。", GZ, "生产经营者"),
    ("58-social-funds", "鼓励吸收社会资金参与节能减排投资。", PLAN, "社会资金"),
    ("67-social-funds", "引导和撬动更多社会资金进入应对气候变化领域。", PLAN, "社会资金"),
    ("381-soil-polluters", "土壤污染责任人或者土地使用权人可以委托具备相应专业能力的单位开展土壤污染风险评估。", GZ, "土壤污染责任人"),
    ("340-pilot-doers", "鼓励各类试点实施主体探索低碳技术路径。", PLAN, "各类试点实施主体"),  # as printed (convention 32 (a); lane AR5)
    ("381-enterprises-and-institutions", "鼓励企业事业单位和其他生产经营者向社会公开温室气体排放信息。", GZ, "企业事业单位"),
    ("383-power-exchanges", "研究推动适时组建全国电力交易中心，引入发电企业、售电公司、用户等市场主体。", PLAN, "电力交易中心"),
]
NEG = [
    ("408-branch", "可以是一家主要承运人的分公司或子公司。", PLAN, "分公司"),
    ("21-public-funds", "加大财政资金支持力度。", PLAN, "财政资金"),
    ("415-first-responsible-person", "各级党委、政府主要负责人是本行政区域生态环境保护第一责任人。", PLAN, "第一责任人"),
    ("named-enterprise-stays-whole", "湖北碳排放权交易中心有限公司负责系统运行。", PLAN, "有限公司"),
    ("481-corporate-bonds", "支持发行绿色公司债券。", PLAN, "绿色公司"),
    ("347-grid-company-named", "国网山东省电力公司加快建设新型电力系统。", PLAN, "山东省电力公司"),
    # convention 1 of corpus/keys/README.md: a group only mentioned (the object of 对, a focus) is no actor
    # (kg/annotate/acting.py; were positives before the convention)
    ("498-pilot-entities-object", "对评估存在问题的试点主体采取整改淘汰等措施。", PLAN, "试点主体"),
    ("414-soil-key-units-focus", "以土壤污染重点监管单位为重点，强化监管执法，防止新增土壤污染。", PLAN, "土壤污染重点监管单位"),
]
GAPS = [
    # groups a verb makes act (鼓励电商平台设立…) and groups beside known actors (发挥行业协会、智库…) are read since
    # branch ar2 (tests/test_actors_addressed.py); a clause-opening list of places names no doers (73, dev)
    ("73-places-opening-a-clause", "哈尔滨、绥化等重点城市完成削减替代燃煤14万吨。", PLAN, ("绥化",)),
]


@pytest.mark.parametrize("case,body,title,surface", POS, ids=[c[0] for c in POS])
def test_nonstate_actor_tagged(case, body, title, surface):
    got = actors(body, title)
    assert surface in got and got[surface][1] == "non-state", got


@pytest.mark.parametrize("case,body,title,surface", NEG, ids=[c[0] for c in NEG])
def test_not_a_nonstate_actor(case, body, title, surface):
    assert surface not in actors(body, title)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,title,surfaces", GAPS, ids=[c[0] for c in GAPS])
def test_nonstate_known_gaps(case, body, title, surfaces):
    got = actors(body, title)
    assert all(any(s in k for k in got) for s in surfaces), got

"""Households, farms and persons of the public a measure addresses (issue 14, class 7; lane an; key conventions 1
and 27): the object of an addressing verb (鼓励/引导/推动/指导/督促 …) before its act, ending in a head of
``body_forms.tsv`` addressed-head (养殖户, 养殖场, 农牧民, 村民, 人群, 青少年; 青年 and 妇女 only after a joiner: addressed-joined-head), read by
kg/annotate/addressed.py as every addressed group is; an act may open with 对 or 向 (鼓励矿山企业对选矿废水实施…,
支持物业服务企业向…领域延伸: ``actor_cues.tsv`` addressed-after). A verb printed as a noun and joined to the next noun
(保护要求和村民应承担的责任) addresses nobody (``actor_cues.tsv`` addressed-verb-join). Tables of positives,
negatives (must NOT be tagged) and known gaps (strict xfail). Sentences from development-half documents of
../shared/dual-carbon/ (14, 430) and from non-held-out pool documents (65, 76, 77, 81, 86, 121, 161, 222, 335, 352, 414, 418, 426, 440, 459, 464, 465, 466, 468, 469, 495, 509, 536, 543),
shortened; the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

PLAN = "某省“十四五”农村生态环境保护规划"

POS = [
    ("222-small-livestock-farmers", "鼓励规模以下畜禽养殖户采用“种养结合”“截污建池、收运还田”等模式。", "规模以下畜禽养殖户"),
    ("464-scattered-farmers", "引导分散养殖户采用堆肥的方式，促进畜禽粪污及时还田利用。", "分散养殖户"),
    ("430-large-farms", "监督指导规模养殖场依法持证排污、按证排污或进行排污登记。", "规模养殖场"),
    ("414-livestock-farms", "加强畜禽养殖污染环境监管，推动畜禽规模养殖场配备视频监控设施。", "畜禽规模养殖场"),
    ("81-farms-act", "加强种养业氨排放防治，鼓励规模化养殖场实施氨排放控制。", "规模化养殖场"),
    ("466-herders", "普及垃圾分类减量知识，鼓励农牧民进行生活垃圾分类投放。", "农牧民"),
    ("459-villagers", "控磷降氮，鼓励村民参与“小流域”综合治理。", "村民"),
    ("14-every-layer-of-people", "通过开展多种形式的科普活动，引导各层次人群践行绿色消费、低碳生活新方式。", "各层次人群"),
    ("426-people", "积极发动、组织、引导人群参与水安全保障建设。", "人群"),
    # persons of the public after a joiner (addressed-joined-head 青年, 妇女) and young people (青少年)
    ("76-staff-youth-women", "积极动员广大职工、青年、妇女参与生态环境保护。", "广大职工"),
    ("76-youth-after-a-joiner", "积极动员广大职工、青年、妇女参与生态环境保护。", "青年"),
    ("77-women-last", "群团组织制定措施，动员广大职工、青年、妇女积极参与生态环境保护。", "妇女"),
    ("335-young-people", "鼓励青少年积极参与节能减碳行动，做简约适度生活的践行者。", "青少年"),
    # the act opens with 对 or 向 (actor_cues.tsv addressed-after)
    ("430-herders-sort-waste", "重点引导农牧民对生产垃圾和生活垃圾进行分类处理。", "农牧民"),
    ("418-farmers-collect", "鼓励规模以下畜禽养殖户对粪污进行收集、贮存，并就地就近还田利用。", "规模以下畜禽养殖户"),
    ("440-mines-recycle", "鼓励矿山企业对选矿废水实施循环利用。", "矿山企业"),
    ("468-users-research", "鼓励使用企业对ODS替代品和替代技术进行科学研究。", "使用企业"),
    ("65-polluters-open", "在确保安全生产前提下，鼓励排污企业向社会公众开放。", "排污企业"),
    ("495-property-firms-extend", "支持物业服务企业向养老、托幼、家政等领域延伸。", "物业服务企业"),
    ("465-hotels-benchmark", "推动全市星级饭店对照绿色饭店评定标准，持续节能降耗。", "星级饭店"),
    # 建设 before its object opens an act (jieba tags it a verbal noun)
    ("86-farms-build", "持续推动规模养殖场建设粪污处理设施，加强规模以下养殖户管理。", "规模养殖场"),
    ("121-units-build", "鼓励企事业单位建设科技创新服务平台。", "企事业单位"),
]
NEG = [
    # a verb printed as a noun, joined to the next noun: no one is addressed (469)
    ("469-duty-noun", "将饮用水水源保护要求和村民应承担的保护责任纳入村规民约。", "村民"),
    ("536-demand-noun", "与新型城镇化建设的要求和城乡居民对建筑品质日益提升的需求相比，仍有差距。", "城乡居民"),
    # a noun follows the head: the farm's facilities, not the farm (the act needs a verb)
    ("farm-facilities", "推动规模养殖场粪污处理设施建设。", "规模养殖场"),
    # 建设 closing the clause is the group's own building, no act (352, 543)
    ("352-community-building", "推动绿色宜居社区建设。", "绿色宜居社区"),
    ("543-scenic-area-building", "推动智慧旅游景区建设。到2025年，建成一批示范景区。", "智慧旅游景区"),
    # households only mentioned: an object of 对, a beneficiary
    ("430-object-of-support", "加大对规模以下养殖户的技术指导。", "规模以下养殖户"),
    ("villagers-benefit", "确保达到水质指标和村民满意度要求。", "村民"),
    # 林农 is no head: 推动林农采伐…办证服务站点向乡镇延伸 (161) names a service's users inside a noun phrase
    # 青年 is read only after a joiner: 青年人才 after a verb names talent, persons in their office (161, 509)
    ("161-young-talent", "鼓励中青年人才在职学历教育。", "中青年人才"),
    ("509-young-talent-first", "激励优秀青年人才赴边远艰苦地区工作。", "优秀青年人才"),
    ("161-forest-farmers-in-a-noun-phrase", "推动林农采伐人工商品林办证服务站点向乡镇延伸。", "林农"),
]
GAPS = [
    # the act opens with a word jieba tags no verb (雨污分流) (430)
    ("430-pig-and-dairy-farmers", "推动生猪、奶牛养殖户雨污分流、清粪方式改造。", "奶牛养殖户"),
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_household_addressed(case, body, surface):
    got = tagged(body, PLAN)
    assert surface in got and got[surface][1] == "non-state" and got[surface][0] is None, got


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_household_not_addressed(case, body, surface):
    assert surface not in tagged(body, PLAN)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_household_known_gaps(case, body, surface):
    assert surface in tagged(body, PLAN)

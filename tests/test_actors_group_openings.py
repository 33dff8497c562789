"""A group named by a modifier and a head (kg/annotate/bodies.py ``find_modified_groups``) opens after the words that
open no group's name (body_forms.tsv verb: 便于, 倒逼, 发挥, 如果, 同时, 以外, 数量 …): 倒逼企业, 如果水泥企业, 以外化工企业
were tagged whole, an actor no key names. The group after them stays (企业, 水泥企业). 激发 opens none either (lane ap3): 激发企业绿色
发展动力 makes 企业 act, key convention 1's group spurred (tests/test_actors_spurred.py). Positives, negatives (surfaces that must NOT be tagged) and known gaps (strict xfail). Sentences from unkeyed documents of ../shared/dual-carbon/
(shortened); the number in each id is the document."""
from __future__ import annotations

import pytest

from tests.test_actors_regulations import actors

PLAN = "某省碳达峰实施方案"

POS = [
    ("35-play-a-role", "发挥企业技术创新主体作用。", "企业"),
    ("67-force", "倒逼企业严格履行环境保护责任。鼓励企业开展核查。", "企业"),
    ("552-if-then-duty", "如果水泥企业采用替代燃料，应单独统计替代燃料消耗量。鼓励水泥企业开展核查。", "水泥企业"),
    # groups whose name opens with a word of an act stay whole
    ("32-power-producers", "鼓励发电企业、独立储能运营商联合投资新型储能项目。", "发电企业"),
    ("62-research-institutions", "鼓励研究机构和高校在沪设立绿色金融研究机构。", "研究机构"),
    ("66-bond-issuers", "督促发债企业定期披露募集资金使用情况。", "发债企业"),
    ("75-distributors", "鼓励配送企业开展集中配送。", "配送企业"),
    # a named enterprise after a verb (find_named): the verb cut off (kg/annotate/glued.py, lane ap3; a gap before) (82)
    ("82-verb-before-a-named-firm", "开展海南金海浆纸业有限公司燃煤锅炉超低排放改造。", "海南金海浆纸业有限公司"),
    # verbs of the clause a run took in (lane ap3, body_forms.tsv verb): the group after them, moved to act by the verb
    ("502-entrust", "委托第三方评估机构对资金申请报告进行经济技术性评估。", "第三方评估机构"),
    ("86-duty", "夯实企业环保主体责任。", "企业"),
    # names that open with 联合 or 支撑 stay whole
    ("409-integrated-steel", "钢铁生产联合企业要报送排放报告。", "钢铁生产联合企业"),
    ("498-support-bodies", "技术支撑机构要加强对基层队伍的业务培训。", "技术支撑机构"),  # 依托技术支撑机构 is a means (relied_on.py, tests/test_actors_relied_on.py)
]
NEG = [
    ("21-for-the-ease-of", "便于企业操作实施。", "便于企业"),
    ("67-force", "倒逼企业严格履行环境保护责任。", "倒逼企业"),
    ("552-if", "如果水泥企业采用替代燃料，应单独统计替代燃料消耗量。", "如果水泥企业"),
    ("444-meanwhile", "同时充分调动企业技术创新活力。", "同时充分调动企业"),
    ("452-outside", "清理工业园区以外化工企业，推动园外化工企业向化工园区搬迁。", "以外化工企业"),
    ("451-a-number-of", "相当数量企业处于产业链的中低端。", "相当数量企业"),
    ("573-promote", "推广用户侧分布式智慧综合能源。", "推广用户"),
    ("573-tap", "挖掘用户调节资源释放。", "挖掘用户"),
    ("16-support", "积极支持用户侧储能发展。", "积极支持用户"),
    ("424-complete", "全面完成钢铁企业超低排放改造。", "全面完成钢铁企业"),
    ("46-form", "形成企业为主体、市场为导向的科技创新体系。", "形成企业"),
    ("512-guard-against", "严防企业违规排放。", "严防企业"),
    ("502-entrust", "委托第三方评估机构对资金申请报告进行经济技术性评估。", "委托第三方评估机构"),
    ("86-duty", "夯实企业环保主体责任。", "夯实企业"),
]
GAPS = [
    # a size class glued before the group, no word to end the run (以上 is none): 万吨以上环境风险企业 (459)
    ("459-size-class", "全市1万吨以上环境风险企业全部完成评估。", "环境风险企业"),
    # 联合 and 支撑 open names of groups (钢铁生产联合企业, 技术支撑机构: 409, 498), so they end no run: 联合企业组建…, 支撑企业优化…
    # stay one garbage surface (444, 343)
    ("444-jointly", "联合企业组建3支环境应急响应队伍。", "企业"),
]


@pytest.mark.parametrize("case,body,surface", POS, ids=[c[0] for c in POS])
def test_group_after_the_opening_word_tagged(case, body, surface):
    assert surface in actors(body, PLAN)


@pytest.mark.parametrize("case,body,surface", NEG, ids=[c[0] for c in NEG])
def test_opening_word_no_part_of_the_name(case, body, surface):
    assert surface not in actors(body, PLAN)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_group_openings_known_gaps(case, body, surface):
    assert surface in actors(body, PLAN)

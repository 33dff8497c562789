"""Groups a duty is laid on in the forms ``addressed.find_duty_bearers`` leaves (kg/annotate/duty_groups.py; lane AR8,
issue 14 class 7; key convention 1: the subject of a duty is an actor): a group before 的 and its duty, before a duty of
more than eight characters, named by an agent noun (采购人, 产废者, 排污者, 采矿权人), the second bearer of a list of duties.
Positives, negatives (the extended-producer scheme, a duty of no group, persons) and known gaps (strict xfail); sentences
from non-held-out pool documents (shortened), the number in each id is the document.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

HN = "湖南省绿色采购实施方案"
ST = "深化生态环境保护攻坚战实施方案"
HY = "海洋生态环境保护规划"


def surfaces(body: str, title: str) -> dict[str, tuple]:
    """Printed surface → (jurisdiction, type) of every actor tagged in the body."""
    return {s: (jur, kind) for s, (jur, kind, _) in tagged(body, title).items()}


POSITIVE = [
    # (case, title, body, printed name: a non-state group of no jurisdiction)
    ("517-buyer", HN, "执行省、市两型采购政策，压实采购人落实政策的主体责任，通过政府采购推广应用。", "采购人"),
    ("238-buyer-agent-noun", HN, "强化采购人主体责任，在政府采购文件中明确绿色低碳要求。", "采购人"),
    ("445-waste-producer-before-de", ST, "持续推进清洁生产，夯实产废者的主体责任，延长责任追究链条。", "产废者"),
    ("216-polluter", ST, "提高稳定达标水平。强化排污者责任，对未依法取得排污许可证的依法查处。", "排污者"),
    ("415-mining-right-holder", ST, "强化源头管理和过程控制，落实采矿权人责任与义务。", "采矿权人"),
    ("77-long-duty", ST, "对小微企业实施治污设施电量监控，严格落实排污单位自行监测数据质量主体责任和信息公开制度。", "排污单位"),
    ("434-second-bearer", HY, "强化入海排污口溯源分析，落实政府属地监管责任和排污单位主体责任。", "排污单位"),
    ("420-verb-inside-the-name", HY, "实施海洋垃圾污染防治。压实海域使用单位权属范围内海洋垃圾治理责任。", "海域使用单位"),
    ("183-producer-duty", HN, "严厉打击虚标绿色产品行为，严格落实生产者对产品质量的主体责任和认证机构对认证结果的主体责任。", "生产者"),
    ("183-second-duty-of-a-list", HN, "严厉打击虚标绿色产品行为，严格落实生产者对产品质量的主体责任和认证机构对认证结果的主体责任。", "认证机构"),
    ("543-producer-recycling", HN, "适时将实施范围拓展至轮胎等品种，强化生产者废弃产品回收处理责任。", "生产者"),
]


@pytest.mark.parametrize("case,title,body,name", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_duty_groups(case, title, body, name):
    got = surfaces(body, title)
    assert got.get(name) == (None, "non-state"), got


NEGATIVE = [
    # (case, title, body, a surface that must not be tagged)
    ("66-extended-producer-scheme", ST, "加快落实生产者责任延伸制度，引导企业利用互联网回收。", "生产者"),
    ("415-extended-producer-duty", ST, "推动生产企业落实生产者延伸责任，自主确定回收目标。", "生产者"),
    ("427-placed-on-departments", ST, "将目标分解落实到年度计划中，落实到具体的负责部门和责任人。", "负责部门"),
    ("76-duty-of-no-group", ST, "督促企业落实环境安全主体责任，按要求开展环境风险评估。", "环境安全主体"),
    ("538-every-party", ST, "完善施工安全管理规定，明确各方主体责任和义务。", "各方主体"),
    ("371-a-person", ST, "各级党委和政府主要负责同志落实第一责任人责任。", "第一责任人"),
    ("445-verb-complement", ST, "一要发挥好政府的主导作用。二要落实好企业在生态环境治理中的主体责任。", "好企业"),
]


@pytest.mark.parametrize("case,title,body,surface", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_not_duty_groups(case, title, body, surface):
    assert surface not in surfaces(body, title)


GAPS = [
    # 518: a modifier printed once before a list of agent nouns (建筑物所有权人、使用人、管理人: convention 4 completes each)
    ("518-shared-modifier", HN, "推进合同能源管理，强化建筑物所有权人、使用人、管理人责任。", "建筑物所有权人"),
    # 572: the third bearer of a list whose second opens with 各 (a collective the list finder does not read here)
    ("572-third-bearer", HN, "通过落实市级部门的服务责任、各县（市）、区政府的保障责任、项目业主单位的主体责任，保障电力建设。", "项目业主单位"),
]


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("case,title,body,name", GAPS, ids=[c[0] for c in GAPS])
def test_duty_groups_known_gaps(case, title, body, name):
    assert name in surfaces(body, title)


# the party committee and the government printed bare together under a duty (duty_groups.find_duty_parties): two
# collectives of the document's jurisdiction (convention 17), as 436's key has 不断压实党委政府的…主体责任
GD = "广东省海洋生态环境保护规划"
PARTIES = [
    ("77-leading-duty", GD, "健全生态环境保护统筹协调机制，落实党委政府领导责任。"),
    ("436-before-de", GD, "厘清海洋环境保护责任。不断压实党委政府的海洋生态环境保护的主体责任。"),
    ("450-joined-by-a-mark", GD, "健全生态环境保护统筹协调机制，落实党委、政府领导责任。"),
    ("427-list-of-duties", GD, "党政主导，全民参与。落实党委政府环保责任、部门监管和司法制裁责任。"),
]


@pytest.mark.parametrize("case,title,body", PARTIES, ids=[c[0] for c in PARTIES])
def test_duty_parties(case, title, body):
    got = surfaces(body, title)
    assert got.get("党委")[0] == "guangdong" and got.get("政府")[0] == "guangdong", got


NOT_PARTIES = [
    ("a-list-title", GD, "落实党委政府责任清单，定期公开。", "党委"),
    ("67-joint-liability", GD, "严格落实生态环境保护党政同责、一岗双责。", "党委"),
    ("a-possessor", GD, "党委政府领导责任进一步压实。", "党委"),
]


@pytest.mark.parametrize("case,title,body,surface", NOT_PARTIES, ids=[c[0] for c in NOT_PARTIES])
def test_not_duty_parties(case, title, body, surface):
    assert surface not in surfaces(body, title)

"""Issue 14 class 5 (lane LB8): a count of a population printed before the act it undertakes (选取74个重点监控村庄开展环境
质量监测; 推动60家公共机构安装可再生能源智慧路灯) is named by the act and the population (开展环境质量监测的重点监控村庄,
430 dev's key; 安装可再生能源智慧路灯的公共机构, 202's), not by the population alone: the count is of those that do it
(kg/annotate/count_acts.py, ``label-count-act-verb``, ``label-count-act-adverb`` of ontology/target_cues.tsv;
corpus/issue14-classes.md class 5). Labels are compared without 的, as concepts key them.

Sentences are from development documents of corpus/keys/split.tsv and from the non-held-out pool, shortened; the number
is the pool file. None is from a held-out half.
"""
from __future__ import annotations

import pytest

from tests.target_tagging import target_labels as labels


NAMED = [
    ("villages-430", "到2025年，选取74个重点监控村庄开展环境质量监测，实施监测。", [("开展环境质量监测重点监控村庄", "74")]),
    ("institutions-202", "到2023年，推动60家公共机构安装可再生能源智慧路灯。", [("安装可再生能源智慧路灯公共机构", "60")]),
    ("firms-353", "选择1-2家商贸企业开展绿色供应链试点，探索建立流通领域绿色供应链制度体系。", [("开展绿色供应链试点商贸企业", "1")]),
    ("cities-42", "到2025年，选择约60个城市开展废旧物资循环利用体系建设。", [("开展废旧物资循环利用体系建设城市", "60")]),
    ("adverb-goes-with-act-202", "推动600家以上公共机构定期开展能源审计，80%以上完成。", [("定期开展能源审计公共机构", "600")]),
    ("second-verb-off", "到2025年，推动60家公共机构开展能源审计并实施节能改造。", [("开展能源审计公共机构", "60")]),
    # a generic population (企业) passes with the verb masked (was a strict gap; 430 dev's key 防渗改造试点工程企业)
    ("generic-firms-430", "选取10家左右企业开展防渗改造试点工程。", [("开展防渗改造试点工程企业", "10")]),
    ("generic-firms-65", "到2025年，推动450家企业开展清洁生产审核，建成50家清洁生产示范企业。",
     [("开展清洁生产审核企业", "450"), ("清洁生产示范企业", "50")]),
]


@pytest.mark.parametrize("case,body,expected", NAMED, ids=[c[0] for c in NAMED])
def test_a_count_of_a_population_is_named_by_its_act(case, body, expected):
    assert labels(body) == expected


# what must stay: a count with no act after its thing, an act that is no verb of doing (达到: a state), an act after a
# comma (another clause), a population that is a generic head alone (企业: 430's 防渗改造试点工程企业 stays a gap)
KEPT = [
    ("no-act", "到2025年，建成绿色工厂100家。", [("绿色工厂", "100")]),
    ("thing-with-verb-inside", "到2025年，建设100家左右深入推行环境污染第三方治理示范园区。", [("深入推行环境污染第三方治理示范园区", "100")]),
    ("state-not-act", "到2025年，推动1000家企业达到能效标杆水平。", [("企业达到能效标杆水平", "1000")]),
    ("act-after-comma", "到2025年，新建10个污水处理厂，实施提标改造。", [("污水处理厂", "10")]),
]


@pytest.mark.parametrize("case,body,expected", KEPT, ids=[c[0] for c in KEPT])
def test_other_counts_keep_their_labels(case, body, expected):
    assert labels(body) == expected


# a verb of doing before the count, the population and its act after it: act, population, the verb off (430's key
# 生活污水治理行政村, 509's 农村环境质量监测特色村庄, dev19's 农村环境整治行政村)
AFTER = [
    ("firms-audited-484", "到2024年，完成2000家以上工业企业清洁生产审核。", [("清洁生产审核工业企业", "2000")]),
    ("villages-treated-430", "开展1600个行政村生活污水治理，2021年治理300个行政村。", [("生活污水治理行政村", "1600"), ("行政村", "300")]),
    ("villages-monitored-509", "组织开展3500个特色村庄农村环境质量监测，指导各地实施。", [("农村环境质量监测特色村庄", "3500")]),
    ("points-430", "到2025年，开展68个地下水考核点位周边污染隐患排查和治理。", [("周边污染隐患排查和治理地下水考核点位", "68")]),
    ("same-concept-either-verb-81", "到2025年，全省完成3200个行政村生活污水治理。", [("生活污水治理行政村", "3200")]),
]


@pytest.mark.parametrize("case,body,expected", AFTER, ids=[c[0] for c in AFTER])
def test_a_count_after_a_verb_is_named_by_the_act_then_the_population(case, body, expected):
    assert labels(body) == expected


# what must stay: a project (…工程) or a building (…建设) after the population, no population's edge (县|级…), a bracket in
# the population, no verb of doing before the count
NOT_AFTER = [
    ("project-464", "到2025年，实施12个入河排污口规范化建设工程。", [("入河排污口规范化建设工程", "12")]),
    ("building-86", "到2025年，开展37个县级水源地规范化建设。", [("县级水源地规范化建设", "37")]),
    ("county-class-388", "开展21个县级市建成区黑臭水体排查整治，建立治理清单。", [("县级市建成区黑臭水体排查整治", "21")]),
    ("bracket-433", "到2025年，完成220个村（社区）农村生活污水治理。", [("村（社区）农村生活污水治理", "220")]),
]


@pytest.mark.parametrize("case,body,expected", NOT_AFTER, ids=[c[0] for c in NOT_AFTER])
def test_other_counts_after_a_verb_keep_their_labels(case, body, expected):
    assert labels(body) == expected


# a word of task closing the act (label-count-act-task, lane LB9): off the label, the act and the population named as above
# (430's dev key 新增完成生活污水治理的行政村, 420's 完成整治的工业生产废水排污口数; 67, 77 of the pool)
TASKS = [
    ("villages-task-430", "到2025年，新增完成1600个行政村生活污水治理任务，沿黄流域及“一湖两海”。", [("生活污水治理行政村", "1600")]),
    ("outfalls-task-420", "2021年年底前，优先完成140个工业生产废水排污口整治任务。", [("整治工业生产废水排污口", "140")]),
    ("villages-short-act-77", "2025年年底前，新增完成16700个行政村整治任务。", [("整治行政村", "16700")]),
    # a floor or a word of increment between the verb and the count (label-count-act-between)
    ("floor-between-414", "大力实施农村生活污水治理，新增完成至少3500个行政村环境整治任务，深入打好攻坚战。",
     [("环境整治行政村", "3500")]),
    ("increment-between-67", "以农村生活污水为重点，完成新增1200个建制村环境整治任务。", [("环境整治建制村", "1200")]),
]


@pytest.mark.parametrize("case,body,expected", TASKS, ids=[c[0] for c in TASKS])
def test_a_task_word_closing_the_act_is_off(case, body, expected):
    assert labels(body) == expected


# what must stay: a task of no counted population (户 of 农村地区: no population head), a task with no verb of doing before
# the count
NOT_TASKS = [
    ("no-population-head-77", "（3）完成800万户农村地区散煤替代任务。", [("农村地区散煤替代任务", "8000000")]),
    ("no-verb-before", "到2025年，下达300个行政村环境整治任务。", [("行政村环境整治任务", "300")]),
]


@pytest.mark.parametrize("case,body,expected", NOT_TASKS, ids=[c[0] for c in NOT_TASKS])
def test_other_tasks_keep_their_labels(case, body, expected):
    assert labels(body) == expected


GAPS = [
    # the population cut inside a word by the target tagger (在产企业 → 产企业: 430's key 土壤污染风险管控工程试点在产企业)
    ("cut-population-430", "试点实施3-5家在产企业土壤污染风险管控工程。", [("土壤污染风险管控工程在产企业", "3")]),
    # a population that does its act after its own verb (新增1600个行政村完成环境综合整治, 388)
    ("own-verb-after-388", "到2025年，新增1600个行政村完成环境综合整治。", [("完成环境综合整治行政村", "1600")]),
]


@pytest.mark.parametrize("case,body,expected", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap of lane LB8: see the comment of each row")
def test_count_act_known_gaps(case, body, expected):
    assert labels(body) == expected

"""General (closing) clauses and what the measures that state no body inherit from them (issue 14,
class 8): only closing titles count, and only what a clause states is inherited."""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.link import _general_patterns, inherited
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def _doc(text: str):
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def _general(title: str) -> bool:
    return any(p.search(title) for _, p in _general_patterns())


# closing titles of the pool (scripts/survey_roles.py --general)
CLOSING = ["保障措施", "加强组织领导", "切实加强组织领导", "强化责任落实", "认真抓好组织实施", "抓好贯彻落实",
           "加强党的全面领导", "压实工作责任", "落实实施责任", "加强组织领导，落实各方责任", "加强统筹协调",
           "加强组织保障", "落实主体责任", "加强规划引领和组织实施", "规划实施保障措施", "完善基础保障措施强化目标责任落实"]
# substantive measures of the pool that name the same words about their own object
NOT_CLOSING = ["健全生态环境保护统筹协调机制", "完善生态环境保护统筹协调机制", "加强可再生能源送出工程统筹协调",
               "项目组织实施方式", "谋划组织实施重大工程", "严格落实审核推荐责任", "落实消纳责任",
               "实行林长制，压实主体责任", "加强对本行政区域重点排放单位配额清缴工作的组织领导", "建立责任落实机制",
               "组织实施，及时反馈（2020年11月—2022年10月）", "强化资金保障"]
# closing titles the anchored patterns miss
GAPS = ["建立工作组织领导机制", "建立工作机制加强组织领导，统筹推进各项工作，协调解决重大问题"]


@pytest.mark.parametrize("title", CLOSING)
def test_closing_titles_are_general_clauses(title):
    assert _general(title)


@pytest.mark.parametrize("title", NOT_CLOSING)
def test_substantive_titles_are_not_general_clauses(title):
    assert not _general(title)


@pytest.mark.parametrize("title", GAPS)
@pytest.mark.xfail(strict=True, reason="a closing title opening with 建立…机制 is read as a substantive one")
def test_closing_titles_missed(title):
    assert _general(title)


PLAN = ("某市生态环境保护实施意见\n一、主要任务\n（一）推进绿色发展。加快产业结构调整。\n"
        "（二）健全生态环境保护统筹协调机制。加强公安机关、审判机关与生态环境部门的衔接。\n"
        "二、保障措施\n（三）加强组织领导。{clause}\n")


def test_a_measure_inherits_what_the_closing_clause_states():
    d = _doc(PLAN.format(clause="市生态环境局牵头，市发展改革委配合，动员公众参与。"))
    _, inherits = inherited(d)
    got = {(i.measure.number, i.actor, i.role) for i in inherits}
    assert {a for _, a, _ in got} <= {"local.city.eco_env", "local.city.drc"} and ("一", "local.city.eco_env", "lead") in got
    assert {i.clause.number for i in inherits} == {"三"}  # 统筹协调机制 is a measure of its own, no closing clause


def test_bodies_a_closing_clause_only_mentions_are_not_inherited():
    d = _doc(PLAN.format(clause="坚持党中央集中统一领导，动员公众积极参与。"))
    unstated, inherits = inherited(d)
    assert [n.number for n in unstated][:1] == ["一"] and inherits == []

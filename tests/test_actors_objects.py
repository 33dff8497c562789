"""A generic group made to act somewhere in the text is an actor, but a printing of it right after a verb whose object
is never the doer (完善, 提高, 设立, 培育, 淘汰, 降低 … ``group-object-verb``), or after such a verb and the earlier items of
its list, or right after a preposition that makes it a recipient, a beneficiary or a site (向, 为, 在:
``group-object-preposition``), names no one there: the object, a possessor or a site (kg/annotate/acting.py
``governed``; convention 1 of corpus/keys/README.md: 为企业提供服务, 对企业开展检查 are mentions only). Verbs that may also
move a group to act (推进, 促进, 确保, 强化) are no such verb; a list item holding a verb of its own (联合相关企业、…), a
division of parts (企业履责、政府监管) or a duty after the group (责任) keep the printing. Positives (printings kept),
negatives (printings dropped) and known gaps (strict xfail). Sentences from unkeyed documents of ../shared/dual-carbon/
(shortened); the number in each id is the document."""
from __future__ import annotations

import pytest

from tests.actor_tagging import printed_after, printings_after

ACTS = "鼓励企业开展碳排放核查。引导公众绿色出行。鼓励金融机构开发绿色信贷产品。引导高校参与碳中和研究。"  # each acts once


def printings(body: str, surface: str) -> int:
    """How many printings ending in ``surface`` in the body (after ACTS) are tagged actors."""
    return printings_after(ACTS, body, surface)


KEPT = [
    ("91-pivot-like-verb", "推进化工生产企业开展清洁生产改造。", "企业", 1),
    ("82-division-of-parts", "构建企业履责、政府监管、社会参与的监测格局。", "企业", 1),
    ("585-division-second-item", "建立政府监督、企业付费、第三方运营的收运机制。", "企业", 1),
    ("30-partner-in-list", "支持牵头实施单位联合相关企业、科研机构、高校开展攻关。", "高校", 1),
    ("177-duty-after", "健全企业责任体系。", "企业", 1),
    ("548-act-after", "社区引进和培育企业参与低碳建设。", "企业", 1),
    # the doer kept, the object of 设立 before a list of two forms (not a division of parts) dropped
    ("320-open-day-one-of-two", "鼓励石油、电力等企业通过设立企业开放日、建设教育体验场所等形式向公众开放。", "企业", 1),
    ("346-place-after-zai", "支持在京科研机构、高等院校、企业设立研发中心。", "企业", 1),
]
DROPPED = [
    ("320-credit-system", "完善企业环保信用评价制度。", "企业"),
    ("453-emission-level", "切实提高企业排放水平。", "企业"),
    ("459-cost", "降低企业治理成本。", "企业"),
    ("454-phased-out", "加快淘汰严重污染企业。", "企业"),
    ("67-recipient", "推动环保设施向公众开放。", "公众"),
    ("475-beneficiary", "为金融机构提供绿色产业信息。", "金融机构"),
    ("564-list-item", "加强企业和高校合作。", "高校"),
]
# a verb whose object is never the doer opens no group's name (kg/annotate/bodies.py find_modified_groups reads the
# same group-object-verb): 健全企业, 不断完善企业, 企业设立企业 are 企业, then read as above
NAMED = [
    ("67-bare-after-object-verb", "健全企业环保信用体系。", []),
    ("426-adverb-and-verb", "不断完善企业环境监管制度。", []),
    ("459-subject-verb-object", "鼓励企业设立企业开放日、环境教育体验场所。", ["企业"]),
    ("177-duty-after", "健全企业责任体系。", ["企业"]),
    ("kept-trade-verb", "造纸企业要加强治理。", ["造纸企业"]),
    # 激发 ends the run too (body_forms.tsv verb, lane ap3): 企业 spurred, key convention 1 (tests/test_actors_spurred.py)
    ("571-pivot-verb", "激发企业创新内生动力。", ["企业"]),
    # a group word before its reform (机构改革后, 161): what is reformed, no actor (owned_things.py owned-reform; lane ax)
    ("161-reform-of-bodies", "新一轮机构改革后，基层林业部门被弱化。", []),
]
GAPS = [
    # a locative before the group, no verb: 区域内 (9: 推进区域内企业融资抵押品异地互认)
    ("62-locative", "推进区域内企业融资抵押品异地互认。", "企业"),
    # the focus of a measure: 以…为重点 (77)
    ("77-focus", "以化工园区、尾矿库、冶炼企业等为重点。", "企业"),
    # a preposition reads the item right after it only (在京科研机构、…: 在 governs a place), so a later item of an
    # audience list stays (67)
    ("67-audience", "面向党政机关、学校、公众编写读本。", "公众"),
]


@pytest.mark.parametrize("case,body,surface,n", KEPT, ids=[c[0] for c in KEPT])
def test_printing_kept(case, body, surface, n):
    assert printings(body, surface) == n


@pytest.mark.parametrize("case,body,surface", DROPPED, ids=[c[0] for c in DROPPED])
def test_governed_printing_dropped(case, body, surface):
    assert printings(body, surface) == 0


@pytest.mark.parametrize("case,body,surface", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_governed_printing_known_gaps(case, body, surface):
    assert printings(body, surface) == 0


@pytest.mark.parametrize("case,body,names", NAMED, ids=[c[0] for c in NAMED])
def test_object_verb_opens_no_group(case, body, names):
    assert printed_after(ACTS, body) == names


# what a group has or feels after it (group-possessed: 获得感, 意识, 积极性, 身边 …), the word after the group one
# jieba's dictionary tags a verb or an idiom (获得, 生态环境): the group qualifies it (acting.qualifies)
# (its one known gap, 161-reform-of-bodies (新一轮机构改革后), is read since lane AX (owned_things.py): a positive of NAMED)


POSSESSED_KEPT = [
    ("modal-before-possessed", "公众要提高环境保护意识。", "公众", 1),
    ("modal-gap-before-possessed", "企业要增强环保意识。", "企业", 1),
]
POSSESSED_DROPPED = [
    ("76-aim", "——人民群众生态环境获得感更强。", "人民群众"),
    ("420-feelings", "切实增强人民群众获得感、幸福感、安全感。", "人民群众"),
    ("447-awareness", "公众环保意识有待增强。", "公众"),
    ("146-near-them", "集中解决一批群众身边突出的恶臭问题。", "群众"),
]
POSSESSED_GAPS = [
    # a review of the situation read as the group's act: 人民群众 opens its clause and the list 获得感、幸福感和安全感
    # is read as its list (86)
    ("453-review-list", "深入推进改革，人民群众获得感、幸福感和安全感明显提升。", "人民群众"),
]
PEOPLE = "引导人民群众参与。引导群众参与。"


def possessed_printings(body: str, surface: str) -> int:
    """How many printings ending in ``surface`` in the body (after ACTS and PEOPLE) are tagged actors."""
    return printings_after(ACTS + PEOPLE, body, surface)


@pytest.mark.parametrize("case,body,surface,n", POSSESSED_KEPT, ids=[c[0] for c in POSSESSED_KEPT])
def test_possessed_printing_kept(case, body, surface, n):
    assert possessed_printings(body, surface) == n


@pytest.mark.parametrize("case,body,surface", POSSESSED_DROPPED, ids=[c[0] for c in POSSESSED_DROPPED])
def test_possessed_printing_dropped(case, body, surface):
    assert possessed_printings(body, surface) == 0


@pytest.mark.parametrize("case,body,surface", POSSESSED_GAPS, ids=[c[0] for c in POSSESSED_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_possessed_printing_known_gaps(case, body, surface):
    assert possessed_printings(body, surface) == 0

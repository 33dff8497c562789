"""Counts of things a verb makes, the count closing its clause: 建立科技示范基地5处, 扩建220千伏变电站9座, 新增国家级花卉
种质资源库和品种基因库5个, 新建或改造中水厂5座. The verb (``make-verb`` of ``ontology/target_cues.tsv``) opens its
clause (nothing before it but time words, lead words and a scope: 到2025年，全省…), the thing it makes follows it
(2 to 40 characters, no other value), and the count ends the clause (以上/左右 may follow). Read only under a
deadline not before the document was written, like every value stated with no comparator word
(``bare_values``). The label is the thing, else its head after 的 (…人员专业化的保障性苗圃 → 保障性苗圃), else the
thing without a bracket (国家园林城市（县城） → 国家园林城市); none that is a noun phrase, no target.

The verbs of ``comparators.tsv`` already read a count after a short thing (培育省级以上龙头企业5家: targets.py);
this reads the verbs that file lacks (建立, 设立, 扩建, 重建 …) and the things too long or joined by 和/与/或 for it.

A clause that names only a thing and its count right after a clause whose count was a target goes on with the
verb that made it (创建国家园林城市1个，省级园林城市3个: ``continued``); a breakdown (其中国家级8个) is none.
A count a verb of pursuing opens its clause with, the thing after it (推动450家企业开展…), is read by
``pursued_counts``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, cue_words
from kg.annotate import class_counts, deadline, each_listed, made_amounts, made_lists, opened_counts, pursued_counts, work_extent
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok, strip_phrase
from kg.annotate.places import city_provinces, province_names
from kg.annotate.values import value_rx

_MAKE = re.compile(r"(?:" + cue("target_cues.tsv", "make-verb") + r")")
# the count closes its clause, or its item of a list of things and counts (…救护机构1个、区县…救护点5个)
_CLOSE = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*(?:$|[，；。]|、(?=[^，；。、\d]{2,20}\d))")
_MAKE_OR_DO = re.compile(r"(.*?)(?:" + cue("target_cues.tsv", "make-verb") + "|" + cue("target_cues.tsv", "creation") + r")")
_NAMES = re.compile(r"[^，；。：:、\d等]{1,14}(?:、[^，；。：:、\d等]{1,14})+")
_THING = re.compile(r"[^，；。：:、][^，；。：:]{1,39}")
_BREAKDOWN = re.compile(r"^\s*(?:" + cue("target_cues.tsv", "count-breakdown") + r")")
_GENERIC = frozenset(cue_words("target_cues.tsv", "generic-head") + cue_words("target_cues.tsv", "measure-noun"))
_JOINER = re.compile(r"(?:" + cue("target_cues.tsv", "class-joiner") + r")")
_OWN_LIST = re.compile(r"^[^，；。\d]*、[^，；。\d]*\d")  # 海河流域良相坡、柳围坡、崔家桥3个…: names and a count of its own


def made_thing(head: str, tail: str, unit: str, scope: TimeScope | None, since_year: int | None,
               count: str = "", full_head: str | None = None) -> str | None:
    """The thing a verb of making counts (its label) when ``head`` (the clause before the value) opens with the verb
    and ``tail`` (after the value) closes the clause; None otherwise. ``unit`` is the value's unit code, ``count``
    the value as printed (for ``named_things``), ``full_head`` the clause before it (for ``class_counts``)."""
    classed = class_counts.classed_thing(full_head, count, tail, unit, scope, since_year) if full_head is not None else None
    if classed:  # 新建6个500千伏、25个220千伏输变电项目: each count of its class of the one thing (``full_head``: the clause)
        return classed
    listed = each_listed.each_thing(head, tail, scope, since_year, unit)
    if listed:  # 新增…站、…联盟、…基地各1个: the things listed, each its amount (targets.py splits them)
        return listed
    if unit == "count" and not _CLOSE.match(tail):  # 推动450家企业开展…: the thing after the count
        return named_things(head, tail, count, scope, since_year) or pursued_counts.pursued_thing(head, tail, unit, scope, since_year) \
            or opened_counts.opened_thing(head, tail, scope, since_year)  # 340个重点村庄完成治理: the count opens the clause
    if unit != "count":  # 营造防护林0.88万亩, 实施公共建筑节能改造200万平方米: an area, length or capacity of works
        return (made_amounts.made_amount(head, tail, unit, scope, since_year)
                or work_extent.worked(head, tail, unit, scope, since_year))
    if not deadline.in_force(scope, since_year):
        return None  # no aim in force, or a year the document looks back on
    for verb in _MAKE.finditer(head):
        if strip_phrase(head[: verb.start()])[0]:
            continue  # words before the verb name something (在巴州…分别建设, 实现年新增…): not this form
        thing = head[verb.end():].strip()
        if not _THING.fullmatch(thing) or value_rx().search(thing):
            return None
        for label in (thing, thing.rsplit("的", 1)[-1], re.sub(r"（[^（）]*）|\([^()]*\)", "", thing)):
            if len(label) >= 2 and label not in _GENERIC and (label_ok(label) or made_lists.made_list(label)):
                return label
        return None
    return pursued_counts.pursued_before(head, scope, since_year)  # 推进…一体化充电设施项目10个: a verb of pursuing


def named_things(head: str, tail: str, count: str, scope: TimeScope | None, since_year: int | None) -> str | None:
    """扩建滨海、渠阳、芦台3座500千伏站: a verb of making, the things it makes named one by one (、, no 等), as many as
    the count after them says, then the class they are of (the label, closing the clause or joined to the next
    count by 和). The count matching the names is the genre's mark of things made, not a scope (聚焦钢铁、…等8个重点
    行业: 等, and no verb of making). A class too short to name alone (500千伏站 fails the noun-phrase check) is opened
    by the verb of making, as keys label it (新建500千伏站, 扩建500千伏站). None otherwise."""
    number = re.match(r"\d+(?![.\d])", count)
    if not number or not deadline.in_force(scope, since_year):
        return None
    verb = _MAKE_OR_DO.match(head)
    names = _NAMES.fullmatch(head[verb.end():]) if verb and not strip_phrase(verb.group(1))[0] else None
    if names is None or len(names.group(0).split("、")) != int(number.group(0)):
        return None
    thing = _class_end(re.split(r"[，；。]|[和及与](?=\d)", tail)[0].strip())  # (…总氮、总磷监控体系: a list in the class, none)
    if len(thing) < 2 or re.search(r"[的为、]", thing) or thing in _GENERIC:
        return None
    if label_ok(thing):
        return thing
    made = head[len(verb.group(1)):verb.end()]  # 新建大港、津南、海港3座500千伏站: a class too short to name alone, its verb opens it
    return made + thing if _MAKE.fullmatch(made) and label_ok(made + thing) else None


def _class_end(thing: str) -> str:
    """The class after things named one by one and their count, ended at 及/和/以及 where another thing of its own
    follows (…低碳社区创建及莆田碳普惠平台建设工作: a place name opens it; …蓄滞洪区和海河流域良相坡、柳围坡…3个: names and
    a count of its own); a joiner inside one thing (生态保护和修复项目) stays."""
    for joiner in _JOINER.finditer(thing):
        other = thing[joiner.end():]
        if other.startswith(_places()) or _OWN_LIST.match(other):
            return thing[: joiner.start()].strip()
    return thing


@lru_cache(maxsize=None)
def _places() -> tuple[str, ...]:
    """Province and prefecture-level city names as printed (莆田, 莆田市, 江苏省 …)."""
    return tuple(n for n in list(city_provinces()) + list(province_names()) if len(n) >= 2)


def continued(head: str) -> str | None:
    """The thing a clause counts with no verb of its own after a clause whose count was a target (its label), else
    None: the clause before it (``head``, the text before the value) names the thing alone, a noun phrase."""
    if _BREAKDOWN.match(head) or _MAKE.search(head):
        return None  # 其中国家级8个: a part of the count before; a verb of its own: made_thing reads it
    label, _ = strip_phrase(head)
    if len(label) < 3 or not _THING.fullmatch(label) or value_rx().search(label) or label in _GENERIC or not label_ok(label):
        return None  # 消除10条, 省级11家: a verb or a level alone names no thing
    return label

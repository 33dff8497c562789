"""A list of things one verb of making counts, one count for them all and no 分别/均/各 (issue 14, lane LR: 建成国家级、
省级森林康养基地100个以上; 新增国家级和省级绿色工厂、绿色产品、绿色园区和绿色供应链管理企业100个以上; 制定花卉国家、省级和
行业标准10项以上): one target, the list as printed its label (convention 9 of the keys: a list before one value stays
one row). ``made_counts.made_thing`` reads the thing after the verb; ``indicators.label_ok`` refuses every 、, so
this passes a thing whose items are each a noun phrase (``listed_labels.listed_label_ok``), with no number, no 的
(…人员专业化的保障性苗圃: modifiers of the thing after it, read by ``made_thing``), no 等
(沈庄塘、淡水河等约40公里: examples, a scope) and no item a place name (在青岛市、东营市、烟台市建设3处: where they go)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.listed_labels import listed_label_ok
from kg.annotate.places import city_provinces, county_names, province_names

_EACH = re.compile(cue("target_cues.tsv", "distributive"))


def made_list(thing: str) -> bool:
    """True when ``thing`` (what a verb of making counts) is a list of things joined by 、 to keep whole as one label."""
    if "、" not in thing or re.search(r"[\d等的]", thing) or _EACH.search(thing):
        return False
    if any(item in _places() for item in thing.split("、")):
        return False
    return listed_label_ok(thing)


@lru_cache(maxsize=None)
def _places() -> frozenset[str]:
    """Province, city and county names as printed (莆田, 莆田市, 江苏省, 肥西县 …)."""
    return frozenset(list(city_provinces()) + list(province_names()) + list(county_names()))

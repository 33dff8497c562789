"""A label that lists the places, classes or things one measured head is of, with one value and no 分别/均/各
(国家机关、事业单位新能源汽车比例; 城市建成区出租车、物流车、网约车新能源车替代率; 风电、太阳能发电总装机规模): one
indicator, the list in its label (convention 9 of the keys). ``indicators.one_indicator_list`` reads the lists whose
items it can tell apart (places, classes of one rate); this reads the rest of the lists the noun-phrase check
rejects for their 、 alone: only the last item ends with a measured head (a list of rates, 城市生活污水集中收集率、
污泥无害化处置率, is several indicators), no item holds a number, and the label without its 、 is a noun phrase."""
from __future__ import annotations

import re

from kg.lexicon import cue_words
from kg.annotate.indicators import label_ok
from kg.annotate.made_lists import made_list

_HEADS = tuple(sorted(set(cue_words("target_cues.tsv", "rate-head") + cue_words("target_cues.tsv", "measure-noun")
                          + cue_words("target_cues.tsv", "list-head")), key=len, reverse=True))
_EACH = re.compile("|".join(cue_words("target_cues.tsv", "distributive")))


def one_head_list(label: str) -> bool:
    """The label lists what one measured head is of (keep it whole as one indicator); False for anything else."""
    items = label.split("、")
    if len(items) < 2 or any(not item for item in items) or re.search(r"\d", label) or _EACH.search(label):
        return False
    if not items[-1].endswith(_HEADS) or any(item.endswith(_HEADS) for item in items[:-1]):
        return False  # a list of indicators, each with its own head, is no one indicator
    return label_ok(label.replace("、", ""))


def one_list_label(label: str, made: str | None) -> bool:
    """The label keeps its list as one indicator: what one measured head is of, or the list of things a verb of making
    counts as ``made_counts.made_thing`` read it (``made``: 建成国家级、省级森林康养基地100个 → 国家级、省级森林康养基地;
    not any label ``made_thing`` passed, 新增…变电容量720万千伏安、线路长度 is two values)."""
    return one_head_list(label) or (label == made and made_list(label))

"""A label that lists the works or things one amount measures, joined by 、 as printed (issue 14, lane PB: the 专栏
boxes and lists of works of plans): 完成人工造林、未成林抚育提升和退化林改造76万亩 → 人工造林、未成林抚育提升和退化林改造面积,
建设超低能耗、近零能耗建筑0.5亿平方米 → 建设超低能耗、近零能耗建筑面积. The keys label such a value with the list as printed
(533's 新建超低能耗建筑、近零能耗建筑等绿色低碳建筑面积); ``indicators.label_ok`` refuses every 、 (a list of clauses is no
noun phrase). Here a label passes when it holds 2 to 5 items split at 、, each item a noun phrase by ``label_ok``
(the last with the quantity), none opening with a verb of works (营造防护林、建设湿地公园: two works, each its own verb,
the amount the last one's), and the label without its 、 a noun phrase too (length, brackets, verbs of action)."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.indicators import label_ok

_VERB_OPENS = re.compile(r"(?:" + cue("target_cues.tsv", "amount-verb") + r")")
_MAX_ITEMS = 5


def listed_label_ok(label: str) -> bool:
    """True when ``label`` is a list of noun phrases joined by 、 that ``label_ok`` refuses only for its 、."""
    items = label.split("、")
    if not 2 <= len(items) <= _MAX_ITEMS or not label_ok(label.replace("、", "")):
        return False
    return all(len(item) >= 2 and label_ok(item) and not _VERB_OPENS.match(item) for item in items)

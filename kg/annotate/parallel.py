"""Items listed after a target that share its verb and year (地炼产能740万吨、焦化装置产能115万吨; 创建80家示范单位、
10家能效领跑者; 建设15座加氢站、热电联供装机量1万户): each a target of its own, its indicator the item's noun.
Moved out of ``targets.py`` (the house's 450 lines) unchanged."""
from __future__ import annotations

import re

from kg.lexicon import comparators, cue
from kg.model import Annotation
from kg.annotate import heads
from kg.annotate.indicators import ACTION_VERBS, indicator_concept, label_ok
from kg.annotate.values import unit_row, value_of

_SUFFIX = [(p, comp) for p, comp, _ in comparators("after")]

# …万吨以上、焦化装置产能: the next listed item after a value (ontology/target_cues.tsv)
# (110千伏变电站12座: an item may open with a number glued to a class word, as a label may: label-class-lead)
_ITEM_AFTER = re.compile(r"\s*(?:" + cue("target_cues.tsv", "item-qualifier") + r")?\s*[、和及]\s*((?:\d+(?:"
                         + cue("target_cues.tsv", "label-class-lead") + r"))?[^\d，；。、]{2,15})")
# 15座加氢站、热电联供装机量1万户: the counted noun of the value before, 、, the next item's own noun
_NEXT_ITEM = re.compile(r"[^\d，；。、]{1,10}、\s*([^\d，；。、和及与]{2,15})\s*")


_JOINED = re.compile(r"\s*[、和及至—~-]\s*")
# 分别达到50%左右、30%左右: one qualifier printed after each value of a list (ontology/target_cues.tsv)
_QUALIFIED = re.compile(r"\s*(?P<q>" + cue("target_cues.tsv", "each-qualifier") + r")\s*[、和及]\s*")


def joined(between: str, after: str) -> bool:
    """Two values share one comparator phrase: only a joiner or a range mark ``between`` them (90%、83%; 10%—15%), or the
    same qualifier after each of them, the second's in ``after`` (分别达到50%左右、30%左右, 36%左右和8%左右: its comparator
    read once, after the last)."""
    if _JOINED.fullmatch(between):
        return True
    q = _QUALIFIED.fullmatch(between)
    return q is not None and re.match(r"\s*" + re.escape(q.group("q")), after) is not None


_LATIN_NAME = r"[A-Za-z]{1,4}\d+(?:\.\d+)?"  # PM2.5, O3, NO2: a substance's name holds digits, no value


def _thing_after_each(template: Annotation, gap: str, unit: str) -> bool:
    """The value after ``gap`` counts or measures the thing printed after it, as the target before did: two counts
    (创建80家示范单位、10家能效领跑者), or two amounts of one unit where the gap is the thing the target before took as
    its indicator, then 和/及/与/、 (建设1400万千瓦光伏和450万千瓦风电项目, 完成20万亩…项目和5.9万亩…试点); the target before may have taken the
    shared head after the second thing (光伏项目)."""
    if template.get("unit") != unit or not re.fullmatch(r"[^\d，；。、]{2,30}[、和及与]", gap):
        return False
    return unit == "count" or (template.get("indicator_text") or "").startswith(gap[:-1].strip())


def parallel(text, a, clause, before: re.Match, m: re.Match, template: Annotation) -> list[Annotation]:
    """地炼产能740万吨、焦化装置产能115万吨: an item listed after a target shares its verb and year."""
    gap = clause[before.end():m.start()]
    item = _ITEM_AFTER.fullmatch(gap)
    if item is None and _thing_after_each(template, gap, unit_row(m.group("unit"))["code"]):
        # 创建80家示范单位、10家能效领跑者; 建设1400万千瓦光伏和450万千瓦风电项目: the thing follows each value
        after = re.match(r"((?:" + _LATIN_NAME + r"|[^\d，；。、和及与]){1,20})", clause[m.end():])  # 120个PM2.5网格化…设备
        item = after
        if item is not None:
            start = a + m.end() + item.start(1)
            gap_item = item.group(1)
            if not label_ok(gap_item):
                return []
            value, unit = value_of(m)
            ident, label = indicator_concept(gap_item)
            v = dict(template.value)
            v.update(indicator=ident, indicator_label=label, indicator_text=gap_item, value=value, unit=unit["code"],
                     unit_iri=unit["qudt"] or None, value_start=a + m.start(), value_end=a + m.end(), index=0, value_max=None)
            return [Annotation(template.layer, a + m.start(), start + len(gap_item), template.rule,
                               tuple(sorted((k, x) for k, x in v.items() if x is not None)))]
    own_noun = None
    if item is None:
        # 建设15座加氢站、热电联供装机量1万户: the next item names its own indicator before its value
        own_noun = _NEXT_ITEM.fullmatch(gap)
        if own_noun is None or ACTION_VERBS.search(own_noun.group(1)) or not label_ok(own_noun.group(1)):
            return []
        item = own_noun
    if not item or not label_ok(item.group(1)):
        return []
    value, unit = value_of(m)
    name = heads.listed_verb(item.group(1), template.get("indicator_text"), unit["code"])  # 、改造270万亩: a verb alone
    if not name:
        return []
    ident, label = indicator_concept(name)
    v = dict(template.value)
    if own_noun is not None:  # its comparator is its own: 以上 after it, else a level
        after = next((comp for pattern, comp in _SUFFIX if re.match(r"\s*(?:" + pattern + ")", clause[m.end():])), "=")
        v.update(comparator=after, change=None)
        return [Annotation(template.layer, a + before.end() + item.start(1), a + m.end(), template.rule,
                           tuple(sorted((k, x) for k, x in {**v, "indicator": ident, "indicator_label": label,
                                                             "indicator_text": name, "value": value,
                                                             "unit": unit["code"], "unit_iri": unit["qudt"] or None,
                                                             "value_start": a + m.start(), "value_end": a + m.end(),
                                                             "index": 0, "value_max": None}.items() if x is not None)))]
    v.update(indicator=ident, indicator_label=label, indicator_text=name, value=value, unit=unit["code"],
             unit_iri=unit["qudt"] or None, value_start=a + m.start(), value_end=a + m.end(), index=0, value_max=None)
    return [Annotation(template.layer, a + before.end() + item.start(1), a + m.end(), template.rule,
                       tuple(sorted((k, x) for k, x in v.items() if x is not None)))]

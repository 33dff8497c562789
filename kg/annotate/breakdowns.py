"""The parts of a total printed after it (其中): 总装机容量达到2600万千瓦左右，其中包括：煤电1245.3万千瓦、气电516.6万千瓦、
非化石能源发电805.5万千瓦等 (213); 完成造林更新33万公顷，其中人工造林8万公顷、封山育林25万公顷 (151). Each part, a
name and a value in the total's unit, is a value of its own in the total's layer: a target of the plan where the total
is one (its deadline, binding and aspiration; its quantity word where the part's name lacks it: 风电 → 风电装机), a
record where the total is a record (发展基础: 截至2020年底…装机282万千瓦，
其中，风电84.5万千瓦…). Read after the target tagger, for parts no other rule read.

A count's parts are read here too (made_counts reads no breakdown of a count as a count of its own): 建成…示范基地43个，
其中国家级8个，省级35个 (151, dev12); a part whose name is only a level of the total's thing (国家级, 省级) is that
level of it (国家级 + 国有林场生态文化教育示范基地), in a total's unit that is a count only (a level of an area names
no quantity); the list is read only while each part is a name and a value, one after another (、，；), every one in the
total's unit, and only right after the total (其中 opening the next clause)."""
from __future__ import annotations

import re
from decimal import Decimal

from kg.lexicon import comparators, cue
from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.indicators import indicator_concept, label_ok
from kg.annotate.values import MULTIPLIERS, TABLE_SUFFIX, TABLE_SUFFIX_WORDS, decimal_str, unit_row, value_rx

_OPEN = re.compile(r"[，,。；;（(]\s*(?:" + cue("target_cues.tsv", "breakdown-open") + r")\s*[：:，,]?\s*")
_LEVEL = re.compile(r"(?:" + cue("target_cues.tsv", "breakdown-level") + r")")
_QUANTITY = re.compile(r"(?:" + cue("target_cues.tsv", "breakdown-quantity") + r")(?=(?:" +
                       cue("target_cues.tsv", "breakdown-quantity-tail") + r")?$)")
_SEP = re.compile(r"\s*[、，,；;]\s*")
_LEAD = cue("target_cues.tsv", "breakdown-lead")
_NAME_LEAD = re.compile(r"(?P<name>[\u4e00-\u9fff“”]{2,12}?)(?P<lead>" + _LEAD + r")?(?=\d)")
_TAIL = re.compile(TABLE_SUFFIX_WORDS)  # 左右, 以上 after a part's value (ontology/comparators.tsv, cell)


def _part(text: str, at: int):
    """(name, value match, comparator, end) of a part at ``at``: a name of Chinese characters (2 to 12), an optional
    约 / 达到 / 为 (breakdown-lead), its value and unit, an optional 左右 / 以上 (a cell's comparator words); None if the
    text there is no part."""
    m = _NAME_LEAD.match(text, at)
    if not m:
        return None
    v = value_rx().match(text, m.end())
    if not v:
        return None
    tail = _TAIL.match(text, v.end())
    lead = m.group("lead") or ""
    comparator = (TABLE_SUFFIX[tail.group()] if tail else
                  next((c for p, c, _ in comparators("before") if lead and re.fullmatch(p, lead)), "="))
    return m.group("name"), v, comparator, tail.end() if tail else v.end()


def tag(doc: Document, found: list[Annotation]) -> list[Annotation]:
    """The parts listed after each target or record (not a count) of ``found`` that no annotation of ``found`` reads."""
    text = doc.text
    taken = [(a.start, a.end) for a in found]
    out: list[Annotation] = []
    for head in found:
        if head.layer not in ("target", "record") or head.get("unit") in (None, ""):
            continue
        opened = _OPEN.match(text, head.end)
        if not opened:
            continue
        at, parts = opened.end(), []
        while (part := _part(text, at)) is not None:
            parts.append(part)
            sep = _SEP.match(text, part[3])
            if not sep or (head.get("unit") == "count" and ";" in sep.group().replace("；", ";")):
                break  # a count's parts end at ；: 自然保护区20个，其中国家级3个、省级1个；森林公园9个 (447) names another total
            at = sep.end()
        if len(parts) < 2 or any(unit_row(v.group("unit"))["code"] != head.get("unit") for _, v, _, _ in parts):
            continue  # one value, or values in other units (其中共实施…工程14项，工程总投资11140万元): no parts of the total
        for name, v, comparator, end in parts:
            unit = unit_row(v.group("unit"))
            printed = name
            if _LEVEL.fullmatch(name) and head.get("unit") == "count":
                name = name + (head.get("indicator_label") or "")  # 其中国家级8个 → 国家级国有林场生态文化教育示范基地
            if _LEVEL.fullmatch(name) or not label_ok(name):
                continue
            if any(a <= v.start() < b for a, b in taken):
                continue  # read by another rule already
            value = Decimal(v.group("num")) * MULTIPLIERS.get(v.group("mult") or "", Decimal(1)) * Decimal(unit["factor"])
            quantity = _QUANTITY.search(head.get("indicator_text") or "")  # 非化石能源发电装机: 风电 → 风电装机
            ident, label = indicator_concept(name + quantity.group() if quantity and not _QUANTITY.search(name) else name)
            start = text.rfind(printed, 0, v.start())  # the part from its name as printed
            fields = {k: val for k, val in head.value if k not in ("value", "value_max", "base_value", "indicator",
                                                                   "indicator_label", "indicator_text", "comparator",
                                                                   "unit", "unit_iri", "clause_start", "clause_end",
                                                                   "value_start", "value_end")}
            out.append(make(head.layer, start, end, head.layer + "-breakdown", **{
                **fields, "value": decimal_str(value), "unit": unit["code"], "unit_iri": unit["qudt"] or None,
                "comparator": comparator, "indicator": ident, "indicator_label": label, "indicator_text": name,
                "clause_start": start, "clause_end": end, "value_start": v.start(), "value_end": end}))
            taken.append((v.start(), end))
    return out

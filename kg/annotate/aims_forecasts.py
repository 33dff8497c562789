"""预计 under the document's own aims (key convention 71, lane CV4): a value the target tagger made a forecast for 预计
alone (the forecast word of status_of, the sentence opening with 预计 of forecast_from) is a target when the innermost
division holding it is headed by the document's aims (第一节 总体目标, （二）主要目标, 二、发展目标: ``aims_heading`` of
``ontology/record_cues.tsv``): 预计到2025年，…利用总量折合标煤约4048万吨，非化石能源消费占比提高到21.6% states the plan's
aim. Any other forecast word in its paragraph up to the value (初步预计, 可节约, 相当于, 届时, an item titled 总量预测:
``aims_forecast_kept``) keeps it a forecast (336's 1.总量预测。…全社会用电量预计1850亿千瓦时以上 under its 主要目标), as does 预计
anywhere else (560's and 564's effects chapters)."""
from __future__ import annotations

import re

from kg.model import Annotation, Document
from kg.annotate.base import division_headings
from kg.annotate.records import cues

_RULES = ("forecast-sentence", "forecast-level", "forecast-change")


def _aims_spans(doc: Document) -> list[tuple[int, int, bool]]:
    """Every division's span and whether its heading states the document's aims, innermost first."""
    c = cues()
    spans = [(n.start, n.end, bool(c["aims_heading"].search(title)) and not re.search(r"[，,；;。]", title))
             for n, title in division_headings(doc.root, doc.text)]
    return sorted(spans, key=lambda s: (s[1] - s[0], s[0]))


def _sentence_head(text: str, at: int) -> str:
    """The sentence holding ``at`` up to it (from the stop or line break before it)."""
    return text[max(text.rfind(ch, 0, at) for ch in "。；\n") + 1:at]


def _paragraph_head(text: str, at: int) -> str:
    """The paragraph holding ``at`` up to it, with the title of its item (1.总量预测。…预计1850亿千瓦时: a forecast's title)."""
    return text[text.rfind("\n", 0, at) + 1:at]


def retype(doc: Document, found: list[Annotation]) -> list[Annotation]:
    """``found`` with the forecasts of 预计 alone under a heading of aims made targets again; every other row as it was."""
    if not any(x.layer == "record" and x.rule in _RULES for x in found):
        return found
    c = cues()
    spans = _aims_spans(doc)
    out = []
    for x in found:
        at = x.get("value_start")
        if x.layer != "record" or x.rule not in _RULES or at is None:
            out.append(x)
            continue
        inner = next((aims for a, b, aims in spans if a <= x.start < b), False)
        if not inner or not c["aims_forecast_word"].search(_sentence_head(doc.text, at)) \
                or c["aims_forecast_kept"].search(_paragraph_head(doc.text, at)):
            out.append(x)
            continue
        value = {k: v for k, v in dict(x.value).items() if k != "status"}
        out.append(Annotation("target", x.start, x.end, "target-change" if value.get("change") else "target-level",
                              tuple(sorted(value.items()))))
    return out

"""An amount of area or length done by a work printed before its thing keeps the work in its label (issue 14 class 5: a
label names the indicator; lane LB9).

Plans print the work before what it is done to (治理退化耕地10万亩; 修复湿地面积3714公顷; 新增治理水土流失面积4000平方公里;
治理修复历史遗留矿山损毁土地面积0.75万公顷): the target taggers label the thing alone (退化耕地面积, 湿地面积, 水土流失面积),
the area of all degraded farmland or wetland, a stock, where the aim is the area the work is done over. The dev keys
keep the work in every such row (85 治理退化耕地面积, 564 治理生态退化乡村面积, 466 柴达木盆地治理沙化土地, 157 松材线虫病治理;
the keys never drop it), the printed order in three documents of four. After every target tagger, a target of area or
length (a unit of ``unit-measure``) whose label's printed text follows right after a run of works (``label-work-before``
of ``ontology/target_cues.tsv``: 治理, 修复, 整治, closing a run of works joined by 和/及/、: 保护修复, 治理修复, 营造和修复),
itself at the edge of a word (no noun glued before it: 退化湿地修复|面积和…), takes the run before it in the printed order
(治理退化耕地面积, 保护修复湿地面积), a word of increment right before the run with it (``label-increment``:
新增治理水土流失面积, as ``label_quantity.increment`` keeps it for amounts), where that is a noun phrase (``indicators.label_ok``). A label opening with a measure
(面积和退耕还湿面积), naming a work already, or a generic head alone is left as it was. The value, span, comparator and layer
stay; no target is found or lost.
"""
from __future__ import annotations

import re

from kg.annotate.indicators import label_ok
from kg.annotate.renamed import relabelled
from kg.lexicon import cue, cue_pairs, cue_words
from kg.model import Annotation

_EXTENT = {u for u, m in cue_pairs("target_cues.tsv", "unit-measure").items() if u != "kW"}  # area and length
_RUN_WORD = cue("target_cues.tsv", "label-work-run")
# a run of works closed by a work of label-work-before, at a clause's edge or after a word that opens no noun
_RUN = re.compile(r"(?:(?:" + _RUN_WORD + r")(?:" + cue("target_cues.tsv", "label-work-join") + r")?)*(?:"
                  + cue("target_cues.tsv", "label-work-before") + r")$")
_EDGE = re.compile(r"(?:^|[，。；：、\s（(]|" + cue("target_cues.tsv", "label-work-edge") + r")$")
_NAMED = re.compile(cue("target_cues.tsv", "label-work-before"))  # 草原生态修复面积: the work named already
_MEASURE_FIRST = tuple(cue_words("target_cues.tsv", "measure-noun"))
_GENERIC = frozenset(cue_words("target_cues.tsv", "generic-head"))
_INCREMENT_BEFORE = re.compile(r"(?:" + cue("target_cues.tsv", "label-increment") + r")$")


def work_label(x: Annotation, text: str) -> str | None:
    """The label of a target ``x`` of area or length printed right after the works done (治理退化耕地10万亩 → 治理退化
    耕地面积); None otherwise."""
    label, name, at = x.get("indicator_label") or "", x.get("indicator_text") or "", x.get("value_start")
    if x.get("unit") not in _EXTENT or not label or not name or at is None or label.startswith(_MEASURE_FIRST) \
            or label in _GENERIC or _NAMED.search(label):
        return None
    where = text.rfind(name, max(0, at - len(name) - 12), at)
    if where < 0:
        return None
    run = _RUN.search(text, max(0, where - 12), where)
    if run is None or not _EDGE.search(text, max(0, run.start() - 4), run.start()):
        return None
    word = _INCREMENT_BEFORE.search(text, max(0, run.start() - 4), run.start())  # 新增治理…: an increment (lane LB3's)
    named = (word.group(0) if word else "") + run.group(0) + label
    return named if label_ok(named) else None


def relabel(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` (targets) with each amount of area or length printed after the works done named with them; every
    other annotation as it was."""
    return relabelled(found, lambda x: work_label(x, text))

"""A count of rounds of a work labelled by the work alone takes the thing the work is of, named with it before (issue 14
class 5: a label names the indicator; lane LB9).

Plans count the rounds of a soil survey (到2025年，至少完成一轮排查整改): the target taggers label the count by the work
alone (排查整改, 排查整治, 隐患排查), naming nothing, though the sentence or the one before names what is surveyed
(落实土壤污染隐患排查制度，…; 开展土壤和地下水污染隐患排查和整改。…). After every target tagger, a count whose label is
only such a work (``label-bare-work`` of ``ontology/target_cues.tsv``) takes the thing named before 隐患排查 in its
sentence or the one before (within ``WINDOW`` characters of its value), the nearest (``label-work-object``: 土壤和地下水污染, 土壤污染, 污染 …), and 隐患
(土壤污染隐患排查整改, the dev keys' 土壤和地下水污染隐患排查整改轮次 of 414, 土壤及地下水污染隐患排查整改 of 466), where that is
a noun phrase (``indicators.label_ok``). No such thing named: the label stays. The value, span, comparator and layer stay;
no target is found or lost.
"""
from __future__ import annotations

import re

from kg.annotate.indicators import label_ok
from kg.annotate.renamed import relabelled
from kg.lexicon import cue
from kg.model import Annotation

_BARE = re.compile(r"^(?:" + cue("target_cues.tsv", "label-bare-work") + r")$")
# the thing surveyed, 隐患, the survey (土壤污染隐患排查制度; 污染隐患排查和整改)
_HAZARD = cue("target_cues.tsv", "label-work-hazard")  # 隐患: the hazards a survey is of
_OBJECT = re.compile(r"(" + cue("target_cues.tsv", "label-work-object") + r")\s*" + _HAZARD + r"\s*(?:"
                     + cue("target_cues.tsv", "label-work-survey") + r")")
WINDOW = 160  # characters before the value, cut to its sentence and the one before
_SENTENCE_END = re.compile(r"[。！？]")


def object_label(x: Annotation, text: str) -> str | None:
    """The label of a count target ``x`` labelled by a bare work: the thing surveyed named before it, 隐患, the work;
    None otherwise."""
    label, at = x.get("indicator_label") or "", x.get("value_start")
    if x.get("unit") != "count" or at is None or not _BARE.match(label):
        return None
    start = max(0, at - WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, at)]
    found = list(_OBJECT.finditer(text, ends[-2] if len(ends) > 1 else start, at))  # its sentence and the one before
    if not found:
        return None
    named = found[-1].group(1) + ("" if label.startswith(_HAZARD) else _HAZARD) + label
    return named if label_ok(named) else None


def relabel(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` (targets) with each count labelled by a bare work named by what it surveys; every other annotation as
    it was."""
    return relabelled(found, lambda x: object_label(x, text))

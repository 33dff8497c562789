"""A label that names only what an amount is of, completed with the quantity the amount's unit measures (issue 14
class 5: a label names the indicator, never a fragment of it; lane LB3).

- A source of power named alone (``label-power-source`` of ``ontology/target_cues.tsv``) before an amount of power
  (unit kW) is that source's installed capacity: 煤电（万千瓦） 1245.3 → 煤电装机, 新增核电132.5万千瓦 → 核电装机,
  其中光伏约3100万千瓦 → 光伏装机 (``label-capacity-head``), as the keys and the genre name it (风电装机,
  非化石能源装机). A source with any other unit (风电 20%: a share) or any longer label is left as it was.

Only the label and its concept change; the value, its unit, its span and its layer stay.
"""
from __future__ import annotations

from kg.lexicon import cue, cue_words
from kg.model import Annotation
from kg.annotate.indicators import indicator_concept

_POWER_SOURCES = frozenset(cue_words("target_cues.tsv", "label-power-source"))
_CAPACITY_HEAD = cue("target_cues.tsv", "label-capacity-head")
_LAYERS = ("target", "record", "condition")


def completed(label: str, unit: str) -> str | None:
    """The label completed with the quantity ``unit`` measures, or None when it names that quantity already."""
    if unit == "kW" and label in _POWER_SOURCES:
        return label + _CAPACITY_HEAD
    return None


def complete(found: list[Annotation]) -> list[Annotation]:
    """``found`` with every target, record or condition whose label names only what its amount is of relabelled
    (its concept with it); every other annotation as it was."""
    out = []
    for x in found:
        label = completed(x.get("indicator_label") or "", x.get("unit") or "") if x.layer in _LAYERS else None
        if label is None:
            out.append(x)
            continue
        ident, label = indicator_concept(label)
        out.append(Annotation(x.layer, x.start, x.end, x.rule,
                              tuple(sorted({**dict(x.value), "indicator": ident, "indicator_label": label}.items()))))
    return out

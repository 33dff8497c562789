"""The specs of one named project printed with 设计 (key convention 59 of corpus/keys/README.md; lane CV, session 15).

A project described as designed (426: …水利枢纽工程，设计洪水标准为50年一遇…，设计总库容约300万m3; 506: 设计生产能力≥120万吨/年)
is given its capacity, storage, area or flow: a description of the project, not an aim of the document, as convention 15
has a listed project's total cost and 16 a project's name. The target tagger reads such a value as a target; a target
whose label opens with 设计 and a word of a spec (``record_cues.tsv`` design_spec) is dropped. The plan's own aims for its
projects stay: their number (实施亿元以上项目108项), the total scale it sends down to be built (项目建设总规模400万千瓦, convention
42), a level set for a class (新船设计能效水平…提高20%: no spec word after 设计)."""
from __future__ import annotations

from kg.annotate.records import cues
from kg.model import Annotation


def drop_specs(found: list[Annotation]) -> list[Annotation]:
    """``found`` without the targets that are the designed specs of one project (convention 59)."""
    spec = cues()["design_spec"]
    return [a for a in found
            if not (a.layer == "target" and spec.search(a.get("indicator_text") or a.get("indicator_label") or ""))]

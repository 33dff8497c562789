"""A target given a new name by a label rule (label_subjects, share_states, bare_rates, inner_verbs, counted_after, count_acts,
work_objects, work_before): its indicator concept, label and printed text from the new name, every other value as it was."""
from __future__ import annotations

from collections.abc import Callable

from kg.annotate.indicators import indicator_concept
from kg.model import Annotation


def renamed(x: Annotation, named: str) -> Annotation:
    """``x`` named ``named``: the concept and label ``indicator_concept`` gives it, ``named`` as its printed text."""
    ident, label = indicator_concept(named)
    return Annotation(x.layer, x.start, x.end, x.rule, tuple(sorted({
        **dict(x.value), "indicator": ident, "indicator_label": label, "indicator_text": named}.items())))


def relabelled(found: list[Annotation], name_of: Callable[[Annotation], str | None]) -> list[Annotation]:
    """``found`` with each annotation ``name_of`` gives a name ``renamed`` to it; every other one as it was."""
    out = []
    for x in found:
        named = name_of(x)
        out.append(x if named is None else renamed(x, named))
    return out

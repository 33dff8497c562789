"""Generic groups a measure relies on (依托骨干企业、科研院所和高校，建成一批…平台): a means, not a doer (issue 14, class 7;
lane ax).

依托 + a list of groups names the base the measure's own doer builds on: the platform is built by whoever the
sentence's subject is, with the groups as its resource, as the development keys read it (202, 303, 325, 514, 533, 382;
567's key: 依托…, a base, as 456 reads 依托重点企业). The printing of a generic group there (``actor-group``, or a lexicon
non-state group or collective) is no mention of the actor, unless a pivot follows the list (依托行业优势龙头企业、高校、
科研院所等，支持…技术研发与应用: the list is moved to act, as 353's key reads it); a named firm or body keeps it (convention 1: named bodies are
keyed wherever named), and the same group given an act elsewhere stays. Cue words: ``ontology/actor_cues.tsv``
relied-on-verb.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.acting import proper_name
from kg.model import Annotation

# the verb, then the earlier items of its list (依托骨干企业、科研院所和高校: each item)
_RELIED = re.compile(f"(?:{cue('actor_cues.tsv', 'relied-on-verb')})(?:[^，。；：、和及与\\s（）()]{{1,14}}?(?:、|和|及|与))*$")
# the rest of the list, then a pivot: the list is moved to act (依托…龙头企业、高校、科研院所等，支持…技术研发: 353's key)
_PIVOT_AFTER = re.compile(f"(?:(?:、|和|及|与)[^，。；：、和及与\\s（）()]{{1,14}}?)*等?[，,]?(?:{cue('actor_cues.tsv', 'relied-on-pivot')})")


def relied_on(text: str, a: Annotation, table: dict) -> bool:
    """Whether the generic group ``a`` is printed in the list after 依托 (``relied-on-verb``): a means."""
    if a.rule == "actor-lexicon":
        if table.get(a.get("actor"), {}).get("type") not in ("non-state", "collective"):
            return False
    elif a.rule != "actor-group":
        return False
    return (not proper_name(text[a.start:a.end]) and bool(_RELIED.search(text, max(0, a.start - 80), a.start))
            and not _PIVOT_AFTER.match(text, a.end))


def drop_relied_on(text: str, out: list[Annotation], table: dict) -> list[Annotation]:
    """``out`` without the printings of generic groups a measure relies on (``table``: ontology/actors.tsv by id)."""
    return [a for a in out if not relied_on(text, a, table)]

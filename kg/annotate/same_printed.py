"""One printed name, one actor (issue 14, class 7; lane ax; key conventions 19, 32).

A field's collective printed bare (生态环境部门) is read by two finders in one text: the lexicon's collective
(``eco_env_departments``, given the document's jurisdiction) where no local rule claims the span, and a local rule's body of
the document's level (``tianjin.city.eco_env_departments``) elsewhere. Both name one set, printed the same, with the same
jurisdiction: the keys hold one row (58's and 423's 生态环境部门), and two ids made the second an extra in the document's
set (dev 58, 423; 16 of 141 unkeyed pool texts). The lexicon's printing takes the local rule's id. Ids that differ in
more than the level (政府 read as a place's government and as the bare 政府 of a division of parts) are left apart.
"""
from __future__ import annotations

from kg.annotate.base import make
from kg.model import Annotation


def unify_printed(text: str, out: list[Annotation], table: dict) -> list[Annotation]:
    """``out`` with each lexicon collective or field body (type local) printing relabelled to the local rule's id of the same field collective,
    printed the same with the same jurisdiction (``table``: ontology/actors.tsv by id)."""
    local: dict[tuple[str, str, str], str] = {}
    for a in sorted(out, key=lambda a: a.start):
        actor = a.get("actor") or ""
        if a.rule != "actor-lexicon" and actor.count(".") == 2:
            local.setdefault((text[a.start:a.end], a.get("jurisdiction") or "", actor.rsplit(".", 1)[1]), actor)
    merged = []
    for a in out:
        actor = a.get("actor") or ""
        key = (text[a.start:a.end], a.get("jurisdiction") or "", actor)
        if a.rule == "actor-lexicon" and table.get(actor, {}).get("type") in ("collective", "local") and key in local:
            a = make(a.layer, a.start, a.end, a.rule, **{**dict(a.value), "actor": local[key]})
        merged.append(a)
    return merged

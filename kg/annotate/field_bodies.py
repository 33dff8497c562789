"""A bare field of a level's list is the body of that level the text names for the field (issue 14, class 7; lane AP7).

Conventions 13 and 79 (corpus/keys/README.md): the co-units of a list led by a body of one level, printed as bare fields
(由市住房城乡建设委牵头，发改、民政、城市管理、公安…等部门参与; 市级…金融工作、人民银行、银保监等部门), are each the body the text
names for that field at that level (民政 → 市民政局, 城市管理 → 市城市管理委, 人民银行 → 人民银行佛山市中心支行), one row with it.
The list finders read each such item as the field's department at the list's level (a local-body table id,
市教育部门, or the field + 部门 where the table lacks the field: 民政部门, 城市管理部门), a name no key row prints: an extra
beside the body the key row names (514, 518). Here an item of a list printed with its level (市级发展改革、…) or led by a
body of one level (由市…委牵头，…) takes the actor of the one body of the same place and level printed in a sentence of the
text (a line with a mark of a sentence or a list: a signature's line names no body of the text, 518) whose name holds the
field (市民政局 holds 民政), so both printings are one actor. A lead with no level (建立住房城乡建设牵头，…: 517) leaves
convention 6's collectives; two such bodies or none: the item stays as read. The span stays. The words are data:
``ontology/convention_cues.tsv`` field-body-end, field-body-list-level, field-body-list-lead.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate.base import make


@lru_cache(maxsize=None)
def _body_end() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'field-body-end')})$")


@lru_cache(maxsize=None)
def _level_open() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'field-body-list-level')})")


@lru_cache(maxsize=None)
def _led() -> re.Pattern:
    return re.compile(f"(?:{cue('convention_cues.tsv', 'field-body-list-lead')})$")


_LIST_OPEN = re.compile(r"[，。；：,;:（(\n]")
_SENTENCE_MARK = re.compile(r"[，。；、：（）,;:()]")
_LONGEST_LIST = 80  # characters from a list's opening to an item of it


def _field(actor: str) -> str | None:
    """The place.level of a list item's id: a printed-name id (``beijing.city.n-<hex>``) or a field's departments
    (``beijing.city.eco_env_departments``); None for any other id (a named body, a level's government, any place)."""
    parts = actor.split(".")
    if len(parts) != 3 or parts[1] in ("any", "all") or not (parts[2].startswith("n-") or parts[2].endswith("_departments")):
        return None
    return f"{parts[0]}.{parts[1]}"


def _level_list(text: str, start: int) -> bool:
    """Whether the item at ``start`` stands in a list of bare fields printed with its level (市级发展改革、教育…; 联合省财政、
    发改…) or led by a body of one level (由市住房城乡建设委牵头，发改、民政…): the list opens after the last clause mark."""
    floor = max(0, start - _LONGEST_LIST)
    opening = max((m.end() for m in _LIST_OPEN.finditer(text, floor, start)), default=None)
    if opening is None:
        return False
    items = text[opening:start]
    if items and not items.endswith("、"):
        return False
    return bool(_level_open().match(text, opening)) or bool(_led().search(text, max(0, opening - 30), opening))


def _in_sentence(text: str, a: Annotation) -> bool:
    """Whether a body is printed on a line that holds a mark of a sentence or a list (，、（ …): a signature's line of
    names (佛山市生态环境局 alone under the text: 518, whose key names the body nowhere else) names no body of the text."""
    line = text[text.rfind("\n", 0, a.start) + 1:max(a.end, text.find("\n", a.end) if "\n" in text[a.end:] else len(text))]
    return bool(_SENTENCE_MARK.search(line))


def named_field_bodies(text: str, out: list[Annotation]) -> list[Annotation]:
    """``out`` with each bare field of a level's list (its printed surface a field: the id's name or the field's
    departments) given the actor of the one body of its place and level whose printed name holds the field and ends as a
    body (``field-body-end``: 局, 委, 委员会, 中心, 支行 …)."""
    bodies: dict[str, set[tuple[str, str]]] = {}
    for a in out:
        prefix = a.get("actor", "").rsplit(".", 1)[0]
        surface = text[a.start:a.end]
        if a.rule == "actor-local" and _body_end().search(surface) and prefix.count(".") == 1 and _in_sentence(text, a):
            bodies.setdefault(prefix, set()).add((surface, a.get("actor")))
    kept = []
    for a in out:
        prefix = _field(a.get("actor", "")) if a.rule == "actor-local" else None
        surface = text[a.start:a.end]
        if prefix is not None and len(surface) >= 2 and not _body_end().search(surface) and _level_list(text, a.start):
            found = {actor for name, actor in bodies.get(prefix, ()) if surface in name and name != surface}
            if len(found) == 1:
                value = dict(a.value)
                value["actor"] = found.pop()
                a = make(a.layer, a.start, a.end, a.rule, **value)
        kept.append(a)
    return kept

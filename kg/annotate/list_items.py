"""Every item of a responsibility list is a body (issue 14): the genre's lists (（A牵头，B、C按职责分工负责）,
责任单位：⏎A、B) name responsible bodies between 、，； and 和, known to the lexicon or not. The items the other
actor rules leave (`find_listed`, `find_bracket_listed` read flat brackets and a label followed by its first item
on its line) are read here when they are well-formed names:

- a body: it ends in a body ending (``body_forms.tsv`` suffix and list-item-end: 委员会, 局, 委, 政府 …) and
  holds only Han characters and short brackets (佛山中德工业服务区（三龙湾）管理委员会): of the place it opens
  with, else of the document's (``bodies.listed_body``);
- a group (convention 14): a generic qualifier (各, 有关, 相关 …: ``actor_cues.tsv`` generic-qualifier) or a
  qualifying clause closed by 的 (有农业的区人民政府: ``actor_cues.tsv`` list-item-qualified) before such a name:
  a collective of the document's jurisdiction.

Never a fragment: an item with digits, colons, titles, unclosed brackets, a function word or verb (``body_forms.tsv``
list-item-fragment) or a line break inside it names no body; a list whose first item a line break cut is left to the text stage.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.bodies import forms, ident, listed_body
from kg.annotate.list_spans import ROLE_TAIL, label_rx, lists, split_items
from kg.annotate.places import Place

_HAN = r"[\u4e00-\u9fff]"
_QUALIFIER = re.compile(r"(?:" + cue("actor_cues.tsv", "generic-qualifier") + r")+")
_QUALIFIED = re.compile(r"(?:" + cue("actor_cues.tsv", "list-item-qualified") + r")")
_NAME = re.compile(_HAN + r"+(?:[（(]" + _HAN + r"{1,8}[）)]" + _HAN + r"+)*")


@lru_cache(maxsize=None)
def _ends() -> tuple[str, ...]:
    return tuple(sorted(forms()["suffix"] + forms().get("list-item-end", ()), key=len, reverse=True))


@lru_cache(maxsize=None)
def _fragment() -> re.Pattern:
    return re.compile("[" + "".join(forms().get("list-item-fragment", ())) + "]")


def _read(item: str, s: int, home: Place):
    """The actor tuple of one item, or None when it is no well-formed body name."""
    if not (2 <= len(item) <= 24) or not _NAME.fullmatch(item) or not item.endswith(_ends()):
        return None
    head = _QUALIFIED.match(item) or _QUALIFIER.match(item)
    rest = item[head.end():] if head else item
    if len(rest) < 2 or "的" in rest or _fragment().search(rest):
        return None  # 两省市列首位的为, 负责落实: a clause, no name
    if not head and item in _ends():
        return None  # 部门, 政府 alone: an ending, no name
    if head:
        return s, s + len(item), ident(home, "all", item), home, "all"
    return listed_body(item, s, home)


def find_list_items(text: str, place):
    """(start, end, actor id, Place, level) for each item of a responsibility list that is a well-formed
    body or group name (see the module's doc)."""
    home = place or Place(None, None)
    labels = label_rx()
    for ls, le in lists(text):
        for s, e in split_items(text, ls, le):
            raw = text[s:e]
            lab = labels.search(raw)
            if lab:  # （牵头单位：A；责任单位：B）: the label opens the item
                s, raw = s + lab.end(), raw[lab.end():]
            item = ROLE_TAIL.sub("", raw.strip()).strip()
            if not item:
                continue
            found = _read(item, text.find(item, s, e), home)
            if found:
                yield found

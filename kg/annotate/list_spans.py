"""Where the items of the genre's responsibility lists are (the list finders of `bodies`, `list_items`, `list_places`
share them): a label (责任单位：, 牵头部门：: ``body_forms.tsv`` label), the bracketed lists (（A牵头，B、C按职责分工负责）:
``actor_cues.tsv`` bracket-list), a label's list whose items start on the next line (责任单位：⏎A、B), the items of a
list split at 、，； outside brackets and at a joiner before a group (…等部门和各区人民政府), and the role printed after a
body's name in an item (牵头, 配合, 按职责分工负责: ``actor_cues.tsv`` list-item-tail)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, read_tsv

# a bracket holding a list; short brackets inside an item (佛山中德工业服务区（三龙湾）管理委员会) are kept
_BRACKET = re.compile(r"[（(［\[〔【](?P<items>(?:[^（()）［\]］〔〕【】\n。]|[（(][^（()）\n。]{1,8}[）)]){2,300})[）)］\]〕】]")
_WORDING = re.compile(cue("actor_cues.tsv", "bracket-list"))
_QUALIFIER = re.compile(r"(?:" + cue("actor_cues.tsv", "generic-qualifier") + r")+")
_JOINER = re.compile(r"(?:" + cue("actor_cues.tsv", "list-item-joiner") + r")")
_LINE_END = re.compile(r"[。\n）)]")
# a role after a body's name in an item (市发展改革委牵头, 各区按职责分工负责): cut off the name
ROLE_TAIL = re.compile(r"(?:" + cue("actor_cues.tsv", "list-item-tail") + r").*$")


@lru_cache(maxsize=None)
def label_rx() -> re.Pattern:
    """A list's label and its colon (责任单位：, 牵头部门:), the longest label first."""
    words = sorted((r["surface"] for r in read_tsv("body_forms.tsv") if r["kind"] == "label"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]")


def split_items(text: str, s: int, e: int):
    """(start, end) of the items of ``text[s:e]``: split at 、，,；; outside brackets and at a joiner before a
    group (…等部门和各区人民政府: 和 only where a qualifier follows it, never inside 经济和信息化厅)."""
    depth, start = 0, s
    for i in range(s, e):
        ch = text[i]
        if ch in "（([［〔【":
            depth += 1
        elif ch in "）)]］〕】":
            depth -= 1
        elif depth == 0 and (ch in "、，,；;" or _JOINER.match(text, i) and _QUALIFIER.match(text, i + 1)):
            yield start, i
            start = i + 1
    yield start, e


def lists(text: str):
    """(start, end) of the items' text of every bracketed list and of every label list whose items start on the next line."""
    for m in _BRACKET.finditer(text):
        if _WORDING.search(m.group("items")):
            yield m.start("items"), m.end("items")
    for m in label_rx().finditer(text):
        nl = re.match(r"[ \t\u3000]*\n\s*", text[m.end():m.end() + 8])
        if nl:  # 责任单位：⏎A、B: the label's line break (the items on one line are bodies.find_listed's)
            s = m.end() + nl.end()
            end = _LINE_END.search(text, s)
            yield s, end.start() if end else len(text)

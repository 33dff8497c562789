"""Decimal section numbers (2.1 重点排放单位, 4.1.1 核查安排) of guides, accounting methods and technical annexes: a
paragraph opening with one is a heading below the item of its first number (``subitem`` nodes, numbered as printed,
their ordinal the last number), but only where the numbers run in order. A value opening a wrapped line (2.5 年平均
浓度下降, 2.6万吨…) prints the same characters; it is taken only as the next section of a run:

- X.1 under the open item X. (or, with no such item, when X.2 or X.1.1 follows within a few paragraphs);
- X.Y after X.(Y-1) or X.(Y-2) (one section run into the sentence before it, 。4.1.5实施…, is no paragraph);
- X.Y.1 under the open X.Y, and so on to four numbers (4.1.5.1).

The pattern is ``ontology/text_cues.tsv`` decimal-section; ``kg/text/tree.py`` nests the nodes."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Node
from kg.text.headings import Para, title_of

_DECIMAL = re.compile(cue("text_cues.tsv", "decimal-section"))
_LOOKAHEAD = 12  # paragraphs: how far X.2 (or X.1.1) may stand after an X.1 opened with no item X. above it
_OWNERS = ("item", "task", "part", "chapter", "section")  # units whose number a section's first number repeats
_ITEMS = ("item", "task")  # numbered items a section of another first number never stands in
ITEM_LEVEL = 8  # ontology/structure.tsv's item level: a section of depth d is nested at 8 + d/10, above （1）


def _title(rest: str) -> str:
    """A section's title: its words up to the first mark (a heading line the wrap joined to the text below it,
    4.1.2建立核查技术工作组省级生态环境主管部门应…，…, runs on to the first mark at most)."""
    return re.split(r"[，。；：,;:]", title_of(rest), maxsplit=1)[0].strip()


def decimal_of(text: str) -> tuple[tuple[int, ...], int] | None:
    """The numbers of a decimal section opening ``text`` and where its title starts, else None."""
    m = _DECIMAL.match(text)
    return (tuple(int(x) for x in m.group("num").split(".")), m.end()) if m else None


class DecimalSections:
    """The decimal sections of a run of paragraphs, accepted in order as the tree is built."""

    def __init__(self, pars: list[Para], lo: int, hi: int) -> None:
        self.found = {i: d for i in range(lo, hi) if (d := decimal_of(pars[i].text))}
        self.last: dict[int, tuple[int, ...]] = {}  # depth → the numbers of the last section taken at that depth

    def node(self, i: int, p: Para, stack: list[Node]) -> tuple[Node, float, Node | None] | None:
        """The section node opened by paragraph ``i``, its level and the open unit it belongs under (the item, part or
        chapter printing its first number: 5.1 under 五、 though a （二） stands open), when its numbers run in order."""
        if i not in self.found:
            return None
        nums, title_at = self.found[i]
        depth = len(nums)
        if not self._in_order(i, nums, stack):
            return None
        self.last[depth] = nums
        for deeper in range(depth + 1, 5):
            self.last.pop(deeper, None)
        node = Node(kind="subitem", start=p.start, end=p.end, number=".".join(map(str, nums)), ordinal=nums[-1],
                    title=_title(p.text[title_at:]), body_start=p.start + title_at)
        owner = next((s for s in reversed(stack) if s.kind in _OWNERS and s.ordinal == nums[0]), None) if depth == 2 else None
        if depth == 2 and owner is None:  # an item of another number open above (4.建设项目碳排放量汇总, pool 180) closes
            owner = next((stack[k - 1] for k in range(1, len(stack)) if stack[k].kind in _ITEMS), None)
        return node, ITEM_LEVEL + depth / 10, owner

    def _in_order(self, i: int, nums: tuple[int, ...], stack: list[Node]) -> bool:
        depth, head, n = len(nums), nums[:-1], nums[-1]
        if n > 1:
            last = self.last.get(depth)
            return last is not None and last[:-1] == head and n - 2 <= last[-1] < n
        if depth > 2:
            return self.last.get(depth - 1) == head
        item = next((s for s in reversed(stack) if s.kind in _ITEMS), None)
        if item is not None and item.ordinal == nums[0]:
            return True
        ahead = [self.found[k][0] for k in range(i + 1, i + 1 + _LOOKAHEAD) if k in self.found]
        return bool(ahead) and ahead[0] in (head + (2,), nums + (1,))

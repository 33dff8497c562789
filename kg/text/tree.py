"""The document tree: headings of paragraphs nested by level, flattened tables as nodes, sentences
under the nodes that own their text, and stable structural paths (``art_12/para_2``)."""
from __future__ import annotations

import re

from kg.model import Issue, Node
from kg.text.decimal_sections import DecimalSections
from kg.text.headings import DIVISIONS, Para, heading_of, title_of
from kg.text.layout_tables import table_regions
from kg.text.numerals import cn_number, cn_numeral


# Path names of the kinds that ELI/Akoma Ntoso name (art_12/para_2/item_3); other kinds keep their own.
PATH_NAME = {"article": "art", "paragraph": "para", "chapter": "chp", "section": "sec", "book": "book"}
# Kinds numbered by position in their parent, not by their printed number.
POSITIONAL = ("sentence", "paragraph", "task")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|…{1,2}[”’」』]*")
_OPEN_PUNCT = "，、；：,;:"


def build_tree(doc_root: Node, pars: list[Para], lo: int, hi: int, scope: str, issues: list, text: str, src_lines) -> None:
    """Attach the structure of paragraphs ``[lo, hi)`` under ``doc_root``."""
    stack: list[Node] = [doc_root]
    levels = {id(doc_root): 0}
    tables = {a: b for a, b in table_regions(pars, lo, hi)}
    decimals = DecimalSections(pars, lo, hi)
    table_end = -1
    for i in range(lo, hi):
        p = pars[i]
        if i in tables:  # a table: its own node under the current parent; its cells are never headings
            table_end = tables[i]
            node = Node(kind="table", start=p.start, end=pars[table_end - 1].end, body_start=p.start)
            stack[-1].children.append(node)
            _extend(stack, pars[table_end - 1])
            continue
        if i < table_end:
            continue
        h = heading_of(p.text)
        section = decimals.node(i, p, stack) if h is None else None  # 2.1, 4.1.1 in order (kg/text/decimal_sections.py)
        if section is not None:
            node, level, owner = section
            while len(stack) > 1 and (levels[id(stack[-1])] >= level or owner is not None and stack[-1] is not owner
                                      and any(s is owner for s in stack)):
                stack.pop()
            stack[-1].children.append(node)
            levels[id(node)] = level
            stack.append(node)
            _extend(stack, p)
            continue
        if h is None or h[0].kind == "annex":
            _extend(stack, p)
            continue
        rule, m, num, rest = h
        kind, level = rule.kind, rule.level
        box = next((n for n in reversed(stack) if n.kind == "box"), None)
        if box is not None and kind in ("measure", "part"):
            # Inside a 专栏 box, （一）（二） or 一、二、 numbered on from the box's own list are its items; a
            # number that does not continue them is the next heading of the text, and closes the box.
            inner = [c for c in box.children if c.kind == "item" and c.number and not c.number.isdigit()]
            if cn_number(num) == ((inner[-1].ordinal or 0) + 1 if inner else 1) and (
                    kind == "measure" or _box_part_item(stack, pars, text, p.text, cn_number(num))):
                kind, level = "item", levels[id(box)] + 1
        while len(stack) > 1 and levels[id(stack[-1])] >= level:
            stack.pop()
        parent = stack[-1]
        if num and num in _DASH_NUMBERS:  # （-）: a text layer's dash for the numeral, the number after its sibling's
            num = _next_number(parent, kind)
            line, col = src_lines(p.start)  # never silently: the number read is a located issue
            issues.append(Issue("numbering-inferred", f"{kind} printed with a dash for its number: read as {num}, "
                                "after the one before it", p.start, line, col))
        body_start = p.start + m.start("title") if "title" in m.groupdict() and m.group("title") is not None else p.end
        title = title_of(rest) if rest else ""
        if not title and rule.kind in DIVISIONS and i + 1 < hi and heading_of(pars[i + 1].text) is None \
                and len(pars[i + 1].text) <= 30 and not re.search(r"[。；，]", pars[i + 1].text):
            title = pars[i + 1].text  # 第一章\n总则: the title printed on the next line
        node = Node(
            kind=kind,
            start=p.start,
            end=p.end,
            number=num or None,
            ordinal=cn_number(num.split("之")[0]) if num else None,
            title=title,
            body_start=body_start,
        )
        parent.children.append(node)
        levels[id(node)] = level
        stack.append(node)
        _extend(stack, p)
        if rule.kind == "principle":
            stack.pop()  # a principle line is one paragraph


_DASH_NUMBERS = "-—―－"  # the numbers of ontology/structure.tsv's measure-dash row


def _next_number(parent: Node, kind: str) -> str:
    """The numeral after that of the last sibling of this kind (一 when none): （一）…（-）…（三） gives 二."""
    last = next((c.ordinal for c in reversed(parent.children) if c.kind == kind and c.ordinal), 0)
    return cn_numeral(last + 1)


def _box_part_item(stack: list[Node], pars: list[Para], text: str, line: str, number: int) -> bool:
    """一、 inside a 专栏 that stands in a part: the box's item (一、湖南低碳城市试点建设项目。包括…),
    unless its number is also the next part's and it is printed like the parts (四、深入打好…攻坚战)."""
    part = next((n for n in reversed(stack) if n.kind == "part"), None)
    if part is None:
        return _box_closes_division(stack, text)  # else a box outside any part: 一、 may open the parts that follow it
    if number != (part.ordinal or 0) + 1:
        return True
    own = text[part.start:text.find("\n", part.start) if "\n" in text[part.start:] else len(text)]
    return _run_in(line) and not _run_in(own)


def _box_closes_division(stack: list[Node], text: str) -> bool:
    """A 专栏 printed after the text of a 第X节 (第五节 …：paragraphs, then 专栏1 / 一、…工程 / 二、…): the 一、
    after it are the box's items, not the section's first parts, when neither the section nor the sections
    before it in its chapter numbered parts or measures (a chapter's lead-in, a box, then its 一、 parts: not read so)."""
    i = max(k for k, n in enumerate(stack) if n.kind == "box")
    division = stack[i - 1] if i else None
    if division is None or division.kind != "section" or i < 2:
        return False
    if any(c.kind in ("part", "measure") for sec in stack[i - 2].children if sec.kind == "section" for c in sec.children):
        return False
    start = division.body_start if division.body_start is not None else division.start
    return bool(re.search(r"[。；]", text[start:stack[i].start]))  # the division's own sentences stand before the box


def _run_in(line: str) -> bool:
    """A heading line whose text runs on after its title (…项目。包括…, …项目：系统评价…)."""
    return re.search(r"[。：:].", line) is not None


def _extend(stack: list[Node], p: Para) -> None:
    for node in stack:
        node.end = max(node.end, p.end)


def add_sentences(node: Node, text: str, pars: list[Para]) -> None:
    """Split the text each node owns directly (not through children) into sentence nodes."""
    for child in node.children:
        add_sentences(child, text, pars)
    own: list[tuple[int, int]] = []
    cursor = node.body_start if node.body_start is not None else node.start
    for child in node.children + [None]:
        stop = child.start if child is not None else node.end
        if stop > cursor:
            own.append((cursor, stop))
        if child is not None:
            cursor = max(cursor, child.end)
    sentences: list[Node] = []
    for a, b in own:
        for s, e in _split_sentences(text, a, b):
            sentences.append(Node(kind="sentence", start=s, end=e))
    node.children = sorted(node.children + sentences, key=lambda n: (n.start, n.end))


def _split_sentences(text: str, a: int, b: int):
    for line_start, line in _lines(text, a, b):
        pos = 0
        for m in _SENTENCE_END.finditer(line):
            s, e = pos, m.end()
            yield from _trimmed(line_start, line, s, e)
            pos = e
        if pos < len(line):
            yield from _trimmed(line_start, line, pos, len(line))


def _lines(text: str, a: int, b: int):
    pos = a
    for chunk in text[a:b].split("\n"):
        yield pos, chunk
        pos += len(chunk) + 1


def _trimmed(base: int, line: str, s: int, e: int):
    while s < e and line[s] in " \u3000":
        s += 1
    while e > s and line[e - 1] in " \u3000":
        e -= 1
    if e > s:
        yield base + s, base + e


def assign_paths(node: Node, prefix: str = "") -> None:
    counts: dict[str, int] = {}
    seen: set[str] = set()
    for child in node.children:
        if child.kind in POSITIONAL or child.ordinal is None:
            counts[child.kind] = counts.get(child.kind, 0) + 1
            n = counts[child.kind]
        else:
            n = child.ordinal
            if child.number and "之" in child.number:  # 第十二条之一 → art_12_1
                n = f"{n}_{cn_number(child.number.split('之')[1])}"
            elif child.number and "." in child.number:  # a decimal section by its whole number: 2.1 → subitem_2_1 beside 1.1
                n = child.number.replace(".", "_")
        name = f"{PATH_NAME.get(child.kind, child.kind)}_{n}"
        if name in seen:  # duplicated numbers keep distinct, stable paths
            k = 2
            while f"{name}_dup{k}" in seen:
                k += 1
            name = f"{name}_dup{k}"
        seen.add(name)
        child.path = f"{prefix}/{name}" if prefix else name
        assign_paths(child, child.path)

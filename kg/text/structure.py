"""Cleaned text → document structure: front matter, parts, measures, items, principles, sentences.

The heading levels are one declarative table (``ontology/structure.tsv``); this module holds
only the mechanism. Guarantees: the tree is always valid (every child span lies inside its
parent, siblings do not overlap and are in text order); text that fits no heading stays as
the content of the enclosing node; numbering problems are reported as ``Issue``s with their
location, never silently fixed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import front_matter_rules, match_heading, read_tsv
from kg.model import Document, Issue, Node, Source

DIVISIONS = ("book", "chapter", "section")
# Path names of the kinds that ELI/Akoma Ntoso name (art_12/para_2/item_3); other kinds keep their own.
PATH_NAME = {"article": "art", "paragraph": "para", "chapter": "chp", "section": "sec", "book": "book"}
# Kinds numbered by position in their parent, not by their printed number.
POSITIONAL = ("sentence", "paragraph", "task")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|…{1,2}[”’」』]*")
_OPEN_PUNCT = "，、；：,;:"


class StructureError(ValueError):
    """The text has no structure that policykg recognises."""


@dataclass
class Para:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Para]:
    out, pos = [], 0
    for chunk in text.split("\n"):
        if chunk:
            out.append(Para(pos, pos + len(chunk), chunk))
        pos += len(chunk) + 1
    return out


def cn_number(num: str) -> int | None:
    """Value of a Chinese or Arabic numeral as printed in a heading ("三十三" → 33)."""
    if num.isdigit():
        return int(num)
    import cn2an

    try:
        return int(cn2an.cn2an(num, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


# Front matter --------------------------------------------------------------------------------

def _front_role(text: str):
    opening = False
    for role, pattern, rule_id in front_matter_rules():
        m = pattern.search(text) if role in ("title", "notice-end") else pattern.match(text)
        if m:
            if role == "not-title":
                opening = True
                continue
            if role == "title" and (len(text) > 90 or "。" in text or opening):
                continue
            return role, m
    return None, None


def _title_lines(pars: list[Para], first: int, i: int) -> tuple[int, str]:
    """The title ending at line ``i``, with the lines of it printed above (中共吉林省委 吉林省人民政府
    关于完整准 / 确全面贯彻…碳中和 / 工作的实施意见): unclassified lines since ``first`` with no
    sentence punctuation, no document number and no masthead (…人民政府文件), as long as the whole
    stays a title's length."""
    text = pars[i].text
    k = i
    while k > first and not re.search(r"[。；，：:,;〔〕]|文件$", pars[k - 1].text) and len(pars[k - 1].text) + len(text) <= 90:
        k -= 1
        text = pars[k].text + text
    return k, text


def _is_signature(text: str) -> bool:
    return len(text) <= 25 and not re.search(r"[。，；：、,;:！？“”《》]", text) and not re.search(r"\d", text)


def _iso_date(m) -> str:
    return f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"


def _issuers_from(prefix: str) -> list[str]:
    prefix = re.sub(r"等(?:部门|单位)?$", "", prefix.strip())
    return [p for p in re.split(r"[、，,\s]+", prefix) if p]


def read_front(pars: list[Para], body_start: int, meta: dict, front: list) -> int:
    """Classify paragraphs before the body; return the index where the preamble starts."""
    title = None
    title_from = None  # the rule that gave ``title``: a later title line replaces only a notice's inner title
    notice_start = None
    preamble_from = 0
    last_classified = 0  # lines above a title since the last classified line may be the title's first lines
    signature_run: list[int] = []
    for i in range(body_start):
        text = pars[i].text
        role, m = _front_role(text)
        if role is None and _is_signature(text) and i + 1 < body_start:
            signature_run.append(i)
            continue
        if role == "date" and signature_run:
            meta.setdefault("signatories", []).extend(pars[k].text for k in signature_run)
            for k in signature_run:
                front.append(("signature", pars[k].start, pars[k].end))
        if role != "date":
            signature_run = []
        if role is None:
            continue
        since, last_classified = last_classified, i + 1
        front.append((role, pars[i].start, pars[i].end))
        preamble_from = i + 1
        if role == "metadata-field":
            meta.setdefault("fields", {})[m.group("key")] = m.group("value").strip()
        elif role == "doc-number":
            meta.setdefault("doc_number", re.sub(r"\s+", "", m.group("value")))
        elif role == "date":
            meta.setdefault("date", _iso_date(m))
        elif role == "addressee":
            meta.setdefault("addressee", text.rstrip("：:"))
        if role == "title":
            k, full = _title_lines(pars, since, i)
            role_full, m_full = _front_role(full)
            if role_full == "notice-title":  # 关于印发…加快 / 体系实施方案的通知, printed over two lines
                role, m, i_start = role_full, m_full, k
            else:
                i_start = k
        else:
            i_start, full = i, text
        if role == "notice-title":
            notice_start = i_start
            meta["notice_title"] = full
            if title is None:
                title, title_from = m.group("title"), "notice"
            if m.group("issuer"):
                meta.setdefault("issuers", _issuers_from(m.group("issuer")))
        elif role == "notice-end":
            if notice_start is not None:
                meta["notice"] = (pars[notice_start].start, pars[i].end)
        elif role == "title":
            if title is None or title_from == "notice":
                title, title_from = full, "title"
            if notice_start is not None and "notice" not in meta:
                meta["notice"] = (pars[notice_start].start, pars[i_start - 1].end)
    if title is None and body_start > 0:
        title = _wrapped_title(pars, body_start)
    if title is None and body_start > 0:
        # Without a genre word, the first short line without punctuation is the title.
        first = pars[0].text
        if len(first) <= 60 and not re.search(r"[。；]", first):
            title = first
    if title:
        title = title.strip("《》 ")
        meta["title"] = title
        m = re.match(r"^(.{2,60}?)关于", title)
        if m and "issuers" not in meta:
            meta["issuers"] = _issuers_from(m.group(1))
    fields = meta.get("fields", {})
    if "发布部门" in fields and "issuers" not in meta:
        meta["issuers"] = _issuers_from(fields["发布部门"])
    if "date" not in meta:
        for key in ("成文日期", "发布日期"):
            if key in fields:
                dm = re.match(r"(?P<y>\d{4})\D+(?P<m>\d{1,2})\D+(?P<d>\d{1,2})", fields[key])
                if dm:
                    meta["date"] = _iso_date(dm)
                    break
    return preamble_from


def _wrapped_title(pars: list[Para], body_start: int) -> str | None:
    """A title printed over two short lines, the second ending with a genre word (…应对气候变化 / 工作要点)."""
    from kg.text.genre import genre_of

    for k in range(min(body_start, 4)):
        a = pars[k].text
        if k + 1 < body_start and len(a) <= 50 and not re.search(r"[。；，：]", a):
            b = pars[k + 1].text
            if len(b) <= 30 and not re.search(r"[。；，：]", b) and genre_of(a + b) != "other" and genre_of(b) != "other":
                return a + b
    return None


def read_tail(pars: list[Para], lo: int, hi: int, meta: dict, front: list) -> int:
    """Signature block and date closing a text: mark them; return the new end index."""
    end = hi
    if end - 1 >= lo:
        role, m = _front_role(pars[end - 1].text)
        if role == "date":
            meta.setdefault("signed", _iso_date(m))
            meta.setdefault("date", _iso_date(m))
            front.append(("signature-date", pars[end - 1].start, pars[end - 1].end))
            end -= 1
            names = []
            while end - 1 >= lo and _is_signature(pars[end - 1].text) and match_heading(pars[end - 1].text)[0] is None:
                names.insert(0, pars[end - 1].text)
                front.append(("signature", pars[end - 1].start, pars[end - 1].end))
                end -= 1
            if names:
                meta.setdefault("signatories", names)
                meta.setdefault("issuers", names)
    # An annex list (附件：1.… 2.…) just before the signatures.
    for k in range(end - 1, max(lo, end - 6) - 1, -1):
        if re.match(r"^附\s*件\s*[:：]", pars[k].text):
            for j in range(k, end):
                front.append(("annex-list", pars[j].start, pars[j].end))
            meta["annex_list"] = "".join(pars[j].text for j in range(k, end))
            end = k
            break
    return end


# Body ----------------------------------------------------------------------------------------

def _heading(text: str):
    rule, m = match_heading(text)
    if rule is None:
        return None
    num = m.groupdict().get("num") or ""
    if m.groupdict().get("sub"):
        num = f"{num}之{m.group('sub')}"
    title_text = (m.groupdict().get("title") or "").strip()
    return rule, m, num, title_text


def _title_of(rest: str) -> str:
    cut = rest.find("。")
    title = rest[:cut] if cut >= 0 else rest
    return title.strip().rstrip("：:；;，,").strip()


# Tables flattened by pdftotext: one cell a line. A value cell is a number, a range or a mark, or
# an indicator's attribute (约束性/预期性, 完成); a row whose label is numbered (2.城市空气质量…%,
# （四）可再生能源发电量, 五、地热能（万平方米）) is a row, not a heading.
_VALUE_CELL = re.compile(r"^[\d.,%％≥≤<>＜＞~～\-—–/+*×（）()\s]*\d[\d.,%％≥≤<>＜＞~～\-—–/+*×（）()\s]*$|"
                         r"^(?:约束性|预期性|参考性|指导性|属性|完成|未完成|基本完成|[-—–/])$|"
                         r"^[≥≤<>＜＞]?\d[\d.,%％]*\s*(?:[（(][^）)]{1,12}[）)]|左右|以上|以下|以内)$")  # 100（52个断面）, 93左右
_SHORT_CELL = 30  # characters: longer lines, or lines with a sentence end, are prose


def _is_value(text: str) -> bool:
    return _VALUE_CELL.match(text) is not None


def table_regions(pars: list[Para], lo: int, hi: int) -> list[tuple[int, int]]:
    """Paragraph ranges ``[a, b)`` that are a flattened table: a run of short cells holding at least
    three value cells, where a numbered line followed by value cells is a row, not a heading."""
    def row(i: int) -> bool:
        nxt = [pars[k].text for k in range(i + 1, min(i + 6, hi))]  # values may follow the next label
        return sum(1 for t in nxt if _is_value(t)) >= 2 and not any(_heading(t) for t in nxt if not _is_value(t))

    def breaker(i: int) -> bool:  # 第二节, 专栏, and a part without values after it end a table
        h = _heading(pars[i].text)
        return h is not None and not _is_value(pars[i].text) and (
            h[0].kind in DIVISIONS + ("article", "box", "annex") or h[0].kind == "part" and not row(i))

    def cell(i: int) -> bool:
        t = pars[i].text
        if _is_value(t):
            return True
        return not breaker(i) and len(t) <= _SHORT_CELL and not re.search(r"[。；]", t)

    def head(i: int) -> bool:  # a heading that is not a row of the table
        return not _is_value(pars[i].text) and _heading(pars[i].text) is not None and not row(i)

    def value_near(i: int, j: int, within: int = 4) -> bool:
        return any(_is_value(pars[k].text) for k in range(i, min(i + within, j)))

    out, i = [], lo
    while i < hi:
        if not cell(i):
            i += 1
            continue
        j = i
        while j < hi and cell(j):
            j += 1
        a, b = i, j
        # Kinds of the numbered rows of the run: a heading of such a kind at its edge is a row too
        # (（二）应对气候变化 between the rows （一） and （三） of an indicator table).
        rows = {h[0].kind for k in range(i, j) if (h := _heading(pars[k].text)) and row(k)}

        def edge(k: int) -> bool:
            return head(k) and _heading(pars[k].text)[0].kind not in rows

        # The lines before the first value that no value follows closely, and headings that open or
        # close the run, are the text around the table, not its cells.
        while a < b and (edge(a) or not value_near(a, b, 12)):  # a title and header lines stay
            a += 1
        while b > a and (edge(b - 1) or not _is_value(pars[b - 1].text) and not value_near(max(a, b - 3), b)):
            b -= 1
        if sum(1 for k in range(a, b) if _is_value(pars[k].text)) >= 3:
            gap = range(out[-1][1], a) if out else range(0)
            if out and len(gap) <= 3 and not any(re.search(r"[。；]", pars[k].text) or breaker(k) for k in gap):
                out[-1] = (out[-1][0], b)  # a long cell or a category row between two pieces of one table
            else:
                out.append((a, b))
        i = j
    return out


def build_tree(doc_root: Node, pars: list[Para], lo: int, hi: int, scope: str, issues: list, text: str, src_lines) -> None:
    """Attach the structure of paragraphs ``[lo, hi)`` under ``doc_root``."""
    stack: list[Node] = [doc_root]
    levels = {id(doc_root): 0}
    tables = {a: b for a, b in table_regions(pars, lo, hi)}
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
        h = _heading(p.text)
        if h is None or h[0].kind == "annex":
            _extend(stack, p)
            continue
        rule, m, num, rest = h
        kind, level = rule.kind, rule.level
        box = next((n for n in reversed(stack) if n.kind == "box"), None)
        if box is not None and kind == "measure":
            # Inside a 专栏 box, （一）（二） numbered on from the box's own list are its items; a number
            # that does not continue them is the next measure of the part, and closes the box.
            inner = [c for c in box.children if c.kind == "item" and c.number and not c.number.isdigit()]
            if cn_number(num) == ((inner[-1].ordinal or 0) + 1 if inner else 1):
                kind, level = "item", levels[id(box)] + 1
        while len(stack) > 1 and levels[id(stack[-1])] >= level:
            stack.pop()
        parent = stack[-1]
        body_start = p.start + m.start("title") if "title" in m.groupdict() and m.group("title") is not None else p.end
        title = _title_of(rest) if rest else ""
        if not title and rule.kind in DIVISIONS and i + 1 < hi and _heading(pars[i + 1].text) is None \
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
        name = f"{PATH_NAME.get(child.kind, child.kind)}_{n}"
        if name in seen:  # duplicated numbers keep distinct, stable paths
            k = 2
            while f"{name}_dup{k}" in seen:
                k += 1
            name = f"{name}_dup{k}"
        seen.add(name)
        child.path = f"{prefix}/{name}" if prefix else name
        assign_paths(child, child.path)


def _scope_nodes(scope: Node):
    """Nodes of one scope (the main text or one annex), not descending into annexes."""
    for child in scope.children:
        if child.kind == "annex":
            continue
        yield child
        yield from _scope_nodes(child)


# Lists, not divisions: a second run 1. 2. 3. under the same parent is a new list, not duplicates.
LISTS = ("item", "subitem", "task")
CHECKED = ("book", "chapter", "section", "article", "part", "measure", "item", "subitem", "task")


def check_numbering(root: Node, issues: list[Issue], locate, text: str = "") -> None:
    """Gaps, duplicates and out-of-order numbers, per scope (the main text, each annex).

    Siblings of one kind under one parent form a group. A group starting at 1 restarts the
    numbering; a group starting higher continues the previous group of its kind in the scope
    (measures numbered through the parts, items 1–20 straight through a document).
    """
    for scope in [root] + [n for n in root.walk() if n.kind == "annex"]:
        groups: dict[str, list[list[Node]]] = {k: [] for k in CHECKED}
        for parent in [scope] + list(_scope_nodes(scope)):
            for kind in CHECKED:
                group = [c for c in parent.children if c.kind == kind and c.ordinal is not None
                         and "之" not in (c.number or "")]
                if group:
                    groups[kind].append(group)
        for kind in CHECKED:
            last = 0
            for group in sorted(groups[kind], key=lambda g: g[0].start):
                first = group[0].ordinal or 0
                expected = 1 if first == 1 or last == 0 else last + 1
                if kind in LISTS and first > expected and _inline_start(text, group[0].start, first - 1):
                    expected = first  # 注：1.… / 附件：1.… run in before it: the list started inline
                _check_siblings(group, kind, issues, locate, restart=kind in LISTS, expected=expected)
                last = max(last if first != 1 else 0, max(n.ordinal for n in group))


def _inline_start(text: str, start: int, number: int) -> bool:
    """The paragraph before ``start`` runs in item ``number`` after a colon (注：1.…, 附件：1.…)."""
    before = text[max(0, start - 400):start]
    before = before[before.rstrip("\n").rfind("\n") + 1:] if "\n" in before.rstrip("\n") else before
    return re.search(rf"[:：]\s*{number}\s*[.．、](?!\d)", before) is not None


def _check_siblings(nodes: list[Node], kind: str, issues, locate, restart: bool, expected: int = 1) -> None:
    seen: set[int] = set()
    for node in nodes:
        n = node.ordinal
        if n is None:
            continue
        line, col = locate(node.start)
        printed = node.number
        if restart and n == 1 and seen:
            seen, expected = set(), 1  # a new list under the same parent
        if n in seen:
            issues.append(Issue("numbering-duplicate", f"{kind} {printed} appears twice", node.start, line, col))
        elif n < expected:
            issues.append(Issue("numbering-order", f"{kind} {printed} is out of order (expected {expected})", node.start, line, col))
        elif n > expected:
            missing = f"{expected}" if n == expected + 1 else f"{expected}–{n - 1}"
            issues.append(Issue("numbering-gap", f"{kind} {printed} follows a gap: number {missing} is missing", node.start, line, col))
        seen.add(n)
        expected = max(expected, n + 1)


# Provisions ---------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def runin_rules() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((r["kind"], re.compile(r["pattern"])) for r in read_tsv("runin.tsv"))


def demote_divisions(scope: Node) -> None:
    """Without articles and without 一、 parts, the lowest division (第一章 of a plan) reads as the part."""
    nodes = list(_scope_nodes(scope))
    if any(n.kind in ("article", "part") for n in nodes):
        return
    present = [k for k in DIVISIONS if any(n.kind == k for n in nodes)]
    if present:
        for n in nodes:
            if n.kind == present[-1]:
                n.kind = "part"


def restructure_articles(scope: Node, pars: list[Para]) -> None:
    """Inside an article: 款 (paragraphs, by position), 项 （一） items, 目 1. sub-items."""
    for art in [n for n in _scope_nodes(scope) if n.kind == "article"]:
        inner = [p for p in pars if art.start <= p.start and p.end <= art.end]
        children: list[Node] = []
        para = item = None
        for k, p in enumerate(inner):
            start = art.body_start if k == 0 else p.start
            if start >= p.end:
                continue  # 第一条 on a line of its own
            h = _heading(p.text) if k else None
            if h is not None and h[0].kind in ("part", "measure", "item", "subitem"):
                rule, m, num, rest = h
                deep = h[0].kind in ("item", "subitem") and item is not None
                node = Node(kind="subitem" if deep else "item", start=p.start, end=p.end, number=num or None,
                            ordinal=cn_number(num) if num else None, title=_title_of(rest) if rest else "",
                            body_start=p.start + m.start("title"))
                host = item if deep else para
                if host is None:
                    para = host = Node(kind="paragraph", start=start, end=p.end, body_start=start)
                    children.append(para)
                host.children.append(node)
                host.end = max(host.end, p.end)
                para.end = max(para.end, p.end)
                if not deep:
                    item = node
                continue
            para = Node(kind="paragraph", start=start, end=p.end, body_start=start)
            item = None
            children.append(para)
        keep = [c for c in art.children if c.kind not in ("part", "measure", "item", "subitem", "principle")]
        art.children = sorted(keep + children, key=lambda n: n.start)


def _runin_tasks(node: Node, text: str, pars: list[Para]) -> list[Node]:
    """一是…二是… in the text a node owns directly: task nodes, when at least two run in."""
    owned = [p for p in pars if node.body_start is not None and p.start >= node.start and p.end <= node.end
             and not any(c.start <= p.start < c.end for c in node.children)]
    tasks: list[Node] = []
    for p in owned:
        seg = text[max(p.start, node.body_start):p.end]
        base = max(p.start, node.body_start)
        for _kind, pattern in runin_rules():
            hits = [m for m in pattern.finditer(seg)]
            if len(hits) < 2 or cn_number(hits[0].group("num")) != 1:
                continue
            for k, m in enumerate(hits):
                a = base + m.start("num")
                b = base + hits[k + 1].start() if k + 1 < len(hits) else p.end
                body = text[base + m.end():b]
                tasks.append(Node(kind="task", start=a, end=b, number=m.group("num"), title=_title_of(body),
                                  body_start=a))
    return tasks


def mark_provisions(scope: Node, text: str, pars: list[Para], meta: dict) -> None:
    """Say which nodes of a scope are its provisions: articles, else measures, else tasks, else parts."""
    nodes = list(_scope_nodes(scope))
    from kg.text.genre import genre_of

    genre = genre_of(scope.title if scope.kind == "annex" else meta.get("title"))
    if genre in TASK_GENRES and not any(n.kind == "article" for n in nodes):
        # Work points: the tasks numbered 1. 2. … (often straight through the document) are what a
        # reader cites; the measures （一） above them group them by theme.
        items = [c for n in nodes if n.kind == "measure" for c in n.children if c.kind == "item"]
        if len(items) >= 2:
            for it in items:
                it.kind = it.provision = "task"
            return
    parts = [n for n in nodes if n.kind == "part"]
    for kind in ("article", "measure"):
        found = [n for n in nodes if n.kind == kind]
        if found and not (kind == "measure" and _stray(found, parts)):
            for n in found:
                n.provision = kind
            return
    containers = [n for n in parts if not any(c.kind == "part" for c in n.children)] or [scope]
    tasks = 0
    # One or two numbered lines among many parts are not the document's list.
    stray = _stray([it for c in containers for it in c.children if it.kind == "item"], parts)
    for c in ([] if stray else containers):
        items = [ch for ch in c.children if ch.kind == "item"]
        if items:
            for it in items:
                it.kind = it.provision = "task"
            tasks += len(items)
            continue
        found = _runin_tasks(c, text, pars)
        for t in found:
            t.provision = "task"
        c.children = sorted(c.children + found, key=lambda n: n.start)
        tasks += len(found)
    if tasks:
        return
    if parts:
        for n in containers:
            n.provision = "part"
        return
    if scope.kind == "document":
        meta["no_provision_reason"] = "no numbered unit: neither articles, measures, tasks nor parts"


def _stray(found: list[Node], parts: list[Node]) -> bool:
    """One or two numbered units among ten parts or more (a table's row left over, a list in one part):
    not the provisions of a document whose parts hold the text."""
    return 0 < len(found) <= 2 and len(parts) >= 10


TASK_GENRES = ("work-points",)  # genres (ontology/genres.tsv) whose numbered items under measures are tasks
BODY_KINDS = ("book", "chapter", "section", "article", "part", "measure")


def _restarts(pars: list[Para], body: int) -> list[int]:
    """Title lines after the body that start a new document: the numbering restarts below them.

    A file may hold several documents (three rule sets; a notice and its plan) without 附件
    markers: a short line ending with a genre word, followed within three paragraphs by a first
    chapter, article or part (第一章, 第一条, 一、) after one of its kind was already seen.
    """
    from kg.text.genre import genre_of

    out, seen = [], set()
    for i in range(body, len(pars)):
        h = _heading(pars[i].text)
        if h is not None:
            seen.add(h[0].kind)
            continue
        t = pars[i].text
        if len(t) > 60 or re.search(r"[。；，：:]", t) or genre_of(t) == "other":
            continue
        if any((hp := _heading(pars[k].text)) and hp[0].kind == "annex" for k in range(max(body, i - 2), i)):
            continue  # the title of an annex marked 附件1
        if i > body and (hp := _heading(pars[i - 1].text)) and hp[0].kind in DIVISIONS and not hp[3]:
            continue  # the title of a chapter printed on the line after 第七章 (…保障措施)
        for j in range(i + 1, min(i + 4, len(pars))):
            hh = _heading(pars[j].text)
            if hh is not None:
                if hh[0].kind in ("chapter", "article", "part") and hh[0].kind in seen and cn_number(hh[2] or "0") == 1:
                    out.append(i)
                break
    return out


def parse_structure(source: Source, text: str, offsets: list[int], meta: dict) -> tuple[Node, list[Issue], list]:
    """Build the document tree over the cleaned text."""
    pars = paragraphs(text)
    front: list = []
    issues: list[Issue] = []
    line_starts = [0] + [m.end() for m in re.finditer("\n", source.text)]

    def locate(clean_offset: int) -> tuple[int, int]:
        src = offsets[min(clean_offset, len(offsets) - 1)]
        line = bisect.bisect_right(line_starts, src)
        return line, src - line_starts[line - 1] + 1

    # The body starts at the first division, article, part or measure heading; failing those, at
    # the first of at least two items numbered 1. 2. (notices listing their points).
    body = next((i for i, p in enumerate(pars) if (h := _heading(p.text)) and h[0].kind in BODY_KINDS), None)
    if body is None:
        items = [i for i, p in enumerate(pars) if (h := _heading(p.text)) and h[0].kind == "item"]
        body = items[0] if len(items) >= 2 else None
    if body is None:
        raise StructureError(
            "no policy structure found: no part headings (一、…), no numbered measures (（一）…), no articles "
            "(第一条) and no numbered items (1. 2.); is this a Chinese policy document?"
        )
    preamble_from = read_front(pars, body, meta, front)
    annex_starts = [(i, "marker") for i in range(body, len(pars)) if (h := _heading(pars[i].text)) and h[0].kind == "annex"]
    annex_starts = sorted(annex_starts + [(i, "title") for i in _restarts(pars, body)])
    main_end = annex_starts[0][0] if annex_starts else len(pars)
    main_end = read_tail(pars, body, main_end, meta, front)
    root = Node(kind="document", start=pars[0].start, end=pars[-1].end, title=meta.get("title"))
    if "notice" in meta:
        ns, ne = meta["notice"]
        root.children.append(Node(kind="notice", start=ns, end=ne, body_start=ns))
    if preamble_from < body:
        root.children.append(Node(kind="preamble", start=pars[preamble_from].start, end=pars[body - 1].end, body_start=pars[preamble_from].start))
    build_tree(root, pars, body, main_end, "main", issues, text, locate)
    for k, (a, how) in enumerate(annex_starts):
        b = annex_starts[k + 1][0] if k + 1 < len(annex_starts) else len(pars)
        if how == "marker":
            num = _heading(pars[a].text)[2] or str(k + 1)
            first_line = a + 1
        else:  # a title line restarting the numbering: the next document of the file
            num = str(k + 1)
            first_line = a
        annex = Node(kind="annex", start=pars[a].start, end=pars[b - 1].end, number=num, ordinal=int(num),
                     body_start=pars[a].end if how == "marker" else pars[a].start)
        inner = next((i for i in range(first_line, b) if (hh := _heading(pars[i].text)) and hh[0].kind in BODY_KINDS), b)
        title_idx = [i for i in range(first_line, inner) if _front_role(pars[i].text)[0] == "title"]
        if how == "title":
            title_idx = [a]
        annex.title = pars[title_idx[0]].text if title_idx else (pars[first_line].text if first_line < b else "")
        if first_line < inner:
            first = title_idx[0] + 1 if title_idx else first_line
            if first < inner:
                annex.children.append(Node(kind="preamble", start=pars[first].start, end=pars[inner - 1].end, body_start=pars[first].start))
        end = read_tail(pars, inner, b, {}, front)
        build_tree(annex, pars, inner, end, f"annex_{num}", issues, text, locate)
        root.children.append(annex)
    for scope in [root] + [c for c in root.children if c.kind == "annex"]:
        demote_divisions(scope)
        restructure_articles(scope, pars)
        mark_provisions(scope, text, pars, meta)
    if not any(n.provision for n in root.walk()):
        meta.setdefault("no_provision_reason", "no numbered unit: neither articles, measures, tasks nor parts")
    else:
        meta.pop("no_provision_reason", None)
    for child in root.children:
        add_sentences(child, text, pars)
    assign_paths(root)
    check_numbering(root, issues, locate, text)
    return root, issues, sorted(front, key=lambda f: (f[1], f[2], f[0]))


def parse(source: Source, cleaned) -> Document:
    """Structure stage over a cleaned source."""
    meta: dict = {}
    if cleaned.dateline:
        meta["dateline"] = cleaned.dateline
    root, issues, front = parse_structure(source, cleaned.text, cleaned.offsets, meta)
    return Document(
        source=source,
        text=cleaned.text,
        offsets=cleaned.offsets,
        meta=meta,
        root=root,
        excluded=cleaned.excluded,
        issues=issues,
        front=front,
    )


def parse_all(source: Source, cleaned) -> list[Document]:
    """Structure stage for a file that may hold several documents: one Document each."""
    return [parse(source, cleaned)]

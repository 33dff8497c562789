"""Which nodes are a document's provisions, per genre: articles, else measures, else tasks (numbered items
or run-in 一是…二是…, ``ontology/runin.tsv``), else parts; articles get their 款, 项 and 目."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import read_tsv
from kg.model import Node
from kg.text.genre import genre_of
from kg.text.headings import DIVISIONS, Para, heading_of, scope_nodes, title_of
from kg.text.numerals import cn_number


@lru_cache(maxsize=None)
def runin_rules() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((r["kind"], re.compile(r["pattern"])) for r in read_tsv("runin.tsv"))


def demote_divisions(scope: Node, aside: tuple[Node, ...] = ()) -> None:
    """Without articles and without 一、 parts, the lowest division (第一章 of a plan) reads as the part.
    The divisions in ``aside`` (a plan's review, kg/text/review.py) neither count nor change."""
    nodes = _outside(scope, aside)
    if any(n.kind in ("article", "part") for n in nodes):
        return
    present = [k for k in DIVISIONS if any(n.kind == k for n in nodes)]
    if present:
        # a review at the same level is demoted with the rest (第一章 发展基础 beside 第二章 总体要求)
        nodes += [a for a in aside if not any(n.kind == "part" for n in a.walk())]
        for n in nodes:
            if n.kind == present[-1]:
                n.kind = "part"


def restructure_articles(scope: Node, pars: list[Para]) -> None:
    """Inside an article: 款 (paragraphs, by position), 项 （一） items, 目 1. sub-items."""
    for art in [n for n in scope_nodes(scope) if n.kind == "article"]:
        inner = [p for p in pars if art.start <= p.start and p.end <= art.end]
        children: list[Node] = []
        para = item = None
        for k, p in enumerate(inner):
            start = art.body_start if k == 0 else p.start
            if start >= p.end:
                continue  # 第一条 on a line of its own
            h = heading_of(p.text) if k else None
            if h is not None and h[0].kind in ("part", "measure", "item", "subitem"):
                rule, m, num, rest = h
                deep = h[0].kind in ("item", "subitem") and item is not None
                node = Node(kind="subitem" if deep else "item", start=p.start, end=p.end, number=num or None,
                            ordinal=cn_number(num) if num else None, title=title_of(rest) if rest else "",
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
                tasks.append(Node(kind="task", start=a, end=b, number=m.group("num"), title=title_of(body),
                                  body_start=a))
    return tasks


def mark_provisions(scope: Node, text: str, pars: list[Para], meta: dict, aside: tuple[Node, ...] = ()) -> None:
    """Say which nodes of a scope are its provisions: articles, else measures, else tasks, else parts.
    The nodes under ``aside`` (a plan's review, kg/text/review.py) take no part: a review printed with
    （一） measures or 一是… run-ins does not set the level of the plan's goals and tasks."""
    nodes = _outside(scope, aside)
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


def cover_units(scope: Node, aside: tuple[Node, ...] = ()) -> None:
    """The level of provisions, read per group of sibling units where one level does not fit the whole
    scope: a plan whose chapter 二 prints （一） measures and whose chapters 三… print only 一、 parts or
    第一节 sections. When no unit of a group holds a provision, its units at the lowest headed level are
    provisions of their own (``part``); a lowest division holding none among siblings that do is one
    too (第一节 指导思想 beside 第三节 主要目标 with its 一、 二、; 第八章 环境影响评价 after chapters of parts). A part with no measures among parts
    with measures stays no provision (一、总体要求 of an opinion). The units under ``aside`` (a plan's
    review) and articles' documents are left as they are."""
    if any(n.kind == "article" for n in scope.walk()) or not any(n.provision for n in scope.walk()):
        return
    skip = {id(n) for a in aside for n in a.walk()}

    def units(node: Node) -> list[Node]:
        return [c for c in node.children if c.kind in _UNITS]

    def holds(node: Node) -> bool:  # a provision, or a review (background) in it
        return any(n.provision or id(n) in skip for n in node.walk())

    def visit(node: Node) -> None:
        group = units(node)
        none_hold = not any(holds(c) for c in group)
        for child in group:
            if child.provision or id(child) in skip:
                continue
            if units(child):
                visit(child)
            elif none_hold or child.kind in DIVISIONS:
                child.provision = "part"  # its kind and number stay: 第八章 among chapters

    visit(scope)


_UNITS = DIVISIONS + ("part", "measure")


def _outside(scope: Node, aside: tuple[Node, ...]) -> list[Node]:
    """The nodes of a scope not under (nor being) one of ``aside``."""
    if not aside:
        return list(scope_nodes(scope))
    skip = {id(n) for a in aside for n in a.walk()}
    return [n for n in scope_nodes(scope) if id(n) not in skip]


def _stray(found: list[Node], parts: list[Node]) -> bool:
    """One or two numbered units among ten parts or more (a table's row left over, a list in one part):
    not the provisions of a document whose parts hold the text."""
    return 0 < len(found) <= 2 and len(parts) >= 10


TASK_GENRES = ("work-points",)  # genres (ontology/genres.tsv) whose numbered items under measures are tasks

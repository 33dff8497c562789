"""Document, span and structure dataclasses shared by every stage (stdlib only).

Offsets are half-open ``[start, end)`` character offsets into ``Document.text`` (the
cleaned text). ``Document.offsets`` maps each cleaned character back to the character
offset in ``Document.source_text`` (the decoded source, or the text layer of a PDF/HTML).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Table:
    """A table of a PDF page as rows of cells (``""`` for an empty or merged cell), with where it stood."""

    page: int  # 1-based page number
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points from the page's top left
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Source:
    """A decoded input file: what ``read`` guarantees to the later stages."""

    name: str  # file name only; never used for IRIs
    sha256: str  # of the raw bytes
    encoding: str  # e.g. utf-8, gb18030, utf-16, or pdf/html text layer
    format: str  # txt | html | pdf
    text: str  # decoded text (for pdf/html: the extracted text layer)
    tables: tuple[Table, ...] = ()  # PDF tables read from their ruling lines (kg.text.read._pdf_tables)


@dataclass(frozen=True)
class Excluded:
    """Source material kept out of the policy: where it was and why."""

    source_start: int
    source_end: int
    reason: str  # e.g. "after-dateline", "photo-caption", "page-number"


@dataclass(frozen=True)
class Issue:
    """A problem found while parsing, with its location; ``--strict`` makes these errors."""

    code: str  # numbering-gap | numbering-duplicate | numbering-order | numbering-inferred (（-） read as 二) | …
    message: str
    start: int  # cleaned-text offset
    line: int  # 1-based line in the source text
    column: int  # 1-based column in the source text


@dataclass(frozen=True)
class Annotation:
    """One span of one layer: ``text[start:end]`` is its surface; ``rule`` says which rule stated it."""

    layer: str  # time | actor | role | target | goal | sector | place | instrument
    start: int
    end: int
    rule: str
    value: tuple  # normalised value as sorted (key, value) pairs: hashable and stable

    def get(self, key, default=None):
        for k, v in reversed(self.value):  # the last pair of a key, as dict(self.value) would keep it
            if k == key:
                return v
        return default


@dataclass
class Node:
    """A structural span: document, annex, part, measure, item, principle, sentence …"""

    kind: str
    start: int
    end: int
    number: str | None = None  # as printed: "三十三", "2"
    ordinal: int | None = None  # numeric value of ``number``
    title: str | None = None
    body_start: int | None = None  # where the text after the heading marker begins
    path: str = ""  # structural id such as "part_3/measure_5"; the basis of IRIs
    provision: str | None = None  # measure | article | task | part when the node is a provision
    children: list[Node] = field(default_factory=list)

    def walk(self):
        """This node and every node below it, depth first in text order. A stack of the children lists'
        iterators, not a generator per node (each node was handed up through every generator above it:
        about a fifth of a second of CPU per corpus build); the lists are read as they stand, as they were."""
        yield self
        stack = [iter(self.children)]
        while stack:
            for child in stack[-1]:
                yield child
                if child.children:
                    stack.append(iter(child.children))
                    break
            else:
                stack.pop()


@dataclass
class Document:
    source: Source
    text: str  # cleaned text of the document (excluded material already removed)
    offsets: list[int]  # len(text) + 1 entries: cleaned offset → source offset
    meta: dict[str, Any]
    root: Node
    excluded: list[Excluded] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    front: list[tuple[str, int, int]] = field(default_factory=list)  # (role, start, end)
    annotations: dict[str, list[Annotation]] = field(default_factory=dict)  # layer → spans
    links: Links | None = None  # set once by the link stage (kg.link.link); everything downstream reads it

    def slice(self, node_or_start, end: int | None = None) -> str:
        if isinstance(node_or_start, Node):
            start = node_or_start.body_start if node_or_start.body_start is not None else node_or_start.start
            return self.text[start:node_or_start.end]
        return self.text[node_or_start:end]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets ``[s, e)`` of the cleaned span ``[start, end)``."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def provisions(self) -> list[Node]:
        """The units a reader cites, whatever the genre (measures, articles, tasks or parts)."""
        return [n for n in self.root.walk() if n.provision]

    def nodes(self, kind: str | None = None):
        return [n for n in self.root.walk() if kind is None or n.kind == kind]


@dataclass
class UnitLinks:
    """What one provision (or a part, for statements outside provisions) links to."""

    unit: Node
    part: Node | None
    measure: Node | None  # the enclosing measure, else the provision itself (an article, a task); None for a part
    roles: dict[str, tuple[str, Annotation]] = field(default_factory=dict)  # actor → (role, evidence)
    sectors: dict[str, Annotation] = field(default_factory=dict)
    places: dict[str, Annotation] = field(default_factory=dict)
    instruments: dict[str, Annotation] = field(default_factory=dict)
    targets: list[Annotation] = field(default_factory=list)
    goals: list[Annotation] = field(default_factory=list)
    # a target's own bodies: the roles of a list or table cell whose ``task`` (a row, a later list's sentences) holds it;
    # index of the target in ``targets`` → actor → role
    target_roles: dict[int, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Inherited:
    """A body a unit with no stated responsible body inherits from a general clause."""

    measure: Node
    actor: str
    role: str
    clause: Node


@dataclass
class Links:
    """The link layer of a document (``kg.link``): computed once, read by the graph, the pages and analysis.

    Its nodes are the document's own ``Node`` objects, so it pickles with the document.
    """

    units: dict[str, UnitLinks]  # provision/part path → what it links to, in text order
    general: list[Node]  # the general clauses (加强组织领导 …)
    unstated: list[Node]  # units with no stated responsible body
    inherited: list[Inherited]  # what those inherit from the general clauses

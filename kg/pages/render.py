"""The reviewers' pages: graph (index.html), reading view per document, targets table, responsibility matrix.

Every page is a Jinja2 template in ``kg/pages/templates/`` (autoescape on) with its styles and
scripts in ``kg/pages/static/``, inlined into the page: each page is one self-contained file that
works offline. vis-network (from pyvis's bundled copy) is inlined too, no ``src``/``href`` points
to the network, and a Content-Security-Policy forbids loading anything. Document text is escaped
wherever it appears: in HTML by the template engine (entities as :func:`html.escape` writes them),
in the embedded JSON by escaping ``<``, ``>`` and ``&``, and the scripts only ever put text into
the page with ``textContent``.

What is computed where: a worker turns a document into plain data (:func:`reading_view`,
:func:`matrix_section`, :func:`target_rows`: lists and dicts, JSON-able); the pages are rendered
once every document of the build is known (documents.html, the one list of the build's documents, the
"落实中央" links of central → local alignment), and nothing rewrites a page afterwards.

What pyvis gets wrong, and what is done instead: its templates load vis-network and
Bootstrap from CDNs (even ``cdn_resources="in_line"`` keeps Bootstrap remote), its select
menu garbles Chinese, its physics keeps the graph drifting, and its tooltips take HTML (and its
``Network`` checks every edge against a list of every node). Here only pyvis's bundled
vis-network is used: :func:`graph_data` writes compact records that the page's script expands,
positions are computed at build time (``kg/pages/layout.py``), physics is off, and the page's
own script does search, filters and panels.
"""
from __future__ import annotations

import html
import importlib.util
import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Iterable
from urllib.parse import quote

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup

from kg import machine_cache
from kg.graph.iris import BASE
from kg.graph.rdf import node_iri
from kg.lexicon import page_labels
from kg.model import Document, Node
from kg.pages.page_data import graph_data
from kg.pages.projection import (LAYERS, RELATIONS, TYPES, Span, View, anchors, doc_key, heading_label, matrix_units,
                                 provision_label, short)
from kg.pages.slim import drop_rules
from kg.text.genre import genre_of

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'; "
       "connect-src 'none'; form-action 'none'; base-uri 'none'")


@lru_cache(maxsize=None)
def static(name: str) -> Markup:
    """A file of ``kg/pages/static`` (package data), to inline into a page."""
    text = (files("kg.pages") / "static" / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise RuntimeError(f"kg/pages/static/{name} cannot be inlined safely")
    return Markup(text)


def _finalize(value):
    """Every value printed into a page, escaped as :func:`html.escape` does (what the pages always wrote)."""
    if type(value) is str:  # most values (47,000 on the corpus): no attribute lookup (a Markup is a str subclass)
        return Markup(html.escape(value))
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape(str(value)))


def _segments(segments: list[list], marks: list[list[str]], markup: tuple[str, ...]) -> Markup:
    """A paragraph's segments ``[lines, layer, mark]`` (``highlighted``) as the reading page writes them, with the
    template's ``markup`` (a linked highlight's opening and closing tags, an unlinked one's, what goes between two
    lines): the text between highlights as it is, each highlight in the linked tags when its mark has a link, every
    value escaped as :func:`_finalize` escapes it, a segment's lines joined. A macro's loop over the segments did this
    until session 15: 0.13 s of the corpus's 0.48 s of pages, now 0.06 s; the same bytes."""
    linked, linked_end, plain, plain_end, between = markup
    out = []
    for lines, layer, mark in segments:
        text = between.join(map(html.escape, lines))
        if layer:
            head, tail = (linked, linked_end) if marks[mark][0] else (plain, plain_end)
            out.append(head.format(layer=html.escape(layer), mark=html.escape(str(mark))) + text + tail)
        else:
            out.append(text)
    return Markup("".join(out))


def _cells(cells: list, roles: dict[str, str], markup: tuple[str, str, str]) -> Markup:
    """A row of responsibility.html's cells ``(role, inferred)`` with the template's ``markup`` (an empty cell, an
    inferred role's, a stated role's), every value escaped as :func:`_finalize` escapes it. A loop of the template
    did it until session 15 (a cell per actor and row: 0.06 s of CPU for the corpus's page); the same bytes."""
    empty, inferred_cell, stated_cell = markup
    out = []
    for role, inferred in cells:
        if not role:
            out.append(empty)
        elif inferred:
            out.append(inferred_cell.format(role=html.escape(str(roles[role]))))
        else:
            out.append(stated_cell.format(key=html.escape(str(role)), role=html.escape(str(roles[role]))))
    return Markup("".join(out))


_ENV = Environment(loader=PackageLoader("kg.pages", "templates"), autoescape=True, finalize=_finalize,
                   trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, undefined=StrictUndefined)
_ENV.filters["segments"] = _segments
_ENV.filters["cells"] = _cells
_ENV.filters["drop_rules"] = drop_rules


def _bytecode_cache(env: Environment) -> FileSystemBytecodeCache | None:
    """The templates' compiled code kept once per machine (0.05 s of CPU a build: jinja2 parses and compiles each
    template in Python): jinja2's own bytecode cache, whose entry of a template is used only for the same source
    (checksum) and jinja2's format, in a folder of its own for this jinja2 and these options (the code depends on them)."""
    options = (jinja2.__version__, env.autoescape, getattr(env.finalize, "__qualname__", None), env.trim_blocks,
               env.lstrip_blocks, env.keep_trailing_newline, env.newline_sequence, env.block_start_string,
               env.block_end_string, env.variable_start_string, env.variable_end_string, env.comment_start_string,
               env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix, env.optimized,
               tuple(sorted(env.extensions)))
    where = machine_cache.folder_of("jinja-pages", options)
    return None if where is None else FileSystemBytecodeCache(str(where))


_ENV.bytecode_cache = _bytecode_cache(_ENV)
_ENV.globals.update(static=static, csp=CSP, layers=LAYERS, types=TYPES, relations=RELATIONS, short=short)


def _render(name: str, **context) -> str:
    return _ENV.get_template(name).render(labels=page_labels(), **context)


# the styles every page shares (also those of the alignment pages, kg/analysis/graph.py)
BASE_STYLE = _render("base_style.html")


def json_for_script(obj) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, no ``<!--``, no line separators."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _doc_links(view: View) -> list[tuple[str, str]]:
    return [(doc_key(iri), title) for iri, title in view.docs]


def _node_href(node: str | None, depth: int) -> str:
    """A link to a node of the graph page: its IRI after ``BASE`` (the page puts ``BASE`` back), so
    that the thousands of highlights of a reading page do not each repeat and escape the base."""
    if not node:
        return ""
    ref = node[len(BASE):] if node.startswith(BASE) else node
    return f"{'../' * depth}index.html#node={quote(ref, safe='/')}"


def highlighted(text: str, base: int, spans: list[Span], marks: dict[tuple[str, str], int], depth: int = 1) -> list[list]:
    """``text`` (which starts at ``base`` in the document) as segments ``[lines, layer, mark]``: each span a
    highlight, ``mark`` the index of its ``(href, title)`` in ``marks`` (the page's one table of them, added to here:
    the link to its node and its title are written once a page, not on each of its highlights), the text between
    with no layer and no mark; ``lines`` is the segment's text cut at its line breaks (each line a paragraph)."""
    out, pos = [], 0
    for s in spans:
        a, b = s.start - base, s.end - base
        if a < pos or b > len(text):
            continue
        if a > pos:
            out.append([text[pos:a].split("\n"), "", ""])
        out.append([text[a:b].split("\n"), s.layer, marks.setdefault((_node_href(s.node, depth), s.title), len(marks))])
        pos = b
    if pos < len(text):
        out.append([text[pos:].split("\n"), "", ""])
    return out


# Reading view --------------------------------------------------------------------------------

def reading_view(view: View, doc_iri: str, doc: Document) -> dict:
    """What the reading page of one document shows, as plain data (a worker computes it; the page
    is rendered by :func:`render_reading_page` once every document is known)."""
    spans = view.spans.get(doc_iri, [])
    anchor = anchors(doc)
    fact = page_labels()["fact"]
    facts = [(fact["date"], doc.meta.get("date")), (fact["doc_number"], doc.meta.get("doc_number")),
             (fact["issuers"], "、".join(doc.meta.get("issuers", [])) or None),
             (fact["source"], f"{doc.source.name}（{doc.source.format}，{doc.source.encoding}）"), (fact["iri"], doc_iri)]
    toc: list[dict] = []
    blocks: list[dict] = []
    marks: dict[tuple[str, str], int] = {}
    for node in doc.root.children:
        _unit(doc, doc_iri, node, anchor, spans, toc, blocks, 2, marks)
    return {"title": doc.meta.get("title") or doc.source.name, "facts": [[k, v] for k, v in facts if v],
            "graph": _node_href(doc_iri, 1), "issues": [[i.message, i.line] for i in doc.issues],
            "toc": toc, "blocks": blocks, "marks": [list(m) for m in marks]}


def reading_body(page: dict, aligned: dict | None = None) -> str:
    """The body of text/<key>.html: what depends on the document and its alignments only (not on
    the build's other documents), so that a build can keep it and the next reuse it."""
    return _render("text_body.html", page=page, aligned=aligned or {}, marks=Markup(json_for_script(page["marks"])))


def own_alignments(page: dict, aligned: dict) -> dict:
    """The alignment links of this page's provisions only (what its body depends on)."""
    return {b["node"]: aligned[b["node"]] for b in page["blocks"] if b["node"] in aligned}


def render_reading_page(page: dict, aligned: dict | None = None, body: str | None = None) -> str:
    """text/<key>.html from :func:`reading_view`'s data and the alignment links (local provision IRI →
    [(central provision label, href)]); ``body``, when given, is :func:`reading_body` of the same data
    rendered beforehand. Its top bar links to documents.html without listing the build's documents,
    so the page depends on its own document only: adding one to a build leaves the others' pages as they were."""
    if body is None:
        body = reading_body(page, aligned)
    return _render("text.html", title=page["title"], body=Markup(body), depth=1, current="", docs=None)


def document_row(key: str, title: str, facts: list) -> dict:
    """A document's row of documents.html from its reading page's title and facts (``reading_view``)."""
    fact = page_labels()["fact"]
    got = {k: v for k, v in facts}
    return {"key": key, "title": title, "date": got.get(fact["date"]) or "",
            "issuers": got.get(fact["issuers"]) or "", "genre": page_labels()["genre"][genre_of(title)]}


def documents_page(rows: list[dict], docs: list[tuple[str, str]]) -> str:
    """documents.html: one row per document of the build (``document_row``, in build order)."""
    return _render("documents.html", depth=0, current="documents.html", docs=docs, rows=rows)


_UNITS = ("part", "measure", "annex", "chapter", "section", "book", "article", "task", "box")
_NUMBERED = ("measure", "article", "task")  # rendered as a section with its number, like a measure


def _own_text_end(node: Node) -> int:
    for child in node.children:
        if _is_unit(child):
            return child.start
    return node.end


def _is_unit(node: Node) -> bool:
    """A unit of the reading view: a part, measure … or a paragraph a flat document reads as a provision
    (kg/text/flat.py; an article's 款 are no units, their text is the article's)."""
    return node.kind in _UNITS or node.kind == "paragraph" and node.provision is not None


def _unit(doc: Document, doc_iri: str, node: Node, anchor: dict, spans: list[Span], toc: list, blocks: list,
          level: int, marks: dict) -> None:
    """A unit's entry in the table of contents and its block of the page, then its units'."""
    if not _is_unit(node) and node.kind not in ("notice", "preamble"):
        return
    a = anchor.get(id(node)) or f"{node.kind}"
    if node.kind in _UNITS + ("paragraph",) and node.kind != "annex":  # a flat document's paragraph: 段落3
        heading = heading_label(node)
    elif node.kind == "part":
        heading = f"{node.number}、{node.title or ''}"
    elif node.kind == "annex":
        heading = f"{page_labels()['unit']['annex']}{node.number or ''} {node.title or ''}"
    else:
        heading = page_labels()["unit"][node.kind]
    entry = {"anchor": a, "label": short(heading, 24), "children": []}
    toc.append(entry)
    start = node.body_start if node.body_start is not None else node.start
    end = _own_text_end(node)
    own = [s for s in spans if start <= s.start and s.end <= end]
    block = {"anchor": a, "level": level, "node": "", "graph": ""}
    if node.kind in ("part", "measure") or node.provision:
        block["node"] = str(node_iri(doc_iri, node))
        block["graph"] = _node_href(block["node"], 1)
    if node.kind in _NUMBERED:
        label = heading_label(node)
        number = label[: -len(node.title)] if node.title and label.endswith(node.title) else label
        title = node.title if number != label else ""
        block.update(numbered=True, number=number, title=title or "",
                     text=highlighted(doc.text[start:end], start, own, marks))
    else:
        block.update(numbered=False, heading=heading, text=None)
        text = doc.text[start:end].strip()
        if node.kind == "part" and node.title and text.startswith(node.title):
            cut = start + doc.text[start:end].index(node.title) + len(node.title)
            text, start = doc.text[cut:end], cut
            own = [s for s in own if s.start >= cut]
        if text.strip():
            block["text"] = highlighted(doc.text[start:end], start, own, marks)
    blocks.append(block)
    for child in node.children:
        if _is_unit(child):
            _unit(doc, doc_iri, child, anchor, spans, entry["children"], blocks, min(level + 1, 4), marks)


# Targets view --------------------------------------------------------------------------------

def target_rows(view: View) -> list[tuple[str, str, dict]]:
    """(deadline year, target node, row data) for every target in the view: a document's share of targets.html."""
    labels = page_labels()
    titles = dict(view.docs)
    out = []
    for node, d in view.details.items():
        if d.get("type") != "target":
            continue
        year = str(d.get("year") or "")
        unit = view.details.get(d["unit_node"], {})
        measure = provision_label(unit, 14)
        cells = [
            (year, year), (d["indicator"], None), (d["scope"], None), (labels["comparator"].get(d["comparator"], d["comparator"]), None),
            (d["value_text"], None), (d["value"], d["value"]), (d["unit"], None),
            (labels["change"].get(d["change"], ""), None), (str(d["base_year"]), None),
            ("是" if d["aspirational"] else "", None), (short(titles.get(d["doc"], ""), 16), None),
        ]
        row = {"cells": [[str(v), None if sort is None else str(sort)] for v, sort in cells],
               "read": unit.get("read", ""), "measure": measure, "graph": _node_href(node, 0), "clause": d["clause"]}
        out.append((year, node, row))
    return out


def target_row_html(row: dict) -> Markup:
    """One row of targets.html (``row``: the third item of a :func:`target_rows` row), as the page prints it."""
    return Markup(_ENV.get_template("targets_row.html").render(row=row))


def targets_page(rows: list[tuple[str, str, dict | str]], docs: list[tuple[str, str]]) -> str:
    """targets.html from every document's target rows, grouped by deadline year; a row's data may be
    given as :func:`target_row_html` of it, rendered beforehand (kept by a rebuild: kg/pages/fragments.py)."""
    by_year: dict[str, list[tuple[str, dict | str]]] = {}
    for year, node, row in rows:
        by_year.setdefault(year, []).append((node, row))
    groups = [(year, [Markup(row) if isinstance(row, str) else target_row_html(row)
                      for _, row in sorted(by_year[year], key=lambda r: r[0])])
              for year in sorted(by_year, key=lambda y: (y == "", y))]
    return _render("targets.html", depth=0, current="targets.html", docs=docs,
                   total=len(rows), groups=groups)


# Responsibility matrix -----------------------------------------------------------------------

def matrix_section_html(section: dict) -> Markup:
    """One document's section of responsibility.html (``section``: :func:`matrix_section`), as the page prints it."""
    return Markup(_ENV.get_template("responsibility_section.html").render(labels=page_labels(), s=section))


def write_matrix_page(out, sections: Iterable[dict | str], docs: list[tuple[str, str]]) -> None:
    """responsibility.html into the text stream ``out`` from every document's section (documents in
    IRI order; ``sections`` may be a generator: the page is written as it renders); a section may be
    given as :func:`matrix_section_html` of it, rendered beforehand (kept by a rebuild: kg/pages/fragments.py)."""
    html_sections = (Markup(s) if isinstance(s, str) else matrix_section_html(s) for s in sections)
    for chunk in _ENV.get_template("responsibility.html").generate(
            labels=page_labels(), depth=0, current="responsibility.html", docs=docs,
            sections=html_sections):
        out.write(chunk)


def matrix_section(view: View, d: str, doc: Document) -> dict:
    """One document's actor × provision table as data (its measures, articles or tasks, else its parts read
    as provisions: ``projection.matrix_units``): stated roles, inherited ones (marked 推定)."""
    g = view.graph
    roles = page_labels()["role"]
    measures = [n for n in (str(node_iri(d, m)) for m in matrix_units(doc)) if n in view.details]
    cells: dict[tuple[str, str], tuple[str, bool]] = {}
    count: dict[str, int] = {}
    for m in measures:
        for actor, _, rel in g.in_edges(m, keys=True):
            if rel in roles:
                cells[(m, actor)] = (rel, False)
                count[actor] = count.get(actor, 0) + 1
        for actor, _label, role, _clause in view.details[m].get("inherited", []):
            cells.setdefault((m, actor), (role, True))
            count[actor] = count.get(actor, 0) + 1
    actors = sorted(count, key=lambda a: (-count[a], g.nodes[a]["label"]))
    rows = []
    for m in measures:
        det = view.details[m]
        rows.append({"read": det["read"], "label": short(provision_label(det, 22), 22),
                     "flag": bool(det.get("unstated")), "cells": [list(cells.get((m, a), ("", False))) for a in actors]})
    nouns = page_labels()["provision"]
    kinds = [u if (u := view.details[m].get("unit")) in nouns else view.details[m]["type"] for m in measures]
    kind = max(sorted(set(kinds)), key=kinds.count) if kinds else "measure"  # what its rows are: 措施, 条款, 任务
    return {"title": doc.meta.get("title") or doc.source.name, "measures": len(measures), "kind": kind,
            "unstated": sum(1 for m in measures if view.details[m].get("unstated")),
            "actors": [[g.nodes[a]["title"], g.nodes[a]["label"]] for a in actors], "rows": rows}


# Graph view ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet from pyvis's own bundled copy (no CDN)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.origin:
        raise RuntimeError("pyvis is not installed; reinstall policykg")
    lib = Path(spec.origin).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("the bundled vis-network cannot be inlined safely")
    return js, css


def render_graph_page(view: View) -> str:
    js, css = vis_assets()
    return _render("index.html", depth=0, current="index.html", docs=_doc_links(view),
                   view=view, data=Markup(json_for_script(graph_data(view))), vis_js=Markup(js), vis_css=Markup(css))

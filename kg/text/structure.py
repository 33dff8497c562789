"""Cleaned text → document structure: front matter, parts, measures, items, principles, sentences.

The heading levels are one declarative table (``ontology/structure.tsv``); the mechanism is in
steps, one module each: ``headings`` (paragraphs and their headings), ``front`` (front matter and
tail), ``layout_tables`` (flattened tables), ``tree`` (nesting, sentences, paths), ``provisions``
(per genre), ``numbering`` (checks). This module runs them over a document.

Guarantees: the tree is always valid (every child span lies inside its parent, siblings do not
overlap and are in text order); text that fits no heading stays as the content of the enclosing
node; numbering problems are reported as ``Issue``s with their location, never silently fixed.
"""
from __future__ import annotations

import bisect
import re

from kg.model import Document, Issue, Node, Source
from kg.text.addressee_lines import mark_addressee_lines
from kg.text.contacts import mark_phone_contacts
from kg.text.flat import commentary, first_prose, opening_end, policy_title, read_flat
from kg.text.front import front_role, mark_tail_notes, read_front, read_tail
from kg.text.signatory_runs import split_signatories
from kg.text.genre import genre_of
from kg.text.headings import DIVISIONS, Para, heading_of, paragraphs
from kg.text.inner_signatures import mark_inner_signatures
from kg.text.issuer_lines import mark_issuer_lines
from kg.text.numbering import check_numbering
from kg.text.numerals import cn_number
from kg.text.project_rows import split_rows
from kg.text.provisions import cover_units, demote_divisions, mark_provisions, restructure_articles
from kg.text.review import mark_background, review_divisions
from kg.text.tree import add_sentences, assign_paths, build_tree


class StructureError(ValueError):
    """The text has no structure that policykg recognises."""


BODY_KINDS = ("book", "chapter", "section", "article", "part", "measure")


def _restarts(pars: list[Para], body: int) -> list[int]:
    """Title lines after the body that start a new document: the numbering restarts below them.

    A file may hold several documents (three rule sets; a notice and its plan) without 附件
    markers: a short line ending with a genre word, followed within three paragraphs by a first
    chapter, article or part (第一章, 第一条, 一、) after one of its kind was already seen.
    """
    out, seen = [], set()
    for i in range(body, len(pars)):
        h = heading_of(pars[i].text)
        if h is not None:
            seen.add(h[0].kind)
            continue
        t = pars[i].text
        if len(t) > 60 or re.search(r"[。；，：:]", t) or genre_of(t) == "other":
            continue
        if any((hp := heading_of(pars[k].text)) and hp[0].kind == "annex" for k in range(max(body, i - 2), i)):
            continue  # the title of an annex marked 附件1
        if i > body and (hp := heading_of(pars[i - 1].text)) and hp[0].kind in DIVISIONS and not hp[3]:
            continue  # the title of a chapter printed on the line after 第七章 (…保障措施)
        for j in range(i + 1, min(i + 4, len(pars))):
            hh = heading_of(pars[j].text)
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
    body = next((i for i, p in enumerate(pars) if (h := heading_of(p.text)) and h[0].kind in BODY_KINDS), None)
    if body is None:
        items = [i for i, p in enumerate(pars) if (h := heading_of(p.text)) and h[0].kind == "item"]
        body = items[0] if len(items) >= 2 else None
    flat = body is None  # no numbered structure: read flat when a policy text (kg/text/flat.py)
    if flat:
        body = first_prose(pars)
    if body is None:
        raise StructureError(_NO_STRUCTURE + "no paragraph of prose; is this a Chinese policy document?")
    preamble_from = read_front(pars, body, meta, front)
    if flat:
        if commentary(meta):
            raise StructureError(_NO_STRUCTURE + f"and its title names a commentary on a policy ({meta['title']}), not "
                                 "the policy: build the policy's own text")
        title = policy_title(pars, body, meta)
        if title is None:
            raise StructureError(_NO_STRUCTURE + "and its prose names no policy (no title of a policy genre such as "
                                 "…方案, …通知, …意见, no 印发《…》); is this a Chinese policy document?")
        meta.setdefault("title", title)
        return _flat(source, text, pars, body, preamble_from, meta, front, issues, locate)
    annex_starts = [(i, "marker") for i in range(body, len(pars)) if (h := heading_of(pars[i].text)) and h[0].kind == "annex"]
    annex_starts = sorted(annex_starts + [(i, "title") for i in _restarts(pars, body)])
    main_end = annex_starts[0][0] if annex_starts else len(pars)
    main_end = read_tail(pars, body, main_end, meta, front)
    split_signatories(meta, front, text, offsets, source.text)  # bodies set out in columns (kg/text/signatory_runs.py)
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
            num = heading_of(pars[a].text)[2] or str(k + 1)
            first_line = a + 1
        else:  # a title line restarting the numbering: the next document of the file
            num = str(k + 1)
            first_line = a
        annex = Node(kind="annex", start=pars[a].start, end=pars[b - 1].end, number=num, ordinal=int(num),
                     body_start=pars[a].end if how == "marker" else pars[a].start)
        inner = next((i for i in range(first_line, b) if (hh := heading_of(pars[i].text)) and hh[0].kind in BODY_KINDS), b)
        title_idx = [i for i in range(first_line, inner) if front_role(pars[i].text)[0] == "title"]
        if how == "title":
            title_idx = [a]
        annex.title = pars[title_idx[0]].text if title_idx else (pars[first_line].text if first_line < b else "")
        first = title_idx[0] + 1 if title_idx else first_line
        if first_line < inner and first < inner and inner == b:
            # An annex with no heading of its own (a project guide, a list, a glossary): its text is the
            # annex's body, and the annex one provision, never a preamble the annotators skip.
            annex.body_start = pars[first].start
            annex.provision = "part"
            notes = mark_tail_notes(pars, first, b, front)  # the file's 版记 after an annex printed as a list
            if first < notes < b:
                annex.end = pars[notes - 1].end
        elif first_line < inner and first < inner:
            annex.children.append(Node(kind="preamble", start=pars[first].start, end=pars[inner - 1].end, body_start=pars[first].start))
        tail: dict = {}
        end = read_tail(pars, inner, b, tail, front)
        if "printed" in tail and b == len(pars):  # the 版记 closes the file: its printing date is the document's
            meta.setdefault("printed", tail["printed"])
            meta.setdefault("date", tail["printed"])
        build_tree(annex, pars, inner, end, f"annex_{num}", issues, text, locate)
        root.children.append(annex)
    for scope in [root] + [c for c in root.children if c.kind == "annex"]:
        reviews = review_divisions(scope, text)  # set aside: a review does not set the plan's levels
        demote_divisions(scope, reviews)
        restructure_articles(scope, pars)
        mark_provisions(scope, text, pars, meta, reviews)
        cover_units(scope, reviews)
        mark_background(reviews)
    if not any(n.provision for n in root.walk()):
        meta.setdefault("no_provision_reason", "no numbered unit: neither articles, measures, tasks nor parts")
    else:
        meta.pop("no_provision_reason", None)
    for child in root.children:
        add_sentences(child, text, pars)
    for node in [n for n in root.walk() if n.provision and not any(c.provision for c in n.children)]:
        split_rows(node, text)  # a project table's rows: a task each (kg/text/project_rows.py)
    mark_phone_contacts(pars, front)  # contact lines by their telephone number (kg/text/contacts.py)
    mark_issuer_lines(pars, front)  # the issuers printed under a title (kg/text/issuer_lines.py)
    mark_addressee_lines(pars, front, meta)  # an addressee line the front reader does not know (kg/text/addressee_lines.py)
    mark_inner_signatures(pars, front)  # a signature and its date with text below them (kg/text/inner_signatures.py)
    assign_paths(root)
    check_numbering(root, issues, locate, text)
    return root, issues, sorted(front, key=lambda f: (f[1], f[2], f[0]))


_NO_STRUCTURE = ("no policy structure found: no part headings (一、…), no numbered measures (（一）…), no articles "
                 "(第一条), no numbered items (1. 2.), ")


def _flat(source: Source, text: str, pars: list, body: int, preamble_from: int, meta: dict, front: list,
          issues: list[Issue], locate) -> tuple[Node, list[Issue], list]:
    """A policy text with no numbered structure: front matter, a preamble (headlines, a report's opening
    formula), then its paragraphs as provisions, and an annex's after its 附件 marker (kg/text/flat.py)."""
    annexes = [i for i in range(body, len(pars)) if (h := heading_of(pars[i].text)) and h[0].kind == "annex"]
    end = read_tail(pars, body, annexes[0] if annexes else len(pars), meta, front)  # a signature and its date
    root = Node(kind="document", start=pars[0].start, end=pars[-1].end, title=meta.get("title"))
    start = opening_end(pars, body)
    mark_phone_contacts(pars, front)
    mark_issuer_lines(pars, front)
    mark_addressee_lines(pars, front, meta)
    mark_inner_signatures(pars, front)
    if preamble_from < body or start > pars[body].start:
        # headlines (an addressee the front reader did not know) and a report's opening formula (近日，…发布《X》):
        # the preamble, and front matter (convention 5: a body named only there is no actor), no duty
        end_pre = start if start > pars[body].start else pars[body - 1].end
        root.children.append(Node(kind="preamble", start=pars[preamble_from].start, end=end_pre,
                                  body_start=pars[preamble_from].start))
        marked = [(s, e) for _, s, e in front]
        front.extend(("headline", p.start, p.end) for p in pars[preamble_from:body]
                     if not any(s <= p.start and p.end <= e for s, e in marked))
        if start > pars[body].start:
            front.append(("report-opening", pars[body].start, start))
    read_flat(root, pars, body, end, start, front)
    for k, a in enumerate(annexes):
        b = annexes[k + 1] if k + 1 < len(annexes) else len(pars)
        num = heading_of(pars[a].text)[2] or str(k + 1)
        annex = Node(kind="annex", start=pars[a].start, end=pars[b - 1].end, number=num, ordinal=int(num),
                     body_start=pars[a].end, title=pars[a + 1].text if a + 1 < b else "")
        read_flat(annex, pars, a + 1, read_tail(pars, a + 1, b, {}, front), pars[a].end, front)
        root.children.append(annex)
    for child in root.children:
        add_sentences(child, text, pars)
    assign_paths(root)
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

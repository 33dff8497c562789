"""The rows of project and task tables (``kg/text/project_rows.py``): targets from their target cells,
roles from their body cells.

A row's cells are told apart by what they hold, as the text layer wraps a cell over several lines:
its due date (2025年底前, 持续推进: ``text_cues.tsv`` project-deadline), its bodies (a line opening with
an actor the actor layer found; a line after a body list ending in 、, or a short tail such as 局 that
finishes a wrapped name, continues it), and its text (task, content, target). Body cells are taken in
the header's order of body columns (牵头单位, 责任单位, 配合单位).

Roles: the first body of the 牵头单位 cell leads, the others of that cell and every body of 配合单位
are co (co-lead; 配合单位 participant, as its label in prose); a 责任单位 cell beside a 牵头单位 cell is co-lead. A 责任单位 column alone leads with its first body
only where the table's header says 牵头 or the document states the convention (首位的为牵头单位:
``roles.first_listed_leads``), as for responsibility lists in prose; a 责任单位 cell naming one unit (no collective) leads.

Targets: only a table with a target column (目标指标, 主要目标, 预期目标, 建设规模 …) gives targets, read
from the row's text cells joined (wrapped lines glued back) by the clause reader of the target layer;
the deadline is the row's due-date cell (deadline_source ``sentence``: the row is one sentence), else
the document's period. Offsets are mapped back to the row's own characters.
"""
from __future__ import annotations

import dataclasses
import re

from kg.model import Annotation, Document
from kg.annotate.base import TimeScope, clauses, make, scope_of
from kg.annotate.bare_values import plan_start, written_in
from kg.annotate.records import past_deadline
from kg.annotate.roles import first_listed_leads, is_collective
from kg.annotate.deadline import document_scope
from kg.annotate.jurisdiction import document_place, find_local
from kg.annotate.targets import clause_targets
from kg.text.project_rows import BODY_COLUMNS, ProjectTable, Row, find_tables, header_words, is_deadline, wrapped_body

_YEAR = re.compile(r"(20\d\d)")
_NAME_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,4}$")  # 局, 化局, 建设局: the end of a name the line wrapped
_GLUE_NEXT = re.compile(r"^(?!20\d\d\s*年)[\d.%％‰万亿千百十个吨瓦时米元度）)]")  # never a year opening a clause
_GLUE_PREV = re.compile(r"[\d.万亿、（(达到至占为比较下上降高升增减]$")
_LEAD_WORDS = tuple(w for w, c in header_words().items() if c == "lead")
_SEPARATORS = ("", "、", "，", ",", "；", "和", "及", "等")
# the time kinds that set a deadline (as kg/annotate/deadline.py); a bare year (2022年底前…) sets its own clause's
_SCOPE_KINDS = ("deadline", "period", "range", "before")
_OFFSET_KEYS = ("clause_start", "clause_end", "value_start", "value_end")


def tables_of(doc: Document) -> list[ProjectTable]:
    """The project tables whose rows the structure made tasks (kept on the Document for the next caller)."""
    found = doc.__dict__.get("_project_tables")
    if found is None:
        tasks = {(n.start, n.end) for n in doc.root.walk() if n.kind == "task"}
        found = []
        for table in find_tables(doc.text):
            rows = tuple(r for r in table.rows if (r.start, r.end) in tasks)
            if rows:
                found.append(ProjectTable(table.start, table.end, table.columns, rows, table.glued))
        doc.__dict__["_project_tables"] = found
    return found


def _split(text: str, s: int, e: int, actors: list[Annotation]) -> list[tuple[str, int, int, bool]]:
    """One line of a row (or a whole row printed on one line) cut into what it holds: (kind, start, end,
    opens a cell) with kind ``text``, ``body`` or ``due``. The text layer and the wraps step glue cells
    (…市住房城乡建设局2025年底前, 1推进…达到5万辆市工业和信息化局、市公安局2025年): the due date is the
    line's tail, the bodies a run of actors opening or closing the line (a new cell where two names abut
    with nothing between them), the text the rest."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return []
    if is_deadline(text[s:e]):
        return [("due", s, e, True)]
    tail = []
    for k in range(max(s + 1, e - 16), e):
        if not text[k - 1].isdigit() and text[k - 1] not in "至到前—-" and is_deadline(text[k:e]):
            tail, e = [("due", k, e, True)], k
            break
    inside = sorted((a for a in actors if s <= a.start and a.end <= e), key=lambda a: a.start)
    opening = [a for a in inside if a.start == s]
    if opening:
        run = [opening[0]]
        for a in inside:
            if a.start >= run[-1].end and text[run[-1].end:a.start] in _SEPARATORS:
                run.append(a)
            elif a.start >= run[-1].end:
                break
    else:
        run, end = [], e
        while end > s and text[end - 1] in "、，,；等":
            end -= 1
        for a in reversed(inside):
            if a.end != end:
                break
            run.append(a)
            end = a.start
            while end > s and text[end - 1] in "、，,和及":
                end -= 1
        run.reverse()
    if not run:
        return [("text", s, e, True)] + tail
    out = [("text", s, run[0].start, True)] if run[0].start > s else []
    for k, a in enumerate(run):
        gap_end = run[k + 1].start if k + 1 < len(run) else a.end
        out.append(("body", a.start, gap_end if k + 1 < len(run) else a.end, k == 0 or text[run[k - 1].end:a.start] == ""))
    rest = run[-1].end
    if rest < e:  # 、市住房城乡建设: a name the line cut, after a separator: the same cell; else text
        kind = "body" if text[rest] in "、，," else "text"
        out.append((kind, rest, e, kind == "text"))
    return out + tail


def cells(doc: Document, row: Row, actors: list[Annotation], glued: bool = False):
    """A row's text pieces, its body cells (each a list of pieces) and its due-date piece."""
    text = doc.text
    texts: list[tuple[int, int]] = []
    bodies: list[list[tuple[int, int]]] = []
    due = None
    prev_body = False
    pieces = list(row.pieces)
    for k, (ps, pe) in enumerate(pieces):
        parts = _split(text, ps, pe, actors)
        if [p[0] for p in parts] == ["text"] and k + 1 < len(pieces) and wrapped_body(text[ps:pe], text[pieces[k + 1][0]:pieces[k + 1][1]]):
            parts = [("body", parts[0][1], parts[0][2], True)]  # 省住房城乡 / 建设厅: a name its cell wrapped, no actor yet
        for n, (kind, s, e, opens) in enumerate(parts):
            if kind == "due" and due is None and not (prev_body and text[bodies[-1][-1][1] - 1] == "、"):
                due, prev_body = (s, e), False
            elif kind == "body":
                ended_open = prev_body and text[bodies[-1][-1][0]:bodies[-1][-1][1]].rstrip().endswith(("、", "，", ","))
                if prev_body and (ended_open or (n > 0 and not opens)):
                    bodies[-1].append((s, e))
                else:
                    bodies.append([(s, e)])
                prev_body = True
            elif prev_body and n == 0 and _NAME_TAIL.match(text[s:e]) and e - s <= 4:
                bodies[-1].append((s, e))  # 局: the end of the name the line above cut
            elif kind == "text":
                texts.append((s, e))
                prev_body = False
    return texts, bodies, due


def wrapped_actors(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    """Local bodies whose name a body cell wraps over two lines (市住房城乡建设 / 局): found in the cell's
    lines glued back, their span the printed characters (the line break inside)."""
    text, place, out = doc.text, None, []
    for table in tables_of(doc):
        for row in table.rows:
            for cell in cells(doc, row, actors, table.glued)[1]:
                if len(cell) < 2:
                    continue
                where = [i for s, e in cell for i in range(s, e) if not text[i].isspace()]
                glued = "".join(text[i] for i in where)
                if place is None:
                    place = (document_place(doc),)
                for s, e, actor, jur, level in find_local(glued, place[0]):
                    start, end = where[s], where[e - 1] + 1
                    if "\n" not in text[start:end] or any(a.start < end and start < a.end for a in actors + out):
                        continue
                    out.append(make("actor", start, end, "actor-project-table", actor=actor, level=level,
                                    jurisdiction=None if level == "any" else jur.jurisdiction or (None if place[0] else "national")))
    return out


def tag(doc: Document, actors: list[Annotation]) -> tuple[list[Annotation], list[Annotation]]:
    """Targets and roles of every project-table row of ``doc`` (``actors`` with ``wrapped_actors``)."""
    targets: list[Annotation] = []
    roles: list[Annotation] = []
    doc_scope = None
    since_year = None
    first_leads = None
    for table in tables_of(doc):
        columns = [c for c in table.columns if c in BODY_COLUMNS]
        says_lead = any(w in doc.text[table.start:table.rows[0].start] for w in _LEAD_WORDS)
        for row in table.rows:
            texts, bodies, due = cells(doc, row, actors, table.glued)
            for k, cell in enumerate(bodies[:len(columns)]):
                column = columns[k]
                if column == "responsible" and "lead" not in columns and first_leads is None:
                    first_leads = first_listed_leads(doc)
                in_cell = [a for a in actors if cell[0][0] <= a.start < cell[-1][1]]
                for i, a in enumerate(in_cell):
                    if column == "lead" or (column == "responsible" and "lead" not in columns and (says_lead or first_leads)):
                        role = "lead" if i == 0 else "co-lead"
                    elif column == "responsible" and "lead" not in columns and len(in_cell) == 1 and not is_collective(a, doc.text):
                        role = "lead"  # a 责任单位 cell naming one unit: it alone answers for the row (keys' convention 8)
                    elif column == "co":
                        role = "participant"  # as 配合单位：… in prose
                    else:
                        role = "co-lead"
                    roles.append(make("role", a.start, a.end, "role-project-table", actor=a.get("actor"), role=role))
            if "target" not in table.columns or not texts:
                continue
            years = [int(y) for y in _YEAR.findall(doc.text[due[0]:due[1]])] if due is not None else []
            if years:
                scope = TimeScope(max(years), None, None, due, "sentence")
            else:
                if doc_scope is None:
                    doc_scope = (document_scope(doc),)
                scope = doc_scope[0]
            if since_year is None:
                since_year = (written_in(doc), plan_start(doc))
            times = [t for t in doc.annotations.get("time", []) if row.start <= t.start < row.end]
            targets.extend(_row_targets(doc.text, texts, scope, times, *since_year))
    return targets, roles


def _row_targets(text: str, pieces: list[tuple[int, int]], scope: TimeScope | None, times: list[Annotation],
                 since_year: int | None, plan_year: int | None = None) -> list[Annotation]:
    """Targets (and the records and conditions the clause reader tells apart) of a row's text cells, the
    wrapped lines glued back, offsets mapped to the row's characters. A year the cell states (到2023年,
    2022年底前) is the deadline of its clause and those after it; else the row's due date, else the document's."""
    joined: list[str] = []
    where: list[int] = []
    for k, (s, e) in enumerate(pieces):
        piece = text[s:e].strip()
        s += len(text[s:e]) - len(text[s:e].lstrip())
        if k:
            prev = "".join(joined[-3:])
            # a wrapped cell: its last line short under a longer one (…分布式光 / 伏), or a line stopping
            # where no phrase ends (…能耗下 / 降15%) or one opening where none starts (万 / 千瓦)
            glue = (len(piece) <= 0.4 * len(text[pieces[k - 1][0]:pieces[k - 1][1]].strip())
                    or _GLUE_NEXT.match(piece) or _GLUE_PREV.search(prev))
            if not glue:
                joined.append("，")
                where.append(s)
        joined.extend(piece)
        where.extend(range(s, s + len(piece)))
    flat = "".join(joined)
    where.append(where[-1] + 1)
    inverse = {orig: i for i, orig in enumerate(where[:-1])}
    stated = [(inverse[t.start], inverse[t.end - 1] + 1, t) for t in times if t.start in inverse and t.end - 1 in inverse]
    date_spans = [(fs, fe) for fs, fe, _ in stated]
    out = []
    for a, b in clauses(flat, 0, len(flat)):
        own = [t for fs, _, t in stated if fs < b and (t.get("kind") in _SCOPE_KINDS or t.get("kind") == "year" and fs >= a)]
        clause_scope = TimeScope(*dataclasses.astuple(scope_of(own[-1]))[:4], "sentence") if own else scope
        for t in clause_targets(flat, a, b, clause_scope, date_spans, False, None, since_year, False, plan_year):
            value = dict(t.value)
            for key in _OFFSET_KEYS:
                if isinstance(value.get(key), int):
                    value[key] = where[value[key]] if value[key] < len(flat) else where[-1]
            layer = t.layer
            if layer == "target" and past_deadline(t, since_year):
                layer, value["status"] = "record", "record"  # due before the document was written: what was reached
            start, end = where[t.start], where[t.end - 1] + 1
            out.append(Annotation(layer, start, end, f"{layer}-project-table", tuple(sorted(value.items()))))
    return out

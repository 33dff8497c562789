"""The rows of project and task tables (``kg/text/project_rows.py``): targets from their target cells,
roles from their body cells.

A row's cells are told apart by what they hold, as the text layer wraps a cell over several lines:
its due date (2025年底前, 持续推进: ``text_cues.tsv`` project-deadline), its bodies (a line opening with
an actor the actor layer found; a line after a body list ending in 、, or a short tail such as 局 that
finishes a wrapped name, continues it), and its text (task, content, target). Body cells are taken in
the header's order of body columns (牵头单位, 责任单位, 配合单位).

Roles: the first body of the 牵头单位 cell leads, the others of that cell and every body of 配合单位
are co (co-lead; 配合单位 participant, as its label in prose); a 责任单位 cell beside a 牵头单位 cell is co-lead. A 责任单位 column alone leads with its first body
only where the table's header says 牵头 or the document states the convention (首位的为牵头单位; the
State Council's documents: ``actors.first_listed_leads``), as for responsibility lists in prose.

Targets: only a table with a target column (目标指标, 主要目标, 预期目标, 建设规模 …) gives targets, read
from the row's text cells joined (wrapped lines glued back) by the clause reader of the target layer;
the deadline is the row's due-date cell (deadline_source ``sentence``: the row is one sentence), else
the document's period. Offsets are mapped back to the row's own characters.
"""
from __future__ import annotations

import re

from kg.model import Annotation, Document
from kg.annotate.base import TimeScope, clauses, make
from kg.annotate.actors import first_listed_leads
from kg.annotate.deadline import document_scope
from kg.annotate.jurisdiction import document_place, find_local
from kg.annotate.targets import clause_targets
from kg.text.project_rows import BODY_COLUMNS, ProjectTable, Row, find_tables, header_words, is_deadline

_YEAR = re.compile(r"(20\d\d)")
_NAME_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,4}$")  # 局, 化局, 建设局: the end of a name the line wrapped
_GLUE_NEXT = re.compile(r"^[\d.%％‰万亿千百十个吨瓦时米元度）)]")
_GLUE_PREV = re.compile(r"[\d.万亿、（(达到至占为比较下上降高升增减]$")
_LEAD_WORDS = tuple(w for w, c in header_words().items() if c == "lead")
_SEPARATORS = ("", "、", "，", ",", "；", "和", "及", "等")
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


def _glued_cells(text: str, row: Row, actors: list[Annotation]):
    """A row printed on one line, its cells glued (1推进…达到5万辆市工业和信息化局、市公安局2025年): the due
    date is the line's tail, the bodies the run of actors before it (a new cell where two names abut
    with nothing between them), the text what precedes them."""
    s, e = row.pieces[0]
    due = None
    for k in range(max(s + 1, e - 16), e):
        if not text[k - 1].isdigit() and is_deadline(text[k:e]):
            due, e = (k, e), k
            break
    run: list[Annotation] = []
    end = e
    while text[end - 1:end] in _SEPARATORS and end > s:
        end -= 1
    for a in sorted((a for a in actors if s <= a.start and a.end <= end), key=lambda a: -a.end):
        if a.end == end or (run and text[a.end:run[-1].start].strip() in _SEPARATORS):
            run.append(a)
            end = a.start if a.end == end else end
        else:
            break
        end = a.start
    if not run:
        return [(s, e)], [], due
    run.reverse()
    bodies = [[(run[0].start, run[0].end)]]
    for prev, a in zip(run, run[1:]):
        if a.start == prev.end:
            bodies.append([(a.start, a.end)])
        else:
            bodies[-1].append((a.start, a.end))
    bodies = [[(c[0][0], c[-1][1])] for c in bodies]
    return ([(s, run[0].start)] if run[0].start > s else []), bodies, due


def cells(doc: Document, row: Row, actors: list[Annotation], glued: bool = False):
    """A row's text pieces, its body cells (each a list of pieces) and its due-date piece."""
    text = doc.text
    if glued:
        return _glued_cells(text, row, actors)
    starts = {a.start for a in actors if row.start <= a.start < row.end}
    texts, bodies, due = [], [], None
    prev_body = False
    for s, e in row.pieces:
        piece = text[s:e].strip()
        lead_space = len(text[s:e]) - len(text[s:e].lstrip())
        if is_deadline(piece) and due is None and not (prev_body and text[bodies[-1][-1][1] - 1] == "、"):
            due, prev_body = (s, e), False
            continue
        if (s + lead_space) in starts:
            if prev_body and text[bodies[-1][-1][0]:bodies[-1][-1][1]].rstrip().endswith(("、", "，", ",")):
                bodies[-1].append((s, e))
            else:
                bodies.append([(s, e)])
            prev_body = True
            continue
        if prev_body and _NAME_TAIL.match(piece) and len(piece) <= 4:
            bodies[-1].append((s, e))
            continue
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
            targets.extend(_row_targets(doc.text, texts, scope))
    return targets, roles


def _row_targets(text: str, pieces: list[tuple[int, int]], scope: TimeScope | None) -> list[Annotation]:
    """Targets of a row's text cells, the wrapped lines glued back, offsets mapped to the row's characters."""
    widest = max(e - s for s, e in pieces)
    joined: list[str] = []
    where: list[int] = []
    for k, (s, e) in enumerate(pieces):
        piece = text[s:e].strip()
        s += len(text[s:e]) - len(text[s:e].lstrip())
        if k:
            prev = "".join(joined[-3:])
            glue = (e - s >= 0 and (pieces[k - 1][1] - pieces[k - 1][0]) >= 0.85 * widest
                    or _GLUE_NEXT.match(piece) or _GLUE_PREV.search(prev))
            if not glue:
                joined.append("，")
                where.append(s)
        joined.extend(piece)
        where.extend(range(s, s + len(piece)))
    flat = "".join(joined)
    where.append(where[-1] + 1)
    out = []
    for a, b in clauses(flat, 0, len(flat)):
        for t in clause_targets(flat, a, b, scope, []):
            if t.layer != "target":
                continue
            value = dict(t.value)
            for key in _OFFSET_KEYS:
                if isinstance(value.get(key), int):
                    value[key] = where[value[key]] if value[key] < len(flat) else where[-1]
            start, end = where[t.start], where[t.end - 1] + 1
            out.append(Annotation("target", start, end, "target-project-table", tuple(sorted(value.items()))))
    return out

"""Cities and counties in the body cells of project and task tables (issue 14, classes 7 and 8; lane RT): a 牵头单位 /
责任单位 / 实施主体 cell that names places of the document's province alone (江宁区、浦口区、六合区; 福州市、厦门市等),
the places that carry out the row. Each is an actor, the city holding it its jurisdiction (key convention 6, as a
place named as acting), so that ``project_tables.tag`` gives it the row's role as it gives a body's.

Only a table whose header names a body column (``project_rows.BODY_COLUMNS``) and no site column (建设地点, 位置:
``actor_cues.tsv`` table-place-site; 572's 位置 column of counties names where a substation is built, not who builds
it), only a row line after the row's first (its task or project name: 江宁区 there is the site) that holds nothing but
places (``place_lines.places_in_cell``).
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation, Document
from kg.annotate.base import make
from kg.annotate.jurisdiction import document_place
from kg.annotate.place_lines import places_in_cell
from kg.annotate.project_tables import tables_of
from kg.text.project_rows import BODY_COLUMNS

_SITE = re.compile(cue("actor_cues.tsv", "table-place-site"))


def place_cells(doc: Document, actors: list[Annotation]) -> list[Annotation]:
    """Actors for the places of the body cells of ``doc``'s project tables that no other rule tagged."""
    text, out, place = doc.text, [], None
    for table in tables_of(doc):
        if not set(table.columns) & set(BODY_COLUMNS) or _SITE.search(text[table.start:table.rows[0].start]):
            continue
        if place is None:
            place = (document_place(doc),)
        for row in table.rows:
            for s, e in row.pieces[1:]:  # the first: the row's task or project name, where a place is a site
                for ps, pe, actor, own, level in places_in_cell(text, s, e, place[0]):
                    if not any(a.start < pe and ps < a.end for a in actors + out):
                        out.append(make("actor", ps, pe, "actor-table-place", actor=actor, level=level, jurisdiction=own.jurisdiction))
    return out

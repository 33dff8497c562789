"""Level of government and place of a document (issue 15.1): central, provincial, municipal, county.

The level comes from the issuers and the title (patterns in ``ontology/doc_levels.tsv``), else from
the document's place (``kg.annotate.jurisdiction.document_place``): a city document is municipal, a
province's provincial. The province or city is the document place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.annotate.doc_place import is_central
from kg.annotate.jurisdiction import MUNICIPALITIES, Place, document_place, province_names
from kg.lexicon import read_tsv
from kg.model import Document

LEVELS = ("central", "provincial", "municipal", "county")
RANK = {lv: i for i, lv in enumerate(LEVELS)}


@dataclass(frozen=True)
class Level:
    level: str | None  # central | provincial | municipal | county | None (unknown)
    province: str | None  # places.tsv id
    city: str | None  # printed city name without 市
    rule: str  # the doc_levels.tsv rule id, or "place" / "unknown"

    @property
    def rank(self) -> int | None:
        return RANK.get(self.level) if self.level else None


@lru_cache(maxsize=None)
def _rules() -> tuple[tuple[str, str, re.Pattern], ...]:
    return tuple((r["id"], r["level"], r["on"], re.compile(r["pattern"])) for r in read_tsv("doc_levels.tsv"))


def document_level(doc: Document) -> Level:
    """The level of government of ``doc`` and its province or city (cached on the document)."""
    cached = doc.__dict__.get("_level")
    if cached is not None:
        return cached
    lines = [re.sub(r"\s+", "", s) for s in (doc.meta.get("issuers") or [])]
    lines.append(re.sub(r"\s+", "", doc.meta.get("title") or ""))
    level, rule = None, "unknown"
    for line in lines:
        for rid, lv, on, pat in _rules():
            if on == "name" and line and pat.search(line):
                level, rule = lv, rid
                break
        if level:
            break
    place = None if level == "central" else document_place(doc)
    if level is None and place is None:
        head = doc.text[:1500]
        for rid, lv, on, pat in _rules():
            if on == "text" and pat.search(head):
                level, rule = lv, rid
                break
    if level is None and place is None and is_central(doc):
        # a bare plan under its title that speaks of 我国 / 各地区 / 各省（区、市） and names no place (doc_levels.tsv central-scope)
        level, rule = "central", "central-scope"
    if level is None and place is None:
        place = _province_in_title(doc, lines)
    if level is None and place is not None:
        level, rule = ("municipal" if place.city else "provincial"), "place"
    if place is None:
        place = Place(None, None)
    if level == "municipal" and place.city is None and place.province in MUNICIPALITIES:
        level = "provincial"  # 北京市人民政府: a municipality directly under the centre
    out = Level(level, place.province, place.city, rule)
    doc.__dict__["_level"] = out
    return out


def parent_possible(child: Level, parent: Level) -> bool:
    """A document can implement only one of a higher level; two of the same level never."""
    return child.rank is not None and parent.rank is not None and parent.rank < child.rank


def _province_in_title(doc: Document, names: list[str]) -> Place | None:
    """A province named anywhere in the title or the first lines (关于印发《严格能效约束推动海南省…》的通知)."""
    head = "".join(names) + re.sub(r"\s+", "", "".join(doc.text[:300].split("\n")[:3]))
    found = sorted(((head.find(n), -len(n), ident) for n, ident in province_names().items()
                    if len(n) >= 2 and n in head))
    return Place(found[0][2], None) if found else None

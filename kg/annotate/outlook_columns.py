"""A table's outlook column (lane TB10, key convention 64): a header's year column labelled as an outlook (572's 专栏三:
2020年 / 2025年 / 2026年 / 展望 / 十四五年均增速 / 属性; 2035年展望; ``table-outlook-column`` of ontology/target_cues.tsv)
states what the drafters expect past the plan's own deadline, the row's 预期性 belonging to the plan's period: its cells
are no targets (a forecast), whatever attribute the row prints. `drop` removes the table targets tables.py read in such
a column: those of the column's year whose value lies in the table, from its header to the first line of prose."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation
from kg.annotate.table_layouts import text_lines

_OUTLOOK = "(?:" + cue("target_cues.tsv", "table-outlook-column") + ")"  # 展望
_YEAR_OUTLOOK = re.compile(r"\s*(?:(20[2-6]\d)\s*年?\s*" + _OUTLOOK + r"|" + _OUTLOOK + r"\s*(20[2-6]\d)\s*年?)\s*")
_YEAR_ALONE = re.compile(r"\s*(20[2-6]\d)\s*年?\s*")
_OUTLOOK_ALONE = re.compile(r"\s*" + _OUTLOOK + r"\s*")
_PROSE = re.compile(r"[。；]")


def columns(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of each table whose header labels a year column as an outlook: 2026年展望 on one line, or
    2026年 over a line 展望; the table from that cell to the first line of prose (a sentence mark, or over 40
    characters)."""
    lines = text_lines(text)
    out = []
    for i, (a, b) in enumerate(lines):
        cell = text[a:b]
        m = _YEAR_OUTLOOK.fullmatch(cell)
        year = int(m.group(1) or m.group(2)) if m else None
        if year is None and (y := _YEAR_ALONE.fullmatch(cell)) and i + 1 < len(lines) \
                and _OUTLOOK_ALONE.fullmatch(text[lines[i + 1][0]:lines[i + 1][1]]):
            year = int(y.group(1))
        if year is None:
            continue
        end = next((c for c, d in lines[i + 1:] if _PROSE.search(text[c:d]) or len(text[c:d].strip()) > 40), len(text))
        out.append((year, a, end))
    return out


def drop(text: str, found: list[Annotation]) -> list[Annotation]:
    """The table targets ``found`` without those read in an outlook column (convention 64)."""
    spans = columns(text)
    if not spans:
        return found
    return [t for t in found if not (t.rule.startswith("target-table") and any(
        t.get("year") == year and a <= (t.get("value_start") or t.start) < b for year, a, b in spans))]

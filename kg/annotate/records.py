"""Records, forecasts and conditions: what makes a value a figure of the past (发展基础, 截至), a
forecast (预计) or a threshold that scopes a measure rather than a target (``ontology/record_cues.tsv``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import read_tsv


@lru_cache(maxsize=None)
def cues() -> dict[str, re.Pattern]:
    by_kind: dict[str, list[str]] = {}
    for row in read_tsv("record_cues.tsv"):
        by_kind.setdefault(row["kind"], []).append(f"(?:{row['pattern']})")
    return {k: re.compile("|".join(v)) for k, v in by_kind.items()}


def status_of(clause: str, head: str) -> str:
    """target, record (past), forecast (预计) or condition (对…的项目, 未达到…)."""
    c = cues()
    if c["forecast"].search(head):
        return "forecast"
    if c["record"].search(head):
        return "record"
    if c["condition"].search(clause.strip()) or c["condition"].search(head):
        return "condition"
    return "target"


def in_record_section(ctx) -> bool:
    """A part or measure whose heading reports the past (发展基础, 取得成效, 现状 …)."""
    rx = cues()["section"]
    return any(n is not None and n.title and rx.search(n.title) for n in (ctx.measure, ctx.part))


def undated_status(head: str, origin: str | None) -> str | None:
    """A value with no deadline of its own (none in its sentence or paragraph): after 累计完成 it reports
    what was done (record); after 原则上不超过 it is a rule's norm (condition). None: no such cue."""
    if origin in ("sentence", "paragraph"):
        return None
    c = cues()
    if c["record_undated"].search(head):
        return "record"
    if c["condition_undated"].search(head):
        return "condition"
    return None

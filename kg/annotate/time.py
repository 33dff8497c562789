"""Years and periods: 2030年, 到2035年 (deadline), 2030年前 (before), 比2020年 (base year),
2021—2025年 (range), 十四五 (2021–2025), 本世纪中叶 (about 2050). Dates (2023年12月27日) are
recognised so that they are not taken for deadlines."""
from __future__ import annotations

import re

from kg.lexicon import read_tsv
from kg.model import Annotation, Document
from kg.annotate.base import make

LAYER = "time"
_YEAR = r"(?P<y>(?:19[5-9]\d|20\d\d|21\d\d))\s*年"
_RULES = [
    # order matters: the first rule to claim a span wins
    ("date", re.compile(r"(?P<y>(?:19|20|21)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?")),
    ("range", re.compile(r"(?P<y>(?:19|20|21)\d\d)\s*[-—–～~至到]\s*(?P<y2>(?:19|20|21)\d\d)\s*年")),
    # a task's own deadline in its responsibility list: （责任部门：气候处，完成期限：2021年四季度）
    ("due", re.compile(r"(?:完成期限|完成时限|完成时间|时间节点|时限要求)\s*[:：]\s*(?:\d{4}\s*[-—–～~至到]\s*)?" + _YEAR)),
    ("base", re.compile(r"(?:比|较|与|相比)\s*" + _YEAR)),
    ("asof", re.compile(r"(?:截至|截止到?)\s*" + _YEAR + r"(?:底|末)?")),
    ("deadline", re.compile(r"(?:到|至)\s*" + _YEAR + r"(?:底|末)?")),
    ("since", re.compile(_YEAR + r"\s*(?:以来|来|起)")),
    ("before", re.compile(_YEAR + r"\s*(?:前|以前|之前)")),
    ("before", re.compile(r"(?:于|在)\s*" + _YEAR + r"\s*(?:前|以前|之前)")),
    ("year", re.compile(_YEAR)),
]


def periods() -> list[tuple[re.Pattern, dict]]:
    out = []
    for row in read_tsv("periods.tsv"):
        out.append((re.compile(row["pattern"]), {"period": row["id"], "label": row["label_zh"],
                                                  "start_year": int(row["start"]), "end_year": int(row["end"]),
                                                  "approximate": row["approximate"] == "yes"}))
    return out


def tag(doc: Document) -> list[Annotation]:
    text = doc.text
    out: list[Annotation] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for kind, rx in _RULES:
        for m in rx.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            if kind == "year" and _inside_name(text, s, e):
                continue
            taken.append((s, e))
            y = int(m.group("y"))
            if kind == "range":
                out.append(make(LAYER, s, e, "time-range", kind="range", start_year=y, end_year=int(m.group("y2"))))
            elif kind == "due":
                out.append(make(LAYER, s, e, "time-due", kind="deadline", year=y))
            elif kind == "date":
                out.append(make(LAYER, s, e, "time-date", kind="date", year=y))
            else:
                out.append(make(LAYER, s, e, f"time-{kind}", kind=kind, year=y))
    for rx, value in periods():
        for m in rx.finditer(text):
            s, e = m.span()
            if free(s, e):
                taken.append((s, e))
                out.append(make(LAYER, s, e, f"period-{value['period']}", kind="period", **value))
    # 截至2020年底 reports the past; 截至2025年底 in a plan that aims at 2025 is a deadline. A
    # plan's earliest 到YYYY deadline is after its date, so an as-of year before it is the past.
    ahead = [a.get("year") for a in out if a.get("kind") == "deadline"]
    first = min(ahead) if ahead else None
    out = [make(LAYER, a.start, a.end, "time-deadline", kind="deadline", year=a.get("year"))
           if a.get("kind") == "asof" and first is not None and a.get("year") >= first else a for a in out]
    return sorted(out, key=lambda a: (a.start, a.end))


def _inside_name(text: str, s: int, e: int) -> bool:
    """A year inside a title (《2030年前碳达峰行动方案》) or a document number is a name."""
    opened = text.rfind("《", max(0, s - 40), s)
    return opened >= 0 and text.find("》", opened, s) < 0

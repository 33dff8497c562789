"""Years and periods: 2030年, 到2035年 (deadline), 2030年前 (before), 比2020年 (base year),
2021—2025年 and 2016年至2020年 (range), 十四五 (2021–2025), 本世纪中叶 (about 2050). Dates (2023年12月27日) are
recognised so that they are not taken for deadlines."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, read_tsv
from kg.model import Annotation, Document
from kg.annotate.base import make

LAYER = "time"
_YEAR = r"(?P<y>(?:19[5-9]\d|20\d\d|21\d\d))\s*年"


def _cue(kind: str) -> str:
    """Words of one kind of time cue (ontology/time_cues.tsv), as an alternative group."""
    return r"(?:" + cue("time_cues.tsv", kind) + r")"


_RULES = [
    # order matters: the first rule to claim a span wins
    ("date", re.compile(r"(?P<y>(?:19|20|21)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?")),
    ("range", re.compile(r"(?P<y>(?:19|20|21)\d\d)\s*年?\s*[-—–～~至到]\s*(?P<y2>(?:19|20|21)\d\d)\s*年")),
    # a task's own deadline in its responsibility list: （责任部门：气候处，完成期限：2021年四季度）
    ("due", re.compile(_cue("due-label") + r"\s*[:：]\s*(?:\d{4}\s*[-—–～~至到]\s*)?" + _YEAR)),
    ("base", re.compile(_cue("base") + r"\s*" + _YEAR)),
    ("asof", re.compile(_cue("asof") + r"\s*" + _YEAR + _cue("year-end") + "?")),
    ("deadline", re.compile(_cue("deadline") + r"\s*" + _YEAR + _cue("year-end") + "?")),
    ("since", re.compile(_YEAR + r"\s*度?\s*" + _cue("since"))),  # 2021年度起 opens a span from that year
    ("before", re.compile(_YEAR + r"\s*" + _cue("before"))),
    ("before", re.compile(_cue("before-prefix") + r"\s*" + _YEAR + r"\s*" + _cue("before"))),
    ("year", re.compile(_YEAR)),
]


@lru_cache(maxsize=None)
def periods() -> tuple[tuple[re.Pattern, dict], ...]:
    """The plan periods of ``ontology/periods.tsv`` (read once per process: every document asks several times)."""
    out = []
    for row in read_tsv("periods.tsv"):
        out.append((re.compile(row["pattern"]), {"period": row["id"], "label": row["label_zh"],
                                                  "start_year": int(row["start"]), "end_year": int(row["end"]),
                                                  "approximate": row["approximate"] == "yes"}))
    return tuple(out)


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
                if _BASE_BEFORE.search(text, max(0, s - 4), s):
                    # 比“十三五”降低10%: the period a change is measured against, its end the base year
                    out.append(make(LAYER, s, e, "time-base", kind="base", year=value["end_year"]))
                    continue
                out.append(make(LAYER, s, e, f"period-{value['period']}", kind="period", **value))
    # 截至2020年底 reports the past; 截至2025年底 in a plan that aims at 2025 is a deadline. A
    # plan's earliest 到YYYY deadline is after its date, so an as-of year before it is the past.
    ahead = [a.get("year") for a in out if a.get("kind") == "deadline"]
    first = min(ahead) if ahead else None
    out = [make(LAYER, a.start, a.end, "time-deadline", kind="deadline", year=a.get("year"))
           if a.get("kind") == "asof" and first is not None and a.get("year") >= first else a for a in out]
    out = [_describing(a) if _describes(text, a) else a for a in out]
    return sorted(out, key=lambda a: (a.start, a.end))


# a year that qualifies a noun: 2000年前建成的老旧小区, 1980年至2000年期间建成的, “十三五”期间已开展的,
# 2021年度通报的园区, 2019-2021年发电行业核查报告 (words in ontology/time_cues.tsv)
_DESCRIBES = re.compile(r"\s*”?\s*(?:" + _cue("before") + r")?\s*" + _cue("describes"))
_DESCRIBES_RANGE = re.compile(r"\s*(?:期间)?\s*" + _cue("describes-range") + r"[^，。；、：:,;\d]{0,4}的")  # 2001-2005年建成小区的; 2021-2025年建成10个 is an aim
_DESCRIBES_ANNUAL = re.compile(r"\s*度\s*" + _cue("describes-annual"))
_RECORD_NOUN = re.compile(r"\s*度?[^，。；、：:,;\s（(“”《》\d]{0,12}?" + _cue("record-noun") + r"(?!中心)")


def _describes(text: str, a: Annotation) -> bool:
    """Whether the year, range or period ``a`` describes a thing (…年建成的X, …年度通报的X, …年…报告):
    no deadline of its clause."""
    kind = a.get("kind")
    if kind not in ("year", "before", "range", "period"):
        return False
    if _DESCRIBES.match(text, a.end) or _DESCRIBES_ANNUAL.match(text, a.end):
        return True
    return kind == "range" and bool(_DESCRIBES_RANGE.match(text, a.end) or _RECORD_NOUN.match(text, a.end))


def _describing(a: Annotation) -> Annotation:
    return Annotation(a.layer, a.start, a.end, a.rule, tuple(sorted(dict(a.value, describes=True).items())))


def base_period(text: str) -> tuple[int, int, int] | None:
    """The first plan period in ``text`` that a change is measured against (较“十三五”末, 比“十三五”): its
    end year, and the span of the base words with it (start, end), else None."""
    for rx, value in periods():
        for m in rx.finditer(text):
            before = _BASE_BEFORE.search(text, max(0, m.start() - 4), m.start())
            if before:
                tail = re.match(_cue("period-tail") + "?", text[m.end():])
                return value["end_year"], before.start(), m.end() + tail.end()
    return None


_BASE_BEFORE = re.compile(_cue("base") + r"\s*[“\"]?\s*$")


def _inside_name(text: str, s: int, e: int) -> bool:
    """A year inside a title (《2030年前碳达峰行动方案》) or a document number is a name."""
    opened = text.rfind("《", max(0, s - 40), s)
    return opened >= 0 and text.find("》", opened, s) < 0

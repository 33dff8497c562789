"""Loads the language data in ``ontology/``: heading levels, boilerplate patterns, lexicons.

Code holds the mechanism, these files hold the language. Every loader is cached, so a
file is read once per process.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg import machine_cache

_TSV_VERSION = 1  # the rows' form in the machine cache (``read_tsv``): bumped when it changes


def ontology_dir() -> Path:
    """The ontology folder: beside the package in a checkout, or installed as ``kg.ontology``."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "ontology", here / "ontology"):
        if (candidate / "structure.tsv").exists():
            return candidate
    from importlib.resources import files

    return Path(str(files("kg.ontology")))


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV file in ontology/, skipping blank lines and ``#`` comments. The rows are kept in the machine's
    cache for the file's path, size and time (``kg.machine_cache``) and read back with marshal: csv's parse of the
    58 reads of a build was 0.14 s of CPU a process (related_weights.tsv's 17,000 rows half of it)."""
    path = ontology_dir() / name
    try:
        stat = path.stat()
        header = ("tsv", _TSV_VERSION, str(path), stat.st_size, stat.st_mtime_ns, machine_cache.code_of(__file__))  # and read_tsv's code
        keep = machine_cache.settled(stat)  # asked before the file is read: an edit after it gets another time
    except OSError:
        header, keep = None, False
    entry = machine_cache.of_file(_tsv_entry(name), path, _TSV_VERSION)
    kept = machine_cache.read(entry, header) if header else None
    if isinstance(kept, list):
        return kept
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    rows = [dict(row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    if header and keep:  # not while an edit within the file's clock tick could keep its size and time
        machine_cache.write(entry, header, rows)
    return rows


def _tsv_entry(name: str) -> str:
    return "tsv-" + re.sub(r"[^A-Za-z0-9_.-]", "_", name)


@lru_cache(maxsize=None)
def cue_table(name: str) -> dict[str, str]:
    """A cue file of ontology/ (columns ``kind``, ``pattern``, ``source``): kind → its pattern, a
    regular expression, most often plain words joined by ``|``. One row per kind."""
    out: dict[str, str] = {}
    for row in read_tsv(name):
        if row["kind"] in out:
            raise ValueError(f"ontology/{name}: kind {row['kind']!r} is given twice; join its words with | in one row")
        out[row["kind"]] = row["pattern"]
    return out


def cue(name: str, kind: str) -> str:
    """The pattern of one kind of cue in ``ontology/<name>`` (raises ``KeyError`` if the file lacks it)."""
    return cue_table(name)[kind]


def cue_words(name: str, kind: str) -> tuple[str, ...]:
    """The words of one kind of cue, in the file's order (a pattern of plain words joined by ``|``)."""
    return tuple(cue(name, kind).split("|"))


def cue_pairs(name: str, kind: str) -> dict[str, str]:
    """The ``key:value`` words of one kind of cue as a mapping (``unit-measure``: ha:面积|km:长度 …)."""
    return dict(w.split(":", 1) for w in cue_words(name, kind))


@lru_cache(maxsize=None)
def comparators(position: str) -> tuple[tuple[str, str, str | None], ...]:
    """(pattern, comparator, change or None) of ``ontology/comparators.tsv`` at one position
    (before, before-default, strict, after, cell), in the file's order; ``before`` lists the rows of
    ``before-default`` too (before-words whose reading a word after the value overrides)."""
    wanted = ("before", "before-default") if position == "before" else (position,)
    return tuple((r["pattern"], r["comparator"], r["change"] or None) for r in read_tsv("comparators.tsv")
                 if r["position"] in wanted)


@dataclass(frozen=True)
class HeadingRule:
    level: int
    kind: str
    pattern: re.Pattern
    numbering: str  # cn | arabic | none
    standalone: bool  # the heading is a line of its own (annex markers)
    rule_id: str


@lru_cache(maxsize=None)
def heading_rules() -> tuple[HeadingRule, ...]:
    rules = []
    for row in read_tsv("structure.tsv"):
        rules.append(
            HeadingRule(
                level=int(row["level"]),
                kind=row["kind"],
                pattern=re.compile(row["pattern"]),
                numbering=row["numbering"],
                standalone=row["standalone"] == "yes",
                rule_id=row["id"],
            )
        )
    return tuple(rules)


# match_heading's answers by text: cleaning asks about each line about five times (wraps, item lists, headings: 18,994
# calls for 3,938 distinct lines of corpus + seeds), each up to a dozen patterns. The answer depends on the text alone
# (the rules are read once per process); a match object is immutable. Bounded: cleared when full (a document's lines
# repeat within its cleaning).
_HEADINGS: dict = {}
_HEADINGS_MAX = 4096  # texts (lines, or a paragraph): a few MB at most


def match_heading(text: str):
    """The first heading rule matching the start of ``text`` and its match, or ``(None, None)``."""
    hit = _HEADINGS.get(text)
    if hit is None:
        if len(_HEADINGS) >= _HEADINGS_MAX:
            _HEADINGS.clear()
        hit = _HEADINGS[text] = _match_heading(text)
    return hit


def _match_heading(text: str):
    for rule in heading_rules():
        m = rule.pattern.match(text)
        if m and (not rule.standalone or m.end() == len(text.rstrip())):
            return rule, m
    return None, None


@dataclass(frozen=True)
class Boilerplate:
    kind: str
    pattern: re.Pattern
    action: str  # dateline | exclude-paragraph | exclude-rest | exclude-chrome | metadata
    rule_id: str


@lru_cache(maxsize=None)
def boilerplate_rules() -> tuple[Boilerplate, ...]:
    return tuple(
        Boilerplate(row["kind"], re.compile(row["pattern"]), row["action"], row["id"])
        for row in read_tsv("boilerplate.tsv")
    )


@lru_cache(maxsize=None)
def front_matter_rules() -> tuple[tuple[str, re.Pattern, str], ...]:
    return tuple((row["role"], re.compile(row["pattern"]), row["id"]) for row in read_tsv("front_matter.tsv"))


@lru_cache(maxsize=None)
def page_labels() -> dict[str, dict[str, str]]:
    """The Chinese labels of the pages (page_labels.tsv): group → key → label, in the file's order."""
    out: dict[str, dict[str, str]] = {}
    for row in read_tsv("page_labels.tsv"):
        out.setdefault(row["group"], {})[row["key"]] = row["label"]
    return out

"""kg/annotate/gates.py: the words every match of a pattern prints, read from the pattern; a text missing them is
never scanned, and what the scan finds is what it found without the gate."""
from __future__ import annotations

import re

import pytest

from kg.annotate.gates import may_match, required
from kg.lexicon import read_tsv

REQUIRED = [  # (pattern, the runs every match holds)
    (r"ab(?:cd|ef)g+h?(x)", ("ab", "g", "x")),
    (r"a{0,2}b{2}", ("b",)),
    (r"x(?i:ab)y", ("x", "y")),  # a group ignoring case: its letters may print otherwise
    (r"(?=ab)c", ("c",)),  # a lookahead read as nothing (never more than is required)
    (r"(?P<before>[^，。；（）()]{2,60}?)(?:具体|负责)?落实[，,]\s*以下(?:工作)?(?:任务)?不再(?:一一)?列出",
     ("落实", "以下", "不再", "列出")),
    (r"甲|乙", ()),  # alternatives: nothing every match holds
]


@pytest.mark.parametrize("pattern, runs", REQUIRED)
def test_the_runs_every_match_holds(pattern, runs):
    assert required(pattern) == runs


def test_a_pattern_ignoring_case_or_unreadable_is_never_gated():
    assert required(r"(?i)abc") is None and required("(") is None
    assert may_match((None,), "") and may_match(((),), "")


def test_may_match_needs_every_run_of_one_pattern():
    gates = (("落实", "不再"), ("均需",))
    assert may_match(gates, "……落实，以下不再列出")
    assert may_match(gates, "均需")
    assert not may_match(gates, "落实，以下任务列出")


CASES = ["以下均需各市人民政府落实，不再列出。", "省发展改革委具体落实，以下任务不再列出。", "推进落实，不再审批。", "以下不再列出", ""]


@pytest.mark.parametrize("text", CASES)
def test_a_gated_scan_finds_what_the_scan_finds(text):
    rows = [r["pattern"] for r in read_tsv("role_cues.tsv") if r.get("convention") == "standing"]
    rx = re.compile("|".join(f"(?:{p})" for p in rows))
    found = [m.span() for m in rx.finditer(text)]
    gated = [m.span() for m in rx.finditer(text)] if may_match(tuple(required(p) for p in rows), text) else []
    assert gated == found
    assert bool(found) == (text in CASES[:2])  # the first two are standing statements

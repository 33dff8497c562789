"""kg/annotate/scan.py: a pattern's scan tried only where a match can start. Its anchors and reach are read from the
pattern; what finditer, search and match find is what re finds, over the seed and corpus texts for every cue pattern
of kg/annotate, whole and in windows; a text missing an anchor is not scanned."""
from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

import kg.annotate
from kg.annotate import scan

ROOT = Path(__file__).resolve().parent.parent
INF = float("inf")

PLANS = [  # (pattern, anchors: (alternatives, min offset, max offset), reach)
    (r"(?P<items>[一-龥]{2,10}(?:、[一-龥]{2,8}){1,12})等(?P<kind>领域|行业)(?!家)",
     [(("、",), 2, 10), (("等",), 5, 118), (("领域", "行业"), 6, 119)], 122),
    (r"(?<=由)[一-龥]{2,12}?(?:主管部门|管理部门|部门)(?=[一-龥])", [(("主管部门", "管理部门", "部门"), 2, 12)], 17),  # 12 + 主管部门 + the lookahead's one
    (r"a+b", [(("a",), 0, 0), (("b",), 1, INF)], INF),  # a+'s first pass at 0; b after an unbounded run: a gate only
    (r"(?=xy)x?y", [(("xy",), 0, 0), (("y",), 0, 1)], 2),  # what a lookahead requires stands where it does
    (r"(?!不)达到\b", [(("达到",), 0, 0)], 3),  # a negative lookahead requires nothing; a boundary reads one more
    (r"x(?i:ab)y", [(("x",), 0, 0), (("y",), 3, 3)], 4),  # a group ignoring case prints no anchor
]


@pytest.mark.parametrize("pattern, anchors, reach", PLANS)
def test_anchors_and_reach_read_from_the_pattern(pattern, anchors, reach):
    p = scan.plan(re.compile(pattern))
    assert list(p.anchors) == anchors and p.reach == reach


def test_unreadable_patterns_are_scanned_as_before():
    for pattern in (r"(a)\1b", r"(?i)abc", r"x*"):  # a group reference, case ignored, a match of no width
        rx = re.compile(pattern)
        assert scan.plan(rx) is None
        assert [m.span() for m in scan.finditer(rx, "aab xx abc")] == [m.span() for m in rx.finditer("aab xx abc")]


def _texts():
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))[:1]
    return [f.read_text(encoding="utf-8") for f in files]


def _patterns():
    found = {}
    for info in pkgutil.iter_modules(kg.annotate.__path__):
        module = importlib.import_module("kg.annotate." + info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.setdefault(value, f"{info.name}.{name}")
    return found


def _key(m):
    return m.span(), m.groups(), m.groupdict()


def test_the_same_matches_as_re_for_every_pattern_of_annotate():
    rnd, texts = random.Random(7), _texts()
    for rx, name in _patterns().items():
        for text in texts:
            a = rnd.randrange(len(text))
            for pos, endpos in ((0, None), (a, None), (a, a + rnd.randrange(400))):
                want = [_key(m) for m in (rx.finditer(text, pos) if endpos is None else rx.finditer(text, pos, endpos))]
                assert [_key(m) for m in scan.finditer(rx, text, pos, endpos)] == want, name
                end = len(text) if endpos is None else endpos
                for ours, theirs in ((scan.search, rx.search), (scan.match, rx.match)):
                    got, expected = ours(rx, text, pos, endpos), theirs(text, pos, end)
                    assert (got and _key(got)) == (expected and _key(expected)), name


LISTS = "鼓励并支持工业、交通、电力、建筑、公共机构等领域重点用能单位开展节能。推动汽修、装修装饰等行业使用低挥发性原料。"


def test_windows_find_the_lists_and_nothing_else():
    rx = re.compile(r"(?P<items>[一-龥]{2,10}(?:、[一-龥]{2,8}){1,12})等(?P<kind>领域|行业)")
    text = "无关的文字。" * 200 + LISTS + "其他、各类、有关工作。" * 100  # 、 without 等领域: no window there
    assert [m.group("kind") for m in scan.finditer(rx, text)] == ["领域", "行业"]
    assert [m.span() for m in scan.finditer(rx, text)] == [m.span() for m in rx.finditer(text)]


def test_a_text_missing_an_anchor_is_not_scanned():
    rx = re.compile(r"(?P<den>[一二三]{1,3})分之(?P<num>[一二三]{1,3})")
    assert list(scan.finditer(rx, "力争外受电比重超过三分之一")) and not list(scan.finditer(rx, "比重超过三成"))
    assert scan.search(rx, "三成") is None and scan.match(rx, "三分之一").group("num") == "一"

"""The gates of three actor finders (issue 17, lane CPU9): a place whose run of text cannot hold what the finder needs is
never walked, and what each finder finds is what it found without its gate.

- actor_conventions.find_acting_classes: a park or city word inside the run of member characters and 、 (convention 30);
- divisions.find_division_parties: a state's or the public's party and a part inside the run up to a stop (convention 44);
- actor_conventions.find_central_authority: its pattern tried only where 中央 opens (convention 28).
The texts: the seed document and sentences of the conventions' tests (positives and negatives)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.annotate import actor_conventions, divisions
from kg.annotate.base import boundaries
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse

SENTENCES = [  # (text, what the three finders find in it: surfaces)
    ("鼓励园区建设绿色微电网。", {"园区"}),
    ("推动工业企业、工业园区加强节能管理。", {"工业园区"}),
    ("省会城市、计划单列市开展颗粒物组分监测。", {"省会城市", "计划单列市"}),
    ("在园区开展循环化改造，支持工业园区绿色发展。", set()),  # a site; only changing
    ("健全党委领导、政府主导、企业主体、社会组织和公众共同参与的现代环境治理体系。", {"党委", "政府"}),
    ("形成政府引导、企业主体、全社会共同参与的工作格局。", {"政府", "全社会"}),
    ("强化舆论引导和社会监督。", set()),  # one item naming one party: no division
    ("坚决贯彻落实中央决策部署。", {"中央"}),
    ("完成中央交办的任务。", {"中央"}),
    ("争取中央预算内投资支持。", set()),  # a fund's source
]
SEED = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))


def _doc(text: str):
    return parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text))


def _found(text: str, cuts) -> list:
    return [*actor_conventions.find_acting_classes(text, None, cuts), *divisions.find_division_parties(text, None, cuts),
            *actor_conventions.find_central_authority(text, cuts)]


def _texts():
    return [f"某省碳达峰实施方案\n一、重点任务\n（一）测试措施。{s}\n" for s, _ in SENTENCES] + [p.read_text() for p in SEED]


@pytest.mark.parametrize("k", range(len(SENTENCES) + len(SEED)))
def test_a_gated_finder_finds_what_it_found_without_its_gate(k, monkeypatch):
    doc = _doc(_texts()[k])
    cuts = boundaries(doc)
    gated = _found(doc.text, cuts)
    everywhere = re.compile("")
    monkeypatch.setitem(actor_conventions._rx(), "has-head", everywhere)
    monkeypatch.setattr(divisions, "_MAY_NAME", everywhere)
    monkeypatch.setattr(actor_conventions, "_central_matches", lambda text: actor_conventions._central_rx().finditer(text))
    assert gated == _found(doc.text, cuts)


@pytest.mark.parametrize("sentence, surfaces", SENTENCES)
def test_what_the_gated_finders_find(sentence, surfaces):
    doc = _doc(f"某省碳达峰实施方案\n一、重点任务\n（一）测试措施。{sentence}\n")
    assert {doc.text[s:e] for s, e, *_ in _found(doc.text, boundaries(doc))} == surfaces


def test_the_gates_pass_over_most_places():
    text = _doc(SEED[0].read_text()).text
    anchors = [m.end() for m in actor_conventions._rx()["opens"].finditer(text)]
    heads = [p for p in anchors if actor_conventions._rx()["has-head"].match(text, p)]
    named = [p for p in anchors if divisions._MAY_NAME.match(text, p)]
    assert len(heads) < len(anchors) / 4 and len(named) < len(anchors) / 4

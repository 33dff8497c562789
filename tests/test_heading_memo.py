"""lexicon.match_heading remembers its answer for a text (cleaning asks about each line about five times): the same
rule and match as the rules tried afresh, for every line of the seeds and the corpus, asked once or again; bounded."""
from __future__ import annotations

from pathlib import Path

import kg.lexicon as lexicon

ROOT = Path(__file__).resolve().parent.parent


def _lines() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    lines = [line.strip() for p in files for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    return [line for line in lines if line] + ["一、总体要求", "（一）指导思想。", "第一条 为了", "附件", "附件1", ""]


def _same(a, b) -> bool:
    (ra, ma), (rb, mb) = a, b
    if ra is not rb:
        return False
    return ma is None and mb is None or (ma.span() == mb.span() and ma.groups() == mb.groups() and ma.re is mb.re)


def test_remembered_answers_are_the_rules_answers():
    lines = _lines()
    assert sum(lexicon._match_heading(t)[0] is not None for t in lines) >= 50  # headings among them, not only misses
    for t in lines:
        assert _same(lexicon.match_heading(t), lexicon._match_heading(t)), t
        assert _same(lexicon.match_heading(t), lexicon._match_heading(t)), t  # asked again: from the memo


def test_the_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(lexicon, "_HEADINGS", {})
    monkeypatch.setattr(lexicon, "_HEADINGS_MAX", 3)
    for t in ("一、总体要求", "二、主要目标", "三、重点任务", "四、保障措施", "五、附则"):
        lexicon.match_heading(t)
        assert len(lexicon._HEADINGS) <= 3
    assert lexicon.match_heading("五、附则")[0] is lexicon._match_heading("五、附则")[0] is not None

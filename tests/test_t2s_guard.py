"""Traditional → simplified only where OpenCC would change something (kg/text/punctuation.py):
the guard's characters cover every changing entry of the t2s dictionaries, paragraphs that hold one
are still converted, the others never reach OpenCC, and on dev texts skipping changes nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.text import punctuation
from kg.text.lines import Paragraph
from kg.text.punctuation import _t2s, _traditional, normalise

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon"
DEV = ["480", "34", "452", "81", "340"]  # dev documents (corpus/keys/split.tsv), never a held-out one


def _par(text: str) -> Paragraph:
    return Paragraph(list(text), list(range(len(text))))


def test_every_changing_entry_holds_a_guard_character():
    guard = _traditional()
    changing = [k for group in _t2s()._dict_chain_data for _, _, entries in group
                for k, v in entries.items() if v.split(" ")[0] != k]
    assert len(changing) > 4000
    assert [k for k in changing if guard.isdisjoint(k)] == []


def test_guard_leaves_common_simplified_characters_out():
    # characters of phrases such as 重覆 or 衹得 that are ordinary simplified text
    assert not _traditional() & set("重目生一方量成以到性信按明指不上得然文代示解")
    assert {"覆", "藉", "瞭", "衹"} <= _traditional()


@pytest.mark.parametrize("text, expected", [
    ("推動綠色發展", "推动绿色发展"),
    ("反覆論證", "反复论证"),      # a phrase entry whose characters are no changing character alone
    ("藉此推进", "借此推进"),
    ("衹得如此", "只得如此"),
])
def test_traditional_still_converted(text, expected):
    assert normalise(_par(text)).text == expected


@pytest.mark.parametrize("text", ["重复建设，明确目标", "推动绿色低碳发展，到2030年", "以信息化手段提升治理能力"])
def test_simplified_paragraph_never_reaches_opencc(text, monkeypatch):
    _traditional()  # made before OpenCC is taken away

    class Refuse:
        def convert(self, s):
            raise AssertionError(f"OpenCC called on {s!r}")

    monkeypatch.setattr(punctuation, "_t2s", lambda: Refuse())
    assert normalise(_par(text)).text == text


@pytest.mark.skipif(not POOL.is_dir(), reason="../shared/dual-carbon not present")
def test_skipped_lines_are_unchanged_by_opencc_on_dev_texts():
    guard, conv = _traditional(), _t2s()
    skipped = 0
    for n in DEV:
        for line in (POOL / f"{n}.txt").read_text(encoding="utf-8").split("\n"):
            if guard.isdisjoint(line):
                skipped += 1
                assert conv.convert(line) == line, (n, line[:40])
    assert skipped > 100


# normalise's steps visit only the characters they may change (regular expressions find them):
# what each step does, and what it leaves alone
@pytest.mark.parametrize("text, expected", [
    ("２０３０年ＣＯ２", "2030年CO2"),          # full-width digits and letters
    ("５０％", "50%"),                          # a full-width symbol
    ("发展 绿色", "发展绿色"),                   # a space beside Chinese is layout
    ("发展\u3000\u3000绿色", "发展绿色"),
    ("a\tb", "a b"), ("x\x01y", "x y"),         # a tab, a control character: a space between letters
    ("energy  use", "energy use"),              # two spaces between letters: one
    ("目标,任务;措施", "目标，任务；措施"),       # half-width punctuation beside Chinese
    ("(一)", "（一）"),
    ("1,000吨", "1,000吨"), ("10:30", "10:30"),  # inside numbers: kept
    ("a,b", "a,b"),                             # between letters: kept
    ("到2030年:", "到2030年："),
])
def test_normalise_steps(text, expected):
    assert normalise(_par(text)).text == expected


def test_normalise_keeps_each_characters_source_offset():
    out = normalise(_par("发展 ,绿色"))
    assert out.text == "发展，绿色" and out.src == [0, 1, 3, 4, 5]

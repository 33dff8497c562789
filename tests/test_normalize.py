"""Normalisation before cleaning: look-alike, invisible, surrogate and private-use characters, counted."""
from __future__ import annotations

import unicodedata

import pytest

from kg.text.clean import clean
from kg.text.normalize import _PLAIN, _decide, normalize
from kg.pipeline import process_bytes

from tests.conftest import SEED

# input, normalised text, counts
CHANGED = [
    ("math-bold", "𝐀𝐁𝐂排放", "ABC排放", {"compatibility": 3}),
    ("math-italic-CO2", "𝐶𝑂₂排放", "CO2排放", {"compatibility": 3}),
    ("surrogate-pair-as-two", "\ud835\udc00x", "Ax", {"compatibility": 1, "surrogate-pair": 1}),
    ("lone-high-surrogate", "碳\ud835达峰", "碳达峰", {"surrogate": 1}),
    ("lone-low-surrogate", "碳\udc00达峰", "碳达峰", {"surrogate": 1}),
    ("zero-width-space", "一、\u200b总体要求", "一、总体要求", {"format": 1}),
    ("zero-width-joiner", "碳\u200d达\u200c峰", "碳达峰", {"format": 2}),
    ("bidi-override", "关于\u202e见意\u202c的通知", "关于见意的通知", {"format": 2}),
    ("bidi-isolates", "\u2066标题\u2069", "标题", {"format": 2}),
    ("bom-inside", "第一段\ufeff第二段", "第一段第二段", {"format": 1}),
    ("soft-hyphen", "low\u00adcarbon", "lowcarbon", {"format": 1}),
    ("hangul-filler", "一、\u3164总体", "一、 总体", {"format": 1}),
    ("variation-selector", "碳\ufe0f达峰", "碳达峰", {"format": 1}),
    ("kangxi-radicals", "⼯作⽅案", "工作方案", {"compatibility": 2}),
    ("compat-ideograph", "\uf900\U0002f800", "豈丽", {"compatibility": 2}),
    ("ratio-colon", "5.8︰47.8", "5.8：47.8", {"compatibility": 1}),
    ("wingdings-bullet", "\uf0b7各有关单位", "•各有关单位", {"private-use": 1}),
    ("hangul-filler-run", "建设局\u3164\u3164长沙市", "建设局  长沙市", {"format": 2}),
    ("parenthesized", "⑴建设㈠总体", "(1)建设(一)总体", {"compatibility": 2}),
    ("digit-full-stop", "⒈任务", "1.任务", {"compatibility": 1}),
    ("superscript-units", "m³ ㎡", "m3 m2", {"compatibility": 2}),
    ("halfwidth-cjk-punct", "｢碳｣｡", "「碳」。", {"compatibility": 3}),
    ("symbol-font-formula", "AE\uf03d\uf0e5\uf028AD\uf0b4C\uf029", "AE=∑(AD×C)", {"private-use": 5}),
    ("toc-leader-glyph", "形势与挑战\U001001ba\U001001ba\U001001ba1", "形势与挑战...1", {"private-use": 3}),
    ("unknown-private-use", "碳\ue000达\U000f0001峰", "碳达峰", {"private-use": 2}),
    ("cjk-font-decimal-point", "1516\U001001b05万千瓦", "1516.5万千瓦", {"private-use": 1}),
    ("unknown-glyph-inside-a-figure", "达到92\U000f00015%", "达到92\ufffd5%", {"private-use": 1}),
    ("lone-surrogate-inside-a-figure", "达到92\ud8355%", "达到92\ufffd5%", {"surrogate": 1}),
]

# text that must come out exactly as it went in (clean.py and the lexicons rely on it)
UNCHANGED = [
    ("fullwidth-punctuation", "一、总体要求（一）指导思想：坚持，推进；完成！？"),
    ("fullwidth-digits-letters", "２０２５年ＧＤＰ下降１３．５％"),
    ("ideographic-space", "一、\u3000总体要求"),
    ("ellipsis", "等……。"),
    ("roman-numerals", "达到或好于Ⅲ类，Ⅰ—Ⅳ类水"),
    ("circled-numbers", "①加强②推进⑳；注：100①%，❶➀㉑㊱"),  # NFKC would make 100①% read 1001%
    ("primes", "北纬18°09′34″"),
    ("no-break-space", "10\u00a0000"),
    ("cjk-punctuation", "《意见》「」『』〔2021〕【】—·"),
    ("plain", "到2025年，单位国内生产总值能源消耗比2020年下降13.5%。"),
]


@pytest.mark.parametrize("name,src,want,counts", CHANGED, ids=[c[0] for c in CHANGED])
def test_characters_normalised_and_counted(name, src, want, counts):
    n = normalize(src)
    assert n.text == want
    assert n.counts == counts
    assert len(n.back) == len(n.text) + 1 and n.back[-1] == len(src)
    assert n.back == sorted(n.back) and all(0 <= b < len(src) for b in n.back[:-1])
    again = normalize(n.text)  # idempotent
    assert again.text == n.text and again.counts == {}
    n.text.encode("utf-8")  # never a UnicodeEncodeError


@pytest.mark.parametrize("name,src", UNCHANGED, ids=[c[0] for c in UNCHANGED])
def test_characters_kept(name, src):
    n = normalize(src)
    assert n.text == src and n.back is None and n.counts == {}


def test_back_map_points_at_the_source_character():
    src = "x\u200b𝐀⑴\ud835y"
    n = normalize(src)
    assert n.text == "xA(1)y"
    assert [src[b] for b in n.back[:-1]] == ["x", "𝐀", "⑴", "⑴", "⑴", "y"]


def test_fast_path_characters_are_never_changed():
    # the regex that skips plain runs must never skip a character a rule would change
    for o in range(0x10000):
        if 0xD800 <= o <= 0xDFFF:
            continue
        ch = chr(o)
        if _PLAIN.fullmatch(ch):
            assert _decide(ch) is None, hex(o)


def test_seed_cleaned_text_and_offsets_unchanged(monkeypatch):
    import kg.text.clean as C
    from kg.text.normalize import Normalized

    src = SEED.read_text(encoding="utf-8")
    with_norm = clean(src)
    monkeypatch.setattr(C, "normalize", lambda s: Normalized(s, None, {}))
    without = C.clean(src)
    assert with_norm.text == without.text and with_norm.offsets == without.offsets
    assert with_norm.normalised == {}


def test_clean_maps_offsets_through_normalisation():
    src = "关于\u202e推进\u200b工作的意见\n一、总体要求\n（一）指导思想。坚持𝐀\ud835方向，推进⑴工作。\n"
    c = clean(src)
    assert "\u202e" not in c.text and "\u200b" not in c.text and "\ud835" not in c.text
    assert "坚持A方向" in c.text and "推进（1）工作" in c.text
    assert c.normalised == {"compatibility": 2, "format": 2, "surrogate": 1}
    assert len(c.offsets) == len(c.text) + 1
    for i, ch in enumerate(c.text):
        if ch != "\n" and unicodedata.normalize("NFKC", ch) == ch and ch in src and ch not in "（）1A":
            assert src[c.offsets[i]] == ch, (i, ch)
    i = c.text.index("A")
    assert src[c.offsets[i]] == "𝐀"
    assert clean(c.text).text == c.text  # cleaning is still idempotent


def test_counts_land_in_the_document_metadata():
    text = SEED.read_text(encoding="utf-8").replace("总体要求", "总体\u200b要求", 1).replace("美丽中国", "美丽𝐀中国", 1)
    doc = process_bytes(text.encode("utf-8"), "seed.txt")
    assert doc.meta["normalised"] == {"compatibility": 1, "format": 1}
    assert "\u200b" not in doc.text and "美丽A中国" in doc.text

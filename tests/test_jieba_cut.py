"""kg/annotate/jieba_cut.py: the words of every block are jieba's own (``Tokenizer.__cut_DAG_NO_HMM`` with the
tagger's dictionary): on the corpus's and the seed's blocks, on random blocks of their characters with letters and
digits among them, and on the shapes where a route ties or no word starts."""
from __future__ import annotations

import random
from pathlib import Path

import jieba
import pytest

from kg.annotate import base
from kg.annotate.jieba_cut import cut_no_hmm

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _jieba(tk, block):
    return tuple(jieba.Tokenizer._Tokenizer__cut_DAG_NO_HMM(tk, block))


def _tokenizer():
    """The shared tokenizer with every part of its dictionary merged (annotate/dictionary_parts.py)."""
    tk = base.tokenizer()
    if tk._parts is not None:
        tk._parts.whole(tk.FREQ)
    return tk


def _blocks() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    out = set()
    for f in files:
        for blk in jieba.re_han_default.split(f.read_text(encoding="utf-8")):
            if blk and jieba.re_han_default.match(blk):
                out.add(blk)
    return sorted(out)


def test_the_corpus_blocks_cut_as_jieba_cuts_them():
    tk = _tokenizer()
    blocks = _blocks()
    assert len(blocks) > 500
    assert [cut_no_hmm(tk.FREQ, tk.total, b) for b in blocks] == [_jieba(tk, b) for b in blocks]


def test_random_blocks_cut_as_jieba_cuts_them():
    tk = _tokenizer()
    rng = random.Random(17)
    alphabet = sorted({c for b in _blocks()[:2000] for c in b}) + list("abcXYZ0129+#.&")
    blocks = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(5000)]
    assert [cut_no_hmm(tk.FREQ, tk.total, b) for b in blocks] == [_jieba(tk, b) for b in blocks]
    scores: dict = {}  # the fragments' scores kept across blocks, as the shared tokenizer keeps them
    assert [cut_no_hmm(tk.FREQ, tk.total, b, scores) for b in blocks + _blocks()] == [_jieba(tk, b) for b in blocks + _blocks()]
    assert scores


@pytest.mark.parametrize("block", [
    "碳达峰碳中和", "推进美丽中国建设", "PM2.5浓度下降", "abc", "a1b2", "2030年", "能源局和发展改革委",
    "的", "龘靐齉", "CO2排放", "x", "研究生命起源",  # a word nowhere in the dictionary; ambiguous routes
])
def test_shapes_cut_as_jieba_cuts_them(block):
    tk = _tokenizer()
    assert cut_no_hmm(tk.FREQ, tk.total, block) == _jieba(tk, block)


def test_the_memo_tokenizer_gives_jieba_words():
    tk = _tokenizer()
    line = "到2025年，非化石能源消费比重达到20%左右，PM2.5浓度持续下降。"
    tk._blocks.clear()
    words = list(tk.cut(line, HMM=False))
    plain = jieba.Tokenizer()  # jieba's own tokenizer with the same dictionary
    plain.FREQ, plain.total, plain.initialized = tk.FREQ, tk.total, True
    assert words == list(plain.cut(line, HMM=False)) == list(tk.cut(line, HMM=False))  # the second from the memo
    assert "".join(words) == line


def _han_tokens(tokens):
    return [t for t in tokens if len(t) >= 2 and any("\u4e00" <= ch <= "\u9fff" for ch in t)]


def test_block_words_are_lcuts_tokens_of_two_characters_with_a_chinese_one():
    """``block_words`` (the profiles' and alignment's tokens) gives what ``lcut(text, HMM=False)`` gives, filtered as
    they filter it (two characters or more, a Chinese one among them), on whole texts, their lines and random strings
    of block and non-block characters; and what it leaves out are the single characters, spaces and line breaks
    jieba yields between blocks."""
    from kg.annotate.jieba_cut import block_words

    tk = base.tokenizer()
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert texts, "no texts: the test proves nothing"
    rng = random.Random(17)
    alphabet = "国家能源碳达峰 \r\n\t、，。abcXYZ0123+#&._%-（）\u9fd6\u9fffé𠀀"
    strings = [s for t in texts for s in [t, *t.split("\n")]] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(40))) for _ in range(2000)]
    for s in strings:
        assert _han_tokens(block_words(tk, s)) == _han_tokens(tk.lcut(s, HMM=False))
    assert block_words(tk, "国家 能源\r\n，碳达峰") == ["国家", "能源", "碳达峰"]  # no space, break or comma

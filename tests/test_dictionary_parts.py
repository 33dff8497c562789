"""jieba's dictionary read one part per first character (kg/annotate/dictionary_parts.py): the tokenizer cuts as with
the whole dictionary, and ends with the same FREQ once every part is merged."""
from pathlib import Path

import jieba
import pytest

from kg.annotate import base
from kg.annotate.dictionary_parts import Parts, split

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))


def _tokenizer(lazy: bool):
    """The tagger's tokenizer as ``base.tokenizer`` makes it: from the whole dictionary, or from its parts."""
    base._load_dictionary(jieba)
    tk = base._memo_tokenizer_class(jieba)()
    if lazy:
        tk.FREQ, tk.total, tk.initialized, tk._parts = {}, jieba.dt.total, True, Parts(split(jieba.dt.FREQ))
        tk._parts.start(tk.FREQ)
    else:
        tk.FREQ, tk.total, tk.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
    for word in base.lexicon_words():
        tk.add_word(word, freq=max(tk.suggest_freq(word, tune=False), 100000))
    return tk


@pytest.fixture(scope="module")
def pair():
    return _tokenizer(False), _tokenizer(True)


def test_the_parts_cut_every_line_as_the_whole_dictionary(pair):
    whole, parts = pair
    lines = [line for p in TEXTS for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]
    assert lines, "no texts: the test proves nothing"
    assert len(parts.FREQ) < len(whole.FREQ)  # the parts are read as the texts need them, not at once
    for line in lines:
        assert parts.lcut(line, HMM=False) == whole.lcut(line, HMM=False)
        assert list(parts.tokenize(line, HMM=False)) == list(whole.tokenize(line, HMM=False))
    assert parts.lcut("碳达峰碳中和", HMM=True) == whole.lcut("碳达峰碳中和", HMM=True)  # get_DAG reads the parts too
    assert parts.lcut("耄耋之年𠀀", cut_all=True) == whole.lcut("耄耋之年𠀀", cut_all=True)


def test_every_part_merged_gives_the_same_dictionary(pair):
    whole, parts = pair
    parts._parts.whole(parts.FREQ)
    assert parts.FREQ == whole.FREQ and parts.total == whole.total
    assert not parts._parts._left


@pytest.mark.parametrize("text", ["国家", "国家".encode("utf-8"), ("国", "家"), ["国家", "能源"], ""])
def test_need_reads_a_string_its_bytes_or_its_segments(text):
    freq = {}
    parts = Parts(split({"国": 5, "国家": 9, "家": 3, "能": 1, "能源": 4, "": 7}))
    parts.start(freq)
    parts.need(freq, text)
    wanted = {"": 7, "国": 5, "国家": 9, "家": 3} if text else {"": 7}
    if text == ["国家", "能源"]:
        wanted.update({"能": 1, "能源": 4})
    assert freq == wanted


def test_a_longer_word_is_merged_only_when_its_first_two_characters_are_printed_side_by_side():
    freq = {}
    parts = Parts(split({"国": 5, "国家": 9, "国家级": 2, "家": 3, "家国": 6, "能": 1, "能源": 4, "": 7}))
    parts.start(freq)
    parts.need(freq, "国能家")  # each character, none of the pairs 国家, 家国, 能源
    assert freq == {"": 7, "国": 5, "家": 3, "能": 1}
    parts.need(freq, "在国家")  # 国家 side by side: its words (国家级 too: it opens with 国家), not 家国's
    assert freq == {"": 7, "国": 5, "家": 3, "能": 1, "国家": 9, "国家级": 2}
    parts.whole(freq)
    assert freq == {"": 7, "国": 5, "家": 3, "能": 1, "国家": 9, "国家级": 2, "家国": 6, "能源": 4}

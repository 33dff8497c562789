"""What keeps a build fast without changing a byte of it (issue 17): work done once, not twice."""
from __future__ import annotations

import jieba

from kg.annotate.base import lexicon_words, tokenizer


def test_the_dictionary_is_loaded_once_and_the_default_tokenizer_keeps_no_lexicon_word():
    tk = tokenizer()
    assert jieba.dt.initialized  # loaded by tokenizer(): related measures cut with it, without a second load
    # the lexicon's words went into the tagger's copy only: related measures cut as jieba alone does
    words = [w for w in lexicon_words() if w not in jieba.dt.FREQ]
    assert words, "every lexicon word is in jieba's own dictionary: the test proves nothing"
    assert all(tk.FREQ.get(w, 0) > 0 for w in words)
    assert set(jieba.dt.FREQ) < set(tk.FREQ)
    assert jieba.dt.total < tk.total
    assert "国家发展改革委" in tk.lcut("国家发展改革委推进碳达峰")
    assert "国家发展改革委" not in jieba.lcut("国家发展改革委推进碳达峰")

"""Matcher's pattern as a trie of its surfaces (kg/annotate/word_trie.py): the matches of the longest-first alternation."""
import random
import re
from pathlib import Path

import pytest

from kg.annotate.actors import matcher as actor_matcher
from kg.annotate.concepts import _FILES, matcher as concept_matcher
from kg.annotate.word_trie import trie_pattern

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))


def _alternation(words) -> re.Pattern:  # what Matcher compiled before
    return re.compile("|".join(re.escape(s) for s in sorted(words, key=lambda s: (-len(s), s))))


def _spans(rx, text, start=0, end=None):
    return [(m.span(), m.group()) for m in rx.finditer(text, start, len(text) if end is None else end)]


@pytest.mark.parametrize("words,text,found", [
    (["国家", "国家发展改革委", "国家能源局"], "由国家发展改革委、国家能源局和国家牵头", ["国家发展改革委", "国家能源局", "国家"]),
    (["ab", "abcd"], "abcabcdab", ["ab", "abcd", "ab"]),  # abc: the longer word fails, the shorter one holds
    (["a.b", "a"], "axb a.b", ["a", "a.b"]),  # a word's characters are literals
    (["企业"], "企 业", []),
])
def test_longest_word_at_each_position(words, text, found):
    assert [m.group() for m in re.finditer(trie_pattern(words), text)] == found


def test_the_lexicons_match_as_before_over_the_corpus():
    matchers = [actor_matcher()] + [concept_matcher(layer) for layer in _FILES]
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    assert texts, "no texts: the test proves nothing"
    for m in matchers:
        old, new = _alternation(m.lookup), re.compile(trie_pattern(m.lookup))
        for text in texts:
            assert _spans(new, text) == _spans(old, text)
            assert _spans(new, text, 100, 900) == _spans(old, text, 100, 900)


def test_random_words_match_as_the_alternation():
    rng = random.Random(17)
    for _ in range(300):
        words = {"".join(rng.choice("abc") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))}
        text = "".join(rng.choice("abcd") for _ in range(60))
        assert _spans(re.compile(trie_pattern(words)), text) == _spans(_alternation(words), text)

"""jieba's tags kept one string per first character (kg/annotate/word_tags.py): the dictionary's answers, word by word."""
import pytest

from kg.annotate.word_tags import Tags, pack, tagged

_TAGS = {"发展": "vn", "发展改革": "j", "发": "v", "推进": "v", "企业": "n", "参与": "v", "a": "eng", "国家": "n"}


@pytest.fixture
def tags():
    return Tags(*pack(_TAGS))


@pytest.mark.parametrize("word,tag", sorted(_TAGS.items()))
def test_every_word_gives_its_tag(tags, word, tag):
    assert tags.get(word) == tag and word in tags and tags[word] == tag


@pytest.mark.parametrize("word", ["", "发展改", "发展改革委", "展", "企", "国家 ", " 国家", "国家\n", "发展 vn", "n", "b", 3])
def test_no_other_word_has_a_tag(tags, word):  # a prefix, a longer word, a space, a line break, a tag's text
    assert tags.get(word) is None and tags.get(word, "") == "" and word not in tags
    with pytest.raises(KeyError):
        tags[word]


def test_a_word_asked_twice_gives_the_same_answer(tags):
    assert [tags.get("推进"), tags.get("推进"), tags.get("推"), tags.get("推")] == ["v", "v", None, None]


def test_gathered_words_keep_the_dictionarys_order(tags):
    assert tagged(tags, "v") == ("发", "推进", "参与") == tagged(_TAGS, "v")
    assert tagged(tags, "vn") == ("发展",) == tagged(_TAGS, "vn")

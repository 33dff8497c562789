"""A known non-state group printed with a field word before it (lane mg, issue 14 class 7): 工程建设单位, 市属国有企业.

The lexicon names the group of a named kind (科研机构, 建设单位, 国有企业: ending in a ``body_forms.tsv`` head and
longer than it) and jieba cuts it as one word; the word before it, a noun of 2–4 Han characters that opens its phrase
(after punctuation or a ``body_forms.tsv`` verb word jieba tags a verb: 发挥, 引导, 鼓励 …), names the group's field or class and
is part of its name (conventions 1, 32: a field narrows the set, another actor). The noun carries a jieba tag of
known-modifier-tag (n; or b, a distinguishing word: 大型国有企业, 国有骨干企业, 省级金融机构) and is no verb word (压实, 指导, 部分, 本市) nor a known-modifier-not word (委托, 面向, 充分利用:
verbs jieba tags nouns; 全区, 全国: no narrower set). Not read: a noun after 和/等/重点/其他 (a shared field, a
scope), after a number (2020年度), a place-tagged field (海洋科研机构: a known gap). ``actors.py`` reads these spans as
it reads ``bodies.find_modified_groups``: the longer span replaces the lexicon's and keeps its actor (and label).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from kg.annotate.base import dictionary_tags
from kg.annotate.bodies import forms

_MODIFIER = re.compile(r"[\u4e00-\u9fff]{2,4}")
_OPENS = re.compile(r"[\s，。；、：:（）()“”《》]")  # punctuation or a line break before the modifier (not 2020年度)


def find_known_modified(text: str, cuts: frozenset[int], spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) for each lexicon span of a non-state group (``spans``) a field noun names: 海洋科研机构."""
    ordered = sorted(cuts)
    tags, heads, stop = dictionary_tags(), forms().get("head", ()), set(forms().get("verb", ()))
    ok_tags, never = set(forms().get("known-modifier-tag", ())), set(forms().get("known-modifier-not", ()))
    for s, e in spans:
        i = bisect.bisect_left(ordered, s)
        if i < 1 or i >= len(ordered) or ordered[i] != s or not text.endswith(heads, s, e) or text[s:e] in heads:
            continue  # 科研机构, 建设单位, 国有企业: a named kind of a head (法人 is none; bare 企业 is bodies.find_modified_groups')
        prev = ordered[i - 1]
        word = text[prev:s]
        if not _MODIFIER.fullmatch(word) or tags.get(word) not in ok_tags or word in never or word in stop:
            continue
        before = text[ordered[i - 2]:prev] if i >= 2 else ""
        if prev > 0 and not (_OPENS.match(text, prev - 1) or before in stop and tags.get(before) == "v"):
            continue  # 电力和能源科研单位, 重点领域国有企业, 开立账户重点排放单位: a list's, a scope's or an object's word
        yield prev, e, text[prev:e]

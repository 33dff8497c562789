"""jieba's dictionary (its FREQ: every word and every prefix of one) kept one part per first character, merged into
the tagger's tokenizer as the texts it cuts need them (issue 17).

Read back whole from the machine's cache, the 498,000 words cost every build ~0.22 s of CPU (``marshal``'s strings
and a dictionary's inserts); the corpus + seeds print 1,544 distinct characters, whose parts hold 69% of them. A
part is the ``marshal`` of its words and frequencies, read back only when a block to cut, a word to add or a word
whose frequency is asked for first prints its character (``Parts.need``, called by ``base``'s tokenizer before each
of these). Every look-up jieba makes for a text is of a fragment of that text (``get_DAG``, the memo's cut,
``suggest_freq``), so each finds what the whole dictionary holds: the same words, frequencies and cuts
(``tests/test_dictionary_parts.py``); only the order of the tokenizer's FREQ differs, which nothing reads.
"""
from __future__ import annotations

import marshal


def split(freq: dict[str, int]) -> dict[str, bytes]:
    """First character → the ``marshal`` of (its words, their frequencies) in ``freq``'s order."""
    parts: dict[str, tuple[list[str], list[int]]] = {}
    for w, f in freq.items():
        words, freqs = parts.setdefault(w[:1], ([], []))
        words.append(w)
        freqs.append(f)
    return {c: marshal.dumps((tuple(words), tuple(freqs))) for c, (words, freqs) in parts.items()}


class Parts:
    """The parts not yet merged; ``need(freq, text)`` merges those of ``text``'s characters into ``freq``."""

    __slots__ = ("_left",)

    def __init__(self, parts: dict[str, bytes]):
        self._left = dict(parts)

    def need(self, freq: dict, text) -> None:
        """``text``: a string, the bytes of one (jieba decodes them), or strings (``suggest_freq``'s segments)."""
        left = self._left
        if not left:
            return
        if not isinstance(text, str):
            text = text.decode("utf-8", "replace") + text.decode("gbk", "replace") if isinstance(text, bytes) \
                else "".join(text)
        if left.keys().isdisjoint(text):
            return
        for c in left.keys() & set(text):
            words, freqs = marshal.loads(left.pop(c))
            freq.update(zip(words, freqs))

    def whole(self, freq: dict) -> None:
        """Every part left merged (what a tokenizer holds after reading texts of every character)."""
        self.need(freq, "".join(self._left))

    def start(self, freq: dict) -> None:
        """What no character asks for (a word of no character: none in jieba's dictionary) merged at once."""
        if "" in self._left:
            words, freqs = marshal.loads(self._left.pop(""))
            freq.update(zip(words, freqs))

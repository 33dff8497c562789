"""jieba's dictionary (its FREQ: every word and every prefix of one) kept one part per first character, and within it
one sub-part per first two characters, merged into the tagger's tokenizer as the texts it cuts need them (issue 17).

Read back whole from the machine's cache, the 498,000 words cost every build ~0.22 s of CPU (``marshal``'s strings
and a dictionary's inserts). A part is the ``marshal`` of its words of one character and of its sub-parts, read back
only when a block to cut, a word to add or a word whose frequency is asked for first prints its character; a
sub-part (the words opening with two given characters) only when such a text first prints those two characters side
by side (``Parts.need``, called by ``base``'s tokenizer before each of these). Every look-up jieba makes for a text is
of a fragment of that text (``get_DAG``, the memo's cut, ``suggest_freq``), so each finds what the whole dictionary
holds: the same words, frequencies and cuts (``tests/test_dictionary_parts.py``); only the order of the tokenizer's
FREQ differs, which nothing reads. The corpus + seeds print 1,544 distinct characters, whose parts hold 69% of the
words; their pairs' sub-parts 11%.
"""
from __future__ import annotations

import marshal
from itertools import accumulate
from operator import add


def split(freq: dict[str, int]) -> dict[str, bytes]:
    """First character → the ``marshal`` of (its words of one character, their frequencies; the second characters of
    its longer words, where each one's sub-part starts and ends, the sub-parts): a sub-part the ``marshal`` of (the
    words opening with those two characters, their frequencies), each in ``freq``'s order."""
    parts: dict[str, tuple[list[str], list[int], dict[str, tuple[list[str], list[int]]]]] = {}
    for w, f in freq.items():
        words, freqs, longer = parts.setdefault(w[:1], ([], [], {}))
        if len(w) > 1:
            words, freqs = longer.setdefault(w[1], ([], []))
        words.append(w)
        freqs.append(f)
    out = {}
    for c, (words, freqs, longer) in parts.items():
        subs = [marshal.dumps((tuple(w), tuple(f))) for w, f in longer.values()]
        ends = tuple(accumulate((len(b) for b in subs), initial=0))
        out[c] = marshal.dumps((tuple(words), tuple(freqs), "".join(longer), ends, b"".join(subs)))
    return out


class Parts:
    """The parts not yet merged; ``need(freq, text)`` merges those of ``text``'s characters and of its pairs of
    adjacent characters into ``freq``.

    A part is read in two steps: a character's part gives the words of that one character and, kept as bytes, the
    sub-parts of its longer words by their second character, each merged when a text first prints those two characters
    side by side. Every look-up jieba makes is of a fragment of a text it was asked about, and a fragment of two
    characters or more opens with a pair of that text: the corpus + seeds and the lexicon need 54,000 of the
    dictionary's 498,000 words and prefixes this way, 347,000 by first character alone."""

    __slots__ = ("_left", "_open", "_seen")

    def __init__(self, parts: dict[str, bytes]):
        self._left = dict(parts)  # first character → its part, not yet read
        self._open: dict[str, tuple] = {}  # first character → (second characters, sub-parts' ends, sub-parts), read
        self._seen: set[str] = set()  # pairs of characters whose sub-part is merged or absent

    def need(self, freq: dict, text) -> None:
        """``text``: a string, the bytes of one (jieba decodes them), or strings (``suggest_freq``'s segments)."""
        left, opened = self._left, self._open
        if not left and not opened:
            return
        if not isinstance(text, str):
            text = text.decode("utf-8", "replace") + text.decode("gbk", "replace") if isinstance(text, bytes) \
                else "".join(text)
        if left and not left.keys().isdisjoint(text):
            for c in left.keys() & set(text):
                words, freqs, *longer = marshal.loads(left.pop(c))
                freq.update(zip(words, freqs))
                if longer[0]:
                    opened[c] = longer
        if opened and len(text) > 1:
            seen = self._seen
            for two in set(map(add, text, text[1:])) - seen:
                seen.add(two)
                kept = opened.get(two[0])
                if kept is not None and (i := kept[0].find(two[1])) >= 0:
                    words, freqs = marshal.loads(kept[2][kept[1][i]:kept[1][i + 1]])
                    freq.update(zip(words, freqs))

    def whole(self, freq: dict) -> None:
        """Every part left merged (what a tokenizer holds after reading texts of every character and pair)."""
        self.need(freq, "".join(self._left))
        for c, (seconds, _, _) in list(self._open.items()):
            for d in seconds:
                self.need(freq, c + d)
        self._open.clear()

    def start(self, freq: dict) -> None:
        """What no character asks for (a word of no character: none in jieba's dictionary) merged at once."""
        if "" in self._left:
            words, freqs, *_ = marshal.loads(self._left.pop(""))
            freq.update(zip(words, freqs))

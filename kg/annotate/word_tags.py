"""jieba's part-of-speech tags (dict.txt: word, frequency, tag) kept as a few thousand strings, read word by word.

A build asks for the tags of about 1,400 words (``acting``, ``bodies``, ``group_heads``, ``group_modifiers``,
``locality``, ``bare_rates``: ``tags.get(word)``, ``word in tags``) and for the words of two tags (``v``; ``v`` and
``vn``). Held as a dictionary of 349,000 words the tags cost every process ~0.1 s of CPU to read back from the machine's
cache (a dictionary's inserts) and ~0.03 s more to gather the verbs. Here they are one string per first character
(``pack``: "\\nword tag\\nword tag\\n", the words of dict.txt's order, as UTF-8 bytes: ``marshal`` reads back a few
thousand byte strings without decoding their 2.2 million characters; a character's string is decoded when a word of it
is first asked for); a word's tag is found in its character's string (``str.find``) and remembered. The words of the
tags a tagger gathers are kept beside them, in dict.txt's order. The same answers as the dictionary
(``tests/test_word_tags.py`` compares every word): a word holding a space or a line break is in no entry (dict.txt's
words hold none).
"""
from __future__ import annotations

# the tags whose words a tagger gathers: bodies' verbs (v), acting's (v and vn)
GATHERED = ("v", "vn")


def pack(tags: dict[str, str]) -> tuple[dict[str, bytes], dict[str, tuple[str, ...]]]:
    """(first character → its words' lines, tag of ``GATHERED`` → its words in ``tags``' order) of word → tag."""
    lines: dict[str, list[str]] = {}
    words: dict[str, list[str]] = {t: [] for t in GATHERED}
    for w, t in tags.items():
        lines.setdefault(w[0], []).append(f"{w} {t}")
        if t in words:
            words[t].append(w)
    return ({c: ("\n" + "\n".join(rows) + "\n").encode("utf-8") for c, rows in lines.items()},
            {t: tuple(ws) for t, ws in words.items()})


class Tags:
    """word → tag as ``pack`` keeps them: ``get``, ``in``, ``[]`` and ``tagged`` (no iteration over every word)."""

    __slots__ = ("_lines", "_words", "_seen")

    def __init__(self, lines: dict[str, bytes | str], words: dict[str, tuple[str, ...]]):
        self._lines, self._words, self._seen = lines, words, {}

    def get(self, word, default=None):
        seen = self._seen.get(word, self)
        if seen is self:
            seen = self._seen[word] = self._find(word)
        return default if seen is None else seen

    def _find(self, word) -> str | None:
        if not isinstance(word, str) or not word or any(c in word for c in " \n"):
            return None
        rows = self._lines.get(word[0])
        if rows is None:
            return None
        if isinstance(rows, bytes):  # decoded when a word of its character is first asked for
            rows = self._lines[word[0]] = rows.decode("utf-8")
        at = rows.find(f"\n{word} ")
        if at < 0:
            return None
        at += len(word) + 2
        return rows[at:rows.index("\n", at)]

    def __contains__(self, word) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def tagged(self, tag: str) -> tuple[str, ...]:
        """The words of ``tag`` (one of ``GATHERED``), in dict.txt's order."""
        return self._words[tag]


def tagged(tags, tag: str) -> tuple[str, ...]:
    """The words ``tags`` (a ``Tags``, or a plain dictionary where the machine keeps no cache) gives ``tag``, in order."""
    if isinstance(tags, Tags):
        return tags.tagged(tag)
    return tuple(w for w, t in tags.items() if t == tag)

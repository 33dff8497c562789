"""Characters normalised before cleaning, each change counted, with a map back to the source.

What a reader yields may hold characters that look like others or like nothing: mathematical
letters (𝐀), Kangxi radicals (⼯ for 工), compatibility ideographs, enclosed numbers (①), zero-width
and bidi-control characters (U+200B, U+202E), lone UTF-16 surrogates from a PDF's math glyphs, and
private-use glyphs of embedded fonts. ``normalize`` rewrites them so that titles and search text
cannot be spoofed and a later ``encode("utf-8")`` cannot fail:

- ``compatibility``: NFKC of the character, except those ``ontology/characters.tsv`` keeps (the
  full-width punctuation and digits, ideographic space, … and Ⅲ that ``clean.normalise`` and the
  lexicons rely on; circled numbers ①, whose NFKC is a bare digit that glues to figures);
- ``format``: format characters (Unicode category Cf: zero-width space/joiner, BOM, bidi controls,
  soft hyphen) and variation selectors are dropped; invisible fillers become a space;
- ``surrogate``: lone surrogates are dropped; a high and low surrogate that arrive as two code points
  are joined into one character (``surrogate-pair``) and then normalised like any other;
- ``private-use``: glyphs the table maps (Symbol-font operators, a CJK font's dotted leader) are
  mapped, every other private-use character is dropped — except between two digits, where an
  unknown glyph (or a lone surrogate) becomes U+FFFD, so that 92<glyph>5% is never read as 925%.

Guarantee: ``back[i]`` is the source offset of the character ``text[i]`` came from (every character
of a replacement maps to the offset of the character it replaces), ``back[len(text)]`` is ``len(source)``,
and ``normalize(normalize(s).text).text == normalize(s).text``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kg.lexicon import read_tsv

KINDS = ("compatibility", "format", "private-use", "surrogate", "surrogate-pair")


@dataclass
class Normalized:
    text: str
    back: list[int] | None  # None: nothing changed, offsets are the identity
    counts: dict[str, int] = field(default_factory=dict)  # kind → characters changed, only kinds seen

    def source_offset(self, i: int) -> int:
        return i if self.back is None else self.back[i]


@lru_cache(maxsize=1)
def _table() -> list[tuple[int, int, str, str, str]]:
    rows = []
    for row in read_tsv("characters.tsv"):
        first, last = (int(row[k].removeprefix("U+"), 16) for k in ("first", "last"))
        rows.append((first, last, row["action"], row["to"] or "", row["kind"]))
    return rows


def _rule(ch: str) -> tuple[str, str, str] | None:
    o = ord(ch)
    for first, last, action, to, kind in _table():
        if first <= o <= last:
            return action, to, kind
    return None


# Characters no rule changes: ASCII, CJK ideographs and CJK punctuation skip the per-character look-up.
# (tests/test_normalize.py checks that no rule changes a character of this class)
_PLAIN = re.compile(r"[\x00-\x9f\u4e00-\u9fff\u3001-\u3035\u3037\u303b-\u303f\uff01-\uff5e\u2010\u2012-\u2016\u2018-\u2022\u3400-\u4dbf]+")


@lru_cache(maxsize=4096)
def _decide(ch: str) -> tuple[str, str] | None:
    """(replacement, kind) for one character, or None when it stays as it is."""
    rule = _rule(ch)
    if rule is not None:
        action, to, kind = rule
        if action == "keep":
            return None
        if action == "drop":
            return "", kind
        return to, kind
    o = ord(ch)
    if 0xD800 <= o <= 0xDFFF:
        return "", "surrogate"
    cat = unicodedata.category(ch)
    if cat == "Cf":
        return "", "format"
    if cat == "Co":
        return "", "private-use"
    nfkc = unicodedata.normalize("NFKC", ch)
    if nfkc != ch:
        # the result may itself hold characters a rule removes (a Cf inside a decomposition)
        return "".join(_decide(c)[0] if _decide(c) else c for c in nfkc), "compatibility"
    return None


DAMAGED = "\ufffd"  # what an unknown glyph between two digits becomes


def _between_digits(src: str, i: int, width: int) -> bool:
    return 0 < i and i + width < len(src) and src[i - 1].isdigit() and src[i + width].isdigit()


def normalize(src: str) -> Normalized:
    """The normalised text, its map back to ``src`` and the counts per kind (see the module doc)."""
    out: list[str] = []
    back: list[int] = []
    counts: dict[str, int] = {}
    pos = 0  # src[:pos] is already in ``out``
    n = len(src)
    i = 0
    changed = False
    while i < n:
        m = _PLAIN.match(src, i)
        if m:
            i = m.end()
            continue
        ch = src[i]
        width = 1
        o = ord(ch)
        if 0xD800 <= o <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(src[i + 1]) <= 0xDFFF:
            ch = chr(0x10000 + ((o - 0xD800) << 10) + (ord(src[i + 1]) - 0xDC00))
            width = 2
            counts["surrogate-pair"] = counts.get("surrogate-pair", 0) + 1
        decision = _decide(ch)
        if decision is None and width == 1:
            i += 1
            continue
        if not changed:
            changed = True
        # copy the unchanged run before this character
        out.append(src[pos:i])
        back.extend(range(pos, i))
        replacement, kind = decision if decision is not None else (ch, "surrogate-pair")
        if not replacement and _between_digits(src, i, width):
            # an unknown glyph inside a figure (92<U+F8FF>5%) is damage, not nothing: dropping it
            # would glue the digits into another number (925%), so it becomes U+FFFD
            replacement = DAMAGED
        if decision is not None:
            counts[kind] = counts.get(kind, 0) + 1
        out.append(replacement)
        back.extend([i] * len(replacement))
        i += width
        pos = i
    if not changed:
        return Normalized(src, None, {})
    out.append(src[pos:])
    back.extend(range(pos, n))
    back.append(n)
    return Normalized("".join(out), back, dict(sorted(counts.items())))

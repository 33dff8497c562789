"""Cleaning step 4: width, punctuation and spacing of one paragraph, traditional → simplified; every
output character keeps its source offset."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.text.lines import Paragraph

_ASCII_TO_CJK = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_TO_ASCII_EXTRA = {"％": "%", "．": ".", "／": "/", "－": "-", "＋": "+", "～": "~", "＝": "="}


def _is_control(ch: str) -> bool:
    o = ord(ch)
    return o < 0x20 or 0x7F <= o <= 0x9F or o in (0x2028, 0x2029, 0xFFFE, 0xFFFF)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and (unicodedata.east_asian_width(ch) in "WF")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    """Characters at least one of which every entry of the t2s dictionaries that changes text holds:
    a text with none of them comes out of OpenCC as it went in (a match is a substring equal to an
    entry), so it is not converted at all. Each changing one-character entry is its character; a
    changing phrase none of whose characters is one (反覆, 藉此, 瞭解) is covered by the character
    most such phrases share (覆, 藉, 瞭), so that 重, 目, 生 … do not send most paragraphs through
    OpenCC."""
    single, phrases, listed = set(), [], set()
    for group in _t2s()._dict_chain_data:  # [[(longest key, shortest key, {key: values})]], as t2s.json chains them
        for _, _, entries in group:
            for key, values in entries.items():
                if len(key) == 1:
                    listed.add(key)
                if values.split(" ")[0] != key:  # OpenCC takes the first of several values
                    (single.add(key) if len(key) == 1 else phrases.append(key))
    chosen = set(single)
    rest = [p for p in phrases if chosen.isdisjoint(p)]
    # a greedy cover: the character the most uncovered phrases hold; on a tie one the dictionaries
    # list as a character (a traditional or variant form: 衹 of 衹得, not 得), then the first in code order
    while rest:
        counts: dict[str, int] = {}
        for p in rest:
            for ch in set(p):
                counts[ch] = counts.get(ch, 0) + 1
        best = min(counts, key=lambda ch: (-counts[ch], ch not in listed, ch))
        chosen.add(best)
        rest = [p for p in rest if best not in p]
    return frozenset(chosen)


# what the width step changes: full-width letters and digits, the symbols above, wide and odd spaces, controls
_WIDTH = re.compile("[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A" + re.escape("".join(_FULL_TO_ASCII_EXTRA))
                    + "\u3000\t\u00a0\x00-\x1f\x7f-\x9f\u2028\u2029\uFFFE\uFFFF]")
_HALF = re.compile("[" + re.escape("".join(_ASCII_TO_CJK)) + "]")
_STOP = re.compile(r"\.")
_ITEM_AFTER = re.compile(r" （\d{1,2}）")  # a spaced item number after a "." (77: 工程. （1）在济南…)
_HEADING_MARK = 6  # a "." this close to a paragraph's start ends a heading's number (一., 专栏一., 第一节.), no sentence


def normalise(par: Paragraph) -> Paragraph:
    """Width, punctuation and spacing in one paragraph; every output char keeps its source offset.
    Each step visits only the characters it may change (found with a regular expression)."""
    chars, src = list(par.chars), list(par.src)
    # Full-width letters and digits to ASCII; a few full-width symbols to their usual form.
    for m in _WIDTH.finditer("".join(chars)):
        i, ch = m.start(), m.group()
        o = ord(ch)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            chars[i] = chr(o - 0xFEE0)
        elif ch in _FULL_TO_ASCII_EXTRA:
            chars[i] = _FULL_TO_ASCII_EXTRA[ch]
        elif ch in "\u3000\t\u00a0" or _is_control(ch):
            chars[i] = " "  # control characters (damage, stray bytes) are never content
    # Spaces next to CJK characters or CJK punctuation are layout, not content.
    if " " in chars:
        after = [""] * len(chars)  # the first character after i that is not a space
        following = ""
        for i in range(len(chars) - 1, -1, -1):
            after[i] = following
            if chars[i] != " ":
                following = chars[i]
        out_c, out_s = [], []
        for i, ch in enumerate(chars):
            if ch == " ":
                prev = out_c[-1] if out_c else ""
                nxt = after[i]
                if not prev or not nxt or prev == " " or _is_cjk(prev) or _is_cjk(nxt):
                    continue
            out_c.append(ch)
            out_s.append(src[i])
        chars, src = out_c, out_s
    # Half-width Chinese punctuation to full width, except inside numbers (1,000; 10:30).
    for m in _HALF.finditer("".join(chars)):
        i, ch = m.start(), m.group()
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in ",:" and prev.isdigit() and nxt.isdigit():
            continue
        if ch in "()" or _is_cjk(prev) or _is_cjk(nxt) or not nxt:
            chars[i] = _ASCII_TO_CJK[ch]
    # A full stop printed as an ASCII "." between Chinese sentences (浓厚.推动高质量发展, 77, 320, 443): 。, so the
    # structure ends the sentence there; a heading's number (一., 专栏一.) and a number's point (1.5) keep theirs.
    # A point never follows a Chinese character, so one before a number opens the next sentence (处置等.2025年年底前，
    # 大.2020年，, 百分点.38个); the value before it may be spaced off (达到90% .推进), and one before a spaced item
    # number opens the next item (…示范园区. （2）开展10家…, 77: a 专栏's items run on in one paragraph).
    text = "".join(chars)
    for m in _STOP.finditer(text):
        i = m.start()
        nxt = "（" if _ITEM_AFTER.match(text, i + 1) else chars[i + 1] if i + 1 < len(chars) else ""
        prev = chars[i - 2] if chars[i - 1] == " " and i > 1 and chars[i - 2] == "%" else chars[i - 1]
        if i > _HEADING_MARK and (_is_cjk(prev) or prev == "%") and (_is_cjk(nxt) or not nxt or nxt.isdigit() and prev != "%"):
            chars[i] = "。"
    # Dashes that lead principle lines: pdftotext prints —— as --.
    text = "".join(chars)
    for m in re.finditer(r"(?<![\w-])--(?!-)|──|－－", text):
        chars[m.start()] = chars[m.start() + 1] = "—"
    # Traditional characters that slipped in, with OpenCC; only 1:1 changes keep offsets exact.
    text = "".join(chars)
    if _traditional().isdisjoint(text):
        return Paragraph(chars, src, par.markdown)  # nothing OpenCC would change (most paragraphs)
    simplified = _t2s().convert(text)
    if simplified != text and len(simplified) == len(text):
        chars = list(simplified)
    return Paragraph(chars, src, par.markdown)

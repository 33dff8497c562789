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


def normalise(par: Paragraph) -> Paragraph:
    """Width, punctuation and spacing in one paragraph; every output char keeps its source offset."""
    chars, src = list(par.chars), list(par.src)
    # Full-width letters and digits to ASCII; a few full-width symbols to their usual form.
    for i, ch in enumerate(chars):
        o = ord(ch)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            chars[i] = chr(o - 0xFEE0)
        elif ch in _FULL_TO_ASCII_EXTRA:
            chars[i] = _FULL_TO_ASCII_EXTRA[ch]
        elif ch in "\u3000\t\u00a0" or _is_control(ch):
            chars[i] = " "  # control characters (damage, stray bytes) are never content
    # Spaces next to CJK characters or CJK punctuation are layout, not content.
    out_c, out_s = [], []
    for i, ch in enumerate(chars):
        if ch == " ":
            prev = out_c[-1] if out_c else ""
            nxt = next((c for c in chars[i + 1:] if c != " "), "")
            if not prev or not nxt or prev == " " or _is_cjk(prev) or _is_cjk(nxt):
                continue
        out_c.append(ch)
        out_s.append(src[i])
    chars, src = out_c, out_s
    # Half-width Chinese punctuation to full width, except inside numbers (1,000; 10:30).
    for i, ch in enumerate(chars):
        if ch in _ASCII_TO_CJK:
            prev = chars[i - 1] if i else ""
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                continue
            if ch in "()" or _is_cjk(prev) or _is_cjk(nxt) or not nxt:
                chars[i] = _ASCII_TO_CJK[ch]
    # Dashes that lead principle lines: pdftotext prints —— as --.
    text = "".join(chars)
    for m in re.finditer(r"(?<![\w-])--(?!-)|──|－－", text):
        chars[m.start()] = chars[m.start() + 1] = "—"
    # Traditional characters that slipped in, with OpenCC; only 1:1 changes keep offsets exact.
    text = "".join(chars)
    simplified = _t2s().convert(text)
    if simplified != text and len(simplified) == len(text):
        chars = list(simplified)
    return Paragraph(chars, src, par.markdown)

"""Numbers as headings print them: Chinese numerals ↔ integers (三十三 ↔ 33)."""
from __future__ import annotations

import re

_CN_DIGITS = "一二三四五六七八九"
_SIMPLE = re.compile(f"(?:([{_CN_DIGITS}]?)(十))?([{_CN_DIGITS}]?)")


def cn_number(num: str) -> int | None:
    """Value of a Chinese or Arabic numeral as printed in a heading ("三十三" → 33)."""
    if num.isdigit():
        return int(num)
    simple = _SIMPLE.fullmatch(num)
    if simple and num:  # 一 … 九十九, as cn2an reads them: no import of cn2an (a tenth of a second) for them
        tens, ten, ones = simple.groups()
        return (_CN_DIGITS.index(tens) + 1 if tens else 1 if ten else 0) * 10 + (_CN_DIGITS.index(ones) + 1 if ones else 0)
    import cn2an

    try:
        return int(cn2an.cn2an(num, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def cn_numeral(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (the numerals of part headings)."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens - 1] + "十")) + (_CN_DIGITS[ones - 1] if ones else "")

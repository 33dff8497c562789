"""Genre of a policy document from its title, by the rules of ``ontology/genres.tsv``."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.lexicon import cue, read_tsv

_TRAILING_PAREN = re.compile(r"[（(][^（）()]*[）)]\s*$")
_WRAPPER = re.compile(r"^.*?关于(?:" + cue("text_cues.tsv", "notice-verb") + r")[《〈]?(?P<inner>.+?)[》〉]?(?:[（(][^（）()]*[）)])?(?:的)?通知$")


@lru_cache(maxsize=None)
def genre_rules() -> tuple[tuple[str, str, re.Pattern], ...]:
    return tuple((r["genre"], r["provision"], re.compile(r["pattern"])) for r in read_tsv("genres.tsv"))


def core_title(title: str) -> str:
    """The title without trailing parentheses and 关于印发…的通知 wrappers."""
    t = re.sub(r"\s+", "", title or "").strip("《》")
    for _ in range(3):
        t2 = _TRAILING_PAREN.sub("", t).rstrip("》")
        m = _WRAPPER.match(t2)
        if m:
            t2 = m.group("inner").strip("《》")
        if t2 == t:
            break
        t = t2
    return t


def genre_of(title: str | None) -> str:
    """The genre of a title (``regulation``, ``plan`` …), ``other`` when no rule matches."""
    if not title:
        return "other"
    title = unicodedata.normalize("NFKC", title)
    t = core_title(title)
    # Several titles in one (《A》《B》): the genre of the first.
    first = re.match(r"^《([^》]+)》", re.sub(r"\s+", "", title))
    if first:
        t = core_title(first.group(1))
    whole = re.sub(r"\s+", "", title)
    for candidate in (t, _TRAILING_PAREN.sub("", whole), whole):
        for genre, _provision, pattern in genre_rules():
            if pattern.search(candidate):
                return genre
    return "other"

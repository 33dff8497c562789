"""Offices of a government or a party committee printed after it, short names ending in 办 or 委 (市政府口岸物流办,
市政府外办, 市政府合作交流办, 市委社治委, 省政府横琴办): a body of its own, of the level the name opens with
(issue 14, class 7; every body named in the policy text is keyed). ``jurisdiction.find_local`` reads only the
government or committee (市政府) and leaves the office's name. The office's name is 1–5 Han characters with no
not-in-name character (市政府要向省委 is a clause) and not a post (市委常委); it ends its word: punctuation, a joiner
or a roster title follows (``actor_cues.tsv`` office-of-*).
"""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_words
from kg.annotate.bodies import ident
from kg.annotate.places import MUNICIPALITIES, Place, levels
from kg.annotate import scan

_NOT_IN_NAME = "".join(cue_words("actor_cues.tsv", "not-in-name"))
_OFFICE = re.compile(r"(?<![\u4e00-\u9fff])(?P<level>省|市|区|县)(?:" + cue("actor_cues.tsv", "office-of-parent") + r")(?P<name>[^\W\d_a-zA-Z"
                     + _NOT_IN_NAME + r"]{1,5}?(?:办|委))(?=[、，。；）)和及与\s]|" + cue("actor_cues.tsv", "roster-title") + r")")
_NOT_OFFICE = tuple(cue_words("actor_cues.tsv", "office-of-not"))


def find_offices(text: str, place: Place | None):
    """(start, end, actor id, jurisdiction, level) of each office printed after its government or party committee."""
    home = place or Place(None, None)
    for m in scan.finditer(_OFFICE, text):
        if m.group(0).endswith(_NOT_OFFICE) or m.group("name").startswith("各"):  # 省政府各委、办、厅、局: an addressee line
            continue
        level = levels()[m.group("level")]
        jur = Place(home.province, None) if level == "province" and home.city else home
        if jur.province in MUNICIPALITIES and level == "province":
            level = "city"
        yield m.start(), m.end(), ident(jur, level, m.group(0)), jur, level

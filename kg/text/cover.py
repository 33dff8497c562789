"""A plan's cover printed under its title: the bodies that issue it, one a line, and the month it is dated
(贵州省能源局 / 贵州省发展和改革委员会 / 2022年4月), read by ``kg/text/front.py`` (``ontology/text_cues.tsv``
cover-date, issuer-end)."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.text.headings import Para

_COVER_DATE = re.compile(r"^(?:" + cue("text_cues.tsv", "cover-date") + r")$")
_COVER_ISSUER = re.compile(r"(?:" + cue("text_cues.tsv", "issuer-end") + r")$")
_COVER_REACH = 3  # issuer lines a cover prints between its title and its month
_SUBTITLE = re.compile(r"^[（(][^（）()]{1,20}[）)]$")  # the title's edition, period or status on a line of its own
_NOT_A_NAME = re.compile(r"[。，；：、,;:！？“”《》\d]")  # a sentence, a list or a date, no issuer's name


def read_cover(pars: list[Para], first: int, body_start: int, meta: dict, front: list) -> int:
    """The cover under a title whose last line is ``first - 1``: up to three issuer lines, each a short name
    ending like a body, then a month alone on its line (2022年4月, 二〇二二年四月); the title's edition, period or
    status in brackets may come first (（2021—2025年） / （发布稿）, marked ``title``). Marked ``cover-issuer`` and
    ``cover-date``: the bodies named there are no actors of the policy, and the document's issuers when nothing
    else named them (a month is no 成文日期: the document's date is left unread). Return where the preamble
    starts: after the cover, or ``first`` when there is none."""
    top = first
    while top < min(first + 2, body_start) and _SUBTITLE.match(pars[top].text):
        top += 1
    for k in range(top, min(top + _COVER_REACH + 1, body_start)):
        text = pars[k].text
        if _COVER_DATE.match(text):
            front.extend(("title", pars[j].start, pars[j].end) for j in range(first, top))
            front.extend(("cover-issuer", pars[j].start, pars[j].end) for j in range(top, k))
            front.append(("cover-date", pars[k].start, pars[k].end))
            if k > top:
                meta.setdefault("issuers", [pars[j].text for j in range(top, k)])
            return k + 1
        if len(text) > 25 or _NOT_A_NAME.search(text) or not _COVER_ISSUER.search(text):
            break
    return first

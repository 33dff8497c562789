"""A share printed without its subject takes the thing the value right before it measures (issue 14 class 5: a label
names the indicator, never a fragment of it; lane LB4).

Plans print an amount and then its share of a total in the next clause, or a table prints the share's row right under
the amount's (可再生能源电力装机超过800万千瓦，占电力总装机的比重达到30%左右; 可再生能源电力装机 万千瓦 805.5 预期性 ⏎
占电力总装机比重% 30左右): the share's phrase opens with 占 (``label-share-of`` of ``ontology/target_cues.tsv``) and names
no subject. Its label is the amount's printed indicator and its own (可再生能源电力装机占电力总装机比重), as the keys name
it; the amount is the target, record or condition ending last before the share, with nothing between them but white
space, a comma, an attribute cell or a unit (no sentence end: ``label-share-gap``). A share with no such amount before it
(…等占比达到80%) is left as it was; so is one whose subject would not make a noun phrase.

Only the label, its concept and its printed form (the amount's and the share's pieces joined, so no altLabel of a concept is
the bare 占… piece every subject's share prints) change; the value, its unit, its span and its layer stay.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.renamed import renamed
from kg.model import Annotation
from kg.annotate.indicators import label_ok

_SHARE_OF = re.compile(r"^(?:" + cue("target_cues.tsv", "label-share-of") + r")(?=[\u4e00-\u9fffA-Za-z])")
_GAP = re.compile(r"(?:" + cue("target_cues.tsv", "label-share-gap") + r")?")
_LAYERS = ("target", "record", "condition")


def _subject(x: Annotation, before: list[Annotation], text: str) -> str | None:
    """The printed indicator of the amount ending last before ``x`` with only a gap between them, else None."""
    prior = [y for y in before if y.end <= x.start and y.layer in _LAYERS]
    if not prior:
        return None
    y = max(prior, key=lambda a: (a.end, a.start))
    name = y.get("indicator_text") or ""
    if not name or _SHARE_OF.match(name) or not _GAP.fullmatch(text[y.end:x.start]):
        return None
    return name


def complete(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` (targets, records and conditions) with every share whose phrase opens with 占 and names no subject
    relabelled with the amount printed right before it (its concept with it); every other annotation as it was."""
    out = []
    for x in found:
        name = x.get("indicator_text") or ""
        subject = _subject(x, found, text) if x.layer in _LAYERS and _SHARE_OF.match(name) else None
        if subject is None or not label_ok(subject + name):
            out.append(x)
            continue
        # the printed form joins the two printed pieces (可再生能源电力装机 + 占电力总装机比重): the share's own piece alone
        # (占电力总装机比重) names no indicator, and as an altLabel it would be one of every subject's share concept
        out.append(renamed(x, subject + name))
    return out

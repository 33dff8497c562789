"""A named firm's name with the verb or preposition of its clause glued on (推进德州实华化工有限公司…, 实施晓星集团…,
引入三峡集团整合…, 以攀钢集团、…为基础): ``bodies.find_named`` runs left over jieba's words to punctuation or a
``named-stop`` word, and a verb that opens a measure is none of those. The verb is no part of the name: the firm is
named from the word after it, as key convention 1 names a non-state body wherever the text names it (inside a
project's name, convention 16, ``modifiers.project_named`` reads the trimmed name). Only names that end as a firm's
do (``acting.proper_name``): 推进 and 实施 open the names of state working groups (省推进碳达峰碳中和工作领导小组),
which keep them. Cue words: ``ontology/actor_cues.tsv`` firm-glued-verb.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.acting import proper_name
from kg.annotate.bodies import ident

_GLUED = re.compile(r"(?:" + cue("actor_cues.tsv", "firm-glued-verb") + r")")
_SHORTEST = 4  # 三峡集团: the name left after the verb


def trim_glued(text: str, found):
    """``found`` ((start, end, actor id, Place, level) of named bodies) with the verb glued before a named firm cut off."""
    for s, e, actor, jur, level in found:
        m = _GLUED.match(text, s)
        if m and level == "any" and proper_name(text[s:e]) and e - m.end() >= _SHORTEST:
            yield m.end(), e, ident(None, "any", text[m.end():e]), jur, level
        else:
            yield s, e, actor, jur, level

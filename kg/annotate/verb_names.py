"""Indicator names that hold a verb of action as part of a noun phrase (issue 14, lane TK6): the phrase check
(``indicators.label_ok``) rejects any name holding one of ``action-verb`` (推进, 实施, 建立 …), which drops the target
with its name. Two shapes of the pool are names all the same:

- a relative clause opening the name, closed by 的 before the thing it says which (建立长效管护机制的嘎查村达到90%左右,
  实施清洁生产审核的重点企业比例达100%): the things that did the act, counted or measured;
- 实施 inside the name right before the measure, or before a short noun and the share closing it (保护性耕作实施面积力争
  达到520万亩, 城镇新建建筑和市政设施建设工程实施绿色施工比例达到60%: ``name-verb-noun``, ``name-verb-measure`` of
  ``ontology/target_cues.tsv``).

The name with the verb's words masked must pass the phrase check as it is; a verb opening the name with no 的 closing
its clause (整县推进保护性耕作面积…, 研究提前实施船舶…) stays rejected."""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_words
from kg.annotate.indicators import ACTION_VERBS, label_ok

_RELATIVE = re.compile(r"^(?:" + ACTION_VERBS.pattern + r")[^的，、；。：（）()]{2,14}的(?=[\u4e00-\u9fff]{2})")
_MEASURE = r"(?:" + cue("target_cues.tsv", "name-verb-measure") + r")"
_NOUN_VERB = re.compile(r"(?<=[\u4e00-\u9fff])(?:" + cue("target_cues.tsv", "name-verb-noun") + r")(?=" + _MEASURE
                        + r"$|[\u4e00-\u9fff]{2,6}" + _MEASURE + r"$|" + _MEASURE + r"占)")
_BARE = frozenset(cue_words("target_cues.tsv", "generic-head") + cue_words("target_cues.tsv", "rate-head")
                  + cue_words("target_cues.tsv", "measure-noun"))  # 推进实施的比例: a head alone names nothing


def verb_in_name(name: str) -> bool:
    """Whether ``name`` (the indicator's text as printed, 的 kept) holds its verb of action inside a noun phrase."""
    relative = _RELATIVE.match(name)
    if relative:
        rest = name[relative.end():]
    else:
        inside = _NOUN_VERB.search(name)
        if inside is None:
            return False
        rest = name[: inside.start()] + name[inside.end():]
    rest = rest.replace("的", "")
    return not ACTION_VERBS.search(rest) and rest not in _BARE and label_ok(rest)

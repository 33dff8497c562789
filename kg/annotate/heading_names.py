"""An indicator's name printed after the heading of its item and a colon (issue 14, lane TK6): a 专栏 box's or a task
list's items open with their name (“光伏+”住宅：新增装机超过10万千瓦; 节水减排工程：推进泰州海陵工业园区再生水回用率达到
80%; 特色经济林产业建设：规划建成八角基地约40万公顷), and the phrase check rejects the name with its colon, dropping the
target. The name is what follows the colon; when it is only a verb and a measure (新增装机, 新增规模: ``measure-noun``
of ``ontology/target_cues.tsv`` after the lead verbs), the heading says what is measured and opens it, as the keys name
these items (“光伏+”住宅新增装机). A heading longer than 16 characters, holding a number or a clause mark, is no
heading, nor one of a rule, a call's criteria or a project list (限项规则：每个单位限报, 考核指标：…, …建设项目：完成…:
``heading-not-item``); a name that still fails the phrase check, or a verb alone (…工程：新建), gives none."""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_words
from kg.annotate.indicators import label_ok, strip_phrase, verb_only

_HEADING = re.compile(r"^(?P<heading>[^：:，；。、\d]{2,16})[：:](?P<name>[^：:]{2,})$")
_MEASURES = frozenset(cue_words("target_cues.tsv", "measure-noun"))
_NOT_ITEM = re.compile(r"(?:" + cue("target_cues.tsv", "heading-not-item") + r")$")
_MAKING = re.compile(r"^(?:" + "|".join(cue_words("target_cues.tsv", "creation")) + r")+")


def after_heading(name: str) -> str | None:
    """The name after its item's heading (新增装机 of “光伏+”住宅：新增装机), the heading before it when the name is only
    a verb and a measure (“光伏+”住宅新增装机); None when ``name`` holds no heading or the rest is no noun phrase."""
    m = _HEADING.match(name.strip())
    if m is None or _NOT_ITEM.search(m.group("heading")):
        return None
    rest, _ = strip_phrase(m.group("name"))
    if _MAKING.sub("", rest) in _MEASURES:
        rest = m.group("heading").strip() + rest
    return rest if len(rest) >= 2 and label_ok(rest) and not verb_only(rest) else None

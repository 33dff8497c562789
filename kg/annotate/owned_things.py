"""Printings of an actor that name something the actor has, not the actor (issue 14, class 7; lane ax).

Four forms of the genre, read on documents nobody keyed (corpus/actor-precision-unkeyed.md, session 20):

- its website or channel (请各项目承担单位登录省科技厅网站…, 可在生态环境部网站下载, 通过县级政府网站向社会公开): a place to
  look things up, as key convention 21 has a help desk or a mailbox, and a possessor (convention 1);
- its capacity that a measure builds (加强地市级监测机构基础仪器装备能力建设, 全面推进生态环境监测监察执法机构能力标准化建设,
  提升企业参与碳交易的能力): the object of the building verb before it (202's key: 物业管理部门, 提升…能力建设: object);
- its reform (全面完成国有林场改革, 深化国有能源企业改革, 生态环境机构改革后…): what is reformed, and a record where the text
  reports it;
- what the public wants (顺应人民群众对美丽河湖的向往, 人民群众对美好居住环境的需求也越来越高): a possessor (convention 1).

The printing is no mention of the actor there; the same name given an act elsewhere stays. Cue words:
``ontology/actor_cues.tsv`` owned-*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Annotation

_SITE = re.compile(cue("actor_cues.tsv", "owned-site"))
_BUILD = re.compile(f"(?:{cue('actor_cues.tsv', 'owned-capacity-verb')})[^，。；：！？\\n]{{0,14}}$")
# between the name and its capacity: no modal, no verb of its own (推动企业加强能力建设: 企业 acts), no list or bracket
_CAPACITY = re.compile(f"(?:(?!{cue('actor_cues.tsv', 'group-subject-modal')}|{cue('actor_cues.tsv', 'owned-capacity-verb')}|"
                       f"{cue('actor_cues.tsv', 'owned-capacity-not')})[^，。；：！？、（）()\\s]){{0,8}}?(?:{cue('actor_cues.tsv', 'owned-capacity')})")
_REFORM = re.compile(cue("actor_cues.tsv", "owned-reform"))
_WANT = re.compile(f"对[^，。；：！？\\n]{{1,16}}的(?:{cue('actor_cues.tsv', 'owned-want')})")


def owned(text: str, s: int, e: int) -> bool:
    """Whether the actor printed at ``[s, e)`` names its website, its capacity a measure builds, its reform or what it
    wants, not itself."""
    if _SITE.match(text, e) or _REFORM.match(text, e) or _WANT.match(text, e):
        return True
    return bool(_CAPACITY.match(text, e) and _BUILD.search(text, max(0, s - 40), s))


def drop_owned(text: str, out: list[Annotation]) -> list[Annotation]:
    """``out`` without the printings that name what the actor has (``owned``)."""
    return [a for a in out if not owned(text, a.start, a.end)]

"""A verb of attainment printed inside an indicator's phrase comes off its label (issue 14 class 5: a label names the
indicator as a noun phrase, no verb inside it; lane LB6).

Plans print the verb that says the level is to be reached between what the indicator is of and its measured head
(非供热期实现最小发电出力达到35%; 规划保留的水产养殖场实现尾水处理设施建设覆盖率达到80%以上; …可安装光伏屋顶面积力争实现光伏
覆盖率达到50%): the label read up to the comparator keeps it (非供热期实现最小发电出力), where the keys name the indicator
without it (非供热期最小发电出力). After every target tagger, a target's label holding a verb of attainment
(``label-inner-attain`` of ``ontology/target_cues.tsv``) after two characters or more and before a phrase closed by a
measured head (``label-inner-attain-head``: 率, 比例, 出力, 量 …) is named without the verb, where what is left is a noun
phrase (``indicators.label_ok``); its concept with it. A label closed by a thing (水质实现巩固提升的入海河流: the state
those things reach, ``opened_counts``) or opened by the verb (实现循环水利用的工厂化养殖比例: a share's state) keeps it. The
value, span, comparator and layer stay; no target is found or lost.
"""
from __future__ import annotations

import re

from kg.annotate.indicators import label_ok
from kg.lexicon import cue
from kg.annotate.renamed import renamed
from kg.model import Annotation

_INNER = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9”）]{2})(?:" + cue("target_cues.tsv", "label-inner-attain")
                    + r")(?=[\u4e00-\u9fff“])")
_HEAD = re.compile(r"(?:" + cue("target_cues.tsv", "label-inner-attain-head") + r")$")


def without_verb(name: str) -> str | None:
    """``name`` without the verb of attainment inside it, before its measured head; None when it holds none."""
    m = _INNER.search(name)
    if m is None or not _HEAD.search(name) or "的" in name[m.end():]:
        return None
    rest = name[: m.start()] + name[m.end():]
    return rest if label_ok(rest) else None


def relabel(found: list[Annotation]) -> list[Annotation]:
    """``found`` (targets) with each label holding a verb of attainment before its measured head named without it; every
    other annotation as it was."""
    out = []
    for x in found:
        named = without_verb(x.get("indicator_text") or "")
        if named is None:
            out.append(x)
            continue
        out.append(renamed(x, named))
    return out

"""Two rates printed joined by 和 (及, 与) before one value (issue 14, class 4; lane TK10, corpus/tk10-aims-frames.md):
受污染耕地安全利用率和污染地块安全利用率达到95%以上 (64, 65 dev20), 美丽城镇建设覆盖率和高原美丽乡村建设覆盖率达到100% (453),
农作物秸秆综合利用率和农作物种收综合机械化率均稳定达到96%以上 (459), 邮轮码头岸电设施使用率和港作船舶岸电使用率力争达到100%
(580). Key convention 9 reads one value for a list of indicators as one row per indicator; ``indicators.split_indicators``
splits a list on 、 whose items each name their own rate, and a list on 和 only where 分别 gives each item its value. Here
each side of the 和 names a whole rate (four characters or more ending with a rate's head: ``target_cues.tsv`` rate-head,
joined-rate-word), so the target (a record or condition too: 430's review) becomes one per rate, every other value as it
was. A side that is only a rate's word (城镇污水收集率和处理率: 处理率 has no thing) or no rate (煤炭和石油消费比重, 森林覆盖率和森林
蓄积量) leaves the label whole. A second side that names what is done and no thing (资源化利用率, 循环利用率:
joined-rate-measure) takes the first side's thing, printed once for both (城市生活垃圾无害化处理率和资源化利用率 → 城市生活垃圾
资源化利用率, as 466's key names 公路干线废旧路面材料循环利用率; lane RV19), never a rate of no thing that would merge every
document's 资源化利用率 into one indicator; when the first side has no thing apart from its measure, the label stays whole."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.indicators import label_ok
from kg.annotate.renamed import renamed
from kg.model import Annotation

_RATE = r"(?:" + cue("target_cues.tsv", "rate-head") + r")"
_MEASURE_ONLY = re.compile(r"(?:" + cue("target_cues.tsv", "joined-rate-measure") + r")+" + _RATE)
_JOINED = re.compile(r"(.{4,}?" + _RATE + r")(?:" + cue("target_cues.tsv", "joined-rate-word") + r")(.{4,}" + _RATE + r")")


def rates(name: str) -> list[str] | None:
    """The two rates ``name`` joins, each a whole rate's name; None when it is no such pair."""
    m = _JOINED.fullmatch(name or "")
    if m is None or _MEASURE_ONLY.fullmatch(m.group(1)):
        return None
    first, second = m.groups()
    if _MEASURE_ONLY.fullmatch(second):  # a measure of no thing (…无害化处理率和资源化利用率): the first side's thing
        thing = next((first[:k] for k in range(2, len(first)) if _MEASURE_ONLY.fullmatch(first[k:])), None)
        if thing is None:
            return None
        second = thing + second
    return [first, second] if label_ok(first) and label_ok(second) else None


def split(found: list[Annotation]) -> list[Annotation]:
    """``found`` with each annotation whose printed indicator joins two whole rates made one per rate, in the printed order."""
    out = []
    for x in found:
        parts = rates(x.get("indicator_text"))
        if not parts:
            out.append(x)
            continue
        for k, part in enumerate(parts):  # the index after the first keeps the printed order (annotations sort by it)
            y = renamed(x, part)
            out.append(Annotation(y.layer, y.start, y.end, y.rule, tuple(sorted({**dict(y.value), "index": (x.get("index") or 0) + k}.items()))))
    return out

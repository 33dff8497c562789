"""A label that names only what an amount is of, completed with the quantity the amount's unit measures (issue 14
class 5: a label names the indicator, never a fragment of it; lane LB3).

- A source of power named alone (``label-power-source`` of ``ontology/target_cues.tsv``) before an amount of power
  (unit kW) is that source's installed capacity: 煤电（万千瓦） 1245.3 → 煤电装机, 新增核电132.5万千瓦 → 核电装机,
  其中光伏约3100万千瓦 → 光伏装机 (``label-capacity-head``), as the keys and the genre name it (风电装机,
  非化石能源装机). Before an amount of energy (unit kWh) it is that source's generation (``label-generation-head``:
  光伏发电（亿千瓦时） 740 → 光伏发电量, 常规水电 → 常规水电发电量, as 564's dev20 key names them; lane LB9). A source with
  any other unit (风电 20%: a share) or any longer label is left as it was.
- A work done over an area or a length closing the label (``label-work-end``: 造林, 森林抚育, 封山育林, 退牧还草,
  …管网改造) before an amount of area or length is the extent of that work: it takes the quantity the unit measures
  (``unit-measure``: 造林10万亩 → 造林面积, 完成雨污合流管网改造3434公里 → 雨污合流管网改造长度), as the keys name
  it (造林面积, 森林抚育面积). A verb alone (恢复; 造林 alone is a work,
  ``label-work-whole``), a verb opening it (新建或改造) or a label that would fail the noun-phrase check is left as it was.
- A thing before an amount of area (``label-thing-extent``: 竹产业基地16万公顷, 新增绿色建筑1亿平方米) is that thing's
  area: 竹产业基地面积, 新增绿色建筑面积, as the dev keys name it 69 times of 75 (lane LB5); a label naming a quantity
  already (…保有量, …密度, …规模: ``label-extent-named``, measure-noun, generic-head, rate-head), a place alone (巴州区)
  or a label a verb closes (新建或改造) stays,
  and so does a length (燃气管道: the keys name it with or without 长度 alike).
- A change printed as an annual rate right before its value (``label-annual-change``: …年均增长10%以上, “十四五”期间
  年均下降2.6%) is that rate: the name as printed takes the head of its change (``label-annual-rate``: 集装箱铁水联运量
  → 集装箱铁水联运量年均增速, 单位地区生产总值能源消耗 → 单位地区生产总值能源消耗年均降幅), as the keys name it; a
  total change (比2020年下降13.5%) is no rate, and a label naming its rate (…年均增长率, ``label-annual-named``) stays.
- A word printed right before the statement that makes its amount what is added or newly built (``label-increment``:
  新增, 新建, 新建改造) is kept, the amount being no total: 新增污水处理能力150万吨/日 → 新增污水处理能力 (not
  污水处理能力), 新建改造市县污水收集管网3500公里, as the keys name them. A count keeps its word too where the word
  is printed right before the thing counted and the count after it (``label-increment-count``: 新建220千伏变电站5座 →
  新建220千伏变电站, 扩容110千伏变电站2座, 新增公共停车位3000个), as the dev keys name it (21 of 21 keyed quotes
  printing the word, the thing and its count; lane LB7); the amounts of a list after an amount that keeps its word take
  it too where 、 or 和 parts them (``label-increment-list``: 新建改造城区污水管网5000公里、雨水管网5000公里 → 新建改造
  雨水管网, 575's key; a comma may open a total), and so do the counts of a list after 和 (新增省级森林乡镇7个和森林村庄
  70个 → 新增森林村庄, 166's key; lane LB8); a
  count printed between the word and the thing (新建200家国家和省级绿色工厂: the key's 国家和省级绿色工厂) keeps the
  thing alone, and so does a share.

- A label that names what a share is of (``label-share-end``: …装机, …水质优良, …类水) before a level in % with no
  change is that share (非化石能源装机达到60%以上 → 非化石能源装机比例, 近岸海域水质优良 72% → 近岸海域水质优良比例, lane
  LB4), as the keys name it (非化石能源装机占比: one concept, concept-end-form); a change (…装机增长20%) stays. So does a
  label naming a part and the whole it is a share of, 占 between them, with no head (化工园区产值占行业总产值70%以上 →
  化工园区产值占行业总产值比例, 可再生能源消费总量占能源消费总量 25% → …比例: lane LB5), as the keys name it (…比重).

Only the label and its concept change; the value, its unit, its span and its layer stay.
"""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_pairs, cue_words
from kg.model import Annotation
from kg.annotate.base import tokenizer
from kg.annotate.indicators import indicator_concept, label_ok, verb_only
from kg.annotate.places import city_provinces, county_names, province_names

_POWER_SOURCES = frozenset(cue_words("target_cues.tsv", "label-power-source"))
_CAPACITY_HEAD = cue("target_cues.tsv", "label-capacity-head")
_GENERATION_HEAD = cue("target_cues.tsv", "label-generation-head")  # 发电量: a source alone before an amount of energy
_WORK_END = tuple(cue_words("target_cues.tsv", "label-work-end"))
_WORK_WHOLE = frozenset(cue_words("target_cues.tsv", "label-work-whole"))
_EXTENT = {u: m for u, m in cue_pairs("target_cues.tsv", "unit-measure").items() if u != "kW"}  # area and length
_ANNUAL = re.compile(r"(?:" + cue("target_cues.tsv", "label-annual-change") + r")[^\d，。；、]{0,4}(?:[\d.]+\s*[%％]?、)*$")
_ANNUAL_RATE = cue_pairs("target_cues.tsv", "label-annual-rate")
_ANNUAL_NAMED = re.compile(cue("target_cues.tsv", "label-annual-named"))
_INCREMENT = cue("target_cues.tsv", "label-increment")
_INCREMENT_BEFORE = re.compile(r"(?:" + _INCREMENT + r")$")
_INCREMENT_COUNT = cue("target_cues.tsv", "label-increment-count")
_INCREMENT_COUNT_BEFORE = re.compile(r"(?:" + _INCREMENT_COUNT + r")$")
_CONTINUED = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*[、，,]\s*")
_AMOUNT_LISTED = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*(?:" + cue("target_cues.tsv", "label-increment-list")
                            + r")\s*")
_OWN_VERB = re.compile(r"(?:" + cue("target_cues.tsv", "creation") + r")")
_SHARE_END = tuple(cue_words("target_cues.tsv", "label-share-end"))
_SHARE_HEAD = cue("target_cues.tsv", "label-share-head")
# 化工园区产值占行业总产值 70%: what a share is of and of what total, the head of the share not printed
_SHARE_INSIDE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9.]{2,}?(?:" + cue("target_cues.tsv", "label-share-of") + r")[\u4e00-\u9fffA-Za-z]{2,}$")
_SHARE_NAMED = tuple(cue_words("target_cues.tsv", "rate-head") + cue_words("target_cues.tsv", "generic-head"))
_THING_EXTENT = frozenset(cue_words("target_cues.tsv", "label-thing-extent"))
_EXTENT_NAMED = tuple(cue_words("target_cues.tsv", "label-extent-named") + cue_words("target_cues.tsv", "measure-noun")
                      + cue_words("target_cues.tsv", "generic-head") + cue_words("target_cues.tsv", "rate-head"))
_PLACES = county_names() | frozenset(city_provinces()) | frozenset(province_names())  # 巴州区 1900公顷: no thing's area
_LAYERS = ("target", "record", "condition")


def completed(label: str, unit: str) -> str | None:
    """The label completed with the quantity ``unit`` measures, or None when it names that quantity already."""
    if unit == "kW" and label in _POWER_SOURCES:
        return label + _CAPACITY_HEAD
    if unit == "kWh" and label in _POWER_SOURCES:  # 光伏发电（亿千瓦时） 740 → 光伏发电量; 风电 → 风电发电量
        return label[:-len(_GENERATION_HEAD) + 1] + _GENERATION_HEAD if label.endswith(_GENERATION_HEAD[:-1]) \
            else label + _GENERATION_HEAD
    if unit in _EXTENT and label.endswith(_WORK_END) and (label not in _WORK_END or label in _WORK_WHOLE) \
            and not verb_only(label) and not verb_only(tokenizer().lcut(label, HMM=False)[0]) \
            and label_ok(label + _EXTENT[unit]):
        return label + _EXTENT[unit]
    if unit in _THING_EXTENT and label and label not in _WORK_END and not label.endswith(_EXTENT_NAMED) and label not in _PLACES \
            and not verb_only(tokenizer().lcut(label, HMM=False)[-1]) and label_ok(label + _EXTENT[unit]):
        return label + _EXTENT[unit]  # 竹产业基地16万公顷: the thing's area
    return None


def share(x: Annotation) -> str | None:
    """The label of ``x`` with the head of a share, when it names what a share is of before a level in % (非化石能源装机
    达到60% → 非化石能源装机比例); else None."""
    label = x.get("indicator_label") or ""
    if x.get("unit") != "%" or x.get("change"):
        return None
    if _SHARE_INSIDE.match(label) and not label.endswith(_SHARE_NAMED):  # …占行业总产值 70% → …占行业总产值比例
        return label + _SHARE_HEAD if label_ok(label + _SHARE_HEAD) else None
    if not label.endswith(_SHARE_END) or len(label) <= max(map(len, _SHARE_END)) - 1:
        return None
    return label + _SHARE_HEAD if label_ok(label + _SHARE_HEAD) else None


def annual_rate(x: Annotation, text: str) -> str | None:
    """The name of ``x`` with the head of its annual rate of change, when its value is one (…年均增长10%); else None."""
    name, change, at = x.get("indicator_text") or x.get("indicator_label") or "", x.get("change"), x.get("value_start")
    if x.get("unit") != "%" or change not in _ANNUAL_RATE or at is None or _ANNUAL_NAMED.search(name) \
            or not _ANNUAL.search(text, x.start, at):  # 年均提高2个百分点: points a year, no rate
        return None
    return name + _ANNUAL_RATE[change] if label_ok(name + _ANNUAL_RATE[change]) else None


def increment(label: str, x: Annotation, text: str, word: str | None = None) -> str | None:
    """``label`` with the word printed right before the statement of ``x`` that makes its amount an increment
    (新增污水处理能力150万吨/日 → 新增污水处理能力), for an amount or a count of the thing printed after it (no share:
    新建建筑节能65% is no amount built: ``word``, ``count_word``'s); None when there is none or it is named."""
    if x.get("unit") == "count":  # ``word``: count_word's, read in text order
        return word + label if word and not re.search(_INCREMENT_COUNT, label) and label_ok(word + label) else None
    own = _INCREMENT_BEFORE.search(text, max(0, x.start - 4), x.start)
    word = own.group(0) if own else word  # ``word``: amount_word's, carried from the list item before
    if word is None or x.get("unit") in ("%", "pp", None, "") or re.search(_INCREMENT, label):
        return None
    return word + label if label_ok(word + label) else None


def count_word(x: Annotation, text: str, carried: tuple[int, str] | None = None) -> str | None:
    """The word of increment of a count ``x`` whose thing is printed right after it, its count after the thing, no list
    between (新建220千伏变电站5座 → 新建; not 新建充电桩、换电站各100个); else that of the count of the same list right
    before it, ``carried`` (its value's end, its word: 新建国家森林城市3个、省级森林城市13个 → 新建 both), where only 、
    or a comma parts them, the thing opens with no verb of its own (、改造500个) and its count follows it right away."""
    printed, at = x.get("indicator_text") or "", x.get("value_start")
    if not printed or at is None or not text.startswith(printed, x.start) or "、" in text[x.start:at]:
        return None
    word = _INCREMENT_COUNT_BEFORE.search(text, max(0, x.start - 4), x.start)
    if word:
        return word.group(0)
    if carried and (_CONTINUED.fullmatch(text, carried[0], x.start) or _AMOUNT_LISTED.fullmatch(text, carried[0], x.start)) \
            and not _OWN_VERB.match(printed) \
            and not text[x.start + len(printed):at].strip():  # …5个，Y达到100个: a total, no item of the list
        return carried[1]
    return None


def amount_word(x: Annotation, text: str, carried: tuple[int, str, str] | None) -> str | None:
    """The word of increment of the amount of the same list right before the amount ``x`` (its value's end, its word:
    新建改造城区污水管网5000公里、雨水管网5000公里 → 新建改造 both), where only 、 or 和 parts them (``label-increment-
    list``; a comma may open a total: 新增城市绿地1000公顷，人均公园绿地面积14平方米), the thing is printed at the
    statement's start with no verb of its own and its amount follows it right away, with the words of the first thing
    (``carried``'s third) that qualify it too (``shared_modifier``: 新建改造城区雨水管网); else None."""
    printed, at = x.get("indicator_text") or "", x.get("value_start")
    if not carried or not printed or at is None or not text.startswith(printed, x.start) or _OWN_VERB.match(printed):
        return None
    if _AMOUNT_LISTED.fullmatch(text, carried[0], x.start) and not text[x.start + len(printed):at].strip():
        return carried[1] + shared_modifier(carried[2], printed)
    return None


def shared_modifier(first: str, item: str) -> str:
    """The words opening the list's first thing ``first`` that qualify ``item`` too: where ``item`` has fewer jieba words,
    the same last one, and the first's last words are parallel to its own, word for word of one length (城区|污水|管网、
    雨水|管网 → 城区, as 575's key 新建改造城区雨水管网 reads it; not 生活|垃圾焚烧|能力、填埋|能力); else ''."""
    a, b = tokenizer().lcut(first, HMM=False), tokenizer().lcut(item, HMM=False)
    if len(b) >= len(a) or a[-1] != b[-1] or [len(w) for w in a[len(a) - len(b):]] != [len(w) for w in b]:
        return ""
    return "".join(a[:len(a) - len(b)])


def complete(found: list[Annotation], text: str) -> list[Annotation]:
    """``found`` with every target, record or condition whose label names only what its amount is of, or names the
    thing of an annual rate, or drops the word that makes its amount an increment, relabelled (its concept with it);
    every other annotation as it was."""
    words, carried = {}, {}  # the word of each count; per layer, the value's end and word of the last count that kept one
    for i in sorted((i for i, x in enumerate(found) if x.layer in _LAYERS and x.get("unit") == "count"), key=lambda i: found[i].start):
        x = found[i]  # 新建220千伏变电站3座、110千伏变电站12座: both new
        words[i] = count_word(x, text, carried.get(x.layer))
        carried[x.layer] = (x.get("value_end") or x.end, words[i]) if words[i] else None
    carried = {}  # amounts alike: 新建改造城区污水管网5000公里、雨水管网5000公里
    for i in sorted((i for i, x in enumerate(found) if x.layer in _LAYERS and x.get("unit") not in ("count", "%", "pp", None, "")),
                    key=lambda i: found[i].start):
        x = found[i]
        own = _INCREMENT_BEFORE.search(text, max(0, x.start - 4), x.start)
        words[i] = own.group(0) if own else amount_word(x, text, carried.get(x.layer))
        first = carried[x.layer][2] if not own and carried.get(x.layer) else x.get("indicator_text") or ""
        carried[x.layer] = (x.get("value_end") or x.end, own.group(0) if own else carried[x.layer][1], first) if words[i] else None
    out = []
    for i, x in enumerate(found):
        label = None
        if x.layer in _LAYERS:
            label = completed(x.get("indicator_label") or "", x.get("unit") or "") or annual_rate(x, text) or share(x)
            label = increment(label or x.get("indicator_label") or "", x, text, words.get(i)) or label
        if label is None:
            out.append(x)
            continue
        ident, label = indicator_concept(label)
        out.append(Annotation(x.layer, x.start, x.end, x.rule,
                              tuple(sorted({**dict(x.value), "indicator": ident, "indicator_label": label}.items()))))
    return out

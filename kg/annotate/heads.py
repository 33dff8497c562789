"""What a bare head or a verb alone measures: a label that is only a generic head (面积, 规模) or only a verb
(改造, 规划, 关停) names no indicator, so it is read again from the words around its value, or dropped (logged).

- A generic head right after a verb of creation measures what the verb acts on (新增水土流失治理面积100万公顷 →
  水土流失治理面积, not 面积): ``created_head``.
- A verb alone takes the thing between the verb of its comparator and its value (规划建设加氢站40座 → 加氢站), or the
  thing counted after the value (探索创建10家超级能效工厂 → 超级能效工厂). A physical amount keeps its verbs, since
  they say what the amount is of (关停退出 capacity is no capacity), and takes the quantity its unit measures
  (全年关停退出煤电机组200万千瓦 → 关停退出煤电机组容量; 全年更新改造600万千瓦 → 更新改造容量; ``unit-measure``
  of ``ontology/target_cues.tsv``). With nothing else to read it is no label: ``reread`` gives "".
"""
from __future__ import annotations

import logging
import re

from kg.lexicon import cue, cue_pairs, cue_words
from kg.annotate.base import tokenizer
from kg.annotate import heading_names, label_repair
from kg.annotate.indicators import label_ok, strip_phrase, verb_only
from kg.annotate.values import value_rx

log = logging.getLogger(__name__)

_UNIT_MEASURE = cue_pairs("target_cues.tsv", "unit-measure")
_BARE_HEADS = frozenset(cue_words("target_cues.tsv", "generic-head") + cue_words("target_cues.tsv", "measure-noun"))
_CREATION_LEAD = re.compile(r"^(?:" + cue("target_cues.tsv", "creation") + "|" + cue("target_cues.tsv", "label-verb") + r")+")
_BREAKDOWN = re.compile(r"^(?:" + cue("target_cues.tsv", "count-breakdown") + r")")
_QUOTED_QUALIFIER = re.compile(r"“[^“”]*”的(?=[\u4e00-\u9fff])")  # a quoted slogan and 的 before the thing it qualifies
_SHARE_ADVERB = re.compile(r"(?:" + cue("target_cues.tsv", "share-adverb") + r")+$")
_SHARE_PASSIVE = frozenset(cue_words("target_cues.tsv", "share-passive"))  # 得到有效处理: what is done to the population
_COUNTED = re.compile(r"\s*([^，；。、：:（）()]{2,14})")
_WORK_VERBS = frozenset(cue_words("target_cues.tsv", "work-verb"))
_SET_VERBS = frozenset(cue_words("target_cues.tsv", "set-verb"))
_EXAMPLES = re.compile(r"\s*[^，；。：:]+、[^，；。：:]+等\s*")
_EXAMPLES_SCOPE = re.compile(r"[^，；。]{0,12}?(?:" + cue("target_cues.tsv", "examples-scope") + r")")
_SET_OBJECT = re.compile(r"\s*([^，；。、：:（）()\d]{1,16}?(?:" + cue("target_cues.tsv", "set-object") + r"))(?=$|[，；。、和及与并.,;])")


def work_done(before: str, verb: str, unit: str) -> str | None:
    """完成森林质量精准提升45万亩: a work-verb (提升) right before an area or a length, after words that name no measured
    quantity, names the work done over that extent, not a change of it (公园绿地面积增加… is one): the label the work and
    the quantity its unit measures (森林质量精准提升面积, 松林改造提升面积); None otherwise."""
    if verb not in _WORK_VERBS or unit not in _UNIT_MEASURE:
        return None
    words, _ = strip_phrase(re.split(r"[，；。、：:（）()\s]", before)[-1])
    words = _CREATION_LEAD.sub("", words)
    if len(words) < 2 or words.endswith("量") or words in _BARE_HEADS or re.search(r"(?:" + "|".join(sorted(_BARE_HEADS, key=len, reverse=True)) + r")$", words):
        return None
    label = words + verb + _UNIT_MEASURE[unit]
    return label if label_ok(label) else None


def set_verb(verb: str) -> bool:
    """``verb`` sets the points of a monitoring network (设置, 布设): it counts only what ``set_object`` names."""
    return verb in _SET_VERBS


def set_object(between: str, after_value: str) -> str | None:
    """The network point a set-verb counts: the words between the verb and the value when they name one (国家设置土壤环境
    背景点2364个), else the thing after the value (设置1734个国家城市空气质量监测站点, 设置1912个监测点位并…). None when
    neither names a network point (本专题设置2个研究方向: no count of the plan)."""
    between = re.sub(r"^(?:大约|约)", "", between.strip())  # 布设约300个: 约 is the comparison
    if between:
        m = _SET_OBJECT.fullmatch(between)
        return m.group(1) if m else None
    m = _SET_OBJECT.match(re.sub(r"^\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")", "", after_value))  # 170个左右省控…
    return m.group(1).strip() if m else None


def created_head(before: str, verb: str, head: str) -> str | None:
    """The label of ``head`` standing alone after the verb of creation ``verb`` (新增水土流失|治理|面积): the words
    before the verb back to the clause's last mark, with verbs of creation off their front, then the verb and the head
    (水土流失治理面积; a scope word kept in front for the caller's ``strip_phrase``). None when ``head`` is more than a
    bare generic head, or the result is no noun phrase."""
    head = strip_phrase(head.strip())[0]  # 建设工程共7项: the adverb summing the count (trailing-word) goes
    if head not in _BARE_HEADS:
        return None
    words, scope = strip_phrase(_BREAKDOWN.sub("", re.split(r"[，；。、：:（）()\s]", before)[-1]))  # 包括…建设工程共7项
    lead = _CREATION_LEAD.match(words)
    if lead and lead.end() < len(words):
        words = words[lead.end():]
    elif lead:
        words = ""
    label = words + verb + head
    return (scope or "") + label if label_ok(label) else None


def reread(phrase: str, head: str, prefix: re.Match | None, after_value: str, unit: str) -> str:
    """``phrase`` unchanged unless it is a verb alone (``indicators.verb_only``); then what the words around the value
    name (``head``: the clause before the value, ``prefix``: the comparator's verb in it, ``after_value``: the text
    after the value, ``unit``: the value's unit code), or "" (logged) when they name nothing."""
    if not phrase or not verb_only(phrase):
        return phrase
    thing = head[prefix.end():].strip() if prefix is not None else ""
    if thing and unit == "count" and not label_ok(strip_phrase(thing)[0]) and _COUNTED.match(after_value):
        thing = ""  # 规划建设上合示范区等5个绿色生态城: the thing before the value is no noun phrase, the one after it is
    if not thing and unit not in _UNIT_MEASURE:
        rest = re.split(r"[，；。]", after_value)[0]
        listed = list(value_rx().finditer(rest)) if re.match(r"[^、，；。]{1,8}、\s*\d", rest) else []
        # 规划建设8个500千伏、50个220千伏输变电项目: the noun the listed values share, after the last
        counted = _COUNTED.match(rest[listed[-1].end():] if listed else after_value)
        thing = strip_phrase(counted.group(1))[0] if counted else ""
        words = tokenizer().lcut(thing, HMM=False) if listed and thing[:1].isdigit() else []
        thing = "".join(words[2:]) if len(words) > 2 else thing  # …、50个220千伏输变电项目: the grade is the last item's
    if thing and unit in _UNIT_MEASURE:
        label = phrase + (prefix.group(0) if prefix is not None else "") + thing + _UNIT_MEASURE[unit]
    elif thing:  # 规划建设加氢站40座 → 加氢站; 规划建设8个500千伏输变电项目: the verbs before a thing that opens with a number
        label = strip_phrase(thing)[0]
        label = label if label_ok(label) else phrase + (prefix.group(0) if prefix is not None else "") + thing
    else:
        label = phrase + _UNIT_MEASURE.get(unit, "") if unit in _UNIT_MEASURE else ""
    if not label_ok(label) or verb_only(label):
        log.info("indicator label rejected (a verb alone, nothing names what it measures): %r", phrase)
        return ""
    return label


def share_label(population: str, verb: str, state: str) -> str:
    """The share of a population that reaches a state, named as the genre names it: the state, then whose share
    (80%的学校社区达到绿色创建标准, 30%城市污水处理厂完成提标改造 → 达到绿色创建标准的学校社区比例, 完成提标改造的城市
    污水处理厂比例; an adverb before the verb goes with it: 行政村基本建成… → 基本建成…的行政村比例). A population that
    is no noun phrase, or a population or verb that ends inside a jieba word (县级及以上党政机关创|建成…, 城市|建成|区…,
    城市社区参与创建行动并|达到…), or a state holding a number (…比例达到70%以上) keeps the printed order: population,
    verb, state, 的比例. A verb of what is done to the population (得到: ``share-passive``) is off the label, the state
    after the population (行政村生活垃圾得到有效处理 → 行政村生活垃圾有效处理比例)."""
    state = _QUOTED_QUALIFIER.sub("", state)  # 建成“制度完备、…、用水高效”的节水型单位: the slogan qualifies the thing
    if verb in _SHARE_PASSIVE and label_ok(population + state):  # 行政村生活垃圾得到有效处理 → 行政村生活垃圾有效处理比例
        return population + state + "比例"
    whole = population + verb + state
    adverb = _SHARE_ADVERB.search(population)  # 行政村基本|建成…: the adverb goes with the state
    if adverb and adverb.start() >= 2:
        population, verb = population[:adverb.start()], adverb.group(0) + verb
    edges = {e for _, _, e in tokenizer().tokenize(whole, HMM=False)}
    if {len(population), len(population) + len(verb)} <= edges and label_ok(population) \
            and population[-1] not in "并和及与或" and not re.search(r"\d", state):
        return verb + state + "的" + population + "比例"
    return whole + "的比例"


def listed_verb(item: str, before: str | None, unit: str) -> str:
    """An item listed after a target that is a verb alone (扩大竹产业基地30万亩、改造270万亩; 新建充电桩1000个、改造500个):
    the thing of the target before it (``before``, its indicator text) with the verb, and for a physical amount the
    quantity of the item's ``unit`` (竹产业基地改造面积; 改造充电桩); ``item`` itself when it is no verb alone; ""
    (logged) when nothing names the thing."""
    if not verb_only(item):
        return item
    if not before:
        label = ""
    else:
        label = before + item + _UNIT_MEASURE[unit] if unit in _UNIT_MEASURE else item + before
    if not label_ok(label):
        log.info("indicator label rejected (a verb alone, nothing names what it measures): %r", item)
        return ""
    return label


def examples_then_count(between: str, after_value: str, unit: str, creation: bool) -> bool:
    """Things named as examples between a verb of creation and a count of them (完成岚山疏港铁路工程、临港铁路物流园支线
    永锋专用线等8个铁路专用线项目建设): the count is the target, the thing after it what is counted; not when the count
    scopes what follows (实施昆明市、大理州等6个州（市）的19个…, 打造以织金、纳雍等4个县为中心的…)."""
    return creation and unit == "count" and bool(_EXAMPLES.fullmatch(between)) and not _EXAMPLES_SCOPE.match(after_value)


# (moved from targets.py) a label rejected by the phrase check, read again as printed
_GLOSS_WITH_VERB = re.compile(r"[（(][^（）()]*(?:" + cue("target_cues.tsv", "change-verb") + r"|优于|劣于)[^（）()]*[）)]")


def name_as_printed(name: str, scope_word: str | None, before: str = "") -> tuple[str, str | None] | None:
    """A rejected indicator name read again: with the scope word taken off it put back, else without a bracket
    that holds a verb (a gloss), else cut to its noun phrase (``label_repair.repair``; ``before``: the words of the value's
    own sentence before its clause, where a forecast is told); (name, scope) when one reads as a noun phrase."""
    if scope_word and label_ok(scope_word + name):
        return scope_word + name, None
    plain = _GLOSS_WITH_VERB.sub("", name)
    if plain != name and label_ok(plain):
        return plain, scope_word
    headed = heading_names.after_heading(name)  # “光伏+”住宅：新增装机: the name after its item's heading
    if headed:
        return headed, scope_word
    cut = label_repair.repair(name, before)  # 森林蓄积量将, 乡村旅游重点村（镇）: cut to the noun phrase
    return (cut, scope_word) if cut else None


def in_name(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a cited title (《…》): its values are the title's, no target."""
    opened = text.rfind("《", max(0, pos - 40), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0

"""Indicator labels: the noun phrase a value measures, with scope words (``ontology/scopes.tsv``)
taken off, lists split (美丽河湖、美丽海湾建成率), checked to be a noun phrase, and resolved to a
concept of ``ontology/indicators.tsv`` or to one keyed by its text."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.lexicon import comparators, cue, cue_words, read_tsv
from kg.annotate.base import tokenizer
from kg.annotate.indicator_concepts import indicator_concept, indicator_table, label_key, surface_key  # noqa: F401 (re-exported)
from kg.annotate.places import city_provinces, county_names, province_names

_RATE_HEADS = cue_words("target_cues.tsv", "rate-head")
_CATEGORY = re.compile(cue("target_cues.tsv", "category"))
_LEAD_WORDS = re.compile(r"^(?:" + cue("target_cues.tsv", "lead-word") + r")+")


@lru_cache(maxsize=None)
def scope_words() -> tuple[str, ...]:
    """Words that say where a target applies (ontology/scopes.tsv) and the printed names of
    provinces (天津海上一次溢油控制清除能力: the place is no part of the indicator), longest first."""
    words = {r["surface"] for r in read_tsv("scopes.tsv")} | {p for p in province_names() if len(p) >= 2}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


_LABEL_BAD = re.compile(r"[，。；：、,;:!?！？“”\"（）()《》/\\]|^\d|" + cue("target_cues.tsv", "label-fragment"))  # 的…, …和, 其中…: no label
# the class word is followed by a name (two Han characters at least), never by a comparator (24小时以上, 3米以内: a value)
_CLASS_LEAD = re.compile(r"^\d+(?:[-—–]\d+)?(?:" + cue("target_cues.tsv", "label-class-lead") + r")(?:"  # 110千伏和35千伏变电容量
                         + cue("target_cues.tsv", "label-class-joined") + r")?(?=[\u4e00-\u9fff]{2})"
                         r"(?!" + "|".join(p for p, _, _ in comparators("after")) + r")")
_CLOSED_BRACKET = re.compile(r"(?<=.)（[^（）()]{1,6}）(?=.)|(?<=.)\([^()（）]{1,6}\)(?=.)")
# 水效“领跑者”企业, “两山”实践创新基地: a short term quoted inside a name is part of it (no punctuation inside the quotes)
_QUOTED_TERM = re.compile(r"“([^“”，。；：、,;:!?！？\"（）()《》/\\\s]{1,12})”")
ACTION_VERBS = re.compile(r"(?:" + cue("target_cues.tsv", "action-verb") + r")")
_CHANGE_VERB_END = re.compile(r"(?:" + cue("target_cues.tsv", "change-verb") + r")$")
# 力争到2025年底, “十四五”时期: the time words dropped from an indicator's phrase (ontology/time_cues.tsv)
_YEAR_PREFIX = re.compile(r"^(?:" + cue("time_cues.tsv", "year-lead") + r")?(?:" + cue("time_cues.tsv", "year-prep")
                          + r")?\s*(?:19|20)\d\d\s*年(?:" + cue("time_cues.tsv", "year-tail") + r")?")
_PLAN_PERIOD = re.compile(r"“?十[三四五六]五”?(?:" + cue("time_cues.tsv", "period-tail") + r")?")
_ANNUAL_LEFT = re.compile(r"^(?:" + cue("target_cues.tsv", "label-annual-left") + r")")  # 2020年|度配额…总量
_TRAILING_WORDS = re.compile(r"(?:" + cue("target_cues.tsv", "trailing-word") + "|" + cue("target_cues.tsv", "trailing-unit") + r")+$")
# 全年新建…, 年内…, 每年新增…: time words opening the phrase (the deadline is read elsewhere)
_TIME_LEAD = re.compile(r"^(?:" + cue("target_cues.tsv", "label-time-lead") + r")+")
# 培育…, 示范推广…, 投运…: a verb opening the phrase before the counted thing
_LEAD_VERBS = re.compile(r"^(?:" + cue("target_cues.tsv", "label-lead-verb") + r")+")
# a time word alone (年内, 全年) names no indicator: the phrase is empty, the thing counted is read instead
_TIME_ONLY = frozenset(cue_words("target_cues.tsv", "label-time-lead"))
_ADVERB_ONLY = frozenset(cue_words("target_cues.tsv", "label-adverb-only"))  # 重点培育…等5个: the adverb alone is no label
# a verb alone (全年更新改造, 全市规划) is a label of no indicator the survey counts (``verb-only``); it is kept
# while no other words name the thing measured, so the target stays
_VERB_ONLY = frozenset(cue_words("target_cues.tsv", "label-verb") + cue_words("target_cues.tsv", "creation")
                       + cue_words("target_cues.tsv", "lead-word"))
# 比例, 占比, 率: a head with nothing it measures
_GENERIC = frozenset(cue_words("target_cues.tsv", "generic-head") + _RATE_HEADS + cue_words("target_cues.tsv", "measure-noun"))
# 达到绿色矿山建设规范要求的矿山比例 (城市建成区达到海绵城市建设要求的比例): the requirement a share of a population reaches
_STATE_REQUIRED = re.compile(r"(?:" + cue("target_cues.tsv", "share-verb")
                             + r")[\u4e00-\u9fff]{0,12}(?:" + cue("target_cues.tsv", "label-requirement") + r")(?=[\u4e00-\u9fff]{2})")
_REQUIREMENT = re.compile(cue("target_cues.tsv", "label-requirement"))
_GRADE_LEAD = re.compile(r"^(?:" + cue("target_cues.tsv", "grade") + r")")
_END_PARTICLES = frozenset(cue_words("target_cues.tsv", "label-end-particle") + cue_words("target_cues.tsv", "label-end-predicate"))


def _ends_in_particle(label: str) -> bool:
    """社会车辆等, 城镇新建建筑中, 积极性高: the last jieba word is a particle or an adjective said of the
    thing (集中, 最高 are words of their own)."""
    tokens = tokenizer().lcut(label, HMM=False)
    return bool(tokens) and tokens[-1] in _END_PARTICLES


def label_ok(label: str) -> bool:
    """An indicator label is a noun phrase: no punctuation or bracket fragment, no verb of action,
    does not start or end with a function word (近岸海域水质优良（一比例, /日, 目标值是, 将年综合能耗),
    and is more than a scope or a time word (全省, 年内)."""
    if not label or len(label) < 2 or len(label) > 30:
        return False
    # 首台（套）重大技术装备, 充（换）电站: a short bracket closed inside the label is part of the name;
    # 10千伏线路…, 5A级旅游景区: a number glued to a class word opens a name, no fragment of a value
    if _LABEL_BAD.search(_QUOTED_TERM.sub(r"\1", _CLOSED_BRACKET.sub("", _CLASS_LEAD.sub("类", label)))) \
            or ACTION_VERBS.search(label):
        return False
    if any(unicodedata.category(ch) in ("Co", "Cn", "Cs", "Cc") for ch in label):
        return False
    if not re.match(r"[\u4e00-\u9fffA-Za-z“]", _CLASS_LEAD.sub("类", label)) or _CHANGE_VERB_END.search(label):
        return False  # .322单位…: a fragment of a number; …降低: a verb, not the indicator
    if _REQUIREMENT.search(label) and not _STATE_REQUIRED.search(label):
        return False  # 要求 names no indicator, but in the state a share reaches (达到创建要求的学校比例)
    if label in _TIME_ONLY or label in scope_words() or _ends_in_particle(label):
        return False
    if _GRADE_LEAD.match(label):
        return False  # 级煤电机组… of 30万千瓦级煤电机组: the value names a class, the label is its tail
    return True


def verb_only(label: str) -> bool:
    """The label is a verb alone, or lead verbs and a verb (改造, 规划, 新增完成, 探索创建): it names no indicator."""
    return label in _VERB_ONLY or _drop_lead(label, _LEAD_VERBS) in _VERB_ONLY


def label_shapes(label: str) -> tuple[str, ...]:
    """The failure shapes of an emitted label (``scripts/survey_labels.py`` counts them over the pool);
    empty for a noun phrase. A concept's own label (ontology/indicators.tsv) has none."""
    by_surface, _ = indicator_table()
    if surface_key(label) in by_surface:
        return ()
    out = []
    if len(label) < 2:
        out.append("one-char")
    if (_LABEL_BAD.search(label[-1:]) or _CHANGE_VERB_END.search(label) or _ends_in_particle(label)
            or re.search(r"(?:" + cue("target_cues.tsv", "trailing-word") + r")$", label)):
        out.append("ends-verb-particle")
    if _take_scope(label)[1] or _TIME_LEAD.match(label):  # 青海湖…, 天津港… open with no place
        out.append("starts-scope-place")
    bare = _CLOSED_BRACKET.sub("", re.sub(r"“[^“”]{1,12}”", "", label))
    if re.search(r"[，。；：、,;:!?！？“”\"《》/\\]", bare):
        out.append("punctuation")
    if re.search(r"[（）()]", bare):
        out.append("bracket-fragment")
    if ACTION_VERBS.search(label) or _drop_lead(label, _LEAD_VERBS) != label:  # 有机质含量 opens with no verb
        out.append("verb-inside")
    if label in _GENERIC:
        out.append("generic-head")
    if _GRADE_LEAD.match(label):
        out.append("value-fragment")  # 级煤电机组… of 30万千瓦级
    if verb_only(label):
        out.append("verb-only")
    return tuple(out)


# （PUE，指数据中心总耗电量与信息设备耗电量的比值）: a bracket that defines, not part of the name
_GLOSS = re.compile(r"（[^（）]*[，,][^（）]*）|（指[^（）]*）")


_LABEL_WORDS = re.compile(cue("target_cues.tsv", "label-word"))


@lru_cache(maxsize=8192)
def _cuts(phrase: str) -> frozenset[int]:
    """Where jieba tokens of the phrase start and end (the lexicons are its user dictionary), never
    inside a word of ``label-word`` (在役)."""
    cuts = {0, len(phrase)}
    for _, s, e in tokenizer().tokenize(phrase, HMM=False):
        cuts.update((s, e))
    for m in _LABEL_WORDS.finditer(phrase):
        cuts.difference_update(range(m.start() + 1, m.end()))
    return frozenset(cuts)


def _drop_lead(phrase: str, rx: re.Pattern, whole: bool = False) -> str:
    """``rx`` taken off the start, never inside a word: a one-character lead word inside a jieba word
    stays (在役, 使用量, 要素), and so does a longer one glued to one more character (完成率); a longer
    one glued to two or more is a verb and its object jieba merged (确保安全收贮率 loses 确保). The
    whole phrase goes only if ``whole`` (重点城市完成 keeps 完成 once the scope is off)."""
    m = rx.match(phrase)
    if not m or not m.end() or (m.end() == len(phrase) and not whole):
        return phrase
    cuts = _cuts(phrase)
    if m.end() in cuts:
        return phrase[m.end():]
    start = max(c for c in cuts if c < m.end())
    token_end = min(c for c in cuts if c > m.end())
    glued = phrase[start:m.end()]
    return phrase[start:] if len(glued) == 1 or token_end - m.end() == 1 else phrase[m.end():]


_PLACE_NOT = frozenset(cue_words("target_cues.tsv", "label-place-not"))


@lru_cache(maxsize=None)
def _place_names() -> frozenset[str]:
    """Counties, districts and cities printed in full (巴州区, 秦州区, 沈阳市), three characters or more, but names that are
    also words of the genre (``label-place-not``: 城区, 老城区)."""
    names = county_names() | {n for n in city_provinces() if n.endswith(("市", "州", "盟", "地区"))}
    return frozenset(n for n in names if len(n) >= 3 and n not in _PLACE_NOT)


def _place_scope(phrase: str) -> str | None:
    """The full name of a county, district or city opening the phrase at a jieba word's edge (巴州区|建设水源涵养林,
    新昌县|建成区绿地率): a place the target applies to, as a province's name is (lane lb4); None if none opens it. A
    phrase that is only a place (巴州区 before 建设水源涵养林1900公顷) stays: left empty, the target would go (沈阳市1500台以上)."""
    for n in range(min(len(phrase) - 2, 12), 2, -1):
        if phrase[:n] in _place_names() and n in _cuts(phrase) and phrase[n] != "、" and not phrase[n].isdigit():
            return phrase[:n]
    return None


def _take_scope(phrase: str) -> tuple[str, str | None]:
    place = _place_scope(phrase)
    if place:
        return phrase[len(place):], place
    for w in scope_words():
        # 城市、县城…率: a list item, no scope; a scope alone (全省) leaves no indicator; 青海湖流域…
        # opens with no province (青海|湖 is inside a word)
        # 天津220千伏公用变电站: a label opening with a number is refused, so the place stays
        if phrase.startswith(w) and (len(phrase) == len(w) or (len(phrase) > len(w) + 1 and phrase[len(w)] != "、"
                                                               and not phrase[len(w)].isdigit() and len(w) in _cuts(phrase))):
            return phrase[len(w):], w
    return phrase, None


# 单位国内生产总值二氧化碳排放比2020下降: a base year printed without 年; 森林覆盖率1达到: a note's mark
_BASE_OR_MARK = re.compile(r"(?:(?:比|较)\s*(?:19|20)\d\d|(?<=[\u4e00-\u9fff])\d{1,2})$")
# 非化石能源消费比重在2030年达到25%: the year the value is for, after the name (the deadline is read elsewhere)
_YEAR_SUFFIX = re.compile(r"(?:" + cue("time_cues.tsv", "year-prep") + r")\s*(?:19|20)\d\d\s*年(?:"
                          + cue("time_cues.tsv", "year-tail") + r")?$")
_END_DROP = frozenset(cue_words("target_cues.tsv", "label-end-drop"))
# 原油年产量回升并稳定在2亿吨: a change and the conjunction before the comparator
_THEN_VERB = re.compile(r"(?:" + cue("target_cues.tsv", "label-then-verb") + r")(?:" + cue("target_cues.tsv", "label-then") + r")$")


def strip_phrase(phrase: str) -> tuple[str, str | None]:
    """The indicator of a phrase before (or after) a value, and the scope word taken off it: time
    words, leading verbs and adverbs off both ends, a scope or a province name off the start (全省…,
    天津…), a verb of creation or a scope alone leaving nothing (全年更新改造 → "")."""
    phrase = _GLOSS.sub("", phrase).strip(" ，,、：:")
    dated = _YEAR_PREFIX.sub("", phrase)
    phrase = _ANNUAL_LEFT.sub("", dated) if dated != phrase else phrase  # 度假区, 度夏高峰负荷: no year, its 度 stays
    phrase = _PLAN_PERIOD.sub("", phrase)
    phrase = _YEAR_SUFFIX.sub("", phrase)
    phrase = _BASE_OR_MARK.sub("", phrase)
    phrase = _THEN_VERB.sub("", phrase)
    phrase = _TRAILING_WORDS.sub("", phrase)
    tokens = tokenizer().lcut(phrase, HMM=False)
    if len(tokens) > 1 and (tokens[-1] in _END_DROP or (tokens[-1] in _END_PARTICLES and tokens[-2].endswith(_OWN_HEADS))):
        # 平均浓度相|比2015年: 相比 cut in two; …新建建筑比例高|达77%: 高达 cut after a head (积极性高 stays whole)
        phrase = phrase[: -len(tokens[-1])]
    phrase = _drop_lead(phrase, _LEAD_WORDS, whole=True)
    scope = None
    while True:
        before = phrase
        phrase = _drop_lead(_drop_lead(_drop_lead(_YEAR_PREFIX.sub("", phrase), _LEAD_WORDS), _TIME_LEAD), _LEAD_VERBS)
        phrase, w = _take_scope(phrase)
        scope = scope or w
        if phrase == before:
            break
    phrase = phrase.strip(" ，,、的")
    if phrase in _TIME_ONLY or phrase in _ADVERB_ONLY:
        phrase = ""
    return phrase, scope


def split_indicators(phrase: str, n_values: int = 1, apart: bool = True) -> list[str]:
    """美丽河湖、美丽海湾建成率 → two indicators sharing 建成率; totals stay one indicator.

    With one value per item (分别达到400万吨、1150万吨) any list splits, on 、 or 和.
    """
    if "、" in phrase and "、" not in _CLOSED_BRACKET.sub("", phrase) and n_values == 1:
        return [phrase]  # 近岸海域水质优良（一、二类）比例: the list is inside the name's bracket
    if n_values > 1:
        for sep in ("、", "和", "、|和"):
            items = [p for p in re.split(sep, phrase) if p]
            if len(items) == n_values:
                measured = _share_measure(items)
                if measured:
                    return measured  # each item names its measure: nothing more is shared
                items = _share_qualifier(items[:-1] + [_close_list(items[-1])])
                shared = _shared_tail(items[0], items[-1], "")
                if not shared and not all(_has_head(it) for it in items[:-1]):
                    shared = _head_tail(items[-1])  # 营运货车、营运货船、港口生产能耗强度: 能耗强度 is shared
                # an item with a head of its own takes none (单位建筑面积能耗、…碳排放量 share nothing)
                return [it if it == items[-1] or _has_head(it) else it + shared for it in items]
    if "、" not in phrase:
        return [phrase]
    items = [p for p in phrase.split("、") if p]
    if _places_list(items):
        return [phrase]  # places qualifying one rate stay one indicator (corpus/keys/README.md, convention 9)
    if len(items) > 1 and all(_RATE_END.search(it) and label_ok(it) for it in items):
        return items  # 工业危险废物安全处置率、医疗废物无害化处理率: each item names its own rate
    last = items[-1]
    head = next((h for h in _RATE_HEADS if last.endswith(h)), None)
    if head is None or re.search(r"的|达到|实现", last):
        return [phrase]  # a total, or a list of industries qualifying one indicator
    # The shared head may be longer than the matched ending (水质优良比例): take the part of the
    # last item after the text it shares with the first.
    shared = _shared_tail(items[0], last, head)
    if len(last) - len(shared) > 8 or _one_class_list(items[0], last, shared):
        return [phrase]
    split = [it if any(it.endswith(h) for h in _RATE_HEADS) else it + shared for it in items]
    if not apart and not any(map(_has_head, items[:-1])) and label_ok(phrase.replace("、", "")) \
            and any(indicator_concept(it)[0].startswith("ind_") for it in split):  # subjects of one rate, not measured apart
        return [phrase]  # (公交车、出租车占比: convention 9) unless each is a known indicator (美丽河湖建成率); ``apart``: 分别/均/各
    return split


def before_then(counted: str) -> str:
    """The counted thing up to a 并 that is a jieba word of its own (…处置设施并保障稳定运行: the clause goes on with a
    second verb); 并网 and 合并 are other words."""
    at = 0
    for w in tokenizer().lcut(counted, HMM=False):
        if w == "并" and at:
            return counted[:at]
        at += len(w)
    return counted

_DISTRIBUTIVE = frozenset(cue_words("target_cues.tsv", "distributive"))


def distributive(between: str) -> bool:
    """The words between a list's last item and its one value hold 分别, 均 or 各 as a jieba word of their own
    (…排放总量比2020年分别下降, …利用率均达到; 年均, 平均 are other words): the value holds for each item."""
    return any(w in _DISTRIBUTIVE for w in tokenizer().lcut(between, HMM=False))


def split_each(phrase: str) -> list[str] | None:
    """挥发性有机物、氮氧化物排放总量 with one value for each (分别下降10%): the items, each with the head the
    list shares, when every one reads as a noun phrase naming what it measures; None when the list is inside a bracket or does not split."""
    if "、" not in _CLOSED_BRACKET.sub("", phrase):
        return None
    places = _places_list([p for p in phrase.split("、") if p])
    if places and all(label_ok(it) for it in places):
        return places  # 城区、工业园区主要道路机械化清扫率均达到86%: each place takes the rate after the last place
    for sep in ("、|和", "、"):
        n = len([p for p in re.split(sep, phrase) if p])
        if n > 1:
            items = split_indicators(phrase, n)
            # each item names what it measures: 哈尔滨市、大庆市散煤用量分别…, 包河区、庐阳区各完成… list places, no indicators
            if len(items) == n and all(label_ok(it) and _has_head(it) for it in items):
                return items
    return None

_HEAD_WORDS = frozenset(cue_words("target_cues.tsv", "head-word"))
_RATE_END = re.compile(r"[\u4e00-\u9fff]{2}(?:" + "|".join(_RATE_HEADS) + r")$")


def _head_tail(item: str) -> str:
    """The item's ending made of head words (港口生产能耗强度 → 能耗强度, 挥发性有机物重点工程减排量 →
    重点工程减排量), whole jieba words; empty when the item ends in none or is nothing else."""
    tokens = [w for w, _, _ in tokenizer().tokenize(item, HMM=False)]
    k = len(tokens)
    while k > 0 and tokens[k - 1] in _HEAD_WORDS:
        k -= 1
    return "".join(tokens[k:]) if 0 < k < len(tokens) else ""


_OWN_HEADS = tuple(_RATE_HEADS) + cue_words("target_cues.tsv", "measure-noun") + ("量", "度")


_SUBSTANCES = frozenset(cue_words("target_cues.tsv", "substance-item"))
_PER_UNIT = tuple(cue_words("target_cues.tsv", "per-unit-lead"))


_BARE_MEASURES = tuple(sorted(cue_words("target_cues.tsv", "list-bare-measure"), key=len, reverse=True))


def _share_measure(items: list[str]) -> list[str] | None:
    """规模以上工业单位增加值能耗、用水量 (…回收率和循环利用率, 人均生活用电量和用气量): items after the first that are a
    measure alone (``list-bare-measure``) take what the first item says before its own measure of that list; None
    when no later item is one, or the first item names nothing before its measure."""
    if len(items) < 2 or not any(it in _BARE_MEASURES for it in items[1:]):
        return None
    head = next((m for m in _BARE_MEASURES if items[0].endswith(m)), None)  # the longest (二氧化碳排放, not 碳排放)
    if head is None or len(items[0]) - len(head) < 2:
        return None
    return [items[0]] + [items[0][: -len(head)] + it if it in _BARE_MEASURES else it for it in items[1:]]


def _share_qualifier(items: list[str]) -> list[str]:
    """公共机构单位建筑面积能耗、人均综合能耗: items after the first that open with a ratio's word (人均,
    单位) take what the first item says before its own ratio word (公共机构), at a jieba word's edge.
    (A measure alone after the first item: ``_share_measure``.)"""
    if len(items) < 2 or not all(it.startswith(_PER_UNIT) for it in items[1:]):
        return items
    cuts = _cuts(items[0])
    at = min((i for w in _PER_UNIT for i in [items[0].find(w)] if i > 0 and i in cuts), default=-1)
    if at < 0:
        return items
    return [items[0]] + [items[0][:at] + it for it in items[1:]]


_PLACE_END = tuple(cue_words("target_cues.tsv", "place-item-end"))
_LIST_JOIN = frozenset(cue_words("target_cues.tsv", "list-join"))


def _places_list(items: list[str]) -> list[str]:
    """城市建成区、工业园区和主要交通干线机械化清扫率 (one value): places listed before one rate, each
    taking the rate the last item carries after its own place; empty when the list is of no places."""
    tokens = tokenizer().lcut(items[-1], HMM=False)
    join = next((i for i, w in enumerate(tokens) if w in _LIST_JOIN), None)
    if join:
        items = items[:-1] + ["".join(tokens[:join]), "".join(tokens[join + 1:])]
        tokens = tokens[join + 1:]
    if not all(it.endswith(_PLACE_END) for it in items[:-1]):
        return []
    # 城区、工业园区主要道路…率: the last item's place is the word ending as the first items do (园区),
    # what follows it is shared (主要道路…率); else its last place word (…主要交通干线|机械化清扫率)
    ends = tuple(e for e in _PLACE_END if any(it.endswith(e) for it in items[:-1]))
    k = next((i for i, w in enumerate(tokens[:-1]) if w.endswith(ends)), None)
    if k is None:
        k = max((i for i, w in enumerate(tokens[:-1]) if w.endswith(_PLACE_END)), default=None)
    shared = "".join(tokens[k + 1:]) if k is not None else ""
    if not shared.endswith(tuple(_RATE_HEADS)):
        return []
    return [it + shared for it in items[:-1]] + [items[-1]]


_LIST_CLOSE = frozenset(cue_words("target_cues.tsv", "list-close"))


def _close_list(last: str) -> str:
    """社会车辆等能耗强度 → 社会车辆能耗强度: 等 closes the list when only head words follow it."""
    tokens = tokenizer().lcut(last, HMM=False)
    at = next((i for i, w in enumerate(tokens) if w in _LIST_CLOSE), None)
    if at and tokens[at + 1:] and all(w in _HEAD_WORDS for w in tokens[at + 1:]):
        return "".join(tokens[:at] + tokens[at + 1:])
    return last


def _one_class_list(first: str, last: str, shared: str) -> bool:
    """省道、县道及乡村公路…利用率 (the list goes on with 及 into the last item), 新建大型、超大型数据中心PUE (grades of
    one noun, the first item ending as the last's class word): classes qualifying one indicator (convention 9)."""
    own = last[: len(last) - len(shared)]
    return bool(_LIST_JOIN_START.match(shared)) or (len(own) >= 2 and first.endswith(own[-2:]))


_LIST_JOIN_START = re.compile("|".join(sorted(_LIST_JOIN, key=len, reverse=True)))


def one_indicator_list(phrase: str) -> bool:
    """The phrase lists places or classes that qualify one indicator (城市建成区、工业园区和主要交通干线机械化清扫率;
    省道、县道及乡村公路…利用率; 新建大型、超大型数据中心…): its label keeps the list (convention 9 of the keys)."""
    items = [p for p in phrase.split("、") if p]
    if len(items) < 2 or "、" not in _CLOSED_BRACKET.sub("", phrase) or not label_ok(phrase.replace("、", "")):
        return False
    head = next((h for h in _RATE_HEADS if items[-1].endswith(h)), None)
    return bool(_places_list(items)) or head is not None and _one_class_list(items[0], items[-1], _shared_tail(items[0], items[-1], head))


def _has_head(item: str) -> bool:
    """The item names what it measures (人均用水量, 单位建筑面积能耗), not only whose (营运货车) or
    which substance (化学需氧量 ends in 量 and measures nothing by itself)."""
    if item in _SUBSTANCES:
        return False
    tokens = tokenizer().lcut(item, HMM=False)
    return bool(tokens) and (tokens[-1] in _HEAD_WORDS or item.endswith(_OWN_HEADS))


def _shared_tail(first: str, last: str, head: str) -> str:
    """The ending the list shares: what follows, in the last item, the word the first item ends with."""
    for cut in range(len(last) - len(head), 0, -1):
        if first.endswith(last[:cut][-2:]) and len(last[:cut]) >= 2:
            return last[cut:]
    m = _CATEGORY.search(last)  # 锂电材料、光纤行业非电能源占比: the list is of industries
    if m and m.end() < len(last) - len(head):
        return last[m.end():]
    if len(first) < len(last) and first[0] == last[0]:
        return last[len(first):]  # parallel items: 再生铜、再生铝产量
    if len(first) <= 3 and len(last) >= len(first) + 3:
        return last[len(first):]  # short modifiers of one noun: 新建、在役煤电机组出力, 化肥、农药使用量
    return head

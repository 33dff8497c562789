"""Values stated with no comparator word: 实现 + what is measured + its value (实现高效照明光源使用率100%), and a
measured noun with its value alone in a clause under a stated deadline (到2025年，…，供热规模1亿平方米).

Both read only a clause that ends after its value (and after its list: 地下水93项、地表水109项的全分析 goes on,
the values are inside a noun), under a deadline or period not before the document was written (“十三五”期间 in a
十四五 plan reports the past) and stated by no bare year (2020年实现… reports that year). The bare noun must be
stated in its sentence, paragraph or section, not only by the document's period, and end with a noun of a
measured quantity, a stock or a rate (``ontology/target_cues.tsv``: measure-noun, bare-measure-noun, rate-head); neither reads an amount
of money (a plan's budget: bare-unit-excluded).
"""
from __future__ import annotations

import re

from kg.lexicon import comparators, cue, cue_words
from kg.model import Document
from kg.annotate import deadline, made_amounts, made_counts, rate_is
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok, strip_phrase
from kg.annotate.values import value_rx

_ACHIEVE = re.compile(r"(?:" + cue("target_cues.tsv", "achieve-verb") + r")\s*([^，；。、\d（）()]{2,20})\s*$")
# 实现配网10千伏线路联络率、标准接线率、线路转供率100%: a list of rates, one value for each (keys' convention 9)
_ACHIEVE_RATES = re.compile(r"(?:" + cue("target_cues.tsv", "achieve-verb") + r")\s*((?:[^，；。、（）()]{2,20}?率、)+[^，；。、\d（）()]{1,12}?率)\s*$")
_CLAUSE_END = re.compile(r"\s*(?:$|[，；。、]|[（(])")
_LIST_END = re.compile(r"\s*(?:$|[，；。]|[（(])")
_CHANGE_VERB = re.compile(cue("target_cues.tsv", "change-verb"))
_CREATION = cue_words("target_cues.tsv", "creation")
_NEW_POPULATION = re.compile(r"(?:" + cue("target_cues.tsv", "share-new-population") + r")[\u4e00-\u9fff]{2,16}(?:占比|比例)")
_BARE_MEASURED = re.compile(r"[^\d，；。、：:（）()的]{2,16}(?:" + cue("target_cues.tsv", "measure-noun") + "|"
                            + cue("target_cues.tsv", "bare-measure-noun") + "|"
                            + cue("target_cues.tsv", "rate-head") + r")")
_SUFFIX = [p for p, _, _ in comparators("after")]
_NOT_BARE = cue_words("target_cues.tsv", "bare-unit-excluded")
_ACHIEVE_SPLIT = re.compile(r"([^，；。\d]{0,24}?)(?:" + cue("target_cues.tsv", "achieve-verb") + r")([^，；。\d]{0,40})")
_STATE = re.compile(r"\s*([^，；。\d（）()、的]{2,10})\s*(?:$|[，；。])")
_NOT_STATE = re.compile(cue("target_cues.tsv", "share-state-excluded"))
_EXAMPLES = re.compile(r"^[^，；。]*、[^、]{1,12}?等(?=[\u4e00-\u9fff]{2,})")
_RATE_STATE = re.compile(r"(?:" + cue("target_cues.tsv", "rate-head") + r")$")  # 全覆盖率: a rate's name already
_DENG_WORDS = re.compile(cue("target_cues.tsv", "examples-deng-word"))  # 高等院校: a 等 closing no examples
_BARE_YEAR = re.compile(r"\s*\d{4}\s*年\s*")
_POP_LEAD = re.compile(r"^(?:" + cue("target_cues.tsv", "share-population-lead") + r")")
_POP_LINK = re.compile(r"(?:" + cue("target_cues.tsv", "share-population-link") + r")$")
_POP_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z（）()“”]{2,}")
_POP_OPEN = re.compile(r"(?:" + cue("target_cues.tsv", "share-population-opening-excluded") + r")")
_POP_END = re.compile(r"(?:" + cue("target_cues.tsv", "share-population-end") + r")$")


def written_in(doc: Document) -> int | None:
    """The year the document was written: its date, else the first year of its period (十四五 → 2021)."""
    m = re.match(r"((?:19|20)\d\d)", doc.meta.get("date") or "")
    if m:
        return int(m.group(1))
    scope = deadline.document_scope(doc)
    return int(scope.period.split("-")[0]) if scope is not None and scope.period else None


def plan_start(doc: Document) -> int | None:
    """The first year the document plans for: the first year of its period (十四五 → 2021), else the year it was
    written. A 十四五 plan issued in 2022 still starts from 2020's levels (由2020年的11.2%提高到20% is its aim)."""
    scope = deadline.document_scope(doc)
    start = int(scope.period.split("-")[0]) if scope is not None and scope.period else None
    written = written_in(doc)
    return min(y for y in (start, written) if y is not None) if start or written else None


def measured(text: str, clause: str, head: str, rest: str, scope: TimeScope | None, since_year: int | None,
             unit: str = "", after_rate: bool | str = False) -> str | None:
    """What is measured by the one value after ``head`` (the clause's text before it, ``rest`` the text after it
    and its 以上/左右, ``unit`` its unit code), or None when the clause states no such value. ``after_rate``: the unit
    (``%`` or ``count``) of the target the clause before stated (入海排污口清理整治率达100%，直排口达标排放率100%): a rate
    after a rate goes on with the aims, so the document's period is deadline enough (amounts after it are often a
    project's or a record's); a thing and its count after a count goes on with the verb that made it
    (创建国家园林城市1个，省级园林城市3个: ``made_counts.continued``)."""
    if unit == "%" and not _CLAUSE_END.match(rest) and _stated_ahead(text, scope, since_year):
        # 实现新采购公务车辆100%新能源化: the state after the share; 新建矿山100%达到…要求: the population before it
        return achieved_share(head, rest) or held_share(head, rest, scope)
    if not _stated_ahead(text, scope, since_year) or not _CLAUSE_END.match(rest) or not _list_ends(clause):
        return None
    if unit in _NOT_BARE:
        return None  # a budget (规划总投资440.05亿元)
    rate = rate_is.stated_rate(text, head, unit, scope, after_rate)
    if rate:
        return rate  # 到2025年，…执行率为100%: 为 links a rate and its share under a deadline stated for it
    rates = _ACHIEVE_RATES.search(head)
    if rates and all(label_ok(item) for item in rates.group(1).split("、")):
        return rates.group(1)  # each rate its own target (indicators.split_indicators: every item a rate)
    achieved = _ACHIEVE.search(head)
    if achieved:
        label = achieved.group(1)
        return label if label_ok(label) and not _CHANGE_VERB.search(label) else None
    if after_rate == "count" and unit == "count":
        return made_counts.continued(head)
    if after_rate == unit and made_amounts.continued(head, unit):  # 营造防护林0.88万亩，封山育林82.76万亩: the works go on
        return made_amounts.continued(head, unit)
    rate_next = after_rate == "%" and unit == "%"
    bare = _BARE_MEASURED.fullmatch(strip_phrase(head)[0]) or _NEW_POPULATION.fullmatch(strip_phrase(head)[0])  # a population may run longer
    if scope.origin == "document" and not rate_next and not (bare and _NEW_POPULATION.fullmatch(bare.group(0))):
        return None  # 新增和更新公交车辆新能源占比100%: a share the plan prescribes for its period, no year printed
    if bare and scope.origin == "document" and not bare.group(0).endswith("率") and not _NEW_POPULATION.fullmatch(bare.group(0)):
        return None  # after a rate, only a rate
    if bare and label_ok(bare.group(0)) and not _CHANGE_VERB.search(bare.group(0)) \
            and (not any(v in bare.group(0) for v in _CREATION) or _NEW_POPULATION.fullmatch(bare.group(0))):
        return bare.group(0)  # 新增和更新公交车辆新能源占比: things added and renewed, a population, no verb of creation
    return None


def achieved_share(head: str, rest: str) -> str | None:
    """The share of a population that 实现 brings to a state, the state printed after the share (实现新采购公务车辆100%
    新能源化, 直排海污染源污水实现100%达标排放, 实现全市新能源公交车100%全覆盖): the population (after 实现, else before
    it), the state and 比例 (覆盖率 for 覆盖), when ``head`` (the clause before the value) holds 实现 and ``rest`` (after
    the value) is only the state, closing the clause; None otherwise (实现30%额定容量及以下稳定出力 names no population,
    全面执行75%节能设计标准 a standard's level: ``share-state-excluded``)."""
    m = _ACHIEVE_SPLIT.fullmatch(head)
    state = _STATE.match(rest)
    if not m or not state or _NOT_STATE.search(state.group(1) + m.group(2)):
        return None
    population = strip_phrase(_examples_off((m.group(2) or m.group(1)).strip()).rstrip("的"))[0]
    whole = state.group(1)
    label = population + (whole[:-2] + "覆盖率" if whole.endswith("覆盖") else whole if _RATE_STATE.search(whole) else whole + "比例")
    label = label.replace("全覆盖率", "覆盖率")
    return label if len(population) >= 2 and label_ok(label) else None


def held_share(head: str, rest: str, scope: TimeScope | None) -> str | None:
    """The share of a population brought to a state with no 实现: the clause before the value is the population alone
    (废旧放射源100%安全收贮, 新建矿山100%达到绿色矿山建设要求, 全市公交车100%更换为新能源汽车; 确保 before it, 做到/要
    between it and the share: ``share-population-lead``, ``share-population-link``), the state after the value closing
    the clause, under a deadline in force (``measured`` checks it). The label as ``achieved_share`` gives
    it; None where the population is no noun phrase (按50%更新…, 中期检查后50%拨付: ``share-population-end``), a
    standard's level (执行75%节能标准) or a method's (按…90%进行估算: ``share-state-excluded``,
    ``share-population-opening-excluded``), a formula (PM＞50%者为烟煤) or a rate's name (…率85%)."""
    if scope is None or _ACHIEVE_SPLIT.fullmatch(head):
        return None
    population = _POP_LINK.sub("", _POP_LEAD.sub("", head.strip())).strip()
    state = _STATE.match(rest)
    if not state or not _POP_WORDS.fullmatch(population) or _POP_END.search(population) or _POP_OPEN.match(population) \
            or _RATE_STATE.search(population) or _NOT_STATE.search(state.group(1) + population):
        return None  # PM＞50%者为烟煤: a formula; 按成品钢材收得率90%: a method's rate; 预期性率85%: a rate's name
    population = strip_phrase(_examples_off(population))[0]
    return achieved_share("实现" + population, rest) if len(population) >= 2 and label_ok(population) else None


def _examples_off(phrase: str) -> str:
    """``phrase`` without the examples a population opens with (南通港吕四作业区、…等港口码头 → 港口码头); a 等 inside a
    word (中小学、高等院校: ``examples-deng-word``) closes none."""
    masked = _DENG_WORDS.sub(lambda w: "＿" * len(w.group(0)), phrase)  # same length: the offsets hold
    m = _EXAMPLES.match(masked)
    return phrase[m.end():] if m else phrase


def _stated_ahead(text: str, scope: TimeScope | None, since_year: int | None) -> bool:
    if not deadline.in_force(scope, since_year):
        return False
    if scope.origin == "document" or not _BARE_YEAR.fullmatch(text[scope.source[0]:scope.source[1]]):
        return True
    # a bare year reports that year (2020年实现…), unless it is after the year the document was written: a plan's
    # 2025年全社会用电量1620亿千瓦时 states its aim (573, dev12)
    return since_year is not None and deadline.deadline_year(scope) > since_year


def _list_ends(clause: str) -> bool:
    last = None
    for last in value_rx().finditer(clause):
        pass
    if last is None:
        return True
    rest = clause[last.end():]
    suffix = next((m.end() for pattern in _SUFFIX if (m := re.match(r"\s*(?:" + pattern + ")", rest))), 0)
    return bool(_LIST_END.match(rest[suffix:]))

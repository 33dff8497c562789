"""Quantitative targets and indicators.

A target is a value with a known unit (``ontology/units.tsv``) in a clause that states a level
or a change: a comparator word before it (达到, 提高至, 下降到, 不低于, 控制在 …) or a
comparator after it (以上, 以下, 左右, 以内). Chinese multipliers are applied (315万平方公里 →
3150000 km2). The indicator is the phrase before the comparator word (or, for 守住18亿亩耕地红线,
the noun after the value), with scope words (全国 …) taken off and kept as scope; it resolves
to a concept of ``ontology/indicators.tsv`` or, failing that, to a concept keyed by its text.

Not targets: years and dates, numbers inside titles and document numbers (科技创新2030,
国发〔2021〕23号), numbers without a unit, historical figures (已, 累计已, 目前, 截至).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from decimal import Decimal

from kg.lexicon import comparators, cue, cue_words
from kg.model import Annotation, Document
from kg.annotate import bare_values, deadline, each_listed, from_base, heads, list_labels, listed_shares, made_counts, named_before, parallel, pdf_tables, spelled_values, tables, verb_names
from kg.annotate.base import TimeScope, make, time_scopes
from kg.annotate.indicators import (ACTION_VERBS, before_then, distributive, indicator_concept, label_ok, scope_words, split_each,
                                   one_indicator_list, split_indicators, strip_phrase)
from kg.annotate.time import base_period
from kg.annotate.records import cues, forecast_from, grant_criterion, in_record_section, past_deadline, previous_plan_change, record_sections, standard_level, status_of, undated_status, threshold_or_count
from kg.annotate.values import MULTIPLIERS, decimal_str, more_than, unit_row, unitless_values, value_of, value_rx, values_in

LAYER = "target"
log = logging.getLogger(__name__)

# Comparator words (ontology/comparators.tsv). Before the value: (pattern, comparator, change)
_PREFIX = list(comparators("before"))
_STRICT_PREFIX = {p: comp for p, comp, _ in comparators("strict")}
_SUFFIX = [(p, comp) for p, comp, _ in comparators("after")]
_DEFAULT = [(re.compile(p), comp) for p, comp, _ in comparators("before-default")]  # 稳定在1250万千瓦以内: the ceiling, <=
_ASPIRATIONAL = re.compile(cue("target_cues.tsv", "aspirational"))


def tag(doc: Document, times: list[Annotation]) -> list[Annotation]:
    text = doc.text
    out: list[Annotation] = []
    date_spans = [(t.start, t.end) for t in times]
    since = [t.start for t in times if t.get("kind") == "since"]
    asof = [t.start for t in times if t.get("kind") == "asof" or (t.get("kind") == "period" and _SINCE_PERIOD.match(text, t.end))]
    outer_records = record_sections(doc.root, text)
    since_year = bare_values.written_in(doc)
    plan_year = bare_values.plan_start(doc)  # a base before it is the last plan's (kg/annotate/from_base.py)
    for ctx, clause_scopes in time_scopes(doc, times):
        if ctx.scope == "notice":
            continue
        last_label = None  # 能耗累积下降12.5%，年均下降2.6%: the second clause names no indicator
        after_rate = False  # the unit of the rate or count the clause before stated as a target (…整治率达100%，直排口达标排放率100%)
        in_sentence: list[Annotation] = []
        for a, b, scope in clause_scopes:
            if scope is None and any(ctx.sentence.start <= p < b for p in since):
                continue  # 2020年以来，…达到24%: a record of the past, not a target
            past = any(ctx.sentence.start <= p < b for p in asof)  # 截至2020年底，…, “十三五”以来，…: a record
            found = _clause_targets(text, a, b, deadline.resolve(doc, ctx, scope, times), date_spans, past, last_label, since_year,
                                    after_rate, plan_year)
            after_rate = bool(found) and found[-1].layer == LAYER and found[-1].get("unit")  # any unit (%, count, an area of works)
            last_label = next((x.get("indicator_text") for x in reversed(found) if x.get("indicator_text")), named_before.named(text[a:b]) or last_label)
            if found and in_record_section(ctx, outer_records):  # 发展基础: every value is a record of the past
                found = [Annotation("record", x.start, x.end, "record-section", tuple(sorted({**dict(x.value), "status": "record"}.items())))
                         for x in found]
            elif found and cues()["condition_list"].search(text[max(0, ctx.sentence.start - 150):a]):
                # 有下列情形之一的：（一）…；（二）年度排放量达到2.6万吨…: criteria, not aims
                found = [Annotation("condition", x.start, x.end, "condition-list", tuple(sorted({**dict(x.value), "status": "condition"}.items())))
                         if x.layer == "target" else x for x in found]
            in_sentence.extend(found)
        sentence = text[ctx.sentence.start:ctx.sentence.end]
        if any(x.layer == "target" and previous_plan_change(sentence, x) for x in in_sentence):
            # 林木覆盖率达26.62%，较2015年提高1.14个百分点 in a 十四五 plan: the sentence reports the last plan
            in_sentence = [Annotation("record", x.start, x.end, "record-previous-plan",
                                      tuple(sorted({**dict(x.value), "status": "record"}.items())))
                           if x.layer == "target" else x for x in in_sentence]
        elif (at := forecast_from(sentence)) is not None:  # 届时…相当于减少…约26亿吨，减少…约50万吨: estimates
            in_sentence = [Annotation("record", x.start, x.end, "forecast-sentence",
                                      tuple(sorted({**dict(x.value), "status": "forecast"}.items())))
                           if x.layer == "target" and x.get("value_start") >= ctx.sentence.start + at else x for x in in_sentence]
        # 面积大于10平方公里或…大于10公里的海湾: a value joined by 或 to a threshold is one of its criteria
        joined = [k for k in range(len(in_sentence) - 1) if in_sentence[k].layer == LAYER and in_sentence[k + 1].layer == "condition"
                  and re.match(r"\s*(?:" + cues()["condition_joined"].pattern + ")", text[in_sentence[k].end:in_sentence[k + 1].end])]
        for k in joined:
            x = in_sentence[k]
            in_sentence[k] = Annotation("condition", x.start, x.end, "condition-joined", tuple(sorted({**dict(x.value), "status": "condition"}.items())))
        # 对…项目，投资达70%以上…，按照…标准补助: a grant after the values makes them its criteria (no year of their own)
        out.extend(Annotation("condition", x.start, x.end, "condition-of-grant", tuple(sorted({**dict(x.value), "status": "condition"}.items())))
                   if x.layer == LAYER and grant_criterion(text, x, ctx.sentence.end)
                   else x for x in in_sentence)
    # 主要指标 tables flattened by the text layer
    taken = [(x.get("value_start"), x.get("value_end")) for x in out]
    for t in tables.tag(doc, deadline.deadline_year(deadline.document_scope(doc))):
        if not any(vs is not None and vs < t.end and t.start < ve for vs, ve in taken):
            out.append(t)
    # the same tables from a PDF's structure, where the input is a PDF
    out = pdf_tables.merge(out, pdf_tables.tag(doc), text)
    # 2020年…覆盖率达95% in a plan written in 2021: a target due before its document reports what was reached
    return [Annotation("record", x.start, x.end, "record-past-deadline", tuple(sorted({**dict(x.value), "status": "record"}.items())))
            if x.layer == "target" and past_deadline(x, since_year) else x for x in out]


def _clause_targets(text: str, a: int, b: int, scope: TimeScope | None, date_spans, past: bool = False,
                    last_label: str | None = None, since_year: int | None = None, after_rate: bool = False,
                    plan_year: int | None = None) -> list[Annotation]:
    clause = text[a:b]
    values = []
    for m in values_in(clause):
        s, e = a + m.start(), a + m.end()
        if any(ds <= s < de for ds, de in date_spans):
            continue  # part of a year or a date
        if heads.in_name(text, s):
            continue
        if m.start() > 0 and (clause[m.start() - 1].isascii() and clause[m.start() - 1].isalpha() or clause[m.start() - 1] in "〔第+＋"
                              or _BATCH.search(clause, 0, m.start())):  # 第一批5个领域, 首批10个行业: which batch, no count
            continue
        if m.start() > 0 and (clause[m.start() - 1] == "\ufffd" or unicodedata.category(clause[m.start() - 1]) in ("Co", "Cn", "Cs")):
            continue  # 92<U+FFFD>5%: a damaged figure (kg/text/normalize.py); the digits after it are no value
        values.append(m)
    values.extend(m for m in unitless_values(clause) if not any(v.start() <= m.start() < v.end() for v in values))
    values.extend(m for m in spelled_values.spelled_values(clause) if not any(v.start() <= m.start() < v.end() for v in values))
    values.sort(key=lambda m: m.start())
    if not values:
        return []
    # Values listed with 、 (90%、83%) share one comparator phrase.
    groups: list[list[re.Match]] = []
    for m in values:
        if groups and parallel.joined(clause[groups[-1][-1].end():m.start()], clause[m.end():]):  # 90%、83%; 50%左右、30%左右
            groups[-1].append(m)
        else:
            groups.append([m])
    out = []
    prev: list[Annotation] = []
    for k, group in enumerate(groups):
        from_ = groups[k - 1][-1].end() if k else 0  # a later value's phrase starts after the one before
        base_from = groups[k - 2][-1].end() if k > 1 else 0
        if k + 1 < len(groups) and len(group) == 1 and len(groups[k + 1]) == 1 and from_base.from_base(
                clause, group[0].end(), _HEAD_QUALIFIER.sub("", clause[group[0].end():groups[k + 1][0].start()]), from_):
            prev = []  # 占比由30%提高到50%: the base of the next value is no value of its own
            continue
        found = _group_targets(text, a, b, clause, group, scope, past, last_label, from_, since_year, not k and after_rate,
                               plan_year, base_from)
        if not found and prev and len(group) == 1:
            found = parallel.parallel(text, a, clause, groups[k - 1][-1], group[0], prev[-1])
        out.extend(found)
        prev = found
    return out


clause_targets = _clause_targets  # the clause reader, for other layouts of the same clauses (kg/annotate/project_tables.py)

# 以上、…: what closes the previous value before the text of the next; （3）创建…: an item's number opening the clause
_HEAD_QUALIFIER = re.compile(r"^\s*(?:" + cue("target_cues.tsv", "head-qualifier") + "|" + cue("target_cues.tsv", "item-number-open") + r")")


def _group_targets(text, a, b, clause, group, scope, past=False, last_label=None, from_=0, since_year=None, after_rate=False,
                   plan_year=None, base_from=0):
    first, last = group[0], group[-1]
    full_head = clause[: first.start()]
    head = _HEAD_QUALIFIER.sub("", clause[from_: first.start()])
    range_lo = re.search(r"(\d+(?:\.\d+)?)\s*[—~～\-–至到]\s*$", head) if len(group) == 1 else None
    if range_lo:  # 3—5个, 1-2家: the lower end is no part of any phrase
        head = head[: range_lo.start()]
    based = from_base.from_base(clause, from_, head, base_from) if len(group) == 1 else None
    if based is not None:  # 利用率由30%提高到50%: the indicator before 由, the base value no target
        head = based.head
    tail = clause[last.end():]
    status = "record" if past else status_of(clause, full_head, scope.origin if scope is not None else None)
    if status == "target":  # 累计完成, 原则上不超过 with no deadline of their own: what was done, a rule's norm
        status = undated_status(full_head, scope.origin if scope is not None else None) or status
    if status == "target" and based is not None and from_base.reports_past(based, plan_year or since_year):
        status = "record"  # 由2015年的18.6%提升到19.16% in a 十四五 plan: the last plan's change
    prefix_m, comparator, change, ratio_of = None, None, None, None
    measured_label = shared = created_scope = None
    for pattern, comp, chg in _PREFIX:
        for m in re.finditer(pattern, head):
            if _NOUN_VERB.fullmatch(m.group(0)) and m.start() > 0 and re.match(_HAN, head[m.start() - 1]) and not any(head[: m.start()].endswith(v) for v in _CREATION):
                continue  # 公建节能改造项目, 按改造成本: 改造 inside a noun, not the verb of the target
            if prefix_m is None or m.end() > prefix_m.end() or (m.end() == prefix_m.end() and m.start() < prefix_m.start()):
                prefix_m, comparator, change = m, comp, chg
    if prefix_m is not None and prefix_m.group(0).endswith("实施") and group[0].group("unit") == "%":
        prefix_m = None  # 全面实施建筑节能率75%标准: a standard's level, no aim (ontology/comparators.tsv)
    better = _BETTER.search(head) if group[0].group("unit") == "" else None
    if better is not None:  # PUE优于1.3: better than a ratio where lower is better
        prefix_m, comparator, change = better, "<", None
    if prefix_m is not None and comparator == "~":
        # 提高约20%, 控制在约120亿立方米: the verb before 约 names the change, 约 the comparison
        verb = max(((m, chg) for pattern, _, chg in _PREFIX for m in re.finditer(pattern, head)
                    if m.end() == prefix_m.start() and m.start() < m.end()), key=lambda x: x[0].end() - x[0].start(), default=None)
        if verb is not None:
            prefix_m, change = verb
    work = heads.work_done(head[: prefix_m.start()], prefix_m.group(0), unit_row(first.group("unit"))["code"]) \
        if prefix_m is not None and change in ("increase", None) and not head[prefix_m.end():].strip() else None
    if work:  # 完成森林质量精准提升45万亩: the extent of the work, no change
        measured_label, prefix_m, comparator, change = work, None, "=", None
    if prefix_m is not None and heads.set_verb(prefix_m.group(0)):
        # 设置1734个国家城市空气质量监测站点: a network's points set, counted by the point; else no count
        measured_label = heads.set_object(head[prefix_m.end():], tail)
        if measured_label is None:
            return []
        prefix_m, comparator = None, comparator if comparator == "~" else "="
    if prefix_m is not None:
        if comparator != "~":
            comparator = _STRICT_PREFIX.get(prefix_m.group(0), comparator)
        # a value far from its verb belongs to something else (a count inside the phrase)
        between = head[prefix_m.end():]
        ratio_of = re.fullmatch(r"(.{2,20}?)的", between)
        if ratio_of and _RATIO_VERB.fullmatch(prefix_m.group(0)):
            ratio_of = ratio_of.group(1)  # A达到B的50% → A占B比例
        else:
            ratio_of = None
            measured = re.search(_MEASURE_NOUNS + r"$", between) and len(between) >= 2
            code = unit_row(first.group("unit"))["code"]
            if not measured and prefix_m.group(0) in _CREATION and (code == "km" or code == "count" and _ENDS.match(tail)):
                # 新建改造污水收集管网3500公里, 培育省级以上龙头企业5家 (a count ending its clause: in 启动郊区14座污水处理厂
                # the counted thing follows the value)
                measured = 2 <= len(between.strip()) <= 12 and label_ok(strip_phrase(between.strip())[0])  # 工程|共7项
            if measured and prefix_m.group(0) in _CREATION:
                # 新增污水处理能力42万吨/日, 完成节水改造面积200万亩: the verb creates what is measured
                measured_label = heads.created_head(head[: prefix_m.start()], prefix_m.group(0), between) or between
                created_scope = strip_phrase(head[: prefix_m.start()])[1]  # 全市规划建设加氢站40座: 全市 scopes the count
                head = head[: prefix_m.start()] + between
                prefix_m, comparator, change = None, "=", None
            elif measured:
                # 能效提升改造面积2000万平方米: one noun phrase
                measured_label = head.strip()
                prefix_m, comparator, change = None, "=", None
            elif heads.examples_then_count(between, tail, code, prefix_m.group(0) in _CREATION):
                head = head[: prefix_m.end()]  # 完成A、B等8个铁路专用线项目建设: the examples no part of what is counted
            elif len(between) > 6 or re.search(r"[的在中]", between) or _LISTED_WORK.search(head[: prefix_m.start()] + between):
                prefix_m = None
    suffix = None
    for pattern, comp in _SUFFIX:
        sm = re.match(r"\s*(?:" + _GRADE + r")?\s*(?:" + pattern + ")", tail)
        if sm:
            suffix = (comp, sm.end())
            break
    if prefix_m is None and measured_label is None and len(group) == 1 and unit_row(first.group("unit"))["code"] == "%":
        share = listed_shares.share_of(bare_tail := re.sub(r"（[^（）]{4,}）|\([^()]{4,}\)", "", tail[suffix[1] if suffix else 0:])) or listed_shares.share_before(head, bare_tail)
        if share:  # 80%的学校社区达到绿色创建标准: the share of a population that reaches a state
            measured_label = shared = heads.share_label(share.group(1), share.group(2), share.group(3))
            comparator = "="
    made = made_counts.made_thing(head, tail, unit_row(first.group("unit"))["code"], scope, since_year, first.group(0), full_head) \
        if measured_label is None and len(group) == 1 and (prefix_m is None or prefix_m.group(0) in _CREATION) else None
    if made:  # 建立科技示范基地5处, 新建或改造中水厂5座: the thing a verb of making counts
        measured_label, prefix_m, comparator, change = made, None, "=", None
    if prefix_m is None and measured_label is None and len(group) == 1:
        # 实现高效照明光源使用率100%, 到2025年，…，供热规模1亿平方米: what is measured, its value, no comparator word
        measured_label = bare_values.measured(text, clause, head, tail[suffix[1] if suffix else 0:], scope, since_year,
                                              unit_row(first.group("unit"))["code"], after_rate=after_rate)
        comparator = comparator or ("=" if measured_label else None)
    if prefix_m is None and suffix is None and measured_label is None:
        return []
    if _INCENTIVE_HEAD.search(head) or _INCENTIVE_TAIL.match(tail) or standard_level(full_head, tail, unit_row(first.group("unit"))["code"]):
        return []  # 给予最高200万元补助: an incentive's amount; 执行75%节能设计标准: a standard's level; no aim of the policy
    if _RESTATED.match(tail[suffix[1] if suffix else 0:]):
        return []  # 在2030年达到25%的基础上进一步提高: an aim restated as the ground of another, no aim of its own
    if suffix and (comparator in (None, "=") or prefix_m is None or suffix[0] == "~" or any(rx.fullmatch(prefix_m.group(0)) and comparator == c for rx, c in _DEFAULT)):
        comparator = suffix[0]
    elif comparator is None:
        comparator = "="
    comparator = ">" if comparator == "=" and more_than(first) else comparator  # 组织开展全省500余家…
    # The indicator: before the comparator word, or the noun after the value (守住18亿亩耕地红线).
    if prefix_m is not None:
        phrase = head[: prefix_m.start()] if based is None or head[: prefix_m.start()].strip() else based.phrase
        phrase_start = a
    elif measured_label is not None:
        phrase = measured_label
        phrase_start = a
    else:
        phrase = head
        phrase_start = a
    phrase, scope_word = (phrase, None) if made and phrase == made else strip_phrase(phrase)  # 推进51个重点区域…: counted
    scope_word = scope_word or created_scope
    lead_at = -1
    if prefix_m is not None and unit_row(first.group("unit"))["code"] == "count" and (
            phrase in scope_words() or _COUNT_SCOPE.fullmatch(phrase)
            or prefix_m.group(0) in _CREATION and _COUNT_WHERE.fullmatch(head[: prefix_m.start()].strip())):
        scope_word = scope_word or (phrase if phrase in scope_words() else None)
        lead_at = clause.find(phrase, from_)  # the statement still opens with its scope
        phrase = ""  # 各区至少完成1个示范项目: the phrase before the verb only scopes; the counted thing follows
    after_value = tail[suffix[1] if suffix else 0:].strip()
    if not phrase and after_value and not re.search(r"\d", after_value) and len(after_value) <= 20 and "、" not in after_value:
        phrase, scope_word2 = strip_phrase(re.split(ACTION_VERBS.pattern + _USE_VERBS, after_value)[0])
        scope_word = scope_word or scope_word2
    if ratio_of and phrase:
        phrase = f"{phrase}占{ratio_of}比例"
    if phrase in _CREATION:
        phrase = ""  # 新建改造城镇燃气管道400公里: the first verb is no indicator; the object is
    if len(phrase) < 2 and prefix_m is not None:
        # 建设100个零碳试点 / 创建绿色工厂1000家: the counted thing is the indicator
        counted = head[prefix_m.end():].strip() or after_value
        if _MODIFIER_ITEM.match(after_value):  # 新建19个省界、12个市界监测站: the shared noun (建成15个森林城镇、100个森林乡村: none)
            rest = re.split(r"[，；。]", after_value)[0]
            listed = list(value_rx().finditer(rest))
            counted = rest[listed[-1].end():] if listed else counted
        counted = before_then(re.split(r"[，；、]|[和及与](?=\d)", counted)[0])  # …设施并保障稳定运行
        phrase, _ = strip_phrase(re.split(ACTION_VERBS.pattern + _USE_VERBS, counted)[0])  # 1-2家商贸企业开展试点
    if (len(phrase) < 2 or _ANNUAL.fullmatch(phrase)) and last_label and prefix_m is not None:
        phrase = last_label + (phrase if len(phrase) >= 2 else "")  # …下降12.5%，年均下降2.6%
    listed = re.search(r"、[^、]{1,12}?等(?=[\u4e00-\u9fff]{2,})", phrase)
    if listed and len(group) == 1:
        phrase = phrase[listed.end():]  # 钢铁、…、电石等重点行业产能比例: examples of one indicator, however many
    phrase = re.sub(r"(?:比|较)\s*(?:19|20)\d\d\s*年(?:底|末)?$", "", phrase).strip()  # its base year is no part of its length
    if len(phrase) < 2 or len(phrase) > 40:
        return []
    after_all = tail[suffix[1] if suffix else 0:]
    unit_code = unit_row(group[0].group("unit"))["code"]
    physical = unit_code not in ("%", "pp", "count") or (unit_code == "count" and prefix_m is None and measured_label is None)
    after_plain = re.sub(r"（[^（）]*）|\([^()]*\)", "", after_all)  # 2.6万吨二氧化碳当量（…约1万吨标准煤）及以上的: a gloss is off
    if status == "target" and physical and (re.match(r"\s*(?:" + _HAN + r"{0,8})(?:及以上|以上)?的(?!目标|水平|要求)", after_plain)
                               or (suffix and re.match(_HAN, after_all) and not re.match(r"(?:的?(?:目标|水平)|，|。|；|$)", after_all))):
        phrase, status = threshold_or_count(phrase, head, after_all, suffix, unit_code, from_ > 0, scope, since_year)  # 30万千瓦及以上机组; not 推动50家以上企业…
    if status == "target" and _FOCUS_OPEN.match(full_head) and _FOCUS_CLOSE.match(tail):
        status = "condition"  # 以面积大于100平方千米、水质污染较重的海湾为重点: where the work goes, no aim
    if status == "target" and prefix_m is not None and deadline.deadline_year(scope) is None and unit_code in ("%", "count") \
            and cues()["condition_timeless"].fullmatch(prefix_m.group(0)):
        # 园林景观路绿地率不低于40% with no deadline anywhere: a norm each case must meet, not an aim (a red
        # line's area, 生态保护红线面积不低于315万平方公里, is an amount to hold and stays a target)
        status = "condition"
    elif status == "target" and prefix_m is not None and comparator in ("<", "<=") and cues()["condition_each"].search(phrase) \
            and (scope is None or scope.origin not in ("sentence", "paragraph")) and cues()["condition_timeless"].fullmatch(prefix_m.group(0)):
        status = "condition"  # 每个组团面积不超过50平方公里 under the document's horizon only: a design norm

    base = re.search(r"(?:比|较)\s*((?:19|20)\d\d)\s*年", clause)
    base_year = int(base.group(1)) if base else (based.base_year if based is not None else None)
    period_base = base_period(clause) if base is None else None  # 较“十三五”末提高5个百分点: against 2020
    if period_base is not None:
        base_year = period_base[0]
        phrase = _BASE_END.sub("", phrase.replace(clause[period_base[1]:period_base[2]], ""))
    if base_year is None and _YEAR_ON_YEAR.search(clause) and deadline.deadline_year(scope):
        base_year = deadline.deadline_year(scope) - 1  # 同比下降1.0% in a plan for 2022: against 2021
    phrase = re.sub(r"(?:比|较)\s*(?:19|20)\d\d\s*年(?:底|末)?", "", phrase).strip()
    phrase = phrase if made and phrase == made else strip_phrase(phrase)[0]  # a counted thing stays whole
    phrase = heads.reread(phrase, head, prefix_m, after_value, unit_row(first.group("unit"))["code"])  # 规划, 关停: a verb alone
    phrase = shared or phrase  # 完成提标改造的…比例: its verb is the state the share reaches, no lead word to take off
    if not phrase:
        return []
    aspirational = bool(_ASPIRATIONAL.search(clause[: first.start()]))
    values = [value_of(m) for m in group]
    value_max = None
    range_sep = len(group) == 2 and re.fullmatch(r"\s*[—~～\-–至到]\s*", clause[group[0].end():group[1].start()])
    if range_sep:  # 10%—15%: one value with a maximum
        value_max = values[1][0]
        values = values[:1]
    else:
        lo = range_lo
        if lo and len(group) == 1:  # 3—5个, 1-2家
            unit0 = values[0][1]
            mult = MULTIPLIERS.get(group[0].group("mult") or "", Decimal(1))
            value_max = values[0][0]
            values = [(decimal_str(Decimal(lo.group(1)) * mult * Decimal(unit0["factor"])), unit0)]
    listed = re.search(r"、[^、]{1,12}?等(?=[\u4e00-\u9fff]{2,})", phrase)
    if listed and len(values) == 1:
        phrase = phrase[listed.end():]  # 建材、冶金、化工等高耗能产业产值占比: examples of one indicator
    indicators = split_indicators(phrase, len(values), apart=(apart := distributive(head[head.rfind("、") + 1:])))  # 分别/均/各
    if len(values) == 1 and len(indicators) == 1 and apart:
        indicators = split_each(phrase) or each_listed.items(phrase, made) or indicators  # 挥发性有机物、氮氧化物排放总量分别下降10%: one value each
    pairs: list[tuple[str, tuple]]
    if len(values) > 1 and len(indicators) == len(values):
        pairs = list(zip(indicators, values))
    elif len(values) == 1:
        pairs = [(ind, values[0]) for ind in indicators]
    else:
        pairs = [("、".join(indicators), v) for v in values]
    out = []
    span_start = a + first.start()
    span_end = a + last.end() + (suffix[1] if suffix else 0)
    # the annotation covers the whole statement: indicator phrase to the end of the value
    found_at = clause.find(phrase[:2], from_ if based is None else based.at)  # 利用率由30%提高到50%: the name before the base
    stmt_start = phrase_start + (found_at if found_at >= 0 else from_)
    stmt_start = min(stmt_start, span_start, a + lead_at if lead_at >= 0 else span_start)
    for k, (ind_text, (value, unit)) in enumerate(pairs):
        ident, label = indicator_concept(ind_text)
        target_scope = scope_word
        if status == "target" and ident.startswith("ind_") and not label_ok(label) and len(pairs) == 1:
            # the scope word was the first item of the name (城市和县城再生水利用率, 城市（县城）建成区绿地率), or a
            # bracket glosses a class (水质优良（达到或优于III类）比例): the name as printed, or without its gloss
            retry = heads.name_as_printed(ind_text, scope_word, text[max(text.rfind("。", 0, a) + 1, a - 200):a])
            if retry is not None:
                ind_text, target_scope = retry
                ident, label = indicator_concept(ind_text)
                if scope_word and target_scope is None and text[stmt_start - len(scope_word):stmt_start] == scope_word:
                    stmt_start -= len(scope_word)  # the statement opens with the name as printed
        if status == "target" and ident.startswith("ind_") and not label_ok(label) and not one_indicator_list(label) and not verb_names.verb_in_name(ind_text) \
                and not (list_labels.one_list_label(label, made) and not distributive(head[head.rfind("、") + 1:])):
            log.info("indicator label rejected (not a noun phrase): %r", label)
            continue  # a known concept's label is right by definition; any other must be a noun phrase
        out.append(
            make(
                LAYER if status == "target" else ("record" if status in ("record", "forecast") else "condition"),
                stmt_start,
                span_end,
                ("target-" if status == "target" else status + "-") + ("change" if change else "level"),
                indicator=ident,
                indicator_label=label,
                indicator_text=ind_text,
                value=value,
                value_max=value_max,
                status=status if status != "target" else None,
                unit=unit["code"],
                unit_iri=unit["qudt"] or None,
                comparator=comparator,
                change=change,
                base_year=base_year,
                year=deadline.deadline_year(scope),
                deadline_source=scope.origin if deadline.deadline_year(scope) else None,
                period=scope.period if scope else None,
                period_label=scope.period_label if scope else None,
                aspirational=aspirational,
                scope=target_scope,
                clause_start=a,
                clause_end=b,
                value_start=span_start,
                value_end=span_end,
                index=k,
            )
        )
    return out


_HAN = r"[\u4e00-\u9fff]"
_ENDS = re.compile(r"\s*(?:" + "|".join(p for p, _ in _SUFFIX) + r")?\s*(?:$|[，；。、])")
_MEASURE_NOUNS = r"(?:" + cue("target_cues.tsv", "measure-noun") + r")"
_CREATION = set(cue_words("target_cues.tsv", "creation"))
_NOUN_VERB, _RATIO_VERB = re.compile(cue("target_cues.tsv", "noun-verb")), re.compile(cue("target_cues.tsv", "ratio-verb"))  # 改造项目; A达到B的50%
# 给予最高200万元补助: an incentive's amount
_INCENTIVE_HEAD = re.compile(r"(?:" + cue("target_cues.tsv", "incentive-verb") + r")(?:" + cue("target_cues.tsv", "incentive-cap") + r")?\s*$")
_INCENTIVE_TAIL = re.compile(r"\s*(?:的)?(?:" + cue("target_cues.tsv", "incentive-noun") + r")")
_USE_VERBS = "|" + cue("target_cues.tsv", "use-verb")  # after the action verbs: what ends a noun after the value
_GRADE = cue("target_cues.tsv", "grade")  # 7兆瓦等级及以上: a class, read with its suffix
_BETTER = re.compile(r"(?:" + cue("target_cues.tsv", "unitless-better") + r")\s*$")
_ANNUAL = re.compile(r"(?:" + cue("target_cues.tsv", "annual") + r")")
_YEAR_ON_YEAR = re.compile(cue("target_cues.tsv", "year-on-year"))
_BASE_END = re.compile(r"(?:" + cue("time_cues.tsv", "base") + r")\s*$")
_SINCE_PERIOD = re.compile(r"\s*[”」\"]?\s*(?:" + cue("time_cues.tsv", "since-period") + r")")
_RESTATED = re.compile(r"\s*(?:" + cue("target_cues.tsv", "restated-base") + r")")
_FOCUS_OPEN = re.compile(r"\s*(?:(?:重点|主要|优先|要|并|同时)\s*)?以(?![上下内及来后前])[^，；。]*$")
_FOCUS_CLOSE = re.compile(r"[^，；。]*?(?:" + cue("target_cues.tsv", "focus-close") + r")")
_COUNT_SCOPE = re.compile(r"(?:" + cue("target_cues.tsv", "count-scope") + r")")
_BATCH = re.compile(r"(?:" + cue("target_cues.tsv", "batch-ordinal") + r")$")
_MODIFIER_ITEM = re.compile(r"(?:" + cue("target_cues.tsv", "modifier-item") + r")、\s*\d")
_LISTED_WORK = re.compile(r"、[^、，；。]{0,12}[和及][^、，；。和及]{1,8}?(?:" + cue("target_cues.tsv", "work-extent-noun") + r")$")  # 抚育提升和退化林改造: listed works
_COUNT_WHERE = re.compile("|".join(f"(?:{cue('target_cues.tsv', k)})" for k in ("count-where", "count-where-listed")))  # 在淄博…等市完成22个…


"""Records, forecasts and conditions: what makes a value a figure of the past (发展基础, 截至), a
forecast (预计) or a threshold that scopes a measure rather than a target (``ontology/record_cues.tsv``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import read_tsv
from kg.annotate import work_extent
from kg.annotate.indicators import ACTION_VERBS, label_ok, strip_phrase


@lru_cache(maxsize=None)
def cues() -> dict[str, re.Pattern]:
    by_kind: dict[str, list[str]] = {}
    for row in read_tsv("record_cues.tsv"):
        by_kind.setdefault(row["kind"], []).append(f"(?:{row['pattern']})")
    return {k: re.compile("|".join(v)) for k, v in by_kind.items()}


def standard_level(full_head: str, tail: str, unit: str) -> bool:
    """A share printed as the level of a standard to apply (新建居住建筑执行75%节能设计标准; 执行…75%+、公共建筑72%+节能
    标准: ``full_head`` the clause before the value, ``tail`` after it), no aim of the policy."""
    c = cues()
    return unit == "%" and bool(c["standard_level_head"].search(full_head)) and bool(c["standard_level_tail"].search(tail))


def status_of(clause: str, head: str, origin: str | None = None) -> str:
    """target, record (past), forecast (预计) or condition (对…的项目, 未达到…); ``origin``: where the clause's
    deadline was stated (sentence, paragraph, section, document), None for none."""
    c = cues()
    if c["forecast"].search(head):
        return "forecast"
    if c["record"].search(existing_off(head, origin)):
        return "record"
    if c["condition"].search(clause.strip()) or c["condition"].search(head):
        return "condition"
    return "target"


def existing_off(head: str, origin: str | None) -> str:
    """The head without the words naming an existing thing (现有, 已建成, 已沉稳 before a noun) where they name the
    object of the work, not a report of the past: after a verb of work (修复现有红树林550公顷, 完成现有1398处…治理工程,
    确保已建治理设施运行率…) or in a clause under a deadline of its own sentence or paragraph (到2025年，已沉稳采煤塌陷地
    治理率达到100%). 全市现有自然保护区12个 with no deadline keeps its 现有: a record."""
    c = cues()
    if origin in ("sentence", "paragraph"):
        return c["record_existing"].sub("", head)
    return re.sub(f"({c['record_existing_after'].pattern})(?:{c['record_existing'].pattern})", r"\1", head)


def forecast_from(sentence: str) -> int | None:
    """Where the estimates of a sentence start: 0 when it opens with 届时 or 预计, else the end of the first
    届时, 相当于 or 预计 inside it (…折合10亿吨标准煤，届时…相当于减少二氧化碳排放量约26亿吨，减少二氧化硫排放量约50万吨:
    the values after it are what the aim is worth, not aims); None when it holds no such word."""
    if cues()["forecast_sentence"].match(sentence):
        return 0
    inside = cues()["forecast_inside"].search(sentence)
    return inside.end() if inside else None


def in_record_section(ctx, outer: list[tuple[int, int]] = ()) -> bool:
    """A part or measure whose heading reports the past (发展基础, 取得成效, 现状 …) or that the structure
    marked ``background`` (a provision under a review heading), or a sentence
    inside ``outer`` (record_sections: a chapter 能源科技发展基础与形势 over measures whose own
    headings say nothing of time) whose part or measure is no heading of aims (发展目标)."""
    if any(n is not None and n.title and _titled("section", n.title) for n in (ctx.measure, ctx.part)):
        return True
    if any(n is not None and n.provision == "background" for n in (ctx.measure, ctx.part)):
        # the structure found the review (kg/text/review.py): a measure under 一、发展基础 whose own heading
        # says nothing of time; a heading of aims under it (发展目标) still states targets
        return not any(n is not None and n.title and _titled("aims", n.title) for n in (ctx.measure, ctx.part))
    pos = ctx.sentence.start
    if not any(a <= pos < b for a, b in outer):
        return False
    return not any(n is not None and n.title and _titled("aims", n.title) for n in (ctx.measure, ctx.part))


@lru_cache(maxsize=4096)
def _titled(kind: str, title: str) -> bool:
    """Whether a heading prints a cue of ``kind``: asked once per heading and kind, not for every clause under it
    (in_record_section is asked for each clause with a value: ~6,000 searches of ~400 headings over corpus + seeds)."""
    return cues()[kind].search(title) is not None


def record_sections(root, text: str = "") -> list[tuple[int, int]]:
    """Spans of the headed divisions above parts and measures (chapters, 篇) whose heading reports the past,
    and of parts or measures the structure left untitled (第一节 with its title glued to the paragraph after
    it: 生态环境保护取得历史性成就“十三五”时期，…) whose opening words report it; a heading opening with an
    action verb (夯实新型电力系统发展基础以构建…: ``section_not``) states tasks, not the past."""
    rx = cues()["section"]
    out = []
    for n in root.walk():
        if n.kind in ("document", "annex", "sentence"):
            continue
        title = n.title
        if not title and text and n.kind in ("part", "measure", "chapter"):
            start = n.body_start if n.body_start is not None else n.start
            title = re.split(r"[，。；：\n]", text[start:min(n.end, start + _OPENING_WORDS + 5)].lstrip()[:_OPENING_WORDS])[0]
        elif n.kind in ("part", "measure"):
            continue  # a titled part or measure: in_record_section reads its title itself
        if title and rx.search(title) and not cues()["section_not"].search(title):
            out.append((n.start, n.end))
    return out


_OPENING_WORDS = 20  # how much of an untitled division's text stands for its title


def undated_status(head: str, origin: str | None) -> str | None:
    """A value with no deadline of its own (none in its sentence or paragraph): after 累计完成 it reports
    what was done (record) where no deadline is in force at all (a white paper's 累计建成…; under a heading's or
    the plan's horizon, 累计建成5G基站16万个以上 is the plan's cumulative aim); after 原则上不超过 it is a rule's
    norm (condition). None: no such cue."""
    if origin in ("sentence", "paragraph"):
        return None
    c = cues()
    if c["record_undated"].search(head):
        return None if origin in ("section", "document") else "record"
    if c["condition_undated"].search(head):
        return "condition"
    return None


def previous_plan_change(sentence: str, target) -> bool:
    """A sentence that states a change against the base year of the plan before (较2015年提高1.14个百分点
    in a 十四五 plan, 2021-2025) and has no deadline of its own (none in the sentence or paragraph): it
    reports what the last plan achieved. The plan's own base (2020) and the older bases of long-term
    aims (比2005年下降65%, 到2030年 in the sentence) stay targets."""
    period = target.get("period")
    if not period or target.get("deadline_source") in ("sentence", "paragraph"):
        return False
    start = int(str(period).split("-")[0])
    return any(start - 6 <= int(y) <= start - 2 for y in _BASE_YEAR.findall(sentence))


_BASE_YEAR = re.compile(r"(?:比|较)\s*((?:19|20)\d\d)\s*年")


def past_deadline(target, written: int | None) -> bool:
    """A target due before the year its document was written (2020年…覆盖率达95% in a plan of 2021, the
    十三五 review of a 十四五 plan) reports what was reached: a record, whatever cue or section gave its year."""
    year = target.get("year")  # the document's own year (上海市2020年…方案, issued in 2021) is never its past
    return written is not None and year is not None and int(year) < written and target.get("deadline_source") != "document"


def grant_criterion(text: str, target, end: int) -> bool:
    """Whether a grant later in the sentence makes ``target``'s value one of its criteria or caps
    (对…项目，投资达70%以上…，按照…标准补助): only a value dated by the document or not at all (an aim under
    a dated heading keeps its deadline), a grant that is an act (补贴政策 is none: `incentive_not`), and no
    new scope (，对成效突出的地区给予奖励) between the value and the grant naming who receives it."""
    if target.get("deadline_source") not in (None, "document"):
        return False
    c = cues()
    for m in c["incentive_after"].finditer(text, target.end, end):
        if c["incentive_not"].match(text, m.end()) or c["incentive_scope"].search(text, target.end, m.start()):
            continue
        return True
    return False


def threshold_or_count(phrase: str, head: str, after: str, suffix, unit: str, listed: bool = False, scope=None,
                       since_year: int | None = None) -> tuple[str, str]:
    """A count closed by 以上/左右 whose counted thing follows it, a verb's object (推动5000家以上工业企业开展…,
    选树20家左右…示范项目) or an item listed after another count (建成30个左右A、50家左右B; …和1000个左右标杆村):
    the count of an aim: (the thing, "target"). Else a threshold that scopes, (``phrase``, "condition"): 2000户以上的
    居民调压站, 日运输量10辆及以上的单位, 30户以上自然村寨 (no verb and no list before the count), a ceiling (100座以下).
    ``listed``: another value comes before ``head`` in the clause; without one, a head closing with 、/和 lists places
    or things (实现城区和30户以上自然村寨…全覆盖), no counts: the count stays a threshold. ``scope``, ``since_year``: the
    clause's deadline and the year the document was written (a work's extent is read only as ``work_extent`` reads it)."""
    threshold = (phrase, "condition")
    worked = work_extent.extent_after(head, after, unit) if suffix is not None and suffix[0] in (">=", ">", "~") \
        and work_extent.in_force(scope, since_year) else None
    if worked:  # 推动200万平方米以上的既有居住建筑节能改造 under a printed deadline (``scope``): a verb's work, no threshold
        return worked, "target"
    if unit != "count" or suffix is None or suffix[0] not in (">=", ">", "~"):
        return threshold
    h = head.strip()
    if not (cues()["count_verb"].fullmatch(h) or (listed and re.fullmatch(r"[^\d，；。]{2,20}[、和及与]", h))):
        return threshold
    thing = re.split(r"[，；。、：]|[和及与](?=\d)", after)[0].strip()
    thing = strip_phrase(ACTION_VERBS.split(re.sub(r"^的", "", thing))[0])[0]
    return (thing, "target") if 2 <= len(thing) <= 20 and label_ok(thing) else threshold

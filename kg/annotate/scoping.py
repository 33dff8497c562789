"""Values that define whom a rule applies to (issue 14, read over the whole pool): a comparator word right before the
value and 的 after it, closing a group of members or a conditional clause — …比例高于40%的企业采用历史强度下降法,
低于40%的企业采用基准线法, …比例不超过5%的，视同纯天然气发动机, 建成成片碳汇林达到500亩以上的，允许… — make the
value a threshold that scopes the rule, a condition, not an aim (``ontology/record_cues.tsv`` scoping_before,
scoping_after). A share that opens its clause with no comparator before it (65%以上的城乡家庭初步达到…创建要求) is the
share of a population to reach: it stays a target, and so does one whose comparator follows a verb of pursuing or a
scope word (推动全省不低于85%的县级及以上党政机关达到…: scoping_not_before). Every value of a division whose heading
names the criteria an applicant must meet (二、申报条件, （一）基础申报条件, 二、遴选条件: condition_section) is a
condition too, and so is a value in a sentence that defines a term (…是指…大于或等于2万吨…: definition_before), and every numbered line of a
list of criteria after its lead-in (…应当同时符合以下条件：⏎1.…⏎4.…比例不低于60%: criteria_lead). A value a call for
projects sets a funded project or an applicant (考核指标：…捕集率不低于98%, 每个单位限报1项) is a requirement of the
procedure, a condition (kg/annotate/calls.py: condition-call-spec). A value printed right after 按/按照 (a floor or
ceiling word may stand between: 新建建筑按15%—25%分类配建, 既有机关及企事业单位按不低于20%配建, 新建新能源电站按照不低于15%
配置储能装置) is the ratio each case is built or counted by, a standing norm (key convention 20), a condition too
(norm_rate_before: condition-norm-rate)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.model import Annotation, Document, Node
from kg.annotate.base import division_headings
from kg.annotate.calls import call_spans
from kg.annotate.records import cues

_BEFORE = 8  # characters before a value read for its comparator word (大于或等于 and a space)
_AFTER = 12  # characters after it read for 以上的 and a group's name
_NORM_BEFORE = 16  # characters before a value read for 按 and a floor word or a range's lower end (按不低于, 按15—)
_DEFINITION_REACH = 150  # characters before a value read for a definition opening its sentence


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    c = cues()
    return c["scoping_before"], c["scoping_after"], c["scoping_not_before"]


def scopes(text: str, x: Annotation) -> bool:
    """Whether target ``x``'s value is a threshold defining the members of a rule (a comparator word right before
    its value, 的 and a group or a comma right after it)."""
    start, end = x.get("value_start"), x.get("value_end")
    if start is None or end is None:
        return False
    before, after, not_before = _patterns()
    lead = text[max(0, start - _BEFORE):start]
    m = before.search(lead)
    if not m or not after.search(text[end:end + _AFTER]):
        return False
    # 推动全省不低于85%的县级及以上党政机关…: a share of a population to reach, no threshold
    return not not_before.search(text[max(0, start - _BEFORE - 6):start - len(lead) + m.start()])


def by_norm(text: str, x: Annotation) -> bool:
    """Whether ``x``'s value is printed right after 按/按照 (and a floor or ceiling word, or the lower end of a range:
    按15—25%): the ratio each case is built or counted by (``norm_rate_before``), not an aim."""
    start = x.get("value_start")
    return start is not None and bool(cues()["norm_rate_before"].search(text[max(0, start - _NORM_BEFORE):start]))


def defined(text: str, x: Annotation) -> bool:
    """Whether a definition stands earlier in the sentence of ``x``'s value (新增排放源是指…年排放量大于或等于2万吨…的
    排放设施: ``definition_before``): the value says what the term covers."""
    start = x.get("value_start")
    if start is None:
        return False
    # the sentence's opening: a line break inside it (扩建、⏎合并、收购…: a wrap the text layer kept) does not end it
    opening = max([text.rfind(ch, 0, start) for ch in "。；"] + [start - _DEFINITION_REACH]) + 1
    # ⏎1.到2025年…, ⏎二、…: a line opening with an item number or a heading opens a sentence of its own
    for brk in re.finditer(r"\n", text[max(0, opening):start]):
        at = max(0, opening) + brk.end()
        if _LINE_NUMBER.match(text, at) or _DIVISION.match(text, at):
            opening = at
    return bool(cues()["definition_before"].search(text, max(0, opening), start))


def criteria_sections(root: Node, text: str) -> list[tuple[int, int]]:
    """Spans of the divisions whose heading names the criteria an applicant must meet (二、申报条件, （一）基础申报条件,
    二、遴选条件: ``condition_section``); a heading opening with an action verb (1.严格准入条件) is a task."""
    c = cues()
    out = []
    for n, title in division_headings(root, text):
        if c["condition_section"].search(title) and not c["section_not"].search(re.sub(r"^[^\u4e00-\u9fff【]*", "", title)):
            out.append((n.start, n.end))
    return out


_ITEM = re.compile(r"\s*(?:(?P<dot>\d+\s*[.．、])|(?P<paren>[（(]\s*\d+\s*[）)])|(?P<hanparen>[（(]\s*[一二三四五六七八九十]+\s*[）)])"
                   r"|(?P<circle>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))")
# an item number opening a line (1., （1）, ①; not the 1.5 of a wrapped value)
_LINE_NUMBER = re.compile(r"\s*(?:\d+\s*[.．、](?!\d)|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")
# a line opening a division (二、工作目标, 第三条): the list of criteria is over, whatever is numbered after it
_DIVISION = re.compile(r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十百零\d]+\s*[章节条])")
_GAP = 2  # lines with no item number an item may run on over (a note under （1）) before the list is over


def criteria_lists(text: str) -> list[tuple[int, int]]:
    """Spans of the numbered lines right after a line that closes on a lead-in to criteria (…应当同时符合以下条件：⏎
    1.…⏎2.…: ``criteria_lead``), numbered as the first one is (1. or （1） or （一） or ①), up to the last such line
    before a line numbered otherwise, a line opening a division (二、工作目标) or more than two lines with no number."""
    lead = cues()["criteria_lead"]
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if not lead.search(line.rstrip("\n")):
            continue
        end, at, style, gap = pos, pos, None, 0
        for item in text[pos:].splitlines(keepends=True):
            at += len(item)
            if _DIVISION.match(item):
                break
            m = _ITEM.match(item)
            kind = m.lastgroup if m else None
            if kind is None and style is not None and gap < _GAP:
                gap += 1
                continue
            if kind is None or (style is not None and kind != style):
                break
            style, gap, end = kind, 0, at
        if end > pos:
            out.append((pos, end))
    return out


def _condition(x: Annotation, rule: str) -> Annotation:
    return Annotation("condition", x.start, x.end, rule, tuple(sorted({**dict(x.value), "status": "condition"}.items())))


def retype(doc: Document, found: list[Annotation]) -> list[Annotation]:
    """``found`` with the targets whose value defines a rule's members (rule ``condition-scoping``) or stands in a
    division of criteria (``condition-criteria-section``) or a call's requirements (``condition-call-spec``) or printed after 按 (``condition-norm-rate``) made conditions; every other row as it was. A table's row
    (target-table-*) keeps its status: its header said it sets targets."""
    sections = None
    any_target = any(x.layer == "target" for x in found)
    lists = criteria_lists(doc.text) if any_target else []
    calls = call_spans(doc) if any_target else []
    out = []
    for x in found:
        if x.layer == "target" and not x.rule.startswith("target-table"):
            if scopes(doc.text, x):
                x = _condition(x, "condition-scoping")
            elif defined(doc.text, x):
                x = _condition(x, "condition-definition")
            elif by_norm(doc.text, x):
                x = _condition(x, "condition-norm-rate")
            else:
                if sections is None:
                    sections = criteria_sections(doc.root, doc.text)
                if any(a <= x.start < b for a, b in sections):
                    x = _condition(x, "condition-criteria-section")
                elif any(a <= x.start < b for a, b in lists):
                    x = _condition(x, "condition-criteria-list")
                elif any(a <= x.start < b for a, b in calls):
                    x = _condition(x, "condition-call-spec")
        out.append(x)
    return out

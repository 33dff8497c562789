"""Things a verb of making lists, one amount for each (各) closing the clause: 力争新增国家级生态定位站、国家级科创联盟、
国家级长期科研基地各1个 (151, dev12: three rows, keys' convention 9). The verb (``make-verb`` or ``creation`` of
``ontology/target_cues.tsv``) opens the clause (nothing before it but time, lead and scope words), the things follow it
joined by 、 (the last by 和/及/与 too), two or more, each a noun phrase with no number (a level alone takes the
last item's head: 建设省级、市级示范基地各10个 → 省级示范基地, ``share-level``), and 各 (``each-close``) stands
right before the amount; read only under a deadline in force, as made counts are. A verb of adding (新增: ``each-kept-verb``) stays on each
item's label (新增国家级生态定位站), as the keys name new things. The list as printed is the label
``made_counts.made_thing`` passes to ``targets.py``, which gives each item the amount (``items``).
Places listed after 在 before the verb, each ending in a place word (``each-place-end``), one thing after the verb
(在兴宾区、象州县、武宣县建立“稻稻肥”示范基地各1000亩, 359 dev) give each place the thing and the quantity the unit
measures (兴宾区“稻稻肥”示范基地面积), as the keys name them."""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_pairs
from kg.annotate import deadline
from kg.annotate.base import TimeScope
from kg.annotate.indicators import label_ok, strip_phrase

_VERB = re.compile(r"(?:" + cue("target_cues.tsv", "make-verb") + "|" + cue("target_cues.tsv", "creation") + r")")
_EACH = re.compile(r"\s*(?:" + cue("target_cues.tsv", "each-close") + r")\s*$")
_END = re.compile(r"\s*(?:" + cue("target_cues.tsv", "head-qualifier") + r")?\s*(?:$|[，；。])")
_PLACE = r"[^，；。：:、\d在和及与]{1,8}?(?:" + cue("target_cues.tsv", "each-place-end") + r")"
_PLACES = re.compile(r"\s*在\s*(" + _PLACE + r"(?:、" + _PLACE + r")*(?:[和及与]" + _PLACE + r")?)\s*(?=" + _VERB.pattern + ")")
_THING = re.compile(r"[^，；。：:、\d和及与]{2,30}")
_END_PLACE = r"[^，；。：:、\d在和及与]{1,8}?(?:" + cue("target_cues.tsv", "each-place-end") + r")(?![" + cue("target_cues.tsv", "each-place-end").replace("|", "") + r"])"
_PLACED = re.compile(r"((?:" + _END_PLACE + r"、)+" + _END_PLACE + r")([^、]{2,30})")  # places, then the thing each has
_MEASURE = cue_pairs("target_cues.tsv", "unit-measure")
_KEPT = re.compile(r"(?:" + cue("target_cues.tsv", "each-kept-verb") + r")")
_LEVEL = re.compile(r"(?:" + cue("target_cues.tsv", "share-level") + r")")
_ITEMS = re.compile(r"[^，；。：:、\d]{2,30}(?:、[^，；。：:、\d]{2,30})+|[^，；。：:、\d和及与]{2,30}[和及与][^，；。：:、\d和及与]{2,30}")


def each_thing(head: str, tail: str, scope: TimeScope | None, since_year: int | None, unit: str = "") -> str | None:
    """The things listed after a verb of making, as printed, when ``head`` (the clause before the amount) is the verb,
    the list and 各, and ``tail`` (after the amount) closes the clause; or places listed after 在 before the verb, one
    thing after it (在兴宾区、象州县、武宣县建立“稻稻肥”示范基地各1000亩, 359 dev): each place's thing and the quantity
    ``unit`` measures (兴宾区、象州县、武宣县“稻稻肥”示范基地面积: ``unit-measure``; ``items`` gives each place its
    thing); None otherwise."""
    each = _EACH.search(head)
    if each is None or not _END.match(tail) or not deadline.in_force(scope, since_year):
        return None
    places = _PLACES.match(head)
    verb = _VERB.match(head, places.end()) if places else None
    if verb is not None:
        thing = head[verb.end(): each.start()].strip()
        listed = "、".join(re.split(r"[、和及与]", places.group(1))) + thing + _MEASURE.get(unit, "")
        return listed if _THING.fullmatch(thing) and items(listed, listed) else None
    for verb in _VERB.finditer(head, 0, each.start()):
        if strip_phrase(head[: verb.start()])[0]:
            continue  # words before the verb name something (在兴宾区、…建立: places, each their own)
        things = head[verb.end(): each.start()].strip()
        if not _ITEMS.fullmatch(things):
            return None
        kept = verb.group(0) if _KEPT.fullmatch(verb.group(0)) else ""  # 新增: new things, the keys' label keeps it
        return kept + things if items(kept + things, kept + things) else None
    return None


def items(phrase: str, made: str | None) -> list[str] | None:
    """The things of a list ``each_thing`` read (``made``, the label ``made_counts.made_thing`` passed), one a
    target: split at 、 and at the 和/及/与 before the last; None for any other phrase, or an item no noun phrase."""
    kept = _KEPT.match(phrase) if made and phrase == made else None
    if kept:  # 新增国家级生态定位站、国家级科创联盟: each item new
        return [kept.group(0) + t for t in items(phrase[kept.end():], phrase[kept.end():]) or []] or None
    if not made or phrase != made or not _ITEMS.fullmatch(phrase):
        return None
    placed = _PLACED.fullmatch(phrase)
    if placed:  # 兴宾区、象州县、武宣县“稻稻肥”示范基地面积: each place its thing
        return [p + placed.group(2) for p in placed.group(1).split("、")]
    things = [t.strip() for t in re.split(r"、|[和及与](?=[^、和及与]*$)", phrase)]
    last = _LEVEL.match(things[-1])
    if any(_LEVEL.fullmatch(t) for t in things) and (last is None or len(things[-1]) - last.end() < 2):
        return None  # 省级、市级: levels alone, no head after the last to give them
    things = [t + things[-1][last.end():] if _LEVEL.fullmatch(t) else t for t in things]  # 省级、市级示范基地 → 省级示范基地
    return things if len(things) > 1 and all(label_ok(t) for t in things) else None

"""The name cell of an indicator table's row that closes with its verb of change (lane TB7, corpus/tb7-change-names.md):
城镇新建居住建筑能效水平提升（%） / ≥30, 单位GDP大气污染物排放强度降低（%） / — / ≥30. Such a name fails
`table_cells.name_ok` (a phrase closed by a verb of change is no label) though the row is a target: its value is the
change, its direction the verb's (ontology/comparators.tsv, the ``before`` rows with a change: 提升 → increase, 降低 →
decrease; 巩固提升 none), and its label the name as printed, verb and all, as the keys hold it (338, 440). A base year
inside the name (…排放较2020年下降) is the row's base year, and the label what comes before it, as a sentence's
比2020年降低 is read. The name is read only where, the verb (and a rate word after it: 比例, 幅度, 率,
``table-change-name-tail``) and the base year taken off, what is left passes `name_ok` itself, and only where the row
is certain: no line before the name holds a number but a row number (a table whose rows ran together: 445's
…比例（%） / 92.5 / 国控站点…浓度下降（%） / 67.6), no value cell in words stands between the name and its value (a
target column first, 完成国家和省上下达的目标 / 16.87: the number is the base, 444), and no category cell is split
around the name (应对 / 气候单位…降低（%） / 变化: 67). A name that passes whole and closes with the verb and a rate
word (…降低比例) is a rate of change and takes the verb's direction too. A row whose change its value cell already
gave (［13.5］) keeps it."""
from __future__ import annotations

import re

from kg.lexicon import comparators, cue
from kg.annotate.table_cells import name_ok

_CLOSING = [(re.compile("(?:" + p + ")(?P<tail>" + cue("target_cues.tsv", "table-change-name-tail") + ")?$"), chg)
            for p, _, chg in comparators("before") if chg]
_BASE_WORD = cue("target_cues.tsv", "table-change-name-base")
_BASE_LEFT = re.compile("(?:" + _BASE_WORD + r")\s*(?:20\d\d)?\s*年\s*(?:相比)?$")  # 较年: its digits taken off by the cleaning
_BASE_YEAR = re.compile("(?:" + _BASE_WORD + r")\s*(20\d\d)\s*年")
_WORD_CELL = re.compile(cue("target_cues.tsv", "table-word-cell"))
_ROW_NUMBER = re.compile(r"\s*(?:\d{1,2}\s*[.．、]?|[（(]\d{1,2}[）)])\s*")
_FRAGMENT = re.compile(r"\s*[\u4e00-\u9fff]{1,4}\s*")  # 应对, 变化: a category cell's piece


def closing_change(name: str) -> tuple[re.Match, str] | None:
    """(the verb closing ``name`` with its rate word, change) where a verb of change closes the name, else None."""
    return next(((m, chg) for rx, chg in _CLOSING for m in [rx.search(name)] if m), None)


def read_name(name: str, block: str, change: str | None, base_year: int | None) -> tuple[str, str | None, int | None]:
    """(name, change, base year) of a row whose name cell is ``name`` (its cells before the values ``block``, as
    `name_ok` reads them), whose value cell gave ``change`` and the table ``base_year``: the name if it is one (''); a
    name closed by its verb of change kept, with the verb's change, where the rest is a name and the row certain."""
    if not name:
        return "", change, base_year
    closing = closing_change(name) if change is None else None
    if name_ok(name, block):
        return name, (closing[1] if closing and closing[0].group("tail") else change), base_year
    if closing is None:
        return "", change, base_year
    stem = name[:closing[0].start()]
    based = _BASE_LEFT.search(stem)
    year = _BASE_YEAR.search(block) if based else None
    if based:
        name = stem = stem[:based.start()]
    if (based and year is None) or len(stem) < 4 or not name_ok(stem, block) or not _certain(block, stem):
        return "", change, base_year
    return name, closing[1], int(year.group(1)) if year else base_year


def _certain(block: str, stem: str) -> bool:
    """The row of the name opening with ``stem`` is certain in its cells ``block``: before the name's line only row
    numbers and words, after it no value cell in words, and no category cell split around it (a piece before, a piece
    after)."""
    at = block.rfind(stem[:4])
    if at < 0:
        return True  # the name joined from pieces (a wrap): nothing printed around it to doubt
    lines = block[:at].split("\n")
    before, head = lines[:-1], lines[-1]
    after = [ln for ln in block[block.find("\n", at) + 1 if "\n" in block[at:] else len(block):].split("\n") if ln.strip()]
    if any(re.search(r"\d", ln) and not _ROW_NUMBER.fullmatch(ln) for ln in before + [head] if ln.strip()):
        return False
    if any(_WORD_CELL.search(ln) for ln in after):
        return False
    pieces = [ln for ln in before if ln.strip()]
    return not (pieces and _FRAGMENT.fullmatch(pieces[-1]) and after and _FRAGMENT.fullmatch(after[0]))

"""Lists of bare fields closed by 等部门 as key convention 40 of corpus/keys/README.md reads them: the listed fields
are the actors, one department per field (发展改革、生态环境等部门 → 发展改革部门, 生态环境部门), wherever the list
stands: the partners after 会同, the other party of a coordination (加强与发展改革、财政、税务等部门沟通: convention 36),
the subject. ``jurisdiction.find_compressed`` reads the lists it can (every field a known domain, or the subject);
this reads the rest: the first field a known domain (``jurisdiction.department_domains``) or any short word right after
a word of partnership (与, 会同, 联合: ``field-list-open``), each later one any short word that names no body of its own (自然资源局, ending like a body: the list is a list of bodies, left to the
other finders) and opens with no level word. 等有关部门 / 等相关部门 closing the list adds no row (convention 40;
``actors.py`` already skips it).

A level printed once before such a list (各级发展改革、生态环境等部门; 各区县（市）住房城乡建设、发展改革、科技…等部门:
conventions 4 and 40, ``find_level_field_lists``) completes each field (各级发展改革部门, 各区县（市）发展改革部门), a
collective of the document's place at every level the prefix names; the items checked as the lists' (``_bare``), at
least one a known domain. ``field_lists`` and ``find_compressed`` would read such a list without its level, as the
document's own departments (成都市发展改革部门), and a lexicon name may end inside the prefix (各区 of 各区县（市）):
``actors.tag_actors`` takes these first, the lists without a level after ``find_compressed``. The words are data:
``ontology/convention_cues.tsv`` field-list-*.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.bodies import ident
from kg.annotate.jurisdiction import department_domains
from kg.annotate.places import MUNICIPALITIES, Place

_CUES = "convention_cues.tsv"
_HAN = r"[\u4e00-\u9fff]"


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    firsts = sorted((w for w in department_domains() if not re.fullmatch(cue(_CUES, "field-list-not-first"), w)), key=len, reverse=True)
    words = "|".join(re.escape(w) for w in firsts)
    closed = r"等(?:" + cue(_CUES, "field-list-qualifier") + r")?部门"
    return {
        "list": re.compile(r"(?P<items>(?:" + words + r")(?:、" + _HAN + r"{2,8}?)+)" + closed),
        "partners": re.compile(r"(?:" + cue(_CUES, "field-list-open") + r")(?P<items>" + _HAN + r"{2,8}?(?:、" + _HAN + r"{2,8}?)+)"
                               + closed),
        "levelled": re.compile(r"(?P<level>" + cue(_CUES, "field-list-level-prefix") + r")(?P<items>" + _HAN + r"{2,10}?(?:、"
                               + _HAN + r"{2,10}?)+)" + closed),
        "body": re.compile(r"(?:" + cue(_CUES, "field-list-body-end") + r")$"),
        "level": re.compile(r"^(?:" + cue(_CUES, "field-list-level") + r")"),
    }


def _bare(items: list[str]) -> bool:
    """Whether every item is a bare field: none ends like a body (发改、自然资源局等部门: a list of bodies), opens with a
    level word (财政、市生态环境: a level of its own) or holds 等."""
    rx = _rx()
    return not any(rx["body"].search(x) or rx["level"].match(x) or "等" in x for x in items)


def _spans(m: re.Match, items: list[str]):
    """(start, end, item) of each item of the list ``m`` matched, in order."""
    pos = m.start("items")
    for item in items:
        yield pos, pos + len(item), item
        pos += len(item) + 1


def find_field_lists(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each field of a list of bare fields closed by 等部门 (convention 40):
    a known domain's departments the document's collective of that domain (as ``find_compressed`` names it), another
    field (国资, or 市场监管, whose domain is a body's) the department of its name (国资部门, 市场监管部门), both at the
    document's own level."""
    home = place or Place(None, None)
    level = "city" if (home.city or home.province in MUNICIPALITIES) else "province"
    domains, rx = department_domains(), _rx()
    def fields(m, first: int) -> list[str] | None:
        items = m.group("items").split("、")
        return items if _bare(items[first:]) else None

    # 加强与网络、通讯、交通、城管等部门的衔接: the list opens after 与, whatever its first field; else at a known domain
    partners = [(m, fields(m, 0)) for m in rx["partners"].finditer(text)]
    partners = [(m, items) for m, items in partners if items]
    opened = {m.end() for m, _ in partners}
    for m, items in [*partners, *((m, fields(m, 1)) for m in rx["list"].finditer(text) if m.end() not in opened)]:
        if not items:
            continue
        for s, e, item in _spans(m, items):
            if domains.get(item, "").endswith("_departments"):
                yield s, e, f"{home.key}.{level}.{domains[item]}", home, level
            else:
                yield s, e, ident(home, level, item + "部门"), home, level


def find_level_field_lists(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each field of a list of bare fields printed after a level and closed by
    等部门 (conventions 4 and 40): the field's department at that level, one collective of the document's place (its
    name the level, the field and 部门); the first field's span opens at the level."""
    home, rx, domains = place or Place(None, None), _rx(), department_domains()
    for m in rx["levelled"].finditer(text):
        items = m.group("items").split("、")
        if not _bare(items) or not any(x in domains for x in items):
            continue  # 各区县（市）住房和城乡建设局、发展改革局…: bodies; 各级政府、…: no field list
        for k, (s, e, item) in enumerate(_spans(m, items)):
            yield (m.start() if k == 0 else s), e, ident(home, "all", m.group("level") + item + "部门"), home, "all"

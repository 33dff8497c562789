"""A level printed once before a list of bare fields closed by 等部门 (各级发展改革、生态环境等部门; 各区县（市）住房城乡
建设、发展改革、科技…等部门), as key conventions 4 and 40 of corpus/keys/README.md read it: one department per field,
completed with the level the list is printed after (各级发展改革部门, 各区县（市）发展改革部门), a collective of the
document's place at every level the prefix names. ``field_lists`` and ``jurisdiction.find_compressed`` read such a list
without its level, as the document's own departments (成都市发展改革部门), and a lexicon name may end inside the prefix
(各区 of 各区县（市）): ``actors.tag_actors`` takes these first. Items as ``field_lists`` takes them: no item ending like a
body (各区县（市）住房和城乡建设局、发展改革局: a list of bodies, the other finders') or opening with a level word; at least
one a known domain (``jurisdiction.department_domains``). The prefixes are data: ``ontology/convention_cues.tsv``
field-list-level-prefix.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue
from kg.annotate.bodies import ident
from kg.annotate.jurisdiction import department_domains
from kg.annotate.places import Place

_CUES = "convention_cues.tsv"
_HAN = r"[\u4e00-\u9fff]"


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    return {
        "list": re.compile(r"(?P<level>" + cue(_CUES, "field-list-level-prefix") + r")(?P<items>" + _HAN + r"{2,10}?(?:、" + _HAN
                           + r"{2,10}?)+)等(?:" + cue(_CUES, "field-list-qualifier") + r")?部门"),
        "body": re.compile(r"(?:" + cue(_CUES, "field-list-body-end") + r")$"),
        "level": re.compile(r"^(?:" + cue(_CUES, "field-list-level") + r")"),
    }


def find_level_field_lists(text: str, place: Place | None):
    """(start, end, actor id, Place, level) for each field of a list of bare fields printed after a level and closed by
    等部门: the field's department at that level, one collective of the document's place (its name the level, the
    field and 部门); the first field's span opens at the level."""
    home, rx, domains = place or Place(None, None), _rx(), department_domains()
    for m in rx["list"].finditer(text):
        items = m.group("items").split("、")
        if any(rx["body"].search(x) or rx["level"].match(x) or "等" in x for x in items) or not any(x in domains for x in items):
            continue  # 各区县（市）住房和城乡建设局、发展改革局…: bodies; 各级政府、…: no field list
        pos = m.start("items")
        for k, item in enumerate(items):
            s, e = pos, pos + len(item)
            pos = e + 1
            yield (m.start() if k == 0 else s), e, ident(home, "all", m.group("level") + item + "部门"), home, "all"

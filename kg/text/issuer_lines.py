"""The issuers printed under a title (a joint document's bodies, one or several to a line, between its title and its
first sentence), which kg/text/front.py's reader leaves in the text: names on lines of their own under the title
(关于加快推进城镇环境基础设施建设的指导意见 / 国家发展改革委 / 生态环境部 / …, 380), or a run of names the wrap step
joined to the first sentence (省市场监管局省发展改革委…省邮政管理局南京海关为深入贯彻…, 183). Marked ``issuers``
(convention 5: front matter; a body named only there is no actor); the provisions are left as they were."""
from __future__ import annotations

import re

from kg.lexicon import cue, front_matter_rules
from kg.text.front import signs
from kg.text.headings import Para

_ENDS = re.compile(cue("text_cues.tsv", "issuer-end"))
_ENDING = re.compile("(?:" + cue("text_cues.tsv", "issuer-end") + ")$")  # a line of names ends like a body (not （试行）)
# the first sentence of a preamble (为贯彻落实…, 根据…): what a run of names glued to it stops at
_OPENING = next(p for role, p, _ in front_matter_rules() if role == "not-title")
_OPENING_ANYWHERE = re.compile(_OPENING.pattern.lstrip("^"))
_NAMES = re.compile(r"[^\s。，；：、,;:！？“”《》（）()\d]+")
_GLUED_RUN = 3  # names a run glued to the first sentence holds at least: fewer may be the sentence's own subject
_RUN_LENGTH = 300
_RUN_MIN = 15  # characters of three names at least: one body's name (省人民政府办公厅为…) holds several endings
# a date under the names: a signature or a cover, read by kg/text/front.py and kg/text/cover.py
_DATE = next(p for role, p, _ in front_matter_rules() if role == "date")


def _glued_run(text: str) -> int:
    """The length of a run of names the wrap glued before the first sentence (0: none)."""
    m = _OPENING_ANYWHERE.search(text, 0, _RUN_LENGTH)
    if m is None or m.start() == 0:
        return 0
    run = text[: m.start()]
    return m.start() if len(run) >= _RUN_MIN and _NAMES.fullmatch(run) and len(_ENDS.findall(run)) >= _GLUED_RUN else 0


def mark_issuer_lines(pars: list[Para], front: list) -> None:
    """Mark the issuers printed under each title of ``front`` (appended to ``front``)."""
    titles = {e for role, s, e in front if role == "title"}
    marked = [(s, e) for _, s, e in front]

    def free(k: int) -> bool:
        return k < len(pars) and not any(s <= pars[k].start < e for s, e in marked)

    for i, p in enumerate(pars):
        if p.end not in titles:
            continue
        k = i + 1
        while free(k) and signs(pars[k].text) and _ENDING.search(pars[k].text):
            k += 1
        names = list(range(i + 1, k))
        if names and k < len(pars) and _DATE.match(pars[k].text) is None and (
                len(names) >= 2 or len(_ENDS.findall(pars[names[0]].text)) >= 2 or _OPENING.match(pars[k].text)):
            front.extend(("issuers", pars[j].start, pars[j].end) for j in names)
        if free(k) and (n := _glued_run(pars[k].text)):
            front.append(("issuers", pars[k].start, pars[k].start + n))

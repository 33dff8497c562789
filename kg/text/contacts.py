"""Contact lines found by their telephone number (convention 21 of corpus/keys/README.md), where the 联系人： rule
of kg/text/front.py does not reach: a clause whose only content is whom to turn to — …项目联系人：省科技厅某处某某，
咨询电话：025-…; 省科技厅社会发展科技处：0551-62678552；; 市科技局某处电话：83847165; a line opening with the number
— marked ``contact`` to the end of its sentence (the provision left whole), and a short line ending with ： right
above one (湖北碳排放权交易中心（…）： over 某某电话：…). A body named only there is no actor. A clause that gives the
body a task before the number (省科技事务中心负责受理…，电话：…) or reads as a sentence (a comma before any contact
word) is left as policy text."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.text.headings import Para

_PHONE = re.compile(cue("text_cues.tsv", "phone-number"))
_WORD = re.compile(cue("text_cues.tsv", "contact-word"))
_TASK = re.compile(cue("text_cues.tsv", "contact-task"))
_CLAUSE_END = re.compile(r"[。；;]")
_HEAD_LENGTH = 60  # what a contact line prints before its number or its first contact word: a name, a unit, a label


def _contact_clause(clause: str) -> bool:
    """A clause whose telephone number follows only a name, a contact word or a label, with no task and no
    sentence before them."""
    phone = _PHONE.search(clause)
    if phone is None:
        return False
    before = clause[: phone.start()]
    word = _WORD.search(before)
    head = before[: word.start()] if word else before
    if len(head) > _HEAD_LENGTH or re.search(r"[，,、。]", head) or _TASK.search(before):
        return False
    return word is not None or not before.strip() or before.rstrip().endswith(("：", ":"))


def mark_phone_contacts(pars: list[Para], front: list) -> None:
    """Mark the contact lines of ``pars`` no front-matter span holds yet (appended to ``front``)."""
    marked = [(s, e) for _, s, e in front]
    contact = [False] * len(pars)
    for k, p in enumerate(pars):
        text = p.text
        cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(text) if m.end() < len(text)]
        for cut in cuts:
            stop = text.find("。", cut)
            end = len(text) if stop < 0 else stop + 1
            clause = text[cut: next((m.start() for m in _CLAUSE_END.finditer(text, cut)), len(text))]
            start = p.start + cut
            if any(s <= start < e for s, e in marked) or not _contact_clause(clause):
                continue
            front.append(("contact", start, p.start + end))
            marked.append((start, p.start + end))
            contact[k] = contact[k] or cut == 0
    for k in range(len(pars) - 2, -1, -1):  # a short line ending with ： over a contact line: whose contact it is
        text = pars[k].text
        if contact[k + 1] and not contact[k] and len(text) <= _HEAD_LENGTH and text.endswith(("：", ":")) \
                and not re.search(r"[，,。]", text) and not any(s <= pars[k].start < e for s, e in marked):
            front.append(("contact", pars[k].start, pars[k].end))
            contact[k] = True

"""Signatures printed inside a scope, not at its end, that kg/text/front.py's tail reader never reaches: the issuers'
names over their date alone on a line, with the text going on below them — an annex whose marker the wrap glued to its
title (附件：…计划工业和信息化部, 248), an annex title with no marker (254), a publication note too long for a tail note
with a contact in it (（此件公开发布，联系人：…，联系电话：…）, 212); and a signature the wrap step glued to the end of the
last sentence over its date (…请认真贯彻执行。国务院办公厅 / 2022年1月12日, 380; …认真抓好贯彻落实。教育部, 12). Marked ``signature`` and ``signature-date``, as the tail
reader marks them (convention 5: a body named only there is no actor); the provisions and the document's date are left
as they were. Only where the text above the names is a closed sentence or marked front matter: a table's cells
(牵头单位 over 完成时限) are no signature."""
from __future__ import annotations

import re

from kg.lexicon import cue, match_heading
from kg.text.front import front_role, signs
from kg.text.headings import Para

# how the text above a signature ends: a closed sentence, or a line the front reader marked (a contact, an annex list)
_CLOSED = ("。", "！", "；")
# signatures a file prints inside its scopes at most (a notice's and an annex's); more are a table's rows
_MOST = 2
# a signature the wrap step glued to the end of the sentence above its date (…请认真贯彻执行。国务院办公厅 / 2022年1月12日)
_GLUED = re.compile(r"(?<=[。！])[^。！；]{2,80}$")
_BODY_END = re.compile("(?:" + cue("text_cues.tsv", "issuer-end") + ")$")  # …教育部, not 特此通知


def mark_inner_signatures(pars: list[Para], front: list) -> None:
    """Mark the signature over each date line of ``pars``: unmarked signature lines right above it, or a name glued to
    the end of the sentence above it (appended to ``front``)."""
    spans = [(s, e) for _, s, e in front]

    def marked(p: Para) -> bool:
        return any(s <= p.start < e for s, e in spans)

    found = []
    for i in range(1, len(pars)):
        if front_role(pars[i].text)[0] != "date":
            continue
        glued = _GLUED.search(pars[i - 1].text)
        if glued and signs(glued.group(0)) and _BODY_END.search(glued.group(0)) and not marked(pars[i - 1]) and \
                not any(s <= pars[i - 1].start + glued.start() < e for s, e in spans):
            found.append([("signature", pars[i - 1].start + glued.start(), pars[i - 1].end)]
                         + ([] if marked(pars[i]) else [("signature-date", pars[i].start, pars[i].end)]))
            continue
        if marked(pars[i]):
            continue
        k = i
        while k - 1 >= 0 and not marked(pars[k - 1]) and signs(pars[k - 1].text) and match_heading(pars[k - 1].text)[0] is None:
            k -= 1
        if k == i or k == 0 or not (marked(pars[k - 1]) or pars[k - 1].text.endswith(_CLOSED)):
            continue  # a body's cell over a deadline's in a table (牵头单位 / 完成时限) is no signature
        found.append([("signature", pars[j].start, pars[j].end) for j in range(k, i)]
                     + [("signature-date", pars[i].start, pars[i].end)])
    if len(found) <= _MOST:  # more: a table's rows (task。 / 牵头单位 / 完成时限), no signatures
        front.extend(span for spans_ in found for span in spans_)

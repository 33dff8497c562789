"""An addressee line (主送机关, GB/T 9704-2012) printed right under a title or a document number that
kg/text/front.py's reader leaves in the text because its first word is none the addressee rule of
``ontology/front_matter.tsv`` knows (各…, 有关…, 中央…): 湖南湘江新区、高新区、各区县（市）住房和城乡建设局、…、机关事务管理局：
(517), 省级有关部门，各市发展和改革委员会、…：(495), 厅机关相关处（室）、直属单位：(73). A line of its own ending in a
body, 单位, 处室 or 机构 and its ： (``text_cues.tsv`` addressee-line-end), with no full stop, semicolon, other colon or
preamble opening (为…, 根据…: a sentence ending in 通知如下：is none). Marked ``addressee`` (convention 5: front
matter; a body named only there is no actor); the provisions are left as they were."""
from __future__ import annotations

import re

from kg.lexicon import cue, front_matter_rules
from kg.text.headings import Para

_END = re.compile(cue("text_cues.tsv", "addressee-line-end"))
_OPENING = next(p for role, p, _ in front_matter_rules() if role == "not-title")
_ABOVE = ("title", "notice-title", "doc-number")  # the lines an addressee is printed under
_NOT_IN = re.compile(r"[。；;]")
# a line above the title the front reader leaves, which the front matter may hold (a letterhead's 浙江省能源局 /
# …文件, 签发人：袁立洪): short and without a sentence's punctuation
_LETTERHEAD = re.compile(r"[^。，；、,;]{1,30}")


def _addressee_line(text: str) -> bool:
    """Whether ``text`` reads as a line of addressees."""
    body = text[:-1]
    return (_END.search(text) is not None and _NOT_IN.search(text) is None and "：" not in body and ":" not in body
            and _OPENING.match(text) is None)


def mark_addressee_lines(pars: list[Para], front: list, meta: dict) -> None:
    """Mark the addressee line under the title, notice title or number that closes the front matter the text opens
    with (every line above it marked, or a letterhead's short line; appended to ``front``) where no addressee was
    read; ``meta["addressee"]`` set to it. An annex's title over a form's 填报单位： is none: lines of the policy
    text stand above it."""
    if "addressee" in meta:
        return
    ends = {e: role for role, s, e in front}
    marked = [(s, e) for _, s, e in front]
    for i, p in enumerate(pars):
        if any(s <= p.start < e for s, e in marked) or _LETTERHEAD.fullmatch(p.text):
            continue  # a line of the front matter or a letterhead: the addressee may be further down
        if i and ends.get(pars[i - 1].end) in _ABOVE and _addressee_line(p.text):
            front.append(("addressee", p.start, p.end))
            meta["addressee"] = p.text.rstrip("：:")
        return  # the first line the front matter leaves: the addressee or none

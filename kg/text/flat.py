"""A policy text with no numbered structure, read flat: its paragraphs are the body (lane NR).

News reports of a policy (浙江出台…指导意见 / 近日，…发布《…》…), short notices, a leading group's list and a
technical standard print no part, measure, article or item heading. Rather than refusing them, the structure stage
reads them as flat documents when they are policy texts: a paragraph of Han prose, under a title of a policy genre
(``ontology/genres.tsv``) or reporting a policy of one (…印发《X实施方案》). Their front matter is read as any other
(title, document number, addressee); the short headline lines above the first prose paragraph and a news report's
opening formula (近日，人民银行…发布《关于…的指导意见》) are the preamble, which states no duty; each paragraph after
them is a ``paragraph`` node that is a provision of kind ``part`` (unnumbered, as an annex with no heading: what a
reader cites, its roles held at part level). Flattened tables stay ``table`` nodes. What is not a policy text (no
Han prose, a table or a list alone, prose of no policy) is still refused by the caller.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.model import Node
from kg.text.front import front_role, reported_title
from kg.text.genre import genre_of
from kg.text.headings import Para
from kg.text.layout_tables import table_regions

_HAN = re.compile(r"[\u4e00-\u9fff]")
_PROSE_MIN = 12  # Han characters of a paragraph of prose (with a clause mark): a sentence, never a cell or a name
_WRAPPED_MIN = 15  # Han characters of a line the source broke in the middle of a sentence
_SENTENCE = re.compile(r"[。；！？]")
_CLAUSE = re.compile(r"[。；！？，]")
# the opening formula of a report: …印发《X》 in its first sentence, with a （以下简称《X》） after it
_OPENING = re.compile(r"^[^。；！？]{0,200}?(?:" + cue("text_cues.tsv", "report-verb") + r")了?《[^《》]{4,80}》"
                      r"(?:[（(]以下简称[^）)]{1,20}[）)])?")
_CELL = 10  # Han characters a paragraph holds at least, unless a sentence (特此通知。): fewer is a cell, a name, 附 / 件
_END = ("。", "！", "？")
_CLOSING = ("。", "！", "？", "；", "：", ":", "”", "）", ")")
_LEADING = "，。；、,;：: \u3000"
_SHORT_NAME = re.compile(r"^[（(]以下简称[^）)]{1,20}[）)]")
_COMMENTARY = re.compile(cue("text_cues.tsv", "commentary-title"))


def prose(text: str) -> bool:
    """A paragraph of Han prose: a sentence or a clause of one, not a headline, a cell or a name."""
    return len(_HAN.findall(text)) >= _PROSE_MIN and _CLAUSE.search(text) is not None


def first_prose(pars: list[Para]) -> int | None:
    """The index of the first paragraph of prose that is no front matter (a title, an addressee: 各市…，…单位：);
    None if none."""
    return next((i for i, p in enumerate(pars) if prose(p.text) and front_role(p.text)[0] is None
                 and not (p.text.endswith(("：", ":")) and not _SENTENCE.search(p.text))), None)


def commentary(meta: dict) -> bool:
    """Whether the title is a commentary's on a policy (《X实施方案》政策解读, …学习心得, 一图读懂《X》): a text reporting a
    policy issued that states none of its duties (``text_cues.tsv`` commentary-title)."""
    return bool(meta.get("title") and _COMMENTARY.search(re.sub(r"\s+", "", meta["title"])))


def policy_title(pars: list[Para], body: int, meta: dict) -> str | None:
    """The title that makes the text a policy text: its own title when of a policy genre, else the policy its first
    prose paragraph reports issued (…印发《X实施方案》); None when neither (prose of no policy)."""
    title = meta.get("title")
    if title and genre_of(title) != "other":
        return title
    return reported_title(pars[body].text)


def opening_end(pars: list[Para], body: int) -> int:
    """Where the body starts in the first prose paragraph: after a report's opening formula (…发布《X》（以下简称
    《X》）), and after a （以下简称…） the wrap left on the next line; the paragraph's start when it has none."""
    p = pars[body]
    m = _OPENING.match(p.text)
    if m is None:
        return p.start
    if m.end() == len(p.text) and body + 1 < len(pars) and (short := _SHORT_NAME.match(pars[body + 1].text)):
        return pars[body + 1].start + short.end()
    return p.start + m.end()


def read_flat(root: Node, pars: list[Para], lo: int, hi: int, body_start: int, front: list) -> None:
    """Paragraphs ``[lo, hi)`` as the body of a flat document (or of its annex): a table node per flattened table, a
    ``paragraph`` provision (``part``) per other paragraph that is no front matter (a contact line, a signature); the
    first starts its own text at ``body_start`` (after a report's opening formula)."""
    tables = dict(table_regions(pars, lo, hi))
    marked = [(s, e) for _, s, e in front]
    i = lo
    while i < hi:
        p = pars[i]
        if _marked(p, marked):
            i += 1
            continue
        if i in tables:
            end = tables[i]
            root.children.append(Node(kind="table", start=p.start, end=pars[end - 1].end, body_start=p.start))
            i = end
            continue
        start = max(p.start, body_start)
        while start < p.end and p.text[start - p.start] in _LEADING:
            start += 1  # the comma or full stop after a report's opening formula (…《X》，在全国率先…)
        j = i  # a line the source hard-wrapped goes on below (a text of cells gives the wrap step no width)
        while _wrapped(pars[j].text) and j + 1 < hi and j + 1 not in tables and not _marked(pars[j + 1], marked):
            j += 1
        words = "".join(pars[k].text for k in range(i, j + 1))
        if start < pars[j].end and (len(_HAN.findall(words)) >= _CELL or words.endswith(_END) and len(_HAN.findall(words)) > 1):
            k = sum(1 for c in root.children if c.kind == "paragraph") + 1  # 段落3: numbered by position, as its path
            node = Node(kind="paragraph", start=start, end=pars[j].end, number=str(k), ordinal=k, body_start=start)
            node.provision = "part"
            root.children.append(node)
        i = j + 1  # a cell of a table the layout reader did not see (工业 / 流程 / 再造): no provision


def _wrapped(text: str) -> bool:
    """A line of prose the source broke before its end: long, with no closing mark."""
    return len(_HAN.findall(text)) >= _WRAPPED_MIN and not text.endswith(_CLOSING)


def _marked(p: Para, marked: list[tuple[int, int]]) -> bool:
    return any(s <= p.start and p.end <= e for s, e in marked)

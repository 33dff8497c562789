"""Cleaning step 2b: tables of contents (目录), in the layouts of the pool, marked as not content."""
from __future__ import annotations

import re

from kg.lexicon import match_heading
from kg.text.lines import TERMINAL, Line

_TOC_HEAD = re.compile(r"^目\s*录$")
# Leaders: dots, middle dots, ellipses, or private-use glyphs some PDFs print them with (U+1001BA).
_TOC_LEADER = re.compile(r"^(.{1,60}?)\s*(?:[.·…．_\ue000-\uf8ff\U00100000-\U0010ffff]\s*){4,}\s*[(（]?(?:\d\s?){0,4}[)）]?$")
_TOC_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇]+[章节篇编]$|^[一二三四五六七八九十]+、$")  # a column of numbers
_TOC_PAGE = re.compile(r"^[(（]?\s*[\d０-９]{1,4}\s*[)）]$|^[(（]\s*[\d０-９]{1,4}\s*[)）]?$")  # a page number printed on the line after its entry
_TOC_ENTRY = re.compile(r"^(.{1,60}?)[\s.·…．_－-]{2,}\d{1,4}$|^(.{1,60}?)\s+\d{1,4}$")


def drop_toc(lines: list[Line]) -> None:
    """Tables of contents, in the layouts of the pool.

    A table starts at 目录 (also printed 目 / 录 on two lines) and runs over its entries: lines with
    dotted leaders or a page number, and short heading-like lines without sentence punctuation,
    until the body repeats the first entry or a line of prose comes. Lines with dotted leaders are
    entries wherever they stand (tables printed without a 目录 line), and so are the short lines
    wrapped between two of them.
    """
    n = len(lines)
    for i, ln in enumerate(lines):
        if ln.drop:
            continue
        head = bool(_TOC_HEAD.match(ln.text))
        listed: list[str] = []  # entries printed before 录 in the 目 / 第一章 / 录 layout
        if not head and ln.text == "目":
            # 目 / 录 on lines of their own, sometimes interleaved with 前 / 言 of a second column.
            # Or 目, a column of numbers (第一章 / 第一节 …), then 录 and a column of titles.
            ahead = _next_contents(lines, i, 80)
            texts = [lines[k].text for k in ahead]
            if "录" in texts and all(len(t) <= 12 and not re.search(r"[。；，：]", t) for t in texts[: texts.index("录")]):
                head = True
                for k in ahead[: [lines[k].text for k in ahead].index("录") + 1]:
                    lines[k].drop = "table-of-contents"
                    listed.append(re.sub(r"\s+", "", lines[k].text))
        if not head:
            continue
        ln.drop = "table-of-contents"
        entries: list[str] = []
        first_heading = None  # the first heading the table lists (第一章): the body starts where it comes again
        last = ""  # the previous line of the table
        j = i + 1
        while j < n:
            cur = lines[j]
            if cur.drop:
                j += 1
                continue
            if _is_leader_line(cur.text):
                m = _TOC_LEADER.match(cur.text) or _TOC_RUN.search(cur.text)
            else:
                m = _TOC_ENTRY.match(cur.text) or _TOC_PAGE.match(cur.text)
            bare = re.sub(r"\s+", "", next((g for g in m.groups() if g), cur.text) if m else cur.text)
            if entries and not _is_leader_line(cur.text) and not _TOC_PAGE.match(cur.text) \
                    and not _TOC_NUMBER.match(cur.text) and any(
                    bare == e or (len(bare) >= 4 and len(e) >= 4 and (e.startswith(bare) or bare.startswith(e)))
                    for e in entries):
                break  # the body repeats an entry (the first, or the first it has): the table is over
            heading, _ = match_heading(cur.text)
            if first_heading is None:
                first_heading = next((e for e in listed + entries if match_heading(e)[0] is not None), None)
            if entries and heading is not None and _heading_label(cur.text) == _heading_label(first_heading):
                break  # the first heading the table listed comes again (第一章): the body starts
            short = len(cur.text) <= 40 and not re.search(r"[。；，：]", cur.text) and cur.text[-1] not in TERMINAL
            # The title of a number printed alone on the line before (第一节 / 推进转型升级，助力…).
            short = short or (bool(entries) and _TOC_NUMBER.match(last) is not None and len(cur.text) <= 40
                              and not re.search(r"[。；]", cur.text))
            last = cur.text
            if m or short or (heading is not None and len(cur.text) <= 40 and cur.text[-1] not in TERMINAL):
                entries.append(bare)
                cur.drop = "table-of-contents"
                j += 1
                continue
            break
    # Dotted-leader entries without a 目录 line, and the short lines wrapped between two of them.
    leader = [i for i, ln in enumerate(lines) if not ln.drop and _is_leader_line(ln.text)]
    for i in leader:
        k = _next_contents(lines, i, 1)
        if k and _TOC_PAGE.match(lines[k[0]].text):
            lines[k[0]].drop = "table-of-contents"
    for i in leader:
        lines[i].drop = "table-of-contents"
    for a, b in zip(leader, leader[1:]):
        between = range(a + 1, b)
        if 1 < b - a <= 4 and all(len(lines[k].text) <= 40 and not re.search(r"[。；]", lines[k].text) for k in between) \
                or 1 < b - a <= 60 and all(_TOC_NUMBER.match(lines[k].text) or lines[k].drop for k in between):
            for k in range(a + 1, b):
                lines[k].drop = lines[k].drop or "table-of-contents"


def _heading_label(text: str | None) -> str | None:
    """The number part of a heading without its title ("第一章 生态环境…" → "第一章"), spaces removed."""
    if not text:
        return None
    rule, m = match_heading(text)
    if rule is None:
        return None
    cut = m.start("title") if "title" in m.groupdict() and m.group("title") is not None else len(text)
    return re.sub(r"\s+", "", text[:cut]).rstrip("、，,.．")


_TOC_RUN = re.compile(r"^(.{1,60}?)\s*[.·…]{6,}")


def _is_leader_line(text: str) -> bool:
    """An entry with dotted leaders, or a whole table of contents flattened into one line."""
    return bool(_TOC_LEADER.match(text)) or len(re.findall(r"[.·…]{6,}", text)) >= 2


def _next_contents(lines: list[Line], i: int, n: int) -> list[int]:
    out = []
    for j in range(i + 1, len(lines)):
        if len(out) == n:
            break
        if not lines[j].drop:
            out.append(j)
    return out

"""Front matter and tail of a policy text: metadata headers, document number, title (also printed over
several lines), addressee, notice wrapper, signatures, dates and the annex list (``ontology/front_matter.tsv``)."""
from __future__ import annotations

import re

from kg.lexicon import cue, cue_words, front_matter_rules, match_heading
from kg.text.cover import read_cover
from kg.text.genre import genre_of
from kg.text.headings import Para

# the metadata headers (发布部门：…, 成文日期：…) that give the issuers and the date (ontology/text_cues.tsv)
_ISSUER_KEY = cue("text_cues.tsv", "issuer-key")
_DATE_KEYS = cue_words("text_cues.tsv", "date-key")
# a line with sentence punctuation or a masthead (…人民政府文件) is no part of the title below it
_NOT_TITLE_ABOVE = re.compile(r"[。；，：:,;〔〕]|(?:" + cue("text_cues.tsv", "masthead") + r")$|^(?:" + cue("text_cues.tsv", "annex-marker") + r")$")
# an annex list entry of a covering notice (附件：…方案) gives the title without its marker
_ANNEX_PREFIX = re.compile(r"^(?:" + cue("text_cues.tsv", "annex-marker") + r")(?<=[:：])\s*")
# a 版记 line (…办公室2022年3月14日印发) a wrap glued to the title printed below it
_PRINT_PREFIX = re.compile(next(p.pattern for role, p, _ in front_matter_rules() if role == "print-note").rstrip("$"))
# a 发文字号 the wrap step glued before the title printed under it (武政〔2022〕11号市人民政府关于印发…的通知, 356)
_NUMBER_PREFIX = re.compile(next(p.pattern for role, p, _ in front_matter_rules() if role == "doc-number").rstrip("$"))
_OPEN_CLOSE = (("《", "》"), ("«", "»"), ("〈", "〉"))
# lines after a signature that are no part of the policy: publication notes, reposting notes, 版记
_TAIL_NOTES = ("publication-note", "tail-note", "print-note")
_NOTICE_SUFFIX = cue("text_cues.tsv", "notice-suffix")
# a signature line printing several bodies' names as one run: how long, and how its names end
_RUN_LENGTH = 80
_ISSUER_END = re.compile(r"(?:" + cue("text_cues.tsv", "issuer-end") + r")$")
_ISSUER_ENDS = re.compile(cue("text_cues.tsv", "issuer-end"))
# an addressee glued to the preamble's first paragraph by the wrap step, or longer than a front line
_GLUED_ADDRESSEE = re.compile(cue("text_cues.tsv", "addressee-glued"))
# the lines an addressee is printed under (GB/T 9704-2012: 主送机关 below the title and the document number)
_ADDRESSEE_AFTER = ("title", "notice-title", "doc-number")
# a report with no printed title: the 《…》 its first sentence says was issued (…制定《X实施方案》（以下简称…）)
_ISSUING = re.compile("(?:" + cue("text_cues.tsv", "report-verb") + "|" + cue("text_cues.tsv", "notice-verb") + ")")
_ABOUT, _AND_OTHERS = cue("text_cues.tsv", "title-about"), cue("text_cues.tsv", "issuers-and-others")  # 关于; 等12部门
_REPORTED = re.compile(r"(?:" + cue("text_cues.tsv", "report-verb") + r")了?《(?P<name>[^《》]{4,80})》")


def front_role(text: str):
    opening = False
    for role, pattern, rule_id in front_matter_rules():
        m = pattern.search(text) if role in ("title", "notice-end") else pattern.match(text)
        if m:
            if role == "not-title":
                opening = True
                continue
            if role == "title" and (len(text) > 90 or "。" in text or opening):
                continue
            return role, m
    return None, None


def _title_lines(pars: list[Para], first: int, i: int) -> tuple[int, str]:
    """The title ending at line ``i``, with the lines of it printed above (中共吉林省委 吉林省人民政府
    关于完整准 / 确全面贯彻…碳中和 / 工作的实施意见): unclassified lines since ``first`` with no
    sentence punctuation, no document number and no masthead (…人民政府文件), as long as the whole
    stays a title's length."""
    text = pars[i].text
    k = i
    while k > first and not _NOT_TITLE_ABOVE.search(pars[k - 1].text) and len(pars[k - 1].text) + len(text) <= 90:
        k -= 1
        text = pars[k].text + text
    return k, text


def _unwrapped(title: str) -> str:
    """The title without the 《》 around it, or without a stray one at either end; a 《…》 inside stays whole."""
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1 and title.count("》") == 1:
        return title[1:-1]
    if title.startswith("《") and "》" not in title:
        title = title[1:]
    if title.endswith("》") and "《" not in title:
        title = title[:-1]
    return title.strip()


def _closed_title(pars: list[Para], text: str, i: int, body_start: int) -> tuple[int, str]:
    """A title whose 《 or « is still open at line ``i`` goes on below (上海市人民政府关于印发 / «崇明…纲要 /
    (2021-2035年)»的通知): the next lines, up to two, until the bracket closes."""
    j, longer = i, text
    while j + 1 < body_start and j < i + 2 and _unclosed(longer) and len(longer) + len(pars[j + 1].text) <= 120:
        j += 1
        longer += pars[j].text
    return (j, longer) if not _unclosed(longer) else (i, text)


def _unclosed(text: str) -> bool:
    return any(text.count(a) > text.count(b) for a, b in _OPEN_CLOSE)


def _cites_above(text: str) -> bool:
    """A line ending a cited title (…的若干意见》) or opening a parenthesis it does not close (…的通知（发改):
    the 发文字号 printed on the next line is the cited document's."""
    text = text.rstrip()
    return text.endswith("》") or text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _is_signature(text: str) -> bool:
    return len(text) <= 25 and not re.search(r"[。，；：、,;:！？“”《》]", text) and not re.search(r"\d", text)


def _signs(text: str) -> bool:
    """A line of a signature block: a name, or several printed as one run (长沙市住房和城乡建设局长沙市发展改革委员会
    …长沙市人力资源和社会保障局, 517; …机关事务管理局中国人民银行营业管理部…北京监管局, 515): no punctuation or
    digit, ending like a body and holding two such endings."""
    if _is_signature(text):
        return True
    return len(text) <= _RUN_LENGTH and not re.search(r"[。，；：、,;:！？“”《》（）()\d]", text) and \
        _ISSUER_END.search(text) is not None and len(_ISSUER_ENDS.findall(text)) >= 2


signs = _signs  # for the signatures printed inside a scope (kg/text/inner_signatures.py)


def _iso_date(m) -> str:
    return f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"


def _issuers_from(prefix: str) -> list[str]:
    """The bodies printed before a title's 关于 or a notice's 印发: up to a verb of issuing (河北省委省政府出台《…,
    国务院办公厅转发国家发展改革委等部门关于…), without 等部门 / 等12部门 closing them."""
    prefix = _ISSUING.split(prefix.strip(), 1)[0].rstrip("《〈«")
    prefix = re.sub(r"(?:" + _AND_OTHERS + r")$", "", prefix)
    return [p for p in re.split(r"[、，,\s]+", prefix) if p]


def read_front(pars: list[Para], body_start: int, meta: dict, front: list) -> int:
    """Classify paragraphs before the body; return the index where the preamble starts."""
    title = None
    title_from = None  # the rule that gave ``title``: a later title line replaces only a notice's inner title
    notice_start = None
    preamble_from = 0
    last_classified = 0  # lines above a title since the last classified line may be the title's first lines
    signature_run: list[int] = []
    consumed = -1  # the last line of a title that went on below its genre word
    last_role = None  # the role of the last classified line
    for i in range(body_start):
        if i <= consumed:
            continue
        text = pars[i].text
        role, m = front_role(text)
        number = _NUMBER_PREFIX.match(text) if role in ("title", "notice-title") else None
        if number and number.end() < len(text) and front_role(text[number.end():])[0] == role:
            meta.setdefault("doc_number", re.sub(r"\s+", "", number.group("value")))
            text = text[number.end():]
            role, m = front_role(text)
        if role is None and _signs(text) and i + 1 < body_start:
            signature_run.append(i)
            continue
        if role == "date" and signature_run:
            meta.setdefault("signatories", []).extend(pars[k].text for k in signature_run)
            for k in signature_run:
                front.append(("signature", pars[k].start, pars[k].end))
        if role != "date":
            signature_run = []
        if role == "doc-number" and i and (_cites_above(pars[i - 1].text) or any("。" in pars[k].text for k in range(i))):
            continue  # （发改产业〔2021〕1464号） under 《…的若干意见》 or below a sentence: a cited document's number
        if role in (None, "notice-end") and i == last_classified and last_role in _ADDRESSEE_AFTER and "addressee" not in meta:
            glued = _GLUED_ADDRESSEE.match(text)  # 各市人民政府，省政府各部门：现将《…》印发给你们，… under the title
            if glued:
                front.append(("addressee", pars[i].start, pars[i].start + glued.end()))
                meta["addressee"] = glued.group(0).rstrip("：:")
        if role is None:
            continue
        if role == "title" and m.start() == 0 and (i <= last_classified or _NOT_TITLE_ABOVE.search(pars[i - 1].text)):
            continue  # a genre word alone (规划: a sentence broken before it) is a title only under the lines it ends
        since, last_classified, last_role = last_classified, i + 1, role
        front.append((role, pars[i].start, pars[i].end))
        preamble_from = i + 1
        if role == "metadata-field":
            meta.setdefault("fields", {})[m.group("key")] = m.group("value").strip()
        elif role == "doc-number":
            meta.setdefault("doc_number", re.sub(r"\s+", "", m.group("value")))
        elif role == "date":
            meta.setdefault("date", _iso_date(m))
        elif role == "addressee":
            meta.setdefault("addressee", text.rstrip("：:"))
        if role == "title":
            k, full = _title_lines(pars, since, i)
            full = full[: len(full) - len(pars[i].text)] + text  # without a number glued before it
            if front_role(full)[0] != "notice-title":
                j, full = _closed_title(pars, full, i, body_start)
                if j > i:
                    front.append(("title", pars[i + 1].start, pars[j].end))
                    last_classified = preamble_from = j + 1
                    consumed = j
            full = _PRINT_PREFIX.sub("", _ANNEX_PREFIX.sub("", full))
            role_full, m_full = front_role(full)
            if role_full == "notice-title":  # 关于印发…加快 / 体系实施方案的通知, printed over two lines
                role, m, i_start = role_full, m_full, k
            else:
                i_start = k
            if k < i and (role == "notice-title" or title is None or title_from == "notice"):
                front.append(("title", pars[k].start, pars[i - 1].end))  # its first lines (天水市人民政府办公室关于印发)
        else:
            i_start, full = i, text
        if role == "notice-title":
            notice_start = i_start
            meta["notice_title"] = full
            if title is None:
                title, title_from = m.group("title"), "notice"
            if m.group("issuer"):
                meta.setdefault("issuers", _issuers_from(m.group("issuer")))
        elif role == "notice-end":
            if notice_start is not None:
                meta["notice"] = (pars[notice_start].start, pars[i].end)
        elif role == "title":
            if title is None or title_from == "notice":
                title, title_from = full, "title"
            if notice_start is not None and "notice" not in meta:
                meta["notice"] = (pars[notice_start].start, pars[i_start - 1].end)
    if last_role == "title":
        preamble_from = read_cover(pars, preamble_from, body_start, meta, front)
    if "addressee" not in meta and preamble_from < body_start:
        glued = _GLUED_ADDRESSEE.match(pars[preamble_from].text)
        if glued:
            front.append(("addressee", pars[preamble_from].start, pars[preamble_from].start + glued.end()))
            meta["addressee"] = glued.group(0).rstrip("：:")
    if title is None and body_start > 0:
        title = _wrapped_title(pars, body_start)
    if title is None and body_start > 0:
        title = _glued_notice_title(pars, body_start, meta, front)
    if title is None and body_start > 0:
        # Without a genre word, the first short line without punctuation is the title.
        first = pars[0].text
        if len(first) <= 60 and not re.search(r"[。；]", first):
            title = first
    if title is None and body_start > 0:
        title = reported_title(pars[0].text)
    if title:
        title = _unwrapped(title.strip())
        meta["title"] = title
        m = re.match(r"^(.{2,60}?)(?:" + _ABOUT + ")", title)
        if m and "issuers" not in meta:
            meta["issuers"] = _issuers_from(m.group(1))
    fields = meta.get("fields", {})
    if _ISSUER_KEY in fields and "issuers" not in meta:
        meta["issuers"] = _issuers_from(fields[_ISSUER_KEY])
    if "date" not in meta:
        for key in _DATE_KEYS:
            if key in fields:
                dm = re.match(r"(?P<y>\d{4})\D+(?P<m>\d{1,2})\D+(?P<d>\d{1,2})", fields[key])
                if dm:
                    meta["date"] = _iso_date(dm)
                    break
    return preamble_from


def reported_title(text: str) -> str | None:
    """The title a report gives its policy in its first sentence (…厅制定《X实施方案》，…): the first
    《…》 after a verb of issuing, when it names a genre; None otherwise."""
    first = text.split("。", 1)[0]
    m = _REPORTED.search(first)
    return m.group("name") if m and genre_of(m.group("name")) != "other" else None


def _glued_notice_title(pars: list[Para], body_start: int, meta: dict, front: list) -> str | None:
    """A covering notice's title glued to the line after it when the wrap was joined
    (…印发《…措施》的通知各县（市、区）人民政府，…: 111; …局关于开展…讲座的通知各区（功能区）…，市 / （区）…，各有关单位：
    581): the shortest opening that reads as a notice's title (a 关于…的通知 only with the addressee after it, which
    may go on to the next line's ：). Title and addressee marked front matter: the bodies named there are no actors."""
    text = pars[0].text
    for m in re.finditer(_NOTICE_SUFFIX, text[:150]):
        head, rest = text[: m.end()], text[m.end():]
        role, mt = front_role(head)
        glued = _GLUED_ADDRESSEE.match(rest)
        lines = 1 if glued else 2 if 1 < body_start and _GLUED_ADDRESSEE.fullmatch(rest + pars[1].text) else 0
        if role != "notice-title" and not (role == "title" and re.search(_ABOUT, head) and lines):
            continue
        front.append(("title", pars[0].start, pars[0].start + m.end()))
        if lines:
            end = pars[0].start + m.end() + glued.end() if glued else pars[1].end
            front.append(("addressee", pars[0].start + m.end(), end))
            meta.setdefault("addressee", (glued.group(0) if glued else rest + pars[1].text).rstrip("：:"))
        if role == "title":
            return head
        meta["notice_title"] = head
        if mt.group("issuer"):
            meta.setdefault("issuers", _issuers_from(mt.group("issuer")))
        return mt.group("title")
    return None


def _wrapped_title(pars: list[Para], body_start: int) -> str | None:
    """A title printed over two short lines, the second ending with a genre word (…应对气候变化 / 工作要点)."""
    for k in range(min(body_start, 4)):
        a = pars[k].text
        if k + 1 < body_start and len(a) <= 50 and not re.search(r"[。；，：]", a):
            b = pars[k + 1].text
            if len(b) <= 30 and not re.search(r"[。；，：]", b) and genre_of(a + b) != "other" and genre_of(b) != "other":
                return a + b
    return None


# the 版记's 抄送 line: the list of bodies it names may go on over several lines, with 。 between groups
_COPY_NOTE = next(p for role, p, rule_id in front_matter_rules() if rule_id == "copy-note")
_LIST_CHUNK = re.compile(r"[，、。,;；\s]+")
_COPY_REACH = 10  # paragraphs from the end of a scope: a 版记 is its last lines
_LIST_REACH = 16  # entries of an annex list closing a notice (附件：1.… 7.…), each short


def _names_only(text: str) -> bool:
    """A line of the 抄送 list: names of bodies between commas and stops (州人大常委会办公室，州政协办公室。
    州纪委监委，州法院), no clause of a sentence (each piece at most 25 characters)."""
    return len(text) <= 160 and all(len(c) <= 25 for c in _LIST_CHUNK.split(text.strip("。")))


def _copy_note_start(pars: list[Para], lo: int, hi: int) -> int:
    """Where a 版记 opened by 抄送： starts (``hi`` when there is none): the last 抄送 line among the last
    paragraphs of the scope, when the scope ends with it or with the 版记's printing date (…日印发) and
    every line between is a name list, a note of the tail or a short line (the printing office), never
    a heading."""
    for k in range(hi - 1, max(lo, hi - _COPY_REACH) - 1, -1):
        if _COPY_NOTE.match(pars[k].text):
            below = [pars[j].text for j in range(k + 1, hi)]
            if below and front_role(below[-1])[0] != "print-note":
                return hi
            if _names_only(_COPY_NOTE.sub("", pars[k].text)) and all(
                    match_heading(t)[0] is None and (front_role(t)[0] in _TAIL_NOTES or _is_signature(t) or _names_only(t))
                    for t in below):
                return k
            return hi
    return hi


def mark_tail_notes(pars: list[Para], lo: int, hi: int, front: list) -> int:
    """The 版记 closing a scope with no signature of its own (an annex printed as a list): its 抄送 and
    印发 lines marked as tail notes; return where they start (``hi`` when there are none)."""
    end = min(_copy_note_start(pars, lo, hi), _print_note_start(pars, lo, hi))
    mark_contacts(pars, lo, end, front)
    for k in range(end, hi):
        front.append(("tail-note", pars[k].start, pars[k].end))
    return end


_CONTACT = next(p for role, p, rule_id in front_matter_rules() if rule_id == "contact-note")
_CONTACT_AFTER = re.compile(r"(?<=[。；;])")


def mark_contacts(pars: list[Para], lo: int, hi: int, front: list) -> None:
    """Contact lines inside the policy text (convention 21: 联系人：…，电话…, a paragraph's sentence or a
    clause after ；): marked ``contact`` up to the end of their sentence, the provision left whole; a body
    named only there is no actor."""
    for k in range(lo, hi):
        text = pars[k].text
        for cut in [0] + [m.end() for m in _CONTACT_AFTER.finditer(text)]:
            if _CONTACT.match(text[cut:]):
                stop = text.find("。", cut)
                end = len(text) if stop < 0 else stop + 1
                front.append(("contact", pars[k].start + cut, pars[k].start + end))


def _print_note_start(pars: list[Para], lo: int, hi: int) -> int:
    """A 版记 closing the scope with its printing date (…办公室 / 2022年1月4日印发): where it starts. The line
    above is its office only when the printing line names none before its date (…办公室2022年1月4日印发)."""
    if hi - 1 < lo:
        return hi
    role, m = front_role(pars[hi - 1].text)
    if role != "print-note":
        return hi
    office_above = m.start("y") == 0 and hi - 2 >= lo and _is_signature(pars[hi - 2].text)
    return hi - 2 if office_above else hi - 1


def _tail_notes(pars: list[Para], lo: int, hi: int) -> int:
    """Where the notes after a signature start (``hi`` when there are none): publication notes, reposting
    notes, contact lines and the 版记 (…办公室 / 2022年1月4日印发), with at most two short lines among or
    below them that belong to them (a note's second line, a page footer); a 版记 opened by 抄送 with all
    the lines of its list."""
    start, loose = _copy_note_start(pars, lo, hi), 0
    hi = start
    for k in range(hi - 1, max(lo, hi - 8) - 1, -1):
        text = pars[k].text
        role = front_role(text)[0]
        if role == "date":
            if start < hi and loose:
                start = k + 1  # a label between the date and the notes below it (相关附件): theirs
            break  # the signature date: the notes are below it
        if role in _TAIL_NOTES or _ANNEX_PREFIX.match(text):  # a reposted text lists its annexes after the date
            start, loose = k, 0
        elif start < hi and k == start - 1 and front_role(pars[start].text)[0] == "print-note" and _is_signature(text):
            start = k  # the printing office over its date (…办公室 / 2022年1月4日印发)
        elif len(text) <= 80 and "。" not in text.rstrip("。") and loose < 2:
            loose += 1
        else:
            break
    return start


_FIRST_ENTRY = re.compile(r"^(?:" + cue("text_cues.tsv", "annex-marker") + r")?\s*1\s*[.．、]")


def _numbered_list(pars: list[Para], k: int, end: int) -> bool:
    """Lines ``k`` to ``end`` read as a long annex list: short lines without 。 and without a part or measure
    heading, the list opening with its entry 1 (附件：1.… or 附件： then 1.…)."""
    lines = [pars[j].text for j in range(k, end)]
    if any(len(t) > 60 or "。" in t or (match_heading(t)[0] is not None and match_heading(t)[0].kind != "item") for t in lines):
        return False
    opening = next((j for j, t in enumerate(lines) if _ANNEX_PREFIX.match(t)), None)
    if opening is None:
        return True  # entries below the list's opening line, still to be reached
    return any(_FIRST_ENTRY.match(t) for t in lines[opening:opening + 2])


def read_tail(pars: list[Para], lo: int, hi: int, meta: dict, front: list) -> int:
    """Signature block and date closing a text, with the notes after it: mark them; return the new end index."""
    end = _tail_notes(pars, lo, hi)
    mark_contacts(pars, lo, end, front)
    for k in range(end, hi):
        front.append(("tail-note", pars[k].start, pars[k].end))
        role, m = front_role(pars[k].text)
        if role == "print-note":
            meta.setdefault("printed", _iso_date(m))
    if end - 1 >= lo:
        role, m = front_role(pars[end - 1].text)
        if role == "date":
            meta.setdefault("signed", _iso_date(m))
            meta.setdefault("date", _iso_date(m))
            front.append(("signature-date", pars[end - 1].start, pars[end - 1].end))
            end -= 1
            names = []
            while end - 1 >= lo and _signs(pars[end - 1].text) and match_heading(pars[end - 1].text)[0] is None:
                names.insert(0, pars[end - 1].text)
                front.append(("signature", pars[end - 1].start, pars[end - 1].end))
                end -= 1
            if names:
                meta.setdefault("signatories", names)
                meta.setdefault("issuers", names)
    if "date" not in meta and "printed" in meta:
        # no signature date (a plan printed without one): the 版记's printing date is the document's only date
        meta["date"] = meta["printed"]
    # An annex list (附件：1.… 2.…) just before the signatures; a longer one of short entries (seven forms).
    for k in range(end - 1, max(lo, end - _LIST_REACH) - 1, -1):
        if k < end - 6 and not _numbered_list(pars, k, end):
            break
        if _ANNEX_PREFIX.match(pars[k].text):
            for j in range(k, end):
                front.append(("annex-list", pars[j].start, pars[j].end))
            meta["annex_list"] = "".join(pars[j].text for j in range(k, end))
            end = k
            break
    return end

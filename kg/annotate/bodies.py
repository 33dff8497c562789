"""Bodies no lexicon lists: the genre names far more local offices than any table holds
(市房管局, 省消防救援总队, 市城管执法委, 气候处, 国网成都供电公司). Two rules of the genre find them:

- a level word (省, 市, 区, 县 …; ``local_levels.tsv``) standing as its own jieba token, then a
  stem of 2–10 characters ending in a body suffix (局, 厅, 委, 中心, 总队, 部门 …;
  ``body_forms.tsv``): 市房管局, 省消防救援总队;
- every item of a responsibility list (责任单位：A、B，C；配合单位：D) is a body, whatever its name:
  气候处, 辽源高新区管委会, 国网成都供电公司.

Their actor ids hold the printed name (``jiangsu.city.n-<utf-8 hex>``), so each reads back to a
row with ``generic_row`` and the same name in the same jurisdiction is one actor.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.lexicon import cue, cue_words, read_tsv
from kg.annotate.base import dictionary_tags
from kg.annotate.list_spans import ROLE_TAIL, label_rx
from kg.annotate.joined_names import joined_start
from kg.annotate.word_tags import tagged
from kg.annotate.places import Place, city_provinces, levels, province_names, provinces

_HAN = r"[\u4e00-\u9fff]"
# where a bare local body may start (省自市区县州盟各), and the characters before it that end no word (和、及与由请同会)
_LEVEL_INITIAL, _JOINED = "".join(cue_words("actor_cues.tsv", "level-initial")), "".join(cue_words("actor_cues.tsv", "body-after-joiner"))
# characters that never sit inside a body's name: function words and verbs of the sentence
_NOT_IN_NAME = "".join(cue_words("actor_cues.tsv", "not-in-name"))  # ontology/actor_cues.tsv
_NATIONAL_START = re.compile(cue("actor_cues.tsv", "national-name"))  # 国家, 国务院, 中央 …
_NAME_WORDS = cue("actor_cues.tsv", "name-word")  # 发展, 促进: nouns of a name that hold a not-in-name character (市大数据发展局)
_ROSTER = re.compile(cue("actor_cues.tsv", "roster-title"))
_OBJECT_VERB = re.compile(r"(?:" + cue("actor_cues.tsv", "group-object-verb") + r")$")  # 健全企业: opens no group's name
_PIVOT = re.compile(r"(?:" + cue("actor_cues.tsv", "group-pivot") + r")$")  # a pivot ends a run only as a body_forms.tsv verb (激发)
_MODIFIER_CHARS = frozenset(cue_words("actor_cues.tsv", "group-modifier-char"))  # 高耗水企业: a one-character word of the group's field
_MODIFIER_VERBS = frozenset(cue_words("actor_cues.tsv", "group-modifier-verb"))  # 节能环保企业: a verb with its object inside, no object after
_LAYOUT = tuple(cue_words("actor_cues.tsv", "layout-end"))  # 发展格局, 战略布局: no bureau  # 局长, 副主任: a roster line, the person's name glued before the body


@lru_cache(maxsize=None)
def forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in read_tsv("body_forms.tsv"):
        out.setdefault(row["kind"], []).append(row["surface"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=None)
def _level_rx() -> re.Pattern:
    single = sorted((w for w, lv in levels().items() if lv != "all" and "（" not in w and "(" not in w and not w.endswith("级")), key=len, reverse=True)
    return re.compile(
        r"(?P<each>各)?(?P<level>" + _alt(single) + r")(?P<stem>(?:" + _NAME_WORDS + r"|[^\W\d_a-zA-Z" + _NOT_IN_NAME + r"]){1,9}?(?:"
        + _alt(forms()["suffix"]) + r"))"
    )


_RELEVANT = re.compile(cue("actor_cues.tsv", "spelling-relevant"))  # 各相关单位 = 有关单位 (convention 19)


def ident(place, level: str, name: str) -> str:
    key = place.key if place is not None else "local"
    name = _RELEVANT.sub("各有关", name)
    return f"{key}.{level}.n-{name.encode('utf-8').hex()}"


def _spellings(name: str) -> set[str]:
    """The printed spellings of one name (有关单位: 各有关单位, 相关单位, 各相关单位), convention 19."""
    if not _RELEVANT.match(name):
        return {name}
    rest = _RELEVANT.sub("", name)
    return {f"{p}{r}{rest}" for p in ("", "各") for r in ("有关", "相关")}


def nonstate(name: str) -> bool:
    """A listed name of an enterprise, bank, association …; a branch of an enterprise whatever level word it
    opens with (省民航机场集团上饶机场分公司: the province's airport group's, still a company)."""
    if name.endswith(forms().get("branch-nonstate", ())) and len(name) > 5:
        return True
    return name.endswith(forms()["nonstate"]) and not re.match(r"(?:省|市|区|县|各)", name)


def find_generic_local(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for 市房管局-like bodies outside the lexicons."""
    home = place or Place(None, None)
    rx, last = _level_rx(), 0
    for pos in sorted(c for c in cuts if c < len(text) and text[c] in _LEVEL_INITIAL):
        m = rx.match(text, pos) if pos >= last else None
        if m is None:
            continue
        s, ls, le, e = m.start(), m.start("level"), m.end("level"), m.end()
        if ls not in cuts or le not in cuts or e not in cuts:
            continue  # 市场监管局: 市 is no token of its own
        if s > 0 and re.match(_HAN, text[s - 1]) and text[s - 1] not in _JOINED and not _ROSTER.match(text, e):
            continue  # 城市管理局, 该市…: the level word ends another word (王亚明市港航局副局长: a roster names the body)
        if text[s:e].endswith(_LAYOUT):
            continue
        level = levels()[m.group("level")]
        jur = Place(home.province, None) if level == "province" and home.city else home
        last = e
        if text[s:e].endswith(forms().get("named-placed", ()) + forms().get("named-nonstate", ())):
            if not text.endswith(forms().get("named-create", ()), 0, s):  # 设立省…交易中心: a thing to set up
                yield s, e, ident(None, "any", text[s:e]), Place(None, None), "any"  # 省碳排放权交易中心: an exchange, non-state
            continue
        yield s, e, ident(jur, level, text[s:e]), jur, level


_OPEN, _CLOSE = "（([［〔【〈<", "）)]］〕】〉>"
# Words of responsibility lists (ontology/actor_cues.tsv): generic items.
_GENERIC = re.compile(r"^(?:" + cue("actor_cues.tsv", "generic-qualifier") + r")?(?:" + cue("actor_cues.tsv", "generic-head") + r")$")


def _items(text: str, start: int, limit: int):
    """(start, end) of the items of a list from ``start``: split at 、，；, ended by the bracket that
    closes the list, 。 or the line's end; brackets inside an item (各区（市）县政府) are kept."""
    depth, s = 0, start
    for i in range(start, min(limit, len(text))):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth == 0:
                yield s, i
                return
            depth -= 1
        elif ch in "。\n" or (depth == 0 and ch in "、，,；;"):
            yield s, i
            if ch in "。\n":
                return
            s = i + 1
    yield s, min(limit, len(text))


@lru_cache(maxsize=None)
def _by_length(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def find_listed(text: str, place):
    """(start, end, actor id, Place, level) for every item of every responsibility list."""
    home = place or Place(None, None)
    stops = forms()["stop"]
    labels = label_rx()
    for m in labels.finditer(text):
        for s, e in _items(text, m.end(), m.end() + 240):
            raw = text[s:e]
            if labels.match(raw.strip()) or raw.strip().startswith(forms()["label"]):
                break  # the next label (；配合单位：…) opens a list of its own
            glued = labels.search(raw)  # 检察院责任单位：…: the next label glued to the last item (a PDF's lost line end)
            if glued:
                raw, e = raw[:glued.start()], s + glued.start()
            item = raw.strip()
            s += len(raw) - len(raw.lstrip())
            if item.startswith(stops):
                break
            item = ROLE_TAIL.sub("", item).strip(" 〈〉<>")
            if _listed_body(item):
                yield listed_body(item, text.find(item, s, e), home)
            if glued:
                break


def _listed_body(item: str) -> bool:
    """An item of a list that may name a body: 2–24 characters, Han first, no digits, colons or titles,
    brackets closed, not a generic word."""
    if not (2 <= len(item) <= 24) or _GENERIC.match(item) or re.search(r"[\d:：“”《》]", item) or not re.match(_HAN, item):
        return False
    return item.count("（") == item.count("）") and item.count("(") == item.count(")")


def listed_body(item: str, s: int, home: Place):
    """One body named by an item of a list: non-state by its ending, else of the place it opens with
    or of the document's place, at the level its level word says."""
    e = s + len(item)
    if nonstate(item):
        return s, e, ident(None, "any", item), Place(None, None), "any"
    lw = next((w for w in _by_length(tuple(levels())) if item.startswith(w)), "")
    prov = next((p for p in _by_length(tuple(province_names())) if item.startswith(p)), None)
    jur = Place(province_names()[prov], None) if prov else home
    level = levels().get(lw) or "unit"
    if level == "province" and jur.city:
        jur = Place(jur.province, None)
    return s, e, ident(jur, level, item), jur, level


_LED_ITEM = r"[^，。；、：:（）()\s\d]{2,16}?"
_LED_BY = re.compile(r"(?:" + cue("actor_cues.tsv", "by") + r")(?P<list>" + _LED_ITEM + r"(?:、" + _LED_ITEM + r")*)"
                     r"(?:" + cue("actor_cues.tsv", "lead-modal") + r")?(?:" + cue("actor_cues.tsv", "lead-label-verb") + r")")


def find_led_by(text: str, place):
    """(start, end, actor id, Place, level) for the bodies of 由A、B牵头 that no lexicon lists
    (由开发区城市运行局牵头, 由大型燃煤发电企业牵头): items ending in a body suffix or a non-state ending."""
    home = place or Place(None, None)
    ends = forms()["suffix"] + forms()["nonstate"]
    for m in _LED_BY.finditer(text):
        pos = m.start("list")
        for item in m.group("list").split("、"):
            s, pos = pos, pos + len(item) + 1
            if item.endswith(ends) and re.fullmatch(_HAN + "+", item) and not _GENERIC.match(item):
                yield listed_body(item, s, home)


def generic_row(ident_: str) -> dict | None:
    """The actor row of a generic body id (``<place>.<level>.n-<hex>``)."""
    jur_key, level, body = ident_.split(".")
    try:
        name = bytes.fromhex(body[2:]).decode("utf-8")
    except ValueError:
        return None
    if jur_key == "local":
        place = Place(None, None)
    else:
        prov, _, city = jur_key.partition("-")
        try:
            city_name = bytes.fromhex(city[1:]).decode("utf-8") if city.startswith("c") else None
        except ValueError:
            return None
        if prov != "local" and prov not in provinces():
            return None
        place = Place(None if prov == "local" else prov, city_name)
    if level == "any":
        return {"id": ident_, "label_zh": name, "label_en": name, "type": "non-state", "aliases": "|".join(sorted(_spellings(name) - {name})),
                "source": "responsibility list", "jurisdiction": ""}
    lw = next((w for w in sorted(levels(), key=len, reverse=True) if name.startswith(w)), "")
    own = (level == "city" and (place.city or place.province in ("beijing", "tianjin", "shanghai", "chongqing"))) or (level == "province" and place.province and not place.city)
    city_form = f"{place.city}市" if place.city else "\0"
    if name.startswith(place.label or "\0") or not place.label:
        label = name
    elif name.startswith(city_form) or place.city and name.startswith(place.city) and name in city_provinces():  # 梧州市邮政管理局 of 广西壮族自治区梧州市,
        label = place.label[: -len(city_form)] + name  # 黔东南苗族侗族自治州 of 黔东南: the province before the printed city
    else:
        # a name opening with the level word the place's label closes with prints it once (深圳市 + 市生态环境局…)
        label = place.label + (name[len(lw):] if lw and (own or place.label.endswith(lw)) else name)
    bare = name[len(lw):] if lw else name
    names = {name} | {w + bare for w, lv in levels().items() if lv == level and not lw}  # 住房建设部门 → 市住房建设部门
    names |= {n for x in list(names) for n in _spellings(x)}
    return {"id": ident_, "label_zh": label, "label_en": f"{name} ({level}, {jur_key})", "type": "local",
            "aliases": "|".join(sorted(names - {label})), "source": "printed name", "jurisdiction": place.jurisdiction}


@lru_cache(maxsize=None)
def _verbs() -> dict[str, str]:
    """The verbs of jieba's dictionary (dict.txt: word, frequency, tag), from its tags read once (``base.dictionary_tags``,
    which ``acting`` reads too), in the file's order."""
    return dict.fromkeys(tagged(dictionary_tags(), "v"), "v")


def verb_words() -> dict[str, str]:
    """Words jieba's dictionary tags as verbs (word → "v")."""
    return _verbs()


_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]{1,6}条")


def find_modified_groups(text: str, cuts: frozenset[int]):
    """(start, end, actor id) for non-state groups named by a modifier and a head: 商贸企业, 寄递企业,
    供水单位, 认证机构, 商业银行. The modifier is the run of jieba tokens before the head back to
    punctuation or a word that ends it (鼓励, 引导, 对, 的 …; ``body_forms.tsv`` kind verb), 2–8
    characters of Han script; a word of one character only when ``group-modifier-char`` (高耗水企业), a verb of jieba's only
    when it holds its object (``group-modifier-verb``: 节能环保企业). A verb whose object is never the doer (健全, 激发, 设立, 不断完善 …: ``actor_cues.tsv``
    group-object-verb, as ``acting.governed`` reads it) ends the run too: 健全企业 is 企业; one that is also a pivot only
    when listed as a verb there (激发: 激发企业绿色发展动力 makes 企业 act, key convention 1's group spurred; lane ap3)."""
    heads = forms().get("head", ())
    stop = set(forms().get("verb", ()))
    ordered = sorted(cuts)
    import bisect

    in_word = forms().get("head-word", ())
    nonstate_ends = forms().get("named-nonstate", ())
    branch_ends, parent_ends = forms().get("branch-nonstate", ()), nonstate_ends + forms()["nonstate"]
    for m in re.finditer("|".join(re.escape(h) for h in heads + in_word), text):
        h, e = m.start(), m.end()
        if e not in cuts:
            continue
        if h in cuts and m.group(0) not in heads:
            continue  # 电力/公司: a head-word is a group only as the end of one word (国网山东省电力公司 is named)
        if h not in cuts:  # 航空公司, 生产经营者: jieba keeps the group one word ending in the head
            i = bisect.bisect_left(ordered, h)
            word_start = ordered[i - 1] if i > 0 else -1
            if m.group(0) not in in_word or word_start < 0 or not re.fullmatch(_HAN + "+", text[word_start:h]) \
                    or any(text[word_start:e].endswith(w) for w in nonstate_ends):
                continue  # 有限公司, 供电公司 …: a named enterprise's ending (find_named)
            h = word_start
        if m.group(0) == "单位" and e < len(text) and text[e] not in "，。；、和及与等要应须必（）()：:的在共积主按对将可\n":
            continue  # 单位国内生产总值, 单位产品能耗: 单位 begins another noun
        start = h
        i = bisect.bisect_left(ordered, h)
        while i > 0:
            prev = ordered[i - 1]
            tok = text[prev:start]
            if not re.fullmatch(_HAN + "{2,}", tok) and (tok not in _MODIFIER_CHARS or i > 1 and prev - ordered[i - 2] == 1) or tok in stop \
                    or _OBJECT_VERB.search(tok) and not _PIVOT.search(tok) or h - prev > 8 or any(c in tok for c in "的和及与或等"):
                break  # punctuation, a one-character word (but 高 of 高耗水企业, 新 of 新能源…企业, not after another: 涉重行业企业), a word that ends the run
            if start < h and _verbs().get(tok) == "v" and tok not in _MODIFIER_VERBS:
                break  # 搭建装备制造企业: a verb further left governs the group (寄递企业 next to it names it; 节能 of 节能环保企业 has no object)
            start, i = prev, i - 1
        article = _ARTICLE.match(text, start, h)
        if article:  # 第二十七条交易机构应当…: a regulation's article number opens the clause, no part of the name
            start = article.end()
        lone_verb = _verbs().get(text[start:h]) == "v" and start > 0 and re.match(_HAN, text[start - 1])
        name = text[start:e]
        if name.endswith(branch_ends) and (any(w in name[:-2] for w in parent_ends) or text.endswith(parent_ends, 0, start)):
            continue  # 集团上饶机场分公司: a branch named after its enterprise is named whole (kg/annotate/branches.py)
        state_before = name.endswith(forms().get("state-head", ("\0",))) and text.endswith(forms().get("state-modifier", ("\0",)), 0, start)
        if re.match(_state_rx(), name) or state_before:
            continue  # 省级监测机构: a state body (kg/annotate/collectives.py find_state_groups)
        if name.endswith(forms().get("subject-local", ())):
            continue  # 创建单位, 试点单位: units the policy appoints, a collective of its jurisdiction (collectives.py)
        if (m.start() - start >= 2) and not lone_verb:  # 推行企业…: a verb alone before the head governs it (、寄递企业 names it)
            yield start, e, name


@lru_cache(maxsize=None)
def _state_rx() -> str:
    """A group opening with a level or state scope and ending in a state head (省级监测机构)."""
    mods, heads = forms().get("state-modifier", ()), forms().get("state-head", ())
    return r"(?:" + _alt(mods) + r")" + _HAN + r"{0,6}?(?:" + _alt(heads) + r")$" if mods and heads else r"(?!)"


@lru_cache(maxsize=None)
def _named_rx() -> re.Pattern:
    ends = forms().get("named", ()) + forms().get("named-nonstate", ()) + forms().get("named-placed", ())
    return re.compile("|".join(re.escape(w) for w in sorted(ends, key=len, reverse=True)))


@lru_cache(maxsize=None)
def named_stops() -> frozenset[str]:
    """The words that end a named body's run (``body_forms.tsv`` named-stop)."""
    return frozenset(w for row in forms().get("named-stop", ()) for w in row.split("|"))


def _level_verb_start(text: str, verb: int, start: int, ordered: list[int], i: int) -> int:
    """Where a named body's run opens when a stop word ends it: at the level word before a verb that
    names the body's work (市推动企业技术改造工作领导小组, 省推进碳达峰碳中和工作领导小组; ``body_forms.tsv``
    named-verb), else where it was."""
    if text[verb:start] not in forms().get("named-verb", ()) or i < 1:
        return start
    lw = text[ordered[i - 1]:verb]  # 市, or a city or province printed whole (福州市推动…, 天津市推进…)
    named_place = lw.endswith(("市", "省")) and lw[0] not in "全我本各该" and re.fullmatch(_HAN + "{2,5}", lw)
    return ordered[i - 1] if lw in ("省", "市", "区", "县", "自治区", "州") or named_place else start


@lru_cache(maxsize=None)
def _place_names() -> tuple[str, ...]:
    """Province and city names as printed (湖北, 湖北省, 广州, 广州市), longest first."""
    return _by_length(tuple({*province_names(), *city_provinces()}))


_ALIAS_MARK = re.compile(r"(?:" + cue("actor_cues.tsv", "alias-mark") + r")")
_ALIAS_DECL = re.compile(r"[（(](?:" + cue("actor_cues.tsv", "alias-mark") + r")(?P<short>[\u4e00-\u9fff]{2,12})[）)]")


def find_named(text: str, place, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for bodies named by a run of words and an ending of
    ``body_forms.tsv`` kind named (省应对气候变化及节能减排工作领导小组, 碳达峰评估编制工作专班,
    平潭综合实验区管委会) or named-nonstate (湖北碳排放权交易中心有限公司, 国网山东省电力公司: non-state).
    The run goes left over jieba tokens, 2–20 characters of Han script, and stops at punctuation or
    a named-stop word (成立, 发挥, 由, 和, 的 …); a name that opens with a province or city is that
    place's, else the document's."""
    home = place or Place(None, None)
    ordered = sorted(cuts)
    stops = named_stops()
    nonstate_ends = forms().get("named-nonstate", ())
    by_len = _by_length(tuple(province_names()))
    short: dict[str, tuple] = {}  # a short name a text declares (（以下简称技术工作组）) → the body's id, place, level
    for m in _named_rx().finditer(text):
        h, e = m.start(), m.end()
        if e < len(text) and re.match(_HAN, text[e]) and e not in cuts or text.startswith(forms().get("named-system", ()), e):
            continue  # 管委会成员: the ending begins a longer word; 建立…工作联席会议制度: a system, no body
        start = h
        i = bisect.bisect_left(ordered, h)
        while i > 0:
            prev = ordered[i - 1]
            tok = text[prev:start]
            if not re.fullmatch(_HAN + "+", tok) or h - prev > 20:
                break
            if tok in stops:  # 省推进…工作领导小组: the level before a verb; 绿色发展资金管理工作领导小组: a joiner inside the name
                start = _level_verb_start(text, prev, start, ordered, i - 1)
                start = joined_start(text, prev, start, h, ordered, i - 1, stops, _place_names()) if start > prev else start
                break
            start, i = prev, i - 1
        name = text[start:e]
        if h - start < 2 or not re.fullmatch(_HAN + "+", name):
            continue
        alias = _ALIAS_MARK.match(name)
        if alias:  # （以下简称技术工作组）: the run took the mark in
            start, name = start + alias.end(), name[alias.end():]
        known = next((k for k in short if name.endswith(k)), None)
        if known:  # 技术工作组 after 核查技术工作组（以下简称技术工作组）: the body named before (a run glued to it is no part)
            yield (e - len(known), e, *short[known])
            continue
        if m.group(0) in forms().get("named-placed", ()):  # 广州碳排放权交易中心: a name of a place opens it; 区域交易中心 is a kind
            if name.startswith(_place_names()) and not text.endswith(forms().get("named-create", ()), 0, start) \
                    and not text.startswith(forms().get("named-nonstate", ()), e):
                # 设立江苏省自愿减排交易中心: a thing to set up; 湖北碳排放权交易中心有限公司: the company's name, whole
                yield start, e, ident(None, "any", name), Place(None, None), "any"
            continue
        if name.startswith(tuple(w for row in forms().get("named-generic", ()) for w in row.split("|"))):
            continue  # 世界一流大学, 产业研究院: a kind of institute
        if name.startswith(("全国", "中央", "国务院")) or _NATIONAL_START.match(name) and m.group(0) not in nonstate_ends:
            continue  # 中央…领导小组, 全国电力交易中心: the nation's, named by the lexicon or not at all
        if m.group(0) in nonstate_ends:
            yield start, e, ident(None, "any", name), Place(None, None), "any"
            continue
        prov = next((p for p in by_len if name.startswith(p)), None)
        jur = Place(province_names()[prov], None) if prov else home
        own = f"{home.city}市" if home.city else "\0"
        key_name = "市" + name[len(own):] if name.startswith(own) else name  # 福州市推动…领导小组 of Fuzhou = 市推动…领导小组
        lw = next((w for w in ("省", "市", "区", "县") if key_name.startswith(w)), "")
        level = levels().get(lw) or "unit"
        if level == "province" and jur.city:
            jur = Place(jur.province, None)
        declared = _ALIAS_DECL.match(text, e)
        if declared:
            short[declared.group("short")] = (ident(jur, level, key_name), jur, level)
        yield start, e, ident(jur, level, key_name), jur, level


_BRACKET_LIST = re.compile(r"[（(［\[〔【](?P<items>[^（()）［\]］〔〕【】\n。]{2,200})[）)］\]〕】]")
_LIST_WORDING = re.compile(cue("actor_cues.tsv", "bracket-list"))


def find_bracket_listed(text: str, place):
    """(start, end, actor id, Place, level) for the items of a bracketed responsibility list
    (（A牵头，B、C按职责分工负责）, （A、B负责）) that no lexicon lists, when they end as a body does
    (局, 厅, 委, 中心, 管委会 …; 公司, 集团 … as non-state): 省乡村振兴局, 人行重庆营管部."""
    home = place or Place(None, None)
    ends = forms()["suffix"] + forms()["nonstate"] + forms().get("named", ())
    for m in _BRACKET_LIST.finditer(text):
        if not _LIST_WORDING.search(m.group("items")):
            continue
        for s, e in _items(text, m.start("items"), m.end("items") + 1):
            raw = text[s:e]
            item = ROLE_TAIL.sub("", raw.strip()).strip()
            if not (2 <= len(item) <= 24) or not re.fullmatch(_HAN + "+", item) or _GENERIC.match(item) or not item.endswith(ends):
                continue
            yield listed_body(item, text.find(item, s, e), home)

"""Groups a duty is laid on, in the forms ``addressed.find_duty_bearers`` leaves (key convention 1: the subject of a
duty is an actor; lane AR8, issue 14 class 7).

``find_duty_bearers`` reads a verb (压实, 落实, 强化 …), a group of ``addressed-head`` and a duty of at most eight characters
ending in 责任, nothing between. This reads the same verbs (``actor_cues.tsv`` duty-group-verb) and a group

- before 的 and its duty (夯实产废者的主体责任; 落实…项目业主单位的主体责任);
- before a longer duty (严格落实排污单位自行监测数据质量主体责任: up to twelve characters);
- named by an agent noun (强化采购人主体责任, 落实采矿权人责任与义务: ``body_forms.tsv`` duty-head);
- as the second bearer of a list of duties under one verb (落实政府属地监管责任和排污单位主体责任; 严格落实生产者对产品质量的主体
  责任和认证机构对认证结果的主体责任: the second group, after 和/、/及 and before its own …责任).

A name is Han script at jieba's cuts ending in a head, with no 的, no joiner, no 各 (各方主体, 各级…: collectives and
classifiers the collective finders read), no 责任 (第一责任人, 责任单位) and no ``duty-group-not-start`` opening (到具体的负责部门);
a group whose name ends in 主体 (环境安全主体责任: 主体责任 is one word) is no name. A duty naming an instrument rather than a
burden (落实生产者责任延伸制度, 落实生产者延伸责任: ``duty-group-not-after``, ``duty-group-not-in``) lays nothing on anyone, as
the keys have it (no key names 生产者 for the extended-producer scheme). Each group is non-state, of no jurisdiction, read by
``actors.py`` as it reads ``find_duty_bearers``' groups.

``find_duty_parties``: the party committee and the government printed bare together under a duty verb (落实党委政府领导责任;
不断压实党委政府的海洋生态环境保护的主体责任; 落实党委、政府领导责任: ``actor_cues.tsv`` duty-party) are two actors (convention 17),
collectives of the document's jurisdiction, named as ``divisions.find_division_parties`` names the same two words. 党政同责 names
no party (convention 67) and prints neither word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, cue_words
from kg.annotate.bodies import forms, ident
from kg.annotate.places import Place

_HAN = r"[\u4e00-\u9fff]"
_CUES = "actor_cues.tsv"
_VERB = re.compile(r"(?:" + cue(_CUES, "duty-group-verb") + r")")
_NOT_AFTER = re.compile(r"(?:" + cue(_CUES, "duty-group-not-after") + r")")
_NOT_IN = cue_words(_CUES, "duty-group-not-in")
_NOT_START = cue_words(_CUES, "duty-group-not-start")
_JOINERS = ("和", "及", "、", "与", "或")
_PARTY = re.compile(r"(?:" + cue(_CUES, "duty-group-verb") + r")(?P<party>" + cue(_CUES, "duty-party") + r")")
_LONGEST_NAME = 12
_LONGEST_DUTY = 12  # characters between the group (or its 的) and 责任
_LONGEST_CLAUSE = 60  # characters from the verb to the last duty of its list


@lru_cache(maxsize=None)
def _heads() -> tuple[str, ...]:
    heads = [h for h in forms().get("addressed-head", ()) if h != "主体"] + list(forms().get("duty-head", ()))
    return tuple(sorted(set(heads), key=len, reverse=True))


def _duty_end(text: str, pos: int) -> int | None:
    """The end of a duty (…责任) starting at ``pos`` (after an optional 的): Han script of no joiner, at most
    ``_LONGEST_DUTY`` characters before 责任, naming no instrument."""
    if text.startswith("的", pos):
        pos += 1
    for n in range(0, _LONGEST_DUTY + 1):
        chunk = text[pos:pos + n]
        if n and (not re.fullmatch(_HAN, chunk[-1]) or chunk[-1] in _JOINERS):
            return None
        if text.startswith("责任", pos + n):
            end = pos + n + 2
            if any(w in chunk for w in _NOT_IN) or _NOT_AFTER.match(text, end):
                return None
            return end
    return None


def _bearer(text: str, pos: int, cuts: frozenset[int]) -> tuple[int, int] | None:
    """(end of the group's name, end of its duty) for a group named at ``pos`` and given a duty right after it."""
    if pos not in cuts or text.startswith(_NOT_START, pos):
        return None
    for end in range(pos + 2, min(len(text), pos + _LONGEST_NAME) + 1):
        name = text[pos:end]
        if not re.fullmatch(_HAN + "+", name) or name[-1] in _JOINERS or "的" in name or "各" in name or "责任" in name:
            return None
        if end in cuts and name.endswith(_heads()):
            duty = _duty_end(text, end)
            if duty is not None:
                return end, duty
    return None


def find_duty_groups(text: str, cuts: frozenset[int]):
    """(start, end, name) for each group a duty verb lays a duty on (see the module's doc); the verb at jieba's cuts."""
    for m in _VERB.finditer(text):
        if m.start() not in cuts or m.end() not in cuts:
            continue
        pos, first = m.end(), True
        while pos - m.end() < _LONGEST_CLAUSE:
            found = _bearer(text, pos, cuts)
            if found is not None:
                yield pos, found[0], text[pos:found[0]]
                after = found[1]
            elif first:
                after = _duty_end(text, pos)  # 落实政府属地监管责任和…: a duty of no group, then the list goes on
                if after is None:
                    after = _first_duty(text, pos)
                if after is None:
                    break
            else:
                break
            first = False
            joiner = next((j for j in _JOINERS[:3] if text.startswith(j, after)), None)
            if joiner is None:
                break
            pos = after + len(joiner)


def _first_duty(text: str, pos: int) -> int | None:
    """The end of the first duty after the verb when a named bearer opens it (落实落细地方党委、政府的主体责任和…: the
    lexicon's), so the list's later bearers are read: the first 责任 of the clause, within ``_LONGEST_CLAUSE``."""
    m = re.compile(r"[^，。；：！？\n（）()]{1,%d}?责任" % _LONGEST_CLAUSE).match(text, pos)
    if m is None or _NOT_AFTER.match(text, m.end()) or any(w in m.group(0) for w in _NOT_IN):
        return None
    return m.end()


def find_duty_parties(text: str, place: Place | None, cuts: frozenset[int]):
    """(start, end, actor id, Place, level) for 党委 and 政府 printed bare together under a duty verb, a duty after them."""
    home = place or Place(None, None)
    for m in _PARTY.finditer(text):
        s, e = m.span("party")
        if m.start() not in cuts or s not in cuts or e not in cuts or _duty_end(text, e) is None:
            continue  # 党委政府 may be one word of jieba's: its ends are cuts
        for word in ("党委", "政府"):
            at = text.find(word, s, e)
            yield at, at + 2, ident(home, "all", word), home, "all"

"""A pattern's scan of a text tried only where a match can start (issue 17): the same matches, fewer positions tried.

Many cue patterns open with a run of a character class (``(?P<items>[\\u4e00-\\u9fff]{2,10}(?:、…){1,12})等行业…``):
``re`` tries them at every character of a text, about 10-25 ms of CPU each over corpus + seeds. Every match prints
the pattern's literal runs (``等``, ``、``), each at an offset from the match's start that the pattern bounds
(``、`` at 2-10). ``finditer(rx, text)`` reads those runs and bounds once per pattern (``re``'s own parser), finds
the rarest run in the text, and lets ``re`` try only the starts within its bounds before each of its places: windows
of the text, each scanned by ``rx.finditer`` up to where a match opening in the window can reach (its longest
width, lookaheads and boundary tests included). A text missing a run has no match at all (``gates.may_match``'s
test, per pattern). What cannot be bounded (a group reference, an unbounded run before every literal, flags that
change what a literal matches) is scanned as before.

The matches are those of ``rx.finditer(text, pos, endpos)``, in order, non-overlapping (each window starts after
the previous match's end); only a match's ``pos`` and ``endpos`` attributes (the window's) differ, and no caller
reads them. ``search(rx, text, pos, endpos)`` gives ``rx.search``'s match, skipping a text missing a run.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

try:
    from re import _constants as _c, _parser
except ImportError:  # another Python: every scan runs as before
    _c = _parser = None

_INF = float("inf")
_WINDOWED = 0.25  # windows are scanned when their starts are at most this share of the text's positions
_PER_START = 0.02  # an unbounded reach: each start tried by rx.match when starts are at most this share
_SHORT = 200  # a text shorter than this is scanned whole once its anchors are there
_MERGE = 8  # windows closer than this are scanned as one
_ALTERNATIVES = 8  # an anchor of more alternatives is not looked for (its look-up would cost more than the scan)


class _Plan:
    """What a pattern's every match holds: anchors (the alternatives of one literal run, each with the offsets from
    the match's start it may stand at: min, max; max ``inf`` when unbounded), and how far past its start a match
    may look (``inf``: unbounded)."""

    __slots__ = ("anchors", "gates", "bounded", "reach")

    def __init__(self, anchors: list[tuple[tuple[str, ...], float, float]], reach: float):
        self.anchors = tuple(dict.fromkeys(anchors))
        self.gates = tuple(dict.fromkeys(a[0] for a in self.anchors if len(a[0]) <= _ALTERNATIVES))
        self.bounded = tuple(a for a in self.anchors if a[2] != _INF and len(a[0]) <= _ALTERNATIVES)
        self.reach = reach


_PLANS: dict[int, tuple[re.Pattern, _Plan | None]] = {}  # by the pattern's id (a Pattern's hash reads its code)


class _Unreadable(Exception):
    pass


def plan(rx: re.Pattern) -> _Plan | None:
    """The pattern's anchors and reach, read once; None when they cannot be read (then every scan runs as before)."""
    known = _PLANS.get(id(rx))
    if known is not None and known[0] is rx:
        return known[1]
    found = None
    if _parser is not None and isinstance(rx.pattern, str) and not rx.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        try:
            anchors: list[tuple[tuple[str, ...], float, float]] = []
            lo, hi, reach = _walk(list(_parser.parse(rx.pattern, rx.flags)), 0, 0, anchors)
            if lo > 0:  # a match of no width is never scanned in windows
                found = _Plan(anchors, max(hi, reach))
        except (_Unreadable, re.error, TypeError, ValueError, RecursionError, AttributeError):
            found = None
    _PLANS[id(rx)] = (rx, found)
    return found


def _walk(items, lo, hi, runs):
    """Walk a sequence from offsets (lo, hi): the offsets after it and the farthest offset it may look at. Literal
    runs every match goes through are added to ``runs`` (when ``runs`` is not None) with their start's offsets, as
    anchors of one alternative; alternatives that each open with a literal run (达到|不低于) as one anchor."""
    reach = hi
    run, run_lo, run_hi = "", lo, hi

    def close():
        if run and runs is not None:
            runs.append(((run,), run_lo, run_hi))

    for op, av in items:
        if op is _c.LITERAL:
            if not run:
                run_lo, run_hi = lo, hi
            run += chr(av)
            lo, hi = lo + 1, hi + 1
            reach = max(reach, hi)
            continue
        close()
        run = ""
        if op in (_c.NOT_LITERAL, _c.IN, _c.ANY):
            lo, hi = lo + 1, hi + 1
        elif op is _c.SUBPATTERN:
            group_runs = runs if not av[1] & (re.IGNORECASE | re.LOCALE) else None  # a run ignoring case: no gate
            lo, hi, r = _walk(list(av[-1]), lo, hi, group_runs)
            reach = max(reach, r)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            lo, hi, r = _walk(list(av), lo, hi, runs)
            reach = max(reach, r)
        elif op in _REPEATS:
            least, most, body = av[0], av[1], list(av[2])
            first_runs = runs if least >= 1 else None
            blo, bhi, breach = _walk(body, 0, 0, None)
            if first_runs is not None:
                _walk(body, lo, hi, first_runs)  # the first pass is always made: its runs at these offsets
            most = _INF if most == _c.MAXREPEAT else most
            over = breach - bhi if bhi != _INF else _INF  # how far past its end one pass may look
            lo = lo + least * blo
            hi = hi + most * bhi if most and bhi else hi
            reach = max(reach, hi + over if most else reach)
        elif op is _c.BRANCH:
            widths = [_walk(list(alt), 0, 0, None) for alt in av[1]]
            openings = [_opening(list(alt)) for alt in av[1]]
            if runs is not None and all(openings):
                runs.append((tuple(dict.fromkeys(openings)), lo, hi))
            reach = max(reach, hi + max(w[2] for w in widths))
            lo, hi = lo + min(w[0] for w in widths), hi + max(w[1] for w in widths)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, body = av
            if direction == 1:  # a lookahead looks past where it stands; what one requires stands where it does
                reach = max(reach, _walk(list(body), lo, hi, runs if op is _c.ASSERT else None)[2])
        elif op is _c.AT:
            reach = max(reach, hi + 1)  # a boundary test reads the character at its place
        else:  # a group reference, a conditional, anything unforeseen
            raise _Unreadable(op)
        reach = max(reach, hi)
    close()
    return lo, hi, reach


def _opening(items) -> str:
    """The literal run an alternative opens with ("" when it opens otherwise)."""
    run = ""
    for op, av in items:
        if op is not _c.LITERAL:
            break
        run += chr(av)
    return run


_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if _c and hasattr(_c, n))


def finditer(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """The matches of ``rx.finditer(text, pos, endpos)``, trying only the starts a match can have."""
    end = len(text) if endpos is None or endpos > len(text) else endpos
    p = plan(rx)
    if p is None:
        return rx.finditer(text, pos, end)
    if not _present(p.gates, text, pos, end):
        return iter(())  # an anchor missing: no match
    span = end - pos
    if not p.bounded or span < _SHORT:
        return rx.finditer(text, pos, end)
    ranked = sorted(p.bounded, key=lambda a: sum(text.count(alt, pos, end) for alt in a[0]) * (a[2] - a[1] + 1))
    starts = [[pos, end - 1]]
    for alts, dlo, dhi in ranked:
        starts = _within(text, end, starts, alts, int(dlo), int(dhi))
    tried = sum(b - a + 1 for a, b in starts)
    if p.reach != _INF and tried <= span * _WINDOWED:
        return _windows(rx, text, end, starts, int(p.reach))
    if tried <= span * _PER_START:
        return _each_start(rx, text, end, starts)
    return rx.finditer(text, pos, end)


def _within(text: str, end: int, starts: list[list[int]], alts: tuple[str, ...], dlo: int, dhi: int) -> list[list[int]]:
    """The starts of ``starts`` (intervals [a, b], in order) from which one of ``alts`` stands dlo to dhi characters
    on, as intervals in order."""
    out: list[list[int]] = []
    find = text.find
    for a, b in starts:
        found = []
        for alt in alts:
            stop = min(end, b + dhi + len(alt))
            q = find(alt, a + dlo, stop)
            while q >= 0:
                found.append((max(a, q - dhi), min(b, q - dlo)))
                q = find(alt, q + 1, stop)
        for x, y in sorted(found) if len(alts) > 1 else found:
            if x > y:
                continue
            if out and x <= out[-1][1] + 1:
                out[-1][1] = max(out[-1][1], y)
            else:
                out.append([x, y])
    return out


def _windows(rx: re.Pattern, text: str, end: int, starts: list[list[int]], reach: int):
    """Each window's matches opening in it: scanned up to where a match opening at its last start can look."""
    merged: list[list[int]] = []
    for a, b in starts:  # windows closer than _MERGE scanned as one
        if merged and a <= merged[-1][1] + _MERGE:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    last = 0
    for a, b in merged:
        if b < last:
            continue
        for m in rx.finditer(text, max(a, last), min(end, b + reach + 1)):
            if m.start() > b:
                break  # opens past the window: found again, whole, from its own window
            yield m
            last = m.end()


def _each_start(rx: re.Pattern, text: str, end: int, starts: list[list[int]]):
    """Each start tried alone (a match of unbounded reach), after the previous match's end."""
    last = 0
    match = rx.match
    for a, b in starts:
        for s in range(max(a, last), b + 1):
            if s < last:
                continue
            m = match(text, s, end)
            if m is not None:
                yield m
                last = m.end()


def search(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """``rx.search(text, pos, endpos)``, None without a scan when the text misses an anchor every match prints."""
    end = len(text) if endpos is None or endpos > len(text) else endpos
    p = plan(rx)
    if p is not None and not _present(p.gates, text, pos, end):
        return None
    return rx.search(text, pos, end)


def match(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """``rx.match(text, pos, endpos)``, None without trying when the text misses an anchor every match prints."""
    end = len(text) if endpos is None or endpos > len(text) else endpos
    p = plan(rx)
    if p is not None and not _present(p.gates, text, pos, end):
        return None
    return rx.match(text, pos, end)


def _present(gates: tuple[tuple[str, ...], ...], text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` prints one alternative of each gate."""
    if pos == 0 and end == len(text):
        for alts in gates:
            for alt in alts:
                if alt in text:
                    break
            else:
                return False
        return True
    for alts in gates:
        for alt in alts:
            if text.find(alt, pos, end) >= 0:
                break
        else:
            return False
    return True

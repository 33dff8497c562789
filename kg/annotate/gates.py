"""What every match of a cue pattern must print: a cheap test before a slow scan (issue 17).

A pattern that opens with a lazy run of a character class (``(?P<before>[^，。；]{2,60}?)…落实…不再列出``) is tried
at every position of a text: 0.08 s of CPU over corpus + seeds for one such cue, in documents that print none of
its words. ``required(pattern)`` reads the pattern (``re``'s own parser) for the runs of literal characters every
match holds (outside alternatives and optional parts); ``may_match(patterns, text)`` is False only when, for every
pattern, one of its runs is missing from the text, so the scan it guards finds exactly what it found without it.
A pattern whose runs cannot be read (flags that change what a literal matches, an unknown shape) is never skipped.
"""
from __future__ import annotations

import re

try:
    from re import _constants as _c, _parser
except ImportError:  # another Python: no gate, every scan runs
    _c = _parser = None


def required(pattern: str) -> tuple[str, ...] | None:
    """The runs of literal characters every match of ``pattern`` holds; None when they cannot be read."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern)
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        return None
    runs: list[str] = []
    _walk(list(parsed), runs)
    return tuple(r for r in runs if r)


_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if _c and hasattr(_c, n))


def _walk(items, runs: list[str]) -> None:
    """Literal runs of a sequence every match goes through: consecutive literals; a group (not one that ignores
    case) or a repeat of at least one recursed into, its runs apart; anything else ends the current run."""
    current = ""
    for op, av in items:
        if op is _c.LITERAL:
            current += chr(av)
            continue
        runs.append(current)
        current = ""
        if op is _c.SUBPATTERN and not av[1] & (re.IGNORECASE | re.LOCALE):
            _walk(list(av[-1]), runs)
        elif op in _REPEATS and av[0] >= 1:
            _walk(list(av[2]), runs)
    runs.append(current)


def may_match(gates: tuple, text: str) -> bool:
    """Whether some pattern may match in ``text``: ``gates`` holds each pattern's ``required`` runs (None: always)."""
    return any(runs is None or all(r in text for r in runs) for runs in gates)

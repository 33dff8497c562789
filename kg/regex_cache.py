"""Regular expressions compiled once per machine, not once per process (issue 17).

A build's process compiles about 880 regular expressions (most at the import of the taggers, from
the cue tables), 0.3 s of CPU of every build and every worker: Python's ``re`` parses each pattern
and turns it into its engine's code in pure Python. That code depends only on the pattern, its
flags and the Python that made it, so it is kept in the user's cache folder (``kg.machine_cache``)
and a later process hands it straight to the engine (``_sre.compile``), which is what ``re`` itself
does last.

An entry's key is the pattern's text and flags; the file is the Python's own (``sys.version``,
``_sre.MAGIC``) and checked by its digest (a damaged or foreign one is ignored and written again);
an entry is kept only when the pattern it gives equals ``re``'s own compilation (the same flags,
code, pattern, groups and group names), checked when it is first kept. Patterns with ``re.LOCALE``
(their code depends on the locale) or ``re.DEBUG`` are left to ``re``. Anything unusual (another
Python without ``re._compiler``, no cache folder) leaves ``re`` as it is: only time changes, never
a match. ``POLICYKG_MACHINE_CACHE=0`` turns it off.
"""
from __future__ import annotations

import atexit
import re
from array import array

from kg import machine_cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: nothing kept, re as it is
    _sre = _compiler = _parser = None

NAME = "regex"
MAX_ENTRIES = 3000  # the file keeps the entries used last, at most this many (the least recently saved go first)
# a process that compiled fewer patterns than this anew writes nothing: a few are made anew in every process (their
# text from a set's order, an output folder's name) and would otherwise have the file rewritten at every build (a count,
# not their CPU seconds: those grow fiftyfold under valgrind, which then measured a rewrite per build)
SAVE_AFTER = 16
HEADER = ("regex", 2, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
# the engine's code kept as the bytes of an array of its words (marshal reads bytes at once, a list int by int: a
# table of 1,300 patterns 63 ms as lists), made a list again only for a pattern compiled
_WORD = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)

_kept: dict[tuple[str | bytes, int], tuple] = {}  # (pattern, flags) → _sre.compile's arguments after the pattern
_new: dict[tuple[str | bytes, int], tuple] = {}
_used: set[tuple[str | bytes, int]] = set()  # the kept entries this process compiled from
_original = None


def cache_file():
    """Where the kept compilations are (None: turned off)."""
    return machine_cache.path(NAME, HEADER)


def _read() -> dict:
    table = machine_cache.read(NAME, HEADER)
    return table if isinstance(table, dict) else {}


def _arguments(pattern, flags: int):
    """What ``re._compiler.compile`` hands ``_sre.compile`` after the pattern (the same steps)."""
    p = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(p, flags)).tobytes()
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _compile_kept(pattern, args):
    flags, code, groups, groupindex, indexgroup = args
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


def _same(a, b) -> bool:
    return a == b and a.groups == b.groups and dict(a.groupindex) == dict(b.groupindex)


def _compile(p, flags=0):
    if not isinstance(p, (str, bytes)) or flags & (re.LOCALE | re.DEBUG):
        return _original(p, flags)
    key = (p, flags)
    args = _kept.get(key) or _new.get(key)
    if args is not None:
        try:
            compiled = _compile_kept(p, args)
        except Exception:  # noqa: BLE001 - an entry the engine refuses: re's own compilation
            _kept.pop(key, None)
            _new.pop(key, None)
        else:
            _used.add(key)
            return compiled
    compiled = _original(p, flags)
    if len(_new) < MAX_ENTRIES:
        try:
            args = _arguments(p, flags)
            if _same(_compile_kept(p, args), compiled):
                _new[key] = args
        except Exception:  # noqa: BLE001 - re's internals not as expected: nothing kept
            pass
    return compiled


def _save() -> None:
    """This process's new compilations kept, when there are ``SAVE_AFTER`` or more: the file written whole, the entries
    this process used and its new ones last (most recently saved), the file's least recently saved ones dropped past
    ``MAX_ENTRIES``."""
    if len(_new) < max(SAVE_AFTER, 1):
        return
    table = {k: v for k, v in _read().items() if k not in _used and k not in _new}
    table.update((k, _kept[k]) for k in _used if k in _kept)
    table.update(_new)
    if len(table) > MAX_ENTRIES:
        table = dict(list(table.items())[len(table) - MAX_ENTRIES:])
    if machine_cache.write(NAME, HEADER, table):
        _kept.update(_new)
        _new.clear()


def install() -> bool:
    """``re`` compiles through the kept compilations from now on in this process (once); True if it does."""
    global _original
    if _original is not None:
        return True
    if _compiler is None or _WORD is None or cache_file() is None or not callable(getattr(_compiler, "compile", None)) \
            or not callable(getattr(_compiler, "_code", None)):
        return False
    _kept.update(_read())
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(_save)
    return True

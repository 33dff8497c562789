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

from kg import machine_cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: nothing kept, re as it is
    _sre = _compiler = _parser = None

NAME = "regex"
MAX_ENTRIES = 5000  # a process compiling the users' patterns (serve, scripts) never grows the file past this
HEADER = ("regex", 1, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))

_kept: dict[tuple[str | bytes, int], tuple] = {}  # (pattern, flags) → _sre.compile's arguments after the pattern
_new: dict[tuple[str | bytes, int], tuple] = {}
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
    code = [int(c) for c in _compiler._code(p, flags)]  # plain ints (some are re._constants names): marshal keeps them
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _same(a, b) -> bool:
    return a == b and a.groups == b.groups and dict(a.groupindex) == dict(b.groupindex)


def _compile(p, flags=0):
    if not isinstance(p, (str, bytes)) or flags & (re.LOCALE | re.DEBUG):
        return _original(p, flags)
    key = (p, flags)
    args = _kept.get(key) or _new.get(key)
    if args is not None:
        try:
            return _sre.compile(p, *args)
        except Exception:  # noqa: BLE001 - an entry the engine refuses: re's own compilation
            _kept.pop(key, None)
            _new.pop(key, None)
    compiled = _original(p, flags)
    if len(_kept) + len(_new) < MAX_ENTRIES:
        try:
            args = _arguments(p, flags)
            if _same(_sre.compile(p, *args), compiled):
                _new[key] = args
        except Exception:  # noqa: BLE001 - re's internals not as expected: nothing kept
            pass
    return compiled


def _save() -> None:
    """The kept compilations and this process's new ones, written whole."""
    if not _new:
        return
    table = {**_read(), **_kept, **_new}
    if len(table) <= MAX_ENTRIES and machine_cache.write(NAME, HEADER, table):
        _kept.update(_new)
        _new.clear()


def install() -> bool:
    """``re`` compiles through the kept compilations from now on in this process (once); True if it does."""
    global _original
    if _original is not None:
        return True
    if _compiler is None or cache_file() is None or not callable(getattr(_compiler, "compile", None)) \
            or not callable(getattr(_compiler, "_code", None)):
        return False
    _kept.update(_read())
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(_save)
    return True

"""Regular expressions compiled once per machine, not once per process (issue 17).

A build's process compiles about 900 regular expressions (most at the import of the taggers, from
the cue tables), 0.3 s of CPU of every build and every worker: Python's ``re`` parses each pattern
and turns it into its engine's code in pure Python. That code depends only on the pattern, its
flags and the Python that made it, so it is kept in the user's cache folder (``kg.machine_cache``)
and a later process hands it straight to the engine (``_sre.compile``), which is what ``re`` itself
does last.

Only inside a window: ``installed()`` (the CLI's ``build``, ``parse`` and ``diff`` open it before the
taggers are imported and close it after) routes ``re``'s compilations through the kept ones and saves
the new ones when it closes; ``import kg`` alone leaves ``re`` as it is, so a library user's own
patterns never go through the cache unless the user opens the window.

The file is an index and the entries' code apart: a process reads the index (each pattern's text and
flags, where its code lies, the code's SHA-256) and only the code of the patterns it compiles (read at
its place), each checked by its digest when first used. A build uses about 900 of the file's entries,
under 1 MB of code; the file of a machine shared by several checkouts grows to tens of MB, which every
process read and hashed whole in the earlier format (one marshal). The index is checked by its own digest and
the header (the Python, ``_sre.MAGIC``); a damaged or foreign file is ignored and written again; an
entry whose code does not check is compiled by ``re`` as if it were not kept. An entry is kept only
when the pattern it gives equals ``re``'s own compilation (the same flags, code, pattern, groups and
group names), checked when it is first kept. Patterns with ``re.LOCALE`` (their code depends on the
locale) or ``re.DEBUG`` are left to ``re``. Anything unusual (another Python without ``re._compiler``,
no cache folder) leaves ``re`` as it is: only time changes, never a match. ``POLICYKG_MACHINE_CACHE=0``
turns it off.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
from array import array
from contextlib import contextmanager
from pathlib import Path

from kg import machine_cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: nothing kept, re as it is
    _sre = _compiler = _parser = None

NAME = "regexes"  # not "regex": the earlier format's file (one marshal read and hashed whole) is another name
MAX_ENTRIES = 3000  # the file keeps the entries used last, at most this many (the least recently saved go first)
# a process that compiled fewer patterns than this anew writes nothing: a few are made anew in every process (their
# text from a set's order, an output folder's name) and would otherwise have the file rewritten at every build (a count,
# not their CPU seconds: those grow fiftyfold under valgrind, which then measured a rewrite per build)
SAVE_AFTER = 16
# … or fewer but long (their text this many characters in all): a table's pattern, a few milliseconds each to compile
SAVE_CHARS = 2000
HEADER = ("regex", 3, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
# the engine's code kept as the bytes of an array of its words (marshal reads bytes at once, a list int by int: a
# table of 1,300 patterns 63 ms as lists), made a list again only for a pattern compiled
_WORD = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)
# the file: MAGIC, the index's length (8 bytes, little-endian), the index (marshal of the header and
# {(pattern, flags): (offset, length, SHA-256 of the entry)}), the index's SHA-256, then the entries (marshal each)
MAGIC = b"policykg-regex\x00\x03"
_LENGTH = 8
_DIGEST = 32

_index: dict[tuple[str | bytes, int], tuple[int, int, bytes]] = {}  # (pattern, flags) → where its entry lies
_file = None  # the file the index was read from (open while a window is), and where its entries start
_base = 0
_new: dict[tuple[str | bytes, int], tuple] = {}  # compiled by re in this window: _sre.compile's arguments
_used: dict[tuple[str | bytes, int], bytes] = {}  # the kept entries this window compiled from (their checked bytes)
_original = None
_depth = 0  # windows open (installed() inside another leaves it to the outer one)


def cache_file() -> Path | None:
    """Where the kept compilations are (None: turned off)."""
    return machine_cache.path(NAME, HEADER, ".marshal")  # its own layout (an index, the entries apart)


def _open():
    """(the open file, where its entries start, its index), or None where there is no file or it does not check."""
    where = cache_file()
    if where is None:
        return None
    try:
        fh = open(where, "rb")
    except OSError:
        return None
    try:
        start = len(MAGIC) + _LENGTH
        head = fh.read(start)
        size = int.from_bytes(head[len(MAGIC):], "little")
        if head[:len(MAGIC)] != MAGIC or size > os.fstat(fh.fileno()).st_size:
            raise ValueError("not this format")
        raw, digest = fh.read(size), fh.read(_DIGEST)
        if len(raw) != size or hashlib.sha256(raw).digest() != digest:
            raise ValueError("damaged")
        header, index = marshal.loads(raw)
        if header != (machine_cache.PYTHON, HEADER) or not isinstance(index, dict):
            raise ValueError("another Python's file")
        machine_cache.mark_used(where, os.fstat(fh.fileno()).st_mtime)
    except (OSError, ValueError, EOFError, TypeError):
        fh.close()
        return None
    return fh, start + size + _DIGEST, index


def _entry(fh, base: int, where) -> bytes | None:
    """An entry's bytes from the file (read where the index says, not the whole file), or None where they do not
    check."""
    try:
        offset, length, digest = where
        if hasattr(os, "pread"):
            data = os.pread(fh.fileno(), length, base + offset)
        else:  # pragma: no cover - a system without pread
            fh.seek(base + offset)
            data = fh.read(length)
    except (TypeError, ValueError, OSError, OverflowError):
        return None
    return data if len(data) == length and hashlib.sha256(data).digest() == digest else None


def _decode(data: bytes | None):
    try:
        args = marshal.loads(data)
        flags, code, groups, groupindex, indexgroup = args
    except (TypeError, ValueError, EOFError):
        return None
    return args if isinstance(code, bytes) else None


def _read() -> dict:
    """Every entry of the file that checks, decoded: (pattern, flags) → ``_sre.compile``'s arguments after the pattern."""
    opened = _open()
    if opened is None:
        return {}
    fh, base, index = opened
    with fh:
        table = {key: _decode(_entry(fh, base, where)) for key, where in index.items()}
    return {k: v for k, v in table.items() if v is not None}


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


def _kept(key):
    """The kept arguments of ``key`` (read from the file and checked the first time), or None."""
    args = _new.get(key)
    if args is not None:
        return args
    data = _used.get(key)
    if data is None:
        where = _index.get(key)
        if where is None or _file is None:
            return None
        data = _entry(_file, _base, where)
        if data is None:  # damaged: compiled by re, as if it were not kept
            _index.pop(key, None)
            return None
    args = _decode(data)
    if args is None:
        _index.pop(key, None)
        return None
    _used[key] = data
    return args


def _compile(p, flags=0):
    if not isinstance(p, (str, bytes)) or flags & (re.LOCALE | re.DEBUG):
        return _original(p, flags)
    key = (p, flags)
    args = _kept(key)
    if args is not None:
        try:
            return _compile_kept(p, args)
        except Exception:  # noqa: BLE001 - an entry the engine refuses: re's own compilation
            _index.pop(key, None)
            _used.pop(key, None)
            _new.pop(key, None)
    compiled = _original(p, flags)
    if len(_new) < MAX_ENTRIES:
        try:
            args = _arguments(p, flags)
            if _same(_compile_kept(p, args), compiled):
                _new[key] = args
        except Exception:  # noqa: BLE001 - re's internals not as expected: nothing kept
            pass
    return compiled


def _write(entries: list[tuple[tuple, bytes]]) -> bool:
    """The file written whole (a temporary file renamed) with ``entries`` in order; False where it could not be."""
    where = cache_file()
    if where is None:
        return False
    index, offset = {}, 0
    for key, data in entries:
        index[key] = (offset, len(data), hashlib.sha256(data).digest())
        offset += len(data)
    try:
        raw = marshal.dumps(((machine_cache.PYTHON, HEADER), index))
    except ValueError:
        return False
    head = MAGIC + len(raw).to_bytes(_LENGTH, "little") + raw + hashlib.sha256(raw).digest()
    return machine_cache.replace_file(where, NAME, [head, *(data for _, data in entries)])


def _save() -> None:
    """This window's new compilations kept, when there are ``SAVE_AFTER`` or more or ``SAVE_CHARS`` of text: the file written whole, the entries
    this window used and its new ones last (most recently saved), the file's least recently saved ones dropped past
    ``MAX_ENTRIES``. The file is read again first (another process may have replaced it): its entries copied by bytes,
    each checked."""
    if len(_new) < max(SAVE_AFTER, 1) and sum(len(p) for p, _ in _new) < SAVE_CHARS:
        return
    entries: dict[tuple, bytes] = {}
    opened = _open()
    if opened is not None:
        fh, base, index = opened
        with fh:
            for key, where in index.items():
                if key not in _used and key not in _new:
                    data = _entry(fh, base, where)
                    if data is not None:
                        entries[key] = data
    entries.update(_used)
    entries.update((k, marshal.dumps(v)) for k, v in _new.items())
    kept = list(entries.items())[-MAX_ENTRIES:]
    if _write(kept):
        _new.clear()


def install() -> bool:
    """``re`` compiles through the kept compilations from now on in this process, until ``uninstall``; True if it
    does. ``installed()`` is the window that calls both."""
    global _original, _file, _base
    if _original is not None:
        return True
    if _compiler is None or _WORD is None or cache_file() is None or not callable(getattr(_compiler, "compile", None)) \
            or not callable(getattr(_compiler, "_code", None)):
        return False
    opened = _open()
    if opened is not None:
        _file, _base, index = opened
        _index.update(index)
    _original = _compiler.compile
    _compiler.compile = _compile
    return True


def uninstall() -> None:
    """``re`` as it was; this window's new compilations saved (``_save``), what was read of the file let go."""
    global _original, _file
    if _original is None:
        return
    _compiler.compile = _original
    _original = None
    try:
        _save()
    finally:
        if _file is not None:
            _file.close()
        _file = None
        _index.clear()
        _used.clear()
        _new.clear()


@contextmanager
def installed():
    """The window of the kept compilations: installed on entry (unless a window is open already), and on exit ``re``
    as it was and the new compilations saved. Yields whether ``re`` compiles through them."""
    global _depth
    _depth += 1
    try:
        yield install()
    finally:
        _depth -= 1
        if _depth == 0:
            uninstall()

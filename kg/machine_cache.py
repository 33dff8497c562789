"""What a process derives from files that do not change between builds, kept once per machine (issue 17).

The user's cache folder (``$XDG_CACHE_HOME/policykg``, else ``~/.cache/policykg``) holds one file per
name (``NAME-TAG.entry``): ``LAYOUT``, the header's length (4 bytes, little-endian), the header (``marshal``),
the SHA-256 of the payload, the payload (``marshal`` of the value). The header comes first and apart, so the
sweep reads a few hundred bytes of an entry, not its megabytes (``header_of``). ``read`` gives the value only
when the header is the one asked for (what the value was derived from: the Python, a file's size and time)
and the digest holds; anything else (no file, a damaged or foreign one, no cache folder) gives None and the
caller derives the value as before (the earlier layout, one marshal of header, value and digest, was kept under
``.marshal``: never read; the sweep removes those of a source path at once, the others once unread for 30
days). ``write`` replaces the file whole (a temporary file renamed), silently doing nothing where it cannot. A value read
marks its file used (its time set anew, at most once a day: ``USED_EVERY``), so the sweep can tell an
entry no version has read for long (``machine_cache_sweep.UNUSED_AGE``).
``POLICYKG_MACHINE_CACHE=0`` turns both off. Only marshal's plain values (str, int, tuple, list,
dict, set) are kept: nothing a file could hold runs as code.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

PYTHON = (sys.version, getattr(sys.implementation, "cache_tag", None), marshal.version)
SETTLED_NS = 2_000_000_000  # a file's time this far past: a later edit gets another time (FAT's clock tick is 2 s)
SUFFIX = ".entry"  # the files of ``write``; ``.marshal``: the earlier layout (one marshal), and ``regex_cache``'s own file
LAYOUT = b"\x00policykg-entry\x00\x02"  # an entry's first bytes (not marshal: an earlier version reads None)
_LENGTH = 4  # bytes of the header's length
_DIGEST = 32  # bytes of the payload's SHA-256
_HEADER_MAX = 1 << 16  # a header longer than this is no header of ours (a damaged length)
USED_EVERY = 86400  # seconds: a read sets its file's time anew when it is older than this (a mark of use, not a write)


def folder() -> Path | None:
    """The cache folder (None: turned off, or no absolute home to put it in)."""
    if os.environ.get("POLICYKG_MACHINE_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "policykg" if os.path.isabs(base) else None


def _tag(header: tuple) -> str:
    return hashlib.sha256(repr((PYTHON, header)).encode()).hexdigest()[:16]


def of_file(name: str, source, version: int) -> str:
    """The name of a value derived from the file at ``source`` by the code of ``version`` (the header's second field:
    what the deriving code bumps when its value changes), one name per path and version: a value derived anew replaces
    only what the same version derived from the same path (an earlier state of that file), never what another checkout
    or environment derived from its own copy (several worktrees of one machine replaced each other's entries at every
    build: jieba's dictionary tags, 0.5 s of CPU and a 6.5 MB file written, and each ontology table), nor what another
    version of policykg sharing the same Python environment derived from the same file (jieba's dictionary, ~1.2 s of
    CPU each time two versions ran in turn). An entry of a version no longer installed goes when no build has read it
    for ``machine_cache_sweep.UNUSED_AGE``."""
    return f"{name}-v{int(version)}-{source_digest(str(source))}"


def source_digest(source: str) -> str:
    """The digest of a source path an ``of_file`` name carries: the first 12 hex digits of its SHA-256."""
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@lru_cache(maxsize=None)
def code_of(*files: str) -> str:
    """The first 16 hex digits of the SHA-256 of the source files whose code derives a value, for its header: no edit
    of that code in a checkout is outlived by an entry (a hand-bumped version alone let an edit of ``word_tags.GATHERED``
    or of ``read_tsv`` read back the value the earlier code derived; review RV18). A file that cannot be read counts as
    absent (an install without sources: its version then names its code)."""
    h = hashlib.sha256()
    for f in files:
        try:
            h.update(Path(f).read_bytes())
        except OSError:
            h.update(b"\0")
    return h.hexdigest()[:16]


def settled(stat: os.stat_result) -> bool:
    """Whether a value derived from the file of ``stat`` may be kept under its size and time (``SETTLED_NS`` past):
    a file rewritten within its filesystem's clock tick (2 s on FAT, 1 s on HFS+ and some network filesystems) keeps
    its size and time with other bytes, and a value kept from its first version would be read back for the second.
    Not kept while the time is that recent (git's cure for its "racy" files); kept by the next build after it. Ask
    before reading the file: an edit after the question gets a time of a later tick."""
    return time.time_ns() - stat.st_mtime_ns >= SETTLED_NS


def path(name: str, header: tuple, suffix: str = SUFFIX) -> Path | None:
    """The file of ``name`` derived as ``header`` says (the header's digest in its name: two Pythons apart)."""
    base = folder()
    return None if base is None else base / f"{name}-{_tag(header)}{suffix}"


def folder_of(name: str, header: tuple) -> Path | None:
    """A folder of its own for ``name`` derived as ``header`` says (made, the user's only), or None: for a cache
    that keeps its own files and checks them (jinja2's bytecode cache)."""
    base = folder()
    if base is None:
        return None
    where = base / f"{name}-{_tag(header)}"
    try:
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return where


def read(name: str, header: tuple):
    """The value kept under ``name`` for ``header``, or None; its file marked used."""
    where = path(name, header)
    if where is None:
        return None
    try:
        with open(where, "rb") as fh:
            data = memoryview(fh.read())
            written = os.fstat(fh.fileno()).st_mtime
        start = _payload_start(data)
        if start is None or marshal.loads(data[len(LAYOUT) + _LENGTH:start - _DIGEST]) != (PYTHON, header):
            return None
        payload = data[start:]
        if hashlib.sha256(payload).digest() != data[start - _DIGEST:start]:
            return None
        value = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    mark_used(where, written)
    return value


def _payload_start(data: memoryview) -> int | None:
    """Where the payload of an entry's bytes starts (after the header and the digest), None where they are not of
    this layout."""
    size = int.from_bytes(data[len(LAYOUT):len(LAYOUT) + _LENGTH], "little")
    start = len(LAYOUT) + _LENGTH + size + _DIGEST
    return start if data[:len(LAYOUT)] == LAYOUT and size <= _HEADER_MAX and len(data) >= start else None


def header_of(where: Path) -> tuple | None:
    """The header of the entry at ``where`` ((the Python, the header it was written under)), reading its first bytes
    only (a few hundred, whatever the value's size), or None where it is not an entry of this layout."""
    try:
        with open(where, "rb", buffering=0) as fh:
            first = fh.read(len(LAYOUT) + _LENGTH)
            size = int.from_bytes(first[len(LAYOUT):], "little")
            if first[:len(LAYOUT)] != LAYOUT or len(first) != len(LAYOUT) + _LENGTH or size > _HEADER_MAX:
                return None
            head = fh.read(size)
        kept = marshal.loads(head) if len(head) == size else None
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return kept if isinstance(kept, tuple) and len(kept) == 2 else None


def mark_used(where: Path, written: float) -> None:
    """The file's time set to now when it is more than ``USED_EVERY`` old (``written``, its time when read): the
    sweep removes an entry no build has read for ``machine_cache_sweep.UNUSED_AGE``. Silently nothing where it
    cannot."""
    if time.time() - written >= USED_EVERY:
        try:
            os.utime(where)
        except OSError:
            pass


def replace_file(where: Path, name: str, chunks) -> bool:
    """``where`` written whole from the byte strings ``chunks`` (a temporary file beside it renamed over it), then the
    files an earlier version kept under ``name`` removed; False where it could not be written. ``chunks`` is any
    iterable: an error while making it leaves nothing behind."""
    try:
        where.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=where.parent, prefix=f".{name}-", suffix=".tmp")
    except (OSError, ValueError):
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, where)
    except (OSError, ValueError):
        Path(tmp).unlink(missing_ok=True)
        return False
    for stale in where.parent.glob(f"{name}-*{where.suffix}"):  # what was derived from an earlier state of the file
        if stale != where and stale.name[len(name) + 1:-len(where.suffix)].isalnum():
            stale.unlink(missing_ok=True)
    return True


def write(name: str, header: tuple, value) -> bool:
    """``value`` kept under ``name`` for ``header``; False where it could not be."""
    where = path(name, header)
    if where is None:
        return False
    try:
        payload, head = marshal.dumps(value), marshal.dumps((PYTHON, header))
    except ValueError:
        return False
    if len(head) > _HEADER_MAX:
        return False
    return replace_file(where, name, [LAYOUT, len(head).to_bytes(_LENGTH, "little"), head,
                                      hashlib.sha256(payload).digest(), payload])

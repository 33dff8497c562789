"""What the machine's cache (``kg/machine_cache.py``) holds, and its sweep: entries derived from a source path that no
longer exists (a deleted checkout's ontology tables and jieba dictionary), entries no build has read for ``UNUSED_AGE``
(those of a version of policykg no longer installed, or of a Python no longer used) and temporary files a killed writer
left.

Only files of the cache's own naming are ever listed or removed: ``NAME-TAG.entry`` (``machine_cache.path``),
``NAME-vVERSION-SOURCE-TAG.entry`` (``machine_cache.of_file``: SOURCE the first 12 hex digits of the SHA-256 of the
source path), ``NAME-TAG.marshal`` (``regex_cache``'s file, and entries of the earlier layout), ``NAME-SOURCE-TAG.marshal``
(``of_file`` entries of the earlier layout: one marshal of header and value, which a sweep would read whole to learn
its source path, ~355 MB on this machine; state ``old``, removed by the sweep unread once neither written nor read for
``OLD_AGE``, two days: a checkout still on the earlier version reads them today, its access time tells),
``NAME-TAG/`` folders (``machine_cache.folder_of``) and ``.NAME-*.tmp`` (``machine_cache.replace_file``'s temporary
files); anything else in the folder is left alone (a folder's own files are emptied, the folder kept). An entry counts
as derived from a source path only when its header holds that path (third field) and the path's digest is the one its
name carries; the sweep reads the header only (``machine_cache.header_of``: a few hundred bytes an entry). A file's time is its last use: a read
sets it anew once a day (``machine_cache.mark_used``), a write makes it. Sweeping is safe beside builds that read and
write the cache: every write is a temporary file renamed over the entry, every read checks its file and derives the
value again when it is missing, and a sweep removes whole files only (a source path checked again right before its
entry goes, a temporary file only past ``LEFTOVER_AGE``); two sweeps never run at once (an exclusive lock on ``.lock``).
The worst a sweep can do to a build beside it is make it derive a value again."""
from __future__ import annotations

import fcntl
import os
import re
import stat as st
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg import machine_cache

LEFTOVER_AGE = 3600  # seconds: a temporary file older than this is a killed writer's (a write takes seconds)
SWEEP_EVERY = 86400  # seconds between the sweeps a build starts (`sweep_if_due`)
UNUSED_AGE = 30 * 86400  # seconds: an entry no build has read or written this long goes (another version's, a Python's)
OLD_AGE = 2 * 86400  # seconds: an entry of the earlier layout neither read nor written this long goes (see ``_last_use``)
LOCK = ".lock"
STAMP = ".swept"

_KIND = r"(?P<kind>[A-Za-z0-9_.-]+?)"
_OF_FILE = re.compile(_KIND + r"-v[0-9]+-(?P<source>[0-9a-f]{12})-[0-9a-f]{16}\.entry")
_OLD_OF_FILE = re.compile(_KIND + r"(?:-v[0-9]+)?-[0-9a-f]{12}-[0-9a-f]{16}\.marshal")
_ENTRY = re.compile(_KIND + r"-[0-9a-f]{16}\.(?:entry|marshal)")
_FOLDER = re.compile(_KIND + r"-[0-9a-f]{16}")
_TEMPORARY = re.compile(r"\." + _KIND + r"-[A-Za-z0-9_]+\.tmp")


class Busy(Exception):
    """Another process is sweeping or clearing the cache."""


@dataclass(frozen=True)
class Entry:
    """One file or folder the cache wrote: its kind (the name without version and digests), its size in bytes, the
    source path it was derived from (None: not derived from one path), and its state: ``kept``, ``gone`` (its source
    path no longer exists), ``unused`` (a file no build has read or written for ``UNUSED_AGE``), ``old`` (an entry of a
    source path in the earlier layout, never read: its version derives it again), ``leftover`` (a
    temporary file of a killed writer) or ``writing`` (a temporary file being written)."""
    path: Path
    kind: str
    size: int
    source: str | None
    state: str


def entries(base: Path | None = None) -> list[Entry]:
    """Every file and folder of the cache's own naming in ``base`` (the cache folder), sorted by name; [] where there is
    none."""
    base = machine_cache.folder() if base is None else base
    try:
        names = sorted(os.listdir(base)) if base is not None else []
    except OSError:
        return []
    found = []
    now = time.time()
    for name in names:
        where = base / name
        try:
            info = where.lstat()
        except OSError:
            continue
        entry = _entry(where, name, info, now)
        if entry is not None:
            found.append(entry)
    return found


def _entry(where: Path, name: str, info: os.stat_result, now: float) -> Entry | None:
    if st.S_ISDIR(info.st_mode):
        m = _FOLDER.fullmatch(name)
        return Entry(where, m.group("kind"), _folder_size(where), None, "kept") if m else None
    if not st.S_ISREG(info.st_mode):
        return None
    m = _TEMPORARY.fullmatch(name)
    if m:
        state = "leftover" if now - info.st_mtime > LEFTOVER_AGE else "writing"
        return Entry(where, m.group("kind"), info.st_size, None, state)
    used = "unused" if now - _last_use(name, info) > UNUSED_AGE else "kept"
    m = _OF_FILE.fullmatch(name)
    if m:
        source = _source(where, m.group("source"))
        if source is not None:
            return Entry(where, m.group("kind"), info.st_size, source, used if _exists(source) else "gone")
    m = _OLD_OF_FILE.fullmatch(name)
    if m:
        return Entry(where, m.group("kind"), info.st_size, None, "old" if now - _last_use(name, info) > OLD_AGE else "kept")
    m = _ENTRY.fullmatch(name)
    return Entry(where, m.group("kind"), info.st_size, None, used) if m else None


def _last_use(name: str, info: os.stat_result) -> float:
    """When a file was last written or read: its time, and for a file of the earlier layout (``.marshal``) its access
    time too: a checkout still on the earlier version (a baseline, a worktree not yet merged) reads those entries without
    marking them used, and the filesystem's access time (relatime: set at least once a day a file is read) is the only
    mark of that use. Not for ``.entry`` files: the sweep reads their headers, which would mark them used itself."""
    return max(info.st_mtime, info.st_atime) if name.endswith(".marshal") else info.st_mtime


def _source(where: Path, digest: str) -> str | None:
    """The source path the header of the entry at ``where`` names (its header read alone), when the entry's name
    carries its digest."""
    head = machine_cache.header_of(where)
    try:
        source = head[1][2]
    except (TypeError, IndexError, KeyError):
        return None
    return source if isinstance(source, str) and machine_cache.source_digest(source) == digest else None


def _exists(source: str) -> bool:
    try:
        os.stat(source)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # unreadable is not gone
    return True


def _folder_size(where: Path) -> int:
    total = 0
    for root, _, files in os.walk(where):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


@contextmanager
def _locked(base: Path) -> Iterator[None]:
    """The sweep's lock on ``base`` (its ``.lock`` file), or ``Busy``."""
    fd = os.open(base / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise Busy(f"another process is sweeping or clearing {base}") from None
        yield
    finally:
        os.close(fd)


SWEPT = ("gone", "unused", "old", "leftover")  # the states a sweep removes


def sweep(base: Path | None = None) -> list[Entry]:
    """The entries whose source path no longer exists, those no build has read for ``UNUSED_AGE`` and the leftover
    temporary files removed; the removed returned. ``Busy`` when another process sweeps; [] with no cache folder."""
    return _remove(base, SWEPT)


def clear(base: Path | None = None) -> list[Entry]:
    """Every entry the cache wrote removed (a temporary file still being written left to its writer, a folder emptied
    but kept); the removed returned. ``Busy`` when another process sweeps."""
    return _remove(base, ("kept", *SWEPT))


def _remove(base: Path | None, states: tuple[str, ...]) -> list[Entry]:
    base = machine_cache.folder() if base is None else base
    if base is None or not base.is_dir():
        return []
    removed = []
    with _locked(base):
        for entry in entries(base):
            if entry.state not in states or ("kept" not in states and _used_again(entry)):
                continue  # a source path made again, or an entry read, since it was listed keeps its entry
            try:
                if entry.path.is_dir() and not entry.path.is_symlink():
                    _empty(entry.path)
                else:
                    entry.path.unlink()
            except FileNotFoundError:
                pass  # replaced or removed meanwhile
            except OSError:
                continue
            removed.append(entry)
        _stamp(base)
    return removed


def _used_again(entry: Entry) -> bool:
    """Whether an entry the sweep would remove was made kept again since it was listed (its source path made again,
    the file read or written again)."""
    if entry.state == "gone":
        return _exists(entry.source)
    if entry.state in ("unused", "old"):
        try:
            return time.time() - _last_use(entry.path.name, entry.path.stat()) <= (UNUSED_AGE if entry.state == "unused" else OLD_AGE)
        except OSError:
            return True
    return False


def _empty(folder: Path) -> None:
    """The files of a folder of the cache's (jinja2's compiled templates) removed, the folder kept: a build beside the
    clear writes its next file there (jinja2 makes no folder)."""
    for f in folder.iterdir():
        if f.is_file() and not f.is_symlink():
            f.unlink(missing_ok=True)


def _stamp(base: Path) -> None:
    try:
        (base / STAMP).touch()
    except OSError:
        pass


def sweep_if_due(base: Path | None = None) -> list[Entry]:
    """``sweep`` when the last one is more than ``SWEEP_EVERY`` ago (the time of ``.swept``), else nothing; never
    raises (another process sweeping, an unwritable folder: nothing done)."""
    base = machine_cache.folder() if base is None else base
    if base is None or not base.is_dir():
        return []
    try:
        if time.time() - (base / STAMP).stat().st_mtime < SWEEP_EVERY:
            return []
    except FileNotFoundError:
        pass
    except OSError:
        return []
    try:
        return sweep(base)
    except (Busy, OSError):
        return []

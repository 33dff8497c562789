"""Where a build may be written: the marker, the lock, stale temporary folders, never a user's file.

Guarantees:
- an output folder is replaced only when it is missing, empty, or written by policykg (it holds
  the marker file ``MARKER``, which lists every file the build wrote, and nothing else besides
  the embedded store) — otherwise ``OutputRefused`` names the folder and the first foreign file;
- never when the folder is, contains or lies inside a source (symlinks resolved), even with --force;
- ``--force`` deletes nothing: the existing folder is renamed to a free sibling
  ``OUT.before-policykg-N`` and the build is written in its place;
- one build at a time per output folder: ``lock`` takes ``fcntl.flock`` on ``.OUT.lock`` beside it;
- temporary folders left by a killed build (``.OUT.tmp-…``, ``.OUT.old-…``) are removed by the next
  build into the same folder, which holds the lock, so they cannot belong to a running build; only
  folders that hold nothing but policykg's own files are removed.
"""
from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

MARKER = ".policykg-build"
CACHE = ".policykg-cache"  # kg/cache.py: what each document gave, for the next build (not listed in the marker)
_MARKER_HEAD = "policykg build"
# What a build writes at the top of its folder (builds made before the marker existed are
# recognised by holding nothing else); ".work" only ever exists inside a temporary folder.
KNOWN = frozenset({
    "graph.ttl", "graph.nt", "graph.nq", "graph.nq.gz", "graph.trig", "graph.jsonld", "ontology.ttl", "documents.json",
    "index.html", "projection.json", "projection.json.gz", "documents.html", "targets.html", "responsibility.html", "text", "align", "store",
    "build-report.json", "build.log", MARKER, ".work", CACHE,
})


class OutputRefused(Exception):
    """The output folder may not be written; the message says which folder, why, and what to do."""


# -- the marker -------------------------------------------------------------------------------

def write_marker(folder: Path) -> None:
    """Write the marker listing every file of ``folder`` except the store (whose file names vary) and the cache."""
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                   if (p.is_file() or p.is_symlink()) and p.relative_to(folder).parts[0] not in ("store", CACHE)
                   and p.name != MARKER)
    body = {"written_by": _MARKER_HEAD, "files": files}
    (folder / MARKER).write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def claim(folder: Path, path: Path) -> bool:
    """List ``path`` (a file policykg just wrote inside the build ``folder``, e.g. ``policykg export``'s
    graph.ttl) in the folder's marker, so that the next build takes it for the build's own and does
    not refuse the folder; True when it was listed. A folder whose marker is not policykg's is left alone."""
    marker = folder / MARKER
    try:
        rel = path.resolve().relative_to(folder.resolve()).as_posix()
        body = json.loads(marker.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return False
    if not isinstance(body, dict) or body.get("written_by") != _MARKER_HEAD:
        return False
    files = set(body.get("files", []))
    if rel in files:
        return True
    body["files"] = sorted(files | {rel})
    part = marker.with_name(MARKER + ".part")
    part.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(part, marker)
    return True


def foreign_files(folder: Path, partial: bool = False) -> list[Path]:
    """Files in ``folder`` that policykg did not write (empty when the whole folder is a build).

    A folder without the marker counts as a build (one made before the marker existed) only if
    it holds ``documents.json`` and ``graph.nq`` (or ``graph.nq.gz``) and nothing a build does not write; with
    ``partial`` (a temporary folder of a killed build) any subset of a build's files passes, and
    the ``.part`` of a page it was writing.
    """
    listed: set[str] | None = None
    marker = folder / MARKER
    if marker.is_file():
        try:
            body = json.loads(marker.read_text(encoding="utf-8"))
            if body.get("written_by") == _MARKER_HEAD:
                listed = set(body.get("files", []))
        except (ValueError, OSError, AttributeError):
            listed = None
    if listed is None and not partial and not ((folder / "documents.json").is_file()
                                                and any((folder / n).is_file() for n in ("graph.nq", "graph.nq.gz"))):
        return sorted(p for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())
    out = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if p.is_dir() and not p.is_symlink():
            if rel.parts[0] not in KNOWN:
                out.append(p)
            continue
        if rel.parts[0] in ("store", CACHE) or p.name == MARKER:
            continue  # Oxigraph's files and the cache's entries: their names vary from build to build
        if listed is not None:
            if rel.as_posix() not in listed:
                out.append(p)
        elif rel.parts[0] not in KNOWN or (rel.parts[0] in ("text", "align") and p.suffix != ".html"
                                           and not (partial and p.name.endswith(".html.part"))):
            out.append(p)  # a folder without the marker: only a build's own file names pass
    return out


# -- may this folder be written? ----------------------------------------------------------------

def _inside(a: Path, b: Path) -> bool:
    return a == b or b in a.parents


def check(out: Path, sources: list[Path], force: bool) -> Path | None:
    """Refuse an output folder that overlaps a source or holds a user's files.

    Returns the sibling the existing folder must be moved to (with ``force``), or None.
    """
    real = Path(os.path.realpath(out))
    absolute = Path(os.path.abspath(out))
    for s in sources:
        src = Path(os.path.realpath(s))
        if _inside(real, src) or _inside(src, real):
            raise OutputRefused(
                f"{out}: the output folder {'is or lies inside' if _inside(real, src) else 'contains'} the source "
                f"{s}; building there would replace your documents. Choose another --out (even --force does not write there)")
    if out.is_symlink():
        raise OutputRefused(f"{out}: a symbolic link; give the folder it points to ({os.path.realpath(out)}) as --out")
    if out.exists() and not out.is_dir():
        raise OutputRefused(f"{out}: not a folder; choose another --out")
    if not out.exists():
        return None
    if os.path.ismount(out):  # a read-only or any mount: found before the build, not at its last rename (EBUSY)
        raise OutputRefused(
            f"{out}: the folder cannot be written: it is a mount point, and a build is written beside --out and "
            f"then moved into its place, which a mount point cannot take; choose a folder inside it "
            f"(--out {out / 'policykg'}) or another --out")
    foreign = foreign_files(out)
    if not foreign:
        return None
    if force:
        return aside(absolute)
    more = f" and {len(foreign) - 1} more" if len(foreign) > 1 else ""
    raise OutputRefused(
        f"{out}: the folder holds files policykg did not write ({foreign[0]}{more}), and a build replaces its "
        f"folder whole; choose a new or empty --out, or add --force to move the folder aside to "
        f"{aside(absolute).name} (nothing is deleted)")


def aside(out: Path) -> Path:
    """The first free sibling ``OUT.before-policykg-N``."""
    n = 1
    while True:
        p = out.parent / f"{out.name}.before-policykg-{n}"
        if not os.path.lexists(p):
            return p
        n += 1


# -- one build at a time --------------------------------------------------------------------------

class Busy(Exception):
    pass


@contextmanager
def lock(out: Path, wait: bool = False, waiting=None):
    """Hold ``.OUT.lock`` beside ``out`` for the whole build; ``Busy`` if another build holds it.

    The lock file is removed on release; a build that was waiting on a removed file notices
    (its file is no longer the one at the path) and takes the lock again on the new file.
    """
    import fcntl

    out = Path(os.path.abspath(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    path = out.parent / f".{out.name}.lock"
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                os.close(fd)
                raise Busy(str(path))
            if waiting is not None:
                waiting(path)  # ``waiting(lock_path)``: told once before blocking
                waiting = None
            fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield path
    finally:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        os.close(fd)


# -- litter from killed builds -----------------------------------------------------------------

def clean_stale(out: Path) -> list[Path]:
    """Remove ``.OUT.tmp-*`` and ``.OUT.old-*`` folders left by killed builds (call with the lock held).

    A folder is removed only when everything in it is policykg's own (see ``foreign_files``);
    anything else is left where it is. If ``out`` is missing because a build was killed between
    moving the previous build away and renaming the new one in, the previous build is put back.
    """
    out = Path(os.path.abspath(out))
    removed = []
    if not out.parent.is_dir():
        return removed
    if not os.path.lexists(out):
        # killed between moving the previous build away and putting the new one in place: put it back
        for p in sorted(out.parent.glob(f".{out.name}.old-*/previous")):
            if p.is_dir() and not p.is_symlink() and not foreign_files(p):
                os.rename(p, out)
                break
    for p in sorted(out.parent.iterdir()):
        if not (p.name.startswith(f".{out.name}.tmp-") or p.name.startswith(f".{out.name}.old-")):
            continue
        if p.is_symlink() or not p.is_dir():
            continue
        inner = [p / "previous"] if p.name.startswith(f".{out.name}.old-") and (p / "previous").is_dir() else [p]
        if p.name.startswith(f".{out.name}.old-") and any(q.name != "previous" for q in p.iterdir()):
            continue
        if all(not foreign_files(q, partial=True) for q in inner):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def wait_message(path: Path) -> str:
    try:
        pid = path.read_text().strip()
    except OSError:
        pid = ""
    return f" (process {pid})" if pid else ""

"""The sources of a build: which files are read, which are skipped and why, and reading one safely.

Only regular files are ever opened. A FIFO, device or socket named as a source is refused
before anything is opened (opening a FIFO would block forever); inside a folder, FIFOs,
sockets, devices, dangling symlinks, unreadable files and files of a format policykg does not
read (.docx, no extension …; dot files aside) are skipped and listed with why, never silently.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

SOURCE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".pdf")
_CONVERT = {".docx": "a Word document", ".doc": "a Word document", ".wps": "a WPS document",
            ".ofd": "an OFD document", ".rtf": "an RTF document"}


class SourceError(Exception):
    """A source that cannot be read as a file; the message is one sentence for the user."""


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def kind_of(mode: int) -> str | None:
    """What a non-regular, non-folder file is, in words; None for a regular file or a folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _readable(path: str) -> bool:
    return os.access(path, os.R_OK)


def gather(sources: tuple[str, ...] | list[str]) -> tuple[list[Path], list[Skipped]]:
    """The files to build (sorted, each once) and what was skipped inside folders.

    Raises ``SourceError`` for a named source that does not exist or is not a file or folder.
    """
    paths: list[Path] = []
    skipped: list[Skipped] = []
    for s in sources:
        try:
            st = os.stat(s)  # follows symlinks; never opens
        except FileNotFoundError:
            if os.path.islink(s):
                raise SourceError(f"{s}: a symbolic link to a file that does not exist; check the path")
            raise SourceError(f"{s}: no such file or folder; check the path")
        except OSError as exc:
            raise SourceError(f"{s}: cannot be examined ({exc.strerror}); check its permissions")
        kind = kind_of(st.st_mode)
        if kind:
            raise SourceError(f"{s}: {kind}, not a file; give .txt, .html or .pdf files or folders of them")
        if stat.S_ISDIR(st.st_mode):
            found, skip = _walk(Path(s))
            skipped += skip
            if not found:
                raise SourceError(f"{s}: the folder holds no .txt, .html or .pdf files; put policy documents in it")
            paths += found
        else:
            if not _readable(s):
                raise SourceError(f"{s}: cannot be read (permission denied); check its permissions")
            paths.append(Path(s))
    # The same file named twice is built once; order of sources does not matter.
    unique = sorted({p.resolve(): p for p in paths}.items())
    return [p for _, p in unique], sorted(set(skipped), key=lambda k: k.path)


def _walk(folder: Path) -> tuple[list[Path], list[Skipped]]:
    found, skipped = [], []
    seen: set[str] = set()  # real paths of folders walked: a symlink loop is walked once
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files + [d for d in dirs if not os.path.exists(os.path.join(root, d))]):
            p = Path(root) / name
            try:
                st = os.stat(p)
            except FileNotFoundError:
                skipped.append(Skipped(str(p), "a symbolic link to a file that does not exist"))
                continue
            except OSError as exc:
                skipped.append(Skipped(str(p), f"cannot be examined ({exc.strerror})"))
                continue
            kind = kind_of(st.st_mode)
            if kind:
                skipped.append(Skipped(str(p), kind))
            elif stat.S_ISREG(st.st_mode) and p.suffix.lower() in SOURCE_SUFFIXES:
                if _readable(str(p)):
                    found.append(p)
                else:
                    skipped.append(Skipped(str(p), "cannot be read (permission denied)"))
            elif stat.S_ISREG(st.st_mode) and not _hidden(p, folder):
                skipped.append(Skipped(str(p), unsupported(p)))
    return found, skipped


def _hidden(path: Path, folder: Path) -> bool:
    """A dot file or a file in a dot folder below ``folder`` (.DS_Store, .git/…): not listed as skipped."""
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def convertible(name: str) -> bool:
    """A file of a format to convert first (Word, WPS, OFD, RTF), by its name."""
    return Path(name).suffix.lower() in _CONVERT


def unsupported(path: Path) -> str:
    """Why a regular file in a folder is not read, and what to do."""
    suffix = path.suffix.lower()
    if suffix in _CONVERT:
        return f"{_CONVERT[suffix]} ({suffix}), a format policykg does not read; convert it to PDF or text"
    if not suffix:
        return "no file extension; policykg reads .txt, .html and .pdf: rename it (e.g. to .txt) if it is one"
    return (f"an unsupported format ({suffix}); policykg reads .txt, .html and .pdf: rename it to .txt if it is "
            "plain text, else convert it to PDF or text")


def read_source(path: Path | str) -> bytes:
    """The bytes of a regular file; ``SourceError`` for anything else (never blocks on a FIFO)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SourceError(f"cannot be read ({exc.strerror}); check its permissions")
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind or stat.S_ISDIR(os.fstat(fd).st_mode):
            raise SourceError(f"{kind or 'a folder'}, not a file")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise SourceError(f"cannot be read ({exc.strerror})")
    finally:
        os.close(fd)

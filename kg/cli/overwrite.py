"""Which existing file ``policykg export --out`` may replace, and a damaged graph.nq told in one line.

An existing file is replaced only when policykg exported it: an export's name inside a build
folder (``graph.ttl`` …), or elsewhere a file that begins the way an export does and names
policykg's IRIs; anything else needs ``--force``. Never, even with ``--force``: a build's own
files (graph.nq, documents.json, the store, the pages) nor a file with the bytes of one of the
build's sources (``documents.json`` keeps their sha256).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from pathlib import Path

import click

from kg import nqfile

EXPORT_NAMES = frozenset(f"graph.{f}" for f in ("nq", "nt", "ttl", "trig", "jsonld", "graphml", "gexf"))
_OURS = b"https://w3id.org/policykg/"
# how each export begins (after blank space): Turtle/TriG prefixes, N-Triples, JSON-LD, GraphML/GEXF XML
_STARTS = (b"@prefix", b"<http", b"{", b"[", b"<?xml")
_HEAD = 1 << 16


def _build_folder(folder: Path) -> bool:
    return (folder / ".policykg-build").is_file() or ((folder / "documents.json").is_file()
                                                       and nqfile.find(folder) is not None)


def _source_hashes(build: Path) -> dict[str, str]:
    try:
        entries = json.loads((build / "documents.json").read_text(encoding="utf-8"))
        return {e["sha256"]: e.get("source", "") for e in entries if isinstance(e, dict) and e.get("sha256")}
    except (OSError, ValueError, TypeError):
        return {}


def _looks_exported(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return False
    return head.lstrip().startswith(_STARTS) and _OURS in head


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def check_export_target(build: Path, target: Path, force: bool) -> None:
    """Raise ``click.ClickException`` when ``target`` exists and may not be replaced (see the module)."""
    if not target.exists() and not target.is_symlink():
        return
    real = target.resolve()
    for folder in sorted({build.resolve(), real.parent}):
        if real.is_relative_to(folder) and _build_folder(folder):
            rel = real.relative_to(folder)
            if len(rel.parts) > 1 or rel.name not in EXPORT_NAMES or real == nqfile.path_in(folder).resolve():
                shown = build if folder == build.resolve() else folder
                raise click.ClickException(
                    f"{target}: a file of the build in {shown}; export never writes over it: choose another --out")
            return  # an export's name in a build folder: policykg's to replace
    if real.is_file():
        digest = _sha256(real)
        name = _source_hashes(build).get(digest)
        if name is not None:
            raise click.ClickException(
                f"{target}: a source of the build in {build} ({name}); export never writes over a source: "
                "choose another --out")
    if not force and not _looks_exported(real):
        raise click.ClickException(
            f"{target}: exists and is not a policykg export; choose another --out, or add --force to replace it")


def damaged_nquads(nq: Path) -> None:
    """Raise a one-line ``click.ClickException`` at graph.nq's first line that is no N-Quad; return if none.
    ``nq``: a build's folder (its graph.nq.gz or graph.nq), or the file."""
    nq = nqfile.path_in(nq) if Path(nq).is_dir() else Path(nq)
    try:
        with nqfile.open_lines(nq) as fh:
            for n, line in enumerate(fh, 1):
                body = line.strip()
                if body and not (body.startswith((b"<", b"_:")) and body.endswith(b"> .") and b" <" in body):
                    raise click.ClickException(
                        f"{nq}:{n}: not an N-Quads line: the graph is damaged; rebuild it with "
                        f"'policykg build --out {nq.parent}'")
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:  # a graph.nq.gz cut short or not gzip
        raise click.ClickException(f"{nq}: not whole gzip ({exc or type(exc).__name__}): the graph is damaged; "
                                   f"rebuild it with 'policykg build --out {nq.parent}'") from None
    except OSError:
        return

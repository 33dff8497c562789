"""The content-hash cache of a build: what each document gave, kept in the output folder.

``OUT/.policykg-cache/`` holds one entry per document (``entries/<key>``) and the manifest of
the build that wrote it (``manifest.json``). An entry's key is the SHA-256 of the source's bytes,
its file name (it goes into the document's IRI and pages), the options that change a document's
result (``--max-chars``, ``POLICYKG_OCR``) and the code version (policykg's version, a digest of
its code and ``ontology/`` files, the versions of the libraries that shape a result). The entry is
the document's ``build.DocResult`` pickled, followed by the SHA-256 of those bytes: an entry whose
bytes do not match is never trusted (it is built again), and a cache written by another version
of policykg has other keys and another manifest version, so it is ignored.

A rebuild then:
- with nothing changed (same sources, bytes, options, version; the previous build complete and
  without failures other than the user's, such as an unreadable file), reads no source beyond hashing it and leaves the output folder as it is;
- otherwise takes every unchanged document's result from the cache (no parse), processes the
  others, and redoes the work that needs every document; the store is the previous one copied
  (SST files hard-linked, never shared for writing) and updated by named graph (``update_store``).

The cache lives in the build's folder, so the atomic swap of ``kg/graph/serialize.atomic_folder``
covers it: a killed build leaves the previous folder, cache included, as it was.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import copy
import shutil
import zlib
from functools import lru_cache
from pathlib import Path

import kg
from kg import nqfile
from kg.build import page_json
from kg.mapping import Failure, Outcome, outcome
from kg.outfolder import CACHE
from kg.query.store import store_damaged
from kg.segments import EntryLines, Segments
from kg.stable_pickle import stable_dump, stable_loads
from kg.store_update import NotABuildsGraph, copy_store, intact, keep_blocks, kept_blocks, replace_graphs
from kg.text.sources import SourceError, read_source

BLOCKS = "nq-blocks.json"  # graph.nq's blocks (kg/store_update.py), kept for the next build's store update
FORMAT = 3  # of the entries and the manifest; bumped when either changes shape
_MAGIC = b"policykg-cache %d\n" % FORMAT
_DIGEST = 32  # bytes of the SHA-256 trailer of an entry
_LIBRARIES = ("jieba", "rdflib", "pyoxigraph", "networkx", "pypdfium2", "pdfplumber", "lxml", "opencc-python-reimplemented")
_UNSTABLE = ("worker", "write")  # failures that may not happen again with the same bytes


@lru_cache(maxsize=1)
def code_version() -> str:
    """policykg's version and a digest of everything that shapes a result: its code, its words, its libraries."""
    from importlib import metadata

    h = hashlib.sha256()
    versions = []
    for name in ("policykg",) + _LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    h.update("\n".join(versions).encode())
    here = Path(kg.__file__).resolve().parent
    roots = [here] + [p for p in (here.parent / "ontology", here / "ontology") if p.is_dir()][:1]
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"):
                h.update(p.relative_to(root).as_posix().encode() + b"\0")
                h.update(hashlib.sha256(p.read_bytes()).digest())
    return f"{versions[0].split('=', 1)[1]}+{h.hexdigest()[:16]}"


def document_options(max_chars: int) -> dict:
    """The options that change what one document gives."""
    return {"max_chars": max_chars, "ocr": os.environ.get("POLICYKG_OCR", "")}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _entry_bytes(result) -> bytes:
    """An entry's body after its magic line: the result without its lines (pickled, zlib level 1),
    its length first, then its lines (zlib level 1: N-Triples shrink about tenfold, in
    milliseconds). Apart, so that a rebuild decodes a cached result without its lines, which it
    copies from the previous graph.nq (``kg.segments``) and decompresses only if that fails."""
    r = packed(result)
    lines = getattr(r, "lines", None)
    data = b"" if lines is None else lines if isinstance(lines, bytes) else lines.getvalue()
    if lines is not None:
        r.lines = None
    buf = io.BytesIO()
    stable_dump(r, buf)
    head = zlib.compress(buf.getvalue(), 1)
    return len(head).to_bytes(8, "big") + head + zlib.compress(data, 1)


class Pickled:
    """A part of a cached result kept as its pickled bytes until asked for: a document's projection,
    which the graph page draws only in a small build (``build.GRAPH_DOCUMENTS``)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes):
        self.data = data

    def __reduce__(self):
        return Pickled, (self.data,)

    def unpack(self):
        return stable_loads(self.data)


def packed(result):
    """``result`` as an entry keeps it: its page data as the bytes the build writes (``build.page_json``),
    its projection pickled apart (``Pickled``), so that reading an entry back decodes neither
    (they are copied by bytes, and the projection is unpickled only if the graph page draws it)."""
    r = copy.copy(result)
    for name in ("reading", "matrix"):
        if isinstance(getattr(r, name, None), dict):
            setattr(r, name, page_json(getattr(r, name)))
    frag = getattr(r, "fragment", None)
    if frag is not None and not isinstance(frag, Pickled):
        buf = io.BytesIO()
        stable_dump(frag, buf)
        r.fragment = Pickled(buf.getvalue())
    return r


class Cache:
    """The cache of the build in ``out`` (read) and of the build being written (``put``, ``save``)."""

    def __init__(self, out: Path, max_chars: int, options: dict | None = None):
        self.out = Path(out)
        self.old = self.out / CACHE
        self.version = code_version()
        self.doc_options = document_options(max_chars)
        self.options = {**(options or {}), **self.doc_options}  # every option of the build, for "unchanged"
        self._salt = json.dumps({"format": FORMAT, "version": self.version, **self.doc_options},
                                sort_keys=True).encode()
        self.hashes: dict[str, str | None] = {}  # source path → SHA-256 of its bytes (None: unreadable)
        self.reused = 0
        self.redone = 0
        self.corrupt: list[str] = []  # sources whose entry failed its hash check
        self.damaged_store: str | None = None  # why the previous build's store did not open (it is written afresh)
        self.status = "none"  # none | ignored (another version) | valid
        self.manifest = None
        try:
            body = json.loads((self.old / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            body = None
        if isinstance(body, dict):
            if body.get("format") == FORMAT and body.get("version") == self.version:
                self.manifest, self.status = body, "valid"
            else:
                self.status = "ignored"

    # -- keys and entries -----------------------------------------------------------------------

    def key(self, name: str, sha256: str) -> str:
        return _sha256(self._salt + b"\0" + name.encode() + b"\0" + sha256.encode())

    def _entry(self, folder: Path, key: str) -> Path:
        return folder / CACHE / "entries" / key

    def _checked(self, name: str, sha256: str) -> bytes | None:
        """The entry's pickled bytes if it is there and sound (its trailer matches), else None."""
        if self.status != "valid":
            return None
        try:
            data = self._entry(self.out, self.key(name, sha256)).read_bytes()
        except OSError:
            return None
        body, digest = data[:-_DIGEST], data[-_DIGEST:]
        if not body.startswith(_MAGIC) or hashlib.sha256(body).digest() != digest:
            self.corrupt.append(name)
            return None
        return body[len(_MAGIC):]

    def _present(self, name: str, sha256: str) -> bool:
        """An entry of this source is there (``get`` checks it)."""
        return self.status == "valid" and self._entry(self.out, self.key(name, sha256)).is_file()

    def get(self, name: str, sha256: str):
        """The cached result of this source, or None (absent, from another version, or corrupt).
        Its lines stay compressed in the entry until asked for (``segments.EntryLines``)."""
        body = self._checked(name, sha256)
        if body is None:
            return None
        try:
            n = int.from_bytes(body[:8], "big")
            result = stable_loads(zlib.decompress(body[8:8 + n]))
        except Exception:  # noqa: BLE001 - a damaged entry is rebuilt, whatever the damage
            self.corrupt.append(name)
            return None
        if getattr(result, "name", None) != name or getattr(result, "sha256", None) != sha256:
            self.corrupt.append(name)
            return None
        result.lines = EntryLines(self._entry(self.out, self.key(name, sha256)), len(_MAGIC) + 8 + n,
                                  len(body) - 8 - n)
        result._from_cache = True
        return result

    def put(self, folder: Path, result) -> None:
        """Keep ``result`` in the cache of the build being written into ``folder`` (before it is written out)."""
        key = self.key(result.name, result.sha256)
        path = self._entry(folder, key)
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        old = self._entry(self.out, key)
        if getattr(result, "_from_cache", False) and old.is_file():
            try:
                os.link(old, path)  # the same bytes, already checked when read
                return
            except OSError:
                try:
                    shutil.copyfile(old, path.with_name(key + ".part"))
                    os.replace(path.with_name(key + ".part"), path)
                    return
                except OSError:
                    pass
        part = path.with_name(key + ".part")
        for name in ("reading", "matrix"):  # the page data as the bytes the build writes, dumped once for both
            if isinstance(getattr(result, name, None), dict):
                setattr(result, name, page_json(getattr(result, name)))
        data = _MAGIC + _entry_bytes(result)
        with open(part, "wb") as fh:
            fh.write(data)
            fh.write(hashlib.sha256(data).digest())
        os.replace(part, path)

    # -- the sources ------------------------------------------------------------------------------

    def hash_sources(self, paths) -> None:
        for p in paths:
            if str(p) in self.hashes:
                continue
            try:
                self.hashes[str(p)] = _sha256(read_source(p))
            except (SourceError, OSError):
                self.hashes[str(p)] = None

    def outcomes(self, paths, mapper):
        """Outcomes in the order of ``paths``: cached ones from the cache, the rest from ``mapper(misses)``.

        The mapper is given the sources with no entry; the entries are checked (their hash) and loaded
        one at a time as their turn comes, so memory holds one cached result at a time and each entry
        is read and hashed once. One that does not check then (damaged) is built here instead.
        """
        self.hash_sources(paths)
        hits = {str(p) for p in paths
                if self.hashes[str(p)] is not None and self._present(Path(p).name, self.hashes[str(p)])}
        failed = self._failed_before()
        misses = [p for p in paths if str(p) not in hits and str(p) not in failed]
        self.reused, self.redone = len(hits), len(misses)  # documents built: a source that fails is neither
        rest = iter(mapper(misses)) if misses else iter(())
        for p in paths:
            if str(p) in failed and str(p) not in hits:
                yield Outcome(str(p), failure=failed[str(p)])
                continue
            r = self.get(Path(p).name, self.hashes[str(p)]) if str(p) in hits else None
            if str(p) not in hits:
                o = next(rest)
            elif r is None:  # damaged (or gone since): built here instead
                self.reused, self.redone = self.reused - 1, self.redone + 1
                o = outcome(str(p), None, self.doc_options["max_chars"])
            else:
                o = Outcome(str(p), result=r)
            self.redone -= o.failure is not None
            yield o

    def _failed_before(self) -> dict[str, Failure]:
        """Sources the previous build failed the user's way (no structure, an unreadable file: the
        same bytes fail the same way), with the same bytes and every option the same: path → its
        failure, reported again without reading the source a second time."""
        m = self.manifest
        if m is None or m.get("options") != self.options or not isinstance(m.get("failures"), list):
            return {}
        before = {s[0]: s[1] for s in m.get("sources", []) if isinstance(s, list) and len(s) == 2}
        return {path: Failure(path, stage, reason) for path, stage, reason, bug in m["failures"]
                if not bug and stage not in _UNSTABLE and before.get(path) is not None
                and before.get(path) == self.hashes.get(path)}

    # -- nothing changed? -------------------------------------------------------------------------

    def _sources(self, paths, skipped) -> dict:
        return {"sources": [[str(p), self.hashes.get(str(p))] for p in paths],
                "skipped": [[str(s.path), s.reason] for s in skipped]}

    def unchanged(self, paths, skipped) -> bool:
        """True when the previous build in ``out`` is this build: same sources, bytes, options and version,
        complete (every file it wrote still there, with its size) and its failures, if any, the
        user's (an unreadable file, no structure: the same bytes fail the same way), not a bug's."""
        m = self.manifest
        if m is None or m.get("options") != self.options:
            return False
        failed = m.get("failures") or []
        if not isinstance(failed, list) or any(f[3] or f[1] in _UNSTABLE for f in failed):
            return False  # a bug or a dead worker: try again
        if [s[0] for s in m.get("sources", [])] != [str(p) for p in paths]:
            return False
        self.hash_sources(paths)
        if {k: m.get(k) for k in ("sources", "skipped")} != self._sources(paths, skipped):
            return False
        for rel, size in m.get("files", {}).items():
            try:
                if os.stat(self.out / rel).st_size != size:
                    return False
            except OSError:
                return False
        return (not m.get("store") or self._store_opens()) and intact(self.out, self.old / BLOCKS)  # graph.nq(.gz)'s lines

    def _store_opens(self) -> bool:
        """The previous build's store is there and opens; else it is noted, to be written afresh."""
        store = self.out / "store"
        self.damaged_store = store_damaged(store) if store.is_dir() else "it is missing"
        return self.damaged_store is None

    def previous_warnings(self) -> dict[str, list]:
        """The warnings of the build in ``out`` (from its build-report.json), as issues: path → issues."""
        from types import SimpleNamespace

        try:
            report = json.loads((self.out / "build-report.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {w["path"]: [SimpleNamespace(**d) for d in w["details"]] for w in report.get("warnings", [])}

    def previous_failures(self) -> list:
        """The failures of the build in ``out`` (an unchanged rebuild reports them again)."""
        failed = (self.manifest or {}).get("failures") or []
        return [Failure(path, stage, reason) for path, stage, reason, _ in failed] if isinstance(failed, list) else []

    def save(self, folder: Path, paths, skipped, failures: list) -> None:
        """The manifest of the build written into ``folder`` (call last, when every file is there)."""
        files = {p.relative_to(folder).as_posix(): p.stat().st_size for p in sorted(folder.rglob("*"))
                 if p.is_file() and p.relative_to(folder).parts[0] not in (CACHE, "store")}
        self.hash_sources(paths)
        body = {"format": FORMAT, "version": self.version, "options": self.options, **self._sources(paths, skipped),
                "failures": [[f.path, f.stage, f.reason, bool(f.detail)] for f in sorted(failures, key=lambda f: f.path)],
                "store": (folder / "store").is_dir(), "files": files}
        (folder / CACHE).mkdir(exist_ok=True)
        (folder / CACHE / "manifest.json").write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")

    def summary(self, total: int) -> str | None:
        """What was reused, for the build's last lines (None on a build without a previous cache)."""
        if self.status == "none":
            return None
        if self.status == "ignored":
            return f"the cache of the previous build is from another version of policykg: ignored; built {total} document(s)"
        line = f"reused {self.reused} of {self.reused + self.redone} documents; re-did {self.redone}"
        if self.corrupt:
            line += f" ({len(self.corrupt)} damaged cache entr{'y' if len(self.corrupt) == 1 else 'ies'} rebuilt)"
        if self.damaged_store and self.damaged_store != "it is missing":
            line += f"; the previous store could not be opened ({self.damaged_store}): written afresh from graph.nq"
        return line

    # -- the store, updated by named graph ---------------------------------------------------------

    def can_update_store(self) -> bool:
        m = self.manifest
        if m is None or not m.get("store") or not self._store_opens():
            return False
        nq = nqfile.find(self.out)  # graph.nq.gz, or a plain graph.nq (a build of --formats nq, or of an earlier version)
        return nq is not None and nq.stat().st_size == m.get("files", {}).get(nq.name)

    def update_store(self, folder: Path, blocks: dict | None = None) -> bool:
        """The previous build's store, copied into ``folder/store`` and brought to ``folder/graph.nq``
        (``blocks``: its blocks as written, so that it is not hashed again).

        Returns False (nothing written) when there is no usable previous store.
        """
        if not self.can_update_store():
            return False
        copy_store(self.out / "store", folder / "store")
        old = kept_blocks(self.old / BLOCKS, nqfile.find(self.out))
        try:
            replace_graphs(folder / "store", nqfile.find(self.out), nqfile.find(folder), old,
                           None if blocks is not None else folder / CACHE / BLOCKS, new_blocks=blocks)
        except NotABuildsGraph:  # the previous graph.nq was not written by a build: the store is written afresh
            shutil.rmtree(folder / "store")
            return False
        return True

    def store_job(self, folder: Path, blocks: dict | None) -> tuple | None:
        """The arguments of ``replace_graphs`` bringing a copy of the previous store (made here) to
        ``folder/graph.nq`` when both graph.nq's blocks are known (so neither is read whole, and no
        ``NotABuildsGraph`` can arise): a build runs it in a process of its own, beside its pages (it
        is mostly Python: in a thread it would share the pages' core). None: ``update_store`` then."""
        if blocks is None or not self.can_update_store():
            return None
        old = kept_blocks(self.old / BLOCKS, nqfile.find(self.out))
        if old is None:
            return None
        copy_store(self.out / "store", folder / "store")
        return folder / "store", nqfile.find(self.out), nqfile.find(folder), old, None, blocks

    def keep_blocks(self, folder: Path, blocks: dict) -> None:
        """graph.nq's blocks as the build wrote them (``serialize.write_nquads``), kept for the next
        build: its store update and the document graphs it copies (``kg.segments``)."""
        keep_blocks(folder / CACHE / BLOCKS, blocks)

    def segments(self, folder: Path) -> Segments:
        """The document graphs the build written into ``folder`` may copy from the previous graph.nq."""
        if self.status != "valid":
            return Segments(None, None, None, folder / CACHE)
        nq = nqfile.find(self.out)
        return Segments(self.old, nq, kept_blocks(self.old / BLOCKS, nq), folder / CACHE)

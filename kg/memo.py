"""What a cross-document step gave for one document, kept in the build's cache under the digest of
everything the step read (``OUT/.policykg-cache/<step>/<digest>``).

A step that needs every document (central → local alignment, for one) mostly reads only a few of
them for each document: its parent's candidates, the documents it could be a copy of. Keyed by
the digest of exactly those documents' cache keys (which hold their bytes, their names, the
options and the code version), a kept value is what the step would compute again, by
construction: a rebuild after one document was added recomputes only the documents whose inputs
changed. Values are JSON followed by the SHA-256 of its bytes; a damaged value is never trusted
(it is computed again). The reading-page bodies of ``kg/pages/fragments.py`` are kept the same way
(``get_bytes``/``put_bytes``: bytes rather than JSON).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

_DIGEST = 32


def digest(*parts: str) -> str:
    """One key from strings (each a document's cache key, a flag, the step's name)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8") + b"\0")
    return h.hexdigest()


class Memo:
    """Values of one step: read from ``old`` (the previous build's folder, or None), kept in ``new``."""

    def __init__(self, old: Path | None, new: Path):
        self.old = Path(old) if old is not None else None
        self.new = Path(new)
        self.reused = 0
        self.computed = 0

    def get(self, key: str):
        """The value kept under ``key`` (linked into the new build's cache), or None."""
        data = self.get_bytes(key)
        return None if data is None else json.loads(data.decode("utf-8"))

    def put(self, key: str, value) -> None:
        self.put_bytes(key, json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))

    def get_bytes(self, key: str) -> bytes | None:
        """The bytes kept under ``key`` whose trailer checks (linked into the new build's cache), or None."""
        for folder in (self.new, self.old):
            if folder is None:
                continue
            try:
                raw = (folder / key).read_bytes()
            except OSError:
                continue
            data, check = raw[:-_DIGEST], raw[-_DIGEST:]
            if len(raw) <= _DIGEST or hashlib.sha256(data).digest() != check:
                continue  # damaged: computed again
            if folder is self.old:
                self._link(folder / key, raw)
            self.reused += 1
            return data
        return None

    def put_bytes(self, key: str, data: bytes) -> None:
        self.computed += 1
        self._write(key, data + hashlib.sha256(data).digest())

    def _link(self, old: Path, raw: bytes) -> None:
        new = self.new / old.name
        if new.exists():
            return
        self.new.mkdir(parents=True, exist_ok=True)
        try:
            os.link(old, new)  # the same bytes, checked as they were read
        except OSError:
            self._write(old.name, raw)

    def _write(self, key: str, raw: bytes) -> None:
        self.new.mkdir(parents=True, exist_ok=True)
        part = self.new / (key + ".part")
        part.write_bytes(raw)
        os.replace(part, self.new / key)

"""Reading-page bodies kept between builds, by content hash: one added document re-renders its own page only.

A reading page (text/<key>.html) is the top bar, which lists every document of the build, around
a body that depends only on the document's reading data and the alignment links of its own
provisions (``render.reading_body``). The body is kept in the build's cache folder
(``OUT/.policykg-cache/pages/<sha256 of that data>``, followed by the SHA-256 of its bytes), and
the next build takes it from there when the data is the same: it only puts the new top bar
around it. A kept body whose bytes do not match its trailer is rendered again, never trusted;
the cache of another version of policykg is never read (``kg.cache.Cache.status``), so a changed
template is never mixed with old bodies.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from kg.pages.render import own_alignments, reading_body

_DIGEST = 32


class Bodies:
    """Reading-page bodies: from ``old`` (the previous build's folder, or None) when there, written to ``new``."""

    def __init__(self, old: Path | None, new: Path | None):
        self.old = Path(old) if old is not None else None
        self.new = Path(new) if new is not None else None  # None: nothing kept (a build without a cache)
        self.reused = 0
        self.rendered = 0

    def body(self, page: dict, aligned: dict) -> str:
        own = own_alignments(page, aligned)
        key = hashlib.sha256(json.dumps([page, own], ensure_ascii=False, sort_keys=True,
                                        separators=(",", ":")).encode("utf-8")).hexdigest()
        if self.old is not None and self.new is not None:
            kept = self._read(self.old / key)
            if kept is not None:
                self._keep(self.old / key, self.new / key, kept)
                self.reused += 1
                return kept.decode("utf-8")
        text = reading_body(page, own)
        self.rendered += 1
        if self.new is None:
            return text
        data = text.encode("utf-8")
        self.new.mkdir(parents=True, exist_ok=True)
        path = self.new / key
        part = path.with_name(key + ".part")
        part.write_bytes(data + hashlib.sha256(data).digest())
        os.replace(part, path)
        return text

    @staticmethod
    def _read(path: Path) -> bytes | None:
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        data, digest = raw[:-_DIGEST], raw[-_DIGEST:]
        return data if len(raw) > _DIGEST and hashlib.sha256(data).digest() == digest else None

    def _keep(self, old: Path, new: Path, data: bytes) -> None:
        if new.exists():
            return
        self.new.mkdir(parents=True, exist_ok=True)
        try:
            os.link(old, new)  # the same bytes, checked as they were read
        except OSError:
            new.write_bytes(data + hashlib.sha256(data).digest())

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
from pathlib import Path

from kg.memo import Memo
from kg.pages.render import own_alignments, reading_body


class Bodies:
    """Reading-page bodies: from ``old`` (the previous build's folder, or None) when there, written to ``new``."""

    def __init__(self, old: Path | None, new: Path | None):
        # new None: nothing kept (a build without a cache)
        self._memo = Memo(old, new) if new is not None else None
        self.reused = 0
        self.rendered = 0

    def body(self, page: dict, aligned: dict) -> str:
        own = own_alignments(page, aligned)
        key = hashlib.sha256(json.dumps([page, own], ensure_ascii=False, sort_keys=True,
                                        separators=(",", ":")).encode("utf-8")).hexdigest()
        kept = self._memo.get_bytes(key) if self._memo is not None else None
        if kept is not None:
            self.reused += 1
            return kept.decode("utf-8")
        text = reading_body(page, own)
        self.rendered += 1
        if self._memo is not None:
            self._memo.put_bytes(key, text.encode("utf-8"))
        return text

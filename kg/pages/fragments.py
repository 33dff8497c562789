"""Reading-page bodies kept between builds, by content hash: one added document re-renders its own page only.

A reading page (text/<key>.html) is the top bar (which links to documents.html, the build's list of
documents, and depends on nothing else) around a body that depends only on the document's reading data and the alignment links of its own
provisions (``render.reading_body``). The body is kept in the build's cache folder
(``OUT/.policykg-cache/pages/<sha256 of that data>``, followed by the SHA-256 of its bytes), and
the next build takes it from there when the data is the same: it only puts the top bar
around it. A kept body whose bytes do not match its trailer is rendered again, never trusted;
the cache of another version of policykg is never read (``kg.cache.Cache.status``), so a changed
template is never mixed with old bodies. A build keeps them by the document's cache key
(``Bodies.reading``), with the page's title and provisions beside (its outline): a page whose
body is kept is then written without its data being decoded. A document's section of
responsibility.html and its rows of targets.html are kept the same way, by its cache key alone (they
depend on its data only): the two pages are put together from them without rendering the others'.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kg.memo import Memo, digest
from kg.pages.render import matrix_section_html, own_alignments, reading_body, target_row_html


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

    def reading(self, key: str | None, load, aligned: dict) -> tuple[dict, str]:
        """(outline, body) of a reading page whose data ``load()`` gives, the data kept under ``key`` (the
        document's cache key: its data is a function of it). The outline (the page's title, facts and
        provisions) is kept beside the body, so that a page whose body is kept, and its row of
        documents.html, are written without decoding its data."""
        if self._memo is None or key is None:
            page = load()
            return _outline(page), self.body(page, aligned)
        page = None
        outline = self._memo.get(digest("outline", key))
        if not (isinstance(outline, dict) and isinstance(outline.get("nodes"), list) and "title" in outline
                and isinstance(outline.get("facts"), list)):
            page = load()
            outline = _outline(page)
            self._memo.put(digest("outline", key), outline)
        own = {n: aligned[n] for n in outline["nodes"] if n in aligned}  # render.own_alignments
        body_key = digest("body", key, json.dumps(own, ensure_ascii=False, sort_keys=True))
        kept = self._memo.get_bytes(body_key)
        if kept is not None:
            self.reused += 1
            return outline, kept.decode("utf-8")
        text = reading_body(page if page is not None else load(), own)
        self.rendered += 1
        self._memo.put_bytes(body_key, text.encode("utf-8"))
        return outline, text

    def matrix(self, key: str | None, load) -> str:
        """The document's section of responsibility.html (``render.matrix_section_html`` of its section
        data, the JSON ``load()`` gives), kept under ``key``, its cache key: a kept one is used without
        decoding the data."""
        if self._memo is None or key is None:
            return matrix_section_html(json.loads(load()))
        kept = self._memo.get_bytes(digest("matrix", key))
        if kept is not None:
            return kept.decode("utf-8")
        text = str(matrix_section_html(json.loads(load())))
        self._memo.put_bytes(digest("matrix", key), text.encode("utf-8"))
        return text

    def target_rows(self, key: str | None, rows: list) -> list:
        """The document's rows of targets.html (``render.target_rows``: year, node, data) with each data
        rendered (``render.target_row_html``), kept under ``key``, its cache key."""
        if self._memo is None or key is None or not rows:
            return rows
        kept = self._memo.get(digest("targets", key))
        if not (isinstance(kept, list) and len(kept) == len(rows) and all(isinstance(h, str) for h in kept)):
            kept = [str(target_row_html(row)) for _, _, row in rows]
            self._memo.put(digest("targets", key), kept)
        return [(year, node, text) for (year, node, _), text in zip(rows, kept)]


def _outline(page: dict) -> dict:
    return {"title": page["title"], "facts": page["facts"], "nodes": [b["node"] for b in page["blocks"]]}

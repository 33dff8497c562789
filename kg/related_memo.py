"""A build's related measures, kept in its cache so that the next build recomputes only the rows it must.

``OUT/.policykg-cache/related/rows`` (a ``kg.memo.Memo`` value: checked by its SHA-256, never trusted
damaged; zlib-compressed) holds each document's cache key, then every row of the related-measures graph: its source
provision, its document, its picks (``kg.analysis.related_update``) and its N-Triples lines. A rebuild
scores only what ``related_update.update`` says can differ and copies every other row's lines as they
were; the lines are those ``graph/related_lines.relation_lines`` makes, so graph.nq is byte for byte a
clean build's (``tests/test_related_update.py``, ``tests/test_incremental_bytes.py``).
"""
from __future__ import annotations

import json
import zlib
from pathlib import Path

from kg.analysis.related import Space
from kg.analysis.related_update import relation, relations, update
from kg.graph.related_lines import relation_lines
from kg.labels import concept_labels
from kg.memo import Memo
from kg.outfolder import CACHE

_KEY = "rows"


def memo_folders(cache, folder: Path, sources: dict[str, tuple[str, str]]) -> tuple:
    """(each document's cache key, the previous build's memo folder, this build's) for ``related_rows``;
    ``sources``: each document's (name, sha256). Without a cache (``cache`` None) nothing is kept."""
    if cache is None:
        return {}, None, None
    keys = {d: cache.key(name, sha256) for d, (name, sha256) in sources.items()}
    return keys, cache.old / "related" if cache.status == "valid" else None, Path(folder) / CACHE / "related"


def _load(memo: Memo) -> dict | None:
    """The previous build's rows (source → (doc, picks, lines)) and keys, or None."""
    data = memo.get_bytes(_KEY)
    if data is None:
        return None
    try:
        data = zlib.decompress(data)
        size = int.from_bytes(data[:8], "big")
        head = json.loads(data[8:8 + size].decode("utf-8"))
        blob = data[8 + size:]
        return {"keys": head["keys"],
                "rows": {src: (doc, picks, blob[a:b]) for src, doc, picks, a, b in head["rows"]}}
    except (ValueError, KeyError, TypeError, zlib.error):
        return None  # written by another shape of this file: computed again


def _save(memo: Memo, keys: dict, rows: list, lines: list[bytes]) -> None:
    listed, pos = [], 0
    for (src, doc, picks), text in zip(rows, lines):
        listed.append([src, doc, picks, pos, pos + len(text)])
        pos += len(text)
    head = json.dumps({"keys": dict(sorted(keys.items())), "rows": listed}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    # zlib level 1: N-Triples and their JSON shrink about eightfold in a fraction of a second (30 MB at 150 documents)
    memo.put_bytes(_KEY, zlib.compress(len(head).to_bytes(8, "big") + head + b"".join(lines), 1))


def _row_lines(src: str, picks: list) -> bytes:
    """A row's N-Triples lines, without the rule's two (``relation_lines`` opens with them)."""
    return b"".join(relation_lines([relation(src, q, k) for k, q in enumerate(picks, 1)])[2:])


def related_rows(profiles: list, keys: dict[str, str], old: Path | None, new: Path | None):
    """Every profile's row and its lines (``keys``: each document's cache key; ``old``/``new``: the previous
    and this build's memo folders, None without a cache), and the memo kept for the next build."""
    memo = Memo(old, new) if new is not None else None
    previous = _load(memo) if memo is not None and old is not None else None
    if len(profiles) < 2:
        rows, reused = [(p.iri, p.doc, []) for p in profiles], [False] * len(profiles)
    else:
        rows, reused = update(Space(profiles), keys, previous, concept_labels())
    lines = [previous["rows"][src][2] if again else _row_lines(src, picks)
             for (src, _, picks), again in zip(rows, reused)]
    if memo is not None:
        _save(memo, keys, rows, lines)
    return rows, lines


def write_runs(rows: list, lines: list[bytes], folder: Path, per_run: int = 1000) -> list[Path]:
    """The relations graph as sorted N-Triples runs in ``folder``, about ``per_run`` relations each (merged
    into graph.nq by ``serialize.merged_lines``, which keeps each line once)."""
    first = next(((src, picks[0]) for src, _, picks in rows if picks), None)
    if first is None:
        return []
    rule = relation_lines([relation(first[0], first[1], 1)])[:2]
    runs, chunk, count = [], [], 0
    for (_, _, picks), text in zip(rows + [("", "", [None] * per_run)], lines + [b""]):
        if count + len(picks) > per_run and chunk:
            path = Path(folder) / f"{len(runs):06d}.nt"
            path.write_bytes(b"".join(sorted(set(rule + b"".join(chunk).splitlines(keepends=True)))))
            runs.append(path)
            chunk, count = [], 0
        chunk.append(text)
        count += len(picks)
    return runs


def related_runs(profiles: list, keys: dict, old: Path | None, new: Path | None, folder: Path,
                 per_run: int = 1000) -> None:
    """The related measures as sorted runs in ``folder``: what a build runs in a process of its own while it
    aligns the documents (the two need every document, and neither reads the other)."""
    write_runs(*related_rows(profiles, keys, old, new), folder, per_run)


def related_inline(profiles: list, keys: dict, old: Path | None, new: Path | None, folder: Path,
                   per_run: int = 1000) -> list:
    """``related_runs`` in this process, and the relations (for a graph page that draws every measure)."""
    rows, lines = related_rows(profiles, keys, old, new)
    write_runs(rows, lines, folder, per_run)
    return relations(rows)

"""The whole pipeline for one document: bytes → Document (pure; no files touched).

read → clean → structure → annotate → link: the last stage stores the links on the Document
(``doc.links``), which everything downstream reads."""
from __future__ import annotations

import sys

from kg import progress
from kg.annotate import annotate
from kg.link import link
from kg.text.clean import clean
from kg.model import Document
from kg.text.read import ReadError, read_bytes
from kg.text.structure import parse

# Policy documents of this genre hold 10,000-120,000 characters; the graph holds about four
# triples per character. A text far beyond that is a concatenation or a mistake, and building
# it would take gigabytes: it is refused with a message instead (``build --max-chars`` lifts it).
MAX_CHARS = 1_000_000


def _import_jieba() -> None:
    """jieba without setuptools' ``pkg_resources``, which it imports only to find its own files (it
    finds them by its path without it): 0.25 → 0.08 s of CPU at the start of every build and of
    every worker process. The tokenizers import jieba later, from ``sys.modules``."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # an import of it raises ImportError, which jieba expects
    try:
        import jieba  # noqa: F401
    finally:
        del sys.modules["pkg_resources"]


_import_jieba()


def process_bytes(data: bytes, name: str, max_chars: int = MAX_CHARS) -> Document:
    source = read_bytes(data, name)
    if len(source.text) > max_chars:
        raise ReadError(
            f"the text is {len(source.text):,} characters, more than the {max_chars:,} a single policy document "
            "is expected to hold (is it several documents in one file?); split it, or raise the limit with --max-chars"
        )
    say = progress.document(name, len(source.text)).say  # a long document shows each stage
    say("clean")
    cleaned = clean(source.text)
    say("structure")
    doc = parse(source, cleaned)
    if cleaned.normalised:  # characters changed before cleaning, per kind (kg/text/normalize.py)
        doc.meta["normalised"] = cleaned.normalised
    say("annotate")
    doc = annotate(doc)
    doc.links = link(doc)
    return doc

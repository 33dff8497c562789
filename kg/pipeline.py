"""The whole pipeline for one document: bytes → Document (pure; no files touched)."""
from __future__ import annotations

from .annotate import annotate
from .clean import clean
from .model import Document
from .read import read_bytes
from .structure import parse


def process_bytes(data: bytes, name: str) -> Document:
    source = read_bytes(data, name)
    return annotate(parse(source, clean(source.text)))

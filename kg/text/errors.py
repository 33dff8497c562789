"""The error of the read stage, shared by the readers (``read``, ``ocr``)."""
from __future__ import annotations


class ReadError(ValueError):
    """The input is not a readable document; the message says why and what to do."""

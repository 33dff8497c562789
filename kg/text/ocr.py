"""Text of scanned PDF pages by OCR: PDFium renders the page, tesseract (chi_sim) reads it.

Optional: needs the ``tesseract`` program with the Chinese model (Debian: ``tesseract-ocr
tesseract-ocr-chi-sim``); no Python package beyond pypdfium2. ``available()`` says whether it can
run; ``page_text`` returns the page's text in tesseract's reading order.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache

from kg.text.errors import ReadError

DPI = 300  # tesseract's models are trained on 300 dpi scans; lower loses small CJK strokes
LANG = "chi_sim"
TIMEOUT = 300  # seconds for one page: a hung tesseract must not hang the build


@lru_cache(maxsize=1)
def available() -> bool:
    """True when tesseract is on PATH with the chi_sim model (``POLICYKG_OCR=0`` turns OCR off)."""
    if os.environ.get("POLICYKG_OCR", "1") == "0":
        return False
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return LANG in out.stdout.split()


def page_pgm(pdf, index: int, dpi: int = DPI) -> bytes:
    """Page ``index`` of a pypdfium2 document as an 8-bit grey PGM image (no Pillow needed)."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        array = bitmap.to_numpy()
    finally:
        page.close()
    height, width = array.shape[:2]
    rows = array.reshape(height, -1)[:, :width]  # drop any stride padding
    return b"P5\n%d %d\n255\n" % (width, height) + rows.astype("uint8").tobytes()


def page_text(pdf, index: int) -> str:
    """OCR text of one page; raises ``ReadError`` if tesseract fails on it."""
    image = page_pgm(pdf, index)
    try:
        out = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", LANG, "--dpi", str(DPI)],
            input=image, capture_output=True, timeout=TIMEOUT, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ReadError(f"OCR of page {index + 1} took more than {TIMEOUT} s; run OCR on the file first") from exc
    if out.returncode != 0:
        reason = out.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise ReadError(f"OCR of page {index + 1} failed ({reason[0]}); run OCR on the file first")
    return out.stdout.decode("utf-8", "replace")

"""File bytes → text: encoding detection for plain text, text layers of HTML and PDF.

Guarantee: ``read_bytes`` returns a ``Source`` whose ``text`` is a ``str`` with no NUL
characters, or raises ``ReadError`` with a sentence saying what is wrong and what to do. A PDF
is never returned empty: pages without a text layer are read by OCR or the file is refused.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import re
import zlib
from pathlib import Path

from kg.model import Source, Table
from kg.text import ocr
from kg.text.errors import ReadError
from kg.text.sources import convertible, unsupported

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Block-level HTML elements: each one ends a line of the text layer.
_HTML_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_HTML_SKIP = frozenset("script style noscript template head title iframe object svg button select".split())


def read_bytes(data: bytes, name: str) -> Source:
    source = _read_bytes(data, name)
    if not source.text.strip():  # str.strip also removes the ideographic space U+3000
        raise ReadError("the file holds no text (nothing but whitespace); give a policy document in txt, html or pdf")
    return source


# what a file named .pdf that is not a PDF is, by its first bytes (the formats to convert first)
_NOT_PDF = ((b"PK\x03\x04", "a ZIP container (a Word .docx, WPS .wps or OFD file)"),
            (b"\xd0\xcf\x11\xe0", "an old Word or WPS file (.doc, .wps)"), (b"{\\rtf", "an RTF file"))


def _read_bytes(data: bytes, name: str) -> Source:
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise ReadError("the file is empty (nothing but whitespace); give a policy document in txt, html or pdf")
    head = data[:1024].lstrip()
    # the header may follow a little junk (PDF 1.7, 7.5.2 note) in a file named .pdf
    if data.startswith(b"%PDF-") or (name.lower().endswith(".pdf") and b"%PDF-" in data[:1024]):
        text, table_pages, ocr_pages = _pdf_text(data)
        encoding = "pdf-text-layer"
        if ocr_pages > 0:
            encoding += f" (OCR of {ocr_pages} scanned pages)"
        elif ocr_pages < 0:
            encoding += f" ({-ocr_pages} scanned pages not read: OCR is not installed)"
        return Source(name, digest, encoding, "pdf", text, _pdf_tables(data, table_pages))
    lowered = name.lower()
    if convertible(name):  # a Word, WPS, OFD or RTF file named directly: what a folder build says of it
        raise ReadError(unsupported(Path(name)))
    if lowered.endswith((".pdf",)):
        what = next((w for magic, w in _NOT_PDF if data.startswith(magic)), None)
        if what:  # a Word file renamed .pdf: what to do, as for a Word file named as it is
            raise ReadError(f"the file is named .pdf but is {what}, not a PDF; convert it to PDF or text "
                            "(save or export it as PDF), or give it its real extension")
        raise ReadError("the file is named .pdf but is not a PDF (no %PDF- header); export it again as PDF, "
                        "or give it its real extension (.txt, .html)")
    text, encoding = _decode(data)
    is_html = lowered.endswith((".html", ".htm", ".xhtml")) or re.match(
        r"(?is)\s*(<!doctype\s+html|<html|<\?xml[^>]*>\s*<html|<head|<body)", text[:1024]  # house: input
    ) is not None
    if is_html:
        return Source(name, digest, encoding, "html", html_text(text))
    del head
    return Source(name, digest, encoding, "txt", text)


def _decode(data: bytes) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc, errors="strict")
            except UnicodeDecodeError as exc:
                raise ReadError(
                    f"the file starts with a {enc.replace('-sig', '').upper()} byte-order mark but is not valid "
                    f"{enc.replace('-sig', '').upper()} at byte {exc.start + len(bom)} ({exc.reason}); "
                    "is it truncated or another encoding? Save it again as UTF-8"
                ) from None
            return _checked(text, enc), enc.replace("-sig", "") + ("-bom" if enc == "utf-8-sig" else "")
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few corrupt bytes (a damaged download, a bad copy) is still that document:
    # each bad byte becomes U+FFFD, one for one, and the encoding says how many were replaced.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    cjk = sum(1 for ch in lenient[:20000] if "\u4e00" <= ch <= "\u9fff")
    if bad <= max(3, len(lenient) // 100) and cjk >= 50:  # a GB18030 file read as UTF-8 has far more
        return _checked(lenient, "utf-8"), f"utf-8 ({bad} invalid byte sequences replaced)"
    from charset_normalizer import from_bytes

    # UTF-16 without a BOM shows as NULs in every other byte; the detector handles it,
    # but a binary file has NULs too, so the decoded text is checked afterwards.
    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        if b"\x00" in data[:4096]:
            raise ReadError("this looks like a binary file, not a text document; give a txt, html or pdf policy document")
        raise ReadError("the text encoding could not be detected; save the file as UTF-8 and try again")
    encoding = best.encoding
    # GBK and GB2312 are subsets of GB18030: decode with the superset so rare characters survive.
    if encoding in ("gbk", "gb2312", "cp936", "hz"):
        encoding = "gb18030"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = str(best)
    return _checked(text, encoding), encoding


def _checked(text: str, encoding: str) -> str:
    """Refuse text that is really binary: NULs or many control characters."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    # binary files are full of NULs and control bytes; a stray one in a long text is damage, not binary
    if sample and (controls / len(sample) > 0.01 or (controls > 3 and "\x00" in sample[:200])):
        raise ReadError(
            f"this looks like a binary file, not a text document (decoded as {encoding}, "
            f"{controls} control characters); give a txt, html or pdf policy document"
        )
    return text


def html_text(markup: str) -> str:
    """The visible text of an HTML page, one line per block element, whitespace collapsed.

    External entities and DTDs are never resolved (lxml's HTML parser with no network).
    """
    from lxml import etree, html

    parser = html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"the HTML could not be parsed ({exc}); save the page's text as .txt instead") from exc
    lines: list[str] = []
    current: list[str] = []

    def flush():
        line = re.sub(r"\s+", " ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def visit(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HTML_SKIP:
            if el.tail:
                current.append(el.tail)
            return
        block = tag in _HTML_BLOCKS
        if block:
            flush()
        if el.text:
            current.append(el.text)
        for child in el:
            visit(child)
        if block:
            flush()
        if el.tail:
            current.append(el.tail)

    body = root.find("body")
    visit(body if body is not None else root)
    flush()
    text = "\n".join(lines).replace("\u00a0", " ")
    if not text.strip():
        raise ReadError("the HTML page has no visible text; give the page that holds the policy text")
    return text + "\n"


def _pdf_text(data: bytes) -> tuple[str, list[int], int]:
    """Text layer of a PDF, each page ending with a line break and a form feed (as pdftotext does),
    the 0-based indexes of pages that have drawn lines enough to hold a table, and how many pages
    were read by OCR (negative: that many scanned pages left unread because OCR is not installed).

    Read with PDFium (pypdfium2): chosen by measurement on the pool's PDFs, see
    ``scripts/compare_pdf_readers.py`` and the README's "Reading PDFs". Pages without a text layer
    are read by OCR when tesseract is installed (``kg.text.ocr``); a PDF that is all scans without OCR
    is refused, never returned empty.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ReadError(_pdfium_reason(data, exc)) from exc
    try:
        pages: list[str] = []
        scanned: list[int] = []
        ruled: list[int] = []
        ocr_pages = 0
        empty: list[int] = []  # pages that draw nothing at all: a blank page, or one whose content did not decode
        failed: list[int] = []  # pages PDFium could not load at all
        for i in range(len(pdf)):
            try:
                page = pdf[i]
            except pdfium.PdfiumError:
                failed.append(i)
                pages.append("")
                continue
            if pdfium.raw.FPDFPage_CountObjects(page) == 0:
                empty.append(i)
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n")
            textpage.close()
            if _visible(text) < _SCANNED_PAGE_CHARS and _has_image(page):
                scanned.append(i)
            elif _paths(page) >= _TABLE_PATHS:
                ruled.append(i)
            page.close()
            pages.append(text)
        if failed or (empty and _broken_streams(data)):
            damage = _broken_streams(data)
            streams = f" ({damage[0]} of its {damage[1]} compressed streams are broken)" if damage else ""
            raise ReadError(f"the PDF is damaged: {_pages(sorted(failed + empty))} of {len(pages)} did not decode"
                            f"{streams}; download or copy it again")
        if scanned:
            if ocr.available():
                for i in scanned:
                    pages[i] = ocr.page_text(pdf, i)
                ocr_pages = len(scanned)
            elif sum(_visible(t) for t in pages) < _MIN_PDF_CHARS or len(scanned) * 2 >= len(pages):
                raise ReadError(
                    f"the PDF is scanned images ({len(scanned)} of {len(pages)} pages have no text layer) and OCR "
                    "is not installed; install tesseract with Chinese (Debian: apt-get install tesseract-ocr "
                    "tesseract-ocr-chi-sim) and build again, or run OCR on it first (for example ocrmypdf -l chi_sim)"
                )
            else:
                ocr_pages = -len(scanned)  # a few scanned pages (an annex, a seal) left unread: said in the encoding
    except pdfium.PdfiumError as exc:
        raise ReadError(f"the PDF could not be read ({exc}); check that the file is a complete PDF") from exc
    finally:
        pdf.close()
    text = "".join(p.rstrip("\n") + "\n\f" for p in pages)
    if _visible(text) < _MIN_PDF_CHARS:
        raise ReadError(
            "the PDF has no text layer (it is probably scanned images); install tesseract-ocr and "
            "tesseract-ocr-chi-sim so policykg reads it by OCR, or run OCR on it first (for example ocrmypdf)"
        )
    return text, ruled, ocr_pages


_TABLE_PATHS = 4  # a ruled table draws at least its frame and a rule: fewer path objects, no table


def _paths(page) -> int:
    import pypdfium2.raw as raw

    return sum(1 for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=3))


def _pdf_tables(data: bytes, pages: list[int]):
    """Ruled tables of the given pages as rows of cells, read by pdfplumber (measured on the pool's
    indicator tables, README "Reading PDFs"). Tables are an extra layer: a page pdfplumber cannot
    read gives no table, never a failed document."""
    if not pages:
        return ()
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    tables = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i in pages:
                page = pdf.pages[i]
                for found in page.find_tables():
                    rows = tuple(tuple(_cell(c) for c in row) for row in found.extract())
                    rows = tuple(r for r in rows if any(r))
                    if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                        bbox = tuple(round(float(v), 1) for v in found.bbox)
                        tables.append(Table(i + 1, bbox, rows))
                page.close()
    except Exception:  # noqa: BLE001 - pdfminer raises many kinds on odd files; the text layer stands
        logging.getLogger(__name__).debug("tables not read", exc_info=True)
    return tuple(tables)


def _cell(value) -> str:
    """A cell's text with its wrapped lines joined: no break between CJK characters, a space otherwise."""
    if not value:
        return ""
    lines = [ln.strip() for ln in str(value).splitlines() if ln.strip()]
    out = lines[0] if lines else ""
    for ln in lines[1:]:
        cjk = "\u3000" <= out[-1] <= "\u9fff" or "\uff00" <= out[-1] <= "\uffef" or "\u3000" <= ln[0] <= "\u9fff"
        out += ln if cjk else " " + ln
    return out


_MIN_PDF_CHARS = 20  # fewer visible characters in a whole PDF: no text layer at all
_SCANNED_PAGE_CHARS = 20  # a page with an image and fewer characters is a scan (a header at most)


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _has_image(page) -> bool:
    import pypdfium2.raw as raw

    return any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2))


# PDFium's load errors (FPDF_ERR_*) as sentences a user can act on.
_PDFIUM_ERRORS = {
    2: "the PDF file could not be opened",
    4: "the PDF is encrypted with a password; remove the password (for example qpdf --decrypt "
       "--password=PASSWORD in.pdf out.pdf) and build the result",
    5: "the PDF uses an unsupported security handler; save an unprotected copy and build that",
}


def _pages(indexes: list[int]) -> str:
    shown = ", ".join(str(i + 1) for i in indexes[:10]) + (" …" if len(indexes) > 10 else "")
    return f"page {shown}" if len(indexes) == 1 else f"pages {shown}"


_STREAM = re.compile(rb"(?<!end)stream\r?\n")


def _broken_streams(data: bytes) -> tuple[int, int] | None:
    """(streams that fail to inflate, Flate streams) of an unencrypted PDF's raw bytes when any fails,
    else None: bytes overwritten inside compressed page content, which PDFium reads as nothing."""
    if b"/Encrypt" in data:
        return None  # encrypted streams never inflate as they stand
    bad = total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 600):m.start()]
        head = head[head.rfind(b" obj"):] if b" obj" in head else b""
        end = data.find(b"endstream", m.end())
        if b"/FlateDecode" not in head or end < 0:
            continue
        total += 1
        try:
            zlib.decompressobj().decompress(data[m.end():end])
        except zlib.error:
            bad += 1
    return (bad, total) if bad else None


def _pdfium_reason(data: bytes, exc: Exception) -> str:
    code = getattr(exc, "err_code", None)
    if code in _PDFIUM_ERRORS:
        return _PDFIUM_ERRORS[code]
    if b"%%EOF" not in data[-2048:]:
        return (f"the PDF is truncated or damaged ({len(data):,} bytes, no %%EOF at its end); "
                "download or copy it again")
    m = re.search(r"PDFium: ([^)]+)", str(exc))
    why = f"PDFium: {m.group(1).lower()}" if m else str(exc)
    return f"the PDF is damaged and could not be read ({why}); open it in a PDF viewer and save a new copy"

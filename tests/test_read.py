"""Reading: encodings, HTML, PDF, and inputs that are not documents."""
from __future__ import annotations

import io

import pytest

from kg.pipeline import process_bytes
from kg.text.read import ReadError, read_bytes

from tests.conftest import SEED, SHARED, require_shared

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _measures(doc):
    return [(m.number, m.title, doc.slice(m)) for m in doc.nodes("measure")]


ENCODINGS = [
    ("utf-8-bom", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    ("gb18030", lambda t: t.encode("gb18030")),
    ("utf-16-bom", lambda t: t.encode("utf-16")),
    ("utf-16-le-no-bom", lambda t: t.encode("utf-16-le")),
    ("utf-16-be-bom", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
    ("crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    ("gb18030-crlf", lambda t: t.replace("\n", "\r\n").encode("gb18030")),
]


@pytest.mark.parametrize("name,encode", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_seed_in_other_encodings_gives_the_same_measures(name, encode):
    reference = _measures(process_bytes(SEED.read_bytes(), "seed.txt"))
    doc = process_bytes(encode(SEED_TEXT), "seed.txt")
    assert _measures(doc) == reference
    assert len(reference) == 33


def test_gbk_is_read_as_gb18030():
    # GBK cannot hold every character of the seed; a GBK-safe excerpt is enough to detect it.
    text = "一、总体要求\n（一）指导思想。坚持生态优先、绿色低碳的高质量发展道路，确保如期实现碳达峰碳中和。\n" * 5
    src = read_bytes(text.encode("gbk"), "x.txt")
    assert src.encoding == "gb18030" and src.text == text


BAD = [
    ("empty", b"", "empty"),
    ("whitespace", b" \n\t\r\n  ", "empty"),
    ("binary-nul", bytes(range(256)) * 8, "binary"),
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    ("fake-pdf", b"just text pretending", "not a PDF"),
]


@pytest.mark.parametrize("name,data,message", BAD, ids=[b[0] for b in BAD])
def test_bad_inputs_raise_read_errors(name, data, message):
    filename = "x.pdf" if name == "fake-pdf" else "x.txt"
    with pytest.raises(ReadError, match=message):
        read_bytes(data, filename)


def test_pdf_without_text_layer():
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(ReadError, match="no text layer"):
        read_bytes(buf.getvalue(), "scan.pdf")


def test_html_text_layer_and_escaping():
    html = (
        "<html><head><title>t</title><script>var x='一、假标题';</script></head><body>"
        "<div><p>一、总体要求</p><p><span>（一）</span><span>指导思想。</span>坚持&amp;发展。</p></div></body></html>"
    )
    src = read_bytes(html.encode("utf-8"), "page.html")
    assert src.format == "html"
    assert src.text == "一、总体要求\n（一）指导思想。坚持&发展。\n"


def test_html_without_policy_is_a_structure_error():
    from kg.text.structure import StructureError

    html = "<html><body><p>欢迎访问本网站。</p><p>联系我们。</p></body></html>"
    with pytest.raises(StructureError):
        process_bytes(html.encode("utf-8"), "page.html")


def test_xml_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><body><p>一、总体要求</p><p>（一）指导思想。&x;坚持。</p></body></html>"
    )
    src = read_bytes(html.encode("utf-8"), "page.html")
    assert "TOPSECRET" not in src.text


@pytest.mark.parametrize("name", ["cpc_sc_carbon_peak_neutrality_opinions_2021.pdf",
                                  "mee_pollution_carbon_synergy_implementation_plan_2022.pdf",
                                  "cpc_sc_carbon_peak_neutrality_opinions_2021_montana.raw.html"])
def test_raw_files_read(name):
    require_shared()
    path = SHARED / "corpus" / "raw" / name
    src = read_bytes(path.read_bytes(), path.name)
    assert src.format in ("pdf", "html")
    assert "碳达峰" in src.text


# PDFs: read with PDFium; broken files refused in one sentence --------------------------------

POOL_PDF = SHARED / "dual-carbon" / "pdf"


def _pool_pdf(n: int) -> bytes:
    require_shared()
    return (POOL_PDF / f"{n}.pdf").read_bytes()


def _encrypted(data: bytes, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.encrypt(user, owner, algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _image_only_pdf(data: bytes, keep: float = 1.0, dpi: int = 150) -> bytes:
    """The first page of ``data`` as a scan: one image, no text layer (top ``keep`` of the page)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    page = src[0]
    w, h = page.get_size()
    bitmap = page.render(scale=dpi / 72, grayscale=True, crop=(0, h * (1 - keep), 0, 0))
    out = pdfium.PdfDocument.new()
    new = out.new_page(w, h * keep)
    img = pdfium.PdfImage.new(out)
    img.set_bitmap(bitmap)
    img.set_matrix(pdfium.PdfMatrix().scale(w, h * keep))
    new.insert_obj(img)
    new.gen_content()
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


BAD_PDFS = [
    ("zero-byte", lambda: b"", "the file is empty"),
    ("truncated-half", lambda: _pool_pdf(94)[: len(_pool_pdf(94)) // 2], "truncated"),
    ("truncated-tail", lambda: _pool_pdf(94)[:-600], "truncated"),
    ("encrypted", lambda: _encrypted(_pool_pdf(94), "secret", "owner"), "encrypted with a password"),
    ("not-a-pdf", lambda: "一、总体要求\n（一）指导思想。".encode("utf-8"), "named .pdf but is not a PDF"),
    ("html-named-pdf", lambda: b"<html><body>404 Not Found</body></html>", "named .pdf but is not a PDF"),
    ("header-only", lambda: b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n", "damaged"),
]


@pytest.mark.parametrize("name,make,message", BAD_PDFS, ids=[b[0] for b in BAD_PDFS])
def test_broken_pdfs_are_refused_in_one_sentence(name, make, message):
    with pytest.raises(ReadError, match=message) as err:
        read_bytes(make(), "broken.pdf")
    assert "\n" not in str(err.value) and "Traceback" not in str(err.value)


def test_pdf_with_only_an_owner_password_is_read():
    src = read_bytes(_encrypted(_pool_pdf(94), "", "owner"), "94.pdf")
    assert "碳达峰碳中和" in src.text


def _cjk(text):
    from collections import Counter

    return Counter(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


@pytest.mark.parametrize("n", [94, 183])
def test_pdf_text_layer_matches_pdftotext(n):
    ref = (SHARED / "dual-carbon" / f"{n}.txt").read_text(encoding="utf-8")
    src = read_bytes(_pool_pdf(n), f"{n}.pdf")
    assert src.format == "pdf" and src.encoding == "pdf-text-layer"
    assert src.text.count("\f") == ref.count("\f")  # one form feed per page, as pdftotext
    assert all(page.endswith("\n") for page in src.text.split("\f")[:-1])
    assert "\r" not in src.text
    got, want = _cjk(src.text), _cjk(ref)
    assert sum((got & want).values()) / sum(want.values()) > 0.995
    assert sum((got & want).values()) / sum(got.values()) > 0.995


def test_pdf_header_after_junk_is_read():
    src = read_bytes(b"\r\n\r\n" + _pool_pdf(94), "94.pdf")
    assert "碳达峰碳中和" in src.text


def test_scanned_pdf_without_ocr_is_refused(monkeypatch):
    from kg.text import ocr

    monkeypatch.setenv("POLICYKG_OCR", "0")
    ocr.available.cache_clear()
    try:
        with pytest.raises(ReadError, match=r"scanned images \(1 of 1 pages have no text layer\).*tesseract"):
            read_bytes(_image_only_pdf(_pool_pdf(94), keep=0.3), "scan.pdf")
    finally:
        ocr.available.cache_clear()


def test_scanned_pdf_is_read_by_ocr():
    from kg.text import ocr

    if not ocr.available():
        pytest.skip("tesseract with chi_sim is not installed")
    data = _pool_pdf(94)
    layer = read_bytes(data, "94.pdf").text.split("\f")[0]
    scan = _image_only_pdf(data, keep=0.3)
    src = read_bytes(scan, "scan.pdf")
    assert src.encoding == "pdf-text-layer (OCR of 1 scanned pages)"
    got, want = _cjk(src.text), _cjk(layer)
    # the top 30% of the page: its characters are a part of the text layer's, nearly all read
    assert sum((got & want).values()) / sum(got.values()) > 0.9
    assert "浙江" in src.text and "碳达峰碳中和" in src.text


# PDF tables: rows of cells with page and position ----------------------------------------------

def test_indicator_table_is_read_as_rows():
    src = read_bytes(_pool_pdf(430), "430.pdf")
    indicator = [t for t in src.tables if any("约束性" in c for r in t.rows for c in r)]
    assert len(indicator) == 1
    table = indicator[0]
    assert table.page == 11
    x0, top, x1, bottom = table.bbox
    assert 0 <= x0 < x1 and 0 <= top < bottom
    assert table.rows[0] == ("类型", "指标名称", "2020 年", "2025年", "指标属性")
    assert ("土壤生态环境", "受污染耕地安全利用率", "98%", "≥98%", "约束性") in table.rows  # wrapped cell joined
    assert len(table.rows) == 10 and all(len(r) == 5 for r in table.rows)
    # the text layer is still the whole page; tables are an added layer
    assert "受污染耕地安全利用率" in src.text


@pytest.mark.parametrize("n", [94, 183])
def test_pdf_without_ruled_tables_has_none(n):
    assert read_bytes(_pool_pdf(n), f"{n}.pdf").tables == ()


def test_text_sources_have_no_tables():
    assert read_bytes("一、总体要求\n（一）指导思想。\n".encode("utf-8"), "x.txt").tables == ()


def test_a_few_scanned_pages_without_ocr_are_said_in_the_encoding(monkeypatch):
    import pypdfium2 as pdfium

    from kg.text import ocr

    # three text pages of 88.pdf and one scanned page: read, and the unread page is said
    text_pdf = pdfium.PdfDocument(_pool_pdf(88))
    scan = pdfium.PdfDocument(_image_only_pdf(_pool_pdf(94), keep=0.3))
    out = pdfium.PdfDocument.new()
    out.import_pages(text_pdf, [0, 1, 2])
    out.import_pages(scan, [0])
    buf = io.BytesIO()
    out.save(buf)
    monkeypatch.setenv("POLICYKG_OCR", "0")
    ocr.available.cache_clear()
    try:
        src = read_bytes(buf.getvalue(), "mixed.pdf")
    finally:
        ocr.available.cache_clear()
    assert src.encoding == "pdf-text-layer (1 scanned pages not read: OCR is not installed)"
    assert src.text.count("\f") == 4


@pytest.mark.parametrize("data", [b"\xfe\xff\x00A\xf7", b"\xff\xfe\x41"], ids=["utf16be-odd-length", "utf16le-odd-length"])
def test_a_broken_file_behind_a_utf16_bom_is_one_read_error(data):
    # a byte-order mark promises UTF-16; bytes that break that promise are the user's file, not a bug
    with pytest.raises(ReadError, match="byte-order mark but is not valid UTF-16"):
        read_bytes(data, "x.txt")


# -- a damaged PDF: bytes overwritten inside compressed page content -------------------------------

def _overwritten(data: bytes, first: int, every: int) -> bytes:
    """Every ``every``-th byte from ``first`` overwritten, the last 2000 bytes (xref, trailer) kept."""
    out = bytearray(data)
    for i in range(first, len(out) - 2000, every):
        out[i] = 0x41
    return bytes(out)


@pytest.mark.parametrize("n, first, every, pages", [(88, 2000, 997, "pages 2, 3, 4, 5 of 5"),
                                                    (88, 5000, 9973, "page 3 of 5"),
                                                    (175, 1500, 499, "of 6")])
def test_a_damaged_pdf_says_it_is_damaged_and_which_pages(n, first, every, pages):
    with pytest.raises(ReadError) as err:
        read_bytes(_overwritten(_pool_pdf(n), first, every), f"{n}.pdf")
    message = str(err.value)
    assert message.startswith("the PDF is damaged: page") and pages in message, message
    assert "did not decode" in message and "copy it again" in message


@pytest.mark.parametrize("n", [88, 183, 567])  # 567 has a blank page: blank is not damaged
def test_an_intact_pdf_is_not_taken_for_damaged(n):
    src = read_bytes(_pool_pdf(n), f"{n}.pdf")
    assert len(src.text) > 1000

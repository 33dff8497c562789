#!/usr/bin/env python3
"""PDF text readers measured against pdftotext on the pool's 30 PDFs.

    python scripts/compare_pdf_readers.py [--readers pypdf,pypdfium2,pdfplumber,pymupdf] [--pdf-dir DIR]
    python scripts/compare_pdf_readers.py --ocr 6    # OCR: seconds per page and characters kept

The reference is ``../shared/dual-carbon/N.txt``: poppler's pdftotext (default mode) of ``pdf/N.pdf``.
Each reader runs in a fresh subprocess over every PDF, so its speed and peak memory are its own.

Columns:
- recall / precision: multiset overlap of CJK ideographs (U+4E00–9FFF, U+3400–4DBF) with the
  reference, summed over the pool (characters kept / characters invented or duplicated);
- order: difflib ratio of the CJK character sequence, page by page (pages are form-feed separated in
  both), weighted by the reference page's length; 1.0 = same characters in the same order;
- lines: share of the reference's lines (white space removed) that the reader yields as lines too:
  the cleaner joins and splits paragraphs by line layout, so line breaks matter as much as characters;
- same structure: files whose parts and measures (kind, number, title) after ``clean`` and ``parse``
  are exactly those found on the reference text;
- line-start headings: heading markers (一、 （一） 第一条 第一章) that begin a line; a reader that
  glues a heading to the line before loses one (independent of the reference);
- radicals: Kangxi/CJK radical code points (U+2E80–2FDF) the reader emitted instead of ideographs;
- bad: lone surrogates, private-use and U+FFFD characters emitted;
- s/page: seconds per page over the pool; peak MB: resident memory over the pool above the
  reader's own baseline after import (``ru_maxrss``; for pdftotext, its largest child process);
- fail: files that raised.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "dual-carbon"
READERS = ("pdftotext", "pypdf", "pypdfium2", "pdfplumber", "pymupdf")
# A heading marker at the start of a line: 一、 （一） 第一条 第一章. A reader that glues a heading
# to the line before loses it, whatever the reference says.
HEAD = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十百]+[章条])", re.M)


def _pages_pdftotext(data: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return out.stdout.decode("utf-8", errors="replace").split("\f")[:-1]


def _pages_pypdf(data: bytes) -> list[str]:
    import io
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def _pages_pypdfium2(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    out = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        pdf.close()
    return out


def _pages_pdfplumber(data: bytes) -> list[str]:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def _pages_pymupdf(data: bytes) -> list[str]:
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return [p.get_text() for p in doc]


def worker(reader: str, paths: list[str]) -> None:
    fn = globals()[f"_pages_{reader}"]
    who = resource.RUSAGE_CHILDREN if reader == "pdftotext" else resource.RUSAGE_SELF
    if reader != "pdftotext":
        __import__(reader)
    base = resource.getrusage(who).ru_maxrss if reader != "pdftotext" else 0
    results = {}
    total = 0.0
    for p in paths:
        data = Path(p).read_bytes()
        t0 = time.perf_counter()
        try:
            pages = fn(data)
            err = None
        except Exception as exc:  # a reader that fails is a measured outcome
            pages, err = [], f"{type(exc).__name__}: {exc}"[:200]
        dt = time.perf_counter() - t0
        total += dt
        results[p] = {"pages": pages, "seconds": dt, "error": err}
    peak = resource.getrusage(who).ru_maxrss
    json.dump({"results": results, "peak_kb": peak - base, "seconds": total}, sys.stdout)


def join_pages(pages: list[str]) -> str:
    """Pages as pdftotext lays them out: each ends with a line break and a form feed."""
    return "".join(p.rstrip("\r\n") + "\n\f" for p in pages)


def _cjk(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def _lines(text: str) -> Counter:
    return Counter(x for x in ("".join(ln.split()) for ln in text.splitlines()) if x)


def _provisions(text: str) -> tuple:
    """(kind, number, title) of each measure the cleaner and structure find in a text layer."""
    from kg.text.clean import clean
    from kg.model import Source
    from kg.text.structure import parse

    try:
        doc = parse(Source("x.pdf", "", "pdf-text-layer", "pdf", text), clean(text))
    except Exception as exc:  # noqa: BLE001 - a failing parse is a measured outcome
        return (type(exc).__name__,)
    return tuple((n.kind, n.number, n.title) for n in doc.root.walk() if n.kind in ("part", "measure"))


def _bad(text: str) -> int:
    return sum(1 for ch in text if "\ud800" <= ch <= "\udfff" or "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")


def _run(reader: str, paths: list[Path]) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", reader, *map(str, paths)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def ocr_survey(n: int, paths: list[Path]) -> None:
    """Scan the first page of ``n`` pool PDFs (rendered at 150 dpi into image-only PDFs) and OCR them."""
    import io

    import pypdfium2 as pdfium

    sys.path.insert(0, str(ROOT))
    from kg.text import ocr

    if not ocr.available():
        print("tesseract with chi_sim is not installed")
        return
    rows = []
    for p in paths[:n]:
        src = pdfium.PdfDocument(p.read_bytes())
        page = src[0]
        w, h = page.get_size()
        layer = page.get_textpage().get_text_range()
        bitmap = page.render(scale=150 / 72, grayscale=True)
        out = pdfium.PdfDocument.new()
        new = out.new_page(w, h)
        img = pdfium.PdfImage.new(out)
        img.set_bitmap(bitmap)
        img.set_matrix(pdfium.PdfMatrix().scale(w, h))
        new.insert_obj(img)
        new.gen_content()
        buf = io.BytesIO()
        out.save(buf)
        scan = pdfium.PdfDocument(buf.getvalue())
        t0 = time.perf_counter()
        text = ocr.page_text(scan, 0)
        dt = time.perf_counter() - t0
        want, got = Counter(_cjk(layer)), Counter(_cjk(text))
        kept = sum((want & got).values())
        rows.append((p.stem, dt, kept / max(1, sum(want.values())), kept / max(1, sum(got.values())),
                     difflib.SequenceMatcher(None, _cjk(layer), _cjk(text), autojunk=False).ratio()))
    print("| PDF (page 1) | seconds | CJK recall | CJK precision | order |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]:.1f} | {r[2]:.3f} | {r[3]:.3f} | {r[4]:.3f} |")
    k = len(rows)
    print(f"| mean | {sum(r[1] for r in rows) / k:.1f} | {sum(r[2] for r in rows) / k:.3f} | "
          f"{sum(r[3] for r in rows) / k:.3f} | {sum(r[4] for r in rows) / k:.3f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--readers", default=",".join(READERS))
    ap.add_argument("--pdf-dir", default=str(POOL / "pdf"))
    ap.add_argument("--per-file", action="store_true", help="also print recall and order per file")
    ap.add_argument("--ocr", type=int, default=0, metavar="N", help="instead: OCR the first page of N PDFs")
    args = ap.parse_args()
    paths = sorted(Path(args.pdf_dir).glob("*.pdf"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.ocr:
        ocr_survey(args.ocr, paths)
        return 0
    refs = {p: (POOL / f"{p.stem}.txt").read_text(encoding="utf-8") for p in paths}
    npages = sum(r.count("\f") or 1 for r in refs.values())
    rows = []
    for reader in args.readers.split(","):
        data = _run(reader, paths)
        inter = ref_n = hyp_n = 0
        order_num = order_den = 0.0
        radicals = bad = fails = 0
        line_hit = line_ref = same_structure = heads = 0
        per_file = []
        for p in paths:
            res = data["results"][str(p)]
            if res["error"]:
                fails += 1
            ref_pages = [_cjk(x) for x in refs[p].split("\f")]
            hyp_pages = [_cjk(x) for x in res["pages"]]
            ref_all, hyp_all = Counter("".join(ref_pages)), Counter("".join(hyp_pages))
            file_inter = sum((ref_all & hyp_all).values())
            inter += file_inter
            ref_n += sum(ref_all.values())
            hyp_n += sum(hyp_all.values())
            joined = join_pages(res["pages"])
            ref_lines, hyp_lines = _lines(refs[p]), _lines(joined)
            line_hit += sum((ref_lines & hyp_lines).values())
            line_ref += sum(ref_lines.values())
            heads += len(HEAD.findall(joined))
            same_structure += _provisions(joined) == _provisions(refs[p])
            radicals += sum(1 for ch in joined if "\u2e80" <= ch <= "\u2fdf")
            bad += _bad(joined)
            f_num = f_den = 0.0
            for k, rp in enumerate(ref_pages):
                if not rp:
                    continue
                hp = hyp_pages[k] if k < len(hyp_pages) else ""
                f_num += len(rp) * difflib.SequenceMatcher(None, rp, hp, autojunk=False).ratio()
                f_den += len(rp)
            order_num += f_num
            order_den += f_den
            per_file.append((p.stem, file_inter / max(1, sum(ref_all.values())), f_num / max(1.0, f_den), res["error"]))
        rows.append((reader, inter / max(1, ref_n), inter / max(1, hyp_n), order_num / max(1.0, order_den),
                     line_hit / max(1, line_ref), same_structure, heads,
                     radicals, bad, data["seconds"] / npages, data["peak_kb"] / 1024, fails))
        if args.per_file:
            for stem, rec, order, err in per_file:
                print(f"  {reader:<10} {stem:>4} recall {rec:.3f} order {order:.3f} {err or ''}")
    print(f"{len(paths)} PDFs, {npages} pages; reference: pdftotext's texts in the pool")
    print()
    print("| reader | CJK recall | CJK precision | order | lines | same structure | line-start headings "
          "| radicals | bad | s/page | peak MB | fail |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]:.4f} | {r[2]:.4f} | {r[3]:.4f} | {r[4]:.3f} | {r[5]}/{len(paths)} | {r[6]} | {r[7]} "
              f"| {r[8]} | {r[9]:.4f} | {r[10]:.0f} | {r[11]} |")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(main())

"""Every document in corpus/manifest.tsv: the file is the one recorded, and its structure is complete."""
from __future__ import annotations

import hashlib

import pytest

from tests.conftest import manifest, manifest_path, parsed, require_shared

ROWS = manifest()


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_manifest_hash(row):
    require_shared()
    path = manifest_path(row)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_structure_complete(row):
    require_shared()
    doc = parsed(str(manifest_path(row)))
    top_parts = [n for n in doc.root.children if n.kind == "part"]
    annex_parts = [p for a in doc.root.children if a.kind == "annex" for p in a.children if p.kind == "part"]
    assert len(top_parts) == int(row["parts"])
    assert len(annex_parts) == int(row["annex_parts"])
    assert len(doc.nodes("measure")) == int(row["measures"])
    assert doc.issues == [], [i.message for i in doc.issues]
    # Parts are numbered 一, 二, … in every scope; measures run through or restart per part.
    for scope in [doc.root] + [a for a in doc.root.children if a.kind == "annex"]:
        parts = [n for n in scope.children if n.kind == "part"]
        assert [p.ordinal for p in parts] == list(range(1, len(parts) + 1))
    ordinals = [m.ordinal for m in doc.nodes("measure")]
    if row["numbering"] == "through":
        assert ordinals == list(range(1, len(ordinals) + 1))
    else:
        assert ordinals.count(1) > 1
    if row["date"]:
        assert doc.meta.get("date") == row["date"]
    for m in doc.nodes("measure"):
        assert m.title, f"measure {m.number} has no title"
        assert "\n" not in m.title and not m.title.endswith("。")


def _titles(path):
    return [(m.number, m.title) for m in parsed(str(path)).nodes("measure")]


def test_two_renderings_of_the_carbon_peak_opinions_agree():
    require_shared()
    by_id = {r["id"]: manifest_path(r) for r in ROWS}
    pdf_text = _titles(by_id["cpc_sc_carbon_peak_2021"])
    html_text = _titles(by_id["cpc_sc_carbon_peak_2021_html"])
    assert pdf_text == html_text
    assert _titles(by_id["cpc_sc_carbon_peak_2021_pdf"]) == pdf_text
    assert _titles(by_id["cpc_sc_carbon_peak_2021_raw_html"]) == pdf_text


def test_raw_pdf_gives_the_same_structure_as_its_text_layer():
    require_shared()
    by_id = {r["id"]: manifest_path(r) for r in ROWS}
    assert _titles(by_id["mee_pollution_carbon_synergy_2022_pdf"]) == _titles(by_id["mee_pollution_carbon_synergy_2022"])


def test_no_measure_text_has_page_furniture():
    require_shared()
    import re

    for row in ROWS:
        doc = parsed(str(manifest_path(row)))
        for m in doc.nodes("measure"):
            text = doc.slice(m)
            assert not re.search(r"[-—]\s*\d{1,3}\s*[-—]", text), (row["id"], m.number)
            assert "\f" not in text

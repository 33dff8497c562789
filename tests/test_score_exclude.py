"""scripts/score.py --exclude: documents left out of a half are neither scored nor pooled (a held-out document a
brief leaked is reported apart). The scoring of a document is replaced by counts, so the test reads no pool text."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import score  # noqa: E402

COUNTS = {"1": (10, 8, 6), "2": (4, 4, 4), "3": (6, 2, 1)}


@pytest.fixture
def keys(tmp_path, monkeypatch):
    (tmp_path / "split.tsv").write_text("number\thalf\n1\tdev2\n2\tdev2\n3\tdev2\n", encoding="utf-8")
    for n in COUNTS:
        (tmp_path / f"{n}.targets.tsv").write_text("quote\n", encoding="utf-8")

    def fake(number, keys_dir, pool):
        k, p, m = COUNTS[number]
        return {"number": number, "targets": {**score._prf(k, p, m), "attributes": dict.fromkeys(("comparator", "change", "base_year", "year"), m),
                                              "labels": dict.fromkeys(score.LABEL_CLASSES, 0)}}
    monkeypatch.setattr(score, "score_document", fake)
    return tmp_path


def test_all_documents_pooled_without_exclude(keys):
    r = score.score("dev2", keys)
    assert [d["number"] for d in r["documents"]] == ["1", "2", "3"]
    assert (r["pooled"]["targets"]["key"], r["pooled"]["targets"]["matched"]) == (20, 11)


def test_excluded_document_is_neither_listed_nor_pooled(keys):
    r = score.score("dev2", keys, exclude=frozenset({"3"}))
    assert [d["number"] for d in r["documents"]] == ["1", "2"]
    assert (r["pooled"]["targets"]["key"], r["pooled"]["targets"]["predicted"], r["pooled"]["targets"]["matched"]) == (14, 12, 10)

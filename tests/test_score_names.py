"""scripts/score.py compares names and quotes in one normal form: white space off, compatibility forms folded (％ = %),
and 〔〕 around a tier's variants the brackets （） are (convention 47 of corpus/keys/README.md)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import score  # noqa: E402

SAME = [
    ("tier-brackets", "各县〔市、区〕人民政府", {"各县（市、区）人民政府"}),
    ("full-width-percent", "达到95％以上", {"达到95%以上"}),
    ("white-space", "省发展改革委 ", {"省发展改革委"}),
]
APART = [
    ("other-body", "各县〔市、区〕人民政府", {"各县人民政府"}),
    ("book-title-brackets-kept", "〈条例〉", {"《条例》"}),
]


@pytest.mark.parametrize("case,key,names", SAME, ids=[c[0] for c in SAME])
def test_names_that_are_one(case, key, names):
    assert score._names_match(key, names)


@pytest.mark.parametrize("case,key,names", APART, ids=[c[0] for c in APART])
def test_names_that_stay_apart(case, key, names):
    assert not score._names_match(key, names)

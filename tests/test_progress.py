"""A long document shows each stage of its build on stderr; ``--quiet`` and short documents show none."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg import progress
from kg.cli import main

from tests.conftest import SHARED

DOC = SHARED / "dual-carbon" / "217.txt"  # 2,288 characters: "long" once the threshold is lowered
STAGE_LINE = re.compile(r"^217\.txt: (.+) \(step (\d) of (\d), [\d,]+ characters, \d+ s so far\)$", re.M)


def _build(tmp_path, *args):
    if not DOC.exists():
        pytest.fail(f"{DOC} is missing: the tests read the pool from ../shared")
    return CliRunner().invoke(main, ["build", str(DOC), "--out", str(tmp_path / "out"), "--no-store", *args])


def test_long_document_shows_every_stage_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "LONG_DOCUMENT", 1000)
    result = _build(tmp_path)
    assert result.exit_code == 0, result.output
    stages = [(m[1], int(m[2])) for m in STAGE_LINE.finditer(result.stderr)]
    assert [s for s, _ in stages] == list(progress.STAGES)
    assert [k for _, k in stages] == list(range(1, len(progress.STAGES) + 1))
    assert re.search(r"^217\.txt: done \([\d,]+ characters in \d+ s\)$", result.stderr, re.M)


def test_quiet_shows_none(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "LONG_DOCUMENT", 1000)
    monkeypatch.delenv(progress.QUIET_ENV, raising=False)
    result = _build(tmp_path, "--quiet")
    assert result.exit_code == 0, result.output
    assert "217.txt:" not in result.stderr
    assert progress.QUIET_ENV not in __import__("os").environ  # the option does not outlive the command


def test_short_document_shows_none(tmp_path):
    result = _build(tmp_path)
    assert result.exit_code == 0, result.output
    assert progress.LONG_DOCUMENT > 2288
    assert not STAGE_LINE.search(result.stderr)

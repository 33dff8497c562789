"""The build's driver called in-process, without the CLI: a Summary back, a BuildError for a user's mistake."""
from __future__ import annotations

import io
import json

import pytest

from kg.progress import Reporter
from kg.schedule import BuildError, Options, build

from tests.conftest import SEED


def test_build_in_process_returns_the_summary(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    stream = io.StringIO()
    out = tmp_path / "out"
    summary = build([SEED, copy, empty], out, Options(store=False), Reporter(stream=stream), roots=[SEED])
    report = json.loads(summary.report.read_text(encoding="utf-8"))
    assert summary.out == out and summary.report == out / "build-report.json"
    assert summary.totals["documents"] == report["documents"] == 1
    assert summary.totals["provisions"] == report["provisions"] > 0
    assert [f.path for f in summary.failures] == [str(empty)] == [f["path"] for f in report["failures"]]
    assert (out / "graph.nq.gz").stat().st_size > 0 and not (out / "store").exists()
    assert len(summary.duplicates) == 1 and "copy.txt" in summary.duplicates[0]
    assert report["duplicates"] == summary.duplicates
    # not a terminal: the label once, as the CLI always printed, then the warning
    assert stream.getvalue() == f"building\nwarning: {summary.duplicates[0]}\n"


def test_a_folder_of_other_files_is_a_build_error(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(BuildError, match="notes.txt|policykg did not write|--force"):
        build([SEED], out, Options(store=False), Reporter(quiet=True), roots=[SEED])
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"  # never touched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_nothing_buildable_is_a_build_error_and_writes_nothing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(BuildError, match=r"nothing was written"):
        build([empty], tmp_path / "out", Options(store=False), Reporter(quiet=True), roots=[empty])
    assert not (tmp_path / "out").exists()

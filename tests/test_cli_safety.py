"""Bad input and the user's files in the CLI: export never writes over a user's file, a build's own
files or a source; a damaged graph.nq is one line; files a folder build cannot read are listed."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kg.text.sources import gather
from tests.conftest import nq_bytes, run, write_docs
from tests.test_build_safety import SMALL


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("safety")
    docs = write_docs(root / "docs", central=SMALL)
    out = root / "out"
    result = run("build", docs, "--out", out, "--no-store", "-q")
    assert result.exit_code == 0, result.output
    return docs, out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- export: whose file may be replaced -----------------------------------------------------------

@pytest.mark.parametrize("name", ["graph.nq.gz", "documents.json", "index.html", "build-report.json"])
def test_export_never_writes_over_a_file_of_the_build(small_build, name):
    _, out = small_build
    before = _digest(out / name)
    for extra in ([], ["--force"]):
        result = run("export", "--graph", out, "--format", "ttl", "--out", out / name, *extra)
        assert result.exit_code == 1 and "a file of the build" in result.output, result.output
        assert "Traceback" not in result.output
        assert _digest(out / name) == before


def test_export_never_writes_over_a_source_of_the_build(small_build, tmp_path):
    docs, out = small_build
    copy = tmp_path / "central-copy.txt"  # the same bytes elsewhere: still a source of the build
    copy.write_bytes((docs / "central.txt").read_bytes())
    for target in (docs / "central.txt", copy):
        for extra in ([], ["--force"]):
            result = run("export", "--graph", out, "--format", "ttl", "--out", target, *extra)
            assert result.exit_code == 1 and "a source of the build" in result.output, result.output
            assert target.read_text(encoding="utf-8") == SMALL


def test_export_refuses_a_users_file_unless_forced(small_build, tmp_path):
    _, out = small_build
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    result = run("export", "--graph", out, "--format", "ttl", "--out", notes)
    assert result.exit_code == 1 and "not a policykg export" in result.output and "--force" in result.output
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    result = run("export", "--graph", out, "--format", "ttl", "--out", notes, "--force")
    assert result.exit_code == 0, result.output
    assert notes.read_bytes().startswith(b"@prefix")


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "graphml"])
def test_export_replaces_its_own_earlier_export(small_build, tmp_path, fmt):
    _, out = small_build
    target = tmp_path / f"mine.{fmt}"
    assert run("export", "--graph", out, "--format", fmt, "--out", target).exit_code == 0
    first = target.read_bytes()
    result = run("export", "--graph", out, "--format", fmt, "--out", target)
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == first
    # the default target in the build folder is an export's name: replaced again without --force
    assert run("export", "--graph", out, "--format", fmt).exit_code == 0
    assert run("export", "--graph", out, "--format", fmt).exit_code == 0


def test_a_query_result_with_our_iris_is_not_taken_for_an_export(small_build, tmp_path):
    _, out = small_build
    csv = tmp_path / "rows.csv"
    csv.write_text("doc,title\nhttps://w3id.org/policykg/eli/cn/x,标题\n", encoding="utf-8")
    result = run("export", "--graph", out, "--format", "nt", "--out", csv)
    assert result.exit_code == 1 and "not a policykg export" in result.output


def test_a_damaged_graph_nq_is_one_line_naming_file_and_line(small_build, tmp_path):
    _, out = small_build
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "documents.json").write_bytes((out / "documents.json").read_bytes())
    lines = nq_bytes(out).splitlines(keepends=True)  # a plain graph.nq, as an earlier version wrote
    lines[2] = b"@prefix garbage written over the graph\n"
    (broken / "graph.nq").write_bytes(b"".join(lines))
    for args in (["export", "--graph", broken, "--format", "ttl", "--out", tmp_path / "g.ttl"],
                 ["validate", "--graph", broken]):
        result = run(*args)
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output and not isinstance(result.exception, ValueError)
        assert f"graph.nq:3:" in result.output and "rebuild" in result.output, result.output
    assert not (tmp_path / "g.ttl").exists()


# -- a folder build lists the files it does not read ----------------------------------------------

def test_files_of_formats_not_read_are_listed_with_why(tmp_path):
    folder = write_docs(tmp_path / "m", a=SMALL)
    (folder / "noext").write_text(SMALL, encoding="utf-8")
    (folder / "report.docx").write_bytes(b"PK\x03\x04 not really")
    (folder / "plan.wps").write_bytes(b"x")
    (folder / "table.xlsx").write_bytes(b"x")
    (folder / ".DS_Store").write_bytes(b"x")  # dot files are not documents: not listed
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref\n")
    paths, skipped = gather([str(folder)])
    assert [p.name for p in paths] == ["a.txt"]
    why = {Path(s.path).name: s.reason for s in skipped}
    assert sorted(why) == ["noext", "plan.wps", "report.docx", "table.xlsx"]
    assert "Word document" in why["report.docx"] and "convert it to PDF or text" in why["report.docx"]
    assert "WPS" in why["plan.wps"] and "convert" in why["plan.wps"]
    assert "no file extension" in why["noext"] and "rename" in why["noext"]
    assert ".xlsx" in why["table.xlsx"]


def test_a_folder_build_reports_unread_files_on_stderr_and_in_the_report(tmp_path):
    folder = write_docs(tmp_path / "m", a=SMALL)
    (folder / "report.docx").write_bytes(b"x")
    out = tmp_path / "out"
    result = run("build", folder, "--out", out, "--no-store", "-q")
    assert result.exit_code == 0, result.output
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert [Path(s["path"]).name for s in report["skipped"]] == ["report.docx"]
    assert any(line.startswith("skipped:") and "report.docx" in line and "convert" in line
               for line in result.output.splitlines())


# -- Ctrl-C during a build ----------------------------------------------------------------------

def test_ctrl_c_during_a_build_says_the_previous_build_was_left(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    docs = write_docs(tmp_path / "d", **{f"doc{i}": SMALL.replace("绿色低碳", f"绿色低碳{i}") for i in range(12)})
    out = tmp_path / "out"
    first = run("build", write_docs(tmp_path / "one", a=SMALL), "--out", out, "--no-store", "-q")
    assert first.exit_code == 0, first.output
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(docs), "--out", str(out), "--no-store"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".out.tmp") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does: the whole process group
    _, err = proc.communicate(timeout=60)
    err = err.decode("utf-8")
    assert proc.returncode == 130, err
    assert "interrupted: the build was stopped" in err and f"{out} was left as it was" in err, err
    assert "Aborted!" not in err and "Traceback" not in err
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before

"""A build's progress: bars per stage on a terminal (a real pseudo-terminal), stable lines when
piped, nothing but errors with --quiet; and the reporter itself, in-process."""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.progress import Reporter

from tests.conftest import ROOT, SEED, SHARED

SMALL = SHARED / "dual-carbon" / "217.txt"  # 2,288 characters: the pair builds in seconds
BAR = re.compile(r"documents: 100%\|.*\| 2/2 \[[\d:]+<[\d:]+, +[\d.?]+ doc/s\]")


def _outcomes(values, pause=0.0):
    for v in values:
        time.sleep(pause)
        yield v


def test_reporter_on_a_terminal_draws_a_bar_per_stage():
    stream = io.StringIO()
    rep = Reporter(stream=stream, bars=True)
    paths = [Path("a.txt"), Path("b.txt"), Path("c.txt")]
    seen = []
    for path, oc in rep.documents(paths, _outcomes([1, 2, 3], 0.05), "building (2 jobs)"):
        seen.append((path.name, oc))
        if oc == 2:
            rep.note("warning: b.txt: 1 numbering problem")
    rep.step("graph.nq, graph.nt")
    rep.step("pages")
    rep.close()
    text = stream.getvalue()
    assert seen == [("a.txt", 1), ("b.txt", 2), ("c.txt", 3)]
    assert "waiting on a.txt" in text and "waiting on c.txt" in text
    assert re.search(r"documents \(2 jobs\): 100%\|#+\| 3/3 \[[\d:]+<[\d:]+, +[\d.]+ doc/s\] *\n", text)
    # the note is a line of its own, the bar drawn again after it
    assert "\rwarning: b.txt: 1 numbering problem\n" in text
    assert text.index("warning: b.txt") < text.index("3/3")
    # each stage left on screen with its time, in order
    lines = [seg.rsplit("\r", 1)[-1] for seg in text.split("\n") if seg]
    assert [ln for ln in lines if re.fullmatch(r"(graph\.nq, graph\.nt|pages): \d\d:\d\d", ln)] == \
        [ln for ln in lines[-2:]]
    assert lines[-2].startswith("graph.nq") and lines[-1].startswith("pages")


def test_reporter_without_a_terminal_prints_lines_only():
    stream = io.StringIO()  # not a terminal: no bars
    rep = Reporter(stream=stream)
    pairs = list(rep.documents([Path("a.txt"), Path("b.txt")], _outcomes([1, 2]), "building"))
    rep.note("warning: a.txt: 2 numbering problems")
    rep.step("pages")
    rep.close()
    assert pairs == [(Path("a.txt"), 1), (Path("b.txt"), 2)]
    assert stream.getvalue() == "building\nwarning: a.txt: 2 numbering problems\n"


def test_quiet_reporter_prints_only_what_must_be_said():
    stream = io.StringIO()
    rep = Reporter(stream=stream, quiet=True, bars=True)  # quiet wins over a terminal
    assert [p.name for p, _ in rep.documents([Path("a"), Path("b")], _outcomes([1, 2]), "building")] == ["a", "b"]
    rep.step("pages")
    rep.close()
    assert stream.getvalue() == ""


def _build(args, tmp_path, stderr_pty: bool):
    """``policykg build ARGS`` with stderr on a pseudo-terminal or a pipe: (exit, stdout, stderr)."""
    if not SMALL.exists():
        pytest.fail(f"{SMALL} is missing: the tests read the pool from ../shared")
    cmd = [sys.executable, "-m", "kg.cli", "build", *args, "--no-store", "--out", str(tmp_path / "out")]
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYKG_QUIET", "POLICYKG_BARS")}
    if not stderr_pty:
        res = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        return res.returncode, res.stdout, res.stderr
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))  # a terminal of 120 columns
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    out = proc.stdout.read().decode()
    proc.stdout.close()
    return proc.wait(timeout=300), out, b"".join(chunks).decode("utf-8", "replace")


def test_build_on_a_terminal_shows_bars_piped_it_does_not(tmp_path):
    code, out, err = _build([str(SEED), str(SMALL)], tmp_path / "tty", stderr_pty=True)
    assert code == 0, err
    assert BAR.search(err), err
    assert "waiting on" in err
    for stage in ("related measures", "graph.nq", "pages"):
        assert re.search(rf"{re.escape(stage)}[^\r\n]*: \d\d:\d\d\r?\n", err), (stage, err)
    assert out.startswith("built 2 document(s)")

    code, out_piped, err_piped = _build([str(SEED), str(SMALL)], tmp_path / "pipe", stderr_pty=False)
    assert code == 0, err_piped
    assert err_piped == "building\n"  # as ever: the label once, no bar, no carriage returns
    assert out_piped.split("→")[0] == out.split("→")[0]  # the same summary either way


def test_quiet_on_a_terminal_prints_nothing_but_errors(tmp_path):
    code, out, err = _build([str(SEED), str(SMALL), "--quiet"], tmp_path / "ok", stderr_pty=True)
    assert code == 0 and err == "", err
    assert out.startswith("built 2 document(s)")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = _build([str(SEED), str(empty), "-q"], tmp_path / "bad", stderr_pty=True)
    assert code == 1
    assert "%|" not in err and "doc/s" not in err and "building" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    # the failure and its table, nothing else
    assert len(lines) == 3 and lines[0].startswith("1 source(s) failed"), err
    assert lines[1].split() == ["source", "stage", "reason"] and "empty.txt" in lines[2] and "empty" in lines[2], err


def test_a_long_documents_stage_lines_go_above_the_bar(monkeypatch):
    """In the process drawing the bar, a long document's stage line is printed above it (the bar is
    drawn again below); without a bar it is the plain line, as before."""
    from kg import progress

    monkeypatch.setattr(progress, "LONG_DOCUMENT", 10)
    stream = io.StringIO()
    rep = Reporter(stream=stream, bars=True)
    monkeypatch.setattr("sys.stderr", stream)
    for _path, _ in rep.documents([Path("long.txt")], _outcomes([1]), "building"):
        progress.document("long.txt", 50).say("annotate")
        progress.document("long.txt", 50).done()
    rep.close()
    text = stream.getvalue()
    stage = re.search(r"\rlong\.txt: annotate \(step 3 of 6, 50 characters, \d+ s so far\)\n", text)
    assert stage and re.search(r"\rlong\.txt: done \(50 characters in \d+ s\)\n", text)
    assert "documents:" in text[stage.end():]  # the bar again, below the line
    assert progress._active is None and progress.BARS_ENV not in os.environ  # nothing outlives the bar


def test_a_worker_on_the_terminal_of_a_bar_clears_its_line_first(monkeypatch):
    import pty

    from kg import progress

    monkeypatch.setattr(progress, "LONG_DOCUMENT", 10)
    master, slave = pty.openpty()
    with os.fdopen(slave, "w", encoding="utf-8") as tty:
        monkeypatch.setenv(progress.BARS_ENV, "1")  # as a worker process inherits it from the build
        progress.DocumentProgress("long.txt", 50, stream=tty).say("clean")
        monkeypatch.delenv(progress.BARS_ENV)
        progress.DocumentProgress("long.txt", 50, stream=tty).say("structure")
    data = b""
    while True:  # the terminal is closed: read to its end (one read may return part of it)
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    os.close(master)
    out = data.decode()
    first, second = out.split("\n")[:2]
    assert first.startswith("\r\x1b[2Klong.txt: clean (step 1 of 6") and second.startswith("long.txt: structure")

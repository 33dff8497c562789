"""The build command never loses a user's file and never dies on one document.

Output folders: replaced only when new, empty or written by policykg, never over a source,
``--force`` moves aside and deletes nothing, one build at a time, litter of killed builds cleaned.
Inputs: FIFOs refused without blocking, special files in folders listed as skipped. Documents:
any failure in one (reader, stage, worker, writing) is one row of the failure table, written to
build-report.json with tracebacks in build.log, and the rest builds. Warnings: one line per document.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import kg.build
import kg.pipeline

from tests.conftest import ROOT, SEED, SHARED, nq_text, run, write_docs

SMALL = """关于推进绿色低碳发展的意见
一、总体要求
（一）指导思想。坚持绿色发展，推动经济社会发展全面绿色转型。
（二）主要目标。到2030年，单位国内生产总值能耗比2025年下降13.5%。
二、重点任务
（三）推进能源转型。国家发展改革委、国家能源局负责加快发展可再生能源。
"""
OTHER = """关于加强生态环境保护的通知
一、工作要求
（一）强化监管。生态环境部负责加强生态环境监管执法。
（二）完善制度。到2027年，建立健全生态环境保护制度体系。
"""
GAPS = """关于测试编号的意见
一、总体要求
（一）指导思想。坚持绿色发展。
（三）工作原则。坚持系统观念。
（五）主要目标。推动全面绿色转型。
"""


_docs = write_docs


def _snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _report(out: Path) -> dict:
    return json.loads((out / "build-report.json").read_text(encoding="utf-8"))


# -- 18.1: the output folder -----------------------------------------------------------------

@pytest.mark.parametrize("where", ["the-source-folder", "parent-of-source", "inside-source", "symlink-to-source",
                                   "current-folder"])
@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
def test_output_over_a_source_is_refused_even_with_force(tmp_path, monkeypatch, where, force):
    docs = _docs(tmp_path / "docs", a=SMALL, b=OTHER)
    (tmp_path / "unrelated.txt").write_text("keep me", encoding="utf-8")
    out = {"the-source-folder": docs, "parent-of-source": tmp_path, "inside-source": docs / "out",
           "symlink-to-source": tmp_path / "link", "current-folder": Path(".")}[where]
    if where == "symlink-to-source":
        out.symlink_to(docs, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    before = _snapshot(tmp_path)
    result = run("build", docs, "--out", out, "--no-store", *(["--force"] if force else []))
    assert result.exit_code != 0
    assert "source" in result.output and str(out) in result.output and "Traceback" not in result.output
    assert _snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["docs", "unrelated.txt"] + (["link"] if where.startswith("symlink") else []))


def test_a_folder_of_the_users_is_refused_and_force_moves_it_aside(tmp_path):
    src = _docs(tmp_path / "docs", a=SMALL)
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("my notes", encoding="utf-8")
    (out / "graph.ttl").write_text("my own turtle", encoding="utf-8")
    refused = run("build", src, "--out", out, "--no-store")
    assert refused.exit_code != 0 and str(out) in refused.output and "--force" in refused.output
    assert _snapshot(out) == {"notes.txt": b"my notes", "graph.ttl": b"my own turtle"}
    forced = run("build", src, "--out", out, "--no-store", "--force")
    assert forced.exit_code == 0, forced.output
    moved = tmp_path / "mine.before-policykg-1"
    assert _snapshot(moved) == {"notes.txt": b"my notes", "graph.ttl": b"my own turtle"}
    assert str(moved) in forced.output
    assert (out / "index.html").is_file() and (out / ".policykg-build").is_file()
    # the second time the folder is policykg's own: replaced without --force, nothing moved aside
    again = run("build", src, "--out", out, "--no-store")
    assert again.exit_code == 0, again.output
    assert not (tmp_path / "mine.before-policykg-2").exists()


def test_a_users_file_added_to_a_build_is_never_deleted(tmp_path):
    src = _docs(tmp_path / "docs", a=SMALL)
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    (out / "text" / "my-annotations.md").write_text("mine", encoding="utf-8")
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code != 0 and "my-annotations.md" in result.output
    assert (out / "text" / "my-annotations.md").read_text(encoding="utf-8") == "mine"


def test_empty_folder_and_a_build_are_replaced(tmp_path):
    src = _docs(tmp_path / "docs", a=SMALL)
    out = tmp_path / "out"
    out.mkdir()
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    first = _snapshot(out)
    assert json.loads(first[".policykg-build"])["files"] == sorted(
        k for k in first if k != ".policykg-build" and not k.startswith(".policykg-cache/"))  # the cache is not listed
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    assert _snapshot(out) == first  # byte-identical, marker included
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "out"]


# -- 18.8: inputs that are not files ---------------------------------------------------------

def test_a_fifo_given_as_source_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    try:
        res = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(fifo), "--out", str(tmp_path / "out")],
                             capture_output=True, text=True, timeout=60, cwd=ROOT)
    except subprocess.TimeoutExpired:
        pytest.fail("policykg build blocked on a FIFO")
    assert res.returncode != 0 and "FIFO" in res.stderr and str(fifo) in res.stderr
    assert "Traceback" not in res.stderr
    assert not (tmp_path / "out").exists()


def test_special_files_in_a_folder_are_listed_as_skipped(tmp_path, monkeypatch):
    docs = _docs(tmp_path / "d", a=SMALL, secret=OTHER)
    os.mkfifo(docs / "pipe.txt")
    (docs / "dangling.txt").symlink_to(docs / "gone.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(docs / "s.txt"))
    import kg.text.sources

    real = kg.text.sources._readable
    # tests run as root here, where every file is readable: the permission check is simulated
    monkeypatch.setattr(kg.text.sources, "_readable", lambda p: not p.endswith("secret.txt") and real(p))
    out = tmp_path / "out"
    try:
        result = run("build", docs, "--out", out, "--no-store")
    finally:
        sock.close()
    assert result.exit_code == 0, result.output
    expected = {"pipe.txt": "FIFO", "dangling.txt": "does not exist", "s.txt": "socket", "secret.txt": "cannot be read"}
    skipped = {Path(s["path"]).name: s["reason"] for s in _report(out)["skipped"]}
    assert sorted(skipped) == sorted(expected)
    for name, words in expected.items():
        assert words in skipped[name]
        assert any(line.startswith("skipped:") and name in line and words in line for line in result.output.splitlines())
    assert [d["source"] for d in json.loads((out / "documents.json").read_text(encoding="utf-8"))] == ["a.txt"]


# -- 18.9 and 18.10: litter and concurrent builds ------------------------------------------------

def _start_build(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _wait_for(cond, seconds=60):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return False



def _two_document_build(tmp_path):
    """A build of two small documents into tmp_path/out, started in a process of its own."""
    src = _docs(tmp_path / "docs", a=SMALL, b=OTHER)
    out = tmp_path / "out"
    return src, out, _start_build(src, out)


def _temporary_folder(tmp_path) -> bool:
    return any(p.name.startswith(".out.tmp-") for p in tmp_path.iterdir())

def test_a_killed_build_leaves_litter_that_the_next_build_removes(tmp_path):
    src, out, proc = _two_document_build(tmp_path)
    try:
        assert _wait_for(lambda: _temporary_folder(tmp_path)), "no build started"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    litter = [p for p in tmp_path.iterdir() if p.name.startswith(".out.tmp-")]
    assert litter  # what a killed build leaves
    users = tmp_path / ".out.tmp-mine"  # looks like litter but holds a user's file: kept
    users.mkdir()
    (users / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.tmp-mine", "docs", "out"]
    assert (users / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_second_build_into_the_same_folder_refuses_while_the_first_runs(tmp_path):
    src, out, proc = _two_document_build(tmp_path)
    try:
        assert _wait_for(lambda: _temporary_folder(tmp_path)), "no build started"
        second = run("build", src, "--out", out, "--no-store")
    finally:
        stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr.decode()
    assert second.exit_code != 0 and "another policykg build" in second.output and "--wait" in second.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "out"]


def test_wait_waits_for_the_other_build(tmp_path):
    from kg.outfolder import lock

    src = _docs(tmp_path / "docs", a=SMALL)
    out = tmp_path / "out"
    taken, release = threading.Event(), threading.Event()

    def hold():
        with lock(out):
            taken.set()
            release.wait(30)

    t = threading.Thread(target=hold)
    t.start()
    taken.wait(10)
    timer = threading.Timer(1.0, release.set)
    timer.start()
    started = time.monotonic()
    result = run("build", src, "--out", out, "--no-store", "--wait")
    t.join()
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 1.0
    assert "waiting for it" in result.output
    assert (out / "index.html").is_file()


# -- 13.4: a folder never dies on one file -------------------------------------------------------

def _pool_pdf() -> Path:
    pdfs = sorted((SHARED / "dual-carbon" / "pdf").glob("*.pdf"))
    if not pdfs:
        pytest.fail(f"no PDFs in {SHARED / 'dual-carbon' / 'pdf'}")
    return min(pdfs, key=lambda p: p.stat().st_size)


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(_pool_pdf()).pages[:2]:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(path, "wb") as fh:
        writer.write(fh)


def test_hostile_files_in_a_folder_are_one_line_each_and_the_rest_builds(tmp_path):
    docs = _docs(tmp_path / "in", good=SMALL, other=OTHER)
    (docs / "zero.pdf").write_bytes(b"")
    (docs / "truncated.pdf").write_bytes(_pool_pdf().read_bytes()[:3000])
    _encrypted_pdf(docs / "encrypted.pdf")
    (docs / "not-a-pdf.pdf").write_bytes("这不是PDF文件，只是文字。\n".encode("utf-8") * 20)
    (docs / "gb18030.txt").write_bytes(OTHER.replace("通知", "决定").encode("gb18030"))
    (docs / "long-line.txt").write_text("关于测试的意见" + "推动绿色低碳发展，" * 30000, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", docs, "--out", out, "--no-store")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    built = {d["source"] for d in json.loads((out / "documents.json").read_text(encoding="utf-8"))}
    failed = {Path(f["path"]).name: f for f in _report(out)["failures"]}
    assert {"good.txt", "other.txt"} <= built
    assert {"zero.pdf", "truncated.pdf", "encrypted.pdf", "not-a-pdf.pdf"} <= set(failed)
    assert built | set(failed) == {p.name for p in docs.iterdir()} and not built & set(failed)
    for name, f in failed.items():
        assert f["stage"] and f["reason"] and "\n" not in f["reason"]
        rows = [ln for ln in result.output.splitlines()
                if name in ln and f["stage"] in ln and " of 6, " not in ln]  # not a long document's progress line
        assert len(rows) == 1, (name, result.output)
    assert str(out / "build-report.json") in result.output


def _surrogate_title(names):
    real = kg.build.document_result

    def document_result(doc):
        if doc.source.name in names:
            doc.meta["title"] = "\ud835 数学字母"  # what a mathematical-alphanumeric glyph in a text layer gave
        return real(doc)

    return document_result


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lone_surrogate_crash_is_contained(tmp_path, monkeypatch, jobs):
    docs = _docs(tmp_path / "in", good=SMALL, bad=OTHER, gaps=GAPS)
    monkeypatch.setattr(kg.build, "document_result", _surrogate_title({"bad.txt"}))
    out = tmp_path / "out"
    result = run("build", docs, "--out", out, "--no-store", "--jobs", jobs)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "UnicodeEncodeError" in result.output
    (failure,) = _report(out)["failures"]
    assert failure["path"].endswith("bad.txt") and failure["stage"] == "outputs"
    log = (out / "build.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "UnicodeEncodeError" in log and "bad.txt" in log
    built = sorted(d["source"] for d in json.loads((out / "documents.json").read_text(encoding="utf-8")))
    assert built == ["gaps.txt", "good.txt"]
    assert not any("\ud835" in p.name for p in out.rglob("*"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_in_a_stage_is_contained_with_its_stage(tmp_path, monkeypatch, jobs):
    docs = _docs(tmp_path / "in", good=SMALL, bad=OTHER)
    real = kg.pipeline.parse

    def parse(source, cleaned):
        if source.name == "bad.txt":
            raise RuntimeError("a bug in structure")
        return real(source, cleaned)

    monkeypatch.setattr(kg.pipeline, "parse", parse)
    out = tmp_path / "out"
    result = run("build", docs, "--out", out, "--no-store", "--jobs", jobs)
    assert result.exit_code == 1, result.output
    (failure,) = _report(out)["failures"]
    assert failure["stage"] == "structure" and "RuntimeError: a bug in structure" in failure["reason"]
    assert "Traceback" not in result.output and "Traceback" in (out / "build.log").read_text(encoding="utf-8")


def test_a_worker_that_dies_fails_only_its_document(tmp_path, monkeypatch):
    docs = _docs(tmp_path / "in", a=SMALL, b=OTHER, c=GAPS, d=SMALL.replace("意见", "方案"))
    real = kg.pipeline.parse

    def parse(source, cleaned):
        if source.name == "b.txt":
            os._exit(9)  # a worker killed (out of memory, or by hand)
        return real(source, cleaned)

    monkeypatch.setattr(kg.pipeline, "parse", parse)
    out = tmp_path / "out"
    result = run("build", docs, "--out", out, "--no-store", "--jobs", "2")
    assert result.exit_code == 1, result.output
    (failure,) = _report(out)["failures"]
    assert failure["path"].endswith("b.txt") and failure["stage"] == "worker"
    built = sorted(d["source"] for d in json.loads((out / "documents.json").read_text(encoding="utf-8")))
    assert built == ["a.txt", "c.txt", "d.txt"]


def test_a_failure_while_writing_a_document_leaves_none_of_its_files(tmp_path, monkeypatch):
    docs = _docs(tmp_path / "in", good=SMALL, bad=OTHER)
    real = kg.build.document_result

    def document_result(doc):
        r = real(doc)
        if doc.source.name == "bad.txt":
            r.reading = None  # writing its reading page's data fails after its graph was written
        return r

    monkeypatch.setattr(kg.build, "document_result", document_result)
    out = tmp_path / "out"
    result = run("build", docs, "--out", out, "--no-store")
    assert result.exit_code == 1, result.output
    (failure,) = _report(out)["failures"]
    assert failure["stage"] == "write" and failure["path"].endswith("bad.txt")
    assert len(list((out / "text").glob("*.html"))) == 1
    assert "生态环境" not in nq_text(out)
    assert not list(out.rglob("*.part"))


def test_a_dask_worker_failure_is_contained(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="pip install 'policykg[dask]'")
    docs = _docs(tmp_path / "in", good=SMALL, bad=OTHER)
    monkeypatch.setattr(kg.build, "document_result", _surrogate_title({"bad.txt"}))
    out = tmp_path / "out"
    # threads, not processes: the monkeypatched function is the one the workers run
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = run("build", docs, "--out", out, "--no-store", "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 1, result.output
    (failure,) = _report(out)["failures"]
    assert failure["path"].endswith("bad.txt") and failure["stage"] == "outputs"
    assert "Traceback" not in result.output


def test_when_nothing_builds_a_bug_traceback_goes_to_a_log_not_the_screen(tmp_path, monkeypatch):
    src = _docs(tmp_path / "in", bad=OTHER)
    monkeypatch.setattr(kg.build, "document_result", _surrogate_title({"bad.txt"}))
    result = run("build", src / "bad.txt", "--out", tmp_path / "out", "--no-store")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "nothing was written" in result.output and not (tmp_path / "out").exists()
    log = Path(result.output.split("tracebacks in ")[1].split()[0])
    try:
        assert "UnicodeEncodeError" in log.read_text(encoding="utf-8")
    finally:
        log.unlink()  # a file this test made policykg write


# -- 19.4 and 19.7: warnings summarised, a summary that says what to do next ------------------------

def test_warnings_are_one_line_per_document_with_details_in_verbose_and_the_report(tmp_path):
    docs = _docs(tmp_path / "in", gaps=GAPS, good=SMALL)
    out = tmp_path / "out"
    quiet = run("build", docs, "--out", out, "--no-store")
    assert quiet.exit_code == 0, quiet.output
    lines = [ln for ln in quiet.output.splitlines() if ln.startswith("warning:")]
    assert len(lines) == 1 and "gaps.txt" in lines[0] and "2 numbering-gap" in lines[0]
    (entry,) = _report(out)["warnings"]
    assert entry["counts"] == {"numbering-gap": 2} and [d["line"] for d in entry["details"]] == [4, 5]
    loud = run("build", docs, "--out", out, "--no-store", "-v")
    assert len([ln for ln in loud.output.splitlines() if ln.startswith("warning:")]) == 2


def test_the_summary_says_what_was_built_and_what_to_do_next(tmp_path):
    docs = _docs(tmp_path / "in", good=SMALL, other=OTHER)
    (docs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run("build", docs, "--out", out, "--no-store", "--formats", "nt")
    assert result.exit_code == 1
    from rdflib import Graph, RDF
    from kg.graph.iris import PKG

    g = Graph().parse(out / "graph.nt", format="nt")
    measures = len(set(g.subjects(PKG.provisionKind, None)))  # provisions of every kind
    targets = len(set(g.subjects(RDF.type, PKG.Target)))
    actors = len(set(g.subjects(RDF.type, PKG.Actor)))
    assert measures and targets and actors
    summary = next(ln for ln in result.output.splitlines() if ln.startswith("built "))
    assert summary.startswith(f"built 2 document(s): {measures} provisions")
    assert f"{targets} targets" in summary and f"{actors} actors" in summary and str(out) in summary
    report = _report(out)
    assert (report["documents"], report["provisions"], report["targets"], report["actors"]) == (2, measures, targets, actors)
    assert "1 source(s) failed" in result.output and str(out / "build-report.json") in result.output
    assert f"{out}/index.html" in result.output and f"policykg serve --graph {out}" in result.output


def test_a_file_that_appears_in_the_folder_during_the_build_is_moved_aside_not_deleted(tmp_path, monkeypatch):
    src = _docs(tmp_path / "docs", a=SMALL)
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    real = kg.build.Build.finish

    def finish(self, *args, **kwargs):
        (out / "written-meanwhile.txt").write_text("mine", encoding="utf-8")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(kg.build.Build, "finish", finish)
    # another option, so that the build is not "unchanged" (which would leave the folder as it is)
    result = run("build", src, "--out", out, "--no-store", "--graph-nodes", "4999")
    assert result.exit_code == 0, result.output
    moved = tmp_path / "out.before-policykg-1"
    assert str(moved) in result.output
    assert (moved / "written-meanwhile.txt").read_text(encoding="utf-8") == "mine"
    assert not (out / "written-meanwhile.txt").exists()


def test_a_build_killed_between_its_two_renames_gets_the_previous_build_back(tmp_path):
    src = _docs(tmp_path / "docs", a=SMALL)
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    before = _snapshot(out)
    old = tmp_path / ".out.old-k1"
    old.mkdir()
    out.rename(old / "previous")  # what atomic_folder had done when it was killed
    (tmp_path / ".out.tmp-k2" / "text").mkdir(parents=True)
    (tmp_path / ".out.tmp-k2" / "graph.nq").write_text("", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("build", empty, "--out", out, "--no-store")  # fails: nothing is written
    assert result.exit_code != 0
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "empty.txt", "out"]


def test_sigterm_stops_a_build_cleanly(tmp_path):
    src, out, proc = _two_document_build(tmp_path)
    try:
        assert _wait_for(lambda: _temporary_folder(tmp_path)), "no build started"
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=60)
    assert proc.returncode != 0 and b"Traceback" not in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]  # no temporary folder, no lock file


@pytest.mark.parametrize("files,replaced", [
    ({"documents.json": "[]", "graph.nq": "", "index.html": "", "text/a.html": ""}, True),  # a build from before the marker
    ({"build.log": "my own log"}, False),  # a name a build writes, in a folder that is not a build
    ({"documents.json": "[]", "graph.nq": "", "text/notes.md": "mine"}, False),
    ({".policykg-build": '{"written_by": "policykg build", "files": ["index.html"]}', "index.html": "", "graph.ttl": "mine"},
     False),  # a file the marker does not list
], ids=["legacy-build", "only-a-known-name", "legacy-with-a-foreign-file", "unlisted-file"])
def test_what_counts_as_a_build(tmp_path, files, replaced):
    src = _docs(tmp_path / "docs", a=SMALL)
    out = tmp_path / "out"
    for rel, text in files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
    before = _snapshot(out)
    result = run("build", src, "--out", out, "--no-store")
    if replaced:
        assert result.exit_code == 0, result.output
        assert (out / ".policykg-build").is_file()
    else:
        assert result.exit_code != 0 and "--force" in result.output
        assert _snapshot(out) == before


def test_two_different_documents_under_one_title_are_never_dropped_silently(tmp_path):
    # a misread title can give two different documents one IRI: the build keeps one and says
    # loudly that they differ; a true duplicate (the same text again) gets the plain warning
    same = SMALL.replace("二、重点任务", "\n二、重点任务")  # another file, the same document
    other = SMALL.split("二、重点任务")[0]  # the same title, a different (shorter) text
    docs = _docs(tmp_path / "in", a=SMALL, b=same, c=other)
    result = run("build", docs, "--out", tmp_path / "out", "--no-store")
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if "is the same document as" in ln]
    assert len(lines) == 2
    for ln in lines:  # "X is the same document as Y …; keeping Y": only a pair with c.txt differs
        differs = "they differ (2 vs 3 provisions)" in ln or "they differ (3 vs 2 provisions)" in ln
        assert differs == ("c.txt" in ln), ln


@pytest.mark.parametrize("fmt", ["ttl", "gexf"])
def test_an_export_into_the_build_folder_does_not_lock_it(tmp_path, fmt):
    """policykg export writes DIR/graph.FORMAT by default: the build's own file, listed in its marker,
    so the next build into DIR is not refused as if a user's file were there."""
    out = tmp_path / "out"
    assert run("build", SEED, "--out", out, "--no-store", "-q").exit_code == 0
    assert run("export", "--graph", out, "--format", fmt).exit_code == 0
    assert fmt in (out / ".policykg-build").read_text(encoding="utf-8")
    result = run("build", SEED, "--out", out, "--no-store", "-q", "--graph-nodes", "4999")
    assert result.exit_code == 0, result.output

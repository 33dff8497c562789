"""Incremental builds (issue 17, item 4): the content-hash cache in the output folder (kg/cache.py).

An unchanged rebuild parses nothing and leaves the folder as it is; adding, changing or removing
one document processes that document only and gives, byte for byte, what a clean build of the new
folder gives (the store compared quad by quad, and through every named query); a damaged cache
entry is rebuilt, a cache of another version ignored; a build killed at any point leaves the
previous folder usable.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.cache
import kg.pipeline
from kg.cache import CACHE
from kg.query.sparql import named_queries

from tests.conftest import ROOT, SHARED, nq_bytes, run, store_quads, write_docs

CENTRAL = """国务院关于推进绿色低碳发展的意见
一、总体要求
（一）指导思想。坚持绿色发展，推动经济社会发展全面绿色转型。
（二）主要目标。到2030年，单位国内生产总值能耗比2025年下降13.5%，森林覆盖率达到25%。
二、重点任务
（三）推进能源转型。国家发展改革委、国家能源局负责加快发展可再生能源。
（四）加强生态保护。生态环境部负责加强生态环境监管执法，自然资源部参与。
"""
LOCAL = """四川省人民政府关于推进绿色低碳发展的实施意见
一、总体要求
（一）指导思想。坚持绿色发展，推动全省经济社会发展全面绿色转型。
（二）主要目标。到2030年，森林覆盖率达到41%。
二、重点任务
（三）推进能源转型。省发展改革委、省能源局负责加快发展可再生能源。
"""
OTHER = """关于加强生态环境保护的通知
一、工作要求
（一）强化监管。生态环境部负责加强生态环境监管执法。
（二）完善制度。到2027年，建立健全生态环境保护制度体系。
"""
NEW = """关于推进节能降碳的通知
一、工作要求
（一）推进节能。国家发展改革委负责推进重点领域节能降碳，到2025年单位国内生产总值二氧化碳排放比2020年下降18%。
"""


_docs = write_docs


def _files(folder: Path) -> dict:
    """Every file of a build but the store (compared by its quads) and the cache (compared by behaviour)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] not in ("store", CACHE)}


def _quads(folder: Path) -> list[str]:
    return store_quads(folder / "store")


def _answers(folder: Path) -> dict:
    params = {"measures_by_actor": ["--param", "actor=生态环境部"], "targets_due": ["--param", "year_max=2030"]}
    out = {}
    for name in sorted(named_queries()):
        r = run("query", "--graph", folder, "--name", name, "--format", "csv", *params.get(name, []))
        out[name] = (r.exit_code, r.output)
    return out


@pytest.fixture
def parses(monkeypatch):
    """The names of the documents the pipeline processed."""
    seen = []
    real = kg.pipeline.process_bytes

    def counted(data, name, *a, **kw):
        seen.append(name)
        return real(data, name, *a, **kw)

    monkeypatch.setattr(kg.pipeline, "process_bytes", counted)
    return seen


def test_an_unchanged_rebuild_parses_nothing_and_leaves_the_folder(tmp_path, parses):
    src = _docs(tmp_path / "docs", central=CENTRAL, other=OTHER)
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    assert sorted(parses) == ["central.txt", "other.txt"]
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(out.rglob("*")) if p.is_file()}
    parses.clear()
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    assert parses == []
    assert "nothing changed" in result.output and "reused 2 of 2 documents" in result.output
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(out.rglob("*")) if p.is_file()} == before
    # another option is another build: the documents come from the cache, the folder is rewritten
    result = run("build", src, "--out", out, "--no-store", "--graph-nodes", "3")
    assert result.exit_code == 0 and parses == [] and "reused 2 of 2 documents; re-did 0" in result.output


@pytest.mark.parametrize("change", ["add", "change", "remove"])
def test_one_document_added_changed_or_removed_gives_the_clean_build(tmp_path, parses, change):
    src = _docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run("build", src, "--out", out).exit_code == 0
    pages = {p.name: p.read_bytes() for p in (out / "text").glob("*.html")}
    if change == "add":
        _docs(src, new=NEW)
    elif change == "change":
        _docs(src, other=OTHER.replace("2027", "2028"))
    else:
        (src / "local.txt").unlink()
    parses.clear()
    result = run("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert parses == {"add": ["new.txt"], "change": ["other.txt"], "remove": []}[change]
    n = len(list(src.iterdir()))
    assert f"reused {n - len(parses)} of {n} documents; re-did {len(parses)}" in result.output
    if change == "add":  # a reading page lists no other document: the others' pages are as they were
        assert {p.name: p.read_bytes() for p in (out / "text").glob("*.html") if p.name in pages} == pages
    assert run("build", src, "--out", clean).exit_code == 0
    assert _files(out) == _files(clean)
    assert _quads(out) == _quads(clean)
    assert _answers(out) == _answers(clean)


def test_a_damaged_cache_entry_is_rebuilt_never_trusted(tmp_path, parses):
    src = _docs(tmp_path / "docs", central=CENTRAL, other=OTHER)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    for entry in (out / CACHE / "entries").iterdir():  # one bit flipped in the middle of every entry
        data = bytearray(entry.read_bytes())
        data[len(data) // 2] ^= 1
        entry.write_bytes(bytes(data))
    _docs(src, new=NEW)  # something changed, so the entries are read
    parses.clear()
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    assert sorted(parses) == ["central.txt", "new.txt", "other.txt"]
    assert "2 damaged cache entries rebuilt" in result.output
    assert run("build", src, "--out", clean, "--no-store").exit_code == 0
    assert _files(out) == _files(clean)
    (src / "new.txt").unlink()  # the rebuilt entries are sound again
    parses.clear()
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 0 and parses == [] and "reused 2 of 2" in result.output


def test_a_cache_of_another_version_is_ignored(tmp_path, parses, monkeypatch):
    src = _docs(tmp_path / "docs", central=CENTRAL, other=OTHER)
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    before = _files(out)
    monkeypatch.setattr(kg.cache, "code_version", lambda: "0.0.0+another")
    parses.clear()
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    assert sorted(parses) == ["central.txt", "other.txt"]
    assert "from another version of policykg: ignored" in result.output
    assert _files(out) == before


def _snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("when", ["documents", "store"])
def test_a_build_killed_at_any_point_leaves_the_previous_folder_usable(tmp_path, when):
    src = _docs(tmp_path / "docs", central=CENTRAL, other=OTHER)
    out = tmp_path / "out"
    assert run("build", src, "--out", out).exit_code == 0
    answers = _answers(out)
    before = _snapshot(out)
    _docs(src, local=LOCAL)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    sign = CACHE + "/entries" if when == "documents" else "store"
    killed = False
    try:
        end = time.monotonic() + 120
        while time.monotonic() < end and proc.poll() is None:
            if any((p / sign).exists() for p in tmp_path.glob(".out.tmp-*")):
                os.killpg(proc.pid, signal.SIGKILL)
                killed = True
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert killed or when == "store", "the build finished before it could be killed"
    if killed:  # the previous build, untouched and answering
        assert _snapshot(out) == before
        assert _answers(out) == answers
    # the next build is whole, whatever was left behind
    result = run("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert "reused 2 of 3" in result.output or "nothing changed" in result.output
    assert not list(tmp_path.glob(".out.tmp-*"))
    clean = tmp_path / "clean"
    assert run("build", src, "--out", clean).exit_code == 0
    assert _files(out) == _files(clean) and _quads(out) == _quads(clean)


def test_a_page_being_written_when_killed_is_litter_the_next_build_may_remove(tmp_path):
    from kg.outfolder import foreign_files

    tmp = tmp_path / ".out.tmp-x"
    (tmp / "text").mkdir(parents=True)
    (tmp / "text" / "abc.html.part").write_bytes(b"<html")
    (tmp / CACHE / "entries").mkdir(parents=True)
    (tmp / CACHE / "entries" / "k.part").write_bytes(b"x")
    assert foreign_files(tmp, partial=True) == []
    (tmp / "text" / "notes.txt").write_text("mine", encoding="utf-8")
    assert foreign_files(tmp, partial=True) == [tmp / "text" / "notes.txt"]


def test_an_unchanged_rebuild_with_an_unreadable_file_reports_it_again(tmp_path, parses):
    src = _docs(tmp_path / "docs", central=CENTRAL)
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    first = run("build", src, "--out", out, "--no-store")
    assert first.exit_code == 1 and "empty.txt" in first.output
    parses.clear()
    again = run("build", src, "--out", out, "--no-store")
    assert again.exit_code == 1 and parses == []
    assert "nothing changed since the last build: reused 1 of 1 documents" in again.output
    assert [ln for ln in again.output.splitlines() if "empty.txt" in ln] == \
        [ln for ln in first.output.splitlines() if "empty.txt" in ln and "source(s) failed" not in ln][:1]


def test_labels_do_not_depend_on_which_process_parsed_a_document(tmp_path):
    """A related-measure explanation names a provincial body by its label whether the document was
    parsed in this process or came from the cache (it once read 'fujian.province.departments')."""
    family = [SHARED / "corpus" / "sc_green_low_carbon_circular_economy_guidance_2021.txt",
              SHARED / "dual-carbon" / "75.txt"]
    out = tmp_path / "out"
    assert run("build", *family, "--out", out, "--no-store", "-q").exit_code == 0
    fresh = nq_bytes(out)
    # a new process, as a user's next build is: it parses nothing, every document comes from the cache
    result = subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, family), "--out", str(out),
                             "--no-store", "-q", "--graph-nodes", "4999"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and "re-did 0" in result.stdout, result.stderr
    assert nq_bytes(out) == fresh
    assert "福建省有关部门".encode() in fresh and b"fujian.province.departments;" not in fresh


def test_cache_entries_are_the_same_bytes_in_any_process(tmp_path):
    """Same sources, same cache files, whatever the process (its hash seed orders every set) and
    whether a worker or the build's own process parsed the documents."""
    src = _docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    caches = []
    for seed, jobs in (("1", "1"), ("2", "2")):
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out), "--no-store",
                               "-q", "--jobs", jobs], cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        caches.append({p.relative_to(out / CACHE).as_posix(): p.read_bytes()
                       for p in sorted((out / CACHE).rglob("*")) if p.is_file()})
    assert len([k for k in caches[0] if k.startswith("entries/")]) == 3
    assert caches[0] == caches[1]
    # and an entry written that way is read back: the next build parses nothing
    result = run("build", src, "--out", tmp_path / "out-1", "--no-store", "--graph-nodes", "4999")
    assert result.exit_code == 0 and "reused 3 of 3 documents; re-did 0" in result.output, result.output


def test_a_rebuild_aligns_without_cutting_the_documents_it_reused(tmp_path, monkeypatch):
    """Alignment's share of each document (its provisions cut into jieba terms) is made once, where
    the document is parsed, and kept in the cache: adding a document cuts that document only."""
    import kg.analysis.provisions

    cut = []
    real = kg.analysis.provisions.terms
    monkeypatch.setattr(kg.analysis.provisions, "terms", lambda text: cut.append(text) or real(text))
    alone = tmp_path / "alone"
    assert run("build", _docs(tmp_path / "new", new=NEW), "--out", alone, "--no-store").exit_code == 0
    new_only = sorted(cut)
    assert new_only  # the new document has provisions to align
    src = _docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "--no-store").exit_code == 0
    _docs(src, new=NEW)
    cut.clear()
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 0 and "reused 3 of 4 documents; re-did 1" in result.output, result.output
    assert sorted(cut) == new_only
    clean = tmp_path / "clean"
    assert run("build", src, "--out", clean, "--no-store").exit_code == 0
    assert _files(out) == _files(clean)

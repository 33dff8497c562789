"""The machine cache's sweep (kg/machine_cache_sweep.py) and ``policykg cache``, on a temporary cache folder: entries of
deleted sources, entries unread for long and killed writers' temporary files go, everything else stays; --clear removes
only what the cache wrote."""
from __future__ import annotations

import fcntl
import os
import time

import pytest
from click.testing import CliRunner

from kg import machine_cache, machine_cache_sweep
from kg.cli import main


@pytest.fixture
def base(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("POLICYKG_MACHINE_CACHE", raising=False)
    return tmp_path / "cache" / "policykg"


def _derived(tmp_path, name: str, keep: bool) -> str:
    """An entry derived from a source file as lexicon.read_tsv keeps one; the source removed unless ``keep``."""
    source = tmp_path / "checkout" / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("kind\tpattern\n", encoding="utf-8")
    entry = machine_cache.of_file(f"tsv-{name}", source, 1)
    header = ("tsv", 1, str(source), 13, source.stat().st_mtime_ns)
    assert machine_cache.write(entry, header, [{"kind": "x"}])
    if not keep:
        source.unlink()
    return entry


def _names(base):
    return sorted(os.listdir(base))


def _old(path):
    past = time.time() - machine_cache_sweep.LEFTOVER_AGE - 60
    os.utime(path, (past, past))


def test_sweep_removes_entries_of_deleted_sources_and_leftovers_only(base, tmp_path):
    kept = _derived(tmp_path, "kept.tsv", keep=True)
    gone = _derived(tmp_path, "gone.tsv", keep=False)
    assert machine_cache.write("ontology-lines", ("h",), ["a"])  # derived from no one path
    leftover, writing = base / ".regex-abc123.tmp", base / ".regex-def456.tmp"
    leftover.write_bytes(b"x")
    writing.write_bytes(b"y")
    _old(leftover)
    (base / "notes.txt").write_text("a user's file")
    (base / f"{gone}-0123456789abcdef.marshal.bak").write_text("not the cache's naming")
    states = {e.path.name: e.state for e in machine_cache_sweep.entries(base)}
    assert sorted(states.values()) == ["gone", "kept", "kept", "leftover", "writing"]
    removed = machine_cache_sweep.sweep()
    assert sorted(e.path.name for e in removed) == sorted([leftover.name] + [n for n in states if n.startswith(gone)])
    left = _names(base)
    assert any(n.startswith(kept) for n in left) and not any(n.startswith(gone + "-") and n.endswith(".entry") for n in left)
    assert {"notes.txt", writing.name, f"{gone}-0123456789abcdef.marshal.bak"} <= set(left)
    assert machine_cache.read(kept, ("tsv", 1, str(tmp_path / "checkout" / "kept.tsv"), 13,
                                     (tmp_path / "checkout" / "kept.tsv").stat().st_mtime_ns)) == [{"kind": "x"}]


def test_an_entry_whose_name_does_not_carry_its_source_is_not_swept(base, tmp_path):
    # a header naming a deleted path under another path's name: not this entry's source, so never judged gone
    assert machine_cache.write(machine_cache.of_file("tsv-x.tsv", "/elsewhere/x.tsv", 1), ("tsv", 1, str(tmp_path / "no"), 1, 1), [])
    assert [e.state for e in machine_cache_sweep.entries(base)] == ["kept"]
    assert machine_cache_sweep.sweep() == []


def _unread(path, days: int) -> None:
    past = time.time() - days * 86400
    os.utime(path, (past, past))


def test_sweep_removes_entries_no_build_has_read_for_long(base, tmp_path):
    """A version of policykg no longer installed (or a Python no longer used) reads its entries no more: they go once
    unread for ``UNUSED_AGE``, their source path present or not; an entry a build reads is marked used (once a day)."""
    old = _derived(tmp_path, "old.tsv", keep=True)
    read = _derived(tmp_path, "read.tsv", keep=True)
    assert machine_cache.write("ontology-lines", ("h",), ["a"])
    files = {p.name.split("-")[1]: p for p in base.iterdir() if p.suffix == ".entry"}
    for path in files.values():
        _unread(path, 31)
    source = tmp_path / "checkout" / "read.tsv"
    assert machine_cache.read(read, ("tsv", 1, str(source), 13, source.stat().st_mtime_ns)) == [{"kind": "x"}]
    assert time.time() - files["read.tsv"].stat().st_mtime < 60  # read: marked used
    states = {p: e.state for e in machine_cache_sweep.entries(base) for p in [e.path]}
    assert states == {files["old.tsv"]: "unused", files["read.tsv"]: "kept", files["lines"]: "unused"}
    assert old in files["old.tsv"].name
    assert sorted(e.path for e in machine_cache_sweep.sweep()) == sorted([files["old.tsv"], files["lines"]])
    assert [p.name for p in base.glob("*.entry")] == [files["read.tsv"].name]
    # a file read within the day is not written again: its time moves once a day at most
    _unread(files["read.tsv"], 0.5)
    stamp = files["read.tsv"].stat().st_mtime_ns
    machine_cache.read(read, ("tsv", 1, str(source), 13, source.stat().st_mtime_ns))
    assert files["read.tsv"].stat().st_mtime_ns == stamp


def test_entries_of_the_earlier_layout_go_unread(base, tmp_path):
    """Entries of a source path in the earlier layout (one marshal, ``NAME[-vN]-SOURCE-TAG.marshal``) would be read whole
    to learn their source path: the sweep removes them unread once neither written nor read for ``OLD_AGE`` (their
    version derives them again); the regular expressions' own file and earlier entries of no source path stay while
    used."""
    base.mkdir(parents=True)
    earlier = [base / "jieba-dictionary-036d3e84cde5-57e35065e823a402.marshal",
               base / "tsv-actors.tsv-v1-c7192fdd20ee-b95c986234556875.marshal"]
    kept = [base / "regexes-bd541d6b69ec212d.marshal", base / "ontology-lines-8aaf0a73fa3ea7e9.marshal"]
    for path in earlier + kept:
        path.write_bytes(b"x" * 100)
    for path in earlier:
        past = time.time() - machine_cache_sweep.OLD_AGE - 60
        os.utime(path, (past, past))
    listed = {e.path: (e.kind, e.state) for e in machine_cache_sweep.entries(base)}
    assert listed == {earlier[0]: ("jieba-dictionary", "old"), earlier[1]: ("tsv-actors.tsv", "old"),
                      kept[0]: ("regexes", "kept"), kept[1]: ("ontology-lines", "kept")}
    assert sorted(e.path for e in machine_cache_sweep.sweep()) == sorted(earlier)
    assert sorted(base.glob("*.marshal")) == sorted(kept)


def test_clear_removes_what_the_cache_wrote_and_nothing_else(base, tmp_path):
    _derived(tmp_path, "kept.tsv", keep=True)
    _derived(tmp_path, "gone.tsv", keep=False)
    folder = machine_cache.folder_of("jinja-pages", ("options",))
    (folder / "__jinja2_x.cache").write_bytes(b"code")
    writing = base / ".regex-def456.tmp"
    writing.write_bytes(b"y")
    (base / "notes.txt").write_text("a user's file")
    removed = machine_cache_sweep.clear()
    assert len(removed) == 3
    # jinja2's folder emptied, kept: a build rendering beside the clear writes its next template there
    assert set(_names(base)) == {"notes.txt", writing.name, folder.name, machine_cache_sweep.LOCK, machine_cache_sweep.STAMP}
    assert list(folder.iterdir()) == []


def test_a_second_sweep_waits_for_none(base, tmp_path):
    _derived(tmp_path, "gone.tsv", keep=False)
    fd = os.open(base / machine_cache_sweep.LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(machine_cache_sweep.Busy):
            machine_cache_sweep.sweep()
        assert machine_cache_sweep.sweep_if_due() == []  # a build's sweep never fails
    finally:
        os.close(fd)
    assert len(machine_cache_sweep.sweep()) == 1


def test_a_build_sweeps_once_a_day(base, tmp_path):
    _derived(tmp_path, "gone.tsv", keep=False)
    assert len(machine_cache_sweep.sweep_if_due()) == 1
    _derived(tmp_path, "gone.tsv", keep=False)
    assert machine_cache_sweep.sweep_if_due() == []  # swept a moment ago
    past = time.time() - machine_cache_sweep.SWEEP_EVERY - 60
    os.utime(base / machine_cache_sweep.STAMP, (past, past))
    assert len(machine_cache_sweep.sweep_if_due()) == 1


def test_no_cache_folder_lists_and_sweeps_nothing(base):
    assert machine_cache_sweep.entries() == [] and machine_cache_sweep.sweep() == [] and machine_cache_sweep.clear() == []


def test_cache_command_lists_sweeps_and_clears(base, tmp_path):
    _derived(tmp_path, "kept.tsv", keep=True)
    _derived(tmp_path, "gone.tsv", keep=False)
    runner = CliRunner()
    shown = runner.invoke(main, ["cache"])
    assert shown.exit_code == 0, shown.output
    assert f"machine cache: {base}" in shown.output
    assert "tsv-gone.tsv" in shown.output and "2 file(s)" in shown.output and "1 of them" in shown.output
    swept = runner.invoke(main, ["cache", "--sweep"])
    assert swept.exit_code == 0, swept.output
    assert swept.output.startswith("removed 1 file(s)")
    cleared = runner.invoke(main, ["cache", "--clear"])
    assert cleared.exit_code == 0 and cleared.output.startswith("removed 1 file(s)"), cleared.output
    assert "0 of them" not in runner.invoke(main, ["cache"]).output


@pytest.mark.parametrize("args, env, message", [
    (["cache", "--sweep", "--clear"], {}, "give one"),
    (["cache"], {"POLICYKG_MACHINE_CACHE": "0"}, "turned off"),
])
def test_cache_command_refuses_with_a_sentence(base, args, env, message):
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_entries_of_the_earlier_layout_a_checkout_still_reads_stay(base):
    """A checkout still on the earlier version (a baseline, a worktree not yet merged) writes and reads entries of the
    earlier layout today: the sweep must not take them from under it (it would derive jieba's dictionary again at its
    next build, every day). Its reads never mark them used, but the filesystem's access time does (relatime: at least
    once a day); written or read within ``OLD_AGE`` they stay, and go once neither."""
    base.mkdir(parents=True)
    written_today = base / "jieba-dictionary-036d3e84cde5-57e35065e823a402.marshal"
    read_today = base / "tsv-actors.tsv-v1-c7192fdd20ee-b95c986234556875.marshal"
    unused = base / "tsv-roles.tsv-v1-d7192fdd20ee-c95c986234556875.marshal"
    for path in (written_today, read_today, unused):
        path.write_bytes(b"x" * 100)
    long_ago = time.time() - 10 * 86400
    os.utime(read_today, (time.time(), long_ago))
    os.utime(unused, (long_ago, long_ago))
    states = {e.path: e.state for e in machine_cache_sweep.entries(base)}
    assert states == {written_today: "kept", read_today: "kept", unused: "old"}
    assert [e.path for e in machine_cache_sweep.sweep()] == [unused]
    assert sorted(base.glob("*.marshal")) == sorted([written_today, read_today])

"""kg/regex_cache.py: a kept compilation gives exactly the pattern re compiles, a damaged or foreign file is
ignored, what re must compile itself (LOCALE, DEBUG, parsed patterns) is left to it, and re goes through the
cache only inside the window a build opens (``import kg`` alone leaves it as it was)."""
from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg import regex_cache

ROOT = Path(__file__).resolve().parent.parent

# patterns of every kind the taggers write: groups named and not, lookarounds, classes, flags
PATTERNS = [
    (r"(?P<year>20\d{2})年(?:底|末)?前?", 0),
    (r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", 0),
    (r"(?m)^(约束性|预期性)(?![\u4e00-\u9fff])", 0),
    (r"abc|ABC|(?P<x>x+)\1", re.IGNORECASE),
    (r"  a  b  # a comment", re.VERBOSE),
    (r"[^\d\s<＜>＞≤≥［\[〔/—－]{2,8}?(?:厅|局|委)", 0),
    (r"", 0),
]

_CHILD = r"""
import json, re, sys
from kg import regex_cache
regex_cache.SAVE_AFTER = int(sys.argv[2]) if len(sys.argv) > 2 else 0  # these few patterns kept however few
pats = [(p, f) for p, f in json.loads(sys.argv[1])]
out = []
with regex_cache.installed():  # the window a build opens
    kept = len(regex_cache._index)
    for p, f in pats:
        c = re.compile(p, f)
        fresh = (regex_cache._original or re._compiler.compile)(p, f)
        out.append([regex_cache._same(c, fresh), (p, f) in regex_cache._used])
print(json.dumps({"same": out, "kept": kept, "file": str(regex_cache.cache_file())}))
"""


def _child(cache_home: Path, pats, *args, **env) -> dict:
    environ = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "PYTHONPATH": str(ROOT), **env}
    proc = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(pats), *args], env=environ, capture_output=True,
                          text=True, check=True)
    return json.loads(proc.stdout)


def test_kept_compilations_equal_re_own(tmp_path):
    first = _child(tmp_path, PATTERNS)
    assert all(same for same, _ in first["same"])
    assert not any(kept for _, kept in first["same"])  # a fresh cache: compiled by re, kept at exit
    path = Path(first["file"])
    assert path.parent == tmp_path / "policykg" and path.is_file()
    second = _child(tmp_path, PATTERNS)
    assert all(same and kept for same, kept in second["same"])  # from the file, the same patterns
    assert second["kept"] >= len(PATTERNS)


def test_import_kg_leaves_re_as_it_was(tmp_path):
    """A library user's import of kg (the taggers too) does not route its process's re.compile through the cache;
    the build's window does, and puts re back as it was when it closes (issue 17, reviewer's owed narrowing)."""
    code = ("import re; original = re._compiler.compile\n"
            "import kg, kg.annotate, kg.pipeline, kg.cli\n"
            "from kg import regex_cache\n"
            "before = re._compiler.compile is original\n"
            "with regex_cache.installed() as on:\n"
            "    inside = re._compiler.compile is regex_cache._compile\n"
            "    with regex_cache.installed():\n"
            "        pass\n"
            "    nested = re._compiler.compile is regex_cache._compile\n"
            "print(before, on, inside, nested, re._compiler.compile is original)")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True).stdout
    assert out.split() == ["True"] * 5


def test_the_build_command_opens_the_window(tmp_path, monkeypatch):
    """policykg build (and parse) compile inside the window, and leave re as it was."""
    from click.testing import CliRunner

    from kg.cli import main

    seen = []
    monkeypatch.setattr(regex_cache, "install", lambda real=regex_cache.install: seen.append("in") or real())
    monkeypatch.setattr(regex_cache, "uninstall", lambda real=regex_cache.uninstall: seen.append("out") or real())
    original = re._compiler.compile
    result = CliRunner().invoke(main, ["parse", str(ROOT / "seeds" / sorted(os.listdir(ROOT / "seeds"))[0])])
    assert result.exit_code == 0 and seen == ["in", "out"]
    result = CliRunner().invoke(main, ["build", str(tmp_path / "none"), "--out", str(tmp_path / "out"), "-q"])
    assert seen == ["in", "out", "in", "out"]
    assert re._compiler.compile is original


def test_every_kept_pattern_of_a_build_process_is_re_own(tmp_path):
    """Every entry the taggers' import leaves in the file compiles to re's own pattern."""
    code = ("import re; from kg import regex_cache as r\n"
            "with r.installed():\n"
            "    import kg.annotate, kg.build\n"
            "table = r._read()\n"
            "bad = [k for k, a in table.items() if not r._same(r._compile_kept(k[0], a), re._compiler.compile(*k))]\n"
            "print(len(table), len(bad))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    kept, bad = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                               text=True).stdout.split()
    assert int(kept) > 400 and int(bad) == 0


@pytest.mark.parametrize("damage", ["flip", "truncate", "header", "garbage"])
def test_a_damaged_or_foreign_file_is_ignored_and_written_again(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = Path(_child(tmp_path, PATTERNS[:3])["file"])
    assert len(regex_cache._read()) >= 3
    data = path.read_bytes()
    start = len(regex_cache.MAGIC) + 8
    size = int.from_bytes(data[len(regex_cache.MAGIC):start], "little")
    if damage == "flip":  # a byte of the index changed: its digest no longer matches
        data = bytearray(data)
        data[start + size // 2] ^= 1
        data = bytes(data)
    elif damage == "truncate":  # cut inside the index
        data = data[: start + size // 2]
    elif damage == "header":  # another Python's file under this name
        header, index = marshal.loads(data[start:start + size])
        raw = marshal.dumps(((("2.7.18", None, 2), header[1]), index))
        data = (regex_cache.MAGIC + len(raw).to_bytes(8, "little") + raw + hashlib.sha256(raw).digest()
                + data[start + size + 32:])
    else:
        data = b"not marshal at all"
    path.write_bytes(data)
    assert regex_cache._read() == {}
    again = _child(tmp_path, PATTERNS[:3])
    assert all(same and not kept for same, kept in again["same"])
    assert len(regex_cache._read()) >= 3  # written afresh at exit


def test_turned_off(tmp_path):
    out = _child(tmp_path, PATTERNS[:2], POLICYKG_MACHINE_CACHE="0")
    assert out["file"] == "None" and out["kept"] == 0
    assert not (tmp_path / "policykg").exists()


def test_a_damaged_entry_is_compiled_by_re_and_the_others_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = Path(_child(tmp_path, PATTERNS[:3])["file"])
    data = bytearray(path.read_bytes())
    data[-3] ^= 1  # the code of the last entry written
    path.write_bytes(bytes(data))
    assert len(regex_cache._read()) == 2
    again = _child(tmp_path, PATTERNS[:3])
    assert all(same for same, _ in again["same"]) and sorted(kept for _, kept in again["same"]) == [False, True, True]
    assert len(regex_cache._read()) == 3  # the damaged one written again


def test_locale_debug_and_parsed_patterns_are_left_to_re(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regex_cache, "SAVE_AFTER", 10**6)  # nothing written
    with regex_cache.installed() as on:
        assert on
        regex_cache._compile(rb"\w+", re.LOCALE)
        assert (rb"\w+", re.LOCALE) not in regex_cache._new
        regex_cache._compile(r"ab(?P<c>c)", 0)
        assert (r"ab(?P<c>c)", 0) in regex_cache._new
    assert not regex_cache._new and re._compiler.compile is not regex_cache._compile


def test_a_process_that_compiled_little_anew_writes_nothing(tmp_path, monkeypatch):
    """A build makes a few patterns anew in every process (their text from a set's order, the output folder's name):
    they do not have the file rewritten at every build."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = Path(_child(tmp_path, PATTERNS[:2])["file"])
    before = path.read_bytes()
    out = _child(tmp_path, PATTERNS[2:4], "16")  # new, but two: not kept
    assert all(same and not kept for same, kept in out["same"])
    assert path.read_bytes() == before


def test_a_process_that_compiled_a_few_long_patterns_anew_keeps_them(tmp_path, monkeypatch):
    """A table's pattern (place_prefix's places, 5,000 characters and more) is worth keeping alone: 15 ms a process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = Path(_child(tmp_path, PATTERNS[:2])["file"])
    long = ["|".join(f"名{i:04d}" for i in range(400))]  # 2,399 characters
    out = _child(tmp_path, [[long[0], 0]], "16")
    assert out["same"] == [[True, False]] and path.read_bytes() != b""
    assert _child(tmp_path, [[long[0], 0]], "16")["same"] == [[True, True]]  # kept by the first


def test_the_places_pattern_is_the_same_in_every_process():
    """Names of one length were in a set's order, so every process compiled a new pattern the cache never kept."""
    code = "from kg.annotate.place_prefix import _rx; import hashlib; print(hashlib.sha256(_rx(None).pattern.encode()).hexdigest())"
    outs = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed},
                           capture_output=True, text=True, check=True).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


def test_the_file_keeps_the_entries_used_last(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    entry = (0, b"", 0, {}, (None,))
    assert regex_cache._write([((f"k{i}", 0), marshal.dumps(entry)) for i in range(3)])
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    monkeypatch.setattr(regex_cache, "_used", {("k0", 0): marshal.dumps(entry)})
    monkeypatch.setattr(regex_cache, "_new", {("n", 0): entry})
    monkeypatch.setattr(regex_cache, "SAVE_AFTER", 1)
    regex_cache._save()
    assert list(regex_cache._read()) == [("k2", 0), ("k0", 0), ("n", 0)]  # k1 the least recently saved, dropped

"""kg/machine_cache.py and what keeps its values there: a kept value is the value derived afresh (jieba's
dictionary tags, the pages' compiled templates); a damaged, foreign or missing file gives None; off means off."""
from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import machine_cache

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICYKG_MACHINE_CACHE", raising=False)
    return tmp_path


def test_a_value_comes_back_for_its_header_only(home):
    value = {"碳达峰": "n", "推进": "v", "words": ["a", 1, (2, 3)]}
    assert machine_cache.read("t", ("x", 1)) is None  # nothing kept yet
    assert machine_cache.write("t", ("x", 1), value)
    assert machine_cache.read("t", ("x", 1)) == value
    assert machine_cache.read("t", ("x", 2)) is None  # derived from something else: another file
    assert machine_cache.path("t", ("x", 1)).parent == home / "policykg"
    assert oct(os.stat(home / "policykg").st_mode & 0o777) == "0o700"


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign", "garbage", "empty", "length", "earlier"])
def test_a_damaged_or_foreign_file_gives_none(home, damage):
    machine_cache.write("t", ("x", 1), {"a": "b" * 100})
    path = machine_cache.path("t", ("x", 1))
    data = path.read_bytes()
    start = len(machine_cache.LAYOUT) + 4
    size = int.from_bytes(data[len(machine_cache.LAYOUT):start], "little")
    head, digest, payload = data[start:start + size], data[start + size:start + size + 32], data[start + size + 32:]
    foreign = marshal.dumps((("2.7.18", None, 2), marshal.loads(head)[1]))
    data = {
        "flip": data[:-2] + bytes([data[-2] ^ 1]) + data[-1:],
        "truncate": data[:20],
        "foreign": data[:len(machine_cache.LAYOUT)] + len(foreign).to_bytes(4, "little") + foreign + digest + payload,
        "garbage": b"\x00not marshal",
        "empty": b"",
        "length": data[:len(machine_cache.LAYOUT)] + (1 << 30).to_bytes(4, "little") + data[start:],
        # the earlier layout (one marshal of header, payload, digest) under the new name: derived again, never trusted
        "earlier": marshal.dumps((marshal.loads(head), payload, digest)),
    }[damage]
    path.write_bytes(data)
    assert machine_cache.read("t", ("x", 1)) is None
    assert (machine_cache.header_of(path) is None) == (damage not in ("flip", "foreign"))


def test_the_header_is_read_alone(home, monkeypatch):
    """The sweep learns an entry's header from its first bytes: a few hundred, whatever the value's size."""
    import builtins

    assert machine_cache.write("t", ("x", 1, "/some/source"), "碳" * 3_000_000)
    path = machine_cache.path("t", ("x", 1, "/some/source"))
    reads, real_open = [], builtins.open

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def read(self, n=-1):
            got = self.fh.read(n)
            reads.append(len(got))
            return got

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    with monkeypatch.context() as m:
        m.setattr(builtins, "open", lambda *a, **k: Counting(real_open(*a, **k)))
        head = machine_cache.header_of(path)
    assert head == (machine_cache.PYTHON, ("x", 1, "/some/source"))
    assert path.stat().st_size > 9_000_000 and 0 < sum(reads) < 300


def test_off_means_nothing_read_or_written(home, monkeypatch):
    monkeypatch.setenv("POLICYKG_MACHINE_CACHE", "0")
    assert machine_cache.folder() is None
    assert not machine_cache.write("t", ("x", 1), 1)
    assert machine_cache.read("t", ("x", 1)) is None
    assert machine_cache.folder_of("jinja", ("x",)) is None
    assert not (home / "policykg").exists()


def test_no_writable_folder_is_no_error(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert not machine_cache.write("t", ("x", 1), 1)
    assert machine_cache.read("t", ("x", 1)) is None
    assert machine_cache.folder_of("jinja", ("x",)) is None


_TAGS = r"""
import hashlib, json, os, re, sys
import jieba
from kg.annotate.base import dictionary_tags
from kg.annotate.word_tags import tagged
tags = dictionary_tags()
with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
    parsed = dict(re.findall(r"^(\S+) \S+ (\S+)$", fh.read(), re.M))
every = all(tags.get(w) == t and w in tags for w, t in parsed.items())
gathered = all(tagged(tags, g) == tuple(w for w, t in parsed.items() if t == g) for g in ("v", "vn"))
print(json.dumps([every, gathered, len(parsed), type(tags).__name__]))
"""


def test_dictionary_tags_kept_are_the_parsed_ones(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    for _ in range(2):  # parsed and kept, then read back from the cache
        out = subprocess.run([sys.executable, "-c", _TAGS], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip().startswith("[true, true, ")
    assert out.stdout.strip().endswith('"Tags"]')  # the second run read them back from the cache
    assert list((tmp_path / "policykg").glob("jieba-dictionary-*.entry"))


_TEMPLATES = r"""
import json, os, types
from kg.pages import render

def plain(c):  # a code object as comparable data (nested code objects' reprs hold addresses, sets their order)
    if isinstance(c, types.CodeType):
        return [c.co_name, c.co_code.hex(), [plain(k) for k in c.co_consts], list(c.co_names), list(c.co_varnames)]
    if isinstance(c, (frozenset, set)):
        return sorted(repr(k) for k in c)
    if isinstance(c, tuple):
        return [plain(k) for k in c]
    return repr(c)

out = {}
for name in sorted(os.listdir(os.path.join(os.path.dirname(render.__file__), "templates"))):
    if name.endswith(".html") and name != "align.html":
        t = render._ENV.get_template(name)
        out[name] = [plain(t.root_render_func.__code__), sorted((k, plain(f.__code__)) for k, f in t.blocks.items())]
print(json.dumps([render._ENV.bytecode_cache is not None, out]))
"""


def test_templates_from_the_bytecode_cache_are_those_compiled_afresh(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-c", _TEMPLATES], env=e, capture_output=True, text=True,
                           check=True).stdout for e in (env, env, {**env, "POLICYKG_MACHINE_CACHE": "0"})]
    import json

    (on1, first), (on2, again), (off, fresh) = (json.loads(r) for r in runs)
    assert on1 and on2 and not off
    assert len(first) >= 9 and first == again == fresh
    assert list((tmp_path / "policykg").glob("jinja-pages-*/__jinja2_*.cache"))


_TSV = r"""
import csv, json
from kg import lexicon
out = []
for path in sorted(lexicon.ontology_dir().glob("*.tsv")):
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    parsed = [dict(row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    rows = lexicon.read_tsv(path.name)
    out.append([path.name, rows == parsed and [list(r) for r in rows] == [list(r) for r in parsed]])
print(json.dumps(out))
"""


def test_ontology_tables_kept_are_the_parsed_ones(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    for _ in range(2):  # parsed and kept, then read back from the cache
        out = subprocess.run([sys.executable, "-c", _TSV], env=env, capture_output=True, text=True, check=True)
        import json

        tables = json.loads(out.stdout)
        assert len(tables) > 30 and all(same for _, same in tables), [n for n, same in tables if not same]
    assert len(list((tmp_path / "policykg").glob("tsv-*.entry"))) == len(tables)


def test_an_edited_table_is_read_again_and_its_old_entry_goes(home, tmp_path, monkeypatch):
    from kg import lexicon

    onto = tmp_path / "onto"
    onto.mkdir()
    (onto / "t.tsv").write_text("kind\tpattern\na\tx|y\n", encoding="utf-8")
    _backdate(onto / "t.tsv", 3600)  # edited long before (a table just written is not kept: the test below)
    monkeypatch.setattr(lexicon, "ontology_dir", lambda: onto)
    assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x|y"}]
    assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x|y"}]  # from the cache
    (onto / "t.tsv").write_text("kind\tpattern\na\tx|y\nb\tzz\n", encoding="utf-8")  # a row appended
    _backdate(onto / "t.tsv", 1800)
    assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x|y"}, {"kind": "b", "pattern": "zz"}]
    assert len(list((home / "policykg").glob("tsv-t.tsv-*.entry"))) == 1
    (onto / "t.tsv").unlink()
    with pytest.raises(FileNotFoundError):
        lexicon.read_tsv("t.tsv")


def test_two_copies_of_a_table_keep_their_entries_apart(home, tmp_path, monkeypatch):
    """Two checkouts of one machine (their own ontology folders): each one's entry stays, neither replaces the other's
    at every build."""
    from kg import lexicon

    folders = []
    for k, rows in enumerate(("a\tx\n", "a\ty\n")):
        onto = tmp_path / f"onto{k}"
        onto.mkdir()
        (onto / "t.tsv").write_text("kind\tpattern\n" + rows, encoding="utf-8")
        _backdate(onto / "t.tsv", 3600)
        folders.append(onto)
    for onto in folders + folders:
        monkeypatch.setattr(lexicon, "ontology_dir", lambda onto=onto: onto)
        assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x" if onto == folders[0] else "y"}]
    kept = sorted((home / "policykg").glob("tsv-t.tsv-*.entry"))
    assert len(kept) == 2
    stamps = [p.stat().st_mtime_ns for p in kept]
    for onto in folders:  # read back, not written again
        monkeypatch.setattr(lexicon, "ontology_dir", lambda onto=onto: onto)
        lexicon.read_tsv("t.tsv")
    assert [p.stat().st_mtime_ns for p in kept] == stamps


def test_two_versions_sharing_one_table_keep_an_entry_each(home, tmp_path, monkeypatch):
    """Two versions of policykg sharing one Python environment read the same file (jieba's dict.txt) into values of
    their own form (another version number in the header): run in turn, each finds its own entry, neither writes
    again (they replaced each other's entry at every run, ~1.2 s for jieba's dictionary)."""
    from kg import lexicon

    onto = tmp_path / "onto"
    onto.mkdir()
    (onto / "t.tsv").write_text("kind\tpattern\na\tx\n", encoding="utf-8")
    _backdate(onto / "t.tsv", 3600)
    monkeypatch.setattr(lexicon, "ontology_dir", lambda: onto)
    for version in (1, 2):
        monkeypatch.setattr(lexicon, "_TSV_VERSION", version)
        assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x"}]
    kept = sorted((home / "policykg").glob("tsv-t.tsv-*.entry"))
    assert [p.name.split("-")[2] for p in kept] == ["v1", "v2"]
    stamps = [p.stat().st_mtime_ns for p in kept]
    for version in (1, 2, 1):
        monkeypatch.setattr(lexicon, "_TSV_VERSION", version)
        kept_rows = machine_cache.read(machine_cache.of_file("tsv-t.tsv", onto / "t.tsv", version),
                                       ("tsv", version, str(onto / "t.tsv"), os.stat(onto / "t.tsv").st_size,
                                        os.stat(onto / "t.tsv").st_mtime_ns, machine_cache.code_of(lexicon.__file__)))
        assert kept_rows == [{"kind": "a", "pattern": "x"}]  # its own entry found
        assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x"}]
    assert sorted((home / "policykg").glob("tsv-t.tsv-*.entry")) == kept
    assert [p.stat().st_mtime_ns for p in kept] == stamps  # read back, neither written again


def _backdate(path: Path, seconds: int) -> None:
    """The file's time set ``seconds`` back: a table edited long before the build reads it."""
    then = os.stat(path).st_mtime_ns - seconds * 1_000_000_000
    os.utime(path, ns=(then, then))


def test_a_table_rewritten_within_one_clock_tick_is_not_read_stale(home, tmp_path, monkeypatch):
    """A table rewritten with other bytes of the same size within its filesystem's clock tick (2 s on FAT, 1 s on
    HFS+ and some network filesystems) keeps its size and time: the rows of its first version, kept under them,
    would be read back for the second (RV16). Same size, same time forced with utime: the second version's rows."""
    from kg import lexicon

    onto = tmp_path / "onto"
    onto.mkdir()
    table = onto / "t.tsv"
    table.write_text("kind\tpattern\na\tx|y\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "ontology_dir", lambda: onto)
    assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x|y"}]
    first = os.stat(table)
    table.write_text("kind\tpattern\nb\tx|z\n", encoding="utf-8")  # the same size, other bytes
    os.utime(table, ns=(first.st_atime_ns, first.st_mtime_ns))  # the same clock tick
    assert os.stat(table).st_size == first.st_size
    assert lexicon.read_tsv("t.tsv") == [{"kind": "b", "pattern": "x|z"}]


def test_a_settled_table_is_kept(home, tmp_path, monkeypatch):
    """A table whose time is past (any table not edited in the last seconds) is kept, and read back from the cache."""
    from kg import lexicon

    onto = tmp_path / "onto"
    onto.mkdir()
    (onto / "t.tsv").write_text("kind\tpattern\na\tx|y\n", encoding="utf-8")
    _backdate(onto / "t.tsv", 3600)
    monkeypatch.setattr(lexicon, "ontology_dir", lambda: onto)
    assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x|y"}]
    kept = list((home / "policykg").glob("tsv-t.tsv-*.entry"))
    assert len(kept) == 1
    assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x|y"}]


def test_a_table_rewritten_while_it_is_read_is_not_kept_stale(home, tmp_path, monkeypatch):
    """Whether a table is settled is asked before it is read: a table 1 s old, rewritten (same size, same time) right
    after its rows are parsed while the clock passes 2 s, must not keep the first version's rows under that size and
    time (RV16: asked after the parse, they were kept and read back for the second version)."""
    import csv

    from kg import lexicon

    onto = tmp_path / "onto"
    onto.mkdir()
    table = onto / "t.tsv"
    table.write_text("kind\tpattern\na\tx|y\n", encoding="utf-8")
    _backdate(table, 1)
    first = os.stat(table)
    monkeypatch.setattr(lexicon, "ontology_dir", lambda: onto)
    real_reader, real_clock = csv.DictReader, machine_cache.time.time_ns

    def reader(*args, **kwargs):
        rows = list(real_reader(*args, **kwargs))
        table.write_text("kind\tpattern\nb\tx|z\n", encoding="utf-8")  # rewritten within the same tick
        os.utime(table, ns=(first.st_atime_ns, first.st_mtime_ns))
        monkeypatch.setattr(machine_cache.time, "time_ns", lambda: real_clock() + 5_000_000_000)  # 5 s pass
        return iter(rows)

    monkeypatch.setattr(lexicon.csv, "DictReader", reader)
    assert lexicon.read_tsv("t.tsv") == [{"kind": "a", "pattern": "x|y"}]
    monkeypatch.setattr(lexicon.csv, "DictReader", real_reader)
    assert lexicon.read_tsv("t.tsv") == [{"kind": "b", "pattern": "x|z"}]


@pytest.fixture
def writes(home, monkeypatch):
    """The names written to the cache (settled files: a fresh checkout's are kept too)."""
    names, real = [], machine_cache.write
    monkeypatch.setattr(machine_cache, "write", lambda name, *a, **k: names.append(name) or real(name, *a, **k))
    monkeypatch.setattr(machine_cache, "settled", lambda stat: True)
    return names


def test_tsv_rows_do_not_outlive_an_edit_of_read_tsv(writes, monkeypatch):
    """Review RV18: an entry's header names the code deriving it (``code_of``), not only a hand-bumped version: an edit
    of lexicon.read_tsv in a checkout gets the rows derived anew, never the earlier code's read back."""
    from kg import lexicon

    rows = lexicon.read_tsv("comparators.tsv")
    assert writes  # derived and kept
    writes.clear()
    assert lexicon.read_tsv("comparators.tsv") == rows and not writes  # read back
    monkeypatch.setattr(machine_cache, "code_of", lambda *files: "the code edited")
    assert lexicon.read_tsv("comparators.tsv") == rows and writes  # derived anew, not the kept entry


def test_jiebas_tags_do_not_outlive_an_edit_of_the_code_gathering_them(writes, monkeypatch):
    """Review RV18: the jieba entry (tags packed by word_tags.pack, the words of GATHERED, FREQ split by
    dictionary_parts.split) is derived anew after an edit of that code; the hand-bumped 3 alone kept the earlier
    code's words (a tag added to GATHERED read back without its words)."""
    from kg.annotate import base

    base._dictionary.cache_clear()
    try:
        first = base._dictionary()
        assert first is not None and writes
        writes.clear()
        base._dictionary.cache_clear()
        assert base._dictionary() == first and not writes  # read back
        monkeypatch.setattr(machine_cache, "code_of", lambda *files: "the code edited")
        base._dictionary.cache_clear()
        assert base._dictionary() == first and writes  # derived anew
    finally:
        base._dictionary.cache_clear()

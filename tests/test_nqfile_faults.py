"""A damaged graph.nq.gz (or graph.nq) of the previous build is never trusted by a rebuild (issue 17, review RV12).

The store's update reads the previous file's members of the graphs that changed (what to remove); the
"nothing changed" rebuild leaves the folder as it is. Both check the lines against the SHA-256 the previous
build kept (``nq-blocks.json``): a member cut short, not gzip, or holding other lines is rebuilt, and the
store written afresh when its update cannot read what it held.
"""
from __future__ import annotations

from kg.cache import BLOCKS, CACHE
from kg.store_update import kept_blocks

from tests.conftest import run, write_docs
from tests.test_incremental import CENTRAL, LOCAL, NEW, OTHER, _files, _quads


def _build(src, out, *extra):
    result = run("build", src, "--out", out, *extra)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


def _member(out, name: bytes, nq: str = "graph.nq.gz"):
    """(start, end) of the graph ``name``'s block in the build's N-Quads file."""
    blocks = kept_blocks(out / CACHE / BLOCKS, out / nq)
    return next((a, b) for g, (_, a, b) in blocks.items() if g.endswith(name))


def _flip(path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x55
    path.write_bytes(bytes(data))


def test_a_damaged_member_of_a_changed_graph_rewrites_the_store_instead_of_failing(tmp_path):
    # the concepts' member changes when a document is added: the store's update reads its old lines
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    out, clean = tmp_path / "out", tmp_path / "clean"
    _build(src, out)
    a, b = _member(out, b"/concepts")
    _flip(out / "graph.nq.gz", (a + b) // 2)
    write_docs(src, new=NEW)
    _build(src, out)
    _build(src, clean)
    assert _files(out) == _files(clean) and _quads(out) == _quads(clean)


def test_a_damaged_plain_block_of_a_changed_graph_rewrites_the_store(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    out, clean = tmp_path / "out", tmp_path / "clean"
    _build(src, out, "--formats", "nq")
    a, b = _member(out, b"/concepts", "graph.nq")
    nq = out / "graph.nq"
    data = nq.read_bytes()
    at = data.index(b"<https://w3id.org/policykg/", (a + b) // 2) + 1  # an IRI's first letter, still a line
    nq.write_bytes(data[:at] + b"X" + data[at + 1:])
    write_docs(src, new=NEW)
    _build(src, out, "--formats", "nq")
    _build(src, clean, "--formats", "nq")
    assert _files(out) == _files(clean) and _quads(out) == _quads(clean)


def test_an_unchanged_rebuild_over_a_damaged_member_writes_it_again(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    out, clean = tmp_path / "out", tmp_path / "clean"
    _build(src, out)
    _build(src, clean)
    assert "nothing changed" in _build(src, out).output  # the check does not cost an intact folder its shortcut
    a, b = _member(out, b"/ontology")
    _flip(out / "graph.nq.gz", (a + b) // 2)  # the same size: only the lines tell
    assert "nothing changed" not in _build(src, out).output
    assert _files(out) == _files(clean) and _quads(out) == _quads(clean)
    # a plain graph.nq whose lines were edited in place (same size) is written again too
    _build(src, out, "--formats", "nq")
    _build(src, clean, "--formats", "nq")
    nq = out / "graph.nq"
    nq.write_bytes(nq.read_bytes().replace(b"ontology#", b"ontologY#", 1))
    assert "nothing changed" not in _build(src, out, "--formats", "nq").output
    assert _files(out) == _files(clean)


def test_push_of_a_damaged_member_says_so_before_asking_the_server(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL)
    out = tmp_path / "out"
    _build(src, out)
    nq = out / "graph.nq.gz"
    nq.write_bytes(nq.read_bytes()[:-20])  # the last member cut short
    r = run("push", "--graph", out, "--endpoint", "http://127.0.0.1:9/store", "--retries", "0")
    assert r.exit_code == 1 and "Traceback" not in r.output and isinstance(r.exception, SystemExit)
    assert "graph.nq.gz: the graph cannot be read" in r.output and "it is damaged; rebuild it" in r.output
    assert "Nothing was changed on http://127.0.0.1:9/store" in r.output


def test_push_refuses_a_file_whose_graphs_lines_are_apart(tmp_path):
    # push reads a graph's lines as one run (one graph in memory at a time): a file no build wrote is said so
    from kg.query.push import PushError, graph_names, graph_runs

    nq = tmp_path / "graph.nq"
    nq.write_text('<urn:a> <urn:p> "1" <urn:g1> .\n<urn:b> <urn:p> "2" <urn:g2> .\n<urn:c> <urn:p> "3" <urn:g2> .\n',
                  encoding="utf-8")
    assert list(graph_runs(nq)) == [("urn:g1", ['<urn:a> <urn:p> "1" .']),
                                    ("urn:g2", ['<urn:b> <urn:p> "2" .', '<urn:c> <urn:p> "3" .'])]
    assert graph_names(nq) == ["urn:g1", "urn:g2"]
    nq.write_text(nq.read_text(encoding="utf-8") + '<urn:d> <urn:p> "4" <urn:g1> .\n', encoding="utf-8")
    try:
        graph_names(nq)
    except PushError as exc:
        assert "the lines of <urn:g1> are not together" in str(exc)
    else:
        raise AssertionError("a graph read twice")

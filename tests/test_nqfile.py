"""graph.nq.gz: one gzip member per named graph, deterministic, copied by bytes, and plain folders still read (issue 17).

A default build writes its N-Quads as graph.nq.gz (kg/nqfile.py): the lines a plain graph.nq held, each
graph's lines one gzip member. ``--formats nq`` writes the plain graph.nq instead; a folder of an earlier
version (plain graph.nq) still answers every command, and a rebuild over it gives the clean build's bytes.
"""
from __future__ import annotations

import gzip

from kg import nqfile
from kg.cache import BLOCKS, CACHE
from kg.graph.serialize import write_nquads
from kg.store_update import graph_blocks, kept_blocks

from tests.conftest import nq_bytes, run, write_docs
from tests.test_incremental import CENTRAL, LOCAL, NEW, OTHER, _answers, _files, _quads

ONTOLOGY = ["<https://w3id.org/policykg/ontology#A> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" ."]


def _graphs():
    return [(f"https://w3id.org/policykg/eli/cn/doc{k}",
             [f"<https://w3id.org/policykg/eli/cn/doc{k}/s{i}> <https://w3id.org/policykg/ontology#text> \"{k} {i}\" .\n"
              .encode() for i in range(50 * k)])
            for k in (1, 2, 3)]


def test_the_same_lines_give_the_same_bytes_one_member_per_graph(tmp_path):
    a, b, plain = tmp_path / "a.nq.gz", tmp_path / "b.nq.gz", tmp_path / "graph.nq"
    blocks = write_nquads(a, _graphs(), ONTOLOGY)
    assert write_nquads(b, _graphs(), ONTOLOGY) == blocks
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes()[4:8] == b"\0\0\0\0"  # gzip's mtime: none
    plain_blocks = write_nquads(plain, _graphs(), ONTOLOGY)
    # what zcat or gzip.open read is the plain file, byte for byte; the SHA-256 of each graph is of its lines
    assert gzip.decompress(a.read_bytes()) == plain.read_bytes()
    assert {g: h for g, (h, _, _) in blocks.items()} == {g: h for g, (h, _, _) in plain_blocks.items()}
    members = list(nqfile.members(a))
    assert len(members) == len(blocks) == 4  # three documents and the ontology (no concepts line: no member)
    assert graph_blocks(a) == blocks
    for start, end, lines in members:
        assert nqfile.read_range(a, start, end) == lines
        assert len({ln.rsplit(b" <", 1)[1] for ln in lines.splitlines()}) == 1  # one graph's lines


def test_a_damaged_member_is_refused_by_the_block_reader(tmp_path):
    path = tmp_path / "graph.nq.gz"
    write_nquads(path, _graphs(), ONTOLOGY)
    data = path.read_bytes()
    path.write_bytes(data[:-5])
    try:
        list(nqfile.members(path))
    except ValueError as exc:
        assert "cut short" in str(exc)
    else:
        raise AssertionError("a cut member was read")


def _build(src, out, *extra):
    result = run("build", src, "--out", out, *extra)
    assert result.exit_code == 0, result.output
    return result


def test_an_unchanged_documents_member_is_copied_by_bytes(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    out, clean = tmp_path / "out", tmp_path / "clean"
    _build(src, out)
    before = out / "graph.nq.gz"
    old = {g: before.read_bytes()[a:b] for g, (_, a, b) in graph_blocks(before).items()}
    write_docs(src, new=NEW)
    _build(src, out)
    new = out / "graph.nq.gz"
    now = {g: new.read_bytes()[a:b] for g, (_, a, b) in graph_blocks(new).items()}
    same = [g for g in old if b"/eli/" in g and now.get(g) == old[g]]
    assert len(same) == 3  # the three documents' members, byte for byte
    assert kept_blocks(out / CACHE / BLOCKS, new) == graph_blocks(new)
    _build(src, clean)
    assert _files(out) == _files(clean) and _quads(out) == _quads(clean)


def test_formats_nq_writes_the_plain_file_and_an_earlier_plain_folder_still_answers(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    gz, plain = tmp_path / "gz", tmp_path / "plain"
    _build(src, gz)
    _build(src, plain, "--formats", "nq")
    assert not (gz / "graph.nq").exists() and not (plain / "graph.nq.gz").exists()
    assert (plain / "graph.nq").read_bytes() == nq_bytes(gz)
    assert _quads(plain) == _quads(gz)
    assert _answers(plain) == _answers(gz)
    assert run("validate", "--graph", plain).exit_code == 0
    # export --format nq: the plain lines of a default build
    target = tmp_path / "lines.nq"
    assert run("export", "--graph", gz, "--format", "nq", "--out", target).exit_code == 0
    assert target.read_bytes() == nq_bytes(gz)
    # never over the build's own N-Quads
    assert run("export", "--graph", plain, "--format", "nq").exit_code == 1


def test_a_rebuild_over_a_plain_folder_gives_the_clean_builds_bytes(tmp_path):
    src = write_docs(tmp_path / "docs", central=CENTRAL, local=LOCAL, other=OTHER)
    out, clean = tmp_path / "out", tmp_path / "clean"
    _build(src, out, "--formats", "nq")  # as an earlier version left it: a plain graph.nq
    write_docs(src, new=NEW)
    _build(src, out)  # the unchanged documents' lines checked and compressed, the store updated
    _build(src, clean)
    assert not (out / "graph.nq").exists()
    assert _files(out) == _files(clean) and _quads(out) == _quads(clean)
    # and back: the members decompressed into a plain graph.nq, as a clean build of --formats nq writes it
    (src / "new.txt").unlink()
    _build(src, out, "--formats", "nq")
    _build(src, clean, "--formats", "nq")
    assert not (out / "graph.nq.gz").exists()
    assert _files(out) == _files(clean) and _quads(out) == _quads(clean)


def test_push_reads_the_same_graphs_from_either_file(tmp_path):
    from kg.query.push import graphs_of

    write_nquads(tmp_path / "graph.nq.gz", _graphs(), ONTOLOGY)
    write_nquads(tmp_path / "graph.nq", _graphs(), ONTOLOGY)
    graphs = graphs_of(tmp_path / "graph.nq.gz")
    assert graphs == graphs_of(tmp_path / "graph.nq") and len(graphs) == 4

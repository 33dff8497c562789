"""What a fresh-eyes review found (brief F): copies from two sources built once, a damaged store
repaired by rebuilding, one line instead of a traceback, cross-origin access opt-in, messages."""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.build import Build, document_result
from kg.copies import resemblance, same_document, sketch
from kg.pipeline import process_bytes
from tests.conftest import SEED, SHARED, nq_bytes, nq_text, run, write_docs

CORPUS = SHARED / "corpus"
PEAK_TXT = CORPUS / "cpc_sc_carbon_peak_neutrality_opinions_2021.txt"
PEAK_HTML = CORPUS / "raw" / "cpc_sc_carbon_peak_neutrality_opinions_2021_montana.raw.html"
GREEN = CORPUS / "sc_green_low_carbon_circular_economy_guidance_2021.txt"

SMALL = """关于推进绿色低碳发展的意见
{date}
一、总体要求
（一）指导思想。坚持绿色发展，推动经济社会发展全面绿色转型，加快构建清洁低碳安全高效的能源体系。
（二）主要目标。到2030年，单位国内生产总值能耗比2025年下降13.5%，非化石能源消费比重达到25%左右。
二、重点任务
（三）推进能源转型。国家发展改革委、国家能源局负责加快发展可再生能源，推动煤炭清洁高效利用。
（四）推进工业降碳。工业和信息化部负责推动钢铁、有色金属、建材、石化化工等行业节能降碳改造。
"""
OTHER = """关于推进绿色低碳发展的意见
{date}
一、工作要求
（一）强化监管。生态环境部负责加强生态环境监管执法，严厉打击环境违法行为。
（二）完善制度。到2027年，建立健全生态环境保护制度体系，完善生态环境损害赔偿制度。
"""


def _result(path_or_text, name=None):
    if isinstance(path_or_text, str):
        return document_result(process_bytes(path_or_text.encode("utf-8"), name))
    return document_result(process_bytes(path_or_text.read_bytes(), name or path_or_text.name))


def _built(tmp_path, results):
    b = Build(tmp_path)
    for r in results:
        b.add(r)
    return b, b.duplicates()


@pytest.fixture(scope="module")
def peak_pair():
    return [_result(PEAK_TXT), _result(PEAK_HTML)]


# -- 1. the same document from two sources builds once ------------------------------------------

def test_a_text_and_the_html_page_that_republished_it_build_once(tmp_path, peak_pair):
    txt, html = peak_pair
    assert txt.iri != html.iri  # the page's <title> is "Document": no title, no date, another IRI
    for i, order in enumerate((peak_pair, peak_pair[::-1])):
        b, lines = _built(tmp_path / str(i), order)
        assert list(b.kept) == [txt.iri]  # the source with the title and the date is kept
        assert lines == [f"{PEAK_HTML.name} is the same document as {PEAK_TXT.name} (the same text); "
                         f"built once, keeping {PEAK_TXT.name}"]
        assert len(list((tmp_path / str(i) / ".work" / "nt").iterdir())) == 1


def test_the_copy_is_gone_from_the_finished_build(tmp_path, peak_pair):
    b, _ = _built(tmp_path, peak_pair)
    b.finish(with_store=False)
    docs = json.loads((tmp_path / "documents.json").read_text(encoding="utf-8"))
    assert [d["source"] for d in docs] == [PEAK_TXT.name]
    assert peak_pair[1].iri.encode() not in nq_bytes(tmp_path)


def test_keep_copies_builds_each_source(tmp_path, peak_pair):
    """--keep-copies (Build(keep_copies=True)): a source whose text is another's is a document of its own."""
    b = Build(tmp_path, keep_copies=True)
    for r in peak_pair:
        b.add(r)
    assert b.duplicates() == [] and sorted(b.kept) == sorted(r.iri for r in peak_pair)


def test_keep_copies_on_the_command_line(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(PEAK_TXT, src / PEAK_TXT.name)
    shutil.copy(PEAK_HTML, src / PEAK_HTML.name)
    once, both = tmp_path / "once", tmp_path / "both"
    assert run("build", str(src), "--out", str(once), "--no-store", "-q").exit_code == 0
    assert run("build", str(src), "--out", str(both), "--no-store", "-q", "--keep-copies").exit_code == 0
    count = lambda out: len(json.loads((out / "documents.json").read_text(encoding="utf-8")))  # noqa: E731
    assert (count(once), count(both)) == (1, 2)


def test_copies_found_whatever_the_order(tmp_path, peak_pair):
    green = _result(GREEN)
    results = peak_pair + [green]
    seen = set()
    for seed in range(3):
        shuffled = results[:]
        random.Random(seed).shuffle(shuffled)
        b, lines = _built(tmp_path / str(seed), shuffled)
        seen.add((tuple(sorted(b.kept)), tuple(lines)))
    assert len(seen) == 1
    (kept, _), = seen
    assert sorted(kept) == sorted([peak_pair[0].iri, green.iri])


@pytest.mark.parametrize("a, b", [
    pytest.param(SMALL.format(date="2021年3月1日"), OTHER.format(date="2022年5月1日"), id="same-title-other-text"),
    pytest.param(SMALL.format(date="2021年3月1日"), SMALL.format(date="2022年5月1日"), id="same-text-other-date"),
])
def test_two_documents_of_one_title_stay_two(tmp_path, a, b):
    ra, rb = _result(a, "a.txt"), _result(b, "b.txt")
    assert ra.iri != rb.iri
    built, lines = _built(tmp_path, [ra, rb])
    assert sorted(built.kept) == sorted([ra.iri, rb.iri]) and lines == []
    built.finish(with_store=False)
    nq = nq_text(tmp_path)
    for iri in (ra.iri, rb.iri):  # each its own graph (one title: their page keys are the same)
        own = f"<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#PolicyDocument> <{iri}> ."
        assert own in nq.splitlines(), iri


def test_two_different_pool_documents_do_not_resemble(peak_pair):
    green = _result(GREEN)
    assert resemblance(peak_pair[0].sketch, green.sketch) < 0.1
    assert resemblance(peak_pair[0].sketch, peak_pair[1].sketch) > 0.95


@pytest.mark.parametrize("a, b, same", [
    ("碳达峰碳中和工作" * 3 + "推进绿色低碳发展", "碳达峰碳中和工作" * 3 + "推进绿色低碳发展", True),
    ("到2030年，单位国内生产总值能耗下降", "到 2030 年,单位国内生产总值能耗下降", True),  # width, spaces, digits
    ("单位国内生产总值能耗下降", "", False),
    ("推进绿色低碳发展的意见", "加强生态环境保护的通知", False),
])
def test_resemblance_reads_the_chinese_characters_only(a, b, same):
    assert same_document(sketch(a), sketch(b), None, None) == same


def test_a_date_apart_is_another_document():
    s = sketch(SEED.read_text(encoding="utf-8"))
    assert same_document(s, s, None, "2021-09-22")
    assert not same_document(s, s, "2021-09-22", "2023-12-27")


# -- 2. a damaged store is repaired by rebuilding --------------------------------------------------

def _rm_current(store):
    (store / "CURRENT").unlink()


def _truncate_tables(store):
    for sst in store.glob("*.sst"):
        os.truncate(sst, 100)


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("small")
    src = write_docs(root / "src", a=SMALL.format(date="2021年3月1日"))
    out = root / "out"
    result = run("build", src, "--out", out, "-q")
    assert result.exit_code == 0, result.output
    return src, out


@pytest.mark.parametrize("damage", [_rm_current, _truncate_tables], ids=["no-CURRENT", "truncated-sst"])
def test_a_damaged_store_is_written_again_by_the_next_build(tmp_path, small_build, damage):
    src, built = small_build
    out = tmp_path / "out"
    shutil.copytree(built, out)
    damage(out / "store")
    result = run("query", "--graph", out, "--name", "documents")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    (line,) = result.output.strip().splitlines()
    assert "damaged" in line and f"policykg build --out {out}" in line, line
    rebuilt = run("build", src, "--out", out)
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "nothing changed" not in rebuilt.output
    assert "the previous store could not be opened" in rebuilt.output and "written afresh" in rebuilt.output
    again = run("query", "--graph", out, "--name", "documents", "--format", "csv")
    assert again.exit_code == 0 and "关于推进绿色低碳发展的意见" in again.output, again.output


def test_an_incremental_build_does_not_update_a_damaged_store(tmp_path, small_build):
    # a source changed: the store would be updated by named graph; damaged, it is written afresh
    src, built = small_build
    out = tmp_path / "out"
    shutil.copytree(built, out)
    sources = write_docs(tmp_path / "src", a=SMALL.format(date="2021年3月1日"), b=OTHER.format(date="2022年5月1日"))
    _truncate_tables(out / "store")
    result = run("build", sources, "--out", out)
    assert result.exit_code == 0, result.output
    assert "internal error" not in result.output and "written afresh from graph.nq" in result.output
    rows = run("query", "--graph", out, "--name", "documents", "--format", "csv")
    assert rows.exit_code == 0 and len(rows.output.strip().splitlines()) == 3, rows.output


def test_an_intact_store_is_still_left_as_it_was(tmp_path, small_build):
    src, built = small_build
    out = tmp_path / "out"
    shutil.copytree(built, out)
    result = run("build", src, "--out", out)
    assert result.exit_code == 0 and "nothing changed" in result.output, result.output


# -- 3. a damaged graph.nq without a store: one line, never a traceback -------------------------------

@pytest.mark.parametrize("command", [
    ["query", "--name", "documents"], ["related", "1"], ["matrix"],
])
def test_a_truncated_graph_without_a_store_is_one_line(tmp_path, small_build, command):
    _, built = small_build
    damaged = tmp_path / "d"
    damaged.mkdir()
    nq = nq_bytes(built)
    (damaged / "graph.nq").write_bytes(nq[:len(nq) // 2])
    result = run(command[0], "--graph", damaged, *command[1:])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: {damaged / 'graph.nq'}:") and "damaged" in line, line
    assert f"policykg build --out {damaged}" in line


def test_serve_on_a_truncated_graph_is_one_line(tmp_path, small_build):
    _, built = small_build
    damaged = tmp_path / "d"
    damaged.mkdir()
    (damaged / "graph.nq").write_bytes(nq_bytes(built)[:3000])
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--graph", str(damaged), "--port", "0"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "damaged" in proc.stderr.strip().splitlines()[-1]


# -- 4. cross-origin access to the endpoint is opt-in -------------------------------------------------

@pytest.fixture
def serving(small_build):
    from kg.query.endpoint import make_server

    servers = []

    def start(cors=()):
        server = make_server(small_build[1], "127.0.0.1", 0, timeout=5.0, max_rows=50, workers=1, fast_lane=0,
                             cors=cors)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        host, port = server.server_address[:2]
        return f"http://{host}:{port}/sparql"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
        server.pool.close()


def _ask(url, origin, method="GET"):
    q = urllib.parse.quote("ASK { ?s ?p ?o }")
    req = urllib.request.Request(f"{url}?query={q}", method=method, headers={"Origin": origin})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers


@pytest.mark.parametrize("cors, origin, allowed", [
    ((), "https://evil.example", None),
    (("https://lab.example",), "https://lab.example", "https://lab.example"),
    (("https://lab.example", "http://localhost:3000"), "http://localhost:3000", "http://localhost:3000"),
    (("https://lab.example",), "https://evil.example", None),
    (("*",), "https://any.example", "*"),
], ids=["default-none", "allowed", "second-of-two", "other-origin", "star"])
def test_cross_origin_reading_is_opt_in(serving, cors, origin, allowed):
    url = serving(cors)
    status, headers = _ask(url, origin)
    assert status == 200
    assert headers.get("Access-Control-Allow-Origin") == allowed
    status, headers = _ask(url, origin, "OPTIONS")  # a browser's preflight
    assert (status, headers.get("Access-Control-Allow-Origin")) == ((204, allowed) if allowed else (403, None))


@pytest.mark.parametrize("value", ["lab.example", "https://lab.example/path", ""])
def test_a_cors_value_that_is_no_origin_is_refused(small_build, value):
    result = run("serve", "--graph", small_build[1], "--port", "0", "--cors", value)
    assert result.exit_code == 2 and "--cors" in result.output and "not a web origin" in result.output, result.output


# -- 5. messages ---------------------------------------------------------------------------------------

UNTITLED = """一、总体要求
（一）指导思想。坚持绿色发展，推动经济社会发展全面绿色转型。
（二）主要目标。到2030年，单位国内生产总值能耗比2025年下降13.5%。
"""


def test_diff_names_an_untitled_undated_document_so(tmp_path):
    src = write_docs(tmp_path, a=SMALL.format(date="2021年3月1日"), b=UNTITLED)
    result = run("diff", src / "a.txt", src / "b.txt")
    head = result.output.splitlines()[:2]
    assert head[0] == "A: 关于推进绿色低碳发展的意见 (2021-03-01, a.txt)", result.output
    assert head[1] == "B: 无标题 untitled (无日期 undated, b.txt)", result.output
    assert "None" not in result.output


def test_a_word_document_gets_one_message_named_or_in_a_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    write_docs(folder, a=SMALL.format(date="2021年3月1日"))
    in_folder = run("build", folder, "--out", tmp_path / "o1", "--no-store")
    named = run("build", folder / "plan.docx", "--out", tmp_path / "o2", "--no-store")
    parsed_ = run("parse", folder / "plan.docx")
    reason = "a Word document (.docx), a format policykg does not read; convert it to PDF or text"
    assert reason in in_folder.output, in_folder.output
    assert named.exit_code == 1 and reason in named.output and "binary" not in named.output, named.output
    assert parsed_.exit_code == 1 and reason in parsed_.output, parsed_.output


@pytest.mark.parametrize("clause, says", [
    ("LIMIT 99999999999999999999999", "LIMIT 99999999999999999999999 at line 1 is too large"),
    ("OFFSET 18446744073709551616", "OFFSET 18446744073709551616 at line 1 is too large"),
    ("LIMIT 18446744073709551615", None),  # the largest the store takes: runs
    ("LIMT 5", "did you mean LIMIT?"),
])
def test_a_limit_too_large_is_said_so(small_build, clause, says):
    result = run("query", "--graph", small_build[1], f"SELECT ?s WHERE {{ ?s ?p ?o }} {clause}", "--format", "csv")
    if says is None:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 1 and says in result.output and "expected an expression" not in result.output, \
            result.output


def test_a_mount_point_as_out_is_refused_before_the_build(tmp_path, monkeypatch):
    import kg.outfolder

    out = tmp_path / "mnt"
    out.mkdir()
    real = kg.outfolder.os.path.ismount
    monkeypatch.setattr(kg.outfolder.os.path, "ismount", lambda p: str(p) == str(out) or real(p))
    src = write_docs(tmp_path / "src", a=SMALL.format(date="2021年3月1日"))
    result = run("build", src, "--out", out, "--no-store")
    assert result.exit_code == 1 and "cannot be written: it is a mount point" in result.output, result.output
    assert "Device or resource busy" not in result.output and list(out.iterdir()) == []


def test_the_failure_table_aligns_chinese_paths():
    from kg.mapping import Failure, failure_table
    from kg.table import display_width

    lines = failure_table([Failure("政策文件/关于推进绿色低碳发展的意见.txt", "read", "the file is empty"),
                           Failure("docs/a.txt", "structure", "no structure")])
    for words in (("stage", "read", "structure"), ("reason", "the file is empty", "no structure")):
        starts = {display_width(line[:line.index(next(w for w in words if f"  {w}" in line))]) for line in lines}
        assert len(starts) == 1, lines

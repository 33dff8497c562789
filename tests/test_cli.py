"""The CLI as a user meets it: build, parse, query, queries; errors; determinism; atomic output."""
from __future__ import annotations

import csv
import io
import json
import os

import pytest
from click.testing import CliRunner

from kg.cli import main

from tests.conftest import SEED, SHARED, nq_bytes, require_shared


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("b") / "out"
    result = CliRunner().invoke(main, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_build_default_is_the_seed(seed_build):
    for name in ("graph.nq.gz", "index.html", "ontology.ttl", "documents.json"):
        assert (seed_build / name).stat().st_size > 0
    for name in ("graph.nt", "graph.ttl", "graph.trig", "graph.jsonld"):  # written on request only (--formats)
        assert not (seed_build / name).exists(), name
    assert (seed_build / "store").is_dir()
    docs = json.loads((seed_build / "documents.json").read_text(encoding="utf-8"))
    assert [d["title"] for d in docs] == ["中共中央国务院关于全面推进美丽中国建设的意见"]


def test_measures_query_contract(seed_build):
    result = run("query", "--graph", seed_build, "--name", "measures", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0].keys()) == ["doc", "part", "measure", "title", "text", "kind"]
    assert {r["kind"] for r in rows} == {"measure"}
    assert len(rows) == 33
    assert rows[0]["part"] == "三" and rows[0]["measure"] == "一" and rows[0]["title"] == "优化国土空间开发保护格局"
    assert rows[-1]["part"] == "十" and rows[-1]["measure"] == "三十三"
    assert rows[-1]["text"].endswith("重要参考。")
    assert all(r["doc"].startswith("https://w3id.org/policykg/eli/cn/2023/12/27/") for r in rows)
    assert "高耗能、高排放、低水平项目盲目上马" in rows[2]["text"]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(seed_build, fmt):
    result = run("query", "--graph", seed_build, "--name", "parts", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "加快发展方式绿色转型" in result.output
    if fmt == "json":
        rows = json.loads(result.output)
        assert len(rows) == 10 and rows[2]["measures"] == "4"


def test_query_text_and_file_and_param(seed_build, tmp_path):
    q = "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT (COUNT(?m) AS ?n) WHERE { ?m a pkg:Measure ; pkg:ordinal ?o }"
    result = run("query", "--graph", seed_build, q, "--format", "csv")
    assert result.output.splitlines() == ["n", "33"]
    f = tmp_path / "q.rq"
    f.write_text(q.replace("?o }", "?o FILTER(?o > ?min) }"), encoding="utf-8")
    result = run("query", "--graph", seed_build, "-f", f, "--param", "min=30", "--format", "csv")
    assert result.output.splitlines() == ["n", "3"], result.output


def test_param_is_bound_not_pasted(seed_build, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text('SELECT ?x WHERE { BIND(?v AS ?x) }', encoding="utf-8")
    evil = '"} ; DROP ALL ; SELECT * WHERE {"'
    result = run("query", "--graph", seed_build, "-f", f, "--param", f"v={evil}", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == '"""} ; DROP ALL ; SELECT * WHERE {"""'


def test_queries_lists_named_queries():
    result = run("queries")
    assert result.exit_code == 0
    assert "measures: Measures" in result.output and "columns: doc, part, measure, title, text" in result.output


def test_parse_json_has_offsets():
    result = run("parse", SEED, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    parts = [n for n in data["structure"] if n["kind"] == "part"]
    assert len(parts) == 10
    m33 = parts[-1]["children"][-1]
    assert m33["number"] == "三十三" and m33["title"] == "开展绩效考核"
    src = SEED.read_text(encoding="utf-8")
    assert src[m33["source_start"]:m33["source_end"]].startswith("(三十三)开展绩效考核")
    assert "宁夏" not in result.output and "藏野驴" not in result.output


# Errors: one line, non-zero exit, nothing written ------------------------------------------

def _bad_file(tmp_path, name, data):
    if data is None:  # a PDF with one blank page: no text layer, as a scan without OCR
        import io

        from pypdf import PdfWriter

        w = PdfWriter()
        w.add_blank_page(width=200, height=200)
        buf = io.BytesIO()
        w.write(buf)
        data = buf.getvalue()
    p = tmp_path / name
    p.write_bytes(data)
    return p


BAD = [
    ("empty", "empty.txt", b"", "empty"),
    ("binary", "blob.txt", bytes(range(256)) * 16, "binary"),
    ("whitespace", "blank.txt", " \n\t\u3000\n\u3000 ".encode("utf-8"), "nothing but whitespace"),
    ("unknown-encoding", "unknown.txt", bytes([0x81, 0x30, 0x81]) * 3 + bytes((i * 37 + 128) % 128 + 128 for i in range(3000)),
     "encoding could not be detected"),
    ("pdf-without-text", "scan.pdf", None, "no text layer"),
    ("html-without-policy", "news.html",
     "<html><head><title>新闻</title></head><body><p>今天天气很好。</p><p>我们去公园散步。</p></body></html>".encode("utf-8"),
     "no policy structure"),
    ("no-structure", "prose.txt", "今天天气很好。我们去公园散步，看到很多人在锻炼身体。\n".encode("utf-8") * 5, "no policy structure"),
]


@pytest.mark.parametrize("case,name,data,message", BAD, ids=[b[0] for b in BAD])
def test_bad_input_one_line_error_and_nothing_written(tmp_path, case, name, data, message):
    src = _bad_file(tmp_path, name, data)
    out = tmp_path / "out"
    result = run("build", src, "--out", out)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary folder left behind


def test_missing_path(tmp_path):
    out = tmp_path / "out"
    result = run("build", tmp_path / "nope.txt", "--out", out)
    assert result.exit_code != 0 and "no such file" in result.output and not out.exists()
    result = run("parse", tmp_path / "nope.txt")
    assert result.exit_code != 0 and "no such file" in result.output


def test_query_without_build(tmp_path):
    result = run("query", "--graph", tmp_path, "--name", "measures")
    assert result.exit_code != 0 and "policykg build" in result.output


def test_query_errors(seed_build):
    assert "no named query" in run("query", "--graph", seed_build, "--name", "nope").output
    bad = run("query", "--graph", seed_build, "SELECT WHERE {")
    assert bad.exit_code != 0 and "not valid SPARQL" in bad.output
    upd = run("query", "--graph", seed_build, "INSERT DATA { <a:a> <a:b> <a:c> }")
    assert upd.exit_code != 0 and "read-only" in upd.output


def test_mixed_folder_builds_good_lists_bad(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    (folder / "bad.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run("build", folder, "--out", out)
    assert result.exit_code == 1
    assert "bad.txt" in result.output and "1 source(s) failed" in result.output
    assert (out / "graph.nq.gz").exists()


def test_strict_numbering(tmp_path):
    src = tmp_path / "gap.txt"
    src.write_text("关于测试的意见\n一、总体要求\n（一）指导思想。坚持。\n（三）工作原则。坚持。\n", encoding="utf-8")
    ok = run("build", src, "--out", tmp_path / "a")
    assert ok.exit_code == 0 and "gap" in ok.output and "gap.txt:4:1" in ok.output
    strict = run("build", src, "--out", tmp_path / "b", "--strict")
    assert strict.exit_code != 0 and "gap.txt:4:1" in strict.output and not (tmp_path / "b").exists()
    parse = run("parse", src, "--strict")
    assert parse.exit_code != 0


def test_strict_inferred_number(tmp_path):
    """A measure printed （-） is read as the number after its sibling's: a warning, an error under --strict, and both
    commands' help names it among the numbering problems --strict fails on (README "structure")."""
    src = tmp_path / "dash.txt"
    src.write_text("关于测试的意见\n一、总体要求\n（一）指导思想。坚持。\n（-）工作原则。坚持。\n（三）主要目标。坚持。\n",
                   encoding="utf-8")
    ok = run("build", src, "--out", tmp_path / "a")
    assert ok.exit_code == 0 and "numbering-inferred" in ok.output and "dash.txt:4:1" in ok.output
    strict = run("build", src, "--out", tmp_path / "b", "--strict")
    assert strict.exit_code != 0 and "dash.txt:4:1" in strict.output and not (tmp_path / "b").exists()
    for command in ("build", "parse"):
        assert "（-）" in " ".join(run(command, "--help").output.split()), command


def test_failed_build_keeps_previous_output(tmp_path, seed_build):
    out = tmp_path / "out"
    assert run("build", SEED, "--out", out).exit_code == 0
    before = nq_bytes(out)
    bad = _bad_file(tmp_path, "bad.txt", b"")
    assert run("build", bad, "--out", out).exit_code != 0
    assert nq_bytes(out) == before


def test_unwritable_output(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("build", SEED, "--out", blocker / "out")
    assert result.exit_code != 0 and "cannot write" in result.output and "Traceback" not in result.output


# Determinism -------------------------------------------------------------------------------

TEXT_OUTPUTS = ("graph.ttl", "graph.nt", "graph.nq.gz", "graph.trig", "graph.jsonld", "index.html", "targets.html",
                "projection.json.gz", "ontology.ttl", "documents.json")


def test_builds_are_byte_identical_and_order_free(tmp_path):
    require_shared()
    corpus = SHARED / "corpus"
    a, b = tmp_path / "a", tmp_path / "b"
    files = sorted(str(p) for p in corpus.glob("*.txt"))[:4] + [str(SEED)]
    assert run("build", *files, "--out", a, "--no-store", "--formats", "nt,ttl,trig,jsonld").exit_code == 0
    assert run("build", *reversed(files), "--out", b, "--no-store", "--formats", "nt,ttl,trig,jsonld").exit_code == 0
    for name in TEXT_OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    pages = sorted(p.name for p in (a / "text").glob("*.html"))
    # 5 files, 4 documents: the montana_html text is the carbon-peak opinions' text (kg/copies.py), built once
    assert len(pages) == 4 and pages == sorted(p.name for p in (b / "text").glob("*.html"))
    for name in pages:
        assert (a / "text" / name).read_bytes() == (b / "text" / name).read_bytes(), name


def test_whole_corpus_builds(corpus_build):
    out = corpus_build
    docs = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    # 17 corpus files + seed; the raw PDF/HTML of documents already present as text are the
    # same documents (same title and date, or the same text: kg/copies.py) and are kept once:
    # 13 corpus documents and the seed.
    assert len(docs) == 14
    q = run("query", "--graph", out, "--name", "documents", "--format", "json")
    rows = json.loads(q.output)
    assert all(int(r["measures"]) > 0 for r in rows)


def test_build_folder_permissions(seed_build):
    mode = os.stat(seed_build).st_mode & 0o777
    assert mode & 0o055  # readable by others, like any folder the user makes


CONTRACT = {
    "measures": ["doc", "part", "measure", "title", "text", "kind"],
    "targets": ["doc", "part", "measure", "indicator", "value", "unit", "comparator", "change", "year", "period", "aspirational", "text", "deadline_source"],
    "goals": ["doc", "part", "measure", "year", "period", "text", "kind"],
    "actors": ["doc", "part", "measure", "actor", "role", "kind"],
    "sectors": ["doc", "part", "measure", "sector", "sector_en", "kind"],
}


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_columns(seed_build, name):
    result = run("query", "--graph", seed_build, "--name", name, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == CONTRACT[name]
    assert len(rows) > 1
    part_col = rows[0].index("part")
    assert all(r[part_col] for r in rows[1:]), "part is always set"


def test_targets_query_values(seed_build):
    rows = list(csv.DictReader(io.StringIO(run("query", "--graph", seed_build, "--name", "targets", "--format", "csv").output)))
    assert len(rows) == 18
    pm = [r for r in rows if r["indicator"] == "细颗粒物平均浓度"]
    assert [(r["value"], r["unit"], r["comparator"], r["year"]) for r in pm] == [("28", "ug/m3", "<=", "2027"), ("25", "ug/m3", "<=", "2035")]
    nev = [r for r in rows if r["indicator"] == "新能源汽车占比"][0]
    assert nev["aspirational"] == "true" and nev["value"] == "45"
    forest = [r for r in rows if r["indicator"] == "森林覆盖率"][0]
    assert (forest["value"], forest["year"], forest["measure"]) == ("26", "2035", "十")
    assert {r["unit"] for r in rows} <= {"%", "km2", "mu", "ug/m3"}
    assert all(r["aspirational"] in ("true", "false") for r in rows)


def test_goals_and_actors_query(seed_build):
    goals = list(csv.DictReader(io.StringIO(run("query", "--graph", seed_build, "--name", "goals", "--format", "csv").output)))
    texts = {(g["year"], g["text"]) for g in goals}
    assert ("2030", "力争2030年前实现碳达峰") in texts
    assert any(y == "2060" and "碳中和" in t for y, t in texts)
    actors = list(csv.DictReader(io.StringIO(run("query", "--graph", seed_build, "--name", "actors", "--format", "csv").output)))
    leads = {(a["measure"], a["actor"]) for a in actors if a["role"] == "lead"}
    assert ("三十一", "生态环境部") in leads and ("三十三", "中央生态环境保护督察工作领导小组") in leads
    assert ("三十一", "国家发展改革委", "co-lead") in {(a["measure"], a["actor"], a["role"]) for a in actors}

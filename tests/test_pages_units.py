"""Documents of articles, tasks and parts in the reviewers' pages (brief PG, 2026-12-01): every unit the
structure makes a provision of, and every unit the graph hangs a statement on, is a node of the
projection, a row of responsibility.html, the unit of its targets' rows, with the reading view's label.
Found by a new user (tests/test_cli_newuser.py): 34.txt (43 articles) said "0 项措施，0 个主体", 217.pdf
(tasks) lost a target, and each article's 在图谱中查看 opened "图中没有该节点"."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.build import document_result
from kg.pages.render import matrix_section_html
from kg.pipeline import process_bytes
from tests.conftest import SEED, run, write_docs
from tests.test_build_safety import SMALL

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon"
TYPE = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
ROLE = "https://w3id.org/policykg/ontology#role"
ONT = "https://w3id.org/policykg/ontology#"


def _pool(name: str):
    path = POOL / name
    if not path.exists():
        pytest.skip(f"needs ../shared/dual-carbon/{name}")
    doc = process_bytes(path.read_bytes(), path.name)
    return doc, document_result(doc)


@pytest.fixture(scope="module")
def articles():  # 34: 办法 of 43 articles (第一条 …), no measures
    return _pool("34.txt")


@pytest.fixture(scope="module")
def tasks():  # 217: ten tasks numbered through the document, targets in two of them
    return _pool("pdf/217.pdf")


@pytest.fixture(scope="module")
def parts():  # 147: parts only (一、…), no measures, articles or tasks
    return _pool("147.txt")


@pytest.fixture(scope="module")
def measures():
    doc = process_bytes(SEED.read_bytes(), SEED.name)
    return doc, document_result(doc)


def _subjects(lines, cls: str) -> set[str]:
    typed = TYPE + f"<{ONT}{cls}> .".encode()
    return {line.split(b" ", 1)[0].decode()[1:-1] for line in lines if line.rstrip().endswith(typed)}


def _units_with_statements(lines) -> set[str]:
    """The units the RDF graph hangs a responsibility, a target or a goal on (``…/responsibility/x`` etc.)."""
    out = set()
    for cls, cut in (("Target", "/target_"), ("Goal", "/goal_")):
        out |= {s.rsplit(cut, 1)[0] for s in _subjects(lines, cls)}
    stated = f" <{ONT}responsibility> ".encode()  # a responsibility is untyped (the property's range implies it)
    return out | {line.split(b" ", 1)[0].decode()[1:-1] for line in lines if stated in line}


@pytest.mark.parametrize("which", ["articles", "tasks", "parts", "measures"])
def test_every_unit_the_graph_and_the_reading_view_name_is_a_node_of_the_projection(which, request):
    doc, result = request.getfixturevalue(which)
    nodes = set(result.fragment.graph.nodes)
    held = _units_with_statements(result.lines)
    assert held and held <= nodes
    linked = {b["node"] for b in result.reading["blocks"] if b.get("node")}
    assert linked and linked <= nodes  # each 在图谱中查看 opens its node
    assert {str(n) for n in _subjects(result.lines, "Target")} == {
        n for n, a in result.fragment.graph.nodes(data=True) if a["type"] == "target"}


def test_a_document_of_articles_has_a_row_per_article_labelled_as_printed(articles):
    doc, result = articles
    m = result.matrix
    assert m["measures"] == len(doc.nodes("article")) == 43
    assert [r["label"] for r in m["rows"][:3]] == ["第一条", "第二条", "第三条"]
    assert all(re.fullmatch(r"第[一二三四五六七八九十百零]+条", r["label"]) for r in m["rows"])
    # the page's stated leads are the graph's
    leads = sum(1 for line in result.lines if f"<{ROLE}> \"lead\"".encode() in line)
    assert leads and sum(c == ["lead", False] for r in m["rows"] for c in r["cells"]) == leads
    assert m["actors"] and m["kind"] == "article"
    assert "43 条条款，" in matrix_section_html(m) and "项措施" not in matrix_section_html(m)


def test_every_target_of_a_document_of_tasks_is_a_row_of_its_task(tasks):
    doc, result = tasks
    targets = _subjects(result.lines, "Target")
    assert len(targets) == result.n_targets == len(result.targets) == len({n for _, n, _ in result.targets})
    printed = {t.number for t in doc.nodes("task")}
    for _, node, row in result.targets:
        number = row["measure"].split(".", 1)[0]
        assert number in printed and row["measure"].startswith(f"{number}. ")
    assert [r["label"].split(".")[0] for r in result.matrix["rows"]] == [t.number for t in doc.nodes("task")]


def test_a_document_of_parts_has_a_row_per_part(parts):
    doc, result = parts
    provisions = [n for n in doc.provisions() if n.provision == "part"]
    assert provisions and result.matrix["measures"] == len(provisions)
    printed = [f"{p.number}、" if p.kind == "part" else f"附件{p.number} " for p in provisions]  # 一、… 附件1 …
    assert [r["label"][:len(n)] for r, n in zip(result.matrix["rows"], printed)] == printed
    assert [p.kind for p in provisions] == ["part"] * 4 + ["annex"] and result.matrix["kind"] == "part"
    assert "5 个部分，" in matrix_section_html(result.matrix)


def test_a_document_of_measures_keeps_its_rows(measures):
    doc, result = measures
    rows = result.matrix["rows"]
    assert len(rows) == len(doc.nodes("measure"))
    assert all(r["label"].startswith("（") for r in rows)
    assert f"{len(rows)} 项措施，" in matrix_section_html(result.matrix)
    assert all(a["type"] in ("part", "measure") for _, a in result.fragment.graph.nodes(data=True)
               if a.get("doc") and a["type"] not in ("document", "target", "goal"))


def test_the_graph_page_titles_actors_in_chinese(articles, measures):
    for _, result in (articles, measures):
        titles = [a["title"] for _, a in result.fragment.graph.nodes(data=True) if a["type"] in ("actor", "sector", "place")]
        assert titles and not [t for t in titles if re.search(r"[A-Za-z]", t)]


def test_a_rebuild_counts_only_the_documents_it_built(tmp_path):
    # the failed sources were counted as documents, reused or re-done
    docs = write_docs(tmp_path / "docs", central=SMALL)
    (docs / "memo.pdf").write_bytes(b"PK\x03\x04" + b"\x00" * 64)  # a .docx renamed .pdf
    out = tmp_path / "out"
    first = run("build", docs, "--out", out, "--no-store", "-q")
    assert "convert it to PDF or text" in first.output and "Traceback" not in first.output
    write_docs(docs, other=SMALL.replace("意见", "通知"))  # one more document, and one more failing source
    (docs / "memo2.pdf").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 64)
    again = run("build", docs, "--out", out, "--no-store")
    assert "reused 1 of 2 documents; re-did 1" in again.output, again.output  # was: reused 2 of 4; re-did 2


@pytest.mark.parametrize("data, said", [
    (b"PK\x03\x04rest", "is a ZIP container (a Word .docx, WPS .wps or OFD file), not a PDF; convert it to PDF or text"),
    (b"\xd0\xcf\x11\xe0rest", "is an old Word or WPS file (.doc, .wps), not a PDF"),
    (b"{\\rtf1 x", "is an RTF file, not a PDF"),
    (b"hello", "is not a PDF (no %PDF- header); export it again as PDF"),
])
def test_a_file_named_pdf_that_is_not_one_says_what_to_do(data, said):
    from kg.text.read import ReadError, read_bytes

    with pytest.raises(ReadError) as exc:
        read_bytes(data, "x.pdf")
    assert said in str(exc.value)

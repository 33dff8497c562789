"""Related measures and the matrix over the units of the responsibility page (brief PG2, 2026-12-01): a
regulation's articles, a work plan's tasks, a document of parts only its parts are profiled, related and
rowed as a plan's measures are; a document of measures keeps exactly its measures."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.analysis.related import doc_profiles, provision_units, related
from kg.graph.rdf import node_iri
from kg.lexicon import page_labels
from kg.link import matrix_units
from kg.pages.render import matrix_section_html
from kg.pipeline import process_bytes
from tests.conftest import SEED

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon"
D = "https://example.org/doc"


def _pool(name: str):
    path = POOL / name
    if not path.exists():
        pytest.skip(f"needs ../shared/dual-carbon/{name}")
    return process_bytes(path.read_bytes(), path.name)


@pytest.fixture(scope="module")
def articles():  # 34: 办法 of 43 articles, no measures
    return _pool("34.txt")


@pytest.fixture(scope="module")
def parts():  # 147: parts only (一、… and 附件1)
    return _pool("147.txt")


@pytest.fixture(scope="module")
def seed():
    return process_bytes(SEED.read_bytes(), SEED.name)


def test_a_regulation_is_profiled_per_article(articles):
    profs = doc_profiles(D, articles)
    assert len(profs) == 43 and not articles.nodes("measure")
    assert [p.label for p in profs[:3]] == ["第一条", "第二条", "第三条"]
    assert all(p.tokens for p in profs)
    assert any(p.features.get("actor") for p in profs)


def test_a_document_of_parts_is_profiled_per_part(parts):
    profs = doc_profiles(D, parts)
    assert [p.iri for p in profs] == [str(node_iri(D, n)) for n in matrix_units(parts)]
    assert [p.label[:2] for p in profs] == ["一、", "二、", "三、", "四、", "附件"]


def test_a_document_of_measures_keeps_its_measures(seed):
    # the seed and corpus builds must not move: the same units, labels and order as before
    from kg.labels import document_measures

    before = [(str(node_iri(D, m)), label) for m, label in document_measures(seed)]
    assert [(p.iri, p.label) for p in doc_profiles(D, seed)] == before
    assert provision_units(seed) == list(seed.nodes("measure"))


def test_articles_relate_to_a_plans_measures(articles, seed):
    # what a policy writer wants: a regulation's article beside a plan's measure
    profs = doc_profiles("https://example.org/a", articles) + doc_profiles("https://example.org/b", seed)
    across = [r for r in related(profs) if r.source.startswith("https://example.org/a/")
              and r.target.startswith("https://example.org/b/")]
    assert across and all(r.score >= 0.05 and r.reason for r in across)


@pytest.mark.parametrize("kind, row", [("measure", "每行一项措施"), ("article", "每行一条条款"),
                                       ("task", "每行一项任务"), ("part", "每行一个部分")])
def test_the_responsibility_section_says_what_its_rows_are(kind, row):
    assert page_labels()["provision_row"][kind] == row
    html = matrix_section_html({"title": "T", "measures": 3, "kind": kind, "unstated": 0, "actors": [], "rows": []})
    assert f"<p>{row}：3 {page_labels()['provision_count'][kind]}，" in html


def test_the_page_intro_names_no_single_kind():
    from kg.pages.render import write_matrix_page
    import io

    out = io.StringIO()
    write_matrix_page(out, [], [])
    intro = out.getvalue().split("<main><h1>责任矩阵</h1><p>", 1)[1].split("</p>", 1)[0]
    assert "每行一项措施，" not in intro and "该措施" not in intro
    assert all(w in intro for w in ("措施", "条款", "任务", "部分"))

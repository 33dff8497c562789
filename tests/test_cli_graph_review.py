"""Review RV10c (2026-12-01) of --graph's messages (kg/cli/common.py) and of the build's collector thresholds
(kg/cli/building.py): each test reproduces what was wrong, and fails without its fix."""
from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize("given", [".", "./", "..", ""])
def test_the_folder_of_the_documents_given_as_dot_gets_a_build_command_that_runs(tmp_path, monkeypatch, given):
    # was "policykg build . --out .-graph": a folder inside the sources, which build refuses
    docs = tmp_path / "docs"
    (docs / "inner").mkdir(parents=True)
    (docs / "a.txt").write_text("关于推进节能降碳的实施意见\n一、总体要求\n加强统筹。\n", encoding="utf-8")
    (docs / "inner" / "b.txt").write_text("关于推进节能降碳的实施意见\n一、总体要求\n加强统筹。\n", encoding="utf-8")
    monkeypatch.chdir(docs if given != ".." else docs / "inner")
    result = run("query", "--graph", given, "--name", "documents")
    assert result.exit_code == 1 and "holds source documents" in result.output, result.output
    advice = result.output.split("build them first: policykg ", 1)[1].split(", then give --graph ")
    out = advice[1].strip()
    assert advice[0] == f"build {given or '.'} --out {out}"  # '' (the current folder) would build the seeds
    assert out == f"{docs.resolve()}-graph"  # beside the documents, not inside them
    assert not out.startswith(str(docs.resolve()) + "/")


def test_a_build_run_where_collection_is_off_leaves_it_off(tmp_path, monkeypatch):
    # a first threshold of 0 turns the collector off (Python's gc.set_threshold); the build turned it on (50,000)
    import gc

    import kg.schedule

    seen = []

    def fake_build(*args, **kwargs):
        seen.append(gc.get_threshold())
        raise kg.schedule.BuildError("stopped here by the test")

    monkeypatch.setattr(kg.schedule, "build", fake_build)
    src = tmp_path / "a.txt"
    src.write_text("关于推进碳达峰的实施意见\n一、总体要求\n加强统筹。\n", encoding="utf-8")
    before = gc.get_threshold()
    gc.set_threshold(0, *before[1:])
    try:
        result = run("build", src, "--out", tmp_path / "out")
        assert seen == [(0, *before[1:])], (seen, result.output)
        assert gc.get_threshold() == (0, *before[1:])
    finally:
        gc.set_threshold(*before)


def test_a_graph_name_too_long_is_a_one_line_error(tmp_path, monkeypatch):
    # pathlib raised OSError (ENAMETOOLONG) out of the --graph callback: a traceback
    monkeypatch.chdir(tmp_path)
    result = run("query", "--graph", "a" * 300, "--name", "documents")
    assert result.exit_code == 1 and "Traceback" not in result.output and result.exception is not None
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    line = result.output.strip()
    assert "\n" not in line and "cannot read it (File name too long)" in line, line


def test_a_project_s_own_store_folder_does_not_make_its_folder_a_build(tmp_path):
    # was "docs is a folder inside the build <project>; give the build's folder: --graph <project>", whose
    # advice then said "run 'policykg build --out <project>' first": the seeds built into the user's project
    project = tmp_path / "project"
    (project / "store").mkdir(parents=True)  # a web app's store/, a shop's: not a policykg build
    docs = project / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("关于推进节能降碳的实施意见\n一、总体要求\n加强统筹。\n", encoding="utf-8")
    (project / "notes.txt").write_text("笔记\n", encoding="utf-8")
    result = run("query", "--graph", docs, "--name", "documents")
    assert result.exit_code == 1
    assert "inside the build" not in result.output and "holds source documents (a.txt…)" in result.output
    result = run("query", "--graph", project / "notes.txt", "--name", "documents")
    assert result.exit_code == 1
    assert "of the build" not in result.output and "is a file; --graph takes the folder a build wrote" in result.output


def test_measures_of_one_document_without_parts_are_told_apart_by_number_not_by_part():
    # was "give the part with the number (三（一）)" for a document that has no parts
    from kg.query.lookup import CrossrefError, MeasureRow, resolve_measure

    def row(k, part, number, ordinal, title):
        return MeasureRow(f"https://x/d/m{k}", "https://x/d", "关于推进节能降碳的若干措施", part, number, ordinal, title,
                          False, k)

    flat = [row(1, "", "一", 1, "推进工业节能"), row(2, "", "二", 2, "推进建筑节能")]
    per_part = [row(1, "一", "一", 1, "推进工业节能"), row(2, "二", "一", 1, "推进建筑节能")]
    for rows, said, not_said in ((flat, "give its number (五 or 5) or more of its title", "give the part"),
                                 (per_part, "give the part with the number (三（一）)", "more of its title")):
        with pytest.raises(CrossrefError) as err:
            resolve_measure(rows, "推进")
        assert said in str(err.value) and not_said not in str(err.value) and "narrow it with --doc" not in str(err.value)
    assert resolve_measure(flat, "二").iri == "https://x/d/m2"  # the advice works
    assert resolve_measure(per_part, "二（一）").iri == "https://x/d/m2"

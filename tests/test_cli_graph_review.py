"""Review RV10c (2026-12-01) of the --graph option's messages (kg/cli/common.py): each test reproduces a message
that was not true, and fails without its fix."""
from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize("given", [".", "./", ".."])
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
    assert advice[0] == f"build {given} --out {out}"
    assert out == f"{docs.resolve()}-graph"  # beside the documents, not inside them
    assert not out.startswith(str(docs.resolve()) + "/")

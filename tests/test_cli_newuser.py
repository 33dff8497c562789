"""What a new user met on a first day with policykg (brief NU, 2026-12-01): each test reproduces one
place the CLI left them stuck or misled, and fails without its fix."""
from __future__ import annotations

import os
import stat

import pytest

from tests.conftest import run, write_docs
from tests.test_build_safety import SMALL


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("newuser")
    docs = write_docs(root / "docs", central=SMALL)
    out = root / "out"
    result = run("build", docs, "--out", out, "--no-store", "-q")
    assert result.exit_code == 0, result.output
    return docs, out


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "ttl"])
def test_an_export_is_readable_as_any_new_file_of_the_user(small_build, tmp_path, fmt):
    # graphml and gexf were written through mkstemp and kept its private mode 0600: a colleague, or
    # Gephi run as another user, could not open the file the user had just exported
    _, out = small_build
    target = tmp_path / f"mine.{fmt}"
    old = os.umask(0o022)
    try:
        result = run("export", "--graph", out, "--format", fmt, "--out", target)
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


# -- --graph given a folder that is not a build ---------------------------------------------------
# The old advice, "run 'policykg build --out DIR' first", told a user who gave the folder of their
# documents to build the seeds into it (refused: it holds their files), and one who gave the
# build's store/ to build into the store.

COMMANDS = [
    ("query", "--name", "documents"),
    ("matrix",),
    ("validate",),
    ("export", "--format", "ttl"),
    ("serve", "--port", "1"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_graph_given_the_folder_of_the_documents_says_to_build_them(small_build, command):
    docs, _ = small_build
    result = run(*command, "--graph", docs)
    assert result.exit_code == 1 and "Traceback" not in result.output
    line = result.output.strip()
    assert "\n" not in line and "holds source documents" in line
    assert f"policykg build {docs} --out {docs}-graph" in line and f"--graph {docs}-graph" in line
    assert "build --out" not in line  # never the advice to build into the documents' folder


@pytest.mark.parametrize("inside", ["store", "text"])
@pytest.mark.parametrize("command", COMMANDS[:2], ids=lambda c: c[0])
def test_graph_given_a_folder_inside_a_build_names_the_build(small_build, tmp_path, inside, command):
    _, out = small_build
    (out / inside).mkdir(exist_ok=True)  # a --no-store build has no store/: made as a build with one has it
    try:
        result = run(*command, "--graph", out / inside)
    finally:
        if inside == "store":
            (out / inside).rmdir()
    assert result.exit_code == 1, result.output
    assert f"is a folder inside the build {out.resolve()}; give the build's folder: --graph {out.resolve()}" \
        in result.output


def test_graph_given_a_build_or_a_missing_folder_is_unchanged(small_build, tmp_path):
    _, out = small_build
    assert run("query", "--graph", out, "--name", "documents", "--format", "csv").exit_code == 0
    missing = run("query", "--graph", tmp_path / "nowhere", "--name", "documents")
    assert missing.exit_code == 1 and "holds no policykg graph" in missing.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "holds no policykg graph" in run("query", "--graph", empty, "--name", "documents").output

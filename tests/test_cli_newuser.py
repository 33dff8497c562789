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

"""Shared fixtures: where the corpus is, and cached parses of its documents."""
from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import settings

# CI gates what lands, so there the property tests draw the same examples every run (a new failure
# is found at a developer's desk, where examples are drawn afresh, and becomes a named test).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "cpc_sc_beautiful_china_opinions_2023.txt"


def manifest() -> list[dict]:
    with (ROOT / "corpus" / "manifest.tsv").open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def manifest_path(row: dict) -> Path:
    return (ROOT / row["path"]).resolve()


@lru_cache(maxsize=None)
def parsed(path: str):
    from kg.pipeline import process_bytes

    p = Path(path)
    return process_bytes(p.read_bytes(), p.name)


def require_shared():
    if not (SHARED / "corpus").is_dir():
        pytest.fail(f"../shared/corpus is missing at {SHARED}: the tests read the corpus from there")


@pytest.fixture(scope="session")
def seed_doc():
    return parsed(str(SEED))


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The seed plus the whole corpus, built once per test session (about 25 s)."""
    from click.testing import CliRunner

    from kg.cli import main

    require_shared()
    out = tmp_path_factory.mktemp("corpus") / "out"
    result = CliRunner().invoke(main, ["build", str(SHARED / "corpus"), str(SEED), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def run(*args):
    """``policykg ARGS`` in-process (click's runner); arguments may be paths."""
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


def write_docs(folder: Path, **texts) -> Path:
    """``folder`` holding one ``NAME.txt`` per keyword argument (UTF-8), for builds of small made-up documents."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def store_quads(store_dir: Path) -> list[str]:
    """Every quad of an Oxigraph store folder, as sorted strings (the store closed again after)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_dir))
    try:
        return sorted(str(q) for q in store)
    finally:
        del store


def nq_path(folder: Path) -> Path:
    """A build's N-Quads file: graph.nq.gz (the default, kg/nqfile.py), or graph.nq (``--formats nq``)."""
    from kg import nqfile

    found = nqfile.find(folder)
    assert found is not None, f"{folder} holds no graph.nq.gz nor graph.nq"
    return found


def nq_bytes(folder: Path) -> bytes:
    """The N-Quads lines of a build (graph.nq.gz decompressed)."""
    from kg import nqfile

    with nqfile.open_lines(nq_path(folder)) as fh:
        return fh.read()


def nq_text(folder: Path) -> str:
    return nq_bytes(folder).decode("utf-8")
